#pragma once

#include "cancellog.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace OrderDesk {

// The FlexPortal orders the sandbox serves, in list order (newest first). Each order is kept as its
// compact JSON, serialised once and again only when its state changes, so that list pages are
// concatenations of cached bytes. Only what can change is kept beside the bytes; the rest is
// regenerated from the order's seed when needed. Not thread-safe: the server guards it.
class FlexPortalStore
{
public:
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
    // Changes status and (when rented >= 0) the rented devices, as if someone else had acted.
    void setState(int i, const QByteArray& status, int rented);

    CancelLog& cancels() { return m_cancels; }
    const CancelLog& cancels() const { return m_cancels; }

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

    QList<Record> m_records;
    QHash<QByteArray, int> m_index;
    QByteArray m_tenantId;
    CancelLog m_cancels;
};

} // namespace OrderDesk
