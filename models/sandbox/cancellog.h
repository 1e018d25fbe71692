#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace OrderDesk {

// Every cancel request that reached the sandbox, per order id (ids the sandbox does not know included),
// and the reason the last one gave. Tests read it to prove a client sent exactly one cancel.
class CancelLog
{
public:
    void noteRequest(const QByteArray& orderId) { ++m_requests[orderId]; }
    void noteReason(const QByteArray& orderId, const QString& reason) { m_reasons.insert(orderId, reason); }
    int requests(const QByteArray& orderId) const { return m_requests.value(orderId); }
    QString lastReason(const QByteArray& orderId) const { return m_reasons.value(orderId); }

private:
    QHash<QByteArray, int> m_requests;
    QHash<QByteArray, QString> m_reasons;
};

} // namespace OrderDesk
