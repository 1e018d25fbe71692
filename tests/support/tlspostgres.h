#pragma once

#include "history/sqlhistory.h"

#include <QProcess>
#include <QTemporaryDir>

#include <optional>

namespace OrderDesk::Test {

// A certificate authority made by the test with the openssl command line, in `folder`: its
// certificate, and server certificates (EC P-256, a day long) it issues for one DNS name each.
class TestCertificateAuthority
{
public:
    struct Issued
    {
        QString certificateFile;
        QString keyFile;
    };

    // `name` tells the files and the authority's common name apart.
    TestCertificateAuthority(QString folder, QString name);

    bool create(QString* error);
    QString certificateFile() const;
    // A server certificate for `dnsName` (its CN and its only subjectAltName), signed by this authority.
    std::optional<Issued> issue(const QString& dnsName, QString* error) const;

private:
    bool openssl(const QStringList& arguments, QString* error) const;
    QString file(const QString& suffix) const;

    QString m_folder;
    QString m_name;
};

// A throw-away PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 only, on a free
// port, without a Unix socket. initdb and postgres come from ORDERDESK_TEST_PG_BINDIR when set,
// else /usr/lib/postgresql/<newest>/bin or the PATH. Run as root, both run as the `postgres` user
// (or `nobody`) through util-linux's setpriv, and the folder is given to that user. The superuser
// `orderdesk` has a password; clients connect with scram-sha-256, only over TLS while the server
// has a certificate. On Linux the server shuts down when the test dies, even by a crash.
class ThrowawayPostgres
{
public:
    struct Certificate
    {
        QString certificateFile;
        QString keyFile;
    };

    ThrowawayPostgres();
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres&) = delete;
    ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

    // The folder with initdb and postgres, or an empty string when PostgreSQL's server is not installed.
    static QString binaryFolder();

    bool init(QString* error); // initdb
    // Starts the server: with a certificate, ssl=on and `hostssl` lines only; without, ssl=off and
    // `host` lines. Returns once it accepts connections.
    bool start(const std::optional<Certificate>& tls, QString* error);
    void stop(); // fast shutdown, waited for

    int port() const { return m_port; }
    // The cluster's `postgres` database at `host` (and this port), as the superuser with its password.
    HistoryLocation location(const QString& host) const;
    // A folder the test may put files in; the server's user can read them.
    QString folder() const { return m_dir.path(); }

private:
    QStringList runAs(const QString& program, const QStringList& arguments) const; // setpriv ... -- program args
    bool giveToServerUser(const QString& path) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_log;
    int m_port = 0;
    int m_uid = -1; // the user the server runs as when the test runs as root; -1: this user
    int m_gid = -1;
};

} // namespace OrderDesk::Test
