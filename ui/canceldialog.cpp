#include "canceldialog.h"

#include "orderdetailspane.h"
#include "reasoneditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

CancelDialog::CancelDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_order(order)
    , m_reason(new ReasonEditor(this))
    , m_summary(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_state(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"cancelDialog"_s);
    setWindowTitle(tr("Cancel order %1").arg(order.id));

    m_summary->setObjectName(u"cancelSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What the platform says now, not what the list showed: "checking" until the fresh copy is in.
    m_verdict->setObjectName(u"cancelVerdict"_s);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Checking the order's current state with %1…").arg(platformName(order.platform)));
    showSummary();

    m_state->setObjectName(u"cancelState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_confirm = m_buttons->addButton(tr("Cancel the &order"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmCancel"_s);
    m_confirm->setAccessibleDescription(
        tr("Sends one cancel request to %1. A cancelled order cannot be restored.").arg(platformName(order.platform)));
    m_keep = m_buttons->addButton(tr("&Keep order"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(u"keepOrder"_s);
    m_keep->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);
    layout->addWidget(m_reason);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);
    setTabOrder(m_reason->lastField(), m_keep);
    setTabOrder(m_keep, m_confirm);
    // The keyboard starts at the reason, the one thing to give. Esc keeps the order; Enter outside the
    // details presses the default button, "Keep order", so a stray Enter never cancels.
    m_reason->firstField()->setFocus(Qt::OtherFocusReason);

    connect(m_reason, &ReasonEditor::changed, this, &CancelDialog::updateState);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_done) {
            accept();
            return;
        }
        if (!m_busy && reason().isValid())
            emit confirmed(reason());
    });
    connect(m_keep, &QPushButton::clicked, this, &CancelDialog::reject);
    updateState();
    resize(520, sizeHint().height());
}

CancelReason CancelDialog::reason() const
{
    return m_reason->reason();
}

void CancelDialog::showSummary()
{
    m_summary->setText(tr("Order %1 of %2\nCustomer: %3\nStatus: %4\n%5")
                           .arg(m_order.id, platformName(m_order.platform), m_order.customerDisplayName(),
                                m_order.status, OrderDetailsPane::progressSentence(m_order)));
}

void CancelDialog::showFreshOrder(const Order& order)
{
    if (m_busy || m_done)
        return;
    m_order = order;
    m_check = Check::Fresh;
    showSummary();
    const CancelVerdict verdict = CancellationPolicy::evaluate(m_order);
    m_verdict->setText(verdict.allowed
                           ? tr("Read just now: the order may be cancelled.")
                           : tr("Read just now, the order may not be cancelled any more: %1").arg(verdict.explanation));
    updateState();
}

void CancelDialog::showCheckFailed(const QString& why)
{
    if (m_busy || m_done)
        return;
    m_check = Check::Failed;
    m_verdict->setText(tr("The order could not be read just now (%1). It is read again right before the cancel "
                          "goes out, and nothing is sent if it may no longer be cancelled.")
                           .arg(why));
    updateState();
}

void CancelDialog::updateState()
{
    if (m_busy || m_done)
        return;
    const bool allowed = m_check != Check::Running && CancellationPolicy::evaluate(m_order).allowed;
    QString hint;
    if (m_check == Check::Running)
        hint = tr("Wait for the check to finish.");
    else if (allowed)
        hint = m_reason->problem(); // when not allowed, the verdict above says why
    m_state->setText(hint);
    m_confirm->setEnabled(allowed && m_reason->isAcceptable());
}

void CancelDialog::showInProgress()
{
    m_busy = true;
    m_reason->setLocked(true);
    m_confirm->setEnabled(false);
    m_keep->setEnabled(false);
    m_state->setText(tr("Reading the order once more before cancelling…"));
}

void CancelDialog::showRequestSent()
{
    if (m_busy)
        m_state->setText(tr("Cancelling… waiting for %1.").arg(platformName(m_order.platform)));
}

void CancelDialog::showNotStarted(const QString& why)
{
    // Also after showInProgress: the history could not take the entry, so nothing went out.
    m_busy = false;
    m_reason->setLocked(false);
    m_keep->setEnabled(true);
    m_state->setText(why);
    updateState();
    m_state->setText(why);
}

void CancelDialog::showOutcome(const CancelOutcome& outcome)
{
    m_busy = false;
    m_done = true;
    QString text = outcome.summary();
    if (outcome.order) {
        m_order = *outcome.order;
        showSummary();
        m_verdict->clear();
    }
    if (outcome.order && outcome.requestSent && outcome.kind == CancelOutcome::Kind::Refused) {
        const CancelVerdict verdict = CancellationPolicy::evaluate(*outcome.order);
        if (!verdict.allowed)
            text += u"\n"_s + tr("Now: %1").arg(verdict.explanation);
    }
    m_state->setText(text);
    m_keep->hide();
    m_confirm->setText(tr("Close"));
    m_confirm->setEnabled(true);
    m_confirm->setDefault(true);
    m_confirm->setFocus();
}

void CancelDialog::reject()
{
    // While the request is out, closing would hide its outcome: the agent waits for it.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace OrderDesk
