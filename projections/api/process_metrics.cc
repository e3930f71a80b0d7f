#include "projections/api/process_metrics.h"

#include <sys/resource.h>
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string_view>
#include <vector>

namespace relance::api {
namespace {

// /proc/<pid>/stat fields (proc(5), counted from 1) after the command name,
// which is in parentheses and may itself hold spaces and parentheses.
constexpr std::size_t kFirstFieldAfterName = 3;  // state
constexpr std::size_t kUserTicksField = 14;
constexpr std::size_t kSystemTicksField = 15;
constexpr std::size_t kStartTicksField = 22;
constexpr std::size_t kVirtualBytesField = 23;
constexpr std::size_t kResidentPagesField = 24;

std::string ReadText(const char* path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool ReadBootTime(double* seconds) {
  std::ifstream in("/proc/stat");
  std::string key;
  while (in >> key) {
    if (key == "btime") return static_cast<bool>(in >> *seconds);
    in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
  }
  return false;
}

}  // namespace

bool ParseProcStat(const std::string& stat, double ticks_per_second, double page_bytes, double boot_time_seconds,
                   ProcessSample* sample) {
  const std::size_t name_end = stat.rfind(')');
  if (name_end == std::string::npos || ticks_per_second <= 0) return false;
  std::istringstream rest(stat.substr(name_end + 1));
  std::vector<std::string> fields;
  for (std::string field; rest >> field;) fields.push_back(field);
  const auto field = [&fields](std::size_t number, double* value) {
    const std::size_t index = number - kFirstFieldAfterName;
    if (index >= fields.size()) return false;
    const std::string& text = fields[index];
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return error == std::errc() && end == text.data() + text.size();
  };
  double user = 0, system = 0, start = 0, virtual_bytes = 0, resident_pages = 0;
  if (!field(kUserTicksField, &user) || !field(kSystemTicksField, &system) || !field(kStartTicksField, &start) ||
      !field(kVirtualBytesField, &virtual_bytes) || !field(kResidentPagesField, &resident_pages)) {
    return false;
  }
  sample->cpu_seconds = (user + system) / ticks_per_second;
  sample->start_time_seconds = boot_time_seconds + start / ticks_per_second;
  sample->virtual_bytes = virtual_bytes;
  sample->resident_bytes = resident_pages * page_bytes;
  return true;
}

bool ReadProcessSample(ProcessSample* sample) {
  double boot_time_seconds = 0;
  if (!ReadBootTime(&boot_time_seconds)) return false;
  if (!ParseProcStat(ReadText("/proc/self/stat"), static_cast<double>(sysconf(_SC_CLK_TCK)),
                     static_cast<double>(sysconf(_SC_PAGESIZE)), boot_time_seconds, sample)) {
    return false;
  }
  std::error_code error;
  std::int64_t open_fds = 0;
  for (std::filesystem::directory_iterator it("/proc/self/fd", error), end; !error && it != end; it.increment(error)) {
    ++open_fds;
  }
  if (error) return false;
  sample->open_fds = open_fds;
  rlimit limit{};
  sample->max_fds = getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
                        ? static_cast<std::int64_t>(limit.rlim_cur)
                        : -1;
  return true;
}

void AppendProcessMetrics(const ProcessSample& sample, ExpositionWriter* out) {
  out->Family("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", MetricType::kCounter);
  out->Sample("process_cpu_seconds_total", {}, sample.cpu_seconds);
  out->Gauge("process_resident_memory_bytes", "Resident memory size in bytes.", sample.resident_bytes);
  out->Gauge("process_virtual_memory_bytes", "Virtual memory size in bytes.", sample.virtual_bytes);
  out->Gauge("process_open_fds", "Number of open file descriptors.", static_cast<double>(sample.open_fds));
  if (sample.max_fds >= 0) {
    out->Gauge("process_max_fds", "Maximum number of open file descriptors.", static_cast<double>(sample.max_fds));
  }
  out->Gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
             sample.start_time_seconds);
}

void AppendBuildInfo(ExpositionWriter* out) {
  out->Family("relance_build_info", "Always 1; the labels say which relance binary runs.", MetricType::kGauge);
  out->Sample("relance_build_info", {{"version", RELANCE_VERSION}}, std::int64_t{1});
}

}  // namespace relance::api
