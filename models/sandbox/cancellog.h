#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

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

// One subscription cancel's body as the sandbox read it: a field that is absent, or not text, is empty.
struct SubscriptionCancelBody
{
    std::optional<QString> rentalId;
    std::optional<QString> reason;
    std::optional<QString> notes;
};

// Every subscription cancel request that reached the sandbox, per path id (unknown ids and refused
// or faulted requests included), and the last body that was a JSON object, valid or not.
class SubscriptionCancelLog
{
public:
    void noteRequest(const QByteArray& subscriptionId) { ++m_requests[subscriptionId]; }
    void noteBody(const QByteArray& subscriptionId, const SubscriptionCancelBody& body)
    {
        m_bodies.insert(subscriptionId, body);
    }
    int requests(const QByteArray& subscriptionId) const { return m_requests.value(subscriptionId); }
    std::optional<SubscriptionCancelBody> lastBody(const QByteArray& subscriptionId) const
    {
        const auto it = m_bodies.constFind(subscriptionId);
        return it == m_bodies.cend() ? std::nullopt : std::optional<SubscriptionCancelBody>(*it);
    }

private:
    QHash<QByteArray, int> m_requests;
    QHash<QByteArray, SubscriptionCancelBody> m_bodies;
};

} // namespace OrderDesk
