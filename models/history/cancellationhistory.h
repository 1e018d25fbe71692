#pragma once

#include "api/result.h"
#include "history/cancelattempt.h"

#include <QList>

#include <optional>

namespace OrderDesk {

// Where every cancel attempt lands. The cancel service records an attempt before it sends the
// request and refuses to send when that fails; a store that cannot complete an entry leaves it
// "pending", which is visible and reconciled later, never lost.
class CancellationHistory
{
public:
    virtual ~CancellationHistory() = default;

    virtual Result<qint64> recordPending(const CancelAttempt& attempt) = 0;
    virtual std::optional<ApiError> recordOutcome(const CancelAttempt& completed) = 0;
    virtual Result<QList<CancelAttempt>> attempts() const = 0;
};

// Keeps the attempts of this run in memory: for tests and until a durable store is configured.
class MemoryCancellationHistory : public CancellationHistory
{
public:
    Result<qint64> recordPending(const CancelAttempt& attempt) override;
    std::optional<ApiError> recordOutcome(const CancelAttempt& completed) override;
    Result<QList<CancelAttempt>> attempts() const override;

private:
    QList<CancelAttempt> m_attempts;
};

} // namespace OrderDesk
