#pragma once

#include "api/result.h"

#include <QString>

namespace OrderDesk {

struct HistoryLocation;

// How the connection to the team's PostgreSQL history is secured. libpq's default
// (`sslmode=prefer`) takes an unencrypted connection, or any certificate; the history asks for
// verified TLS (`sslmode=verify-full`: a certificate from a trusted authority, for the host name
// connected to) instead:
// - a CA file given (settings or provisioning file): verify-full against that file, whatever the host;
// - no CA file, a host off this machine: verify-full against libpq's own root file when there is one
//   (PGSSLROOTCERT, ~/.postgresql/root.crt), else the system's trusted authorities;
// - no CA file, `localhost`, a loopback address or a Unix socket: libpq's defaults, as before (the
//   sandbox and test clusters). libpq never uses TLS over a Unix socket.
namespace PostgresTls {

// Whether every host in libpq's `host` (a name, an address, a comma-separated list or a Unix
// socket's folder) is this machine: `localhost`, 127.0.0.0/8, ::1, or a socket.
bool isLoopbackHost(const QString& host);

// The system's trusted authorities as one PEM file, or an empty string where there is none (Windows).
QString systemCaBundle();

// What is wrong with `caFile` as a CA certificate file's path, in words, or an empty string.
QString checkCaFile(const QString& caFile);

// QPSQL's connect options for `location`: libpq's key=value pairs, separated by ';'. QPSQL turns
// every ';' into a space and hands the rest to libpq as it is, so values are quoted the way libpq
// reads them, and a CA file whose path holds a ';' is refused in words rather than mis-read.
Result<QString> connectOptions(const HistoryLocation& location);

// Why libpq refused the connection, in one sentence (lower-case, to follow "cannot be used: "),
// derived from its error text: no certificate to check the server against, a certificate no trusted
// authority issued, a certificate for another host name, a server without TLS. Other errors come
// back as libpq said them. The result never holds location.password.
QString explainRefusal(const QString& libpqText, const HistoryLocation& location);

} // namespace PostgresTls
} // namespace OrderDesk
