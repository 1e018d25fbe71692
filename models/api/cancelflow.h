#pragma once

#include "api/apijobs.h"

#include <QPointer>

namespace OrderDesk {

class HttpCall;
class OrderBackend;

// The cancel of one order, as FlexPortal's page does it ("check before cancelling"): validate the
// reason, read the order once more and apply the policy to that fresh copy (nothing is sent if it
// now forbids the cancel), send the request exactly once, classify the reply, and read the order
// again where the outcome needs it (refused, already cancelled, or unknown).
//
// The one second request: when OfferGrid refuses the reason body itself (a validation refusal that
// applied nothing), the cancel goes once more without a body, and the outcome says so.
class CancelFlow final : public CancelOrderJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelFlow)

public:
    CancelFlow(OrderBackend* backend, QString orderId, QString reason);

protected:
    void stop() override;

private:
    void check();
    void onChecked();
    void send(bool withReason);
    void onCancelReply();
    void reRead();
    void onReRead();

    OrderBackend* m_backend;
    QString m_orderId;
    QString m_reason;
    HttpCall* m_call = nullptr;
    bool m_withReason = true;
    QPointer<FetchOrderJob> m_check;
    QPointer<FetchOrderJob> m_reRead;
    CancelOutcome m_outcome;
};

} // namespace OrderDesk
