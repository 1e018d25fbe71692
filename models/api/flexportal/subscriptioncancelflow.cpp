#include "subscriptioncancelflow.h"

#include "api/flexportal/flexportalbackend.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/transport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

SubscriptionCancelFlow::SubscriptionCancelFlow(FlexPortalBackend* backend, QString subscriptionId,
                                               SubscriptionCancelReason::Value reason, QString notes)
    : CancelSubscriptionJob(std::move(subscriptionId), backend)
    , m_backend(backend)
    , m_reason(reason)
    , m_notes(SubscriptionCancelReason::normalizedNotes(notes))
{
    // Start once the caller has connected to our signals.
    QMetaObject::invokeMethod(this, &SubscriptionCancelFlow::send, Qt::QueuedConnection);
}

void SubscriptionCancelFlow::stop()
{
    // Once the request is out, stopping only stops listening: the outcome is then unknown.
    if (m_call)
        m_call->abort();
}

void SubscriptionCancelFlow::send()
{
    if (isFinished())
        return;
    if (subscriptionId().isEmpty()) {
        m_outcome.error = ApiError(ApiError::Kind::Validation, tr("A subscription id is required; nothing was sent."));
        finishWithOutcome(m_outcome);
        return;
    }
    if (m_notes.size() > SubscriptionCancelReason::MaxNotes) {
        m_outcome.error = ApiError(ApiError::Kind::Validation,
                                   tr("The notes may hold at most %1 characters (these hold %2); nothing was sent.")
                                       .arg(SubscriptionCancelReason::MaxNotes)
                                       .arg(m_notes.size()));
        finishWithOutcome(m_outcome);
        return;
    }

    // CancelSubscriptionRequest: rentalId (the path's id again, as the vendor requires), reason, notes?
    QJsonObject body{{u"rentalId"_s, subscriptionId()}, {u"reason"_s, SubscriptionCancelReason::apiValue(m_reason)}};
    if (!m_notes.isEmpty())
        body.insert(u"notes"_s, m_notes);
    m_call = m_backend->newCall("POST", FlexPortalBackend::subscriptionCancelPath(subscriptionId()),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), this);
    connect(m_call, &HttpCall::finished, this, &SubscriptionCancelFlow::onReply);
    m_call->start();
    m_outcome.requestSent = true;
    emit requestSent();
}

void SubscriptionCancelFlow::onReply()
{
    const HttpReply& reply = m_call->reply();
    if (reply.aborted)
        return;
    m_outcome.httpStatus = reply.status;

    if (reply.isHttpSuccess()) {
        const SubscriptionCancelReply body = FlexPortalDecoder::decodeSubscriptionCancelReply(reply.body);
        m_outcome.platformMessage = body.message;
        if (body.contradicts(subscriptionId())) {
            m_outcome.kind = SubscriptionCancelOutcome::Kind::Unknown;
            m_outcome.error = ApiError(ApiError::Kind::Protocol,
                                       tr("FlexPortal answered with success, but its reply does not confirm the "
                                          "cancel of this subscription."),
                                       reply.status);
        } else {
            m_outcome.kind = SubscriptionCancelOutcome::Kind::Cancelled;
            m_outcome.assetSerialNumber = body.assetSerialNumber;
            m_outcome.previousStatus = body.previousStatus;
            m_outcome.cancelledAt = body.cancelledAt;
            m_outcome.cancelledAtText = body.cancelledAtText;
        }
        finishWithOutcome(m_outcome);
        return;
    }
    if (!reply.hasHttpStatus()) {
        m_outcome.error = reply.transportError();
        if (!reply.mayHaveReachedServer()) {
            m_outcome.kind = SubscriptionCancelOutcome::Kind::Failed;
            m_outcome.requestSent = false;
        } else {
            m_outcome.kind = SubscriptionCancelOutcome::Kind::Unknown;
        }
        finishWithOutcome(m_outcome);
        return;
    }

    const ApiError error = m_backend->errorFor(reply);
    m_outcome.error = error;
    if (!error.code.isEmpty()) // FlexPortal's error envelope: its own words
        m_outcome.platformMessage = error.message;
    if (reply.status >= 500) {
        // A gateway error may come after the platform acted, and nothing can be read to find out.
        m_outcome.kind = SubscriptionCancelOutcome::Kind::Unknown;
    } else if (error.kind == ApiError::Kind::AlreadyCancelled) {
        m_outcome.kind = SubscriptionCancelOutcome::Kind::AlreadyCancelled;
    } else if (error.kind == ApiError::Kind::AlreadyEnded) {
        m_outcome.kind = SubscriptionCancelOutcome::Kind::AlreadyEnded;
    } else {
        m_outcome.kind = SubscriptionCancelOutcome::Kind::Refused;
    }
    finishWithOutcome(m_outcome);
}

} // namespace OrderDesk
