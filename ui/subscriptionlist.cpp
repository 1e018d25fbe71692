#include "subscriptionlist.h"

#include "services/historyreader.h"
#include "services/subscriptioncancelservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column
{
    IdColumn,
    LineColumn,
    StateColumn
};
constexpr int VisibleRows = 6; // more scroll
} // namespace

SubscriptionList::SubscriptionList(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel &subscriptions…"), this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"subscriptionList"_s);
    m_summary->setObjectName(u"subscriptionSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(u"cancelSubscriptionsButton"_s);
    m_cancel->setAccessibleName(tr("Cancel subscriptions"));
    m_list->setObjectName(u"subscriptionTable"_s);
    m_list->setAccessibleName(tr("Subscriptions of this order"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Subscription"), tr("Line"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    const int em = m_list->fontMetrics().horizontalAdvance(u'M');
    m_list->setColumnWidth(IdColumn, 10 * em);
    m_list->setColumnWidth(LineColumn, 14 * em);
    m_list->setMaximumHeight(m_list->header()->sizeHint().height() +
                             VisibleRows * (m_list->fontMetrics().height() + 6) + 2 * m_list->frameWidth());

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_cancel, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);
    connect(m_cancel, &QPushButton::clicked, this, &SubscriptionList::cancelRequested);
    clear();
}

void SubscriptionList::setReader(HistoryReader* reader)
{
    if (m_reader)
        m_reader->disconnect(this);
    m_reader = reader;
    if (m_reader)
        connect(m_reader, &HistoryReader::orderHistoryLoaded, this, &SubscriptionList::onLoaded);
}

void SubscriptionList::setCancelAvailable(bool available)
{
    m_available = available;
    m_cancel->setVisible(available);
}

void SubscriptionList::showOrder(const Order& order, bool cancelRunning)
{
    const bool sameOrder = m_hasOrder && order.accountId == m_order.accountId && order.id == m_order.id;
    m_order = order;
    m_hasOrder = true;
    if (!sameOrder)
        m_known.clear();
    const qsizetype count = subscriptionsOf(order).size();
    setVisible(count > 0);
    m_cancel->setEnabled(m_available && count > 0 && !cancelRunning);
    fill();
}

void SubscriptionList::clear()
{
    m_hasOrder = false;
    m_order = Order{};
    m_known.clear();
    m_list->clear();
    hide();
}

void SubscriptionList::onLoaded(const QString& accountId, const QString& orderId, const HistorySnapshot& snapshot)
{
    if (!m_hasOrder || accountId != m_order.accountId || orderId != m_order.id)
        return; // another order's
    m_known = latestSubscriptionAttempts(snapshot.attempts);
    fill();
}

void SubscriptionList::fill()
{
    const QList<OrderSubscription> subscriptions = subscriptionsOf(m_order);
    m_list->clear();
    for (const OrderSubscription& s : subscriptions) {
        const auto found = m_known.constFind(s.id);
        const CancelAttempt* latest = found == m_known.cend() ? nullptr : &found.value();
        auto* item = new QTreeWidgetItem(m_list, {s.id, lineText(s.productName, s.sku), stateText(latest)});
        if (latest && !latest->message.isEmpty())
            item->setToolTip(StateColumn, latest->message);
    }
    m_summary->setText(tr("%n subscription(s) on this order. FlexPortal does not show a subscription's state; "
                          "what is known comes from the cancellation history.",
                          nullptr, int(subscriptions.size())));
}

QString SubscriptionList::lineText(const QString& productName, const QString& sku)
{
    if (productName.isEmpty() && sku.isEmpty())
        return tr("(not on a line)");
    if (productName.isEmpty() || sku.isEmpty())
        return productName.isEmpty() ? sku : productName;
    return tr("%1 (%2)").arg(productName, sku);
}

QString SubscriptionList::stateText(const CancelAttempt* latest)
{
    if (!latest)
        return tr("state unknown");
    const QString when = QLocale().toString(
        (latest->completedAt.isValid() ? latest->completedAt : latest->startedAt).toLocalTime(), QLocale::ShortFormat);
    const QString& o = latest->outcome;
    if (o == u"cancelled")
        return tr("cancelled (%1)").arg(when);
    if (o == u"already-cancelled")
        return tr("cancelled (found already cancelled %1)").arg(when);
    if (o == u"already-ended")
        return tr("ended (found %1)").arg(when);
    if (o == u"refused")
        return tr("state unknown: a cancel was refused (%1)").arg(when);
    if (o == u"failed")
        return tr("state unknown: a cancel was not sent (%1)").arg(when);
    if (o == u"pending")
        return tr("state unknown: a cancel is under way or was interrupted (%1)").arg(when);
    return tr("state unknown: no clear answer to a cancel (%1)").arg(when);
}

} // namespace OrderDesk
