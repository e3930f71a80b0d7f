// The live projector's working row (projections/debt_row.h): read from the
// stored bytes and written back, it gives the same bytes, fields of a newer
// writer included, at the row's level and inside its deltas and contacts;
// a scratch message reused for another row carries nothing over.
#include "projections/debt_row.h"

#include <google/protobuf/unknown_field_set.h>

#include <catch2/catch.hpp>
#include <string>

namespace relance::projections {
namespace {

pb::DebtRow SampleRow() {
  pb::DebtRow row;
  row.set_debt_id("INV-2026-0001");
  row.set_creditor_id("creditor-with-a-long-name-beyond-inline");
  row.set_debtor_key("DEBTOR-7");
  row.set_currency("EUR");
  row.set_issue_day(20'500);
  row.set_due_day(20'530);
  row.set_issued_minor(120'000);
  row.set_balance_minor(70'000);
  row.set_outstanding_minor(70'000);
  row.set_closed_paid(true);
  for (auto [day, delta] : {std::pair{20'500, 120'000}, {20'540, -50'000}}) {
    pb::BalanceDelta* d = row.add_deltas();
    d->set_day(day);
    d->set_delta_minor(delta);
  }
  pb::StepContact* c = row.add_contacts();
  c->set_level(2);
  c->set_channel(3);
  c->set_day(20'535);
  c->set_paid_30_counted(true);
  return row;
}

int UnknownCount(const google::protobuf::Message& message) {
  return message.GetReflection()->GetUnknownFields(message).field_count();
}

void Mark(google::protobuf::Message* message, int number) {
  message->GetReflection()->MutableUnknownFields(message)->AddLengthDelimited(number, "newer");
}

TEST_CASE("a working debt row written back gives the stored bytes, unknown fields included", "[projections][row]") {
  pb::DebtRow stored = SampleRow();
  Mark(&stored, 900);
  Mark(stored.mutable_deltas(1), 901);
  Mark(stored.mutable_contacts(0), 902);
  const std::string bytes = stored.SerializeAsString();

  pb::DebtRow scratch;
  DebtRowState row;
  REQUIRE(row.ParseFrom(bytes, &scratch));
  REQUIRE(row.debt_id() == "INV-2026-0001");
  REQUIRE(row.due_day() == 20'530);
  REQUIRE(row.deltas_size() == 2);
  REQUIRE(row.deltas(1).delta_minor() == -50'000);
  REQUIRE(row.contacts(0).paid_30_counted());
  REQUIRE_FALSE(row.contacts(0).paid_7_counted());
  std::string back;
  row.SerializeTo(&back, &scratch);
  REQUIRE(back == bytes);

  // Changed, the element keeps its own; the one dropped takes its with it.
  row.mutable_deltas(1)->set_delta_minor(-40'000);
  row.mutable_deltas()->DeleteSubrange(0, 1);
  row.SerializeTo(&back, &scratch);
  pb::DebtRow parsed;
  REQUIRE(parsed.ParseFromString(back));
  REQUIRE(parsed.deltas_size() == 1);
  REQUIRE(parsed.deltas(0).delta_minor() == -40'000);
  REQUIRE(UnknownCount(parsed.deltas(0)) == 1);
  REQUIRE(UnknownCount(parsed.contacts(0)) == 1);
  REQUIRE(UnknownCount(parsed) == 1);

  // The same scratch for a row this binary made: nothing carried over.
  DebtRowState plain;
  plain.set_debt_id("INV-2");
  plain.add_deltas()->set_day(20'600);
  plain.mutable_deltas(0)->set_delta_minor(10);
  plain.add_contacts()->set_level(1);
  plain.SerializeTo(&back, &scratch);
  REQUIRE(parsed.ParseFromString(back));
  REQUIRE(UnknownCount(parsed) == 0);
  REQUIRE(UnknownCount(parsed.deltas(0)) == 0);
  REQUIRE(UnknownCount(parsed.contacts(0)) == 0);
  REQUIRE(parsed.deltas(0).day() == 20'600);
  REQUIRE(parsed.creditor_id().empty());
}

TEST_CASE("a working debt row with every field at zero is written as an empty row", "[projections][row]") {
  pb::DebtRow scratch = SampleRow();  // Filled by another row before.
  std::string back = "not empty";
  DebtRowState().SerializeTo(&back, &scratch);
  REQUIRE(back.empty());
  DebtRowState row;
  REQUIRE(row.ParseFrom(back, &scratch));
  REQUIRE(row.deltas_size() == 0);
  REQUIRE_FALSE(row.ParseFrom("\xff\xff\xff", &scratch));
}

}  // namespace
}  // namespace relance::projections
