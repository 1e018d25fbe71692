#include "cancelservice.h"

#include "api/orderbackend.h"
#include "history/historywriter.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcCancel, "orderdesk.cancel")

using namespace Qt::Literals::StringLiterals;

CancelService::CancelService(BackendRegistry* backends, HistoryWriter* history, OrderListModel* model, AgentInfo agent,
                             QObject* parent)
    : QObject(parent)
    , m_backends(backends)
    , m_history(history)
    , m_model(model)
    , m_agent(std::move(agent))
{}

bool CancelService::isRunning(const QString& accountId, const QString& orderId) const
{
    return m_running.contains(OrderListModel::keyOf(accountId, orderId));
}

void CancelService::refresh(const Order& order)
{
    OrderBackend* backend = m_backends->backend(order.accountId);
    if (!backend) {
        const ApiError error(ApiError::Kind::Configuration, tr("The order's account is no longer configured."));
        QMetaObject::invokeMethod(
            this, [this, order, error] { emit refreshFailed(order.accountId, order.id, error); }, Qt::QueuedConnection);
        return;
    }
    FetchOrderJob* job = backend->fetchOrder(order.id);
    connect(job, &ApiJob::finished, this, [this, job, accountId = order.accountId, orderId = order.id] {
        if (job->failed()) {
            emit refreshFailed(accountId, orderId, *job->error());
            return;
        }
        m_model->upsertOrder(job->order());
        emit orderRefreshed(job->order());
    });
}

std::optional<ApiError> CancelService::submit(const Order& order, const CancelReason& reason)
{
    const QString key = OrderListModel::keyOf(order.accountId, order.id);
    if (m_running.contains(key))
        return ApiError(ApiError::Kind::Validation, tr("A cancel of this order is already running."));
    if (m_busyElsewhere && m_busyElsewhere(order.accountId, order.id))
        return ApiError(ApiError::Kind::Validation, tr("This order is in a bulk cancel that is running."));
    const CancelVerdict verdict = CancellationPolicy::evaluate(order);
    if (!verdict.allowed)
        return ApiError(ApiError::Kind::NotCancellable, verdict.explanation);
    if (!reason.isValid())
        return ApiError(ApiError::Kind::Validation,
                        tr("Give a reason of 1 to %1 characters.").arg(CancelReason::MaxLength));
    OrderBackend* backend = m_backends->backend(order.accountId);
    if (!backend)
        return ApiError(ApiError::Kind::Configuration, tr("The order's account is no longer configured."));

    const CancelAttempt attempt = pendingCancelAttempt(order, backend->account(), reason, m_agent);

    // Nothing is sent that the history does not know about: the request starts once the entry is
    // committed, in the history's thread. Running from now on, so a second click sends nothing.
    m_running.insert(key);
    m_history->recordPending(
        attempt, this,
        [this, order, attempt, backend = QPointer<OrderBackend>(backend)](const Result<qint64>& recorded) {
            onPendingRecorded(order, attempt, backend, recorded);
        });
    return std::nullopt;
}

void CancelService::onPendingRecorded(const Order& order, CancelAttempt attempt, const QPointer<OrderBackend>& backend,
                                      const Result<qint64>& recorded)
{
    if (!recorded.ok()) {
        m_running.remove(OrderListModel::keyOf(order.accountId, order.id));
        emit historyFailed(recorded.error());
        emit cancelNotStarted(
            order.accountId, order.id,
            ApiError(recorded.error().kind,
                     tr("The attempt could not be written to the cancellation history, so nothing was sent. %1")
                         .arg(recorded.error().message)));
        return;
    }
    attempt.id = recorded.value();

    if (!backend) {
        // The accounts changed while the entry was written: the request never starts, and the entry
        // says so rather than staying pending.
        CancelOutcome notSent;
        notSent.kind = CancelOutcome::Kind::Failed;
        notSent.error = ApiError(ApiError::Kind::Aborted,
                                 tr("The accounts or their settings were changed before the cancel was sent."));
        emit cancelStarted(order.accountId, order.id);
        completeCancelAttempt(&attempt, notSent);
        recordOutcome(order, attempt, notSent);
        return;
    }
    CancelOrderJob* job = backend->cancelOrder(order.id, attempt.reasonText);
    connect(job, &ApiJob::finished, this, [this, order, attempt, job] { onFinished(order, attempt, job); });
    // The order read right before sending shows in the list, whatever the policy then decides.
    connect(job, &CancelOrderJob::orderChecked, m_model, &OrderListModel::upsertOrder);
    connect(job, &CancelOrderJob::requestSent, this, [this, accountId = order.accountId, orderId = order.id] {
        qCInfo(lcCancel).noquote() << "cancel sent for" << accountId << orderId;
        emit cancelRequestSent(accountId, orderId);
    });
    emit cancelStarted(order.accountId, order.id);
}

void CancelService::onFinished(const Order& before, CancelAttempt attempt, CancelOrderJob* job)
{
    const CancelOutcome outcome = job->outcome();
    if (outcome.order) {
        m_model->upsertOrder(*outcome.order);
    } else if (outcome.kind == CancelOutcome::Kind::Cancelled ||
               outcome.kind == CancelOutcome::Kind::AlreadyCancelled) {
        // The platform said so but the order could not be read back: show what we know.
        Order cancelled = before;
        cancelled.status = u"cancelled"_s;
        m_model->upsertOrder(cancelled);
    }
    completeCancelAttempt(&attempt, outcome);
    recordOutcome(before, attempt, outcome);
}

void CancelService::recordOutcome(const Order& before, const CancelAttempt& completed, const CancelOutcome& outcome)
{
    // Finished once the history has the outcome, so whoever reads it on cancelFinished finds it.
    m_history->recordOutcome(completed, this, [this, before, outcome](const std::optional<ApiError>& error) {
        if (error)
            emit historyFailed(*error);
        m_running.remove(OrderListModel::keyOf(before.accountId, before.id));
        qCInfo(lcCancel).noquote() << "cancel of" << before.accountId << before.id << "->" << outcome.kindKey();
        emit cancelFinished(before.accountId, before.id, outcome);
    });
}

} // namespace OrderDesk
