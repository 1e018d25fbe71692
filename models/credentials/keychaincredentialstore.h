#pragma once

#include "credentials/credentialstore.h"

namespace OrderDesk {

// QtKeychain: Secret Service (libsecret) or KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows. Never falls back to plain text: where there is no keychain, it says so.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    // The service name under which the desktop keeps its accounts' keys; orderdesk-cli reads them there.
    static inline const QString DesktopService = QStringLiteral("OrderDesk");

    explicit KeychainCredentialStore(QString service, QObject* parent = nullptr);

    void read(const QString& accountId, Callback done) override;
    void write(const QString& accountId, const QString& secret, Callback done) override;
    void remove(const QString& accountId, Callback done) override;
    QString backendName() const override;

private:
    QString m_service;
};

} // namespace OrderDesk
