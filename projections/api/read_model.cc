#include "projections/api/read_model.h"

#include <fmt/format.h>

namespace relance::api {

ApiResponse JsonError(int status, std::string_view code, std::string_view message) {
  return {status, fmt::format(R"({{"error":{{"code":{},"message":{}}}}})", JsonString(code), JsonString(message))};
}

}  // namespace relance::api
