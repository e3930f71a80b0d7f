// What the event fuzz targets (decoders and log readers) check of every
// event they decode, besides not crashing:
//   - a refusal is the detail of a MALFORMED rejection and of a dead
//     letter's header: one line of printable text, never cut in the header;
//   - an accepted event encodes deterministically, and decodes back to the
//     same bytes from its binary and from its JSON line;
//   - the core applies it (then the money invariants of every debt hold) or
//     rejects it with a typed reason and a one-line detail, every state
//     byte-identical to what it was before.
// The core runs on the tests' MiniEngine (tests/support/builders.h): the
// production rules on in-memory states, one partition.
#pragma once

#include <string_view>

#include "relance/v1/events.pb.h"
#include "tests/support/builders.h"

namespace relance::fuzz {

// Protobuf logs an error for every string with invalid UTF-8 it parses; the
// fuzzer makes thousands a second. Call once, from LLVMFuzzerInitialize.
void SilenceProtobufLog();

// A decoder's refusal (DecodeBinary, DecodeJson, LogReader::Decode).
void CheckRefusal(std::string_view error);

// An event a decoder accepted: its encodings round-trip.
void CheckEncodings(const v1::Event& event);

// Applies an accepted event to `engine` and checks the outcome.
void CheckApplied(testing::MiniEngine* engine, const v1::Event& event);

// What a decoder target checks of one input: its refusal (`error` not
// empty), or the decoded event's encodings and its application to empty
// states.
void CheckDecoded(std::string_view error, const v1::Event& event);

}  // namespace relance::fuzz
