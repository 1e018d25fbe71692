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
    // The attempts still "pending": sent (or about to be) when OrderDesk last stopped.
    virtual Result<QList<CancelAttempt>> pendingAttempts() const;
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

// Stands in when the configured store cannot be opened: every record fails with the reason, so
// the cancel service sends nothing, and the agent is told why.
class UnavailableHistory : public CancellationHistory
{
public:
    explicit UnavailableHistory(ApiError why)
        : m_why(std::move(why))
    {}
    Result<qint64> recordPending(const CancelAttempt&) override { return m_why; }
    std::optional<ApiError> recordOutcome(const CancelAttempt&) override { return m_why; }
    Result<QList<CancelAttempt>> attempts() const override { return m_why; }

private:
    ApiError m_why;
};

} // namespace OrderDesk
