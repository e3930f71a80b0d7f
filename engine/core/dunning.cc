#include "engine/core/dunning.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include "engine/core/hash.h"
#include "engine/core/interest.h"
#include "engine/core/limits.h"

namespace relance::core {
namespace {

// Defaults of policy.proto, named once.
constexpr unsigned kFormalNoticeDeadlineDays = 8;
constexpr unsigned kReminderDeadlineDays = 15;
constexpr unsigned kLimitationWarningDays = 180;
constexpr unsigned kMaxContactsPerWeek = 2;
constexpr unsigned kCooldownDays = 2;
constexpr unsigned kOrderServiceMonths = 6;
constexpr unsigned kOrderOppositionMonths = 1;
constexpr unsigned kOrderWarningDays = 30;
constexpr int kWeekDays = 7;
// The most days a payment deadline moves to reach a working day: a weekend
// next to a holiday or two moves it 3 or 4; the bound only stops a loop on a
// calendar that is nothing but holidays.
constexpr int kDeadlineShiftDaysMax = 14;

v1::ActionKind KindOfStep(const v1::LadderStep& step) {
  if (step.level() == 0) return v1::ACTION_KIND_COURTESY_NOTICE;
  switch (step.channel()) {
    case v1::CHANNEL_FORMAL_NOTICE:
      return v1::ACTION_KIND_FORMAL_NOTICE;
    case v1::CHANNEL_AGENCY:
      return v1::ACTION_KIND_HAND_OVER;
    case v1::CHANNEL_LEGAL:
      return v1::ACTION_KIND_LEGAL;
    default:
      return v1::ACTION_KIND_REMINDER;
  }
}

// Actions that reach the debtor, and so count against the contact rules.
bool IsContact(v1::ActionKind kind) {
  return kind == v1::ACTION_KIND_COURTESY_NOTICE || kind == v1::ACTION_KIND_REMINDER ||
         kind == v1::ACTION_KIND_FORMAL_NOTICE;
}

bool IsLetterChannel(v1::Channel channel) {
  return channel == v1::CHANNEL_LETTER || channel == v1::CHANNEL_REGISTERED_LETTER ||
         channel == v1::CHANNEL_FORMAL_NOTICE;
}

// Higher is more serious: the order in which a capped day's contacts go out.
int Severity(v1::ActionKind kind) {
  switch (kind) {
    case v1::ACTION_KIND_FORMAL_NOTICE:
      return 3;
    case v1::ACTION_KIND_REMINDER:
      return 2;
    case v1::ACTION_KIND_COURTESY_NOTICE:
      return 1;
    default:
      return 4;  // Not a contact: never capped.
  }
}

// A public holiday of the policy's contact calendar (PolicyView's sorted
// days when the shell made them, else the published calendars).
bool IsHoliday(const PolicyView& view, Day day) {
  const std::string& calendar_id = view.policy->contact().calendar_id();
  if (calendar_id.empty()) return false;
  if (view.contact_holidays != nullptr) {
    return std::binary_search(view.contact_holidays->begin(), view.contact_holidays->end(), day);
  }
  if (view.calendars == nullptr) return false;
  for (const auto& calendar : *view.calendars) {
    if (calendar.calendar_id() != calendar_id) continue;
    for (const auto& holiday : calendar.holidays()) {
      if (DayOf(holiday) == day) return true;
    }
  }
  return false;
}

std::int64_t MinimumBalance(const v1::DunningPolicy& policy, std::string_view currency) {
  for (const auto& m : policy.minimum_balance()) {
    if (m.currency() == currency) return m.amount_minor();
  }
  return 0;
}

std::int64_t ChaseablePrincipal(const Debt& d) {
  return d.balance_minor() - (d.has_dispute() ? d.dispute().disputed_minor() : 0);
}

// The common part of the hard rule, for any step (courtesy included): what
// holds the debt back, HOLD_REASON_UNSPECIFIED when nothing does.
v1::HoldReason ContactHold(const Debt& d, const Debtor& debtor, const v1::DunningPolicy& policy) {
  if (IsClosed(d.status())) return v1::HOLD_REASON_CLOSED;
  if (d.has_plan()) return v1::HOLD_REASON_PAYMENT_PLAN;
  if (d.has_promise()) return v1::HOLD_REASON_PROMISE;
  if (d.with_agency()) return v1::HOLD_REASON_HANDED_OVER;
  if (d.in_legal_action()) return v1::HOLD_REASON_LEGAL_ACTION;
  if (debtor.has_insolvency()) return v1::HOLD_REASON_INSOLVENCY;
  const std::int64_t principal = ChaseablePrincipal(d);
  if (principal <= 0 && d.balance_minor() > 0) return v1::HOLD_REASON_DISPUTED;
  if (principal <= 0 || principal < MinimumBalance(policy, d.currency())) return v1::HOLD_REASON_BELOW_MINIMUM;
  return v1::HOLD_REASON_UNSPECIFIED;
}

bool MayContactAtAll(const Debt& d, const Debtor& debtor, const v1::DunningPolicy& policy) {
  return ContactHold(d, debtor, policy) == v1::HOLD_REASON_UNSPECIFIED;
}

bool MayCourtesy(const Debt& d, const Debtor& debtor, const v1::DunningPolicy& policy, Day day) {
  return !d.overdue() && day < DayOf(d.due_date()) && MayContactAtAll(d, debtor, policy);
}

const v1::LadderStep* StepOfLevel(const v1::Ladder& ladder, std::uint32_t level) {
  for (const auto& step : ladder.steps()) {
    if (step.level() == level) return &step;
  }
  return nullptr;
}

// The highest level of the ladder's formal notice steps; 0 when it has none.
std::uint32_t FormalNoticeLevel(const v1::Ladder& ladder) {
  std::uint32_t level = 0;
  for (const auto& step : ladder.steps()) {
    if (step.channel() == v1::CHANNEL_FORMAL_NOTICE) level = std::max(level, step.level());
  }
  return level;
}

// A debt is put on formal notice once: by a formal notice on the log
// (ReminderSent on the FORMAL_NOTICE channel, whatever level the collector's
// systems gave it) or by a formal notice action that listed it.
bool OnFormalNotice(const Debt& d) { return d.formal_notice_sent() || !IsUnset(d.formal_notice_action_date()); }

// One action in the making: what it is, and the debts whose step it carries.
struct Group {
  v1::ActionKind kind = v1::ACTION_KIND_UNSPECIFIED;
  std::string creditor_id;
  v1::Channel channel = v1::CHANNEL_UNSPECIFIED;
  const v1::LadderStep* step = nullptr;   // The highest-level step of the group (ladder actions).
  std::vector<Debt*> due;                 // Debts whose step (or warning) this is.
  std::vector<std::uint32_t> due_levels;  // The step level each of them reached (0 for warnings).
  std::vector<std::int32_t> due_offsets;  // And that step's day offset.
  std::uint32_t level = 0;                // The highest: it sets the template and the tone.
};

using GroupKey = std::tuple<std::string, int, int>;  // (creditor, kind, channel)

Day ContactsLastWeek(const Debtor& debtor, Day day, int* count) {
  Day last = kNoDay;
  *count = 0;
  for (const auto& c : debtor.contact_dates()) {
    const Day d = DayOf(c);
    if (d > day - kWeekDays && d <= day) ++*count;
    last = std::max(last, d);
  }
  return last;
}

std::string ActionId(std::string_view debtor_key, const Group& g, Day day) {
  const std::string identity = fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}", debtor_key, g.creditor_id,
                                           static_cast<int>(g.kind), static_cast<int>(g.channel), g.level);
  std::string date = FormatDay(day);
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  return fmt::format("A{}-{:016x}", date, Fnv1a64(identity));
}

void AddItem(v1::Action& action, const Debt& d, const Debtor& debtor, const v1::DunningPolicy& policy, Day day,
             std::uint32_t level) {
  const bool letter = action.kind() == v1::ACTION_KIND_REMINDER || action.kind() == v1::ACTION_KIND_FORMAL_NOTICE ||
                      action.kind() == v1::ACTION_KIND_HAND_OVER || action.kind() == v1::ACTION_KIND_LEGAL;
  const Owed owed = OwedOn(d, debtor, policy, day, /*with_periods=*/letter);
  auto* item = action.add_items();
  item->set_debt_id(d.debt_id());
  item->set_invoice_number(d.invoice_number());
  SetCivil(d.issue_date().day(), item->mutable_issue_date());
  SetCivil(d.due_date().day(), item->mutable_due_date());
  item->set_currency(d.currency());
  item->set_principal_minor(owed.principal_minor);
  item->set_interest_minor(owed.interest_minor);
  item->set_indemnity_minor(owed.indemnity_minor);
  item->set_indemnity_currency(owed.indemnity_currency);
  item->set_owed_minor(owed.total_minor);
  for (const InterestPeriod& period : owed.interest_periods) {
    auto* p = item->add_interest_periods();
    SetCivil(period.first_day, p->mutable_from());
    SetCivil(period.last_day, p->mutable_to());
    p->set_rate_bp(period.rate_bp);
    p->set_principal_minor(period.principal_minor);
  }
  item->set_days_late(day - DayOf(d.due_date()));
  item->set_level(level);
  if (action.kind() == v1::ACTION_KIND_LIMITATION_WARNING)
    SetCivil(LimitationDay(d, policy), item->mutable_limitation_date());
}

// Totals per currency, the debtor's identity, the summary of earlier
// reminders: what a letter needs beyond its items.
void Finish(v1::Action& action, const std::vector<const Debt*>& debts) {
  std::sort(action.mutable_items()->begin(), action.mutable_items()->end(), [](const auto& a, const auto& b) {
    return std::make_tuple(DayOf(a.due_date()), a.debt_id()) < std::make_tuple(DayOf(b.due_date()), b.debt_id());
  });
  std::map<std::string, std::int64_t> totals;
  for (const auto& item : action.items()) {
    totals[item.currency()] += item.owed_minor();
    // An indemnity in another currency is owed in that one (actions.proto).
    if (!item.indemnity_currency().empty()) totals[item.indemnity_currency()] += item.indemnity_minor();
  }
  for (const auto& [currency, amount] : totals) {
    auto* m = action.add_totals();
    m->set_currency(currency);
    m->set_amount_minor(amount);
  }
  for (const Debt* d : debts) {
    if (action.debtor_name().empty() && !d->debtor_name().empty()) action.set_debtor_name(d->debtor_name());
    if (action.debtor_address().empty()) {
      for (const std::string& line : d->debtor_address()) action.add_debtor_address(line);
    }
    if (action.debtor_email().empty()) action.set_debtor_email(d->debtor_email());
    if (action.debtor_type() == v1::DEBTOR_TYPE_UNSPECIFIED) action.set_debtor_type(d->debtor_type());
  }
  if (action.kind() != v1::ACTION_KIND_FORMAL_NOTICE) return;
  // The reminders each invoice had, in the items' order: a formal notice
  // recalls what was sent about which invoice. Courtesy notices (level 0,
  // before the due date) were no reminders. At most the newest
  // kPriorContactsPerItemMax per invoice.
  for (const auto& item : action.items()) {
    const auto debt =
        std::find_if(debts.begin(), debts.end(), [&](const Debt* d) { return d->debt_id() == item.debt_id(); });
    if (debt == debts.end()) continue;
    std::vector<std::tuple<Day, std::uint32_t, int>> contacts;
    for (const auto& c : (*debt)->contacts()) {
      if (c.level() >= 1) contacts.emplace_back(DayOf(c.date()), c.level(), c.channel());
    }
    std::sort(contacts.begin(), contacts.end());
    contacts.erase(std::unique(contacts.begin(), contacts.end()), contacts.end());
    if (contacts.size() > kPriorContactsPerItemMax) {
      contacts.erase(contacts.begin(), contacts.end() - static_cast<std::ptrdiff_t>(kPriorContactsPerItemMax));
    }
    for (const auto& [date, level, channel] : contacts) {
      auto* prior = action.add_prior_contacts();
      SetCivil(date, prior->mutable_date());
      prior->set_level(level);
      prior->set_channel(static_cast<v1::Channel>(channel));
      prior->set_invoice_number(item.invoice_number());
    }
  }
}

// A payment deadline falls on a day a payment can be made and received: not
// a Saturday, a Sunday nor a public holiday of the policy's contact calendar
// (as Code de procédure civile art. 642 moves a time limit that ends on one
// to the next working day). The calendar holds holidays only, so a week
// always has a working day; the bound guards against a corrupt calendar.
Day NextWorkingDay(const PolicyView& view, Day day) {
  for (int step = 0; step < kDeadlineShiftDaysMax; ++step) {
    if (IsoWeekday(day) < 6 && !IsHoliday(view, day)) return day;
    ++day;
  }
  return day;
}

Day DeadlineOf(const Group& g, const Debt& first, const PolicyView& view, Day day) {
  const v1::DunningPolicy& policy = *view.policy;
  switch (g.kind) {
    case v1::ACTION_KIND_LIMITATION_WARNING:
      return LimitationDay(first, policy);
    case v1::ACTION_KIND_ORDER_SERVICE_DUE: {
      const unsigned months = policy.order_for_payment().has_service_months()
                                  ? policy.order_for_payment().service_months()
                                  : kOrderServiceMonths;
      return AddMonths(DayOf(first.order().granted_on()), static_cast<int>(months));
    }
    case v1::ACTION_KIND_ENFORCEABILITY_DUE:
      return day;
    default:
      break;
  }
  // A payment deadline: the limitation and order deadlines above are the
  // law's dates, which a warning must not move later.
  unsigned days = g.kind == v1::ACTION_KIND_FORMAL_NOTICE ? kFormalNoticeDeadlineDays : kReminderDeadlineDays;
  if (g.step != nullptr && g.step->has_deadline_days()) days = g.step->deadline_days();
  return NextWorkingDay(view, day + static_cast<Day>(days));
}

std::string_view DefaultTemplate(v1::ActionKind kind) {
  switch (kind) {
    case v1::ACTION_KIND_LIMITATION_WARNING:
      return "limitation_warning";
    case v1::ACTION_KIND_ORDER_SERVICE_DUE:
      return "order_service";
    case v1::ACTION_KIND_ENFORCEABILITY_DUE:
      return "enforceability";
    default:
      return "";
  }
}

unsigned OrderMonths(const v1::DunningPolicy& policy, bool service) {
  const auto& rules = policy.order_for_payment();
  if (service) return rules.has_service_months() ? rules.service_months() : kOrderServiceMonths;
  return rules.has_opposition_months() ? rules.opposition_months() : kOrderOppositionMonths;
}

unsigned OrderWarningDays(const v1::DunningPolicy& policy) {
  return policy.order_for_payment().has_warning_days() ? policy.order_for_payment().warning_days() : kOrderWarningDays;
}

unsigned LimitationWarningDays(const v1::DunningPolicy& policy) {
  return policy.has_limitation_warning_days() ? policy.limitation_warning_days() : kLimitationWarningDays;
}

// The days the collector must hear of: limitation and order deadlines.
Day LimitationWarningDay(const Debt& d, const v1::DunningPolicy& policy) {
  return LimitationDay(d, policy) - static_cast<Day>(LimitationWarningDays(policy));
}

Day OrderActionDay(const Debt& d, const v1::DunningPolicy& policy, v1::ActionKind* kind) {
  if (!d.has_order()) return kNoDay;
  const auto& order = d.order();
  if (order.stage() == v1::ORDER_STAGE_GRANTED && !order.service_warned()) {
    *kind = v1::ACTION_KIND_ORDER_SERVICE_DUE;
    return AddMonths(DayOf(order.granted_on()), static_cast<int>(OrderMonths(policy, true))) -
           static_cast<Day>(OrderWarningDays(policy));
  }
  if (order.stage() == v1::ORDER_STAGE_SERVED && !order.enforceability_announced()) {
    *kind = v1::ACTION_KIND_ENFORCEABILITY_DUE;
    return AddMonths(DayOf(order.served_on()), static_cast<int>(OrderMonths(policy, false))) + 1;
  }
  return kNoDay;
}

// What the review found due on one debt, added to its group.
void Collect(std::map<GroupKey, Group>& groups, Debt* d, v1::ActionKind kind, v1::Channel channel,
             const v1::LadderStep* step) {
  Group& g = groups[{d->creditor_id(), static_cast<int>(kind), static_cast<int>(channel)}];
  g.kind = kind;
  g.creditor_id = d->creditor_id();
  g.channel = channel;
  g.due.push_back(d);
  g.due_levels.push_back(step != nullptr ? step->level() : 0);
  g.due_offsets.push_back(step != nullptr ? step->day_offset() : 0);
  if (step != nullptr && (g.step == nullptr || step->level() > g.step->level())) g.step = step;
  if (step != nullptr) g.level = std::max(g.level, step->level());
}

void CollectDue(std::map<GroupKey, Group>& groups, Debt* d, const Debtor& debtor, Segment segment,
                const v1::DunningPolicy& policy, Day day, Outcome* out) {
  if (IsClosed(d->status())) return;
  if (const v1::Ladder* ladder = LadderFor(policy, segment, d->debtor_type()); ladder != nullptr) {
    const StepDue due = NextStep(*d, *ladder);
    if (due.step != nullptr && due.day <= day) {
      const bool allowed =
          due.step->level() == 0 ? MayCourtesy(*d, debtor, policy, day) : MayChase(*d, debtor, policy, day);
      if (allowed) {
        Collect(groups, d, KindOfStep(*due.step), due.step->channel(), due.step);
      } else if (const v1::HoldReason hold = ContactHold(*d, debtor, policy); hold != v1::HOLD_REASON_UNSPECIFIED) {
        // In the trail: the step had come and the hard rule held it back (a
        // courtesy notice whose day passed is not held, only missed).
        Decision& decision = Decide(out, *d, v1::DECISION_KIND_HELD);
        decision.action_kind = KindOfStep(*due.step);
        decision.level = due.step->level();
        decision.step_day_offset = due.step->day_offset();
        decision.hold = hold;
      }
    }
  }
  if (!d->limitation_warned() && day >= LimitationWarningDay(*d, policy)) {
    Collect(groups, d, v1::ACTION_KIND_LIMITATION_WARNING, v1::CHANNEL_UNSPECIFIED, nullptr);
  }
  v1::ActionKind order_kind = v1::ACTION_KIND_UNSPECIFIED;
  if (const Day order_day = OrderActionDay(*d, policy, &order_kind); order_day != kNoDay && day >= order_day) {
    Collect(groups, d, order_kind, v1::CHANNEL_UNSPECIFIED, nullptr);
  }
}

// Marks what the action (the last of out->actions) did on the debts that
// carried it, and for a formal notice on the other invoices it listed
// (`listed`): they are on notice too. Every one of them has the action in its
// trail.
void Record(const Group& g, const std::vector<Debt*>& listed, Day day, Outcome* out) {
  const auto action = static_cast<std::uint32_t>(out->actions.size() - 1);
  for (std::size_t i = 0; i < g.due.size(); ++i) {
    Decision& decision = Decide(out, *g.due[i], v1::DECISION_KIND_ACTION);
    decision.action_kind = g.kind;
    decision.action = action;
    decision.level = g.due_levels[i];
    decision.step_day_offset = g.due_offsets[i];
  }
  for (Debt* d : listed) {
    Decision& decision = Decide(out, *d, v1::DECISION_KIND_ACTION);
    decision.action_kind = g.kind;
    decision.action = action;
    decision.level = d->dunning_level();
    decision.listed = true;
  }
  if (g.kind == v1::ACTION_KIND_FORMAL_NOTICE) {
    for (Debt* d : listed) {
      if (IsUnset(d->formal_notice_action_date())) SetCivil(day, d->mutable_formal_notice_action_date());
      TouchDebt(out, *d);
    }
  }
  for (std::size_t i = 0; i < g.due.size(); ++i) {
    Debt* d = g.due[i];
    switch (g.kind) {
      case v1::ACTION_KIND_COURTESY_NOTICE:
        d->set_courtesy_sent(true);
        break;
      case v1::ACTION_KIND_LIMITATION_WARNING:
        d->set_limitation_warned(true);
        break;
      case v1::ACTION_KIND_ORDER_SERVICE_DUE:
        d->mutable_order()->set_service_warned(true);
        break;
      case v1::ACTION_KIND_ENFORCEABILITY_DUE:
        d->mutable_order()->set_enforceability_announced(true);
        break;
      default:
        // Each debt moves to its own step: two invoices due levels 3 and 4
        // the same day share one letter, but neither skips a step.
        d->set_action_level(std::max(d->action_level(), g.due_levels[i]));
        SetCivil(day, d->mutable_action_date());
        if (g.kind == v1::ACTION_KIND_FORMAL_NOTICE && IsUnset(d->formal_notice_action_date())) {
          SetCivil(day, d->mutable_formal_notice_action_date());
        }
        break;
    }
    TouchDebt(out, *d);
  }
}

// The action of a group; `listed` receives the other invoices a letter lists
// beside the ones whose step it carries.
v1::Action BuildAction(std::string_view debtor_key, const Group& g, const std::vector<Debt*>& open,
                       const Debtor& debtor, Segment segment, const PolicyView& view, Day day,
                       std::vector<Debt*>* listed) {
  const v1::DunningPolicy& policy = *view.policy;
  v1::Action a;
  a.set_action_id(ActionId(debtor_key, g, day));
  a.set_kind(g.kind);
  a.set_debtor_key(std::string(debtor_key));
  a.set_creditor_id(g.creditor_id);
  SetCivil(day, a.mutable_date());
  a.set_level(g.level);
  a.set_channel(g.channel);
  a.set_template_id(g.step != nullptr ? g.step->template_id() : std::string(DefaultTemplate(g.kind)));
  a.set_tone(g.step != nullptr ? g.step->tone() : v1::TONE_FORMAL);
  SetCivil(DeadlineOf(g, *g.due.front(), view, day), a.mutable_deadline());
  a.set_segment(std::string(SegmentName(segment)));
  a.set_policy_id(policy.policy_id());
  a.set_policy_version(policy.version());
  std::vector<const Debt*> covered(g.due.begin(), g.due.end());
  for (std::size_t i = 0; i < g.due.size(); ++i) {
    const Debt* d = g.due[i];
    const bool ladder = g.kind == v1::ACTION_KIND_REMINDER || g.kind == v1::ACTION_KIND_FORMAL_NOTICE ||
                        g.kind == v1::ACTION_KIND_HAND_OVER || g.kind == v1::ACTION_KIND_LEGAL;
    AddItem(a, *d, debtor, policy, day, ladder ? g.due_levels[i] : d->dunning_level());
  }
  // One letter per debtor and creditor: it lists every other overdue invoice
  // the hard rule lets us claim, at the level each has reached. A formal
  // notice leaves out the invoices already on notice: one per debt.
  if (IsLetterChannel(g.channel) && IsContact(g.kind)) {
    for (Debt* d : open) {
      if (d->creditor_id() != g.creditor_id || std::find(covered.begin(), covered.end(), d) != covered.end()) continue;
      if (!MayChase(*d, debtor, policy, day)) continue;
      if (g.kind == v1::ACTION_KIND_FORMAL_NOTICE && OnFormalNotice(*d)) continue;
      AddItem(a, *d, debtor, policy, day, d->dunning_level());
      covered.push_back(d);
      listed->push_back(d);
    }
  }
  Finish(a, covered);
  return a;
}

}  // namespace

Segment SegmentFor(const Debtor& debtor, const v1::DunningPolicy& policy) {
  return SegmentOf(debtor, SegmentThresholds::From(policy.segments()));
}

const v1::Ladder* LadderFor(const v1::DunningPolicy& policy, Segment segment, v1::DebtorType type) {
  for (const auto& ladder : policy.ladders()) {
    if (!ladder.segment().empty() && ladder.segment() != SegmentName(segment)) continue;
    if (ladder.debtor_type() != v1::DEBTOR_TYPE_UNSPECIFIED && ladder.debtor_type() != type) continue;
    return &ladder;
  }
  return nullptr;
}

bool MayChase(const Debt& d, const Debtor& debtor, const v1::DunningPolicy& policy, Day day) {
  const Day due = DayOf(d.due_date());
  if (!d.overdue() || due == kNoDay || day <= due) return false;
  return MayContactAtAll(d, debtor, policy);
}

StepDue NextStep(const Debt& d, const v1::Ladder& ladder) {
  const Day due = DayOf(d.due_date());
  if (due == kNoDay) return {};
  if (!d.overdue()) {
    if (d.courtesy_sent() || d.dunning_level() > 0) return {};
    const v1::LadderStep* courtesy = StepOfLevel(ladder, 0);
    if (courtesy == nullptr || courtesy->day_offset() > 0) return {};
    return {courtesy, due + courtesy->day_offset()};
  }
  // A debt on notice has the ladder's formal notice behind it, whatever level
  // the log gives it (a collector's own numbering, or another ladder after a
  // change of segment), and no formal notice step ahead: without this a
  // notice recorded at level 5 left the level-6 formal notice of the French
  // B2B ladder to come, a second mise en demeure days after the first.
  const bool on_notice = OnFormalNotice(d);
  const std::uint32_t notice_level = FormalNoticeLevel(ladder);
  const std::uint32_t passed = on_notice ? std::max(d.dunning_level(), notice_level) : d.dunning_level();
  const v1::LadderStep* next = nullptr;
  for (const auto& step : ladder.steps()) {
    if (on_notice && step.channel() == v1::CHANNEL_FORMAL_NOTICE) continue;
    if (step.level() > passed && step.level() >= 1 && (next == nullptr || step.level() < next->level())) {
      next = &step;
    }
  }
  if (next == nullptr || d.action_level() >= next->level()) return {};
  // Its own formal notice was produced: the next step waits for the
  // ReminderSent that says it went out, as every step does.
  if (on_notice && !d.formal_notice_sent() && notice_level > 0 && d.action_level() >= notice_level) return {};
  Day day = due + next->day_offset();
  const v1::LadderStep* previous = nullptr;
  Day last = DayOf(d.last_reminder_date());
  if (on_notice && notice_level > 0) {
    // Spaced from the notice as the ladder spaces its next step from it.
    previous = StepOfLevel(ladder, notice_level);
    last = std::max(last, DayOf(d.formal_notice_action_date()));
  } else if (d.dunning_level() > 0) {
    previous = StepOfLevel(ladder, d.dunning_level());
  }
  if (previous != nullptr && last != kNoDay) {
    day = std::max(day, last + (next->day_offset() - previous->day_offset()));
  }
  return {next, day};
}

Day LimitationDay(const Debt& d, const v1::DunningPolicy& policy) {
  Day start = DayOf(d.limitation_start());
  if (start == kNoDay) start = DayOf(d.due_date());
  return AddMonths(start, static_cast<int>(LimitationYears(policy, d.debtor_type())) * 12);
}

bool IsContactDay(const PolicyView& view, Day day) {
  if (view.policy == nullptr) return true;
  const auto& contact = view.policy->contact();
  const bool no_sunday = !contact.has_no_contact_on_sunday() || contact.no_contact_on_sunday();
  if (no_sunday && IsoWeekday(day) == 7) return false;
  return !IsHoliday(view, day);
}

std::vector<Day> ContactHolidays(const v1::PartitionMeta& meta) {
  std::vector<Day> days;
  const std::string& calendar_id = meta.policy().contact().calendar_id();
  if (calendar_id.empty()) return days;
  for (const auto& calendar : meta.calendars()) {
    if (calendar.calendar_id() != calendar_id) continue;
    for (const auto& holiday : calendar.holidays()) days.push_back(DayOf(holiday));
  }
  std::sort(days.begin(), days.end());
  return days;
}

Day NextActionDay(const Debt& d, const Debtor& debtor, const PolicyView& view) {
  if (view.policy == nullptr || IsClosed(d.status())) return kNoDay;
  const v1::DunningPolicy& policy = *view.policy;
  Day next = kNoDay;
  auto consider = [&next](Day day) {
    if (day != kNoDay && (next == kNoDay || day < next)) next = day;
  };
  if (const v1::Ladder* ladder = LadderFor(policy, SegmentFor(debtor, policy), d.debtor_type()); ladder != nullptr) {
    const StepDue due = NextStep(d, *ladder);
    if (due.step != nullptr) {
      const Day due_day = DayOf(d.due_date());
      const bool possible = due.step->level() == 0 ? MayCourtesy(d, debtor, policy, std::min(due.day, due_day - 1))
                                                   : MayChase(d, debtor, policy, std::max(due.day, due_day + 1));
      if (possible) consider(due.day);
    }
  }
  if (!d.limitation_warned()) consider(LimitationWarningDay(d, policy));
  v1::ActionKind order_kind = v1::ACTION_KIND_UNSPECIFIED;
  consider(OrderActionDay(d, policy, &order_kind));
  return next;
}

namespace {

// Sets next_action_day; true when it changed.
bool Retime(Debt& d, const Debtor& debtor, const PolicyView& view) {
  const Day next = NextActionDay(d, debtor, view);
  const Day stored = IsUnset(d.next_action_day()) ? kNoDay : DayOf(d.next_action_day());
  if (next == stored) return false;
  if (next == kNoDay) {
    d.clear_next_action_day();
  } else {
    SetCivil(next, d.mutable_next_action_day());
  }
  return true;
}

// The ladder depends on the debtor's segment: when an event or a day moves
// the debtor to another segment, every open debt is re-timed on its new
// ladder, not only the ones the event touched.
void FollowSegment(Debtor& debtor, StateAccess& access, const PolicyView& view, Outcome* out) {
  if (view.policy == nullptr) return;
  const std::string_view segment = SegmentName(SegmentFor(debtor, *view.policy));
  if (debtor.dunning_segment() == segment) return;
  debtor.set_dunning_segment(std::string(segment));
  out->debtor_touched = true;
  for (const auto& ref : debtor.open_debts()) {
    Debt* d = access.FindListedDebt(ref);
    if (d != nullptr && Retime(*d, debtor, view)) RetimedDebt(out, *d);
  }
}

}  // namespace

bool RetimeDebt(Debt& debt, const Debtor& debtor, const PolicyView& policy) { return Retime(debt, debtor, policy); }

void RefreshActionDays(Outcome* outcome, std::string_view debtor_key, StateAccess& access, const Context& context) {
  if (outcome->touched_debts.empty() && !outcome->debtor_touched) return;
  Debtor& debtor = *access.Debtor(debtor_key);
  for (Debt* d : outcome->touched_debts) Retime(*d, debtor, context.policy);
  if (outcome->debtor_touched) FollowSegment(debtor, access, context.policy, outcome);
}

void ReviewDebtor(std::string_view debtor_key, StateAccess& access, Day day, const PolicyView& view, Outcome* out) {
  if (view.policy == nullptr) return;
  const v1::DunningPolicy& policy = *view.policy;
  Debtor& debtor = *access.Debtor(debtor_key);
  const Segment segment = SegmentFor(debtor, policy);
  std::vector<Debt*> open;
  for (const auto& ref : debtor.open_debts()) {
    if (Debt* d = access.FindListedDebt(ref); d != nullptr) open.push_back(d);
  }
  std::map<GroupKey, Group> groups;
  for (Debt* d : open) CollectDue(groups, d, debtor, segment, policy, day, out);

  std::vector<const Group*> order;
  for (const auto& [key, g] : groups) order.push_back(&g);
  std::stable_sort(order.begin(), order.end(), [](const Group* a, const Group* b) {
    return std::make_tuple(-Severity(a->kind), -static_cast<std::int64_t>(a->level)) <
           std::make_tuple(-Severity(b->kind), -static_cast<std::int64_t>(b->level));
  });
  const auto& contact = policy.contact();
  const unsigned cap = contact.has_max_contacts_per_week() ? contact.max_contacts_per_week() : kMaxContactsPerWeek;
  const unsigned cooldown = contact.has_cooldown_days() ? contact.cooldown_days() : kCooldownDays;
  int contacts_this_week = 0;
  const Day last_contact = ContactsLastWeek(debtor, day, &contacts_this_week);
  // What holds today's contacts back from the start, if anything (else the
  // week's cap, once today's contacts have used it up).
  v1::HoldReason contact_hold = v1::HOLD_REASON_UNSPECIFIED;
  if (!IsContactDay(view, day)) {
    contact_hold = IsHoliday(view, day) ? v1::HOLD_REASON_HOLIDAY : v1::HOLD_REASON_SUNDAY;
  } else if (last_contact != kNoDay && day - last_contact < static_cast<Day>(cooldown)) {
    contact_hold = v1::HOLD_REASON_COOLDOWN;
  }
  int allowed =
      contact_hold != v1::HOLD_REASON_UNSPECIFIED ? 0 : std::max(0, static_cast<int>(cap) - contacts_this_week);
  // The steps of a group not produced today are in its debts' trails.
  const auto hold_group = [out](const Group& g, v1::HoldReason hold) {
    for (std::size_t i = 0; i < g.due.size(); ++i) {
      Decision& decision = Decide(out, *g.due[i], v1::DECISION_KIND_HELD);
      decision.action_kind = g.kind;
      decision.level = g.due_levels[i];
      decision.step_day_offset = g.due_offsets[i];
      decision.hold = hold;
    }
  };
  std::size_t produced = 0;
  for (const Group* g : order) {
    if (produced == kActionsPerDebtorDayMax) {
      hold_group(*g, v1::HOLD_REASON_DAILY_MAX);
      continue;
    }
    if (IsContact(g->kind)) {
      if (allowed == 0) {  // Deferred: the debts stay due and are looked at again tomorrow.
        hold_group(*g, contact_hold != v1::HOLD_REASON_UNSPECIFIED ? contact_hold : v1::HOLD_REASON_WEEKLY_CAP);
        continue;
      }
      --allowed;
      SetCivil(day, debtor.add_contact_dates());
      out->debtor_touched = true;
    }
    std::vector<Debt*> listed;
    out->actions.push_back(BuildAction(debtor_key, *g, open, debtor, segment, view, day, &listed));
    Record(*g, listed, day, out);
    ++produced;
  }
  if (debtor.contact_dates_size() > static_cast<int>(kContactDatesPerDebtorMax)) {
    debtor.mutable_contact_dates()->DeleteSubrange(
        0, debtor.contact_dates_size() - static_cast<int>(kContactDatesPerDebtorMax));
  }
  if (debtor.dunning_segment() != SegmentName(segment)) {
    debtor.set_dunning_segment(std::string(SegmentName(segment)));
    out->debtor_touched = true;
  }
  for (Debt* d : open) {
    if (Retime(*d, debtor, view)) RetimedDebt(out, *d);
  }
}

}  // namespace relance::core
