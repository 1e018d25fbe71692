#include "cancelflow.h"

#include "api/orderbackend.h"
#include "api/transport.h"
#include "domain/cancellationpolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

CancelFlow::CancelFlow(OrderBackend* backend, QString orderId, QString reason)
    : CancelOrderJob(backend)
    , m_backend(backend)
    , m_orderId(std::move(orderId))
    , m_reason(std::move(reason).trimmed())
{
    // Start once the caller has connected to our signals.
    QMetaObject::invokeMethod(this, &CancelFlow::check, Qt::QueuedConnection);
}

void CancelFlow::stop()
{
    // Once the request is out, stopping only stops listening: the outcome is then unknown to us,
    // which is why the cancel dialog does not offer to stop a cancel in flight.
    if (m_check)
        m_check->abort();
    if (m_call)
        m_call->abort();
    if (m_reRead)
        m_reRead->abort();
}

void CancelFlow::check()
{
    if (isFinished())
        return;
    if (m_reason.isEmpty() || m_reason.size() > CancelReason::MaxLength) {
        m_outcome.kind = CancelOutcome::Kind::Failed;
        m_outcome.error = ApiError(ApiError::Kind::Validation,
                                   QCoreApplication::translate("CancelFlow", "A reason of 1 to %1 characters is "
                                                                             "required; nothing was sent.")
                                       .arg(CancelReason::MaxLength));
        finishWithOutcome(m_outcome);
        return;
    }
    m_check = m_backend->fetchOrder(m_orderId);
    connect(m_check, &ApiJob::finished, this, &CancelFlow::onChecked);
}

void CancelFlow::onChecked()
{
    FetchOrderJob* job = m_check;
    if (!job || isFinished())
        return;
    if (job->failed()) {
        // The order could not be read right before cancelling (or the read was stopped): nothing
        // is sent on a guess.
        m_outcome.kind = CancelOutcome::Kind::Failed;
        m_outcome.error = job->error();
        finishWithOutcome(m_outcome);
        return;
    }
    // The policy decides on the order as it is now, not as the list showed it.
    const Order fresh = job->order();
    emit orderChecked(fresh);
    m_outcome.order = fresh;
    const CancelVerdict verdict = CancellationPolicy::evaluate(fresh);
    if (!verdict.allowed) {
        if (fresh.status == u"cancelled") {
            m_outcome.kind = CancelOutcome::Kind::AlreadyCancelled;
        } else {
            m_outcome.kind = CancelOutcome::Kind::Refused;
            m_outcome.error =
                ApiError(ApiError::Kind::NotCancellable,
                         tr("Nothing was sent: read again just now, the order may no longer be cancelled. %1")
                             .arg(verdict.explanation));
        }
        finishWithOutcome(m_outcome);
        return;
    }
    m_outcome.order.reset(); // from here on, `order` is what was read back after the attempt
    send(true);
}

void CancelFlow::send(bool withReason)
{
    m_withReason = withReason;
    const QByteArray body =
        withReason ? QJsonDocument(QJsonObject{{u"reason"_s, m_reason}}).toJson(QJsonDocument::Compact) : QByteArray();
    if (m_call)
        m_call->deleteLater();
    m_call = m_backend->newCall(m_backend->cancelVerb(), m_backend->cancelPath(m_orderId), body, this);
    connect(m_call, &HttpCall::finished, this, &CancelFlow::onCancelReply);
    m_call->start();
    if (!m_outcome.requestSent) {
        m_outcome.requestSent = true;
        emit requestSent();
    }
}

void CancelFlow::onCancelReply()
{
    const HttpReply& reply = m_call->reply();
    if (reply.aborted)
        return;
    m_outcome.httpStatus = reply.status;

    if (reply.isHttpSuccess()) {
        m_outcome.platformMessage = m_backend->cancelSuccessMessage(reply.body);
        if (m_backend->cancelReplyContradicts(reply.body, m_orderId)) {
            // A 200 whose body says it did not cancel this order: the order read back decides.
            m_outcome.kind = CancelOutcome::Kind::Unknown;
            m_outcome.error = ApiError(ApiError::Kind::Protocol,
                                       tr("The platform answered with success, but its reply does not confirm the "
                                          "cancel of this order."),
                                       reply.status);
        } else {
            m_outcome.kind = CancelOutcome::Kind::Cancelled;
        }
        reRead();
        return;
    }
    if (!reply.hasHttpStatus()) {
        m_outcome.error = reply.transportError();
        if (!reply.mayHaveReachedServer() && !m_outcome.reasonNotTaken) {
            m_outcome.kind = CancelOutcome::Kind::Failed;
            m_outcome.requestSent = false;
            finishWithOutcome(m_outcome);
            return;
        }
        m_outcome.kind = CancelOutcome::Kind::Unknown;
        reRead();
        return;
    }
    if (m_withReason && m_backend->refusedReasonBody(reply)) {
        // A refusal of the body itself applied nothing: the cancel goes once more, without it.
        m_outcome.reasonNotTaken = true;
        send(false);
        return;
    }
    m_outcome.error = m_backend->interpretCancelRefusal(reply);
    if (reply.status >= 500) {
        // A gateway error may come after the platform acted: find out rather than guess.
        m_outcome.kind = CancelOutcome::Kind::Unknown;
        reRead();
        return;
    }
    switch (m_outcome.error->kind) {
    case ApiError::Kind::AlreadyCancelled:
        m_outcome.kind = CancelOutcome::Kind::AlreadyCancelled;
        reRead();
        return;
    case ApiError::Kind::NotCancellable:
        m_outcome.kind = CancelOutcome::Kind::Refused;
        reRead(); // so the agent sees why, from the order's current state
        return;
    default:
        m_outcome.kind = CancelOutcome::Kind::Refused;
        finishWithOutcome(m_outcome);
        return;
    }
}

void CancelFlow::reRead()
{
    m_reRead = m_backend->fetchOrder(m_orderId);
    connect(m_reRead, &ApiJob::finished, this, &CancelFlow::onReRead);
}

void CancelFlow::onReRead()
{
    FetchOrderJob* job = m_reRead;
    if (!job)
        return;
    const bool readBack = !job->failed();
    if (readBack)
        m_outcome.order = job->order();
    const bool showsCancelled = readBack && job->order().status == u"cancelled";

    if (m_outcome.kind == CancelOutcome::Kind::Unknown) {
        m_outcome.reRead = !readBack        ? CancelOutcome::ReRead::Failed
                           : showsCancelled ? CancelOutcome::ReRead::ShowsCancelled
                                            : CancelOutcome::ReRead::ShowsNotCancelled;
    } else if (m_outcome.kind == CancelOutcome::Kind::Refused && showsCancelled) {
        // OfferGrid answers a second cancel with the same 400 as any refusal; the order tells.
        m_outcome.kind = CancelOutcome::Kind::AlreadyCancelled;
    }
    finishWithOutcome(m_outcome);
}

} // namespace OrderDesk
