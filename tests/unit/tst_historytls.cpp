// TLS to the team's PostgreSQL history. The connect options each host and CA file get (verify-full
// off this machine, the CA path quoted for libpq, a ';' refused) and the sentences libpq's errors
// become; then a real server: the test makes its own certificate authorities with the openssl
// command line and starts a throw-away cluster on 127.0.0.1 with a certificate they issued. Refused
// without the authority, accepted with it, refused for another host name, refused when the server
// offers no TLS; each refusal says why in words and never holds the password.
#include "history/postgrestls.h"
#include "history/sqlhistory.h"
#include "tlspostgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Whether the store's own connection is encrypted, as the server sees it.
bool usesTls(const SqlCancellationHistory& store)
{
    QSqlQuery q(store.database());
    return q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && q.next() && q.value(0).toBool();
}

// The refusal's message, for QVERIFY2 (which reads it whether the check fails or not).
QByteArray messageOf(const Result<std::unique_ptr<SqlCancellationHistory>>& opened)
{
    return opened.ok() ? QByteArray("opened") : opened.error().message.toLocal8Bit();
}

} // namespace

class TestHistoryTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    std::unique_ptr<ThrowawayPostgres> m_server;
    std::unique_ptr<TestCertificateAuthority> m_ca;      // the team's authority
    std::unique_ptr<TestCertificateAuthority> m_otherCa; // one the server's certificates do not come from
    std::optional<ThrowawayPostgres::Certificate> m_serving;
    bool m_up = false; // the server runs, with m_serving
    QString m_skip;    // why the server tests cannot run here
    QElapsedTimer m_clock;

    // The server restarted with `certificate` (none: TLS off), unless it runs with it already.
    bool serve(const std::optional<ThrowawayPostgres::Certificate>& wanted)
    {
        const auto same = [](const auto& a, const auto& b) {
            return a.has_value() == b.has_value() && (!a || a->certificateFile == b->certificateFile);
        };
        if (m_up && same(wanted, m_serving))
            return true;
        QString error;
        m_up = m_server->start(wanted, &error);
        if (!m_up) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_serving = wanted;
        return true;
    }

    // The server with TLS and a certificate the team's authority issued for `dnsName`.
    bool serveTls(const QString& dnsName)
    {
        QString error;
        const auto issued = m_ca->issue(dnsName, &error);
        if (!issued) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return serve(ThrowawayPostgres::Certificate{issued->certificateFile, issued->keyFile});
    }

    // The CA file in a folder whose name needs quoting: a space, a quote and a backslash.
    QString caFileInAnAwkwardFolder()
    {
        const QString folder = m_files.filePath(u"team's CA \\ files"_s);
        QDir().mkpath(folder);
        const QString file = folder + u"/team ca.pem"_s;
        QFile::remove(file);
        return QFile::copy(m_ca->certificateFile(), file) ? file : QString();
    }

    static void verifyRefused(const Result<std::unique_ptr<SqlCancellationHistory>>& opened,
                              const HistoryLocation& location, const QString& because)
    {
        QVERIFY2(!opened.ok(), "the connection was accepted");
        const QString message = opened.error().message;
        QVERIFY2(message.contains(because), qPrintable(message));
        QVERIFY2(!message.contains(location.password), qPrintable(message));
        qInfo("%s", qPrintable(message));
    }

#define SKIP_WITHOUT_SERVER()                                                                                          \
    if (!m_skip.isEmpty())                                                                                             \
    QSKIP(qPrintable(m_skip))

    static HistoryLocation team(const QString& host, const QString& caFile = QString())
    {
        HistoryLocation l;
        l.kind = HistoryLocation::Kind::Postgres;
        l.host = host;
        l.database = u"orderdesk"_s;
        l.user = u"desk"_s;
        l.password = u"hunter2-pw"_s;
        l.caFile = caFile;
        return l;
    }

    static QString optionsFor(const HistoryLocation& location)
    {
        const Result<QString> options = PostgresTls::connectOptions(location);
        return options.ok() ? options.value() : u"refused: "_s + options.error().message;
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_files.isValid());
        if (ThrowawayPostgres::binaryFolder().isEmpty())
            m_skip = u"PostgreSQL's server programs (initdb, postgres) are not installed, so the TLS "
                     "tests against a real server did not run (Debian: postgresql)"_s;
        else if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            m_skip = u"Qt's QPSQL driver is missing (Debian: libqt6sql6-psql)"_s;
        if (!m_skip.isEmpty()) {
            // The test command makes the PostgreSQL tests mandatory; elsewhere they say so loudly.
            if (qEnvironmentVariableIsSet("ORDERDESK_REQUIRE_POSTGRES"))
                QFAIL(qPrintable(u"ORDERDESK_REQUIRE_POSTGRES is set, but: "_s + m_skip));
            m_skip.prepend(u"SKIPPED: "_s);
            qWarning("%s", qPrintable(m_skip));
            return;
        }
        QString error;
        m_ca = std::make_unique<TestCertificateAuthority>(m_files.path(), u"team"_s);
        m_otherCa = std::make_unique<TestCertificateAuthority>(m_files.path(), u"other"_s);
        QVERIFY2(m_ca->create(&error), qPrintable(error));
        QVERIFY2(m_otherCa->create(&error), qPrintable(error));
        m_server = std::make_unique<ThrowawayPostgres>();
        QVERIFY2(m_server->init(&error), qPrintable(error));
        QVERIFY(serveTls(u"localhost"_s));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        qInfo("tst_historytls: %lld ms, certificates and cluster included", qint64(m_clock.elapsed()));
    }

    void isLoopbackHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.8.9.10") << u"127.8.9.10"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("unix socket") << u"/var/run/postgresql"_s << true;
        QTest::newRow("list on this machine") << u"localhost, 127.0.0.1"_s << true;
        QTest::newRow("name") << u"db.example.org"_s << false;
        QTest::newRow("private address") << u"10.1.2.3"_s << false;
        QTest::newRow("ipv6") << u"2001:db8::5"_s << false;
        QTest::newRow("localhost as a subdomain") << u"localhost.example.org"_s << false;
        QTest::newRow("name starting with 127") << u"127.0.0.1.example.org"_s << false;
        QTest::newRow("list reaching out") << u"localhost,db.example.org"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void isLoopbackHost()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(PostgresTls::isLoopbackHost(host), loopback);
    }

    void connectOptions_remoteHostWithoutCaFile_verifyFullAgainstTheSystemsAuthorities()
    {
        // Neither PGSSLROOTCERT nor ~/.postgresql/root.crt: the system's bundle, as PostgreSQL 16's
        // sslrootcert=system would.
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldRoot = qgetenv("PGSSLROOTCERT");
        qputenv("HOME", QFile::encodeName(home.path()));
        qunsetenv("PGSSLROOTCERT");
        const QString options = optionsFor(team(u"db.example.org"_s));
        qputenv("PGSSLROOTCERT", "/etc/orderdesk/it-root.crt"); // libpq's own choice stands
        const QString withLibpqsRoot = optionsFor(team(u"db.example.org"_s));
        qputenv("HOME", oldHome);
        oldRoot.isNull() ? qunsetenv("PGSSLROOTCERT") : qputenv("PGSSLROOTCERT", oldRoot);

        const QString bundle = PostgresTls::systemCaBundle();
        QCOMPARE(options, bundle.isEmpty() ? u"connect_timeout=5;sslmode=verify-full"_s
                                           : u"connect_timeout=5;sslmode=verify-full;sslrootcert='%1'"_s.arg(bundle));
        QCOMPARE(withLibpqsRoot, u"connect_timeout=5;sslmode=verify-full"_s);
    }

    void connectOptions_loopbackWithoutCaFile_keepsLibpqsDefaults()
    {
        for (const QString& host : {u"localhost"_s, u"127.0.0.1"_s, u"::1"_s, u"/var/run/postgresql"_s})
            QCOMPARE(optionsFor(team(host)), u"connect_timeout=5"_s);
    }

    void connectOptions_caFile_verifyFullWithThatFileQuotedForLibpq_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("sslrootcert");
        QTest::newRow("remote") << u"db.example.org"_s << u"/etc/orderdesk/team-ca.pem"_s
                                << u"'/etc/orderdesk/team-ca.pem'"_s;
        QTest::newRow("loopback") << u"localhost"_s << u"/etc/orderdesk/team-ca.pem"_s
                                  << u"'/etc/orderdesk/team-ca.pem'"_s;
        QTest::newRow("spaces, quote, backslash") << u"db.example.org"_s << u"C:\\Users\\Zoë\\it's CA\\team ca.pem"_s
                                                  << u"'C:\\\\Users\\\\Zoë\\\\it\\'s CA\\\\team ca.pem'"_s;
        QTest::newRow("key=value inside")
            << u"db.example.org"_s << u"/tmp/x sslmode=disable"_s << u"'/tmp/x sslmode=disable'"_s;
    }
    void connectOptions_caFile_verifyFullWithThatFileQuotedForLibpq()
    {
        QFETCH(QString, host);
        QFETCH(QString, caFile);
        QFETCH(QString, sslrootcert);
        QCOMPARE(optionsFor(team(host, caFile)), u"connect_timeout=5;sslmode=verify-full;sslrootcert="_s + sslrootcert);
    }

    void caFileWithSemicolon_isRefusedInWordsBeforeConnecting()
    {
        // QPSQL would turn the ';' into a space and libpq would read another file.
        const HistoryLocation location = team(u"db.example.org"_s, u"/etc/team;ca.pem"_s);
        QVERIFY(optionsFor(location).startsWith(u"refused: "_s));
        const auto opened = SqlCancellationHistory::open(location);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"\";\""_s), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"/etc/team;ca.pem"_s), qPrintable(opened.error().message));
    }

    void explainRefusal_libpqsWords_becomeOneSentence_data()
    {
        QTest::addColumn<QString>("libpq");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QStringList>("says");
        const QString at = u"connection to server at \"db.example.org\" (10.0.0.5), port 5432 failed: "_s;
        QTest::newRow("no root file")
            << at + u"root certificate file \"/home/zoe/.postgresql/root.crt\" does not exist\nEither provide the "
                    "file or change sslmode to disable server certificate verification.\nQPSQL: Unable to connect"_s
            << QString()
            << QStringList{u"no certificate to check"_s, u"/home/zoe/.postgresql/root.crt"_s, u"settings"_s};
        QTest::newRow("CA file unreadable")
            << at + u"could not read root certificate file \"/etc/team-ca.pem\": no certificate or crl found"_s
            << u"/etc/team-ca.pem"_s << QStringList{u"no certificate to check"_s, u"/etc/team-ca.pem"_s};
        QTest::newRow("untrusted, system authorities") << at + u"SSL error: certificate verify failed"_s << QString()
                                                       << QStringList{u"not trusted"_s, u"settings"_s};
        QTest::newRow("untrusted, CA file") << at + u"SSL error: certificate verify failed"_s << u"/etc/team-ca.pem"_s
                                            << QStringList{u"not trusted"_s, u"/etc/team-ca.pem"_s};
        QTest::newRow("other names")
            << at + u"server certificate for \"db1.example.org\" (and 2 other names) does not match host name "
                    "\"db.example.org\""_s
            << QString()
            << QStringList{u"does not match the host name"_s, u"db1.example.org"_s, u"not for db.example.org"_s};
        QTest::newRow("one name")
            << at + u"server certificate for \"localhost\" does not match host name \"127.0.0.1\""_s << QString()
            << QStringList{u"does not match the host name"_s, u"for localhost, not for 127.0.0.1"_s};
        QTest::newRow("no TLS") << at + u"server does not support SSL, but SSL was required"_s << QString()
                                << QStringList{u"does not offer TLS"_s};
        QTest::newRow("nameless certificate") << at + u"could not get server's host name from server certificate"_s
                                              << QString() << QStringList{u"names no host"_s};
        QTest::newRow("not about TLS") << at + u"FATAL:  password authentication failed for user \"desk\""_s
                                       << QString() << QStringList{u"password authentication failed"_s};
        QTest::newRow("password in the text") << at + u"FATAL:  hunter2-pw is not a valid password"_s << QString()
                                              << QStringList{u"is not a valid password"_s};
    }
    void explainRefusal_libpqsWords_becomeOneSentence()
    {
        QFETCH(QString, libpq);
        QFETCH(QString, caFile);
        QFETCH(QStringList, says);
        const HistoryLocation location = team(u"db.example.org"_s, caFile);
        const QString sentence = PostgresTls::explainRefusal(libpq, location);
        for (const QString& words : std::as_const(says))
            QVERIFY2(sentence.contains(words), qPrintable(sentence));
        QVERIFY2(!sentence.contains(location.password), qPrintable(sentence));
    }

    void caFile_issuerOfTheServersCertificate_connectsOverTls()
    {
        SKIP_WITHOUT_SERVER();
        QVERIFY(serveTls(u"localhost"_s));
        HistoryLocation location = m_server->location(u"localhost"_s);
        location.caFile = caFileInAnAwkwardFolder();
        QVERIFY(!location.caFile.isEmpty());
        auto opened = SqlCancellationHistory::open(location);
        QVERIFY2(opened.ok(), messageOf(opened).constData());
        QVERIFY(usesTls(*opened.value()));
        QVERIFY(opened.value()->attempts().ok());
    }

    void caFile_otherAuthority_isRefusedAsNotTrusted_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::newRow("another authority") << QString(); // filled in below: the authority exists only now
        QTest::newRow("the system's authorities") << u"/etc/ssl/certs/ca-certificates.crt"_s;
    }
    void caFile_otherAuthority_isRefusedAsNotTrusted()
    {
        SKIP_WITHOUT_SERVER();
        QFETCH(QString, caFile);
        if (caFile.isEmpty())
            caFile = m_otherCa->certificateFile();
        if (!QFile::exists(caFile))
            QSKIP("no system bundle of trusted authorities at this path");
        QVERIFY(serveTls(u"localhost"_s));
        HistoryLocation location = m_server->location(u"localhost"_s);
        location.caFile = caFile;
        verifyRefused(SqlCancellationHistory::open(location), location, u"not trusted"_s);
    }

    void caFile_missing_isRefusedForWantOfACertificate()
    {
        SKIP_WITHOUT_SERVER();
        QVERIFY(serveTls(u"localhost"_s));
        HistoryLocation location = m_server->location(u"localhost"_s);
        location.caFile = m_files.filePath(u"no such ca.pem"_s);
        verifyRefused(SqlCancellationHistory::open(location), location, u"no certificate to check"_s);
    }

    void hostName_notInTheCertificate_isRefusedAndSaysSo_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("certifiedName");
        QTest::newRow("an address, a certificate for localhost") << u"127.0.0.1"_s << u"localhost"_s;
        QTest::newRow("a certificate for another name") << u"localhost"_s << u"db.example.org"_s;
    }
    void hostName_notInTheCertificate_isRefusedAndSaysSo()
    {
        SKIP_WITHOUT_SERVER();
        QFETCH(QString, host);
        QFETCH(QString, certifiedName);
        QVERIFY(serveTls(certifiedName));
        HistoryLocation location = m_server->location(host);
        location.caFile = m_ca->certificateFile();
        verifyRefused(SqlCancellationHistory::open(location), location, u"does not match the host name"_s);
    }

    void loopbackWithoutCaFile_keepsLibpqsDefaults()
    {
        // The sandbox and test clusters on this machine: no CA file, no verification asked for.
        SKIP_WITHOUT_SERVER();
        QVERIFY(serveTls(u"localhost"_s));
        auto opened = SqlCancellationHistory::open(m_server->location(u"localhost"_s));
        QVERIFY2(opened.ok(), messageOf(opened).constData());
    }

    void serverWithoutTls_caFileGiven_isRefusedAndSaysSo()
    {
        SKIP_WITHOUT_SERVER();
        QVERIFY(serve(std::nullopt));
        // The server is up and takes plain connections...
        auto plain = SqlCancellationHistory::open(m_server->location(u"localhost"_s));
        QVERIFY2(plain.ok(), messageOf(plain).constData());
        QVERIFY(!usesTls(*plain.value()));
        // ...but not from a desk that was given the team's authority.
        HistoryLocation location = m_server->location(u"localhost"_s);
        location.caFile = m_ca->certificateFile();
        verifyRefused(SqlCancellationHistory::open(location), location, u"does not offer TLS"_s);
    }
};

QTEST_GUILESS_MAIN(TestHistoryTls)
#include "tst_historytls.moc"
