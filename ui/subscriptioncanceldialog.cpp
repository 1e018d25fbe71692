#include "subscriptioncanceldialog.h"

#include "accessiblenames.h"
#include "feedbackcolors.h"
#include "itemmodels/historymodel.h"
#include "orderdetailspane.h"
#include "services/subscriptioncancelservice.h"
#include "subscriptionlist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

enum ResultColumn
{
    ResultId,
    ResultOutcome,
    ResultMessage,
    ResultSerial
};

QLabel* makeText(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SubscriptionCancelDialog::SubscriptionCancelDialog(const Order& order, const QHash<QString, CancelAttempt>& known,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_order(order)
    , m_what(makeText(u"subscriptionCancelSummary"_s, this))
    , m_pages(new QStackedWidget(this))
    , m_choices(new QTreeWidget(this))
    , m_reason(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_state(makeText(u"subscriptionCancelState"_s, this))
    , m_confirmText(makeText(u"subscriptionConfirmText"_s, this))
    , m_progress(new QProgressBar(this))
    , m_sendState(makeText(u"subscriptionSendState"_s, this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(u"subscriptionCancelDialog"_s);
    setWindowTitle(tr("Cancel subscriptions of order %1").arg(order.id));
    m_what->setText(
        tr("Order %1 · %2 · %3\n%4\n\nCancelling a subscription ends it: FlexPortal voids its future "
           "payments and flags its asset for collection. This cannot be undone. One request goes out "
           "per subscription, one after the other, each written to the cancellation history first.")
            .arg(order.id, order.customerDisplayName(), order.status, OrderDetailsPane::progressSentence(order)));

    m_pages->setObjectName(u"subscriptionCancelSteps"_s);
    m_pages->addWidget(buildChoosePage(known));
    auto* confirmPage = new QWidget(this);
    auto* confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addStretch(1);
    m_pages->addWidget(confirmPage);
    m_pages->addWidget(buildSendPage());

    auto* buttons = new QDialogButtonBox(this);
    m_primary = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_primary->setObjectName(u"subscriptionPrimary"_s);
    m_secondary = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_secondary->setObjectName(u"subscriptionSecondary"_s);
    // Neither button accepts on its own: each step says what it does.
    m_primary->setAutoDefault(false);
    Accessible::keepButtonsReachable(buttons); // the primary button hides while sending: Tab must not stop on it
    connect(m_primary, &QPushButton::clicked, this, &SubscriptionCancelDialog::onPrimary);
    connect(m_secondary, &QPushButton::clicked, this, &SubscriptionCancelDialog::onSecondary);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    goTo(Step::Choose);
    resize(680, 560);
}

QWidget* SubscriptionCancelDialog::buildChoosePage(const QHash<QString, CancelAttempt>& known)
{
    auto* page = new QWidget(this);
    m_choices->setObjectName(u"subscriptionChoices"_s);
    m_choices->setAccessibleName(tr("Subscriptions to cancel"));
    m_choices->setRootIsDecorated(false);
    m_choices->setUniformRowHeights(true);
    m_choices->setHeaderLabels({tr("Subscription"), tr("Line"), tr("Known state")});
    m_choices->header()->setStretchLastSection(true);
    const int em = m_choices->fontMetrics().horizontalAdvance(u'M');
    m_choices->setColumnWidth(0, 11 * em);
    m_choices->setColumnWidth(1, 15 * em);
    for (const OrderSubscription& s : subscriptionsOf(m_order)) {
        const auto found = known.constFind(s.id);
        auto* item = new QTreeWidgetItem(
            m_choices, {s.id, SubscriptionList::lineText(s.productName, s.sku),
                        SubscriptionList::stateText(found == known.cend() ? nullptr : &found.value())});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked); // the agent chooses: nothing is preselected
    }

    m_reason->setObjectName(u"subscriptionReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (SubscriptionCancelReason::Value v : SubscriptionCancelReason::values())
        m_reason->addItem(SubscriptionCancelReason::label(v), SubscriptionCancelReason::apiValue(v));

    m_notes->setObjectName(u"subscriptionNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Optional notes for FlexPortal and the history"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    m_counter->setObjectName(u"subscriptionNotesCounter"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_counter);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("&Subscriptions to cancel:"), page);
    title->setBuddy(m_choices);
    layout->addWidget(title);
    layout->addWidget(m_choices, 1);
    layout->addLayout(form);
    layout->addWidget(m_state);

    connect(m_choices, &QTreeWidget::itemChanged, this, &SubscriptionCancelDialog::updateChoice);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &SubscriptionCancelDialog::updateChoice);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SubscriptionCancelDialog::updateChoice);
    return page;
}

QWidget* SubscriptionCancelDialog::buildSendPage()
{
    auto* page = new QWidget(this);
    m_progress->setObjectName(u"subscriptionProgress"_s);
    m_progress->setAccessibleName(tr("Subscriptions answered"));
    m_results->setObjectName(u"subscriptionResults"_s);
    m_results->setAccessibleName(tr("Result per subscription"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Subscription"), tr("Outcome"), tr("FlexPortal said"), tr("Asset serial")});
    m_results->header()->setStretchLastSection(true);
    const int em = m_results->fontMetrics().horizontalAdvance(u'M');
    m_results->setColumnWidth(ResultId, 10 * em);
    m_results->setColumnWidth(ResultOutcome, 10 * em);
    m_results->setColumnWidth(ResultMessage, 16 * em);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_sendState);
    layout->addWidget(m_results, 1);
    return page;
}

void SubscriptionCancelDialog::attach(SubscriptionCancelService* service)
{
    m_service = service;
    const auto mine = [this](const QString& accountId, const QString& orderId) {
        return accountId == m_order.accountId && orderId == m_order.id;
    };
    connect(this, &SubscriptionCancelDialog::confirmed, service,
            [this](const QStringList& ids, SubscriptionCancelReason::Value reason, const QString& notes) {
                if (!m_service)
                    return;
                if (const std::optional<ApiError> refused = m_service->submit(m_order, ids, reason, notes))
                    showNotStarted(refused->message);
            });
    connect(this, &SubscriptionCancelDialog::stopRequested, service, [this] {
        if (m_service)
            m_service->stop(m_order.accountId, m_order.id);
    });
    connect(service, &SubscriptionCancelService::runStarted, this,
            [this, mine](const QString& accountId, const QString& orderId, int count) {
                if (mine(accountId, orderId))
                    showRunStarted(count);
            });
    connect(service, &SubscriptionCancelService::subscriptionStarted, this,
            [this, mine](const QString& accountId, const QString& orderId, const QString& id) {
                if (mine(accountId, orderId))
                    showSending(id);
            });
    connect(service, &SubscriptionCancelService::subscriptionFinished, this,
            [this, mine](const QString& accountId, const QString& orderId, const SubscriptionCancelOutcome& outcome) {
                if (mine(accountId, orderId))
                    showResult(outcome);
            });
    connect(service, &SubscriptionCancelService::runFinished, this, [this, mine](const SubscriptionCancelRun& run) {
        if (mine(run.accountId, run.orderId))
            showRunFinished(run);
    });
}

QStringList SubscriptionCancelDialog::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_choices->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_choices->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            ids << item->text(0);
    }
    return ids;
}

std::optional<SubscriptionCancelReason::Value> SubscriptionCancelDialog::reason() const
{
    return SubscriptionCancelReason::fromApiValue(m_reason->currentData().toString());
}

QString SubscriptionCancelDialog::notes() const
{
    return m_notes->toPlainText();
}

void SubscriptionCancelDialog::updateChoice()
{
    if (m_step != Step::Choose)
        return;
    const int length = int(SubscriptionCancelReason::normalizedNotes(notes()).size());
    // UTF-16 code units, as the order cancel's reason is counted: the stricter way a server may count.
    m_counter->setText(
        tr("%1 / %2 characters (emoji count as two)").arg(length).arg(SubscriptionCancelReason::MaxNotes));
    QPalette p = m_counter->palette();
    p.setColor(QPalette::WindowText, labelTextColor(length > SubscriptionCancelReason::MaxNotes, palette()));
    m_counter->setPalette(p);
    const qsizetype chosen = chosenIds().size();
    QString hint;
    if (chosen == 0)
        hint = tr("Choose the subscriptions to cancel.");
    else if (!reason())
        hint = tr("Choose a reason to continue.");
    else if (length > SubscriptionCancelReason::MaxNotes)
        hint = tr("The notes are %1 characters too long.").arg(length - SubscriptionCancelReason::MaxNotes);
    m_state->setText(hint);
    m_primary->setText(chosen > 0 ? tr("Cancel %n subscription(s)…", nullptr, int(chosen))
                                  : tr("Cancel subscriptions…"));
    m_primary->setEnabled(chosen > 0 && reason() && length <= SubscriptionCancelReason::MaxNotes);
}

void SubscriptionCancelDialog::goTo(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Choose:
        m_pages->setCurrentIndex(0);
        m_secondary->setText(tr("Close"));
        m_primary->show();
        updateChoice();
        break;
    case Step::Confirm: {
        m_pages->setCurrentIndex(1);
        const QStringList ids = chosenIds();
        const int n = int(ids.size());
        m_confirmText->setText(
            tr("%n cancel request(s) will go out to FlexPortal, one after the other, one per subscription:", nullptr,
               n) +
            u"\n"_s + ids.join(u", "_s) + u"\n\n"_s + tr("Reason: %1").arg(m_reason->currentText()) +
            (SubscriptionCancelReason::normalizedNotes(notes()).isEmpty() ? QString()
                                                                          : u"\n"_s + tr("Notes: %1").arg(notes())) +
            u"\n\n"_s +
            tr("Each subscription ends, its future payments are voided and its asset is flagged for collection. "
               "This cannot be undone."));
        m_primary->setText(tr("Send %n request(s)", nullptr, n));
        m_primary->setEnabled(true);
        m_secondary->setText(tr("&Back"));
        break;
    }
    case Step::Sending:
        m_pages->setCurrentIndex(2);
        m_primary->hide();
        m_secondary->setText(tr("&Stop"));
        m_secondary->setEnabled(true);
        break;
    case Step::Done:
        m_pages->setCurrentIndex(2);
        m_primary->hide();
        m_secondary->setText(tr("Close"));
        m_secondary->setEnabled(true);
        break;
    }
    // The default button is always the safe one: Close, Back, Stop, Close.
    m_secondary->setDefault(true);
    // The keyboard starts where the work is, at the subscriptions to tick; later at the safe button.
    (m_step == Step::Choose ? static_cast<QWidget*>(m_choices) : m_secondary)->setFocus(Qt::OtherFocusReason);
}

void SubscriptionCancelDialog::onPrimary()
{
    if (m_step == Step::Choose && m_primary->isEnabled()) {
        goTo(Step::Confirm);
    } else if (m_step == Step::Confirm) {
        const std::optional<SubscriptionCancelReason::Value> r = reason();
        if (!r)
            return;
        m_busy = true; // from here the service may be sending: the dialog stays until the run ends
        m_primary->setEnabled(false);
        emit confirmed(chosenIds(), *r, notes());
    }
}

void SubscriptionCancelDialog::onSecondary()
{
    switch (m_step) {
    case Step::Choose:
    case Step::Done:
        QDialog::reject();
        break;
    case Step::Confirm:
        if (!m_busy)
            goTo(Step::Choose);
        break;
    case Step::Sending:
        m_secondary->setEnabled(false);
        m_secondary->setText(tr("Stopping…"));
        m_sendState->setText(tr("Stopping: the request already out is waited for; no other is sent."));
        emit stopRequested();
        break;
    }
}

void SubscriptionCancelDialog::reject()
{
    // Esc: closes when nothing is going out; while requests go out, the agent waits for their answers.
    if (m_busy)
        return;
    if (m_step == Step::Confirm) {
        goTo(Step::Choose);
        return;
    }
    QDialog::reject();
}

void SubscriptionCancelDialog::showNotStarted(const QString& why)
{
    m_busy = false;
    goTo(Step::Choose);
    m_state->setText(why);
}

void SubscriptionCancelDialog::showRunStarted(int count)
{
    m_busy = true;
    m_total = count;
    m_answered = 0;
    m_results->clear();
    for (const QString& id : chosenIds())
        new QTreeWidgetItem(m_results, {id, tr("Waiting"), QString(), QString()});
    m_progress->setRange(0, std::max(1, count));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m answered"));
    m_sendState->setText(tr("Sending %n cancel request(s), one after the other…", nullptr, count));
    for (QWidget* w :
         {static_cast<QWidget*>(m_choices), static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_notes)})
        w->setEnabled(false);
    goTo(Step::Sending);
}

QTreeWidgetItem* SubscriptionCancelDialog::resultRow(const QString& subscriptionId) const
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        if (m_results->topLevelItem(i)->text(ResultId) == subscriptionId)
            return m_results->topLevelItem(i);
    }
    return nullptr;
}

void SubscriptionCancelDialog::showSending(const QString& subscriptionId)
{
    if (QTreeWidgetItem* row = resultRow(subscriptionId))
        row->setText(ResultOutcome, tr("Sending…"));
    m_sendState->setText(
        tr("Cancelling subscription %1 (%2 of %3)…").arg(subscriptionId).arg(m_answered + 1).arg(m_total));
}

void SubscriptionCancelDialog::showResult(const SubscriptionCancelOutcome& outcome)
{
    ++m_answered;
    m_progress->setValue(m_answered);
    QTreeWidgetItem* row = resultRow(outcome.subscriptionId);
    if (!row)
        row = new QTreeWidgetItem(m_results, {outcome.subscriptionId});
    row->setText(ResultOutcome, HistoryModel::outcomeLabel(outcome.kindKey()));
    row->setText(ResultMessage, outcome.platformMessage);
    row->setText(ResultSerial, outcome.assetSerialNumber);
    const QString summary = outcome.summary();
    for (int c = ResultId; c <= ResultSerial; ++c)
        row->setToolTip(c, summary);
}

void SubscriptionCancelDialog::showRunFinished(const SubscriptionCancelRun& run)
{
    m_busy = false;
    for (const QString& id : run.notSent) {
        if (QTreeWidgetItem* row = resultRow(id))
            row->setText(ResultOutcome, tr("Not sent (stopped)"));
    }
    int settled = 0;
    for (const SubscriptionCancelOutcome& o : run.outcomes)
        settled += o.isSettled() ? 1 : 0;
    QStringList lines{tr("%1 of %n subscription(s) cancelled or already ended.", nullptr, m_total).arg(settled)};
    if (!run.notSent.isEmpty())
        lines << tr("%n not sent.", nullptr, int(run.notSent.size()));
    for (const SubscriptionCancelOutcome& o : run.outcomes) {
        if (!o.isSettled())
            lines << o.summary();
    }
    lines << (run.refreshError ? tr("The order could not be read again: %1").arg(run.refreshError->userMessage())
                               : tr("The order was read again."));
    m_sendState->setText(lines.join(u'\n'));
    goTo(Step::Done);
}

} // namespace OrderDesk
