#include "orderdetailspane.h"

#include "domain/cancellationpolicy.h"
#include "itemmodels/orderlinesmodel.h"
#include "itemmodels/orderlistmodel.h"
#include "ordertimeline.h"
#include "progressdelegate.h"
#include "subscriptionlist.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
QLabel* makeValueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString money(std::optional<double> amount, const QString& currency)
{
    return amount ? QLocale().toString(*amount, 'f', 2) + u' ' + currency : QString();
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}
} // namespace

OrderDetailsPane::OrderDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(makeValueLabel(this, u"progressText"_s))
    , m_cancel(new QPushButton(tr("&Cancel order…"), this))
    , m_cancelExplanation(makeValueLabel(this, u"cancelExplanation"_s))
    , m_subscriptions(new SubscriptionList(this))
    , m_tabs(new QTabWidget(this))
    , m_lines(new OrderLinesModel(this))
    , m_linesView(new QTableView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_loadRaw(new QPushButton(tr("Load the order as the platform sends it"), this))
{
    setObjectName(u"orderDetailsPane"_s);
    m_title->setObjectName(u"orderTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(u"orderStatus"_s);
    m_progress->setObjectName(u"orderProgress"_s);
    m_progress->setAccessibleName(tr("Order progress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(u"cancelOrderButton"_s);
    m_cancel->setAccessibleName(tr("Cancel order"));
    m_cancelExplanation->setAccessibleName(tr("Why the order cannot be cancelled"));

    auto* cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_cancel, 0, Qt::AlignTop);
    cancelRow->addWidget(m_cancelExplanation, 1);

    m_linesView->setObjectName(u"orderLinesView"_s);
    m_linesView->setModel(m_lines);
    m_linesView->setAccessibleName(tr("Line items"));
    m_linesView->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it): no keyboard trap
    m_linesView->verticalHeader()->hide();
    m_linesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_linesView->setWordWrap(false);
    m_linesView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_linesView->viewport()->installEventFilter(this); // a wider pane widens the text column
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setItemDelegateForColumn(OrderLinesModel::FpRented, new ProgressDelegate(m_linesView));

    m_raw->setObjectName(u"rawData"_s);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw data"));
    m_raw->setFont(QFont(u"monospace"_s));
    m_loadRaw->setObjectName(u"loadRawData"_s);
    auto* rawTab = new QWidget(this);
    auto* rawLayout = new QVBoxLayout(rawTab);
    rawLayout->addWidget(m_loadRaw, 0, Qt::AlignLeft);
    rawLayout->addWidget(m_raw, 1);

    m_tabs->setObjectName(u"detailsTabs"_s);
    m_tabs->addTab(buildOverviewTab(), tr("O&verview"));
    m_tabs->addTab(m_linesView, tr("&Items"));
    m_tabs->addTab(rawTab, tr("&Raw data"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(cancelRow);
    layout->addWidget(m_subscriptions);
    layout->addWidget(m_tabs, 1);

    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailsPane::cancelRequested);
    connect(m_subscriptions, &SubscriptionList::cancelRequested, this, &OrderDetailsPane::subscriptionsCancelRequested);
    connect(m_loadRaw, &QPushButton::clicked, this, [this] {
        if (!m_hasOrder)
            return;
        m_rawKey = currentKey();
        m_raw->setPlainText(tr("Loading…"));
        emit rawDataRequested(m_order);
    });
    clearOrder();
}

QWidget* OrderDetailsPane::buildOverviewTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customer = makeValueLabel(page, u"customerDetails"_s);
    m_billing = makeValueLabel(page, u"billingAddress"_s);
    m_shipping = makeValueLabel(page, u"shippingAddress"_s);
    m_totals = makeValueLabel(page, u"totals"_s);
    m_payment = makeValueLabel(page, u"payment"_s);
    m_notes = makeValueLabel(page, u"notes"_s);
    m_timestamps = makeValueLabel(page, u"timestamps"_s);
    m_shippingTitle = new QLabel(tr("Shipping address:"), page);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Billing address:"), m_billing);
    form->addRow(m_shippingTitle, m_shipping);
    form->addRow(tr("Totals:"), m_totals);
    form->addRow(tr("Payment:"), m_payment);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("Dates:"), m_timestamps);
    m_timeline = new OrderTimeline(page);
    form->addRow(tr("Cancel attempts:"), m_timeline);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Order overview")); // Tab stops here to scroll it: it is announced
    m_overviewScroll = scroll;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QString OrderDetailsPane::currentKey() const
{
    return OrderListModel::keyOf(m_order.accountId, m_order.id);
}

QString OrderDetailsPane::progressSentence(const Order& order)
{
    if (order.platform == Platform::FlexPortal) {
        const Progress p = order.rentalProgress;
        if (!p.isKnown())
            return tr("No devices on this order.");
        return tr("%1 of %n device(s) rented", nullptr, p.total).arg(p.done);
    }
    const ProviderProgress p = order.providerProgress();
    if (p.total == 0)
        return tr("No provider items on this order.");
    QStringList parts{tr("%1 of %n provider item(s) accepted", nullptr, p.total).arg(p.accepted)};
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines.at(i);
        const ProviderItem& item = line.offerGrid();
        const QString provider = item.providerName.isEmpty() ? tr("The provider") : item.providerName;
        if (item.itemStatus == u"rejected")
            parts << tr("%1 rejected item %2").arg(provider).arg(i + 1);
        else if (item.itemStatus == u"failed")
            parts << tr("item %1 failed at %2").arg(i + 1).arg(provider);
    }
    return parts.join(u"; "_s);
}

void OrderDetailsPane::showOrder(const Order& order, bool cancelRunning)
{
    const bool sameOrder = m_hasOrder && OrderListModel::keyOf(order.accountId, order.id) == currentKey();
    m_order = order;
    m_hasOrder = true;
    setEnabled(true);
    m_title->setText(tr("Order %1").arg(order.id));
    m_status->setText(tr("%1 · %2 (%3)").arg(platformName(order.platform), order.status, stageName(order.stage())));

    const Progress progress = order.progress();
    m_progress->setVisible(progress.isKnown());
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    m_progress->setFormat(u"%L1/%L2"_s.arg(progress.done).arg(progress.total));
    m_progressText->setText(progressSentence(order));
    m_progress->setAccessibleDescription(progressSentence(order)); // "3 of 5 devices rented", not "3/5"

    const CancelVerdict verdict = CancellationPolicy::evaluate(order);
    m_cancel->setEnabled(verdict.allowed && !cancelRunning);
    m_cancelExplanation->setText(cancelRunning ? tr("A cancel of this order is in progress.") : verdict.explanation);
    m_cancelExplanation->setVisible(!m_cancelExplanation->text().isEmpty());
    m_cancel->setAccessibleDescription(m_cancelExplanation->text()); // why the button is off, where it is

    fillOverview(order);
    m_timeline->showOrder(order.accountId, order.id, cancelRunning);
    m_subscriptions->showOrder(order, cancelRunning);
    m_lines->setOrder(order);
    fitLineColumns();
    if (!sameOrder) {
        m_raw->clear();
        m_rawKey.clear();
    }
}

void OrderDetailsPane::fillOverview(const Order& o)
{
    QStringList customer{o.customerDisplayName()};
    if (!o.customer.company.isEmpty() && o.customer.company != o.customerDisplayName())
        customer << o.customer.company;
    if (!o.customer.email.isEmpty())
        customer << o.customer.email;
    if (!o.customer.phone.isEmpty())
        customer << o.customer.phone;
    m_customer->setText(customer.join(u'\n'));
    m_billing->setText(o.billingAddress->isEmpty() ? tr("—") : o.billingAddress->toMultiLineText());
    m_shippingTitle->setText(o.platform == Platform::FlexPortal ? tr("Shipping address:") : tr("Service address:"));
    m_shipping->setText(o.shippingAddress->isEmpty() ? tr("—") : o.shippingAddress->toMultiLineText());

    if (o.totals.total) {
        QStringList totals;
        if (o.totals.subtotal)
            totals << tr("Subtotal %1").arg(money(o.totals.subtotal, o.totals.currency));
        if (o.totals.tax)
            totals << tr("Tax %1").arg(money(o.totals.tax, o.totals.currency));
        totals << tr("Total %1").arg(money(o.totals.total, o.totals.currency));
        m_totals->setText(totals.join(u'\n'));
    } else {
        m_totals->setText(tr("The platform sends no amounts for this order."));
    }
    QStringList payment;
    if (!o.payment.status.isEmpty())
        payment << tr("Status: %1").arg(o.payment.status);
    if (!o.payment.method.isEmpty())
        payment << tr("Method: %1").arg(o.payment.method);
    if (o.payment.paidAmount)
        payment << tr("Paid: %1").arg(money(o.payment.paidAmount, o.totals.currency));
    if (!o.payment.transactionId.isEmpty())
        payment << tr("Transaction: %1").arg(o.payment.transactionId);
    m_payment->setText(payment.isEmpty() ? tr("—") : payment.join(u'\n'));
    m_notes->setText(o.notes.isEmpty() ? tr("—") : o.notes);

    QStringList times;
    times << tr("Created %1").arg(localTime(o.createdAt));
    if (o.updatedAt.isValid())
        times << tr("Updated %1").arg(localTime(o.updatedAt));
    if (o.shippedAt.isValid())
        times << tr("Shipped %1").arg(localTime(o.shippedAt));
    if (!o.trackingNumber.isEmpty())
        times << tr("Tracking number %1").arg(o.trackingNumber);
    m_timestamps->setText(times.join(u'\n'));
    // The scroll area sizes the page to the texts' height only in a later pass of the event loop;
    // until then a long address or note was drawn squeezed, cut off at the bottom. Size it now.
    m_overviewScroll->setWidgetResizable(true);
}

void OrderDetailsPane::clearOrder()
{
    m_hasOrder = false;
    m_order = Order{};
    m_title->setText(tr("No order selected"));
    m_status->clear();
    m_progress->hide();
    m_progressText->setText(tr("Select an order in the list to see its details."));
    m_cancel->setEnabled(false);
    m_cancelExplanation->hide();
    m_lines->clear();
    m_timeline->clear();
    m_subscriptions->clear();
    m_raw->clear();
    m_rawKey.clear();
    for (QLabel* l : {m_customer, m_billing, m_shipping, m_totals, m_payment, m_notes, m_timestamps})
        l->clear();
}

// The short columns (SKU, quantity, price, status, ...) are as wide as what they hold; the text column
// gets what is left, and never less than its own text: nothing is cut, at worst the table scrolls
// sideways. Line items are a handful of rows, so sizing to the contents costs nothing.
void OrderDetailsPane::fitLineColumns()
{
    QHeaderView* header = m_linesView->horizontalHeader();
    const int columns = m_lines->columnCount();
    const int text = m_lines->textColumn();
    if (columns == 0 || text >= columns)
        return;
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(text, QHeaderView::Interactive);
    header->resizeSections(QHeaderView::ResizeToContents); // every column, the text column too, as wide as it needs
    int others = 0;
    for (int c = 0; c < columns; ++c)
        others += c == text ? 0 : header->sectionSize(c);
    header->resizeSection(text, std::max(header->sectionSize(text), m_linesView->viewport()->width() - others));
}

bool OrderDetailsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_linesView->viewport() && event->type() == QEvent::Resize)
        fitLineColumns();
    return QWidget::eventFilter(watched, event);
}

void OrderDetailsPane::setHistoryReader(HistoryReader* reader)
{
    m_timeline->setReader(reader);
    m_subscriptions->setReader(reader);
}

void OrderDetailsPane::focusDetails()
{
    if (m_cancel->isEnabled())
        m_cancel->setFocus(Qt::OtherFocusReason);
    else
        m_tabs->setFocus(Qt::OtherFocusReason);
}

void OrderDetailsPane::showRawData(const QString& orderKey, const QByteArray& raw)
{
    if (orderKey != m_rawKey)
        return; // the agent has moved on to another order
    // Exactly the bytes the platform sent: no re-ordering or re-formatting of what it said.
    m_raw->setPlainText(QString::fromUtf8(raw));
}

void OrderDetailsPane::showRawDataError(const QString& orderKey, const QString& message)
{
    if (orderKey == m_rawKey)
        m_raw->setPlainText(message);
}

} // namespace OrderDesk
