// Accounts and their secrets: URL and account validation, the settings store (never a secret in
// the file), provisioning files valid and broken, the environment override, the keychain path with
// and without a keychain (a fake behind the same interface), and secrets leaving with what they
// belonged to (a removed account, a removed team history).
#include "credentials/accountstore.h"
#include "credentials/credentialstore.h"
#include "credentials/secretresolver.h"
#include "services/accountsservice.h"
#include "services/appsettings.h"
#include "services/backendregistry.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

Account flexPortalAccount()
{
    Account a;
    a.id = u"fp-eu"_s;
    a.displayName = u"FlexPortal EU"_s;
    a.platform = Platform::FlexPortal;
    a.region = u"eu"_s;
    a.baseUrl = Accounts::flexPortalRegionUrl(u"eu");
    a.tenantId = u"bu_123"_s;
    return a;
}

SecretResolver::Resolved resolveNow(SecretResolver& resolver, const Account& account)
{
    SecretResolver::Resolved result;
    bool done = false;
    resolver.resolve(account, [&](const SecretResolver::Resolved& r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

CredentialStore::Reply storeNow(SecretResolver& resolver, const Account& account, const QString& secret)
{
    CredentialStore::Reply result;
    bool done = false;
    resolver.store(account, secret, [&](const CredentialStore::Reply& r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile f(dir.filePath(name));
    [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
    f.write(content);
    return f.fileName();
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void provisionedTeamHistory_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host"); // or, when not ok, a word the message must hold
        QTest::newRow("none") << QByteArray("{\"accounts\":[]}") << true << QString();
        QTest::newRow("team") << QByteArray("{\"accounts\":[],\"history\":{\"postgresql\":{\"host\":\"db.example.org\","
                                            " \"port\":6432,\"database\":\"orderdesk\",\"user\":\"desk\"}}}")
                              << true << u"db.example.org"_s;
        QTest::newRow("no user") << QByteArray("{\"history\":{\"postgresql\":{\"host\":\"h\",\"database\":\"d\"}}}")
                                 << false << u"user"_s;
        QTest::newRow("bad port")
            << QByteArray(
                   "{\"history\":{\"postgresql\":{\"host\":\"h\",\"database\":\"d\",\"user\":\"u\", \"port\":70000}}}")
            << false << u"port"_s;
        QTest::newRow("password") << QByteArray("{\"history\":{\"postgresql\":{\"host\":\"h\",\"database\":\"d\","
                                                "\"user\":\"u\", \"password\":\"s3cret\"}}}")
                                  << false << u"password"_s;
        QTest::newRow("wrong shape") << QByteArray("{\"history\":\"postgres://h/d\"}") << false << u"postgresql"_s;
        QTest::newRow("not json") << QByteArray("{history") << false << u"JSON"_s;
    }

    void provisionedTeamHistory()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        const auto team = AppSettings::provisionedTeamHistory(json, u"/etc/xdg/OrderDesk/accounts.json"_s);
        QCOMPARE(team.ok(), ok);
        if (!ok) {
            QVERIFY2(team.error().message.contains(u"/etc/xdg/OrderDesk/accounts.json"_s),
                     qPrintable(team.error().message));
            QVERIFY2(team.error().message.contains(host), qPrintable(team.error().message));
            QVERIFY(!team.error().message.contains(u"s3cret"_s));
            return;
        }
        QCOMPARE(team.value().has_value(), !host.isEmpty());
        if (team.value()) {
            QCOMPARE(team.value()->host, host);
            QCOMPARE(team.value()->port, 6432);
            QCOMPARE(team.value()->database, u"orderdesk"_s);
            QCOMPARE(team.value()->user, u"desk"_s);
        }
    }

    void applyProvisioning_firstFileNamingATeamHistoryWins()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString& name, const QByteArray& json) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(json);
            return f.fileName();
        };
        const QString broken = write(u"broken.json"_s, "{\"history\":{\"postgresql\":{}}}");
        const QString plain = write(u"plain.json"_s, "{\"accounts\":[]}");
        const QString team = write(
            u"team.json"_s, "{\"history\":{\"postgresql\":{\"host\":\"db\",\"database\":\"od\",\"user\":\"u\"}}}");
        AppSettings settings; // the desk chose its local file
        QStringList problems;
        settings.applyProvisioning({broken, plain, team}, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(broken));
        QCOMPARE(int(settings.historyKind), int(AppSettings::HistoryKind::PostgreSql));
        QCOMPARE(settings.teamHistory()->host, u"db"_s);
        QCOMPARE(settings.teamHistory()->database, u"od"_s);
    }

    void provisionedTeamHistory_caFile_data()
    {
        QTest::addColumn<QString>("caFile"); // as JSON
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // the path, or a word the message must hold
        QTest::newRow("none") << QString() << true << QString();
        QTest::newRow("absolute") << u"\"/srv/pki/team ca.pem\""_s << true << u"/srv/pki/team ca.pem"_s;
        QTest::newRow("next to the provisioning file")
            << u"\"certs/team-ca.pem\""_s << true << u"/etc/xdg/OrderDesk/certs/team-ca.pem"_s;
        QTest::newRow("semicolon") << u"\"/srv/pki/team;ca.pem\""_s << false << u"\";\""_s;
        QTest::newRow("not a path") << u"42"_s << false << u"caFile"_s;
    }
    void provisionedTeamHistory_caFile()
    {
        QFETCH(QString, caFile);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        QString json = u"{\"history\":{\"postgresql\":{\"host\":\"db\",\"database\":\"od\",\"user\":\"u\""_s;
        if (!caFile.isEmpty())
            json += u", \"caFile\": "_s + caFile;
        json += u"}}}"_s;
        const auto team = AppSettings::provisionedTeamHistory(json.toUtf8(), u"/etc/xdg/OrderDesk/accounts.json"_s);
        QCOMPARE(team.ok(), ok);
        if (!ok) {
            QVERIFY2(team.error().message.contains(u"/etc/xdg/OrderDesk/accounts.json"_s),
                     qPrintable(team.error().message));
            QVERIFY2(team.error().message.contains(expected), qPrintable(team.error().message));
            return;
        }
        QCOMPARE(team.value()->caFile, expected);
    }

    void applyProvisioning_caFile_reachesTheTeamHistory()
    {
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, u"team.json"_s,
                      "{\"history\":{\"postgresql\":{\"host\":\"db\",\"database\":\"od\",\"user\":\"u\","
                      " \"caFile\":\"team-ca.pem\"}}}");
        AppSettings settings;
        QStringList problems;
        settings.applyProvisioning({file}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(settings.teamHistory()->caFile, dir.filePath(u"team-ca.pem"_s));

        // A provisioning file that names no CA file leaves the desk's own.
        const QString plain =
            writeFile(dir, u"plain.json"_s,
                      "{\"history\":{\"postgresql\":{\"host\":\"db\",\"database\":\"od\",\"user\":\"u\"}}}");
        AppSettings desk;
        desk.pgCaFile = u"/home/zoe/team-ca.pem"_s;
        desk.applyProvisioning({plain}, &problems);
        QCOMPARE(desk.teamHistory()->caFile, u"/home/zoe/team-ca.pem"_s);
    }

    void settings_caFile_isKeptAndASemicolonIsRefused()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings settings;
        settings.historyKind = AppSettings::HistoryKind::PostgreSql;
        settings.pgHost = u"db.example.org"_s;
        settings.pgDatabase = u"orderdesk"_s;
        settings.pgUser = u"desk"_s;
        settings.pgCaFile = u"/srv/pki/team ca.pem"_s;
        QCOMPARE(settings.validate(), QString());
        settings.save(ini);
        const AppSettings back = AppSettings::load(ini);
        QCOMPARE(back.pgCaFile, u"/srv/pki/team ca.pem"_s);
        QCOMPARE(back.teamHistory()->caFile, u"/srv/pki/team ca.pem"_s);

        settings.pgCaFile = u"/srv/pki/team;ca.pem"_s;
        QVERIFY2(settings.validate().contains(u"\";\""_s), qPrintable(settings.validate()));
    }

    void checkBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://api-eu.flexportal.io"_s << true;
        QTest::newRow("https with path") << u"https://proxy.example.com/flexportal"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:3000"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:9000"_s << true;
        QTest::newRow("http remote") << u"http://api.offergrid.io"_s << false;
        QTest::newRow("http private range") << u"http://192.168.1.10"_s << false;
        QTest::newRow("ftp") << u"ftp://api.example.com"_s << false;
        QTest::newRow("no scheme") << u"api.example.com"_s << false;
        QTest::newRow("garbage") << u"https://"_s << false;
        QTest::newRow("user info") << u"https://user:pw@api.example.com"_s << false;
        QTest::newRow("query") << u"https://api.example.com/?key=1"_s << false;
    }

    void checkBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = Accounts::checkBaseUrl(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void checkBaseUrl_plainHttp_explainsWhy()
    {
        QVERIFY(Accounts::checkBaseUrl(QUrl(u"http://api.offergrid.io"_s)).contains(u"https"_s));
    }

    void validate_flexPortalWithoutTenant_isRefused()
    {
        Account a = flexPortalAccount();
        a.tenantId = u"  "_s;
        QVERIFY(Accounts::validate(a).contains(u"Tenant-ID"_s));
        a.tenantId = u"bu_1"_s;
        QVERIFY(Accounts::validate(a).isEmpty());
    }

    void validate_idOfOrderDesksOwnKeychainEntries_isRefused()
    {
        // An account's key is kept under its id: it must not be able to overwrite the team
        // history's password.
        Account a = flexPortalAccount();
        a.id = AppSettings::teamHistoryPasswordKey();
        QVERIFY(Accounts::validate(a).contains(Accounts::ReservedIdPrefix));
        a.id = u"orderdesk-eu"_s;
        QVERIFY(Accounts::validate(a).isEmpty());
    }

    void secretVariable_defaultsToTheAccountId()
    {
        Account a = flexPortalAccount();
        QCOMPARE(a.secretVariable(), u"ORDERDESK_KEY_FP_EU"_s);
        a.secretEnv = u"MY_KEY"_s;
        QCOMPARE(a.secretVariable(), u"MY_KEY"_s);
    }

    void userAccounts_roundTripWithoutAnySecretInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        const QString secret = u"pk_live_super_secret_value"_s;
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            Account og;
            og.id = u"og"_s;
            og.platform = Platform::OfferGrid;
            og.baseUrl = Accounts::offerGridDefaultUrl();
            og.enabled = false;
            store.saveUserAccounts({flexPortalAccount(), og});

            MemoryCredentialStore keychain;
            SecretResolver resolver(&keychain);
            QCOMPARE(storeNow(resolver, flexPortalAccount(), secret).status, CredentialStore::Status::Ok);
            QVERIFY(keychain.contains(u"fp-eu"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("fp-eu"));
        QVERIFY(!content.contains(secret.toUtf8()));

        QSettings settings(path, QSettings::IniFormat);
        const QList<Account> back = AccountStore(&settings).userAccounts();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).id, u"fp-eu"_s);
        QCOMPARE(back.at(0).tenantId, u"bu_123"_s);
        QCOMPARE(back.at(0).baseUrl, QUrl(u"https://api-eu.flexportal.io"_s));
        QCOMPARE(back.at(1).platform, Platform::OfferGrid);
        QCOMPARE(back.at(1).enabled, false);
    }

    void resolver_keychainHoldsTheSecret_readsItBack()
    {
        MemoryCredentialStore keychain;
        SecretResolver resolver(&keychain);
        QCOMPARE(storeNow(resolver, flexPortalAccount(), u"k1"_s).status, CredentialStore::Status::Ok);
        const auto r = resolveNow(resolver, flexPortalAccount());
        QCOMPARE(r.source, SecretResolver::Source::Keychain);
        QCOMPARE(r.secret, u"k1"_s);
    }

    void resolver_environmentVariable_overridesTheKeychain()
    {
        MemoryCredentialStore keychain;
        SecretResolver resolver(&keychain);
        storeNow(resolver, flexPortalAccount(), u"from-keychain"_s);
        qputenv("ORDERDESK_KEY_FP_EU", "from-environment");
        const auto r = resolveNow(resolver, flexPortalAccount());
        qunsetenv("ORDERDESK_KEY_FP_EU");
        QCOMPARE(r.source, SecretResolver::Source::Environment);
        QCOMPARE(r.secret, u"from-environment"_s);
    }

    void resolver_noKeychain_keepsTheKeyInMemoryForThisRunOnly()
    {
        MemoryCredentialStore keychain(nullptr, false);
        SecretResolver resolver(&keychain);
        const auto missing = resolveNow(resolver, flexPortalAccount());
        QCOMPARE(missing.source, SecretResolver::Source::Missing);
        QVERIFY(missing.keychainUnavailable);
        QVERIFY(!missing.problem.isEmpty());

        QCOMPARE(storeNow(resolver, flexPortalAccount(), u"typed-in"_s).status, CredentialStore::Status::Unavailable);
        QVERIFY(!keychain.contains(u"fp-eu"_s));
        const auto r = resolveNow(resolver, flexPortalAccount());
        QCOMPARE(r.source, SecretResolver::Source::Session);
        QCOMPARE(r.secret, u"typed-in"_s);

        SecretResolver nextRun(&keychain); // a new run asks again
        QCOMPARE(resolveNow(nextRun, flexPortalAccount()).source, SecretResolver::Source::Missing);
    }

    void provisioning_validFile_marksAccountsManaged()
    {
        QTemporaryDir dir;
        const QString file = writeFile(
            dir, u"accounts.json"_s,
            "{\"accounts\": [ {\"id\": \"fp-us\", \"api\": \"flexportal\", \"region\": \"us\", \"tenantId\": \"bu_9\", "
            "\"displayName\": \"US desk\"}, {\"id\": \"og\", \"api\": \"offergrid\", \"secretEnv\": \"OG_KEY\"}]}");
        const auto p = AccountStore::readProvisioned({file});
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.accounts.size(), 2);
        QVERIFY(p.accounts.at(0).managed);
        QCOMPARE(p.accounts.at(0).baseUrl, QUrl(u"https://api-us.flexportal.io"_s));
        QCOMPARE(p.accounts.at(1).baseUrl, QUrl(u"https://api.offergrid.io"_s));
        QCOMPARE(p.accounts.at(1).secretVariable(), u"OG_KEY"_s);
    }

    void flexPortalRegionUrl_isThePagesServerForEachRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QUrl>("url");
        // The FlexPortal page's servers: Europe, United States, Qatar.
        QTest::newRow("eu") << u"eu"_s << QUrl(u"https://api-eu.flexportal.io"_s);
        QTest::newRow("us") << u"us"_s << QUrl(u"https://api-us.flexportal.io"_s);
        QTest::newRow("qatar") << u"qatar"_s << QUrl(u"https://api-qatar.flexportal.io"_s);
        QTest::newRow("unknown") << u"apac"_s << QUrl();
    }

    void flexPortalRegionUrl_isThePagesServerForEachRegion()
    {
        QFETCH(QString, region);
        QFETCH(QUrl, url);
        QCOMPARE(Accounts::flexPortalRegionUrl(region), url);
    }

    void provisioning_brokenFiles_areNamedAndTheOthersStillLoad_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"accounts\": [") << u"not valid JSON"_s;
        QTest::newRow("unknown platform")
            << QByteArray("{\"accounts\": [{\"id\": \"x\", \"api\": \"shopify\"}]}") << u"shopify"_s;
        QTest::newRow("no accounts list") << QByteArray("{\"acounts\": []}") << u"accounts"_s;
        QTest::newRow("http remote") << QByteArray("{\"accounts\": [{\"id\": \"x\", \"api\": \"offergrid\", "
                                                   "\"baseUrl\": \"http://api.offergrid.io\"}]}")
                                     << u"https"_s;
        QTest::newRow("no tenant")
            << QByteArray("{\"accounts\": [{\"id\": \"x\", \"api\": \"flexportal\", \"region\": \"eu\"}]}")
            << u"Tenant-ID"_s;
        QTest::newRow("duplicate id")
            << QByteArray(
                   "{\"accounts\": [{\"id\": \"x\", \"api\": \"offergrid\"}, {\"id\": \"x\", \"api\": \"offergrid\"}]}")
            << u"twice"_s;
        QTest::newRow("id not text") << QByteArray("{\"accounts\": [{\"id\": 7, \"api\": \"offergrid\"}]}") << u"id"_s;
    }

    void provisioning_brokenFiles_areNamedAndTheOthersStillLoad()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString broken = writeFile(dir, u"broken.json"_s, content);
        const QString good =
            writeFile(dir, u"good.json"_s, "{\"accounts\": [{\"id\": \"og\", \"api\": \"offergrid\"}]}");
        const auto p = AccountStore::readProvisioned({broken, good});
        QCOMPARE(p.problems.size(), 1);
        QVERIFY2(p.problems.first().contains(broken), qPrintable(p.problems.first()));
        QVERIFY2(p.problems.first().contains(mentions), qPrintable(p.problems.first()));
        QCOMPARE(p.accounts.size(), 1);
        QCOMPARE(p.accounts.first().id, u"og"_s);
    }

    void provisioning_missingFile_isNamed()
    {
        const auto p = AccountStore::readProvisioned({u"/nonexistent/accounts.json"_s});
        QCOMPARE(p.problems.size(), 1);
        QVERIFY(p.problems.first().contains(u"/nonexistent/accounts.json"_s));
    }

    void merge_provisionedWinsOverTheSameUserId()
    {
        Account managed = flexPortalAccount();
        managed.managed = true;
        Account mine = flexPortalAccount();
        mine.displayName = u"Mine"_s;
        Account other = flexPortalAccount();
        other.id = u"other"_s;
        const QList<Account> all = AccountStore::merge({managed}, {mine, other});
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).managed);
        QCOMPARE(all.at(1).id, u"other"_s);
    }

    void apply_removedAccount_itsKeyLeavesTheKeychain()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AccountStore store(&settings);
        MemoryCredentialStore keychain;
        SecretResolver secrets(&keychain);
        BackendRegistry backends;
        QNetworkAccessManager network;
        AccountsService accounts(&store, &secrets, &backends, &network);
        const Account kept = flexPortalAccount();
        Account removed = flexPortalAccount();
        removed.id = u"fp-us"_s;
        removed.region = u"us"_s;
        removed.baseUrl = Accounts::flexPortalRegionUrl(u"us");
        Account managed = flexPortalAccount(); // IT's, with the id of one the agent had too
        managed.id = u"fp-it"_s;
        managed.managed = true;
        Account mineToo = managed;
        mineToo.managed = false;
        store.saveUserAccounts({kept, removed, mineToo});
        accounts.setProvisioned(AccountStore::Provisioned{{managed}, {}});
        for (const Account& a : {kept, removed, managed})
            QCOMPARE(storeNow(secrets, a, u"key of "_s + a.id).status, CredentialStore::Status::Ok);
        QSignalSpy ready(&accounts, &AccountsService::ready);
        accounts.activate();
        QVERIFY(ready.count() == 1 || ready.wait());
        QCOMPARE(backends.backends().size(), 3);

        accounts.apply({kept}, {});

        QVERIFY(ready.count() == 2 || ready.wait());
        QVERIFY(!keychain.contains(removed.id));
        QVERIFY(keychain.contains(kept.id));
        QVERIFY(keychain.contains(managed.id)); // still in use: IT's account keeps its key
        QCOMPARE(backends.backends().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
