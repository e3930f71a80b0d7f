// Building blocks of the core's working state (debt.h): a date held as a day
// number, and an optional message held by pointer. Both keep what the stored
// protobuf bytes can say, so that a state read from the store and written
// back is the same bytes (the digest is over those bytes).
//
// Thread safety: plain values; no shared state.
#pragma once

#include <memory>
#include <optional>

#include "engine/core/civil_date.h"

namespace relance::core {

// A date field of a working state: a day number instead of a CivilDate
// message. Besides a day it is either absent (no field on the wire) or
// present but unset (an empty CivilDate on the wire: what SetCivil(kNoDay,
// ...) leaves), which reads as kNoDay like absent but is written back as it
// was.
class DateField {
 public:
  DateField() = default;
  // The day, kNoDay when absent or unset.
  Day day() const { return value_ < kFirstDay ? kNoDay : value_; }
  bool present() const { return value_ != kAbsent; }
  // kNoDay makes the field present but unset, as SetCivil does to a message.
  void Set(Day day) { value_ = day == kNoDay ? kUnset : day; }
  void Clear() { value_ = kAbsent; }
  // A CivilDate message with the same content (empty when absent or unset).
  v1::CivilDate ToCivil() const { return relance::ToCivil(day()); }
  operator v1::CivilDate() const { return ToCivil(); }  // NOLINT: stands in for the message it replaced.
  // An invalid date cannot be held: callers validate first (FromCivil).
  DateField& operator=(const v1::CivilDate& date) {
    const std::optional<Day> day = relance::ToDay(date);
    Set(day.value_or(kNoDay));
    return *this;
  }
  // False when `date` is set but not a valid date within the engine's range.
  [[nodiscard]] bool FromCivil(const v1::CivilDate& date) {
    const std::optional<Day> day = relance::ToDay(date);
    if (!day) return false;
    Set(*day);
    return true;
  }
  bool operator==(const DateField& other) const = default;

 private:
  static constexpr Day kAbsent = kNoDay;
  static constexpr Day kUnset = kNoDay + 1;
  static constexpr Day kFirstDay = kNoDay + 2;
  Day value_ = kAbsent;
};

// An optional message of a working state, held by pointer: most states never
// have one (a dispute, a plan, an order for payment), so it costs a pointer
// until it does. Copies are deep. Reads of an absent one see the default
// instance, as with a protobuf message field.
template <typename Message>
class Boxed {
 public:
  Boxed() = default;
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<Message>(*other.value_) : nullptr) {}
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<Message>(*other.value_) : nullptr;
    return *this;
  }
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(Boxed&&) noexcept = default;

  bool has() const { return value_ != nullptr; }
  const Message& get() const { return value_ ? *value_ : Message::default_instance(); }
  Message* mutable_get() {
    if (!value_) value_ = std::make_unique<Message>();
    return value_.get();
  }
  void Clear() { value_.reset(); }
  // Takes the message out of `from`'s field (swap, no copy of its content).
  void TakeFrom(Message* from) { mutable_get()->Swap(from); }

 private:
  std::unique_ptr<Message> value_;
};

}  // namespace relance::core

namespace relance {

// The same calls as for a CivilDate message, so that code reading dates
// reads either (beside them, so that one lookup finds both).
inline std::optional<Day> ToDay(const core::DateField& date) { return date.day(); }
inline bool IsUnset(const core::DateField& date) { return date.day() == kNoDay; }
inline void SetCivil(Day day, core::DateField* out) { out->Set(day); }

}  // namespace relance
