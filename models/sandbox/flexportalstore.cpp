#include "flexportalstore.h"

#include "flexportalgenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace OrderDesk {

void FlexPortalStore::generate(quint32 seed, int count, const QByteArray& tenantId)
{
    m_records.clear();
    m_index.clear();
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
    }
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
    r.status = status;
    if (rented >= 0)
        r.rented = rented;
    refresh(i, true);
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
