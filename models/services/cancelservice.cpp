#include "cancelservice.h"

#include "api/orderbackend.h"
#include "history/cancellationhistory.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcCancel, "orderdesk.cancel")

using namespace Qt::Literals::StringLiterals;

CancelService::CancelService(BackendRegistry* backends, CancellationHistory* history, OrderListModel* model,
                             AgentInfo agent, QObject* parent)
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
    const CancelVerdict verdict = CancellationPolicy::evaluate(order);
    if (!verdict.allowed)
        return ApiError(ApiError::Kind::NotCancellable, verdict.explanation);
    if (!reason.isValid())
        return ApiError(ApiError::Kind::Validation,
                        tr("Give a reason of 1 to %1 characters.").arg(CancelReason::MaxLength));
    OrderBackend* backend = m_backends->backend(order.accountId);
    if (!backend)
        return ApiError(ApiError::Kind::Configuration, tr("The order's account is no longer configured."));

    CancelAttempt attempt = pendingCancelAttempt(order, backend->account(), reason, m_agent);

    // Nothing is sent that the history does not know about.
    Result<qint64> recorded = m_history->recordPending(attempt);
    if (!recorded.ok()) {
        emit historyFailed(recorded.error());
        return ApiError(recorded.error().kind,
                        tr("The attempt could not be written to the cancellation history, so nothing was sent. %1")
                            .arg(recorded.error().message));
    }
    attempt.id = recorded.value();

    m_running.insert(key);
    CancelOrderJob* job = backend->cancelOrder(order.id, attempt.reasonText);
    connect(job, &ApiJob::finished, this, [this, order, attempt, job] { onFinished(order, attempt, job); });
    // The order read right before sending shows in the list, whatever the policy then decides.
    connect(job, &CancelOrderJob::orderChecked, m_model, &OrderListModel::upsertOrder);
    connect(job, &CancelOrderJob::requestSent, this, [this, accountId = order.accountId, orderId = order.id] {
        qCInfo(lcCancel).noquote() << "cancel sent for" << accountId << orderId;
        emit cancelRequestSent(accountId, orderId);
    });
    emit cancelStarted(order.accountId, order.id);
    return std::nullopt;
}

void CancelService::onFinished(const Order& before, CancelAttempt attempt, CancelOrderJob* job)
{
    const CancelOutcome outcome = job->outcome();
    m_running.remove(OrderListModel::keyOf(before.accountId, before.id));

    completeCancelAttempt(&attempt, outcome);
    if (const std::optional<ApiError> error = m_history->recordOutcome(attempt))
        emit historyFailed(*error);

    if (outcome.order) {
        m_model->upsertOrder(*outcome.order);
    } else if (outcome.kind == CancelOutcome::Kind::Cancelled ||
               outcome.kind == CancelOutcome::Kind::AlreadyCancelled) {
        // The platform said so but the order could not be read back: show what we know.
        Order cancelled = before;
        cancelled.status = u"cancelled"_s;
        m_model->upsertOrder(cancelled);
    }
    qCInfo(lcCancel).noquote() << "cancel of" << before.accountId << before.id << "->" << outcome.kindKey();
    emit cancelFinished(before.accountId, before.id, outcome);
}

} // namespace OrderDesk
