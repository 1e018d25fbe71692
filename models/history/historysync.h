#pragma once

#include "domain/apierror.h"
#include "history/sqlhistory.h"

#include <QMetaType>

#include <optional>

namespace OrderDesk {

// What one copy of the local history to the team's database did.
struct HistorySyncReport
{
    int copied = 0;                // attempts written to the team's database in this run
    int waiting = 0;               // attempts still only in the local file afterwards
    std::optional<ApiError> error; // why the copy stopped (team database unreachable, ...)
};

// Copies every local attempt that has not reached the team's PostgreSQL database yet, oldest
// first. The team's store upserts by the attempt's uuid, so a copy that stops half-way and runs
// again later doubles nothing. Opens its own connections: call it from any one thread.
HistorySyncReport copyUnsyncedAttempts(const HistoryLocation& local, const HistoryLocation& team);

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::HistorySyncReport)
