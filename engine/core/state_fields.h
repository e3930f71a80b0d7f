// The accessors of the core's working states (debt.h, debtor.h), generated
// with the names protobuf gives them (`due_date()`, `set_balance_minor()`,
// `mutable_plan()`, `payments_size()`): the rules read a working state as
// they read the stored message. Each macro declares a private member
// `name_` and its public accessors; use them inside a class body only.
#pragma once

#include <string>
#include <utility>

#include "engine/core/compact.h"

// clang-format off
#define RELANCE_STATE_SCALAR(Type, name)           \
 public:                                           \
  Type name() const { return name##_; }            \
  void set_##name(Type value) { name##_ = value; } \
  void clear_##name() { name##_ = Type{}; }        \
                                                   \
 private:                                          \
  Type name##_ = Type{};

#define RELANCE_STATE_STRING(name)                                   \
 public:                                                             \
  const std::string& name() const { return name##_; }                \
  void set_##name(std::string value) { name##_ = std::move(value); } \
  std::string* mutable_##name() { return &name##_; }                 \
  void clear_##name() { name##_.clear(); }                           \
                                                                     \
 private:                                                            \
  std::string name##_;

#define RELANCE_STATE_DATE(name)                        \
 public:                                                \
  const DateField& name() const { return name##_; }     \
  DateField* mutable_##name() { return &name##_; }      \
  bool has_##name() const { return name##_.present(); } \
  void clear_##name() { name##_.Clear(); }              \
                                                        \
 private:                                               \
  DateField name##_;

#define RELANCE_STATE_MESSAGE(Type, name)                  \
 public:                                                   \
  const Type& name() const { return name##_.get(); }       \
  Type* mutable_##name() { return name##_.mutable_get(); } \
  bool has_##name() const { return name##_.has(); }        \
  void clear_##name() { name##_.Clear(); }                 \
                                                           \
 private:                                                  \
  Boxed<Type> name##_;

#define RELANCE_STATE_REPEATED(Container, Element, name) \
 public:                                                 \
  const Container& name() const { return name##_; }      \
  Container* mutable_##name() { return &name##_; }       \
  int name##_size() const { return name##_.size(); }     \
  void clear_##name() { name##_.Clear(); }               \
                                                         \
 private:                                                \
  Container name##_;

#define RELANCE_STATE_REPEATED_MESSAGE(Element, name)                                \
  RELANCE_STATE_REPEATED(google::protobuf::RepeatedPtrField<Element>, Element, name) \
 public:                                                                             \
  const Element& name(int index) const { return name##_.Get(index); }                \
  Element* mutable_##name(int index) { return name##_.Mutable(index); }              \
  Element* add_##name() { return name##_.Add(); }                                    \
                                                                                     \
 private:

// A list held inline (compact.h's Repeated), with the element accessors.
#define RELANCE_STATE_LIST(Element, name)                                   \
  RELANCE_STATE_REPEATED(Repeated<Element>, Element, name)                  \
 public:                                                                    \
  const Element& name(int index) const { return name##_.Get(index); }       \
  Element* mutable_##name(int index) { return name##_.Mutable(index); }     \
  Element* add_##name() { return name##_.Add(); }                           \
                                                                            \
 private:

// The fields of a stored list element this binary does not know (a newer
// writer's), serialised (TakeElementUnknownFields), written back as they came
// (PutUnknownFields). Empty for every element this binary made, and then a
// pointer's size.
#define RELANCE_STATE_UNKNOWN_FIELDS                                                    \
 public:                                                                                \
  const std::string& unknown_fields() const { return unknown_fields_.get(); }           \
  void set_unknown_fields(std::string bytes) { unknown_fields_.set(std::move(bytes)); } \
                                                                                        \
 private:                                                                               \
  RareBytes unknown_fields_;
// clang-format on
