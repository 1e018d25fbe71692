#pragma once

#include "api/account.h"

#include <QList>
#include <QStringList>

class QSettings;

namespace OrderDesk {

// The accounts an agent configured (in the settings, never with a secret) and the ones IT
// provisioned (the accounts JSON file of orderdesk-cli, system-wide or given with --accounts).
class AccountStore
{
public:
    explicit AccountStore(QSettings* settings);

    QList<Account> userAccounts() const;
    void saveUserAccounts(const QList<Account>& accounts);

    struct Provisioned
    {
        QList<Account> accounts; // marked managed
        QStringList problems;    // one sentence per broken file; the other files still count
    };
    // The system-wide provisioning files, most important first (e.g. /etc/xdg/OrderDesk/accounts.json).
    static QStringList systemProvisioningFiles();
    static Provisioned readProvisioned(const QStringList& files);

    // Provisioned accounts first; a user account with the id of a provisioned one is dropped.
    static QList<Account> merge(const QList<Account>& provisioned, const QList<Account>& user);

private:
    QSettings* m_settings;
};

} // namespace OrderDesk
