#pragma once

#include "sandbox/sandboxconfig.h"

#include <QRandomGenerator>

#include <optional>

namespace OrderDesk::Test {

// What the two soaks (tst_soak, tst_desksoak) share.

// ORDERDESK_SOAK_SEED when it is set (to replay a run), else a new seed; nothing when the variable
// holds no number (a replay must not silently become another run).
std::optional<quint32> soakSeed();

// One kind of trouble at a time, sometimes none, sometimes a mix, drawn from `rng` (always the same
// draws for the same state, so a seed replays). `stallMs`: how long a stalled reply stays silent,
// chosen by each soak against its timeouts.
SandboxFaults randomSoakFaults(QRandomGenerator& rng, int stallMs);

} // namespace OrderDesk::Test
