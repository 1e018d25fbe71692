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

} // namespace OrderDesk
