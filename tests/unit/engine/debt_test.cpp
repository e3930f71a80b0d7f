// core::Debt and core::Debtor, the working states: they must give back the
// stored bytes they were read from (the digest is over those bytes), whatever
// the state holds.
#include "engine/core/debt.h"

#include <google/protobuf/unknown_field_set.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "engine/codec/event_codec.h"
#include "engine/core/debtor.h"
#include "engine/replay/replayer.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

// Replays a golden log (tests/golden/) into `db` and returns the store.
std::unique_ptr<store::Store> ReplayGoldenLog(const std::string& db, const std::string& log, std::uint32_t partitions) {
  store::StoreOptions store_options;
  store_options.bulk = true;
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(db, store_options, &store).ok());
  replay::ReplayOptions options;
  options.input = std::string(RELANCE_SOURCE_DIR) + "/tests/golden/" + log;
  options.format = codec::FormatForPath(log);
  options.partitions = partitions;
  options.threads = 1;
  options.rejections_logged_max = 0;
  options.projection_sink_factory = projections::ProjectorFactory();
  replay::ReplayStats stats;
  const Status replayed = replay::Replay(store.get(), options, &stats);
  INFO(replayed.ToString());
  REQUIRE(replayed.ok());
  return store;
}

v1::DebtState SampleState() {
  v1::DebtState state;
  state.set_debt_id("D-0001");
  state.set_debtor_key("DR-1");
  state.set_currency("EUR");
  state.set_issued_minor(12'000);
  state.set_balance_minor(12'000);
  state.set_status(v1::DEBT_STATUS_OVERDUE);
  state.mutable_due_date()->set_year(2026);
  state.mutable_due_date()->set_month(3);
  state.mutable_due_date()->set_day(31);
  return state;
}

}  // namespace

TEST_CASE("every debt state of the golden logs comes back through core::Debt as the same bytes", "[core][debt]") {
  TempDir dir;
  int states = 0, with_plan = 0, with_dispute = 0, with_promise = 0, with_payments = 0, with_contacts = 0;
  int debtors_seen = 0, with_open_debts = 0, with_contact_dates = 0, with_credit = 0;
  for (const auto& [log, partitions] : {std::pair<std::string, std::uint32_t>{"mixed-p64.pb", 64},
                                        std::pair<std::string, std::uint32_t>{"policy-midway-p64.jsonl", 64}}) {
    CAPTURE(log);
    auto store = ReplayGoldenLog(dir.Sub(log), log, partitions);
    auto it = store->NewIterator(store::Family::kDebt);
    v1::DebtState scratch;  // Reused, as the state cache does: nothing may leak from one state to the next.
    core::Debt debt;
    std::string bytes;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      const std::string stored = it->value().ToString();
      CAPTURE(it->key().ToString());
      REQUIRE(debt.ParseFrom(stored, &scratch));
      debt.SerializeTo(&bytes, &scratch);
      REQUIRE(bytes == stored);
      // Lent and restored: the lists are back in the state.
      REQUIRE(debt.SerializeAsString() == stored);
      const core::Debt copy = debt;
      REQUIRE(copy.SerializeAsString() == stored);
      ++states;
      with_plan += debt.has_plan();
      with_dispute += debt.has_dispute();
      with_promise += debt.has_promise();
      with_payments += debt.payments_size() > 0;
      with_contacts += debt.contacts_size() > 0;
    }
    REQUIRE(it->status().ok());
    auto debtors = store->NewIterator(store::Family::kDebtor);
    v1::DebtorState debtor_scratch;
    core::Debtor debtor;
    for (debtors->SeekToFirst(); debtors->Valid(); debtors->Next()) {
      const std::string stored = debtors->value().ToString();
      CAPTURE(debtors->key().ToString());
      REQUIRE(debtor.ParseFrom(stored, &debtor_scratch));
      debtor.SerializeTo(&bytes, &debtor_scratch);
      REQUIRE(bytes == stored);
      REQUIRE(debtor.SerializeAsString() == stored);
      ++debtors_seen;
      with_open_debts += debtor.open_debts_size() > 1;
      with_contact_dates += debtor.contact_dates_size() > 0;
      with_credit += debtor.credit_size() > 0;
    }
    REQUIRE(debtors->status().ok());
  }
  // The logs reach every part of a state that is held apart.
  CAPTURE(states, with_plan, with_dispute, with_promise, with_payments, with_contacts);
  REQUIRE(states > 1000);
  REQUIRE(with_plan > 0);
  REQUIRE(with_dispute > 0);
  REQUIRE(with_promise > 0);
  REQUIRE(with_payments > 0);
  REQUIRE(with_contacts > 0);
  CAPTURE(debtors_seen, with_open_debts, with_contact_dates, with_credit);
  REQUIRE(debtors_seen > 100);
  REQUIRE(with_open_debts > 0);
  REQUIRE(with_contact_dates > 0);
  REQUIRE(with_credit > 0);
}

TEST_CASE("a debtor's open debts and contact days keep their order, presence and unset dates", "[core][debtor]") {
  v1::DebtorState state;
  state.set_debtor_key("DR-1");
  v1::OpenDebtRef* first = state.add_open_debts();
  first->set_debt_id("D-2");
  SetCivil(DaysFromCivil(2026, 1, 31), first->mutable_due_date());
  first->set_currency("EUR");
  state.add_open_debts()->set_debt_id("D-1");  // No due date: absent.
  state.add_open_debts()->mutable_due_date();  // Present but unset.
  SetCivil(DaysFromCivil(2026, 2, 2), state.add_contact_dates());
  state.add_contact_dates();  // Empty.
  state.mutable_first_seen();
  state.GetReflection()->MutableUnknownFields(&state)->AddFixed64(777, 42);
  const std::string stored = state.SerializeAsString();

  core::Debtor debtor;
  REQUIRE(debtor.ParseFromString(stored));
  REQUIRE(debtor.open_debts_size() == 3);
  REQUIRE(debtor.open_debts(0).debt_id() == "D-2");
  REQUIRE(debtor.open_debts(0).due_date().day() == DaysFromCivil(2026, 1, 31));
  REQUIRE_FALSE(debtor.open_debts(1).due_date().present());
  REQUIRE(debtor.open_debts(2).due_date().present());
  REQUIRE(debtor.contact_dates(0).day() == DaysFromCivil(2026, 2, 2));
  REQUIRE(debtor.contact_dates(1).day() == kNoDay);
  REQUIRE(debtor.SerializeAsString() == stored);

  // Shorter lists are written shorter through a scratch message that held
  // longer ones.
  v1::DebtorState scratch;
  std::string bytes;
  REQUIRE(debtor.ParseFrom(stored, &scratch));
  debtor.mutable_open_debts()->DeleteSubrange(0, 2);
  debtor.mutable_contact_dates()->DeleteSubrange(0, 1);
  debtor.SerializeTo(&bytes, &scratch);
  v1::DebtorState back;
  REQUIRE(back.ParseFromString(bytes));
  REQUIRE(back.open_debts_size() == 1);
  REQUIRE(back.contact_dates_size() == 1);
  REQUIRE(back.GetReflection()->GetUnknownFields(back).field_count() == 1);

  v1::DebtorState damaged = state;
  damaged.mutable_contact_dates(0)->set_month(13);
  REQUIRE_FALSE(debtor.ParseFromString(damaged.SerializeAsString()));
}

TEST_CASE("a date present but unset, and fields this binary does not know, are written back as they came",
          "[core][debt]") {
  v1::DebtState state = SampleState();
  state.mutable_closed_on();  // Present, empty: two bytes on the wire.
  google::protobuf::UnknownFieldSet* unknown = state.GetReflection()->MutableUnknownFields(&state);
  unknown->AddVarint(900, 7);
  unknown->AddLengthDelimited(901, "from a newer writer");
  const std::string stored = state.SerializeAsString();

  core::Debt debt;
  REQUIRE(debt.ParseFromString(stored));
  REQUIRE(debt.has_closed_on());
  REQUIRE(debt.closed_on().day() == kNoDay);
  REQUIRE_FALSE(debt.has_last_payment_date());
  REQUIRE(debt.due_date().day() == DaysFromCivil(2026, 3, 31));
  REQUIRE(debt.SerializeAsString() == stored);

  // Cleared, the date leaves the bytes; set to a day, it is that day.
  debt.clear_closed_on();
  v1::DebtState back = debt.ToProto();
  REQUIRE_FALSE(back.has_closed_on());
  SetCivil(DaysFromCivil(2026, 4, 2), debt.mutable_closed_on());
  back = debt.ToProto();
  REQUIRE(back.closed_on().year() == 2026);
  REQUIRE(back.closed_on().month() == 4);
  REQUIRE(back.closed_on().day() == 2);
  REQUIRE(back.GetReflection()->GetUnknownFields(back).field_count() == 2);
}

// A newer writer may add fields inside list elements too (a payment, a
// contact, an open debt...): an older binary that rewrites the state must
// keep them, element by element, even when it changes the element or the
// list around it, and a scratch message reused for another state must not
// carry them over.
TEST_CASE("fields this binary does not know inside list elements are written back with their element",
          "[core][debt][debtor]") {
  auto mark = [](google::protobuf::Message* element, int number) {
    element->GetReflection()->MutableUnknownFields(element)->AddLengthDelimited(number, "newer");
  };
  auto unknown_count = [](const google::protobuf::Message& element) {
    return element.GetReflection()->GetUnknownFields(element).field_count();
  };

  v1::DebtState state = SampleState();
  v1::PaymentShare* share = state.add_payments();
  share->set_payment_id("P-1");
  share->set_amount_minor(500);
  mark(share, 901);
  state.add_payments()->set_payment_id("P-2");
  mark(state.add_contacts(), 902);
  mark(state.add_interest_suspended(), 903);
  mark(state.add_credit_applications(), 904);
  const std::string stored = state.SerializeAsString();
  core::Debt debt;
  REQUIRE(debt.ParseFromString(stored));
  REQUIRE(debt.SerializeAsString() == stored);
  // Changed, the element keeps them; the one before it goes, they go with it.
  debt.mutable_payments(0)->set_reversed(true);
  v1::DebtState back = debt.ToProto();
  REQUIRE(back.payments(0).reversed());
  REQUIRE(unknown_count(back.payments(0)) == 1);
  REQUIRE(unknown_count(back.payments(1)) == 0);
  REQUIRE(unknown_count(back.contacts(0)) == 1);
  REQUIRE(unknown_count(back.interest_suspended(0)) == 1);
  REQUIRE(unknown_count(back.credit_applications(0)) == 1);
  debt.mutable_payments()->DeleteSubrange(0, 1);
  v1::DebtState scratch;
  std::string bytes;
  debt.SerializeTo(&bytes, &scratch);
  REQUIRE(back.ParseFromString(bytes));
  REQUIRE(back.payments_size() == 1);
  REQUIRE(back.payments(0).payment_id() == "P-2");
  REQUIRE(unknown_count(back.payments(0)) == 0);
  // The scratch that held them serialises a state without any.
  core::Debt plain;
  REQUIRE(plain.ParseFromString(SampleState().SerializeAsString()));
  plain.add_payments()->set_payment_id("P-9");
  plain.SerializeTo(&bytes, &scratch);
  REQUIRE(back.ParseFromString(bytes));
  REQUIRE(unknown_count(back.payments(0)) == 0);

  v1::DebtorState debtor_state;
  debtor_state.set_debtor_key("DR-1");
  v1::OpenDebtRef* open = debtor_state.add_open_debts();
  open->set_debt_id("D-1");
  mark(open, 911);
  debtor_state.add_open_debts()->set_debt_id("D-2");
  v1::Money* credit = debtor_state.add_credit();
  credit->set_currency("EUR");
  mark(credit, 912);
  v1::PaymentRecord* payment = debtor_state.add_payments();
  payment->set_payment_id("P-1");
  mark(payment, 913);
  mark(payment->add_allocations(), 914);
  mark(debtor_state.add_late_days(), 915);
  const std::string debtor_stored = debtor_state.SerializeAsString();
  core::Debtor debtor;
  REQUIRE(debtor.ParseFromString(debtor_stored));
  REQUIRE(debtor.SerializeAsString() == debtor_stored);
  // Open debts are written into the scratch's elements in place: the one
  // that moves to the first place must not inherit the first's fields.
  v1::DebtorState debtor_scratch;
  debtor.SerializeTo(&bytes, &debtor_scratch);
  REQUIRE(bytes == debtor_stored);
  debtor.mutable_open_debts()->DeleteSubrange(0, 1);
  debtor.SerializeTo(&bytes, &debtor_scratch);
  v1::DebtorState debtor_back;
  REQUIRE(debtor_back.ParseFromString(bytes));
  REQUIRE(debtor_back.open_debts_size() == 1);
  REQUIRE(debtor_back.open_debts(0).debt_id() == "D-2");
  REQUIRE(unknown_count(debtor_back.open_debts(0)) == 0);
  REQUIRE(unknown_count(debtor_back.credit(0)) == 1);
  REQUIRE(unknown_count(debtor_back.payments(0)) == 1);
  REQUIRE(unknown_count(debtor_back.payments(0).allocations(0)) == 1);
  REQUIRE(unknown_count(debtor_back.late_days(0)) == 1);
}

TEST_CASE("a stored debt with an invalid date is refused as damaged", "[core][debt]") {
  v1::DebtState state = SampleState();
  state.mutable_due_date()->set_day(32);
  core::Debt debt;
  REQUIRE_FALSE(debt.ParseFromString(state.SerializeAsString()));
  state.mutable_due_date()->set_day(30);
  state.mutable_due_date()->set_month(2);  // 2026-02-30.
  REQUIRE_FALSE(debt.ParseFromString(state.SerializeAsString()));
  REQUIRE_FALSE(debt.ParseFromString(std::string("\xff\xff\xff", 3)));
  state.mutable_due_date()->set_day(28);
  REQUIRE(debt.ParseFromString(state.SerializeAsString()));
}

TEST_CASE("a copied debt owns its optional parts", "[core][debt]") {
  core::Debt debt;
  debt.mutable_plan()->set_plan_id("P1");
  debt.mutable_plan()->add_instalments()->mutable_amount()->set_amount_minor(500);
  core::Debt copy = debt;
  copy.mutable_plan()->set_plan_id("P2");
  copy.clear_dispute();
  REQUIRE(debt.plan().plan_id() == "P1");
  REQUIRE(copy.plan().plan_id() == "P2");
  REQUIRE(copy.plan().instalments_size() == 1);
  copy = debt;
  REQUIRE(copy.plan().plan_id() == "P1");
  // An absent part reads as the default message and is not created by a read.
  REQUIRE(debt.dispute().disputed_minor() == 0);
  REQUIRE_FALSE(debt.has_dispute());
  debt.clear_plan();
  REQUIRE_FALSE(debt.has_plan());
  REQUIRE(copy.has_plan());
}

}  // namespace relance::testing
