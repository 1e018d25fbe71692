#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

namespace OrderDesk {

namespace {

CredentialStore::Reply replyFor(const QKeychain::Job& job)
{
    CredentialStore::Reply r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = CredentialStore::Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = CredentialStore::Status::Unavailable;
        break;
    default:
        // QtKeychain 0.13 reports a missing Secret Service as OtherError on Linux.
        r.status = CredentialStore::Status::Unavailable;
        break;
    }
    r.message = job.errorString();
    return r;
}

template <typename Job> Job* prepare(Job* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("Secret Service");
#endif
}

void KeychainCredentialStore::read(const QString& accountId, Callback done)
{
    auto* job = prepare(new QKeychain::ReadPasswordJob(m_service), accountId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        CredentialStore::Reply r = replyFor(*job);
        if (r.status == Status::Ok)
            r.secret = job->textData();
        done(r);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString& accountId, const QString& secret, Callback done)
{
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service), accountId);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] { done(replyFor(*job)); });
    job->start();
}

void KeychainCredentialStore::remove(const QString& accountId, Callback done)
{
    auto* job = prepare(new QKeychain::DeletePasswordJob(m_service), accountId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        CredentialStore::Reply r = replyFor(*job);
        if (r.status == Status::NotFound)
            r.status = Status::Ok; // nothing to remove is fine
        done(r);
    });
    job->start();
}

} // namespace OrderDesk
