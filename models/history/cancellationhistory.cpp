#include "cancellationhistory.h"

#include <QCoreApplication>

namespace OrderDesk {

Result<QList<CancelAttempt>> CancellationHistory::pendingAttempts() const
{
    Result<QList<CancelAttempt>> all = attempts();
    if (!all.ok())
        return all;
    QList<CancelAttempt> pending;
    for (const CancelAttempt& a : std::as_const(all.value()))
        if (a.outcome == u"pending")
            pending << a;
    return pending;
}

Result<qint64> MemoryCancellationHistory::recordPending(const CancelAttempt& attempt)
{
    CancelAttempt stored = attempt;
    stored.id = m_attempts.size() + 1;
    stored.outcome = QStringLiteral("pending");
    m_attempts.append(stored);
    return stored.id;
}

std::optional<ApiError> MemoryCancellationHistory::recordOutcome(const CancelAttempt& completed)
{
    if (completed.id < 1 || completed.id > m_attempts.size()) {
        return ApiError(
            ApiError::Kind::Configuration,
            QCoreApplication::translate("CancellationHistory", "No attempt %1 to complete.").arg(completed.id));
    }
    m_attempts[completed.id - 1] = completed;
    return std::nullopt;
}

Result<QList<CancelAttempt>> MemoryCancellationHistory::attempts() const
{
    return m_attempts;
}

} // namespace OrderDesk
