#pragma once

#include "cancellog.h"
#include "flexportalgenerator.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace OrderDesk {

// The FlexPortal orders the sandbox serves, in list order (newest first). Each order is kept as its
// compact JSON, serialised once and again only when its state changes, so that list pages are
// concatenations of cached bytes. Only what can change is kept beside the bytes; the rest is
// regenerated from the order's seed when needed. Not thread-safe: the server guards it.
//
// Subscriptions are the orders' rentalIds (the first rentedDevices of an order's units), each with a
// state (SubscriptionStatus) and an asset serial number. rentalProgress.rentedDevices stays what the
// YAML calls it, the order's fulfilment counter: the subscriptions created from it, whatever became of
// them since, so the generated data may hold a `fulfilled` order whose subscriptions have ended.
// Cancelling a subscription changes the subscription only: the order (status, rentalProgress,
// rentalIds, rentalStatus, updatedAt) stays as it is, and nothing in the Order schema shows a
// subscription's state. Only the state itself is kept per subscription, and only once it changed;
// the rest is regenerated from the order's seed.
class FlexPortalStore
{
public:
    struct Subscription
    {
        QByteArray id;
        int order = -1; // the index of the order whose rentalIds hold it
        QByteArray status;
        QByteArray assetSerialNumber;
    };

    void generate(quint32 seed, int count, const QByteArray& tenantId);

    int size() const { return int(m_records.size()); }
    int indexOf(const QByteArray& orderId) const { return m_index.value(orderId, -1); }
    const QByteArray& id(int i) const { return m_records.at(i).id; }
    const QByteArray& json(int i) const { return m_records.at(i).json; }
    const QByteArray& status(int i) const { return m_records.at(i).status; }
    const QByteArray& customerId(int i) const { return m_records.at(i).customerId; }
    int rentedDevices(int i) const { return m_records.at(i).rented; }
    QStringList ids() const;

    // The platform's rule: pending or confirmed, and no device rented yet.
    bool isCancellable(int i) const;
    void cancel(int i);
    // Changes status and (when rented >= 0) the rented devices, as if someone else had acted: units
    // newly rented get new, active subscriptions; units no longer rented have none.
    void setState(int i, const QByteArray& status, int rented);

    // A subscription the platform holds (one of an order's rentalIds), or nothing.
    std::optional<Subscription> subscription(const QByteArray& id) const;
    QList<Subscription> subscriptions(int i) const; // the order's, in the order of its rentalIds
    int activeSubscriptions(int i) const;
    // False when no order holds that subscription. The status is not checked here.
    bool setSubscriptionStatus(const QByteArray& id, const QByteArray& status);

    CancelLog& cancels() { return m_cancels; }
    const CancelLog& cancels() const { return m_cancels; }
    SubscriptionCancelLog& subscriptionCancels() { return m_subscriptionCancels; }
    const SubscriptionCancelLog& subscriptionCancels() const { return m_subscriptionCancels; }

private:
    struct Record
    {
        QByteArray id;
        QByteArray customerId;
        QByteArray status;
        QByteArray json;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0; // 0: as generated
        quint32 seed = 0;
        int rented = 0;
    };

    void refresh(int i, bool bumpUpdatedAt);
    struct Unit
    {
        int order = -1;
        int unit = -1;
    };
    std::optional<Unit> findUnit(const QByteArray& subscriptionId) const;
    void indexSubscription(const QByteArray& id, int i);
    QByteArray subscriptionStatus(const QByteArray& id, const QList<FlexPortalSubscription>& generated, int unit) const;

    QList<Record> m_records;
    QHash<QByteArray, int> m_index;
    QByteArray m_tenantId;
    CancelLog m_cancels;
    // Subscription id (sub_ + 10 base-36 characters, packed into a number: 100,000 orders hold some
    // 105,000 of them) to the order that holds it; and the states that changed since generation.
    QHash<quint64, int> m_subscriptionIndex;
    QHash<QByteArray, QByteArray> m_subscriptionStatus;
    SubscriptionCancelLog m_subscriptionCancels;
};

} // namespace OrderDesk
