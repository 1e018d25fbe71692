#include "selfcheck.h"

#include "clioptions.h"
#include "clioutput.h"
#include "credentials/keychaincredentialstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

constexpr int TimeoutMs = 15000;

QString statusText(CredentialStore::Status status)
{
    switch (status) {
    case CredentialStore::Status::Ok:
        return Text::tr("ok");
    case CredentialStore::Status::NotFound:
        return Text::tr("not found");
    case CredentialStore::Status::Unavailable:
        return Text::tr("no keychain");
    case CredentialStore::Status::Denied:
        return Text::tr("access denied");
    case CredentialStore::Status::Failed:
        break;
    }
    return Text::tr("failed");
}

// The checks run one after another in the event loop; each one reports once and then calls next.
class SelfCheck
{
public:
    using Next = std::function<void()>;
    using Step = std::function<void(Next)>;

    void add(Step step) { m_steps.push_back(std::move(step)); }

    void start() { runFrom(0); }

    void report(const QString& check, bool ok, const QString& detail)
    {
        if (!ok)
            ++m_failures;
        writeOut(u"%1 %2: %3\n"_s.arg(ok ? u"ok  "_s : u"FAIL"_s, check, detail));
    }

    void checkPostgres(const QUrl& url, const Next& next);
    void checkHttps(const QUrl& url, const QString& caFile, const Next& next);
    void checkKeychain(const Next& next);

private:
    void runFrom(std::size_t index)
    {
        if (index == m_steps.size()) {
            QCoreApplication::exit(m_failures == 0 ? ExitOk : 1);
            return;
        }
        m_steps[index]([this, index] { QTimer::singleShot(0, [this, index] { runFrom(index + 1); }); });
    }

    std::vector<Step> m_steps;
    int m_failures = 0;
    QNetworkAccessManager m_network;
    KeychainCredentialStore m_keychain{u"OrderDesk selfcheck"_s};
};

// Synchronous on purpose: a one-shot diagnostic with a connect timeout, nothing else to keep alive.
void SelfCheck::checkPostgres(const QUrl& url, const Next& next)
{
    const QString check = u"qpsql"_s;
    const QString connection = u"orderdesk-selfcheck"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        if (!db.isValid() || !QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            report(check, false,
                   Text::tr("the QPSQL driver did not load (drivers here: %1). QT_DEBUG_PLUGINS=1 says why: "
                            "usually libpq or a library it needs is missing.")
                       .arg(QSqlDatabase::drivers().join(u", "_s)));
        } else {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            if (!url.password().isEmpty())
                db.setPassword(url.password());
            db.setConnectOptions(u"connect_timeout=10"_s);
            if (!db.open()) {
                report(check, false, Text::tr("no connection to %1: %2").arg(url.host(), db.lastError().text()));
            } else {
                QSqlQuery query(db);
                if (query.exec(u"SELECT version()"_s) && query.next())
                    report(check, true,
                           Text::tr("%1 as %2: %3").arg(url.host(), url.userName(), query.value(0).toString()));
                else
                    report(check, false, Text::tr("SELECT version() failed: %1").arg(query.lastError().text()));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    next();
}

void SelfCheck::checkHttps(const QUrl& url, const QString& caFile, const Next& next)
{
    const QString check = u"https"_s;
    if (!QSslSocket::supportsSsl()) {
        report(check, false,
               Text::tr("no working TLS backend (the tls plug-ins found: %1)")
                   .arg(QSslSocket::availableBackends().join(u", "_s)));
        next();
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QString trusted = Text::tr("the system's CAs");
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            report(check, false, Text::tr("no PEM certificate in %1").arg(caFile));
            next();
            return;
        }
        tls.setCaCertificates(cas); // only these: the check must prove that verification happens
        trusted = Text::tr("only the CA in %1").arg(caFile);
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply* reply = m_network.get(request);
    auto sslErrors = std::make_shared<QStringList>();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            sslErrors->append(error.errorString());
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, sslErrors, trusted, check, next] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString backend = QSslSocket::activeBackend();
        if (reply->error() != QNetworkReply::NoError) {
            report(check, false,
                   Text::tr("%1 (%2; trusting %3; TLS backend %4)")
                       .arg(reply->errorString(), sslErrors->join(u"; "_s), trusted, backend));
        } else if (status != 200) {
            report(check, false, Text::tr("HTTP %1 instead of 200").arg(status));
        } else {
            report(check, true,
                   Text::tr("HTTP 200 from %1, trusting %2; TLS backend %3 (%4)")
                       .arg(reply->url().toDisplayString(), trusted, backend, QSslSocket::sslLibraryVersionString()));
        }
        next();
    });
}

void SelfCheck::checkKeychain(const Next& next)
{
    const QString check = u"keychain"_s;
    const QString account = u"selfcheck-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString where = m_keychain.backendName();
    auto fail = [this, check, where, next](const QString& step, const CredentialStore::Reply& reply) {
        report(check, false,
               Text::tr("%1 in the %2 failed: %3 %4").arg(step, where, statusText(reply.status), reply.message));
        next();
    };
    m_keychain.write(account, secret, [=](const CredentialStore::Reply& written) {
        if (written.status != CredentialStore::Status::Ok)
            return fail(Text::tr("writing"), written);
        m_keychain.read(account, [=](const CredentialStore::Reply& read) {
            if (read.status != CredentialStore::Status::Ok)
                return fail(Text::tr("reading"), read);
            const bool same = read.secret == secret;
            m_keychain.remove(account, [=](const CredentialStore::Reply& removed) {
                if (removed.status != CredentialStore::Status::Ok)
                    return fail(Text::tr("deleting"), removed);
                m_keychain.read(account, [=](const CredentialStore::Reply& gone) {
                    if (gone.status != CredentialStore::Status::NotFound)
                        return fail(Text::tr("reading after deleting"), gone);
                    report(check, same,
                           same ? Text::tr("wrote, read back, deleted a secret in the %1").arg(where)
                                : Text::tr("the %1 returned another secret than the one written").arg(where));
                    next();
                });
            });
        });
    });
}

} // namespace

bool isSelfCheck(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"selfcheck"_s;
}

int runSelfCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Checks that this installation works here: the PostgreSQL driver, TLS and the keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"selfcheck"_s, Text::tr("The command."));
    const QCommandLineOption postgres(
        u"postgres"_s,
        Text::tr("Connect with the QPSQL driver to postgresql://user@host:port/database (password: PGPASSWORD)."),
        u"url"_s);
    const QCommandLineOption https(u"https"_s, Text::tr("GET this https:// address."), u"url"_s);
    const QCommandLineOption httpsCa(u"https-ca"_s, Text::tr("Trust only the CA certificates in this PEM file."),
                                     u"file"_s);
    const QCommandLineOption keychain(u"keychain"_s,
                                      Text::tr("Write, read and delete a throw-away secret in the keychain."));
    parser.addOptions({postgres, https, httpsCa, keychain});
    if (!parser.parse(arguments)) {
        reportError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    const QUrl postgresUrl(parser.value(postgres), QUrl::StrictMode);
    const QUrl httpsUrl(parser.value(https), QUrl::StrictMode);
    if (parser.isSet(postgres) && (!postgresUrl.isValid() || postgresUrl.scheme() != u"postgresql"_s)) {
        reportError(Text::tr("--postgres expects postgresql://user@host:port/database"));
        return ExitUsage;
    }
    if (parser.isSet(https) && (!httpsUrl.isValid() || httpsUrl.scheme() != u"https"_s)) {
        reportError(Text::tr("--https expects an https:// address"));
        return ExitUsage;
    }
    if (parser.isSet(httpsCa) && !parser.isSet(https)) {
        reportError(Text::tr("--https-ca goes with --https"));
        return ExitUsage;
    }
    if (!parser.isSet(postgres) && !parser.isSet(https) && !parser.isSet(keychain)) {
        reportError(Text::tr("selfcheck needs --postgres, --https or --keychain"));
        return ExitUsage;
    }

    SelfCheck checks;
    if (parser.isSet(postgres))
        checks.add([&checks, postgresUrl](const SelfCheck::Next& next) { checks.checkPostgres(postgresUrl, next); });
    if (parser.isSet(https)) {
        const QString ca = parser.value(httpsCa);
        checks.add([&checks, httpsUrl, ca](const SelfCheck::Next& next) { checks.checkHttps(httpsUrl, ca, next); });
    }
    if (parser.isSet(keychain))
        checks.add([&checks](const SelfCheck::Next& next) { checks.checkKeychain(next); });
    QTimer::singleShot(0, [&checks] { checks.start(); });
    return QCoreApplication::exec();
}

} // namespace OrderDesk::Cli
