#include "tlspostgres.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString SuperUser = u"orderdesk"_s;
// Quotes, a ';' and a space: the driver must pass it on intact, and no message may hold it.
const QString SuperUserPassword = u"s3cret; it's-pw"_s;

bool writeFile(const QString& path, const QByteArray& content, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

// What openssl needs besides the command line: the authority's and the server's extensions.
QByteArray opensslConfig(const QString& dnsName)
{
    return "[req]\n"
           "distinguished_name = dn\n"
           "prompt = no\n"
           "[dn]\n"
           "CN = placeholder\n"
           "[ca]\n"
           "basicConstraints = critical,CA:true\n"
           "keyUsage = critical,keyCertSign,cRLSign\n"
           "subjectKeyIdentifier = hash\n"
           "[server]\n"
           "basicConstraints = critical,CA:false\n"
           "keyUsage = critical,digitalSignature,keyEncipherment\n"
           "extendedKeyUsage = serverAuth\n"
           "subjectAltName = DNS:" +
           dnsName.toUtf8() + "\n";
}

} // namespace

TestCertificateAuthority::TestCertificateAuthority(QString folder, QString name)
    : m_folder(std::move(folder))
    , m_name(std::move(name))
{}

QString TestCertificateAuthority::file(const QString& suffix) const
{
    return QDir(m_folder).filePath(m_name + suffix);
}

QString TestCertificateAuthority::certificateFile() const
{
    return file(u"-ca.crt"_s);
}

bool TestCertificateAuthority::openssl(const QStringList& arguments, QString* error) const
{
    const QString program = QStandardPaths::findExecutable(u"openssl"_s);
    if (program.isEmpty()) {
        *error = u"the openssl command line is needed to make the test certificates (Debian: openssl)"_s;
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"openssl %1: %2"_s.arg(arguments.join(u' '), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool TestCertificateAuthority::create(QString* error)
{
    const QString config = file(u"-ca.cnf"_s);
    return writeFile(config, opensslConfig(u"unused"_s), error) &&
           openssl({u"req"_s, u"-x509"_s, u"-config"_s, config, u"-extensions"_s, u"ca"_s, u"-newkey"_s, u"ec"_s,
                    u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, file(u"-ca.key"_s),
                    u"-out"_s, certificateFile(), u"-subj"_s, u"/CN=OrderDesk test authority %1"_s.arg(m_name),
                    u"-days"_s, u"2"_s},
                   error);
}

std::optional<TestCertificateAuthority::Issued> TestCertificateAuthority::issue(const QString& dnsName,
                                                                                QString* error) const
{
    const QString base = u"-server-"_s + dnsName;
    const QString config = file(base + u".cnf"_s);
    Issued issued{file(base + u".crt"_s), file(base + u".key"_s)};
    const QString request = file(base + u".csr"_s);
    const QString serial = QString::number(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()));
    if (!writeFile(config, opensslConfig(dnsName), error) ||
        !openssl({u"req"_s, u"-new"_s, u"-config"_s, config, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                  u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, issued.keyFile, u"-out"_s, request,
                  u"-subj"_s, u"/CN="_s + dnsName},
                 error) ||
        !openssl({u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, certificateFile(), u"-CAkey"_s, file(u"-ca.key"_s),
                  u"-set_serial"_s, serial, u"-days"_s, u"2"_s, u"-extfile"_s, config, u"-extensions"_s, u"server"_s,
                  u"-out"_s, issued.certificateFile},
                 error))
        return std::nullopt;
    return issued;
}

ThrowawayPostgres::ThrowawayPostgres()
{
#ifdef Q_OS_UNIX
    // initdb and postgres refuse to run as root.
    if (::geteuid() == 0) {
        const passwd* user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (user) {
            m_uid = int(user->pw_uid);
            m_gid = int(user->pw_gid);
        }
    }
#endif
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    stop();
}

QString ThrowawayPostgres::binaryFolder()
{
    const auto hasServer = [](const QString& folder) {
        return QFileInfo(QDir(folder).filePath(u"initdb"_s)).isExecutable() &&
               QFileInfo(QDir(folder).filePath(u"postgres"_s)).isExecutable();
    };
    // A developer's own build or layout, when given; only there.
    if (qEnvironmentVariableIsSet("ORDERDESK_TEST_PG_BINDIR")) {
        const QString folder = qEnvironmentVariable("ORDERDESK_TEST_PG_BINDIR");
        return hasServer(folder) ? folder : QString();
    }
    // Debian keeps each major version's server programs apart; the newest wins.
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&numeric](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : std::as_const(versions)) {
        const QString folder = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (hasServer(folder))
            return folder;
    }
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty() && hasServer(QFileInfo(initdb).canonicalPath()))
        return QFileInfo(initdb).canonicalPath();
    return {};
}

QStringList ThrowawayPostgres::runAs(const QString& program, const QStringList& arguments) const
{
    if (m_uid < 0)
        return QStringList{program} + arguments;
    // Changing the user clears the parent-death signal: setpriv sets it again afterwards.
    const QStringList setpriv{u"setpriv"_s,        u"--reuid=%1"_s.arg(m_uid), u"--regid=%1"_s.arg(m_gid),
                              u"--clear-groups"_s, u"--pdeathsig=INT"_s,       u"--"_s};
    return setpriv + QStringList{program} + arguments;
}

bool ThrowawayPostgres::giveToServerUser(const QString& file) const
{
#ifdef Q_OS_UNIX
    if (m_uid >= 0)
        return ::chown(QFile::encodeName(file).constData(), uid_t(m_uid), gid_t(m_gid)) == 0;
#else
    Q_UNUSED(file)
#endif
    return true;
}

bool ThrowawayPostgres::init(QString* error)
{
    const QString bin = binaryFolder();
    if (bin.isEmpty()) {
        *error = u"PostgreSQL's server programs (initdb, postgres) are not installed"_s;
        return false;
    }
    if (!m_dir.isValid() || !giveToServerUser(m_dir.path())) {
        *error = u"the cluster's temporary folder cannot be made or given to the server's user"_s;
        return false;
    }
    const QString passwordFile = path(u"password"_s);
    if (!writeFile(passwordFile, SuperUserPassword.toUtf8() + '\n', error) || !giveToServerUser(passwordFile))
        return false;
    const QStringList command =
        runAs(QDir(bin).filePath(u"initdb"_s),
              {u"-D"_s, path(u"data"_s), u"-U"_s, SuperUser, u"--pwfile="_s + passwordFile, u"--auth=scram-sha-256"_s,
               u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s});
    QProcess initdb;
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(command.first(), command.mid(1));
    const bool ok =
        initdb.waitForFinished(60000) && initdb.exitStatus() == QProcess::NormalExit && initdb.exitCode() == 0;
    QFile::remove(passwordFile);
    if (!ok)
        *error = u"%1: %2 %3"_s.arg(command.join(u' '), initdb.errorString(), QString::fromLocal8Bit(initdb.readAll()));
    return ok;
}

bool ThrowawayPostgres::start(const std::optional<Certificate>& tls, QString* error)
{
    stop();
    // The server wants its key owned by its user and readable by no one else.
    QStringList settings{u"ssl=off"_s};
    if (tls) {
        const QString certificate = path(u"server.crt"_s);
        const QString key = path(u"server.key"_s);
        QFile::remove(certificate);
        QFile::remove(key);
        if (!QFile::copy(tls->certificateFile, certificate) || !QFile::copy(tls->keyFile, key) ||
            !QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner) || !giveToServerUser(certificate) ||
            !giveToServerUser(key)) {
            *error = u"the server's certificate and key cannot be put in place"_s;
            return false;
        }
        settings = {u"ssl=on"_s, u"ssl_cert_file="_s + certificate, u"ssl_key_file="_s + key};
    }
    const QString hba = path(u"pg_hba.conf"_s);
    const QByteArray type = tls ? "hostssl" : "host";
    if (!writeFile(hba, type + " all all 127.0.0.1/32 scram-sha-256\n" + type + " all all ::1/128 scram-sha-256\n",
                   error) ||
        !giveToServerUser(hba))
        return false;
    {
        QTcpServer probe; // a free port: taken for a moment, then handed to the server
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = u"no free port on 127.0.0.1"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    settings << u"listen_addresses=127.0.0.1"_s << u"port=%1"_s.arg(m_port) << u"unix_socket_directories="_s
             << u"hba_file="_s + hba << u"fsync=off"_s << u"logging_collector=off"_s << u"lc_messages=C"_s;
    QStringList arguments{u"-D"_s, path(u"data"_s)};
    for (const QString& setting : std::as_const(settings))
        arguments << u"-c"_s << setting;
    const QStringList command = runAs(QDir(binaryFolder()).filePath(u"postgres"_s), arguments);
    m_log.clear();
    m_server.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A test that crashes takes its server along (a fast shutdown) instead of leaving it running.
    m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGINT); });
#endif
    m_server.start(command.first(), command.mid(1));
    const auto ready = [this] {
        m_log += QString::fromLocal8Bit(m_server.readAll());
        return m_log.contains(u"ready to accept connections"_s) || m_server.state() == QProcess::NotRunning;
    };
    if (!QTest::qWaitFor(ready, 30000) || m_server.state() != QProcess::Running) {
        *error = u"%1 did not start: %2 %3"_s.arg(command.join(u' '), m_server.errorString(), m_log);
        stop();
        return false;
    }
    return true;
}

void ThrowawayPostgres::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    ::kill(pid_t(m_server.processId()), SIGINT); // "fast" shutdown: ends the sessions, checkpoints, exits
#else
    m_server.terminate();
#endif
    if (!m_server.waitForFinished(20000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

HistoryLocation ThrowawayPostgres::location(const QString& host) const
{
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Postgres;
    l.host = host;
    l.port = m_port;
    l.database = u"postgres"_s;
    l.user = SuperUser;
    l.password = SuperUserPassword;
    return l;
}

} // namespace OrderDesk::Test
