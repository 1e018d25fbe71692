#include "cliformat.h"

#include "domain/csv.h"
#include "itemmodels/orderlistmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

// The summary's keys in the order CSV columns use them.
const QStringList& summaryKeys()
{
    static const QStringList keys{u"account"_s,       u"api"_s,        u"orderId"_s,       u"status"_s,
                                  u"stage"_s,         u"customer"_s,   u"rentedDevices"_s, u"totalDevices"_s,
                                  u"itemsAccepted"_s, u"itemsTotal"_s, u"cancellable"_s,   u"why"_s,
                                  u"createdAt"_s};
    return keys;
}

QJsonValue isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject lineJson(Platform platform, const OrderLine& line)
{
    if (platform == Platform::FlexPortal) {
        return QJsonObject{{u"sku"_s, line.sku},
                           {u"productName"_s, line.productName},
                           {u"quantity"_s, line.quantity},
                           {u"rentalStatus"_s, line.rentalStatus},
                           {u"rentalIds"_s, QJsonArray::fromStringList(line.rentalIds)}};
    }
    const ProviderItem& item = line.offerGrid();
    return QJsonObject{{u"itemId"_s, item.itemId},       {u"offerId"_s, item.offerId},
                       {u"offerName"_s, item.offerName}, {u"providerName"_s, item.providerName},
                       {u"status"_s, item.itemStatus},   {u"scheduledFor"_s, isoUtc(item.scheduledFor)}};
}

QString lineText(Platform platform, const OrderLine& line)
{
    if (platform == Platform::FlexPortal) {
        const QString name = line.productName.isEmpty() ? line.sku : line.productName;
        const Progress rented = line.rentalProgress();
        QString text = Text::tr("%1 x %2 (%3): %4 of %5 rented")
                           .arg(QString::number(line.quantity), name, line.sku)
                           .arg(rented.done)
                           .arg(rented.total);
        if (!line.rentalStatus.isEmpty())
            text += Text::tr(" (%1)").arg(line.rentalStatus);
        return text;
    }
    const ProviderItem& item = line.offerGrid();
    const QString name = item.offerName.isEmpty() ? item.itemId : item.offerName;
    return Text::tr("%1 by %2: %3").arg(name, item.providerName, item.itemStatus);
}

QString amountText(const Totals& totals)
{
    if (!totals.total)
        return {};
    return QString::number(*totals.total, 'f', 2) + u' ' + totals.currency;
}

} // namespace

QJsonObject orderSummaryJson(const Order& order, const CancelVerdict& verdict)
{
    QJsonObject o;
    o.insert(u"account"_s, order.accountId);
    o.insert(u"api"_s, platformKey(order.platform));
    o.insert(u"orderId"_s, order.id);
    o.insert(u"status"_s, order.status);
    o.insert(u"stage"_s, stageKey(order.stage()));
    o.insert(u"customer"_s, order.customerDisplayName());
    const bool flexPortal = order.platform == Platform::FlexPortal;
    const bool devicesKnown = flexPortal && order.rentalProgress.isKnown();
    o.insert(u"rentedDevices"_s, devicesKnown ? QJsonValue(order.rentalProgress.done) : QJsonValue());
    o.insert(u"totalDevices"_s, devicesKnown ? QJsonValue(order.rentalProgress.total) : QJsonValue());
    const ProviderProgress items = order.providerProgress();
    o.insert(u"itemsAccepted"_s, flexPortal ? QJsonValue() : QJsonValue(items.accepted));
    o.insert(u"itemsTotal"_s, flexPortal ? QJsonValue() : QJsonValue(items.total));
    o.insert(u"cancellable"_s, verdict.allowed);
    o.insert(u"why"_s, verdict.explanation);
    o.insert(u"createdAt"_s, isoUtc(order.createdAt));
    return o;
}

QJsonObject orderDetailsJson(const Order& order, const CancelVerdict& verdict)
{
    QJsonObject o = orderSummaryJson(order, verdict);
    o.insert(u"progress"_s, OrderListModel::progressText(order));
    o.insert(u"orderType"_s, order.orderType);
    o.insert(u"updatedAt"_s, isoUtc(order.updatedAt));
    o.insert(u"email"_s, order.customer.email);
    o.insert(u"company"_s, order.customer.company);
    o.insert(u"total"_s, optionalNumber(order.totals.total));
    o.insert(u"currency"_s, order.totals.currency);
    o.insert(u"trackingNumber"_s, order.trackingNumber);
    if (order.platform == Platform::OfferGrid) {
        const ProviderProgress items = order.providerProgress();
        o.insert(u"itemsRejected"_s, items.rejected);
        o.insert(u"itemsFailed"_s, items.failed);
    }
    QJsonArray lines;
    for (const OrderLine& line : order.lines)
        lines.append(lineJson(order.platform, line));
    o.insert(u"lines"_s, lines);
    return o;
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray csvHeader()
{
    return Csv::row(summaryKeys());
}

QByteArray csvRecord(const QJsonObject& summary)
{
    QStringList cells;
    for (const QString& key : summaryKeys()) {
        const QJsonValue v = summary.value(key);
        if (v.isBool())
            cells << (v.toBool() ? u"true"_s : u"false"_s);
        else if (v.isDouble())
            cells << QString::number(v.toInteger());
        else
            cells << v.toString(); // null: an empty cell
    }
    return Csv::row(cells);
}

TextTable::TextTable(QStringList header)
{
    if (!header.isEmpty())
        m_rows.append(std::move(header));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    QString text;
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // A line break inside a cell would break the columns: show it as a space.
            QString cell = row.at(i);
            cell.replace(u'\n', u' ').replace(u'\r', u' ');
            line += i + 1 < row.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QStringList orderTableHeader()
{
    return {Text::tr("ORDER"),    Text::tr("STATUS"),  Text::tr("STAGE"),       Text::tr("CUSTOMER"),
            Text::tr("PROGRESS"), Text::tr("CREATED"), Text::tr("CANCELLABLE"), Text::tr("WHY NOT")};
}

QStringList orderTableRow(const Order& order, const CancelVerdict& verdict)
{
    return {order.id,
            order.status,
            stageName(order.stage()),
            order.customerDisplayName(),
            OrderListModel::progressText(order),
            localTime(order.createdAt),
            verdict.allowed ? Text::tr("yes") : Text::tr("no"),
            verdict.explanation};
}

QString orderDetailsText(const Order& order, const CancelVerdict& verdict)
{
    TextTable fields({});
    const auto add = [&fields](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            fields.addRow({label, value});
    };
    add(Text::tr("Order:"), order.id);
    add(Text::tr("Account:"), Text::tr("%1 (%2)").arg(order.accountId, platformName(order.platform)));
    add(Text::tr("Status:"), Text::tr("%1 (%2)").arg(order.status, stageName(order.stage())));
    add(Text::tr("Type:"), order.orderType);
    add(Text::tr("Customer:"), order.customerDisplayName());
    add(Text::tr("E-mail:"), order.customer.email);
    add(Text::tr("Progress:"), OrderListModel::progressText(order));
    add(Text::tr("Total:"), amountText(order.totals));
    add(Text::tr("Created:"), localTime(order.createdAt));
    add(Text::tr("Updated:"), localTime(order.updatedAt));
    add(Text::tr("Tracking:"), order.trackingNumber);
    add(Text::tr("Cancellable:"), verdict.allowed ? Text::tr("yes") : Text::tr("no: %1").arg(verdict.explanation));
    QString text = fields.render();
    if (!order.lines.isEmpty()) {
        text += Text::tr("Lines:") + u'\n';
        for (const OrderLine& line : order.lines)
            text += u"  "_s + lineText(order.platform, line) + u'\n';
    }
    return text;
}

} // namespace OrderDesk::Cli
