// orderdesk-cli: list, show and cancel orders from scripts, with the desktop's accounts, policy and history.
#include "clirun.h"
#include "credentials/keychaincredentialstore.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop's keychain entries: the keys its accounts dialog stored.
    OrderDesk::KeychainCredentialStore keychain(OrderDesk::KeychainCredentialStore::DesktopService);
    return OrderDesk::Cli::run(app, &keychain);
}
