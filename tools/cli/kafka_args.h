// The Kafka connection options shared by the subcommands that publish
// (publish, tick, policy publish, calendar publish).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "engine/core/status.h"
#include "engine/kafka/kafka_config.h"
#include "engine/kafka/topics.h"

namespace relance::cli {

struct KafkaArgs {
  std::string brokers;
  std::vector<std::string> properties;  // -X key=value, in order.
  std::string config_file;
  std::string topic = kafka::kEventsTopic;

  // True when the user named a cluster in one of the three ways.
  bool given() const { return !brokers.empty() || !properties.empty() || !config_file.empty(); }
};

// --brokers/-b, -X, --config and --topic.
void AddKafkaOptions(CLI::App* cmd, KafkaArgs* args);

// The properties file first, then every -X in order: the last word wins.
Status BuildSettings(const KafkaArgs& args, kafka::KafkaSettings* settings);

}  // namespace relance::cli
