#include "engine/kafka/kafka_config.h"

#include <fmt/format.h>
#include <librdkafka/rdkafkacpp.h>

#include <fstream>

namespace relance::kafka {
namespace {

constexpr char kBootstrapServers[] = "bootstrap.servers";
constexpr char kWhitespace[] = " \t\r";

std::string_view Trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(kWhitespace);
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(kWhitespace);
  return text.substr(first, last - first + 1);
}

// The reason a `key=value` text is malformed, or "" when it is fine.
std::string SplitProperty(std::string_view text, std::string* key, std::string* value) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos) return "expected key=value, found no '='";
  *key = std::string(Trim(text.substr(0, equals)));
  *value = std::string(Trim(text.substr(equals + 1)));
  if (key->empty()) return "expected key=value, found an empty key";
  return {};
}

}  // namespace

Status ParseProperty(std::string_view key_equals_value, KafkaSettings* settings) {
  std::string key, value;
  const std::string error = SplitProperty(key_equals_value, &key, &value);
  if (!error.empty()) return Status::InvalidArgument(fmt::format("property '{}': {}", key_equals_value, error));
  settings->properties.emplace_back(std::move(key), std::move(value));
  return Status::Ok();
}

Status LoadConfigFile(const std::string& path, KafkaSettings* settings) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open Kafka config file " + path);
  std::string line;
  int line_number = 0;
  std::vector<std::pair<std::string, std::string>> loaded;
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number > kConfigFileLinesMax) {
      return Status::InvalidArgument(fmt::format("{}: more than {} lines", path, kConfigFileLinesMax));
    }
    const std::string_view content = Trim(line);
    if (content.empty() || content.front() == '#') continue;
    std::string key, value;
    const std::string error = SplitProperty(content, &key, &value);
    if (!error.empty()) return Status::InvalidArgument(fmt::format("{}:{}: {}", path, line_number, error));
    loaded.emplace_back(std::move(key), std::move(value));
  }
  if (in.bad()) return Status::IoError("reading Kafka config file " + path);
  // All or nothing: a bad line leaves the settings as they were.
  for (auto& property : loaded) settings->properties.push_back(std::move(property));
  return Status::Ok();
}

Status ApplyTo(const KafkaSettings& settings, RdKafka::Conf* conf) {
  bool has_bootstrap = !settings.brokers.empty();
  std::string error;
  for (const auto& [key, value] : settings.properties) {
    if (conf->set(key, value, error) != RdKafka::Conf::CONF_OK) {
      return Status::InvalidArgument(fmt::format("Kafka property '{}': {}", key, error));
    }
    if (key == kBootstrapServers && !value.empty()) has_bootstrap = true;
  }
  if (!settings.brokers.empty() && conf->set(kBootstrapServers, settings.brokers, error) != RdKafka::Conf::CONF_OK) {
    return Status::InvalidArgument(fmt::format("--brokers '{}': {}", settings.brokers, error));
  }
  if (!has_bootstrap) return Status::InvalidArgument("no Kafka brokers: give --brokers or bootstrap.servers");
  return Status::Ok();
}

Status RefusePinned(const KafkaSettings& settings, const PinnedSetting* pins, std::size_t count) {
  for (const auto& [key, value] : settings.properties) {
    for (std::size_t i = 0; i < count; ++i) {
      const PinnedSetting& pin = pins[i];
      if (key != pin.key || (!pin.value.empty() && value == pin.value)) continue;
      if (pin.value.empty())
        return Status::InvalidArgument(fmt::format("Kafka property '{}' is refused: {}", key, pin.why));
      return Status::InvalidArgument(
          fmt::format("Kafka property '{}' is refused: the engine needs {}={} ({})", key, pin.key, pin.value, pin.why));
    }
  }
  return Status::Ok();
}

}  // namespace relance::kafka
