#pragma once

#include "domain/apierror.h"
#include "domain/order.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace OrderDesk {

// One request to a platform as the callers see it: it finishes exactly once, with a result or an
// ApiError, and can be aborted (then it finishes with Kind::Aborted). It deletes itself after
// finished() has been delivered, so callers hold it in a QPointer.
//
// A job is a child of the backend that made it and always finishes, even when that backend goes
// (the accounts were changed, OrderDesk is closing): the backend stops its jobs first, and each
// finishes "stopped" (Kind::Aborted, saying why) before it is deleted with the backend.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool failed() const { return m_error.has_value(); }
    const std::optional<ApiError>& error() const { return m_error; }
    void abort(); // by the agent
    // Stops the job because something it needs went away; it finishes at once, stopped with `why`.
    void abort(const ApiError& why);
    // Stops every job `owner` holds that has not finished, each with `why`: what a backend does before
    // it goes. Stopping one may settle another (a cancel and its re-read); each finishes once.
    static void abortChildren(QObject* owner, const ApiError& why);

signals:
    void finished();

protected:
    void finishWithSuccess();
    void finishWithError(const ApiError& error);
    virtual void stop() = 0; // drop whatever is in flight; no signal after this
    // How a stopped job finishes: failed with `why`. (A cancel job finishes with an outcome instead.)
    virtual void finishStopped(const ApiError& why);

private:
    void finish();

    bool m_finished = false;
    std::optional<ApiError> m_error;
};

// Every order of an account: pages arrive one by one so that a view can show the first rows at once.
class ListOrdersJob : public ApiJob
{
    Q_OBJECT

public:
    using ApiJob::ApiJob;

    int ordersSoFar() const { return m_orders; }
    int pagesSoFar() const { return m_pages; }

signals:
    void pageReceived(const QList<OrderDesk::Order>& orders);
    void progress(int ordersSoFar, int pagesSoFar);

protected:
    void deliverPage(const QList<Order>& orders);

private:
    int m_orders = 0;
    int m_pages = 0;
};

// One order, read again; also keeps the body exactly as the platform sent it (the "raw data" view).
class FetchOrderJob : public ApiJob
{
    Q_OBJECT

public:
    using ApiJob::ApiJob;

    const Order& order() const { return m_order; }
    const QByteArray& rawBody() const { return m_raw; }

protected:
    void setResult(Order order, QByteArray raw);

private:
    Order m_order;
    QByteArray m_raw;
};

// What came of one cancel request.
struct CancelOutcome
{
    Q_DECLARE_TR_FUNCTIONS(CancelOutcome)

public:
    enum class Kind
    {
        Cancelled,        // the platform cancelled the order
        AlreadyCancelled, // it was cancelled before; nothing changed
        Refused,          // the platform refused (its rules, validation, auth, not found, rate limit), or the
                          // order read right before sending was no longer cancellable (requestSent false)
        Failed,           // the request did not reach the platform (nothing can have happened)
        Unknown,          // the request went out but no answer came back (timeout, dropped connection)
    };
    // For Unknown: what reading the order again showed.
    enum class ReRead
    {
        NotNeeded,
        ShowsCancelled,
        ShowsNotCancelled,
        Failed
    };

    Kind kind = Kind::Failed;
    ReRead reRead = ReRead::NotNeeded;
    bool requestSent = false;
    int httpStatus = 0;
    std::optional<ApiError> error; // what the platform or network said, for every kind but Cancelled
    std::optional<Order> order;    // the order as read back after the attempt, when that worked
    QString platformMessage;       // what the platform said on success (FlexPortal's `message`), if anything
    bool reasonNotTaken = false;   // the platform refused the reason body; the cancel went again without it

    QString kindKey() const; // "cancelled", "already-cancelled", "refused", "failed", "unknown"
    QString summary() const; // in words, translated, for the agent, with what the platform said

private:
    QString outcomeSentence() const;
};

class CancelOrderJob : public ApiJob
{
    Q_OBJECT

public:
    explicit CancelOrderJob(QObject* parent = nullptr);

    const CancelOutcome& outcome() const { return m_outcome; }

signals:
    void orderChecked(const OrderDesk::Order& order); // the order as read right before sending
    void requestSent();                               // the cancel went out: from here on it may have happened

protected:
    // A cancel job always "succeeds" as a job: its outcome says what happened.
    void finishWithOutcome(CancelOutcome outcome);
    // Stopped before the request went out: Failed, nothing was sent. After: Unknown, because the
    // platform may have acted on it (so its history entry is completed as unknown, not left pending).
    void finishStopped(const ApiError& why) override;

private:
    CancelOutcome m_outcome;
    bool m_requestWentOut = false;
};

// What came of one FlexPortal subscription cancel (POST /v1/subscriptions/{id}/cancel).
//
// FlexPortal documents no way to read one subscription's state (no GET for it; an order lists its
// subscriptions' ids, not their states; rentalProgress counts subscriptions created, whatever they
// became). So a reply that never came back cannot be settled by reading: the outcome stays Unknown,
// and the request is never sent again by itself. A deliberate new attempt is safe: a subscription
// already cancelled is answered ALREADY_CANCELLED.
struct SubscriptionCancelOutcome
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionCancelOutcome)

public:
    enum class Kind
    {
        Cancelled,        // FlexPortal cancelled it (200)
        AlreadyCancelled, // it was cancelled before (ALREADY_CANCELLED): nothing changed, not a failure
        AlreadyEnded,     // it had already ended (ALREADY_ENDED): nothing changed, not a failure
        Refused,          // FlexPortal refused it: not found, validation, key, tenant, rate limit, ...
        Failed,           // nothing was sent (bad input, or the request cannot have reached FlexPortal)
        Unknown,          // the request went out, no usable answer came back (timeout, dropped
                          // connection, 5xx, a 2xx contradicting itself, stopped while out)
    };

    Kind kind = Kind::Failed;
    QString subscriptionId;
    bool requestSent = false;
    int httpStatus = 0;            // 0 when no HTTP answer arrived
    std::optional<ApiError> error; // what FlexPortal or the network said, for every kind but Cancelled
    QString platformMessage;       // FlexPortal's `message` on success; its error message otherwise
    QString assetSerialNumber;     // on success: the asset flagged for collection
    QString previousStatus;        // on success: what it was ("active")
    QDateTime cancelledAt;         // on success, in UTC; invalid when absent or unreadable
    QString cancelledAtText;       // on success: `cancelledAt` exactly as FlexPortal sent it

    // Cancelled, AlreadyCancelled or AlreadyEnded: the subscription no longer runs.
    bool isSettled() const;
    // "cancelled", "already-cancelled", "already-ended", "refused", "failed", "unknown"
    QString kindKey() const;
    QString summary() const; // in words, translated, for the agent, with what FlexPortal said
};

// One subscription cancel: sends the request exactly once and finishes exactly once with a
// SubscriptionCancelOutcome (as a job it always succeeds). A child of its backend, like every job.
class CancelSubscriptionJob : public ApiJob
{
    Q_OBJECT

public:
    explicit CancelSubscriptionJob(QString subscriptionId, QObject* parent = nullptr);

    const QString& subscriptionId() const { return m_subscriptionId; }
    const SubscriptionCancelOutcome& outcome() const { return m_outcome; }

signals:
    void requestSent(); // the cancel went out: from here on it may have happened

protected:
    void finishWithOutcome(SubscriptionCancelOutcome outcome);
    // Stopped before the request went out: Failed, nothing was sent. After: Unknown.
    void finishStopped(const ApiError& why) override;

private:
    QString m_subscriptionId;
    SubscriptionCancelOutcome m_outcome;
    bool m_requestWentOut = false;
};

} // namespace OrderDesk
