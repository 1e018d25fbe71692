#include "ordertimeline.h"

#include "history/cancelattempt.h"
#include "itemmodels/historymodel.h"
#include "services/historyreader.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

OrderTimeline::OrderTimeline(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"cancelTimeline"_s);
    m_text->setObjectName(u"cancelTimelineText"_s);
    m_text->setAccessibleName(tr("Cancel attempts on this order"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

void OrderTimeline::setReader(HistoryReader* reader)
{
    if (m_reader)
        m_reader->disconnect(this);
    m_reader = reader;
    if (m_reader)
        connect(m_reader, &HistoryReader::orderHistoryLoaded, this, &OrderTimeline::onLoaded);
}

void OrderTimeline::showOrder(const QString& accountId, const QString& orderId, bool cancelRunning)
{
    const bool sameOrder = accountId == m_accountId && orderId == m_orderId;
    if (sameOrder && cancelRunning == m_cancelRunning)
        return;
    m_accountId = accountId;
    m_orderId = orderId;
    m_cancelRunning = cancelRunning;
    if (!m_reader) {
        m_text->setText(tr("The cancellation history is not available."));
        return;
    }
    if (!sameOrder)
        m_text->setText(tr("Reading the cancellation history…"));
    m_reader->readOrder(accountId, orderId);
}

void OrderTimeline::clear()
{
    m_accountId.clear();
    m_orderId.clear();
    m_cancelRunning = false;
    m_text->clear();
}

void OrderTimeline::onLoaded(const QString& accountId, const QString& orderId, const HistorySnapshot& snapshot)
{
    if (accountId != m_accountId || orderId != m_orderId)
        return; // the agent has moved on to another order
    QStringList parts;
    if (snapshot.error && snapshot.attempts.isEmpty())
        parts << tr("The cancellation history could not be read: %1").arg(snapshot.error->message);
    else if (snapshot.attempts.isEmpty())
        parts << tr("No cancel attempts on this order.");
    for (const CancelAttempt& attempt : snapshot.attempts)
        parts << describe(attempt);
    if (!snapshot.note.isEmpty())
        parts << snapshot.note;
    m_text->setText(parts.join(u"\n\n"_s));
}

QString OrderTimeline::describe(const CancelAttempt& a)
{
    const QString when = QLocale().toString(a.startedAt.toLocalTime(), QLocale::LongFormat);
    QString agent = a.agent.isEmpty() ? tr("an unnamed agent") : a.agent;
    if (!a.machine.isEmpty())
        agent = tr("%1 on %2").arg(agent, a.machine);
    QString outcome = HistoryModel::outcomeLabel(a.outcome);
    if (a.outcome == u"unknown" && !a.reReadStatus.isEmpty())
        outcome = tr("%1 (read again: %2)").arg(outcome, a.reReadStatus);
    // A FlexPortal subscription of the order (issue 17) says which one.
    if (a.isSubscription())
        outcome = tr("subscription %1: %2").arg(a.subscriptionId, outcome);
    QStringList lines{tr("%1 · %2 · %3").arg(when, agent, outcome)};
    lines << tr("Reason: %1").arg(HistoryModel::reasonLabel(a).simplified());
    if (!a.message.isEmpty())
        lines << a.message;
    if (!a.platformMessage.isEmpty())
        lines << tr("The platform said: \u201c%1\u201d").arg(a.platformMessage);
    if (a.reasonNotTaken)
        lines << tr("The platform refused the reason, so the cancel went without it.");
    if (!a.assetSerial.isEmpty())
        lines << tr("Asset %1 is flagged for collection.").arg(a.assetSerial);
    return lines.join(u'\n');
}

} // namespace OrderDesk
