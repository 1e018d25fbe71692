#pragma once

#include "domain/cancellationpolicy.h"
#include "domain/order.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace OrderDesk::Cli {

// One order as scripts read it (orders list --format json/csv): account, api, orderId, status,
// stage, customer, rentedDevices, totalDevices, itemsAccepted, itemsTotal, cancellable, why,
// createdAt (ISO 8601 UTC). Counts a platform does not have, or does not know (an order without
// devices), are null, never a made-up 0.
QJsonObject orderSummaryJson(const Order& order, const CancelVerdict& verdict);
// The summary plus what `orders show` adds: progress text, dates, totals, contact and lines.
QJsonObject orderDetailsJson(const Order& order, const CancelVerdict& verdict);
QByteArray jsonLine(const QJsonObject& object); // compact, newline-terminated

// The summary's fields as CSV rows (Csv::row: RFC 4180, CRLF, formulas neutralised), UTF-8.
QByteArray csvHeader();
QByteArray csvRecord(const QJsonObject& summary);

// Columns padded to their widest cell; the last one is not padded.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    QString render() const;

private:
    QList<QStringList> m_rows; // the header first
};

QStringList orderTableHeader();
QStringList orderTableRow(const Order& order, const CancelVerdict& verdict);
// `orders show` for people: one field a line, then the order's lines.
QString orderDetailsText(const Order& order, const CancelVerdict& verdict);

} // namespace OrderDesk::Cli
