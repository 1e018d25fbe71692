#pragma once

#include "history/cancellationhistory.h"
#include "history/sqlhistory.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace OrderDesk {

// The desk's cancellation history on a thread of its own ("orderdesk-history"), so that a slow
// disk or another process holding the file's write lock (the CLI, a second desk) never freezes
// the window. The store is opened, used and closed in that thread: its SQL connection never
// leaves it. Calls return at once and run in the order they were made; each answer comes back in
// the writer's own thread (the GUI thread) through `done`, and not at all once `context` is gone.
// Destroying the writer finishes the work already asked for (an outcome is never dropped), closes
// the store and joins the thread.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    using Opener = std::function<Result<std::unique_ptr<CancellationHistory>>()>;

    // Opens the SQL store at `location` for writing (creating and migrating it when needed).
    explicit HistoryWriter(const HistoryLocation& location, QObject* parent = nullptr);
    // Opens what `opener` returns, called in the history thread.
    explicit HistoryWriter(Opener opener, QObject* parent = nullptr);
    ~HistoryWriter() override;

    // Writes the attempt as "pending"; `done` gets its id once the entry is committed (durable).
    void recordPending(const CancelAttempt& attempt, QObject* context, std::function<void(const Result<qint64>&)> done);
    // Completes an entry with its outcome; `done` gets the error, if any.
    void recordOutcome(const CancelAttempt& completed, QObject* context,
                       std::function<void(const std::optional<ApiError>&)> done);
    // The entries still "pending".
    void pendingAttempts(QObject* context, std::function<void(const Result<QList<CancelAttempt>>&)> done);

    // Whether the store has been opened, and why not when it could not be (then every call fails
    // with that reason, and nothing is sent).
    bool isOpen() const { return m_open; }
    const std::optional<ApiError>& openError() const { return m_openError; }

signals:
    void opened();
    void openFailed(const OrderDesk::ApiError& error);

private:
    // Runs `work` in the history thread with the store; hands its result to `done` in this thread.
    template <typename R>
    void post(std::function<R(CancellationHistory&)> work, QObject* context, std::function<void(const R&)> done);

    QThread m_thread;
    QObject* m_inThread = nullptr;                // lives in m_thread: what work is posted to
    std::unique_ptr<CancellationHistory> m_store; // used in m_thread only
    bool m_open = false;
    std::optional<ApiError> m_openError;
};

} // namespace OrderDesk
