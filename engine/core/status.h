// Status: the result of an operation at the edges (I/O, configuration).
// Domain rejections are not Statuses: they are part of the product and travel
// as v1::Rejection. Programmer errors are assertions.
#pragma once

#include <string>
#include <utility>

namespace relance {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kIoError, kCorruption, kInvalidArgument, kNotFound };

  Status() = default;
  static Status Ok() { return Status(); }
  // retryable: a later attempt may succeed (disk full, broker down).
  static Status IoError(std::string message, bool retryable = false) {
    return Status(Code::kIoError, std::move(message), retryable);
  }
  static Status Corruption(std::string message) { return Status(Code::kCorruption, std::move(message), false); }
  static Status InvalidArgument(std::string message) {
    return Status(Code::kInvalidArgument, std::move(message), false);
  }
  static Status NotFound(std::string message) { return Status(Code::kNotFound, std::move(message), false); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  bool retryable() const { return retryable_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  Status(Code code, std::string message, bool retryable)
      : code_(code), message_(std::move(message)), retryable_(retryable) {}
  Code code_ = Code::kOk;
  std::string message_;
  bool retryable_ = false;
};

inline std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kIoError:
      return (retryable_ ? "I/O error (retryable): " : "I/O error: ") + message_;
    case Code::kCorruption:
      return "corruption: " + message_;
    case Code::kInvalidArgument:
      return "invalid argument: " + message_;
    case Code::kNotFound:
      return "not found: " + message_;
  }
  return message_;
}

}  // namespace relance
