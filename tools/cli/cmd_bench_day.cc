// relance bench dayclose: what one DayClosed costs, on portfolios of
// different sizes with the same number of debts needing a look each day.
// The timer index (DESIGN.md §4) promises that a DayClosed visits only the
// debts due that day: its cost follows what is due, not the portfolio. The
// bench loads each portfolio through the real shell (Applier over a Store in
// bulk mode, commits as the replay makes them), then closes successive days
// one DayClosed at a time and times each apply + commit. Figures, not
// assertions: the e2e test checks only that the visits match what is due.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/civil_date.h"
#include "engine/core/hash.h"
#include "engine/replay/applier.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "tools/cli/commands.h"
#include "tools/policy/defaults.h"

namespace relance::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::uint32_t kDebtsPerDebtor = 5;
constexpr std::uint64_t kDebtsMax = 20'000'000;
// A due debt's formal notice is dated at most 15 days before its hand-over
// day and its due date 60 days before it; both must lie on or before the
// last day closed before the window (so the debt is overdue when issued),
// which holds for hand-over days up to 60 days after it.
constexpr std::uint32_t kDaysMax = 60;
// The second case multiplies what is due by this on the same portfolio.
constexpr std::uint64_t kDueFactor = 10;
// Events decoded and prefetched together during the load (one MultiGet per
// family), as the replay does.
constexpr std::size_t kLoadWindowEvents = 4096;
// Debt and debtor states kept in memory, as the replay's default.
constexpr std::size_t kCacheEntries = 400'000;
// Offsets of the shipped B2B ladder: formal notice (level 6) at due + 45,
// agency hand-over (level 7) at due + 60, so 15 days after the notice.
constexpr Day kHandOverAfterDueDays = 60;
constexpr Day kHandOverAfterNoticeDays = 15;
// Debts not due in the window fall due this long after it, or later: their
// first timer (the courtesy e-mail, 3 days before) lies after the window.
constexpr Day kNotDueAfterWindowDays = 30;
constexpr Day kNotDueSpreadDays = 300;
constexpr std::int64_t kAmountMinMinor = 10'000;
constexpr std::int64_t kAmountSpreadMinor = 900'000;
constexpr std::string_view kCreditor = "CRED-001";
constexpr std::int64_t kMsPerDay = 86'400'000;

struct DayBenchArgs {
  std::vector<std::uint64_t> debts{100'000, 1'000'000};
  std::uint64_t due_per_day = 1'000;
  std::uint32_t days = 10;
  bool projections = false;
  std::string dir;
};

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// The synthetic portfolio: debtor q owns debts "<debtor>-1".."-5", B2B, EUR,
// one creditor. Due debtors are spread evenly over the debtor keys (so over
// partitions and key ranges); each has all five debts due on one bench day.
class Portfolio {
 public:
  Portfolio(std::uint64_t debts, std::uint64_t due_per_day, std::uint32_t days, Day last_closed)
      : debtors_(debts / kDebtsPerDebtor),
        due_debtors_per_day_(due_per_day / kDebtsPerDebtor),
        days_(days),
        last_closed_(last_closed) {
    due_debtors_ = due_debtors_per_day_ * days_;
    stride_ = std::max<std::uint64_t>(1, debtors_ / due_debtors_);
  }

  std::uint64_t debtors() const { return debtors_; }

  // The bench day (1..days) on which debtor q's debts need a look; 0: none.
  std::uint32_t DueDayOf(std::uint64_t q) const {
    if (q % stride_ != 0 || q / stride_ >= due_debtors_) return 0;
    return static_cast<std::uint32_t>((q / stride_) % days_) + 1;
  }

  // Debtor q's events. A due debt is issued overdue, then has its formal
  // notice, so that the agency hand-over of the shipped B2B ladder falls
  // due on its bench day: one action per debtor, not a contact (Sundays and
  // holidays do not defer it), after which the debt waits for a
  // ReminderSent and has no timer. Any other debt is not yet due.
  void EventsOf(std::uint64_t q, std::vector<v1::Event>* out) const {
    const std::string debtor_key = fmt::format("DB{:08d}", q);
    const std::uint32_t due_day = DueDayOf(q);
    for (std::uint32_t j = 1; j <= kDebtsPerDebtor; ++j) {
      const std::string debt_id = fmt::format("{}-{}", debtor_key, j);
      Day issue = last_closed_;
      Day due = last_closed_ + static_cast<Day>(days_) + kNotDueAfterWindowDays +
                static_cast<Day>((q * kDebtsPerDebtor + j) % kNotDueSpreadDays);
      if (due_day != 0) {
        const Day hand_over = last_closed_ + static_cast<Day>(due_day);
        due = hand_over - kHandOverAfterDueDays;
        issue = due - kNotDueAfterWindowDays;
      }
      v1::Event& invoice = Begin(out, "inv-" + debt_id, debtor_key, debt_id, issue);
      v1::InvoiceIssued* p = invoice.mutable_invoice_issued();
      p->set_invoice_number("INV-" + debt_id);
      p->mutable_amount()->set_amount_minor(kAmountMinMinor +
                                            static_cast<std::int64_t>((q * 7919 + j) % kAmountSpreadMinor));
      p->mutable_amount()->set_currency("EUR");
      SetCivil(issue, p->mutable_issue_date());
      SetCivil(due, p->mutable_due_date());
      p->set_debtor_type(v1::DEBTOR_TYPE_B2B);
      if (due_day == 0) continue;
      const Day notice = std::min(last_closed_, last_closed_ + static_cast<Day>(due_day) - kHandOverAfterNoticeDays);
      v1::Event& reminder = Begin(out, "fn-" + debt_id, debtor_key, debt_id, notice);
      v1::ReminderSent* r = reminder.mutable_reminder_sent();
      r->set_level(6);
      r->set_channel(v1::CHANNEL_FORMAL_NOTICE);
      SetCivil(notice, r->mutable_date());
      r->set_template_id("formal_notice");
    }
  }

 private:
  static v1::Event& Begin(std::vector<v1::Event>* out, std::string event_id, const std::string& debtor_key,
                          const std::string& debt_id, Day day) {
    v1::Event& e = out->emplace_back();
    e.set_event_id(std::move(event_id));
    e.set_debtor_key(debtor_key);
    e.set_debt_id(debt_id);
    e.set_creditor_id(std::string(kCreditor));
    e.set_event_time_ms(static_cast<std::int64_t>(day) * kMsPerDay);
    e.set_schema_version(1);
    return e;
  }

  std::uint64_t debtors_;
  std::uint64_t due_debtors_per_day_;
  std::uint32_t days_;
  Day last_closed_;
  std::uint64_t due_debtors_ = 0;
  std::uint64_t stride_ = 1;
};

v1::Event DayClosedEvent(Day day) {
  v1::Event e;
  e.set_event_id("day-" + FormatDay(day));
  e.set_event_time_ms(static_cast<std::int64_t>(day) * kMsPerDay);
  e.set_schema_version(1);
  SetCivil(day, e.mutable_day_closed()->mutable_business_date());
  return e;
}

// Applies a partition-level event to every partition, as the replay does
// for one without a debtor key.
Status ApplyEverywhere(replay::Applier* applier, const v1::Event& event) {
  const std::string bytes = codec::EncodeBinary(event);
  for (std::uint32_t p = 0; p < applier->partitions(); ++p) {
    bool accepted = false;
    v1::Rejection rejection;
    if (Status s = applier->Apply(p, event, bytes, &accepted, &rejection); !s.ok()) return s;
    if (!accepted) {
      return Status::InvalidArgument(
          fmt::format("{} rejected on partition {}: {}", event.event_id(), p, rejection.detail()));
    }
  }
  return Status::Ok();
}

// One WriteBatch, as replayer.cc commits.
Status Commit(store::Store* store, replay::Applier* applier) {
  rocksdb::WriteBatch batch(applier->FlushBytesEstimate());
  if (Status s = applier->FlushTo(&batch); !s.ok()) return s;
  if (Status s = store->Write(&batch); !s.ok()) return s;
  applier->Committed();
  return Status::Ok();
}

struct DayFigure {
  Day day = kNoDay;
  std::uint64_t due = 0;
  std::uint64_t visits = 0;
  std::uint64_t actions = 0;
  double ms = 0;
};

struct CaseFigures {
  std::uint64_t debts = 0;
  std::uint64_t due_per_day = 0;
  std::uint64_t load_events = 0;
  double load_seconds = 0;
  std::uint64_t timers = 0;
  std::vector<DayFigure> days;
  long peak_rss_kib = 0;        // The whole case, load included.
  long days_rss_start_kib = 0;  // When the days began (memory the load freed stays with the process).
  long days_peak_rss_kib = 0;
};

// Resident set size of this process now, in KiB (VmRSS); -1 if unknown.
long CurrentRssKib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// Applies one window of portfolio events: one MultiGet, then each event on
// its debtor's partition. Every event must be accepted.
Status ApplyWindow(replay::Applier* applier, const std::vector<v1::Event>& window) {
  std::vector<const v1::Event*> events;
  events.reserve(window.size());
  for (const v1::Event& e : window) events.push_back(&e);
  if (Status s = applier->Prefetch(events); !s.ok()) return s;
  for (const v1::Event& e : window) {
    bool accepted = false;
    v1::Rejection rejection;
    const std::string bytes = codec::EncodeBinary(e);
    const std::uint32_t p = PartitionForKey(e.debtor_key(), applier->partitions());
    if (Status s = applier->Apply(p, e, bytes, &accepted, &rejection); !s.ok()) return s;
    if (!accepted) {
      return Status::InvalidArgument(fmt::format("{} rejected: {} {}", e.event_id(),
                                                 v1::RejectionReason_Name(rejection.reason()), rejection.detail()));
    }
  }
  return Status::Ok();
}

// The policy, the calendar and the last closed day on every partition, then
// the portfolio, committed as the replay commits (when half the cache is dirty).
Status Load(store::Store* store, const Portfolio& portfolio, Day last_closed, bool projections, CaseFigures* figures) {
  replay::Applier applier(store, kCacheEntries);
  if (Status s = applier.Open(0); !s.ok()) return s;
  std::unique_ptr<replay::ProjectionSink> sink;
  if (projections) {
    sink = projections::ProjectorFactory()(store);
    applier.set_projection_sink(sink.get());
  }
  v1::Event head;
  head.set_event_id("policy-fr-default");
  head.set_schema_version(1);
  if (Status s = policy::DefaultPolicy(head.mutable_policy_published()->mutable_policy()); !s.ok()) return s;
  if (Status s = ApplyEverywhere(&applier, head); !s.ok()) return s;
  head.Clear();
  head.set_event_id("calendar-fr");
  head.set_schema_version(1);
  if (Status s = policy::DefaultCalendar(head.mutable_calendar_published()); !s.ok()) return s;
  if (Status s = ApplyEverywhere(&applier, head); !s.ok()) return s;
  if (Status s = ApplyEverywhere(&applier, DayClosedEvent(last_closed)); !s.ok()) return s;
  figures->load_events = 3;

  std::vector<v1::Event> window;
  window.reserve(kLoadWindowEvents + 2 * kDebtsPerDebtor);
  for (std::uint64_t q = 0; q < portfolio.debtors(); ++q) {
    portfolio.EventsOf(q, &window);
    if (window.size() < kLoadWindowEvents && q + 1 < portfolio.debtors()) continue;
    if (Status s = ApplyWindow(&applier, window); !s.ok()) return s;
    figures->load_events += window.size();
    window.clear();
    if (applier.dirty_count() >= kCacheEntries / 2) {
      if (Status s = Commit(store, &applier); !s.ok()) return s;
    }
  }
  if (Status s = Commit(store, &applier); !s.ok()) return s;
  return store->Flush();
}

Status CountTimers(const store::Store& store, std::uint64_t* timers) {
  auto it = store.NewIterator(store::Family::kTimer);
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++*timers;
  return store::FromRocks(it->status());
}

// Closes the window's days one DayClosed at a time, with a fresh Applier:
// its cache starts empty, so every visited state is read from RocksDB.
Status CloseDays(store::Store* store, Day last_closed, std::uint32_t days, std::uint64_t due_per_day, bool projections,
                 CaseFigures* figures) {
  replay::Applier applier(store, kCacheEntries);
  if (Status s = applier.Open(0); !s.ok()) return s;
  std::unique_ptr<replay::ProjectionSink> sink;
  if (projections) {
    sink = projections::ProjectorFactory()(store);
    applier.set_projection_sink(sink.get());
  }
  for (std::uint32_t i = 1; i <= days; ++i) {
    const v1::Event day_closed = DayClosedEvent(last_closed + static_cast<Day>(i));
    const std::uint64_t visits_before = applier.day_visits(), actions_before = applier.actions();
    const auto start = Clock::now();
    if (Status s = ApplyEverywhere(&applier, day_closed); !s.ok()) return s;
    if (Status s = Commit(store, &applier); !s.ok()) return s;
    DayFigure figure;
    figure.ms = Seconds(start) * 1000.0;
    figure.day = last_closed + static_cast<Day>(i);
    figure.due = due_per_day;
    figure.visits = applier.day_visits() - visits_before;
    figure.actions = applier.actions() - actions_before;
    std::printf("  day %s: due %llu, visited %llu, actions %llu, %.3f ms\n", FormatDay(figure.day).c_str(),
                static_cast<unsigned long long>(figure.due), static_cast<unsigned long long>(figure.visits),
                static_cast<unsigned long long>(figure.actions), figure.ms);
    std::fflush(stdout);
    figures->days.push_back(figure);
  }
  return Status::Ok();
}

Status RunCase(const DayBenchArgs& args, std::uint64_t debts, std::uint64_t due_per_day, const std::string& dir,
               CaseFigures* figures) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::remove_all(dir, ec);
  store::StoreOptions options;
  options.bulk = true;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(dir, options, &store); !s.ok()) return s;
  // A Monday: the window crosses Sundays (and holidays) like any other.
  const Day last_closed = DaysFromCivil(2026, 3, 2);
  const Portfolio portfolio(debts, due_per_day, args.days, last_closed);
  figures->debts = portfolio.debtors() * kDebtsPerDebtor;
  figures->due_per_day = due_per_day;
  ResetPeakRss();
  const auto start = Clock::now();
  if (Status s = Load(store.get(), portfolio, last_closed, args.projections, figures); !s.ok()) return s;
  figures->load_seconds = Seconds(start);
  if (Status s = CountTimers(*store, &figures->timers); !s.ok()) return s;
  std::printf(
      "portfolio of %llu debts (%llu debtors), %llu due per day: loaded %llu events in %.2f s (%.0f events/s), "
      "%llu timers in the index\n",
      static_cast<unsigned long long>(figures->debts), static_cast<unsigned long long>(portfolio.debtors()),
      static_cast<unsigned long long>(due_per_day), static_cast<unsigned long long>(figures->load_events),
      figures->load_seconds, static_cast<double>(figures->load_events) / figures->load_seconds,
      static_cast<unsigned long long>(figures->timers));
  std::fflush(stdout);
  figures->peak_rss_kib = PeakRssKib();
  ResetPeakRss();
  figures->days_rss_start_kib = CurrentRssKib();
  if (Status s = CloseDays(store.get(), last_closed, args.days, due_per_day, args.projections, figures); !s.ok()) {
    return s;
  }
  figures->days_peak_rss_kib = PeakRssKib();
  figures->peak_rss_kib = std::max(figures->peak_rss_kib, figures->days_peak_rss_kib);
  store.reset();
  fs::remove_all(dir, ec);
  return Status::Ok();
}

Status CheckArgs(const DayBenchArgs& args) {
  if (args.days == 0 || args.days > kDaysMax) {
    return Status::InvalidArgument(fmt::format("--days must be 1..{}", kDaysMax));
  }
  if (args.due_per_day == 0 || args.due_per_day % kDebtsPerDebtor != 0) {
    return Status::InvalidArgument(fmt::format("--due-per-day must be a positive multiple of {}", kDebtsPerDebtor));
  }
  if (args.debts.empty()) return Status::InvalidArgument("--debts needs at least one size");
  for (std::uint64_t debts : args.debts) {
    if (debts > kDebtsMax || debts % kDebtsPerDebtor != 0) {
      return Status::InvalidArgument(
          fmt::format("--debts must be multiples of {} up to {}", kDebtsPerDebtor, kDebtsMax));
    }
    if (args.due_per_day * args.days > debts) {
      return Status::InvalidArgument(
          fmt::format("{} debts cannot hold {} due per day for {} days", debts, args.due_per_day, args.days));
    }
  }
  return Status::Ok();
}

void PrintSummary(const std::vector<CaseFigures>& cases) {
  std::printf("\n%12s %9s %5s %9s %9s %9s %10s %12s %12s %13s %10s\n", "debts", "due/day", "days", "load s", "mean ms",
              "max ms", "us/visit", "visits/day", "actions/day", "peak RSS MiB", "days +MiB");
  for (const CaseFigures& c : cases) {
    double total_ms = 0, max_ms = 0;
    std::uint64_t visits = 0, actions = 0;
    for (const DayFigure& d : c.days) {
      total_ms += d.ms;
      max_ms = std::max(max_ms, d.ms);
      visits += d.visits;
      actions += d.actions;
    }
    const double n = static_cast<double>(c.days.size());
    std::printf("%12llu %9llu %5zu %9.2f %9.2f %9.2f %10.2f %12.0f %12.0f %13ld %10ld\n",
                static_cast<unsigned long long>(c.debts), static_cast<unsigned long long>(c.due_per_day), c.days.size(),
                c.load_seconds, total_ms / n, max_ms,
                visits > 0 ? total_ms * 1000.0 / static_cast<double>(visits) : 0.0, static_cast<double>(visits) / n,
                static_cast<double>(actions) / n, c.peak_rss_kib / 1024,
                (c.days_peak_rss_kib - c.days_rss_start_kib) / 1024);
  }
  std::printf(
      "(peak RSS: the whole case, load included; days +MiB: its growth while the days were closed; us/visit: the "
      "whole DayClosed over the debts visited)\n");
}

int RunDayBench(DayBenchArgs& args) {
  namespace fs = std::filesystem;
  if (Status s = CheckArgs(args); !s.ok()) return Fail("bench dayclose", s);
  const bool temporary = args.dir.empty();
  if (temporary) args.dir = (fs::temp_directory_path() / fmt::format("relance-daybench-{}", getpid())).string();
  fs::create_directories(args.dir);
  std::printf(
      "bench dayclose: shipped policy and calendar, 64 partitions, B2B, EUR, %u debts per debtor, bulk mode, "
      "projections %s\n",
      kDebtsPerDebtor, args.projections ? "on" : "off");
  std::printf(
      "each day, the due debts reach the agency hand-over of the B2B ladder (one action per debtor); every "
      "other debt is not yet due,\nits first timer after the window. Days are closed with an empty state "
      "cache: visited states are read from RocksDB.\n\n");
  std::vector<CaseFigures> cases;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> plan;  // (debts, due per day)
  for (std::uint64_t debts : args.debts) plan.emplace_back(debts, args.due_per_day);
  const std::uint64_t largest = *std::max_element(args.debts.begin(), args.debts.end());
  if (args.due_per_day * kDueFactor * args.days <= largest) {
    plan.emplace_back(largest, args.due_per_day * kDueFactor);
  } else {
    std::printf("(no %llux case: %llu debts cannot hold %llu due per day for %u days)\n",
                static_cast<unsigned long long>(kDueFactor), static_cast<unsigned long long>(largest),
                static_cast<unsigned long long>(args.due_per_day * kDueFactor), args.days);
  }
  for (const auto& [debts, due_per_day] : plan) {
    CaseFigures figures;
    const std::string dir = (fs::path(args.dir) / fmt::format("db-{}-{}", debts, due_per_day)).string();
    if (Status s = RunCase(args, debts, due_per_day, dir, &figures); !s.ok()) return Fail("bench dayclose", s);
    cases.push_back(std::move(figures));
    std::printf("\n");
  }
  PrintSummary(cases);
  std::error_code ec;
  if (temporary) fs::remove_all(args.dir, ec);
  return 0;
}

}  // namespace

void AddBenchDayCommand(CLI::App* bench, int* exit_code) {
  auto args = std::make_shared<DayBenchArgs>();
  CLI::App* cmd = bench->add_subcommand(
      "dayclose", "Cost of one DayClosed on portfolios of different sizes with the same number of debts due");
  cmd->add_option("--debts", args->debts, "Portfolio sizes, one case each (default 100000 1000000)");
  cmd->add_option("--due-per-day", args->due_per_day,
                  "Debts needing a look on each closed day (default 1000; the largest portfolio also runs 10x)");
  cmd->add_option("--days", args->days, "Days closed, one DayClosed each (default 10)");
  cmd->add_flag("--projections", args->projections, "Keep the read side in the same batches (default off)");
  cmd->add_option("--dir", args->dir, "Work directory (default: a temporary one, removed)");
  cmd->callback([args, exit_code] { *exit_code = RunDayBench(*args); });
}

}  // namespace relance::cli
