#pragma once

#include <QStringList>

namespace OrderDesk::Cli {

// orderdesk-cli selfcheck: does this installation work on this machine? For IT after a deployment
// and for the package tests: it exercises what only the installed package can prove, the parts that
// Qt loads at run time.
//   --postgres URL   a QPSQL connection (the SQL driver plug-in and libpq) and SELECT version();
//                    postgresql://user@host:port/database, the password from PGPASSWORD or ~/.pgpass
//   --https URL      one HTTPS GET (the TLS plug-in); --https-ca FILE trusts only the CA in FILE
//   --keychain       write, read and delete a throw-away secret in the system keychain
// Each check prints "ok" or "FAIL" and what it found; the exit status is 0 when all passed, 1 when
// one failed, 2 for a bad command line.
bool isSelfCheck(const QStringList& arguments);
int runSelfCheck(const QStringList& arguments);

} // namespace OrderDesk::Cli
