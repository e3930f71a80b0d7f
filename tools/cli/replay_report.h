// Printing of replay statistics, shared by replay, demo and bench.
#pragma once

#include "engine/replay/replayer.h"

namespace relance::cli {

void PrintReplayStats(const replay::ReplayStats& stats);

}  // namespace relance::cli
