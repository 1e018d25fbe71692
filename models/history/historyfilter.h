#pragma once

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// Which attempts a manager wants to see; empty fields do not filter.
struct HistoryFilter
{
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    QString agent;
    QString accountId;
    QString orderId; // exactly this order id (with accountId: one order's attempts)
    QString platform;
    QString outcome;
    QString text; // in the reason or the order id
};

} // namespace OrderDesk
