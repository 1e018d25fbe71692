#pragma once

#include "api/apijobs.h"

#include <QPointer>

namespace OrderDesk {

class HttpCall;
class OrderBackend;

// The cancel of one order: validate the reason, send the request exactly once, classify the reply,
// and read the order again where the outcome needs it (refused, already cancelled, or unknown).
class CancelFlow : public CancelOrderJob
{
    Q_OBJECT

public:
    CancelFlow(OrderBackend* backend, QString orderId, QString reason);

protected:
    void stop() override;

private:
    void send();
    void onCancelReply();
    void reRead();
    void onReRead();

    OrderBackend* m_backend;
    QString m_orderId;
    QString m_reason;
    HttpCall* m_call = nullptr;
    QPointer<FetchOrderJob> m_reRead;
    CancelOutcome m_outcome;
};

} // namespace OrderDesk
