#pragma once

#include "api/apijobs.h"
#include "domain/cancellationpolicy.h"
#include "history/cancelattempt.h"
#include "services/cancelattempts.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace OrderDesk {

class BackendRegistry;
class HistoryWriter;
class OrderBackend;
class OrderListModel;

// One order of a bulk cancel: what the fresh read showed (the verdict) and, after the run, what came of it.
struct BulkCancelItem
{
    enum class Verdict
    {
        Reading,    // the fresh read is out
        WillCancel, // the policy allows it: one cancel will go out
        Already,    // already cancelled: nothing to send
        Refused,    // the policy refuses it: `why`
        Unreadable, // the order could not be read: `why`
    };
    enum class Result
    {
        Pending,          // not run yet
        Cancelled,        // the platform cancelled it
        AlreadyCancelled, // it was cancelled before (read, or said by the platform)
        RefusedByPolicy,  // the policy refused it (in the preview, or on the read right before sending)
        RefusedByPlatform,
        Failed,  // the request did not reach the platform, or the order could not be read
        Unknown, // the request went out and no answer came; `message` holds what the re-read found
        NotSent, // stopped before it went out
    };

    QString accountId;
    QString orderId;
    std::optional<Order> order; // the fresh read
    Verdict verdict = Verdict::Reading;
    QString why; // the verdict in words (the policy's explanation, or why it could not be read)
    Result result = Result::Pending;
    QString message;          // the result in words (the platform's message, the re-read's finding)
    int httpStatus = 0;       // of the last cancel request
    int rateLimitedSends = 0; // cancels answered 429 (not applied), each followed by a wait and one more send
    CancelOutcome::ReRead reRead = CancelOutcome::ReRead::NotNeeded; // for Unknown: what the re-read showed
    std::optional<ApiError> error;

    static QString verdictKey(Verdict verdict);   // "reading", "will-cancel", "already-cancelled", "refused", ...
    static QString verdictLabel(Verdict verdict); // translated
    static QString resultKey(Result result);      // "cancelled", "already-cancelled", "refused-by-policy", ...
    static QString resultLabel(Result result);    // translated
};

struct BulkCancelCounts
{
    int total = 0;
    int reading = 0;
    int willCancel = 0;
    int cannot = 0; // already cancelled, refused or unreadable in the preview
    int done = 0;   // results known (every kind but Pending)
    int cancelled = 0;
    int alreadyCancelled = 0;
    int refusedByPolicy = 0;
    int refusedByPlatform = 0;
    int failed = 0;
    int unknown = 0;
    int notSent = 0;
    int rateLimitWaits = 0;
};

// Cancels many orders with one reason. preview() reads each order again and judges it by the policy; the
// caller shows the verdicts and confirms; run() sends. Orders of one account go one after the other,
// accounts in parallel. Every attempt is written to the history as "pending" before its request (the same
// entry as a single cancel, with the run's batch id), and completed with its outcome. CancelFlow reads each
// order once more right before sending. A 429 answer to a cancel was not applied: the run waits as the
// platform asks (Retry-After, retryAfter, X-RateLimit-Reset) and sends it again, with a new entry; that is
// the only second send. Any other failure is never sent again; an unknown outcome is settled by the re-read
// CancelFlow does. stop() lets the requests in flight finish and sends nothing more.
class BulkCancelService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCancelService)

public:
    struct OrderRef
    {
        QString accountId;
        QString orderId;
    };

    // `model` (optional) receives the orders as read.
    BulkCancelService(BackendRegistry* backends, HistoryWriter* history, OrderListModel* model, AgentInfo agent,
                      QObject* parent = nullptr);
    ~BulkCancelService() override;

    // Reads every order (each pair once, in the order given); previewFinished() follows the last answer.
    void preview(const QList<OrderRef>& orders);
    // Sends the cancels of the orders the preview allowed. Returns why not when it cannot start.
    std::optional<ApiError> run(const CancelReason& reason);
    // Sends nothing more; the requests in flight finish, the rest end NotSent. finished() follows.
    void stop();

    bool isPreviewing() const { return m_previewing; }
    bool isRunning() const { return m_running; }
    bool isStopping() const { return m_stopping; }
    const QList<BulkCancelItem>& items() const { return m_items; }
    BulkCancelCounts counts() const;
    QString batchId() const { return m_batchId; } // set by run()
    void setAgent(const AgentInfo& agent) { m_agent = agent; }
    // Whether the order is in the running batch and not finished: queued, waiting or in flight. The desk
    // refuses a single cancel of it meanwhile.
    bool isInRun(const QString& accountId, const QString& orderId) const;
    // Asked right before an order's entry is written: true when another cancel of that order is running
    // (a single cancel opened for it); the order is then not sent. So no order is ever sent by both.
    void setBusyElsewhere(std::function<bool(const QString& accountId, const QString& orderId)> busy)
    {
        m_busyElsewhere = std::move(busy);
    }
    // The longest wait a 429 asked for; a wait longer than this ends the order as refused (default 120 s).
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfter = seconds; }
    // Cancel requests this service sent (429s included).
    int requestsSent() const { return m_requestsSent; }

    // The results as CSV (UTF-8 with BOM, CRLF, fields quoted and formula-neutralised like the history export).
    static QByteArray resultsCsv(const QList<BulkCancelItem>& items, const QString& batchId);

signals:
    void itemChanged(int row);
    void progress(const OrderDesk::BulkCancelCounts& counts);
    void previewFinished();
    void cancelSent(int row); // a cancel request went out
    void finished();
    void historyFailed(const OrderDesk::ApiError& error);

private:
    struct Lane
    {
        QList<int> queue; // rows still to send, in order
        bool busy = false;
        int waitingRow = -1;   // the row waiting out a 429, when one is
        QPointer<QTimer> wait; // its timer
        // The next order's entry, written while the order before it is out, so that it can go as soon as
        // that one has finished: its row, and the history's answer once it has come.
        struct Prepared
        {
            int row = -1;
            CancelAttempt attempt;
            std::optional<Result<qint64>> recorded; // none while the history has not answered
            bool useOnArrival = false;              // sendItem() is waiting for it
            bool discard = false;                   // not to be sent: complete it as not sent on arrival
        };
        Prepared prepared;
    };

    void readNext();
    void onRead(int generation, int row, FetchOrderJob* job);
    void startNext(const QString& accountId);
    void sendItem(int row);
    void prepareNext(const QString& accountId);
    void onPrepared(const QString& accountId, int row, const Result<qint64>& recorded);
    void discardPrepared(const QString& accountId);
    void completeNotSent(CancelAttempt attempt, const QString& why);
    void onPendingRecorded(int row, CancelAttempt attempt, const Result<qint64>& recorded);
    void onCancelFinished(int row, CancelAttempt attempt, CancelOrderJob* job);
    void laneDone(const QString& accountId);
    void setResult(int row, BulkCancelItem::Result result, const QString& message);
    void finishIfDone();
    void emitProgress() { emit progress(counts()); }

    BackendRegistry* m_backends;
    HistoryWriter* m_history;
    QPointer<OrderListModel> m_model;
    AgentInfo m_agent;
    QList<BulkCancelItem> m_items;
    QList<int> m_toRead;
    int m_readsInFlight = 0;
    int m_generation = 0; // of the preview: reads of an earlier one are ignored
    bool m_previewing = false;
    bool m_running = false;
    bool m_stopping = false;
    CancelReason m_reason;
    QString m_batchId;
    QHash<QString, Lane> m_lanes;
    QList<QPointer<CancelOrderJob>> m_jobs;
    QHash<QString, int> m_rowOf; // OrderListModel::keyOf -> row of m_items
    std::function<bool(const QString&, const QString&)> m_busyElsewhere;
    int m_maxRetryAfter = 120;
    int m_requestsSent = 0;
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::BulkCancelCounts)
