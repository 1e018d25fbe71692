#include "historysync.h"

namespace OrderDesk {

HistorySyncReport copyUnsyncedAttempts(const HistoryLocation& local, const HistoryLocation& team)
{
    HistorySyncReport report;
    auto localStore = SqlCancellationHistory::open(local);
    if (!localStore.ok()) {
        report.error = localStore.error();
        return report;
    }
    Result<QList<CancelAttempt>> waiting = localStore.value()->unsynced();
    if (!waiting.ok()) {
        report.error = waiting.error();
        return report;
    }
    report.waiting = int(waiting.value().size());
    if (waiting.value().isEmpty())
        return report;
    auto teamStore = SqlCancellationHistory::open(team);
    if (!teamStore.ok()) {
        report.error = teamStore.error();
        return report;
    }
    for (const CancelAttempt& attempt : std::as_const(waiting.value())) {
        if (std::optional<ApiError> error = teamStore.value()->upsert(attempt)) {
            report.error = std::move(error);
            return report;
        }
        // Copied first, noted second: a crash between the two copies it again, which the upsert absorbs.
        if (std::optional<ApiError> error = localStore.value()->markSynced(attempt)) {
            report.error = std::move(error);
            return report;
        }
        ++report.copied;
        --report.waiting;
    }
    return report;
}

} // namespace OrderDesk
