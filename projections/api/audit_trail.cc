#include "projections/api/audit_trail.h"

#include <fmt/format.h>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <map>
#include <vector>

#include "engine/core/csv.h"
#include "engine/core/hash.h"
#include "engine/core/interest.h"
#include "engine/core/money.h"
#include "engine/core/transition_table.h"
#include "engine/store/history.h"
#include "engine/store/keys.h"
#include "projections/api/state_endpoints.h"
#include "relance/v1/outcomes.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::api {
namespace {

// "HOLD_REASON_WEEKLY_CAP" -> "weekly_cap": an enum value's name without its
// type's prefix, in lower case (the shape of the aggregate endpoints).
std::string ShortName(const std::string& full, std::string_view prefix) {
  std::string_view name = full;
  if (name.substr(0, prefix.size()) == prefix) name.remove_prefix(prefix.size());
  std::string out(name);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out.empty() ? "unspecified" : out;
}

std::string KindName(v1::ActionKind kind) { return ShortName(v1::ActionKind_Name(kind), "ACTION_KIND_"); }
std::string ChannelName(v1::Channel channel) { return ShortName(v1::Channel_Name(channel), "CHANNEL_"); }
std::string HoldName(v1::HoldReason hold) { return ShortName(v1::HoldReason_Name(hold), "HOLD_REASON_"); }
std::string DebtorTypeName(v1::DebtorType type) { return ShortName(v1::DebtorType_Name(type), "DEBTOR_TYPE_"); }
std::string CauseName(v1::BalanceCause cause) { return ShortName(v1::BalanceCause_Name(cause), "BALANCE_CAUSE_"); }
std::string RejectionName(v1::RejectionReason reason) {
  return ShortName(v1::RejectionReason_Name(reason), "REJECTION_REASON_");
}

// An ISO date as a JSON value; null for kNoDay (an unset or invalid date).
std::string JsonDay(Day day) { return day == kNoDay ? "null" : "\"" + FormatDay(day) + "\""; }
std::string JsonDate(const v1::CivilDate& date) { return JsonDay(DayOf(date)); }
std::string TextDate(const v1::CivilDate& date) {
  const Day day = DayOf(date);
  return day == kNoDay ? "----------" : FormatDay(day);
}

// The days a period covers, and its interest on its own (the item's
// interest is the exact sum rounded once: engine/core/interest.h).
std::int64_t PeriodDays(const v1::InterestPeriod& period) {
  const Day from = DayOf(period.from());
  const Day to = DayOf(period.to());
  return from == kNoDay || to == kNoDay || to < from ? 0 : to - from + 1;
}
std::int64_t PeriodInterest(const v1::InterestPeriod& period) {
  return core::PeriodInterestMinor(period.principal_minor(), period.rate_bp(), PeriodDays(period));
}

void AppendItemJson(const v1::ActionItem& item, std::string* out) {
  fmt::format_to(std::back_inserter(*out),
                 R"({{"debt_id":{},"invoice_number":{},"issue_date":{},"due_date":{},"currency":{},)"
                 R"("principal_minor":{},"interest_minor":{},"indemnity_minor":{},"indemnity_currency":{},)"
                 R"("owed_minor":{},"days_late":{},"level":{},"limitation_date":{},"interest_periods":[)",
                 JsonString(item.debt_id()), JsonString(item.invoice_number()), JsonDate(item.issue_date()),
                 JsonDate(item.due_date()), JsonString(item.currency()), item.principal_minor(), item.interest_minor(),
                 item.indemnity_minor(), JsonString(item.indemnity_currency()), item.owed_minor(), item.days_late(),
                 item.level(), JsonDate(item.limitation_date()));
  for (int i = 0; i < item.interest_periods_size(); ++i) {
    const v1::InterestPeriod& p = item.interest_periods(i);
    fmt::format_to(std::back_inserter(*out),
                   R"({}{{"from":{},"to":{},"days":{},"rate_bp":{},"principal_minor":{},"amount_minor":{}}})",
                   i > 0 ? "," : "", JsonDate(p.from()), JsonDate(p.to()), PeriodDays(p), p.rate_bp(),
                   p.principal_minor(), PeriodInterest(p));
  }
  out->append("]}");
}

// An action without the debtor's personal data (name, address, e-mail: the
// letters have them; an audit or a listing needs the debtor's key only).
void AppendActionJson(const v1::Action& action, std::string* out) {
  fmt::format_to(std::back_inserter(*out),
                 R"({{"action_id":{},"kind":{},"date":{},"level":{},"channel":{},"debtor_key":{},"creditor_id":{},)"
                 R"("segment":{},"debtor_type":{},"policy_id":{},"policy_version":{},"template_id":{},"deadline":{},)"
                 R"("totals":[)",
                 JsonString(action.action_id()), JsonString(KindName(action.kind())), JsonDate(action.date()),
                 action.level(), JsonString(ChannelName(action.channel())), JsonString(action.debtor_key()),
                 JsonString(action.creditor_id()), JsonString(action.segment()),
                 JsonString(DebtorTypeName(action.debtor_type())), JsonString(action.policy_id()),
                 action.policy_version(), JsonString(action.template_id()), JsonDate(action.deadline()));
  for (int i = 0; i < action.totals_size(); ++i) {
    fmt::format_to(std::back_inserter(*out), R"({}{{"currency":{},"amount_minor":{}}})", i > 0 ? "," : "",
                   JsonString(action.totals(i).currency()), action.totals(i).amount_minor());
  }
  out->append(R"(],"items":[)");
  for (int i = 0; i < action.items_size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendItemJson(action.items(i), out);
  }
  out->append("]}");
}

bool AppendProtoJson(const google::protobuf::Message& message, std::string* out) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string json;
  if (!google::protobuf::util::MessageToJsonString(message, &json, options).ok()) return false;
  out->append(json);
  return true;
}

struct Trail {
  std::uint32_t partition = 0;
  v1::DebtState debt;
  std::vector<std::pair<std::uint64_t, v1::HistoryEntry>> entries;
  std::map<std::string, v1::Action> actions;  // By action id: those the trail names.
  std::vector<v1::RejectedEntry> rejected;    // Refused events that named the debt, in order.
};

Status ReadTrail(const ReadView& view, const std::string& debt_id, Trail* trail) {
  const std::string prefix = store::HistoryPrefix(trail->partition, debt_id);
  std::string limit_key = prefix;
  limit_key.back() = '\x01';  // Just past every key of this debt.
  const rocksdb::Slice upper(limit_key);
  auto it = view.NewIterator(store::Family::kHistory, &upper);
  bool parsed = true;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    const std::string_view chunk(it->value().data(), it->value().size());
    const bool ok =
        store::ForEachHistoryRecord(chunk, store::HistoryKeySeq(key), [&](std::uint64_t seq, std::string_view bytes) {
          if (!parsed) return;
          auto& [entry_seq, entry] = trail->entries.emplace_back();
          entry_seq = seq;
          parsed = store::ParseHistoryEntry(bytes, &entry);
        });
    if (!ok || !parsed) return Status::Corruption(fmt::format("history of '{}'", debt_id));
  }
  if (!it->status().ok()) return store::FromRocks(it->status());
  if (trail->entries.size() != trail->debt.history_seq()) {
    return Status::Corruption(fmt::format("debt '{}' has history_seq {} but {} history entries", debt_id,
                                          trail->debt.history_seq(), trail->entries.size()));
  }
  // The refused events that named the debt (meta 'J' records, keys.h).
  const std::string rejected_prefix = store::RejectedPrefix(trail->partition, debt_id);
  std::string rejected_limit = rejected_prefix;
  rejected_limit.back() = '\x01';
  const rocksdb::Slice rejected_upper(rejected_limit);
  auto rejected = view.NewIterator(store::Family::kMeta, &rejected_upper);
  for (rejected->Seek(rejected_prefix); rejected->Valid() && rejected->key().starts_with(rejected_prefix);
       rejected->Next()) {
    if (!trail->rejected.emplace_back().ParseFromArray(rejected->value().data(),
                                                       static_cast<int>(rejected->value().size()))) {
      return Status::Corruption(fmt::format("a refused event of the trail of '{}'", debt_id));
    }
  }
  if (!rejected->status().ok()) return store::FromRocks(rejected->status());
  std::string value;
  for (const auto& [seq, entry] : trail->entries) {
    for (const v1::Decision& decision : entry.decisions()) {
      if (decision.kind() != v1::DECISION_KIND_ACTION || trail->actions.count(decision.action_id()) > 0) continue;
      bool found = false;
      const std::string key = store::ActionKey(DayOf(decision.date()), trail->partition, decision.action_id());
      if (Status s = view.Get(store::Family::kAction, key, &value, &found); !s.ok()) return s;
      if (!found)
        return Status::Corruption(fmt::format("action '{}' of the trail of '{}'", decision.action_id(), debt_id));
      if (!trail->actions[decision.action_id()].ParseFromString(value)) {
        return Status::Corruption(fmt::format("action '{}'", decision.action_id()));
      }
    }
  }
  return Status::Ok();
}

const v1::ActionItem* ItemOf(const v1::Action& action, const std::string& debt_id) {
  for (const v1::ActionItem& item : action.items()) {
    if (item.debt_id() == debt_id) return &item;
  }
  return nullptr;
}

std::string EventKindText(const v1::Event& event) { return std::string(core::EventKindName(core::KindOf(event))); }

std::string EventDayJson(const v1::Event& event) { return JsonDay(core::EventDay(event)); }

bool AppendDecisionJson(const Trail& trail, const v1::Decision& d, std::string* out) {
  switch (d.kind()) {
    case v1::DECISION_KIND_TRANSITION:
      fmt::format_to(std::back_inserter(*out), R"({{"kind":"transition","from":{},"to":{},"detail":{}}})",
                     JsonString(core::StatusName(d.from())), JsonString(core::StatusName(d.to())),
                     JsonString(d.detail()));
      return true;
    case v1::DECISION_KIND_ACTION: {
      fmt::format_to(std::back_inserter(*out),
                     R"({{"kind":"action","action_id":{},"action_kind":{},"level":{},"channel":{},"date":{},)"
                     R"("listed":{},"rule":{{"policy_id":{},"policy_version":{},"segment":{},"debtor_type":{},)"
                     R"("ladder_level":{},"step_day_offset":{}}},"item":)",
                     JsonString(d.action_id()), JsonString(KindName(d.action_kind())), d.level(),
                     JsonString(ChannelName(d.channel())), JsonDate(d.date()), d.listed() ? "true" : "false",
                     JsonString(d.policy_id()), d.policy_version(), JsonString(d.segment()),
                     JsonString(DebtorTypeName(d.debtor_type())), d.level(),
                     d.listed() ? "null" : std::to_string(d.step_day_offset()));
      const auto action = trail.actions.find(d.action_id());
      const v1::ActionItem* item =
          action == trail.actions.end() ? nullptr : ItemOf(action->second, trail.debt.debt_id());
      if (item == nullptr) return false;
      AppendItemJson(*item, out);
      out->push_back('}');
      return true;
    }
    case v1::DECISION_KIND_HELD:
      fmt::format_to(
          std::back_inserter(*out), R"({{"kind":"held","action_kind":{},"level":{},"step_day_offset":{},"reason":{}}})",
          JsonString(KindName(d.action_kind())), d.level(), d.step_day_offset(), JsonString(HoldName(d.hold())));
      return true;
    case v1::DECISION_KIND_UNSPECIFIED:
    case v1::DecisionKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::DecisionKind_INT_MAX_SENTINEL_DO_NOT_USE_:
      break;
  }
  fmt::format_to(std::back_inserter(*out), R"({{"kind":"unknown","number":{}}})", static_cast<int>(d.kind()));
  return true;
}

bool TrailJson(const Trail& trail, std::string* out) {
  const v1::DebtState& debt = trail.debt;
  fmt::format_to(std::back_inserter(*out),
                 R"({{"debt":{{"debt_id":{},"debtor_key":{},"creditor_id":{},"partition":{},"invoice_number":{},)"
                 R"("currency":{},"status":{},"balance_minor":{},"due_date":{},"history_seq":{}}},"timeline":[)",
                 JsonString(debt.debt_id()), JsonString(debt.debtor_key()), JsonString(debt.creditor_id()),
                 trail.partition, JsonString(debt.invoice_number()), JsonString(debt.currency()),
                 JsonString(core::StatusName(debt.status())), debt.balance_minor(), JsonDate(debt.due_date()),
                 debt.history_seq());
  std::size_t next_rejected = 0;
  std::size_t written = 0;
  // The refused events that arrived after history entry `seq` (0: before any).
  const auto refused_after = [&](std::uint64_t seq) {
    for (; next_rejected < trail.rejected.size() && trail.rejected[next_rejected].after_seq() <= seq; ++next_rejected) {
      const v1::RejectedEntry& r = trail.rejected[next_rejected];
      fmt::format_to(std::back_inserter(*out),
                     R"({}{{"seq":null,"event_id":{},"event_kind":{},"value_date":{},"rejected":{{"reason":{},)"
                     R"("detail":{}}},"balance_changes":[],"decisions":[],"event":)",
                     written++ > 0 ? ",\n" : "\n", JsonString(r.event().event_id()),
                     JsonString(EventKindText(r.event())), EventDayJson(r.event()),
                     JsonString(RejectionName(r.rejection().reason())), JsonString(r.rejection().detail()));
      if (!AppendProtoJson(r.event(), out)) return false;
      out->push_back('}');
    }
    return true;
  };
  if (!refused_after(0)) return false;
  for (std::size_t i = 0; i < trail.entries.size(); ++i) {
    const auto& [seq, entry] = trail.entries[i];
    fmt::format_to(std::back_inserter(*out), R"({}{{"seq":{},"event_id":{},"event_kind":{},"value_date":{},)",
                   written++ > 0 ? ",\n" : "\n", seq, JsonString(entry.event().event_id()),
                   JsonString(EventKindText(entry.event())), EventDayJson(entry.event()));
    out->append(R"("balance_changes":[)");
    for (int c = 0; c < entry.balance_changes_size(); ++c) {
      const v1::BalanceChange& change = entry.balance_changes(c);
      fmt::format_to(std::back_inserter(*out), R"({}{{"cause":{},"delta_minor":{},"cash_minor":{},"date":{}}})",
                     c > 0 ? "," : "", JsonString(CauseName(change.cause())), change.delta_minor(), change.cash_minor(),
                     JsonDate(change.date()));
    }
    out->append(R"(],"decisions":[)");
    for (int d = 0; d < entry.decisions_size(); ++d) {
      if (d > 0) out->push_back(',');
      if (!AppendDecisionJson(trail, entry.decisions(d), out)) return false;
    }
    out->append(R"(],"event":)");
    if (!AppendProtoJson(entry.event(), out)) return false;
    out->push_back('}');
    if (!refused_after(seq)) return false;
  }
  if (!refused_after(UINT64_MAX)) return false;
  out->append("\n]}\n");
  return true;
}

std::string Amount(std::int64_t minor, const std::string& currency) {
  return FormatDecimal(minor, currency) + " " + currency;
}

std::string Rate(std::int32_t bp) { return fmt::format("{}.{:02d} %", bp / 100, bp % 100); }

bool TrailText(const Trail& trail, std::string* out) {
  const v1::DebtState& debt = trail.debt;
  const std::string& currency = debt.currency();
  fmt::format_to(std::back_inserter(*out),
                 "Debt {} (invoice {}), debtor {}, creditor {}, partition {}\n"
                 "Now: {}, balance {}, due {}; {} history entries\n\n",
                 debt.debt_id(), debt.invoice_number(), debt.debtor_key(), debt.creditor_id(), trail.partition,
                 core::StatusName(debt.status()), Amount(debt.balance_minor(), currency), TextDate(debt.due_date()),
                 debt.history_seq());
  std::size_t next_rejected = 0;
  const auto refused_after = [&](std::uint64_t seq) {
    for (; next_rejected < trail.rejected.size() && trail.rejected[next_rejected].after_seq() <= seq; ++next_rejected) {
      const v1::RejectedEntry& r = trail.rejected[next_rejected];
      const Day day = core::EventDay(r.event());
      fmt::format_to(std::back_inserter(*out), "{}  refused {} {}\n                  {}: {}\n",
                     day == kNoDay ? "----------" : FormatDay(day), EventKindText(r.event()), r.event().event_id(),
                     RejectionName(r.rejection().reason()), r.rejection().detail());
    }
  };
  refused_after(0);
  for (const auto& [seq, entry] : trail.entries) {
    const Day day = core::EventDay(entry.event());
    fmt::format_to(std::back_inserter(*out), "{}  #{:<4} {} {}\n", day == kNoDay ? "----------" : FormatDay(day), seq,
                   EventKindText(entry.event()), entry.event().event_id());
    for (const v1::BalanceChange& change : entry.balance_changes()) {
      fmt::format_to(std::back_inserter(*out), "                  balance {}{} ({}, {})\n",
                     change.delta_minor() >= 0 ? "+" : "", Amount(change.delta_minor(), currency),
                     CauseName(change.cause()), TextDate(change.date()));
    }
    for (const v1::Decision& d : entry.decisions()) {
      switch (d.kind()) {
        case v1::DECISION_KIND_TRANSITION:
          fmt::format_to(std::back_inserter(*out), "                  status {} -> {}{}{}\n",
                         core::StatusName(d.from()), core::StatusName(d.to()), d.detail().empty() ? "" : ": ",
                         d.detail());
          break;
        case v1::DECISION_KIND_ACTION: {
          fmt::format_to(std::back_inserter(*out), "                  {} {} level {} by {} ({})\n",
                         d.listed() ? "listed on" : "action", KindName(d.action_kind()), d.level(),
                         ChannelName(d.channel()), d.action_id());
          if (d.listed()) {
            out->append("                    as another overdue invoice of the debtor\n");
          } else {
            fmt::format_to(std::back_inserter(*out),
                           "                    rule: policy {} v{}, segment {}, {}, step at due date {:+d} days\n",
                           d.policy_id(), d.policy_version(), d.segment().empty() ? "-" : d.segment(),
                           DebtorTypeName(d.debtor_type()), d.step_day_offset());
          }
          const auto action = trail.actions.find(d.action_id());
          const v1::ActionItem* item = action == trail.actions.end() ? nullptr : ItemOf(action->second, debt.debt_id());
          if (item == nullptr) return false;
          const std::string& indemnity_currency =
              item->indemnity_currency().empty() ? item->currency() : item->indemnity_currency();
          const std::string lateness = item->days_late() < 0 ? fmt::format("due in {} days", -item->days_late())
                                                             : fmt::format("{} days late", item->days_late());
          fmt::format_to(
              std::back_inserter(*out), "                    owed {}: principal {} + interest {} + indemnity {}, {}\n",
              Amount(item->owed_minor(), item->currency()), Amount(item->principal_minor(), item->currency()),
              Amount(item->interest_minor(), item->currency()), Amount(item->indemnity_minor(), indemnity_currency),
              lateness);
          for (const v1::InterestPeriod& p : item->interest_periods()) {
            fmt::format_to(std::back_inserter(*out),
                           "                    interest on {} at {} from {} to {}, {} days: {}\n",
                           Amount(p.principal_minor(), item->currency()), Rate(p.rate_bp()), TextDate(p.from()),
                           TextDate(p.to()), PeriodDays(p), Amount(PeriodInterest(p), item->currency()));
          }
          break;
        }
        case v1::DECISION_KIND_HELD:
          fmt::format_to(std::back_inserter(*out),
                         "                  held {} level {} (step at due date {:+d} days): {}\n",
                         KindName(d.action_kind()), d.level(), d.step_day_offset(), HoldName(d.hold()));
          break;
        case v1::DECISION_KIND_UNSPECIFIED:
        case v1::DecisionKind_INT_MIN_SENTINEL_DO_NOT_USE_:
        case v1::DecisionKind_INT_MAX_SENTINEL_DO_NOT_USE_:
          fmt::format_to(std::back_inserter(*out),
                         "                  a decision of kind {} this binary does not know\n",
                         static_cast<int>(d.kind()));
          break;
      }
    }
    refused_after(seq);
  }
  refused_after(UINT64_MAX);
  return true;
}

}  // namespace

ApiResponse DebtAuditResponse(const ReadView& view, const std::string& debt_id, const std::string* debtor,
                              TrailFormat format) {
  Trail trail;
  bool found = false;
  if (Status s = FindDebt(view, debt_id, debtor, &trail.partition, &trail.debt, &found); !s.ok())
    return JsonError(500, "internal", s.ToString());
  if (!found) return JsonError(404, "not_found", fmt::format("no debt '{}'", debt_id));
  if (Status s = ReadTrail(view, debt_id, &trail); !s.ok()) return JsonError(500, "internal", s.ToString());
  ApiResponse response;
  const bool ok = format == TrailFormat::kJson ? TrailJson(trail, &response.body) : TrailText(trail, &response.body);
  if (!ok) return JsonError(500, "internal", fmt::format("the trail of '{}' names an action it cannot read", debt_id));
  if (format == TrailFormat::kText) response.content_type = "text/plain; charset=utf-8";
  return response;
}

Status ForEachAction(const ReadView& view, const ActionFilter& filter,
                     const std::function<bool(const v1::Action&)>& fn) {
  std::string upper_key;
  rocksdb::Slice upper;
  if (filter.to != kNoDay) {
    upper_key = store::ActionDayPrefix(filter.to + 1);
    upper = rocksdb::Slice(upper_key);
  }
  auto it = view.NewIterator(store::Family::kAction, filter.to != kNoDay ? &upper : nullptr);
  if (filter.from != kNoDay) {
    it->Seek(store::ActionDayPrefix(filter.from));
  } else {
    it->SeekToFirst();
  }
  v1::Action action;
  for (; it->Valid(); it->Next()) {
    if (!action.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("an action record");
    }
    if (filter.creditor_id && action.creditor_id() != *filter.creditor_id) continue;
    if (filter.debt_id && ItemOf(action, *filter.debt_id) == nullptr) continue;
    if (!fn(action)) return Status::Ok();
  }
  return it->status().ok() ? Status::Ok() : store::FromRocks(it->status());
}

std::string ActionJsonLine(const v1::Action& action) {
  std::string out;
  AppendActionJson(action, &out);
  return out;
}

std::string ActionCsvHeader() {
  return "date,action_id,kind,level,channel,debtor_key,creditor_id,segment,debtor_type,policy_id,policy_version,"
         "deadline,debt_ids,totals";
}

std::string ActionCsvRow(const v1::Action& action) {
  std::string debts;
  for (const v1::ActionItem& item : action.items()) {
    if (!debts.empty()) debts.push_back(' ');
    debts += item.debt_id();
  }
  std::string totals;
  for (const v1::Money& total : action.totals()) {
    if (!totals.empty()) totals.push_back(' ');
    totals += FormatDecimal(total.amount_minor(), total.currency()) + " " + total.currency();
  }
  const Day deadline = DayOf(action.deadline());
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}", TextDate(action.date()), CsvText(action.action_id()),
                     KindName(action.kind()), action.level(), ChannelName(action.channel()),
                     CsvText(action.debtor_key()), CsvText(action.creditor_id()), CsvText(action.segment()),
                     DebtorTypeName(action.debtor_type()), CsvText(action.policy_id()), action.policy_version(),
                     deadline == kNoDay ? "" : FormatDay(deadline), CsvText(debts), CsvText(totals));
}

}  // namespace relance::api
