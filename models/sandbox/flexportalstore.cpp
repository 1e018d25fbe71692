#include "flexportalstore.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace OrderDesk {

namespace {

// "sub_" and 10 characters of [0-9a-z], the generator's shape, as one number (36^10 < 2^52).
std::optional<quint64> packSubscriptionId(QByteArrayView id)
{
    if (id.size() != 14 || !id.startsWith("sub_"))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : id.sliced(4)) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'z')
            digit = 10 + (c - 'a');
        if (digit < 0)
            return std::nullopt;
        value = value * 36 + quint64(digit);
    }
    return value;
}

} // namespace

void FlexPortalStore::generate(quint32 seed, int count, const QByteArray& tenantId)
{
    m_records.clear();
    m_index.clear();
    m_subscriptionIndex.clear();
    m_subscriptionStatus.clear();
    m_tenantId = tenantId;
    count = std::max(0, count);
    m_records.reserve(count);
    m_index.reserve(count);

    QRandomGenerator rng(seed ^ 0x46500001U); // "FP": FlexPortal's own stream of the seed
    qint64 createdAt = SandboxAnchorMs - qint64(rng.bounded(quint32(HourMs)));
    for (int i = 0; i < count; ++i) {
        const quint32 orderSeed = rng.generate();
        if (i > 0)
            createdAt -= 2 * MinuteMs + qint64(rng.bounded(quint32(43 * MinuteMs))); // newest first
        FlexPortalOrder order = generateFlexPortalOrder(orderSeed, i, createdAt, tenantId);
        if (m_index.contains(order.orderId)) // astronomically rare, but ids must be unique
            order.orderId += '-' + QByteArray::number(i);

        Record r;
        r.id = order.orderId;
        r.customerId = order.customerId;
        r.status = order.status;
        r.rented = order.rentedDevices;
        r.createdAtMs = createdAt;
        r.seed = orderSeed;
        r.json = order.toJson();
        m_index.insert(r.id, i);
        m_records.append(std::move(r));
        for (int unit = 0; unit < order.rentedDevices; ++unit)
            indexSubscription(order.unitRentalIds.at(unit), i);
    }
}

void FlexPortalStore::indexSubscription(const QByteArray& id, int i)
{
    if (const std::optional<quint64> key = packSubscriptionId(id))
        m_subscriptionIndex.insert(*key, i); // the same id in two orders is as rare as two equal order ids
}

std::optional<FlexPortalStore::Unit> FlexPortalStore::findUnit(const QByteArray& subscriptionId) const
{
    const std::optional<quint64> key = packSubscriptionId(subscriptionId);
    if (!key)
        return std::nullopt;
    const int i = m_subscriptionIndex.value(*key, -1);
    if (i < 0)
        return std::nullopt;
    const Record& r = m_records.at(i);
    const FlexPortalOrder order = generateFlexPortalOrder(r.seed, i, r.createdAtMs, m_tenantId);
    const int unit = int(order.unitRentalIds.indexOf(subscriptionId));
    if (unit < 0 || unit >= r.rented) // a unit no longer rented has no subscription
        return std::nullopt;
    return Unit{i, unit};
}

QByteArray FlexPortalStore::subscriptionStatus(const QByteArray& id, const QList<FlexPortalSubscription>& generated,
                                               int unit) const
{
    const auto changed = m_subscriptionStatus.constFind(id);
    return changed != m_subscriptionStatus.cend() ? *changed : generated.at(unit).status;
}

std::optional<FlexPortalStore::Subscription> FlexPortalStore::subscription(const QByteArray& id) const
{
    const std::optional<Unit> found = findUnit(id);
    if (!found)
        return std::nullopt;
    const Record& r = m_records.at(found->order);
    const FlexPortalOrder order = generateFlexPortalOrder(r.seed, found->order, r.createdAtMs, m_tenantId);
    const QList<FlexPortalSubscription> generated = generateFlexPortalSubscriptions(order, r.seed, found->order);
    Subscription s;
    s.id = id;
    s.order = found->order;
    s.status = subscriptionStatus(id, generated, found->unit);
    s.assetSerialNumber = generated.at(found->unit).assetSerialNumber;
    return s;
}

QList<FlexPortalStore::Subscription> FlexPortalStore::subscriptions(int i) const
{
    const Record& r = m_records.at(i);
    if (r.rented == 0)
        return {};
    const FlexPortalOrder order = generateFlexPortalOrder(r.seed, i, r.createdAtMs, m_tenantId);
    const QList<FlexPortalSubscription> generated = generateFlexPortalSubscriptions(order, r.seed, i);
    QList<Subscription> out;
    out.reserve(r.rented);
    for (int unit = 0; unit < r.rented; ++unit) {
        const QByteArray& id = order.unitRentalIds.at(unit);
        out.append({id, i, subscriptionStatus(id, generated, unit), generated.at(unit).assetSerialNumber});
    }
    return out;
}

int FlexPortalStore::activeSubscriptions(int i) const
{
    const QList<Subscription> all = subscriptions(i);
    return int(std::count_if(all.cbegin(), all.cend(), [](const Subscription& s) { return s.status == "active"; }));
}

bool FlexPortalStore::setSubscriptionStatus(const QByteArray& id, const QByteArray& status)
{
    if (!findUnit(id))
        return false;
    m_subscriptionStatus.insert(id, status);
    return true;
}

QStringList FlexPortalStore::ids() const
{
    QStringList out;
    out.reserve(m_records.size());
    for (const Record& r : m_records)
        out.append(QString::fromUtf8(r.id));
    return out;
}

bool FlexPortalStore::isCancellable(int i) const
{
    const Record& r = m_records.at(i);
    return (r.status == "pending" || r.status == "confirmed") && r.rented == 0;
}

void FlexPortalStore::cancel(int i)
{
    m_records[i].status = "cancelled";
    refresh(i, true);
}

void FlexPortalStore::setState(int i, const QByteArray& status, int rented)
{
    Record& r = m_records[i];
    const int before = r.rented;
    r.status = status;
    if (rented >= 0)
        r.rented = rented;
    refresh(i, true);
    if (r.rented == before)
        return;
    // Units newly rented get new subscriptions, active; units no longer rented lose theirs.
    const QList<QByteArray> units = generateFlexPortalOrder(r.seed, i, r.createdAtMs, m_tenantId).unitRentalIds;
    for (int unit = before; unit < r.rented; ++unit) {
        indexSubscription(units.at(unit), i);
        m_subscriptionStatus.insert(units.at(unit), "active");
    }
    for (int unit = r.rented; unit < before; ++unit)
        m_subscriptionStatus.remove(units.at(unit));
}

void FlexPortalStore::refresh(int i, bool bumpUpdatedAt)
{
    Record& r = m_records[i];
    FlexPortalOrder order = generateFlexPortalOrder(r.seed, i, r.createdAtMs, m_tenantId);
    order.orderId = r.id;
    order.status = r.status;
    if (r.rented > 0) {
        for (FlexPortalItem& item : order.items)
            item.rentalFields = true;
    }
    order.setRentedDevices(r.rented);
    r.rented = order.rentedDevices; // clamped to the devices the order has
    if (r.updatedAtMs > 0)
        order.updatedAtMs = r.updatedAtMs;
    if (bumpUpdatedAt) {
        r.updatedAtMs = std::max(QDateTime::currentMSecsSinceEpoch(), order.updatedAtMs + 1000);
        order.updatedAtMs = r.updatedAtMs;
    }
    r.json = order.toJson();
}

} // namespace OrderDesk
