#include "connectiontester.h"

#include "api/backendfactory.h"

namespace OrderDesk {

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, TransportSettings settings, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    setTransportSettings(settings);
}

void ConnectionTester::setTransportSettings(const TransportSettings& settings)
{
    m_settings = settings;
    m_settings.maxTries = 1; // the agent is waiting: report the first failure
}

void ConnectionTester::test(const Account& account, const QString& secret)
{
    const QString problem = Accounts::validate(account);
    if (!problem.isEmpty()) {
        emit tested(account.id, false, problem);
        return;
    }
    if (secret.isEmpty()) {
        emit tested(account.id, false, tr("Enter the API key first."));
        return;
    }
    // The backend lives until its check has answered, then goes with it.
    OrderBackend* backend = createBackend(account, secret, m_network, m_settings, nullptr, m_workerPool).release();
    backend->setParent(this);
    ApiJob* job = backend->checkConnection();
    const QString accountId = account.id;
    connect(job, &ApiJob::finished, this, [this, job, backend, accountId] {
        if (job->failed())
            emit tested(accountId, false, job->error()->userMessage());
        else
            emit tested(accountId, true, tr("Connected: the address, key and tenant were accepted."));
        backend->deleteLater();
    });
}

} // namespace OrderDesk
