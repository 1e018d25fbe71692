#pragma once

#include "api/account.h"
#include "api/result.h"

#include <QStringList>

#include <functional>

class QSettings;

namespace OrderDesk {
class SecretResolver;
}

namespace OrderDesk::Cli {

// The accounts the desktop application uses, read the way its composition root reads them: IT's
// provisioning files (AccountStore::systemProvisioningFiles(), e.g. /etc/xdg/OrderDesk/accounts.json)
// first, then the agent's own accounts from the desktop's settings (AccountStore::userAccounts());
// an id IT provisions is IT's (AccountStore::merge()). The desktop's fallback to its built-in sandbox
// is not one of them: that sandbox runs only inside the desktop.
struct DesktopAccounts
{
    QList<Account> accounts;
    QStringList problems; // broken provisioning files, one sentence each; the others still count
};
DesktopAccounts readDesktopAccounts(QSettings* desktopSettings);

// The account with that id among the desktop's; no accounts at all, an unknown id, a disabled or
// invalid account, or the desktop's built-in sandbox is an error that says where accounts come from.
Result<Account> desktopAccount(const DesktopAccounts& desktop, const QString& accountId);

// The account's key as the desktop finds it (SecretResolver): the environment variable
// Account::secretVariable() names (secretEnv, else ORDERDESK_KEY_<ID>) first, then the keychain.
// Answers with the key, or an error naming the variable, never a value; a keychain that cannot be
// used (a server, a CI job without a Secret Service) is said so, with the variable to set instead.
void resolveDesktopKey(SecretResolver* secrets, const Account& account, std::function<void(Result<QString>)> done);

} // namespace OrderDesk::Cli
