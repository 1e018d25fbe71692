#include "cliaccounts.h"

#include "credentials/accountstore.h"
#include "credentials/secretresolver.h"

#include <QCoreApplication>
#include <QSettings>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

ApiError configuration(const QString& message)
{
    return ApiError(ApiError::Kind::Configuration, message);
}

} // namespace

DesktopAccounts readDesktopAccounts(QSettings* desktopSettings)
{
    const AccountStore::Provisioned provisioned =
        AccountStore::readProvisioned(AccountStore::systemProvisioningFiles());
    const AccountStore store(desktopSettings);
    return {AccountStore::merge(provisioned.accounts, store.userAccounts()), provisioned.problems};
}

Result<Account> desktopAccount(const DesktopAccounts& desktop, const QString& accountId)
{
    if (desktop.accounts.isEmpty()) {
        QString message = Text::tr("there are no accounts: none given with --accounts FILE, none provisioned by IT "
                                   "(OrderDesk/accounts.json in a system configuration folder), and none of your own "
                                   "in OrderDesk's settings. Add one in the desktop application's accounts dialog, "
                                   "or give --accounts FILE.");
        for (const QString& problem : desktop.problems)
            message += u'\n' + problem;
        return configuration(message);
    }
    QStringList known;
    for (const Account& account : desktop.accounts) {
        if (account.id != accountId) {
            known << account.id;
            continue;
        }
        if (account.builtInSandbox)
            return configuration(Text::tr("the account \"%1\" is the desktop application's built-in sandbox, which "
                                          "runs only inside the desktop application")
                                     .arg(accountId));
        if (!account.enabled)
            return configuration(Text::tr("the account \"%1\" is disabled in OrderDesk's accounts").arg(accountId));
        if (const QString problem = Accounts::validate(account); !problem.isEmpty())
            return configuration(Text::tr("the account \"%1\" cannot be used: %2").arg(accountId, problem));
        return account;
    }
    QString message =
        Text::tr("OrderDesk's accounts have no account \"%1\" (known: %2)").arg(accountId, known.join(u", "));
    for (const QString& problem : desktop.problems)
        message += u'\n' + problem;
    return configuration(message);
}

void resolveDesktopKey(SecretResolver* secrets, const Account& account, std::function<void(Result<QString>)> done)
{
    secrets->resolve(account, [account, done = std::move(done)](const SecretResolver::Resolved& resolved) {
        if (resolved.source != SecretResolver::Source::Missing) {
            done(resolved.secret);
            return;
        }
        const QString variable = account.secretVariable();
        QString why = resolved.problem.trimmed(); // a sentence, never the key
        if (!why.endsWith(u'.'))
            why += u'.';
        if (resolved.keychainUnavailable) {
            done(configuration(Text::tr("the API key of account \"%1\" is not in the environment variable %2, and "
                                        "there is no keychain to ask: %3 On a machine without a keychain (a server, "
                                        "a CI job), set %2.")
                                   .arg(account.id, variable, why)));
            return;
        }
        done(configuration(Text::tr("the API key of account \"%1\" is not in the environment variable %2, nor in the "
                                    "keychain: %3 Store it with the desktop application's accounts dialog, or set %2.")
                               .arg(account.id, variable, why)));
    });
}

} // namespace OrderDesk::Cli
