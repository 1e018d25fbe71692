#include "subscriptioncancelservice.h"

#include "api/flexportal/flexportalbackend.h"
#include "history/historywriter.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

#include <QLoggingCategory>
#include <QSet>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcSubscriptionCancel, "orderdesk.cancel.subscription")

using namespace Qt::Literals::StringLiterals;

QList<OrderSubscription> subscriptionsOf(const Order& order)
{
    QList<OrderSubscription> out;
    if (order.platform != Platform::FlexPortal)
        return out;
    QSet<QString> seen;
    for (const OrderLine& line : order.lines) {
        for (const QString& id : line.rentalIds) {
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                out << OrderSubscription{id, line.sku, line.productName};
            }
        }
    }
    for (const QString& id : order.rentalIds) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out << OrderSubscription{id, QString(), QString()};
        }
    }
    return out;
}

QHash<QString, CancelAttempt> latestSubscriptionAttempts(const QList<CancelAttempt>& attemptsNewestFirst)
{
    QHash<QString, CancelAttempt> latest;
    for (const CancelAttempt& a : attemptsNewestFirst) {
        if (a.isSubscription() && !a.subscriptionId.isEmpty() && !latest.contains(a.subscriptionId))
            latest.insert(a.subscriptionId, a);
    }
    return latest;
}

bool SubscriptionCancelRun::allSettled() const
{
    if (!notSent.isEmpty())
        return false;
    for (const SubscriptionCancelOutcome& o : outcomes) {
        if (!o.isSettled())
            return false;
    }
    return true;
}

struct SubscriptionCancelService::Run
{
    Order order;
    QStringList ids;
    SubscriptionCancelReason::Value reason = SubscriptionCancelReason::Value::Other;
    QString notes;
    qsizetype next = 0; // the index of the next subscription to attempt
    bool stopRequested = false;
    SubscriptionCancelRun result;
};

namespace {

// What came of a subscription whose request was never sent, for the result table and the history.
SubscriptionCancelOutcome notSent(const QString& subscriptionId, ApiError why)
{
    SubscriptionCancelOutcome o;
    o.kind = SubscriptionCancelOutcome::Kind::Failed;
    o.subscriptionId = subscriptionId;
    o.requestSent = false;
    o.error = std::move(why);
    return o;
}

} // namespace

SubscriptionCancelService::SubscriptionCancelService(BackendRegistry* backends, HistoryWriter* history,
                                                     OrderListModel* model, AgentInfo agent, QObject* parent)
    : QObject(parent)
    , m_backends(backends)
    , m_history(history)
    , m_model(model)
    , m_agent(std::move(agent))
{
    qRegisterMetaType<OrderDesk::SubscriptionCancelOutcome>();
    qRegisterMetaType<OrderDesk::SubscriptionCancelRun>();
}

SubscriptionCancelService::~SubscriptionCancelService() = default;

bool SubscriptionCancelService::isRunning(const QString& accountId, const QString& orderId) const
{
    return m_runs.contains(OrderListModel::keyOf(accountId, orderId));
}

std::optional<ApiError> SubscriptionCancelService::submit(const Order& order, const QStringList& subscriptionIds,
                                                          SubscriptionCancelReason::Value reason, const QString& notes)
{
    const QString key = OrderListModel::keyOf(order.accountId, order.id);
    if (order.platform != Platform::FlexPortal)
        return ApiError(ApiError::Kind::Validation, tr("Only FlexPortal orders have subscriptions."));
    if (m_runs.contains(key))
        return ApiError(ApiError::Kind::Validation, tr("Subscriptions of this order are already being cancelled."));
    if (subscriptionIds.isEmpty())
        return ApiError(ApiError::Kind::Validation, tr("Choose at least one subscription."));
    QSet<QString> known;
    for (const OrderSubscription& s : subscriptionsOf(order))
        known.insert(s.id);
    QSet<QString> chosen;
    for (const QString& id : subscriptionIds) {
        if (!known.contains(id))
            return ApiError(ApiError::Kind::Validation, tr("%1 is not a subscription of order %2.").arg(id, order.id));
        if (chosen.contains(id))
            return ApiError(ApiError::Kind::Validation, tr("Subscription %1 was chosen twice.").arg(id));
        chosen.insert(id);
    }
    if (!SubscriptionCancelReason::notesFit(notes))
        return ApiError(ApiError::Kind::Validation,
                        tr("The notes may hold at most %1 characters.").arg(SubscriptionCancelReason::MaxNotes));
    if (!qobject_cast<FlexPortalBackend*>(m_backends->backend(order.accountId)))
        return ApiError(ApiError::Kind::Configuration, tr("The order's account is no longer configured."));

    auto run = std::make_shared<Run>();
    run->order = order;
    run->ids = subscriptionIds;
    run->reason = reason;
    run->notes = notes;
    run->result.accountId = order.accountId;
    run->result.orderId = order.id;
    m_runs.insert(key, run); // running from now on: a second submit sends nothing
    qCInfo(lcSubscriptionCancel).noquote()
        << "cancelling" << subscriptionIds.size() << "subscription(s) of" << order.accountId << order.id;
    emit runStarted(order.accountId, order.id, int(subscriptionIds.size()));
    next(run.get());
    return std::nullopt;
}

void SubscriptionCancelService::stop(const QString& accountId, const QString& orderId)
{
    if (const std::shared_ptr<Run> run = m_runs.value(OrderListModel::keyOf(accountId, orderId)))
        run->stopRequested = true;
}

void SubscriptionCancelService::next(Run* run)
{
    auto* backend = qobject_cast<FlexPortalBackend*>(m_backends->backend(run->order.accountId));
    if (run->stopRequested || run->next >= run->ids.size() || !backend) {
        // Stopped by the agent, the history failed, the accounts changed or OrderDesk is closing.
        run->result.notSent = run->ids.mid(run->next);
        run->result.stopped = !run->result.notSent.isEmpty();
        finishRun(run);
        return;
    }
    const QString id = run->ids.at(run->next++);
    const CancelAttempt attempt =
        pendingSubscriptionCancelAttempt(backend->account(), &run->order, id, run->reason, run->notes, m_agent);
    // Nothing is sent that the history does not know about: the request goes out once the entry is
    // committed, in the history's thread.
    const std::shared_ptr<Run> keep = m_runs.value(OrderListModel::keyOf(run->order.accountId, run->order.id));
    m_history->recordPending(attempt, this, [this, keep, attempt](const Result<qint64>& recorded) {
        onPendingRecorded(keep.get(), attempt, recorded);
    });
}

void SubscriptionCancelService::onPendingRecorded(Run* run, CancelAttempt attempt, const Result<qint64>& recorded)
{
    if (!recorded.ok()) {
        // Nothing was sent, and nothing more is: the next entry would meet the same history.
        emit historyFailed(recorded.error());
        const SubscriptionCancelOutcome outcome =
            notSent(attempt.subscriptionId,
                    ApiError(ApiError::Kind::Validation,
                             tr("The cancel of subscription %1 could not be written to the cancellation history, so it "
                                "was not sent. %2")
                                 .arg(attempt.subscriptionId, recorded.error().message)));
        run->result.outcomes << outcome;
        emit subscriptionFinished(run->order.accountId, run->order.id, outcome);
        run->stopRequested = true;
        next(run);
        return;
    }
    attempt.id = recorded.value();
    auto* backend = qobject_cast<FlexPortalBackend*>(m_backends->backend(run->order.accountId));
    if (run->stopRequested || !backend) {
        // Stopped (or the accounts changed) while the entry was written: the request never goes out,
        // and the entry says so rather than staying pending.
        const SubscriptionCancelOutcome outcome =
            notSent(attempt.subscriptionId,
                    ApiError(ApiError::Kind::Aborted,
                             backend ? tr("Stopped before its request was sent.")
                                     : tr("The accounts or their settings were changed before the cancel was sent.")));
        completeSubscriptionCancelAttempt(&attempt, outcome);
        recordOutcome(run, attempt, outcome);
        return;
    }
    CancelSubscriptionJob* job = backend->cancelSubscription(attempt.subscriptionId, run->reason, run->notes);
    const std::shared_ptr<Run> keep = m_runs.value(OrderListModel::keyOf(run->order.accountId, run->order.id));
    connect(job, &ApiJob::finished, this, [this, keep, attempt, job] { onJobFinished(keep.get(), attempt, job); });
    connect(job, &CancelSubscriptionJob::requestSent, this, [id = attempt.subscriptionId] {
        qCInfo(lcSubscriptionCancel).noquote() << "subscription cancel sent for" << id;
    });
    emit subscriptionStarted(run->order.accountId, run->order.id, attempt.subscriptionId);
}

void SubscriptionCancelService::onJobFinished(Run* run, CancelAttempt attempt, CancelSubscriptionJob* job)
{
    const SubscriptionCancelOutcome outcome = job->outcome();
    // Stopped by OrderDesk itself (closing, accounts changed): no further request.
    if (outcome.error && outcome.error->kind == ApiError::Kind::Aborted)
        run->stopRequested = true;
    completeSubscriptionCancelAttempt(&attempt, outcome);
    recordOutcome(run, attempt, outcome);
}

void SubscriptionCancelService::recordOutcome(Run* run, const CancelAttempt& completed,
                                              const SubscriptionCancelOutcome& outcome)
{
    const std::shared_ptr<Run> keep = m_runs.value(OrderListModel::keyOf(run->order.accountId, run->order.id));
    // The next request waits until this outcome is in the history: one at a time, in order.
    m_history->recordOutcome(completed, this, [this, keep, outcome](const std::optional<ApiError>& error) {
        if (error)
            emit historyFailed(*error);
        qCInfo(lcSubscriptionCancel).noquote()
            << "subscription" << outcome.subscriptionId << "of" << keep->order.id << "->" << outcome.kindKey();
        keep->result.outcomes << outcome;
        emit subscriptionFinished(keep->order.accountId, keep->order.id, outcome);
        next(keep.get());
    });
}

void SubscriptionCancelService::finishRun(Run* run)
{
    const QString key = OrderListModel::keyOf(run->order.accountId, run->order.id);
    const std::shared_ptr<Run> keep = m_runs.value(key);
    const auto done = [this, keep, key] {
        m_runs.remove(key);
        emit runFinished(keep->result);
    };
    // Read the order again so its row and the details pane show it as it is now. (Its progress counts
    // the subscriptions created, so it may well not change; its status and dates might.)
    OrderBackend* backend = m_backends->backend(run->order.accountId);
    if (!backend) {
        run->result.refreshError =
            ApiError(ApiError::Kind::Configuration, tr("The order's account is no longer configured."));
        done();
        return;
    }
    FetchOrderJob* job = backend->fetchOrder(run->order.id);
    connect(job, &ApiJob::finished, this, [this, job, keep, done] {
        if (job->failed())
            keep->result.refreshError = *job->error();
        else
            m_model->upsertOrder(job->order());
        done();
    });
}

} // namespace OrderDesk
