#include "clicancel.h"

#include "api/orderbackend.h"
#include "domain/cancellationpolicy.h"
#include "history/cancellationhistory.h"
#include "itemmodels/orderlistmodel.h"

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

CancelCommand::CancelCommand(OrderBackend* backend, CancellationHistory* history, AgentInfo agent,
                             const Options& options, QObject* parent)
    : CliCommand(backend, parent)
    , m_history(history)
    , m_agent(std::move(agent))
    , m_orderId(options.orderId)
    , m_reason(options.reason)
    , m_confirmed(options.yes)
{}

void CancelCommand::start()
{
    m_fetch = backend()->fetchOrder(m_orderId);
    connect(m_fetch, &ApiJob::finished, this, &CancelCommand::onFetched);
}

void CancelCommand::onFetched()
{
    if (m_fetch->failed()) {
        fail(*m_fetch->error(), tr("order %1 (nothing was sent)").arg(m_orderId));
        return;
    }
    const Order order = m_fetch->order();
    // The same test the cancel flow applies to the order it reads back.
    if (order.status == u"cancelled") {
        writeOut(tr("Order %1 is already cancelled; nothing was sent.").arg(order.id) + u'\n');
        finish(ExitOk);
        return;
    }
    const CancelVerdict verdict = CancellationPolicy::evaluate(order);
    if (!verdict.allowed) {
        reportError(tr("order %1 may not be cancelled: %2 Nothing was sent.").arg(order.id, verdict.explanation));
        finish(ExitPolicyRefused);
        return;
    }
    if (!m_confirmed) {
        const QString question =
            tr("Cancel order %1 of %2 (%3, %4) on %5 with the reason \"%6\"?")
                .arg(order.id, order.customerDisplayName(), order.status, OrderListModel::progressText(order),
                     backend()->account().id, m_reason.toRequestText());
        if (!confirm(question)) {
            reportError(tr("not confirmed; nothing was sent."));
            finish(ExitUsage);
            return;
        }
    }
    send(order);
}

void CancelCommand::send(const Order& order)
{
    m_attempt = pendingCancelAttempt(order, backend()->account(), m_reason, m_agent);
    // Nothing is sent that the history does not know about.
    const Result<qint64> recorded = m_history->recordPending(m_attempt);
    if (!recorded.ok()) {
        reportError(tr("the attempt could not be written to the cancellation history, so nothing was sent: %1")
                        .arg(recorded.error().message));
        finish(ExitUsage);
        return;
    }
    m_attempt.id = recorded.value();
    m_cancel = backend()->cancelOrder(order.id, m_attempt.reasonText);
    connect(m_cancel, &ApiJob::finished, this, &CancelCommand::onCancelled);
}

void CancelCommand::onCancelled()
{
    const CancelOutcome outcome = m_cancel->outcome();
    completeCancelAttempt(&m_attempt, outcome);
    if (const std::optional<ApiError> error = m_history->recordOutcome(m_attempt)) {
        reportError(tr("the outcome could not be written to the cancellation history; its entry stays "
                       "\"pending\": %1")
                        .arg(error->message));
    }
    const int status = exitStatusFor(outcome);
    const QString line = tr("Order %1: %2").arg(m_orderId, outcome.summary());
    if (status == ExitOk)
        writeOut(line + u'\n');
    else
        reportError(line);
    finish(status);
}

int CancelCommand::exitStatusFor(const CancelOutcome& outcome) const
{
    switch (outcome.kind) {
    case CancelOutcome::Kind::Cancelled:
    case CancelOutcome::Kind::AlreadyCancelled:
        return ExitOk;
    case CancelOutcome::Kind::Refused:
        // Not sent: the order read right before sending was no longer cancellable.
        return outcome.requestSent ? ExitServerRefused : ExitPolicyRefused;
    case CancelOutcome::Kind::Failed:
        return outcome.error ? Cli::exitStatusFor(*outcome.error) : ExitUnreachable;
    case CancelOutcome::Kind::Unknown:
        break;
    }
    return outcome.reRead == CancelOutcome::ReRead::ShowsCancelled ? ExitOk : ExitUnreachable;
}

} // namespace OrderDesk::Cli
