// The pure core: applies one event to the states it concerns and says what
// changed. No I/O, no clock, no globals: the same states, event and policy
// always give the same result.
//
// The shell (replay, Kafka runtime) owns the states and lends them through
// StateAccess; the core never keeps a pointer beyond one call. A rejected
// event changes nothing: every check runs before the first write.
//
// Thread safety: Apply and CloseDay are reentrant; callers serialise access to
// one partition's states.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/debt.h"
#include "engine/core/debtor.h"
#include "relance/v1/actions.pb.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/outcomes.pb.h"
#include "relance/v1/policy.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::core {

// What the core may read and write. Pointers stay valid until the end of the
// current Apply/CloseDay call, and a day's due debts (day_close.h) until the
// day's CloseDebtorDay calls are over: an implementation keeps its states in
// place (node-based maps) and drops none before that.
class StateAccess {
 public:
  virtual ~StateAccess() = default;
  // nullptr when the debt does not exist.
  virtual Debt* FindDebt(std::string_view debt_id) = 0;
  // FindDebt of a debt a debtor lists: the shell may keep where it found it
  // in `ref`'s hint, and skip hashing the id next time.
  virtual Debt* FindListedDebt(const OpenDebt& ref) { return FindDebt(ref.debt_id()); }
  // REQUIRES: FindDebt(debt_id) == nullptr. Returns an empty state.
  virtual Debt* CreateDebt(std::string_view debt_id) = 0;
  // Never nullptr: an unknown debtor comes back empty.
  virtual core::Debtor* Debtor(std::string_view debtor_key) = 0;
};

// The rules in force, resolved from a DunningPolicy (or built-in defaults).
// The pointers stay valid for one Apply/CloseDay call (they point into the
// partition record the shell owns).
struct PolicyView {
  int promise_grace_days = 3;
  int instalment_grace_days = 5;
  // How far one DayClosed may move the business date (calendar days): a
  // week holds a weekend next to a long holiday weekend, while a typo in the
  // year or month is months or centuries away.
  int day_close_step_days_max = 7;
  // The whole policy, for dunning (ladders, interest, contact rules);
  // nullptr: no policy published yet, so no dunning actions.
  const v1::DunningPolicy* policy = nullptr;
  // Public holidays in force (CalendarPublished), or nullptr.
  const google::protobuf::RepeatedPtrField<v1::CalendarPublished>* calendars = nullptr;
  // The holidays of the policy's contact calendar as sorted day numbers
  // (ContactHolidays), or nullptr: IsContactDay then reads `calendars`. A
  // writer keeps them per partition, since a look through the calendar
  // messages on every debtor review was a tenth of a DayClosed.
  const std::vector<Day>* contact_holidays = nullptr;

  static PolicyView From(const v1::DunningPolicy& policy);
  static PolicyView From(const v1::PartitionMeta& meta);
};

// What the shell found in the store, for the event at hand, among the ids
// its debtor's idempotency windows have forgotten (Outcome::forgotten). The
// core does no I/O: the shell looks them up before the call, and only for a
// debtor whose windows ever overflowed (DebtorState.ids_forgotten > 0).
struct Recall {
  bool event_id_seen = false;    // Fnv1a64(event_id) left the debtor's window.
  bool payment_id_seen = false;  // The payment id left the debtor's payments.
};

// Where the partition stands in time.
struct Context {
  Day business_date = kNoDay;  // The last closed business day; kNoDay before the first.
  PolicyView policy;
  Recall recall;
};

// An id that left a debtor's idempotency window during the call. The shell
// keeps it in the store, in the same commit as the debtor's state, so that a
// redelivery is recognised however long ago the id was seen.
struct ForgottenId {
  enum class Kind : std::uint8_t { kEventHash, kPaymentId };
  Kind kind = Kind::kEventHash;
  std::uint64_t event_hash = 0;  // kEventHash: Fnv1a64 of the event id.
  std::string payment_id;        // kPaymentId.
};

// One move of a debt's balance (v1::BalanceChange without the debt's id):
// every change of balance_minor the core makes is one of these, in order, so
// the balances of Outcome::touched_debts after the call are their balances
// before it plus their changes.
// Why (v1::BalanceCause, whose numbers these are).
enum class BalanceCause : std::uint8_t {
  kUnspecified = 0,  // Only in a stored record this binary does not know.
  kInvoice = 1,
  kPayment = 2,
  kDiscount = 3,
  kReversal = 4,
  kDiscountUndone = 5,
  kCredit = 6,
  kCreditApplied = 7,
};

struct BalanceChange {
  std::uint32_t debt = 0;  // Index in Outcome::touched_debts.
  BalanceCause cause = BalanceCause::kUnspecified;
  Day day = kNoDay;
  std::int64_t delta_minor = 0;
  std::int64_t cash_minor = 0;
};

// One decision about one debt (v1::Decision without what the shell can find
// elsewhere): a status change, an action that carries the debt, or a ladder
// step that fell due and was held back, and why.
struct Decision {
  std::uint32_t debt = 0;  // Index in Outcome::touched_debts.
  v1::DecisionKind kind = v1::DECISION_KIND_UNSPECIFIED;
  v1::DebtStatus from = v1::DEBT_STATUS_UNSPECIFIED;  // TRANSITION.
  v1::DebtStatus to = v1::DEBT_STATUS_UNSPECIFIED;
  std::string detail;
  v1::ActionKind action_kind = v1::ACTION_KIND_UNSPECIFIED;  // ACTION, HELD.
  std::uint32_t level = 0;
  std::uint32_t action = 0;  // ACTION: index in Outcome::actions.
  std::int32_t step_day_offset = 0;
  bool listed = false;
  v1::HoldReason hold = v1::HOLD_REASON_UNSPECIFIED;  // HELD.
};

// The result of one call. Reused across calls: Reset() keeps the capacity.
struct Outcome {
  bool accepted = false;
  v1::Rejection rejection;                  // Set when !accepted.
  std::vector<v1::Transition> transitions;  // Status changes, in order.
  // Debts whose state changed (deduplicated), as the StateAccess gave them:
  // the shell finds its entries by these pointers, without a key to hash.
  // They point at the shell's states, valid for as long as it keeps them in
  // place (the state cache: until the commit after which it may evict).
  std::vector<Debt*> touched_debts;
  std::vector<BalanceChange> balance_changes;  // In the order they were made.
  // What was decided about each touched debt, in order (the decision trail).
  // Reused: only the first `decisions_used` are this call's.
  std::vector<Decision> decisions;
  std::size_t decisions_used = 0;
  // Debts whose next action day alone changed (a new segment, a new policy):
  // saved and re-timed, but the event is not theirs, so no history entry.
  std::vector<Debt*> retimed_debts;
  bool debtor_touched = false;
  int transitions_used = 0;  // Valid prefix of `transitions` (they are reused).
  // The status changes decided, kept as messages or not.
  int transition_count = 0;
  // Whether the status changes are written into `transitions`: the shell
  // says no when nothing consumes them (a replay without outputs), and the
  // core then only counts them. Not changed by Reset.
  bool keep_transitions = true;
  std::vector<v1::Action> actions;  // Produced by a DayClosed's review (dunning.h).
  // Ids that left the debtor's windows (of the event's debtor_key).
  std::vector<ForgottenId> forgotten;

  void Reset();
  const v1::Transition* begin() const { return transitions.data(); }
  const v1::Transition* end() const { return transitions.data() + transitions_used; }
};

// Marks a debt as changed by the current call: listed once in
// out->touched_debts, and its history grows by one entry. Returns its index
// there.
std::uint32_t TouchDebt(Outcome* out, Debt& debt);
// Moves the debt's balance by `delta_minor` and records why
// (out->balance_changes); touches the debt.
void ChangeBalance(Outcome* out, Debt& debt, BalanceCause cause, Day day, std::int64_t delta_minor,
                   std::int64_t cash_minor = 0);

// A balance change as stored in a history entry (without its debt), and back
// (for the debt at index `debt`; a record whose date is invalid gets kNoDay).
void ToRecord(const BalanceChange& change, v1::BalanceChange* record);
BalanceChange FromRecord(const v1::BalanceChange& record, std::uint32_t debt);
// Marks a debt as re-timed by the current call (Outcome::retimed_debts).
void RetimedDebt(Outcome* out, Debt& debt);
// A new decision about `debt` (touched), with its kind set.
Decision& Decide(Outcome* out, Debt& debt, v1::DecisionKind kind);

// Applies a debt- or debtor-level event (everything but DayClosed and
// PolicyPublished, which are partition-level: see ApplyPartitionEvent).
void Apply(const v1::Event& event, const Context& context, StateAccess& access, Outcome* out);

// Partition-level events: DayClosed moves the business date forward,
// PolicyPublished replaces the policy in force, CalendarPublished the
// holidays of one calendar. Rejections as for Apply.
void ApplyPartitionEvent(const v1::Event& event, v1::PartitionMeta& meta, Outcome* out);

// The time-driven part of a DayClosed for one debt whose review date has come:
// overdue, broken promises, missed instalments. REQUIRES: day != kNoDay.
void CloseDay(Debt& debt, Debtor& debtor, Day day, const PolicyView& policy, Outcome* out);

// The next day a DayClosed must look at this debt, kNoDay if none.
Day NextReviewDay(const Debt& debt, const PolicyView& policy);
// NextReviewDay, but never on or before the last closed day: a review that is
// already due waits for the next DayClosed. So every timer lies after the
// business date, and a DayClosed reads only the days it closes.
Day ScheduledReviewDay(const Debt& debt, const Context& context);

// The status an open debt has given its flags (the precedence of the
// transition table; see docs/state-machine.md).
v1::DebtStatus DeriveOpenStatus(const Debt& debt);
bool IsClosed(v1::DebtStatus status);

// Checks the money invariants of a debt; empty string when they hold.
std::string CheckDebtInvariants(const Debt& debt);

}  // namespace relance::core
