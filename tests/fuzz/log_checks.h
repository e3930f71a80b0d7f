// What the log reader fuzz targets (log_jsonl, log_pb) check of any file:
//   - the reader ends, at the clean end of the file or at a broken frame
//     (Corruption, one line, said again on every later call), after at most
//     one record per byte;
//   - the records are the file's own bytes, indexed in order: in pb, frames
//     that tile the file from its first byte; in jsonl, the non-blank lines
//     without their line ends;
//   - reading through a buffer of a few bytes gives the same records and the
//     same end as reading the whole file at once (a record cut by a refill
//     at any position reads whole);
//   - a record refused by the decoder says why in one line, and the events
//     accepted are applied in log order to one partition's in-memory states,
//     as the decoder targets apply each to empty ones (event_checks.h). Their
//     encodings are left to the decoder targets: a JSON round trip per record
//     made a run ten times slower.
#pragma once

#include <string_view>

#include "engine/codec/event_codec.h"

namespace relance::fuzz {

void CheckLog(std::string_view bytes, codec::Format format);

}  // namespace relance::fuzz
