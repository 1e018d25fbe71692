#include "secretresolver.h"

namespace OrderDesk {

SecretResolver::SecretResolver(CredentialStore* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

void SecretResolver::resolve(const Account& account, Callback done)
{
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(account.secretVariable()));
    if (!fromEnvironment.isEmpty()) {
        done(Resolved{Source::Environment, fromEnvironment, {}, false});
        return;
    }
    const QString accountId = account.id;
    m_keychain->read(accountId, [this, accountId, done = std::move(done)](const CredentialStore::Reply& reply) {
        if (reply.status == CredentialStore::Status::Ok && !reply.secret.isEmpty()) {
            done(Resolved{Source::Keychain, reply.secret, {}, false});
            return;
        }
        if (m_session.contains(accountId)) {
            done(Resolved{Source::Session, m_session.value(accountId), {}, false});
            return;
        }
        Resolved missing;
        missing.keychainUnavailable = reply.status == CredentialStore::Status::Unavailable;
        missing.problem = reply.status == CredentialStore::Status::NotFound
                              ? tr("No API key is stored for this account.")
                              : tr("The keychain could not be used: %1").arg(reply.message);
        done(missing);
    });
}

void SecretResolver::store(const Account& account, const QString& secret, CredentialStore::Callback done)
{
    const QString accountId = account.id;
    m_keychain->write(accountId, secret,
                      [this, accountId, secret, done = std::move(done)](const CredentialStore::Reply& reply) {
                          if (reply.status == CredentialStore::Status::Ok)
                              m_session.remove(accountId);
                          else
                              m_session.insert(accountId, secret); // memory only, for this run
                          done(reply);
                      });
}

void SecretResolver::forget(const Account& account)
{
    m_session.remove(account.id);
    m_keychain->remove(account.id, [](const CredentialStore::Reply&) {});
}

} // namespace OrderDesk
