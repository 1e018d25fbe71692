#include "credentialstore.h"

#include <QTimer>

namespace OrderDesk {

MemoryCredentialStore::MemoryCredentialStore(QObject* parent, bool available)
    : CredentialStore(parent)
    , m_available(available)
{}

QString MemoryCredentialStore::backendName() const
{
    return tr("memory for this run only");
}

namespace {
// Answers on the next turn of the event loop, like a real keychain.
void later(QObject* context, CredentialStore::Callback done, CredentialStore::Reply reply)
{
    QTimer::singleShot(0, context, [done = std::move(done), reply = std::move(reply)] { done(reply); });
}
} // namespace

void MemoryCredentialStore::read(const QString& accountId, Callback done)
{
    Reply r;
    if (!m_available) {
        r.status = Status::Unavailable;
        r.message = tr("No keychain is available.");
    } else if (m_secrets.contains(accountId)) {
        r.status = Status::Ok;
        r.secret = m_secrets.value(accountId);
    } else {
        r.status = Status::NotFound;
    }
    later(this, std::move(done), r);
}

void MemoryCredentialStore::write(const QString& accountId, const QString& secret, Callback done)
{
    Reply r;
    if (!m_available) {
        r.status = Status::Unavailable;
        r.message = tr("No keychain is available.");
    } else {
        m_secrets.insert(accountId, secret);
        r.status = Status::Ok;
    }
    later(this, std::move(done), r);
}

void MemoryCredentialStore::remove(const QString& accountId, Callback done)
{
    m_secrets.remove(accountId);
    later(this, std::move(done), Reply{Status::Ok, {}, {}});
}

} // namespace OrderDesk
