// Building blocks of the core's working state (debt.h): a date held as a day
// number, and an optional message held by pointer. Both keep what the stored
// protobuf bytes can say, so that a state read from the store and written
// back is the same bytes (the digest is over those bytes).
//
// Thread safety: plain values; no shared state.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/civil_date.h"

namespace google::protobuf {
class Message;
}

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
  // Explicit: a conversion back to a message in a rule is a cost to see.
  explicit operator v1::CivilDate() const { return ToCivil(); }
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

// Bytes that are almost always empty (a list element's unknown fields),
// held by pointer: a pointer's size until there are some. Copies are deep;
// equal when their bytes are.
class RareBytes {
 public:
  RareBytes() = default;
  RareBytes(const RareBytes& other) : bytes_(other.bytes_ ? std::make_unique<std::string>(*other.bytes_) : nullptr) {}
  RareBytes& operator=(const RareBytes& other) {
    if (this != &other) bytes_ = other.bytes_ ? std::make_unique<std::string>(*other.bytes_) : nullptr;
    return *this;
  }
  RareBytes(RareBytes&&) noexcept = default;
  RareBytes& operator=(RareBytes&&) noexcept = default;
  bool operator==(const RareBytes& other) const { return get() == other.get(); }

  const std::string& get() const {
    static const std::string kEmpty;
    return bytes_ ? *bytes_ : kEmpty;
  }
  void set(std::string bytes) {
    if (bytes.empty()) {
      bytes_.reset();
    } else {
      bytes_ = std::make_unique<std::string>(std::move(bytes));
    }
  }

 private:
  std::unique_ptr<std::string> bytes_;
};

// The fields of `message` this binary does not know (a newer writer's),
// serialised into *out (empty when none), and back: a working state keeps
// them, and each element of its lists its own, to write them back as they
// came. Put allocates nothing when there are none.
void TakeUnknownFields(google::protobuf::Message* message, std::string* out);
void PutUnknownFields(const std::string& unknown, google::protobuf::Message* message);
// Those of a list element's message into the element (RELANCE_STATE_UNKNOWN_FIELDS).
template <typename Element>
void TakeElementUnknownFields(google::protobuf::Message* message, Element* element) {
  std::string unknown;
  TakeUnknownFields(message, &unknown);
  element->set_unknown_fields(std::move(unknown));
}

// A list of a working state: a vector with the calls of a protobuf
// repeated field that the rules make (Add, Insert, Get, Mutable, DeleteSubrange,
// SwapElements), its elements inline instead of one allocation each.
template <typename T>
class Repeated {
 public:
  using iterator = typename std::vector<T>::iterator;
  using const_iterator = typename std::vector<T>::const_iterator;
  using value_type = T;

  int size() const { return static_cast<int>(items_.size()); }
  bool empty() const { return items_.empty(); }
  const T& Get(int index) const { return items_[static_cast<std::size_t>(index)]; }
  T* Mutable(int index) { return &items_[static_cast<std::size_t>(index)]; }
  const T& operator[](int index) const { return Get(index); }
  T* Add() { return &items_.emplace_back(); }
  void Add(T value) { items_.push_back(std::move(value)); }
  iterator Insert(const_iterator at, T value) { return items_.insert(at, std::move(value)); }
  void Clear() { items_.clear(); }
  void Reserve(int count) { items_.reserve(static_cast<std::size_t>(count)); }
  void DeleteSubrange(int start, int count) { items_.erase(items_.begin() + start, items_.begin() + start + count); }
  void SwapElements(int a, int b) {
    std::swap(items_[static_cast<std::size_t>(a)], items_[static_cast<std::size_t>(b)]);
  }
  iterator erase(const_iterator at) { return items_.erase(at); }
  iterator erase(const_iterator first, const_iterator last) { return items_.erase(first, last); }
  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  auto rbegin() const { return items_.rbegin(); }
  bool operator==(const Repeated& other) const = default;

 private:
  std::vector<T> items_;
};

// Writes the list `from` into the repeated message field `to`, reusing the
// messages it holds (those beyond the new size are dropped): a flush fills
// one scratch message per state kind instead of allocating one per element.
// put(element, message) is given a cleared message (a reused one may hold
// another state's fields, unknown ones included).
template <typename T, typename Field, typename Put>
void PutList(const Repeated<T>& from, Field* to, Put&& put) {
  while (to->size() > from.size()) to->RemoveLast();
  for (int i = 0; i < from.size(); ++i) {
    auto* message = i < to->size() ? to->Mutable(i) : to->Add();
    message->Clear();
    put(from.Get(i), message);
  }
}

// The repeated message field `from` into the list `to` (whatever it held),
// element by element: convert(message, element) may move the message's
// text out, and is false for an element it cannot hold (an invalid date).
template <typename T, typename Field, typename Convert>
[[nodiscard]] bool ListFrom(Field* from, Repeated<T>* to, Convert&& convert) {
  bool ok = true;
  to->Clear();
  to->Reserve(from->size());
  for (auto& message : *from) ok &= convert(&message, to->Add());
  return ok;
}

// A date field from and into a message: absent stays absent and present but
// unset stays so, so that the stored bytes come back. DateFrom is false for
// an invalid date.
[[nodiscard]] inline bool DateFrom(bool present, const v1::CivilDate& date, DateField* out) {
  if (!present) {
    out->Clear();
    return true;
  }
  return out->FromCivil(date);
}

}  // namespace relance::core

namespace relance {

// The same calls as for a CivilDate message, so that code reading dates
// reads either (beside them, so that one lookup finds both).
inline std::optional<Day> ToDay(const core::DateField& date) { return date.day(); }
inline bool IsUnset(const core::DateField& date) { return date.day() == kNoDay; }
inline Day DayOf(const core::DateField& date) { return date.day(); }
inline void SetCivil(Day day, core::DateField* out) { out->Set(day); }

}  // namespace relance
