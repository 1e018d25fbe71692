#include "apijobs.h"

#include <QCoreApplication>
#include <QPointer>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

void ApiJob::abort()
{
    abort(ApiError(ApiError::Kind::Aborted, tr("Stopped by the user.")));
}

void ApiJob::abort(const ApiError& why)
{
    if (m_finished)
        return;
    stop();
    if (m_finished)
        return; // stopping what it waited for settled it (a cancel whose re-read was stopped)
    finishStopped(why);
}

void ApiJob::abortChildren(QObject* owner, const ApiError& why)
{
    // Round after round: a receiver of one job's finished() may have started another.
    for (;;) {
        QList<QPointer<ApiJob>> running;
        for (ApiJob* job : owner->findChildren<ApiJob*>(Qt::FindDirectChildrenOnly)) {
            if (!job->isFinished())
                running.append(job);
        }
        if (running.isEmpty())
            return;
        for (const QPointer<ApiJob>& job : std::as_const(running)) {
            if (job)
                job->abort(why);
        }
    }
}

void ApiJob::finishStopped(const ApiError& why)
{
    finishWithError(why);
}

void ApiJob::finishWithSuccess()
{
    finish();
}

void ApiJob::finishWithError(const ApiError& error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void ApiJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

void ListOrdersJob::deliverPage(const QList<Order>& orders)
{
    m_orders += int(orders.size());
    ++m_pages;
    emit pageReceived(orders);
    emit progress(m_orders, m_pages);
}

void FetchOrderJob::setResult(Order order, QByteArray raw)
{
    m_order = std::move(order);
    m_raw = std::move(raw);
}

CancelOrderJob::CancelOrderJob(QObject* parent)
    : ApiJob(parent)
{
    connect(this, &CancelOrderJob::requestSent, this, [this] { m_requestWentOut = true; });
}

void CancelOrderJob::finishWithOutcome(CancelOutcome outcome)
{
    m_outcome = std::move(outcome);
    finishWithSuccess();
}

void CancelOrderJob::finishStopped(const ApiError& why)
{
    CancelOutcome outcome;
    outcome.requestSent = m_requestWentOut;
    outcome.kind = m_requestWentOut ? CancelOutcome::Kind::Unknown : CancelOutcome::Kind::Failed;
    outcome.error = why;
    finishWithOutcome(std::move(outcome));
}

QString CancelOutcome::kindKey() const
{
    switch (kind) {
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::AlreadyCancelled:
        return u"already-cancelled"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::Failed:
        return u"failed"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString CancelOutcome::summary() const
{
    QString text = outcomeSentence();
    if (!platformMessage.isEmpty())
        text += u' ' + tr("The platform said: \u201c%1\u201d").arg(platformMessage);
    if (reasonNotTaken)
        text += u' ' + tr("The platform did not take the reason, so the cancel was sent again without it; the reason "
                          "is kept in OrderDesk's history.");
    return text;
}

QString CancelOutcome::outcomeSentence() const
{
    const QString detail = error ? error->userMessage() : QString();
    switch (kind) {
    case Kind::Cancelled:
        return tr("The order was cancelled.");
    case Kind::AlreadyCancelled:
        return tr("The order had already been cancelled; nothing changed.");
    case Kind::Refused:
        if (!requestSent && error)
            return error->message; // OrderDesk's own check stopped it: the message says so in full
        return tr("The platform refused the cancel. %1").arg(detail).trimmed();
    case Kind::Failed:
        return tr("The cancel request was not sent. %1").arg(detail).trimmed();
    case Kind::Unknown:
        break;
    }
    switch (reRead) {
    case ReRead::ShowsCancelled:
        return tr("No answer came back to the cancel request (%1), but reading the order again shows it is "
                  "cancelled.")
            .arg(detail);
    case ReRead::ShowsNotCancelled:
        return tr("No answer came back to the cancel request (%1); reading the order again shows it is still "
                  "not cancelled.")
            .arg(detail);
    case ReRead::Failed:
    case ReRead::NotNeeded:
        break;
    }
    return tr("No answer came back to the cancel request (%1), and the order could not be read again: the outcome "
              "is unknown. Check the order before trying again.")
        .arg(detail);
}

CancelSubscriptionJob::CancelSubscriptionJob(QString subscriptionId, QObject* parent)
    : ApiJob(parent)
    , m_subscriptionId(std::move(subscriptionId))
{
    connect(this, &CancelSubscriptionJob::requestSent, this, [this] { m_requestWentOut = true; });
}

void CancelSubscriptionJob::finishWithOutcome(SubscriptionCancelOutcome outcome)
{
    m_outcome = std::move(outcome);
    m_outcome.subscriptionId = m_subscriptionId;
    finishWithSuccess();
}

void CancelSubscriptionJob::finishStopped(const ApiError& why)
{
    SubscriptionCancelOutcome outcome;
    outcome.requestSent = m_requestWentOut;
    outcome.kind =
        m_requestWentOut ? SubscriptionCancelOutcome::Kind::Unknown : SubscriptionCancelOutcome::Kind::Failed;
    outcome.error = why;
    finishWithOutcome(std::move(outcome));
}

bool SubscriptionCancelOutcome::isSettled() const
{
    return kind == Kind::Cancelled || kind == Kind::AlreadyCancelled || kind == Kind::AlreadyEnded;
}

QString SubscriptionCancelOutcome::kindKey() const
{
    switch (kind) {
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::AlreadyCancelled:
        return u"already-cancelled"_s;
    case Kind::AlreadyEnded:
        return u"already-ended"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::Failed:
        return u"failed"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString SubscriptionCancelOutcome::summary() const
{
    const QString said =
        platformMessage.isEmpty() ? QString() : u' ' + tr("FlexPortal said: \u201c%1\u201d").arg(platformMessage);
    const QString detail = error ? error->userMessage() : QString();
    switch (kind) {
    case Kind::Cancelled: {
        QString text = tr("Subscription %1 was cancelled.").arg(subscriptionId);
        if (!assetSerialNumber.isEmpty())
            text += u' ' + tr("Its asset %1 is flagged for collection.").arg(assetSerialNumber);
        return text + said;
    }
    case Kind::AlreadyCancelled:
        return tr("Subscription %1 had already been cancelled; nothing changed.").arg(subscriptionId) + said;
    case Kind::AlreadyEnded:
        return tr("Subscription %1 had already ended; nothing changed.").arg(subscriptionId) + said;
    case Kind::Refused:
        if (error && error->kind == ApiError::Kind::NotFound) {
            return tr("FlexPortal does not know subscription %1; it may belong to another account or region.")
                       .arg(subscriptionId) +
                   said;
        }
        return tr("FlexPortal refused to cancel subscription %1. %2").arg(subscriptionId, detail).trimmed();
    case Kind::Failed:
        if (error && error->kind == ApiError::Kind::Validation && !requestSent)
            return error->message; // OrderDesk's own check: the message says so in full
        return tr("The cancel of subscription %1 was not sent. %2").arg(subscriptionId, detail).trimmed();
    case Kind::Unknown:
        break;
    }
    return tr("No clear answer came back to the cancel of subscription %1 (%2). FlexPortal offers no way to read a "
              "subscription's state, so whether it was cancelled is unknown. Cancelling it again is safe: if this "
              "request went through, FlexPortal answers that it is already cancelled.")
        .arg(subscriptionId, detail);
}

} // namespace OrderDesk
