#pragma once

#include "api/apijobs.h"
#include "domain/subscriptioncancelreason.h"

namespace OrderDesk {

class FlexPortalBackend;
class HttpCall;

// The cancel of one FlexPortal subscription: checks the input, sends
// POST /v1/subscriptions/{id}/cancel exactly once, and classifies the reply:
//
//   2xx                                      Cancelled, with the serial, previous status, time, message
//   2xx whose body contradicts it            Unknown (success not true, or another rentalId)
//   ALREADY_CANCELLED / ALREADY_ENDED        AlreadyCancelled / AlreadyEnded (any 4xx status)
//   any other 4xx                            Refused (not found, validation, key, tenant, rate limit)
//   5xx, timeout, dropped connection         Unknown: FlexPortal may have acted, and nothing it
//                                            documents can be read to find out (see SubscriptionCancelOutcome)
//   no answer, request cannot have left      Failed, requestSent false
//
// There is no read before sending: FlexPortal documents nothing that shows a subscription's state.
class SubscriptionCancelFlow final : public CancelSubscriptionJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionCancelFlow)

public:
    SubscriptionCancelFlow(FlexPortalBackend* backend, QString subscriptionId, SubscriptionCancelReason::Value reason,
                           QString notes);

protected:
    void stop() override;

private:
    void send();
    void onReply();

    FlexPortalBackend* m_backend;
    SubscriptionCancelReason::Value m_reason;
    QString m_notes;
    HttpCall* m_call = nullptr;
    SubscriptionCancelOutcome m_outcome;
};

} // namespace OrderDesk
