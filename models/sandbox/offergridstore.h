#pragma once

#include "cancellog.h"
#include "offergridorder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace OrderDesk {

// The OfferGrid orders the sandbox serves, in list order (newest first), each kept as compact JSON
// that is rebuilt only when its state changes. Not thread-safe: the server guards it.
class OfferGridStore
{
public:
    void generate(quint32 seed, int count);

    int size() const { return int(m_records.size()); }
    int indexOf(const QByteArray& orderId) const { return m_index.value(orderId, -1); }
    const QByteArray& id(int i) const { return m_records.at(i).id; }
    const QByteArray& json(int i) const { return m_records.at(i).json; }
    const QByteArray& status(int i) const { return m_records.at(i).status; }
    const QList<QByteArray>& itemStatuses(int i) const { return m_records.at(i).itemStatuses; }
    QStringList ids() const;

    // What stops the reseller's cancel, by the cancel page: "Cancel a pending or submitted order. Orders
    // can only be cancelled if they have not been accepted by providers."
    enum class CancelBlock
    {
        None,             // order pending, submitted or submitted_to_provider; no item accepted or beyond
        AlreadyCancelled, // the order is cancelled
        Accepted,         // an item is accepted, scheduled, in_progress, active or completed
        Status,           // any other order status, or an item status the sandbox does not know
    };
    CancelBlock cancelBlock(int i) const;
    bool isCancellable(int i) const { return cancelBlock(i) == CancelBlock::None; }
    // The order and its open items become cancelled (rejected, failed and cancelled items keep their
    // status); the history records the reseller's reason.
    void cancel(int i, const QString& reason);
    // As if a provider had acted. itemStatuses: empty keeps them, else one per item; false if the count differs.
    bool setState(int i, const QByteArray& status, const QList<QByteArray>& itemStatuses);

    CancelLog& cancels() { return m_cancels; }
    const CancelLog& cancels() const { return m_cancels; }

private:
    struct Record
    {
        QByteArray id;
        QByteArray status;
        QList<QByteArray> itemStatuses;
        QList<OfferGridHistoryEntry> addedHistory;
        QByteArray json;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0; // 0: as generated
        quint32 seed = 0;
    };

    OfferGridOrder build(int i) const;
    void change(int i, OfferGridHistoryEntry entry);

    QList<Record> m_records;
    QHash<QByteArray, int> m_index;
    CancelLog m_cancels;
};

} // namespace OrderDesk
