#include "pendingreconciler.h"

#include "api/orderbackend.h"
#include "history/historywriter.h"
#include "services/backendregistry.h"

#include <QLocale>
#include <QPointer>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

PendingReconciler::PendingReconciler(HistoryWriter* history, BackendRegistry* backends, QDateTime runStartedUtc,
                                     QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_backends(backends)
    , m_runStarted(std::move(runStartedUtc))
{}

void PendingReconciler::reconcile()
{
    if (isRunning())
        return; // the last round is still reading
    m_reading = true;
    m_history->pendingAttempts(this, [this](const Result<QList<CancelAttempt>>& pending) {
        m_reading = false;
        if (!pending.ok()) {
            emit historyFailed(pending.error());
            return;
        }
        settle(pending.value());
    });
}

void PendingReconciler::settle(const QList<CancelAttempt>& pending)
{
    m_settled = 0;
    m_left = 0;
    for (const CancelAttempt& attempt : pending) {
        if (attempt.startedAt >= m_runStarted)
            continue; // this run's own, still under way
        ++m_left;
        if (attempt.isSubscription()) {
            settleSubscription(attempt);
            continue;
        }
        OrderBackend* backend = m_backends->backend(attempt.accountId);
        if (!backend)
            continue; // the account is gone: stays pending, visible
        m_inFlight.insert(attempt.id);
        QPointer<FetchOrderJob> job = backend->fetchOrder(attempt.orderId);
        connect(job, &ApiJob::finished, this, [this, job, attempt] {
            if (!job || job->failed()) {
                m_inFlight.remove(attempt.id);
                oneDone(false);
                return;
            }
            CancelAttempt settled = attempt;
            settled.outcome = u"unknown"_s;
            settled.reReadStatus = job->order().status;
            settled.completedAt = QDateTime::currentDateTimeUtc();
            settled.message = tr("OrderDesk stopped before the answer to this cancel was recorded. Read again on "
                                 "%1, the order is \"%2\".")
                                  .arg(QLocale().toString(settled.completedAt.toLocalTime(), QLocale::ShortFormat),
                                       settled.reReadStatus);
            // In flight until the history has it.
            m_history->recordOutcome(settled, this, [this, id = attempt.id](const std::optional<ApiError>& error) {
                m_inFlight.remove(id);
                if (error)
                    emit historyFailed(*error);
                oneDone(!error);
            });
        });
    }
    if (m_inFlight.isEmpty())
        emit finished(0, m_left);
}

void PendingReconciler::settleSubscription(const CancelAttempt& attempt)
{
    // FlexPortal offers no read of a subscription, and its order's data says nothing of its state:
    // there is nothing to read, so the entry is completed as unknown at once, and never sent again.
    CancelAttempt settled = attempt;
    settled.outcome = u"unknown"_s;
    settled.completedAt = QDateTime::currentDateTimeUtc();
    settled.message = tr("OrderDesk stopped before the answer to this subscription cancel was recorded. FlexPortal "
                         "offers no way to read a subscription's state, so whether it was cancelled is unknown. "
                         "Cancelling it again is safe: if it went through, FlexPortal answers that it is already "
                         "cancelled.");
    m_inFlight.insert(attempt.id);
    m_history->recordOutcome(settled, this, [this, id = attempt.id](const std::optional<ApiError>& error) {
        m_inFlight.remove(id);
        if (error)
            emit historyFailed(*error);
        oneDone(!error);
    });
}

void PendingReconciler::oneDone(bool settled)
{
    if (settled)
        ++m_settled;
    if (m_inFlight.isEmpty())
        emit finished(m_settled, m_left - m_settled);
}

} // namespace OrderDesk
