// orderdesk-cli with an in-memory keychain in place of the operating system's, for tst_cli: the same
// run (OrderDesk::Cli::run) as the installed binary, which differs only in handing it the real
// keychain. Test code, never installed; the installed orderdesk-cli has no way to read keys from a file.
//
// $ORDERDESK_TEST_KEYCHAIN names a file of "account-id=key" lines that the keychain holds, or is
// "unavailable" for a machine without a keychain.
#include "clirun.h"
#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString source = qEnvironmentVariable("ORDERDESK_TEST_KEYCHAIN");
    OrderDesk::MemoryCredentialStore keychain(nullptr, source != QStringLiteral("unavailable"));
    QFile file(source);
    if (!source.isEmpty() && source != QStringLiteral("unavailable")) {
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return 99;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(u'=');
            if (equals > 0) // stored at once; the reply comes on the loop's first turn and goes nowhere
                keychain.write(line.left(equals), line.mid(equals + 1), [](const auto&) {});
        }
    }
    return OrderDesk::Cli::run(app, &keychain);
}
