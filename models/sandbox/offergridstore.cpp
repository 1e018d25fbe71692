#include "offergridstore.h"

#include "offergridgenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace OrderDesk {

void OfferGridStore::generate(quint32 seed, int count)
{
    m_records.clear();
    m_index.clear();
    count = std::max(0, count);
    m_records.reserve(count);
    m_index.reserve(count);

    QRandomGenerator rng(seed ^ 0x4F470001U); // "OG": OfferGrid's own stream of the seed
    qint64 createdAt = SandboxAnchorMs - qint64(rng.bounded(quint32(HourMs)));
    for (int i = 0; i < count; ++i) {
        const quint32 orderSeed = rng.generate();
        if (i > 0)
            createdAt -= 3 * MinuteMs + qint64(rng.bounded(quint32(87 * MinuteMs))); // newest first
        const OfferGridOrder order = generateOfferGridOrder(orderSeed, i, createdAt);

        Record r;
        r.id = order.orderId;
        if (m_index.contains(r.id))
            r.id += '-' + QByteArray::number(i);
        r.status = order.status;
        for (const OfferGridItem& item : order.items)
            r.itemStatuses.append(item.status);
        r.createdAtMs = createdAt;
        r.seed = orderSeed;
        m_index.insert(r.id, i);
        m_records.append(std::move(r));
        if (m_records.constLast().id == order.orderId)
            m_records.last().json = order.toJson();
        else
            m_records.last().json = build(i).toJson();
    }
}

QStringList OfferGridStore::ids() const
{
    QStringList out;
    out.reserve(m_records.size());
    for (const Record& r : m_records)
        out.append(QString::fromUtf8(r.id));
    return out;
}

OfferGridStore::CancelBlock OfferGridStore::cancelBlock(int i) const
{
    const Record& r = m_records.at(i);
    if (r.status == "cancelled")
        return CancelBlock::AlreadyCancelled;
    bool blocked = !OfferGridStatus::isCancellableOrderStatus(r.status);
    for (const QByteArray& s : r.itemStatuses) {
        if (OfferGridStatus::isAcceptedOrBeyond(s))
            return CancelBlock::Accepted;
        blocked = blocked || OfferGridStatus::blocksCancel(s);
    }
    return blocked ? CancelBlock::Status : CancelBlock::None;
}

void OfferGridStore::cancel(int i, const QString& reason)
{
    Record& r = m_records[i];
    r.status = "cancelled";
    for (QByteArray& s : r.itemStatuses) {
        if (OfferGridStatus::isOpen(s))
            s = "cancelled";
    }
    OfferGridHistoryEntry entry;
    entry.status = "cancelled";
    entry.notes = reason.trimmed().isEmpty() ? QByteArray("Cancelled by the reseller")
                                             : "Cancelled by the reseller: " + reason.trimmed().toUtf8();
    change(i, entry);
}

bool OfferGridStore::setState(int i, const QByteArray& status, const QList<QByteArray>& itemStatuses)
{
    Record& r = m_records[i];
    if (!itemStatuses.isEmpty() && itemStatuses.size() != r.itemStatuses.size())
        return false;
    r.status = status;
    if (!itemStatuses.isEmpty())
        r.itemStatuses = itemStatuses;
    OfferGridHistoryEntry entry;
    entry.status = status;
    entry.notes = "Status updated by the provider";
    change(i, entry);
    return true;
}

OfferGridOrder OfferGridStore::build(int i) const
{
    const Record& r = m_records.at(i);
    OfferGridOrder order = generateOfferGridOrder(r.seed, i, r.createdAtMs);
    order.orderId = r.id;
    order.status = r.status;
    for (int k = 0; k < order.items.size() && k < r.itemStatuses.size(); ++k) {
        OfferGridItem& item = order.items[k];
        if (item.status != r.itemStatuses.at(k)) {
            item.status = r.itemStatuses.at(k);
            item.providerNotes.clear(); // what the provider said no longer fits
        }
    }
    order.history += r.addedHistory;
    if (r.updatedAtMs > 0)
        order.updatedAtMs = r.updatedAtMs;
    return order;
}

void OfferGridStore::change(int i, OfferGridHistoryEntry entry)
{
    const OfferGridOrder before = build(i);
    Record& r = m_records[i];
    r.updatedAtMs = std::max(QDateTime::currentMSecsSinceEpoch(), before.updatedAtMs + 1000);
    entry.timestampMs = r.updatedAtMs;
    entry.style = before.updatedAtStyle;
    r.addedHistory.append(entry);
    r.json = build(i).toJson();
}

} // namespace OrderDesk
