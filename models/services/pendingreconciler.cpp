#include "pendingreconciler.h"

#include "api/orderbackend.h"
#include "history/cancellationhistory.h"
#include "services/backendregistry.h"

#include <QLocale>
#include <QPointer>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

PendingReconciler::PendingReconciler(CancellationHistory* history, BackendRegistry* backends, QDateTime runStartedUtc,
                                     QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_backends(backends)
    , m_runStarted(std::move(runStartedUtc))
{}

void PendingReconciler::reconcile()
{
    if (!m_inFlight.isEmpty())
        return; // the last round is still reading
    const Result<QList<CancelAttempt>> pending = m_history->pendingAttempts();
    if (!pending.ok()) {
        emit historyFailed(pending.error());
        return;
    }
    m_settled = 0;
    m_left = 0;
    for (const CancelAttempt& attempt : pending.value()) {
        if (attempt.startedAt >= m_runStarted)
            continue; // this run's own, still under way
        ++m_left;
        OrderBackend* backend = m_backends->backend(attempt.accountId);
        if (!backend)
            continue; // the account is gone: stays pending, visible
        m_inFlight.insert(attempt.id);
        QPointer<FetchOrderJob> job = backend->fetchOrder(attempt.orderId);
        connect(job, &ApiJob::finished, this, [this, job, attempt] {
            m_inFlight.remove(attempt.id);
            if (!job || job->failed()) {
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
            if (const std::optional<ApiError> error = m_history->recordOutcome(settled)) {
                emit historyFailed(*error);
                oneDone(false);
                return;
            }
            oneDone(true);
        });
    }
    if (m_inFlight.isEmpty())
        emit finished(0, m_left);
}

void PendingReconciler::oneDone(bool settled)
{
    if (settled)
        ++m_settled;
    if (m_inFlight.isEmpty())
        emit finished(m_settled, m_left - m_settled);
}

} // namespace OrderDesk
