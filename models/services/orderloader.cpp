#include "orderloader.h"

#include "api/orderbackend.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

namespace OrderDesk {

OrderLoader::OrderLoader(BackendRegistry* backends, OrderListModel* model, QObject* parent)
    : QObject(parent)
    , m_backends(backends)
    , m_model(model)
{}

void OrderLoader::reload()
{
    stop();
    m_loaded = 0;
    QSet<QString> shown;
    for (OrderBackend* backend : m_backends->backends()) {
        const Account& account = backend->account();
        if (!account.enabled)
            continue;
        const QString accountId = account.id;
        shown.insert(accountId);
        m_model->setAccountLabel(accountId, account.displayLabel());
        m_model->beginAccountRefresh(accountId);
        ListOrdersJob* job = backend->listOrders();
        m_jobs.insert(accountId, job);
        connect(job, &ListOrdersJob::pageReceived, this, [this](const QList<Order>& orders) {
            m_model->upsertOrders(orders);
            m_loaded += int(orders.size());
            emit progress(m_loaded, int(m_jobs.size()));
        });
        connect(job, &ApiJob::finished, this, [this, accountId, job] { onJobFinished(accountId, job); });
    }
    // Accounts removed or disabled since the last load take their rows with them.
    for (const QString& gone : std::as_const(m_shownAccounts)) {
        if (!shown.contains(gone))
            m_model->removeAccount(gone);
    }
    m_shownAccounts = shown;
    if (m_jobs.isEmpty()) {
        emit finished();
        return;
    }
    emit loadingChanged(true);
    emit progress(0, int(m_jobs.size()));
}

void OrderLoader::stop()
{
    const auto jobs = m_jobs;
    for (const QPointer<ListOrdersJob>& job : jobs) {
        if (job)
            job->abort(); // finishes with Aborted, handled below
    }
}

void OrderLoader::onJobFinished(const QString& accountId, ListOrdersJob* job)
{
    m_jobs.remove(accountId);
    if (job->failed()) {
        // Keep what the account showed before rather than a half list.
        m_model->endAccountRefresh(accountId, false);
        if (job->error()->kind != ApiError::Kind::Aborted)
            emit accountFailed(accountId, *job->error());
    } else {
        m_model->endAccountRefresh(accountId, true);
        emit accountLoaded(accountId, job->ordersSoFar());
    }
    if (m_jobs.isEmpty()) {
        emit loadingChanged(false);
        emit finished();
    }
}

} // namespace OrderDesk
