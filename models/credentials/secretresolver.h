#pragma once

#include "api/account.h"
#include "credentials/credentialstore.h"

#include <QHash>
#include <QObject>

namespace OrderDesk {

// Finds an account's API key: the account's environment variable first (automation), then the
// keychain, then a key the agent typed in this run when there is no keychain. Says which one it
// used and never writes a key anywhere but the keychain.
class SecretResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretResolver)

public:
    enum class Source
    {
        Environment,
        Keychain,
        Session,
        Missing
    };

    struct Resolved
    {
        Source source = Source::Missing;
        QString secret;
        QString problem; // why there is none (keychain unavailable, nothing stored), in words
        bool keychainUnavailable = false;
    };
    using Callback = std::function<void(const Resolved&)>;

    explicit SecretResolver(CredentialStore* keychain, QObject* parent = nullptr);

    void resolve(const Account& account, Callback done);
    // Stores the key in the keychain; where there is none, keeps it in memory for this run and
    // reports Unavailable so the caller can tell the agent.
    void store(const Account& account, const QString& secret, CredentialStore::Callback done);
    void forget(const Account& account);

private:
    CredentialStore* m_keychain;
    QHash<QString, QString> m_session;
};

} // namespace OrderDesk
