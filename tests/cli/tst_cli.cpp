// orderdesk-cli as a script runs it: the real binary, started with QProcess, against the sandbox on
// loopback. Output formats compared with the sandbox's own data, every exit status, the history
// written before a cancel is sent, a cancel whose answer is lost, the history file and agent the
// desktop's settings name, and the history exported as CSV and JSON lines.
#include "credentials/accountstore.h"
#include "csvreader.h"
#include "domain/cancellationpolicy.h"
#include "history/historyschema.h"
#include "history/sqlhistory.h"
#include "sandboxclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::Platform)

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // the caller's count comparison fails
        objects.append(doc.object());
    }
    return objects;
}

QJsonObject account(const QString& id, const QString& api, const QString& baseUrl, const QString& tenantId,
                    const QString& secretEnv)
{
    QJsonObject o{{u"id"_s, id}, {u"api"_s, api}, {u"baseUrl"_s, baseUrl}, {u"secretEnv"_s, secretEnv}};
    if (!tenantId.isEmpty())
        o.insert(u"tenantId"_s, tenantId);
    return o;
}

QByteArray accountsFile(const QJsonArray& accounts)
{
    return QJsonDocument(QJsonObject{{u"accounts"_s, accounts}}).toJson();
}

QString accountOf(Platform platform)
{
    return platform == Platform::FlexPortal ? u"fp"_s : u"og"_s;
}

// The columns of history export --format csv, in order (the machine columns, then the human ones).
const QStringList HistoryColumns{
    u"startedAt"_s,       u"completedAt"_s,    u"agent"_s,          u"machine"_s,          u"appVersion"_s,
    u"account"_s,         u"platform"_s,       u"baseUrl"_s,        u"orderId"_s,          u"customer"_s,
    u"statusBefore"_s,    u"progressBefore"_s, u"reasonPreset"_s,   u"reason"_s,           u"outcome"_s,
    u"httpStatus"_s,      u"errorCode"_s,      u"message"_s,        u"reReadStatus"_s,     u"uuid"_s,
    u"platformMessage"_s, u"reasonNotTaken"_s, u"kind"_s,           u"subscriptionId"_s,   u"notes"_s,
    u"assetSerial"_s,     u"batchId"_s,        u"startedAtLocal"_s, u"completedAtLocal"_s, u"outcomeLabel"_s,
    u"reasonLabel"_s};

QString localShort(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// What runs a command as a user whom file permissions bind. The test command runs as root, which
// ignores them unless it gives up its capabilities: util-linux's setpriv does that, as in
// tst_sqlhistory's read-only writer test.
QStringList asUnprivileged()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        return {u"setpriv"_s, u"--bounding-set=-all"_s, u"--inh-caps=-all"_s, u"--"_s};
#endif
    return {};
}

// An attempt as a desk would have written it, started at `startedAt`.
CancelAttempt attemptAt(const QString& uuid, const QDateTime& startedAt)
{
    CancelAttempt a;
    a.uuid = uuid;
    a.startedAt = startedAt.toUTC();
    a.completedAt = a.startedAt.addMSecs(1500);
    a.agent = u"Mia"_s;
    a.machine = u"desk-3"_s;
    a.appVersion = u"1.0.0"_s;
    a.accountId = u"fp"_s;
    a.platform = u"flexportal"_s;
    a.baseUrl = u"https://api.example.com"_s;
    a.orderId = u"ord-"_s + uuid;
    a.customer = u"Lena Schäfer"_s;
    a.statusBefore = u"open"_s;
    a.progressBefore = u"0 of 2 rented"_s;
    a.reasonPreset = u"other"_s;
    a.reasonText = u"Customer called"_s;
    a.outcome = u"cancelled"_s;
    a.httpStatus = 200;
    a.reReadStatus = u"cancelled"_s;
    return a;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxClient> m_sandbox;
    QTemporaryDir m_dir;
    QString m_accounts;
    QString m_envHistory; // ORDERDESK_HISTORY of every run
    QProcessEnvironment m_env;
    QStringList m_usedSubscriptions; // subscriptions a test has had

    SandboxServer* server() const { return m_sandbox->server(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    // `wrapper`, when given, is a command that runs orderdesk-cli (setpriv ... --). `program`: the
    // installed binary, or the test host (the same run with an in-memory keychain).
    CliRun runWith(const QStringList& arguments, const QProcessEnvironment& env, const QStringList& wrapper = {},
                   const QString& program = QStringLiteral(ORDERDESK_CLI))
    {
        CliRun run;
        QProcess process;
        process.setProcessEnvironment(env);
        if (wrapper.isEmpty())
            process.start(program, arguments);
        else
            process.start(wrapper.first(), wrapper.mid(1) + QStringList{program} + arguments);
        process.closeWriteChannel(); // stdin is a pipe, never a terminal
        const bool finished = process.waitForFinished(120000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        [&] {
            QVERIFY2(finished, qPrintable(u"orderdesk-cli %1 did not finish"_s.arg(arguments.join(u' '))));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        }();
        run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    CliRun run(const QStringList& arguments)
    {
        return runWith(QStringList{u"--accounts"_s, m_accounts} + arguments, m_env);
    }

    // The history's entries for one order, read from the file like any other reader would.
    QList<CancelAttempt> attemptsFor(const QString& historyFile, const QString& orderId)
    {
        if (!QFile::exists(historyFile))
            return {};
        HistoryLocation location;
        location.sqliteFile = historyFile;
        auto opened = SqlCancellationHistory::open(location);
        [&] { QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message)); }();
        if (!opened.ok())
            return {};
        QList<CancelAttempt> found;
        const auto all = opened.value()->attempts();
        [&] { QVERIFY(all.ok()); }();
        if (!all.ok())
            return {};
        for (const CancelAttempt& a : all.value()) {
            if (a.orderId == orderId)
                found << a;
        }
        return found;
    }

    // Writes the attempts to an SQLite history as the cancel flow does: pending first, then the outcome.
    void writeHistory(const QString& file, const QList<CancelAttempt>& attempts)
    {
        HistoryLocation location;
        location.sqliteFile = file;
        auto opened = SqlCancellationHistory::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        for (CancelAttempt a : attempts) {
            const Result<qint64> id = opened.value()->recordPending(a);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
            a.id = id.value();
            const std::optional<ApiError> error = opened.value()->recordOutcome(a);
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        }
    }

    // A desk's configuration in `dir`: the agent's own accounts in the desktop's settings (written by
    // AccountStore, as the accounts dialog writes them), IT's provisioning file in a system
    // configuration folder, and the keys the keychain holds (read by the test host's in-memory
    // keychain). No ORDERDESK_KEY_* variable from the test's own environment.
    QProcessEnvironment deskEnvironment(const QTemporaryDir& dir, const QList<Account>& own,
                                        const QJsonArray& provisioned, const QHash<QString, QString>& keychain)
    {
        QProcessEnvironment env = m_env;
        for (const QString& name : env.keys()) {
            if (name.startsWith(u"ORDERDESK_KEY_"_s))
                env.remove(name);
        }
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_CONFIG_DIRS"_s, dir.filePath(u"system"_s));
        env.insert(u"ORDERDESK_TEST_KEYCHAIN"_s, dir.filePath(u"keychain.txt"_s));
        {
            QSettings settings(dir.filePath(u"config/OrderDesk/OrderDesk.conf"_s), QSettings::IniFormat);
            AccountStore(&settings).saveUserAccounts(own);
            [&] { QCOMPARE(settings.status(), QSettings::NoError); }();
        }
        if (!provisioned.isEmpty()) {
            [&] { QVERIFY(QDir(dir.path()).mkpath(u"system/OrderDesk"_s)); }();
            QFile file(dir.filePath(u"system/OrderDesk/accounts.json"_s));
            [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
            file.write(accountsFile(provisioned));
        }
        QFile keys(dir.filePath(u"keychain.txt"_s));
        [&] { QVERIFY(keys.open(QIODevice::WriteOnly)); }();
        for (auto it = keychain.cbegin(); it != keychain.cend(); ++it)
            keys.write((it.key() + u'=' + it.value() + u'\n').toUtf8());
        return env;
    }

    Account deskAccount(const QString& id, Platform platform, const QString& baseUrl) const
    {
        Account a;
        a.id = id;
        a.displayName = u"Desk "_s + id;
        a.platform = platform;
        a.region = u"custom"_s;
        a.baseUrl = QUrl(baseUrl);
        if (platform == Platform::FlexPortal)
            a.tenantId = server()->config().credentials.tenantId;
        return a;
    }

    QString keyOf(Platform platform) const
    {
        return platform == Platform::FlexPortal ? server()->config().credentials.flexPortalKey
                                                : server()->config().credentials.offerGridKey;
    }

    // orderdesk-cli without --accounts, with the test host's in-memory keychain.
    CliRun runOnDesk(const QStringList& arguments, const QProcessEnvironment& env)
    {
        return runWith(arguments, env, {}, QStringLiteral(ORDERDESK_CLI_TESTHOST));
    }

    // history export, without --accounts: it needs none.
    CliRun exportHistory(const QStringList& arguments, const QProcessEnvironment& env)
    {
        return runWith(QStringList{u"history"_s, u"export"_s} + arguments, env);
    }
    CliRun exportHistory(const QStringList& arguments) { return exportHistory(arguments, m_env); }

    void addPlatforms()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("flexportal") << Platform::FlexPortal;
        QTest::newRow("offergrid") << Platform::OfferGrid;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxConfig config;
        config.flexPortalOrders = 250; // three pages
        config.offerGridOrders = 60;
        m_sandbox = std::make_unique<SandboxClient>(config);
        QVERIFY(m_sandbox->isRunning());

        const QString url = m_sandbox->server()->baseUrl().toString();
        const QString tenant = server()->config().credentials.tenantId;
        m_accounts = path(u"accounts.json"_s);
        writeFile(u"accounts.json"_s,
                  accountsFile({account(u"fp"_s, u"flexportal"_s, url, tenant, u"CLI_TEST_FP_KEY"_s),
                                account(u"og"_s, u"offergrid"_s, url, {}, u"CLI_TEST_OG_KEY"_s),
                                account(u"fp-bad"_s, u"flexportal"_s, url, tenant, u"CLI_TEST_BAD_KEY"_s),
                                account(u"og-bad"_s, u"offergrid"_s, url, {}, u"CLI_TEST_BAD_KEY"_s),
                                account(u"fp-nokey"_s, u"flexportal"_s, url, tenant, u"CLI_TEST_UNSET_KEY"_s)}));

        m_envHistory = path(u"env-history.sqlite"_s);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"CLI_TEST_FP_KEY"_s, server()->config().credentials.flexPortalKey);
        m_env.insert(u"CLI_TEST_OG_KEY"_s, server()->config().credentials.offerGridKey);
        m_env.insert(u"CLI_TEST_BAD_KEY"_s, u"wrong-key-1234"_s);
        m_env.remove(u"CLI_TEST_UNSET_KEY"_s);
        m_env.insert(u"ORDERDESK_HISTORY"_s, m_envHistory);
        // Never the user's own folders or the desktop's real settings.
        m_env.insert(u"XDG_DATA_HOME"_s, path(u"xdg-data"_s));
        m_env.insert(u"XDG_CONFIG_HOME"_s, path(u"xdg-config"_s));
        m_env.remove(u"QT_LOGGING_RULES"_s);
    }

    void cleanup()
    {
        server()->setFaults(Platform::FlexPortal, SandboxFaults{});
        server()->setFaults(Platform::OfferGrid, SandboxFaults{});
    }

    void help_andVersion_exit0()
    {
        const CliRun help = runWith({u"--help"_s}, m_env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().contains(u"orders cancel"_s));
        QVERIFY(help.outText().contains(u"--accounts"_s));
        // Which accounts are used without --accounts, and where their keys come from.
        QVERIFY(help.outText().contains(u"the desktop application's accounts"_s));
        QVERIFY(help.outText().contains(u"ORDERDESK_KEY_<ID>"_s));
        QVERIFY(help.outText().contains(u"keychain"_s));
        QVERIFY(help.outText().contains(u"history export"_s));
        QVERIFY(help.outText().contains(u"subscriptions cancel"_s));
        const CliRun version = runWith({u"--version"_s}, m_env);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.outText(), QStringLiteral("orderdesk-cli " ORDERDESK_VERSION "\n"));
    }

    void usage_unknownCommandOrOption_exits2()
    {
        QCOMPARE(run({u"orders"_s, u"delete"_s, u"--account"_s, u"fp"_s}).exitCode, 2);
        QCOMPARE(run({u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s, u"--bogus"_s}).exitCode, 2);
        QCOMPARE(run({u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        const CliRun noReason = run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, u"x"_s, u"--yes"_s});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.errText().contains(u"--reason"_s), qPrintable(noReason.errText()));
    }

    void list_json_listsEveryOrderWithTheSandboxsData_data() { addPlatforms(); }
    void list_json_listsEveryOrderWithTheSandboxsData()
    {
        QFETCH(Platform, platform);
        const CliRun r = run({u"orders"_s, u"list"_s, u"--account"_s, accountOf(platform), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress or log noise when stderr is not a terminal
        const QList<QJsonObject> lines = jsonLines(r.out);
        const QStringList ids = server()->orderIds(platform);
        QCOMPARE(lines.size(), ids.size());

        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject& o = lines.at(i);
            QCOMPARE(o.value(u"orderId").toString(), ids.at(i));
            const Order expected = m_sandbox->serverOrder(platform, ids.at(i));
            const CancelVerdict verdict = CancellationPolicy::evaluate(expected);
            QCOMPARE(o.value(u"account").toString(), accountOf(platform));
            QCOMPARE(o.value(u"api").toString(), platformKey(platform));
            QCOMPARE(o.value(u"status").toString(), expected.status);
            QCOMPARE(o.value(u"stage").toString(), stageKey(expected.stage()));
            QCOMPARE(o.value(u"customer").toString(), expected.customerDisplayName());
            QCOMPARE(o.value(u"cancellable").toBool(), verdict.allowed);
            QCOMPARE(o.value(u"why").toString(), verdict.explanation);
            QCOMPARE(QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs), expected.createdAt);
            QVERIFY(o.value(u"createdAt").toString().endsWith(u'Z'));
            if (platform == Platform::FlexPortal) {
                // An order without devices has no device counts (null), like the list shows "No devices".
                const Progress rented = expected.rentalProgress;
                QCOMPARE(o.value(u"rentedDevices").toInt(-1), rented.isKnown() ? rented.done : -1);
                QCOMPARE(o.value(u"totalDevices").toInt(-1), rented.isKnown() ? rented.total : -1);
                QCOMPARE(o.value(u"totalDevices").isNull(), !rented.isKnown());
                QVERIFY(o.value(u"itemsAccepted").isNull());
                QVERIFY(o.value(u"itemsTotal").isNull());
            } else {
                QCOMPARE(o.value(u"itemsAccepted").toInt(-1), expected.providerProgress().accepted);
                QCOMPARE(o.value(u"itemsTotal").toInt(-1), int(expected.lines.size()));
                QVERIFY(o.value(u"rentedDevices").isNull());
                QVERIFY(o.value(u"totalDevices").isNull());
            }
        }
    }

    void list_json_fixedOrders_showWhatTheAgentWouldSee()
    {
        const CliRun fp = run({u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s, u"--format"_s, u"json"_s});
        const CliRun og = run({u"orders"_s, u"list"_s, u"--account"_s, u"og"_s, u"--format"_s, u"json"_s});
        QCOMPARE(fp.exitCode, 0);
        QCOMPARE(og.exitCode, 0);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject& o : jsonLines(fp.out + og.out))
            byId.insert(o.value(u"orderId").toString(), o);

        const QJsonObject partial = byId.value(u"ord%20literal"_s);
        QCOMPARE(partial.value(u"status").toString(), u"partial"_s);
        QCOMPARE(partial.value(u"stage").toString(), u"in-fulfilment"_s);
        QCOMPARE(partial.value(u"cancellable").toBool(true), false);
        QVERIFY(partial.value(u"rentedDevices").toInt() > 0);
        QVERIFY2(partial.value(u"why").toString().contains(u"already rented"_s),
                 qPrintable(partial.value(u"why").toString()));

        const QJsonObject unicorn = byId.value(u"og/2024/001"_s);
        QCOMPARE(unicorn.value(u"customer").toString(), u"Lena 🦄 Schäfer"_s);
        QCOMPARE(unicorn.value(u"status").toString(), u"pending"_s);
        QCOMPARE(unicorn.value(u"itemsAccepted").toInt(-1), 0);
        QCOMPARE(unicorn.value(u"itemsTotal").toInt(-1), 2);
        QCOMPARE(unicorn.value(u"cancellable").toBool(false), true);
        QCOMPARE(unicorn.value(u"why").toString(), QString());
    }

    void list_csv_quotesCellsAndNeutralisesFormulas()
    {
        // Statuses a hostile platform could send, on four ordinary orders; the policy explains them in
        // a sentence with quotes and a comma.
        const QStringList ids = server()->orderIds(Platform::FlexPortal).mid(40, 4);
        const QStringList hostile{u"=1+2"_s, u"+SUM(A1)"_s, u"-3"_s, u"@cmd"_s};
        QStringList before;
        for (int i = 0; i < 4; ++i) {
            before << m_sandbox->serverOrder(Platform::FlexPortal, ids.at(i)).status;
            QVERIFY(server()->setFlexPortalStatus(ids.at(i), hostile.at(i)));
        }
        const CliRun r = run({u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s, u"--format"_s, u"csv"_s});
        for (int i = 0; i < 4; ++i)
            QVERIFY(server()->setFlexPortalStatus(ids.at(i), before.at(i)));
        QCOMPARE(r.exitCode, 0);

        QVERIFY(r.out.startsWith("account,api,orderId,status,stage,customer,rentedDevices,totalDevices,"
                                 "itemsAccepted,itemsTotal,cancellable,why,createdAt\r\n"));
        QVERIFY(r.out.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(r.outText());
        QCOMPARE(records.size(), server()->orderIds(Platform::FlexPortal).size() + 1);
        for (const QStringList& record : records)
            QCOMPARE(record.size(), 13);
        QHash<QString, QStringList> byId;
        for (const QStringList& record : records)
            byId.insert(record.at(2), record);
        for (int i = 0; i < 4; ++i) {
            const QStringList& record = byId.value(ids.at(i));
            QCOMPARE(record.value(3), u"'"_s + hostile.at(i));
            QCOMPARE(record.value(10), u"false"_s);
            QCOMPARE(record.value(11),
                     u"The order has the status \"%1\", which OrderDesk does not know; it will not cancel it."_s.arg(
                         hostile.at(i)));
        }
        // The raw bytes: the sentence is quoted, its quotes doubled, and no cell starts a formula.
        QVERIFY(r.out.contains(",\"The order has the status \"\"=1+2\"\", which OrderDesk does not know; it will not "
                               "cancel it.\","));
        for (const QStringList& record : records) {
            for (const QString& cell : record)
                QVERIFY2(cell.isEmpty() || !u"=+-@"_s.contains(cell.front()), qPrintable(cell));
        }
        // Unicode survives as UTF-8.
        QCOMPARE(byId.value(u"ord/2024/001"_s).value(5), u"Lena 🦄 Schäfer"_s);
    }

    void list_statusFilter_returnsOnlyThatStatus_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QString>("status");
        QTest::newRow("flexportal partial") << Platform::FlexPortal << u"partial"_s;
        QTest::newRow("offergrid pending") << Platform::OfferGrid << u"pending"_s;
    }
    void list_statusFilter_returnsOnlyThatStatus()
    {
        QFETCH(Platform, platform);
        QFETCH(QString, status);
        int expected = 0;
        for (const QString& id : server()->orderIds(platform))
            expected += m_sandbox->serverOrder(platform, id).status == status ? 1 : 0;
        QVERIFY(expected > 0);
        const CliRun r = run({u"orders"_s, u"list"_s, u"--account"_s, accountOf(platform), u"--status"_s, status,
                              u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), expected);
        for (const QJsonObject& o : lines)
            QCOMPARE(o.value(u"status").toString(), status);
    }

    void list_table_alignsColumns()
    {
        const CliRun r = run({u"orders"_s, u"list"_s, u"--account"_s, u"og"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), server()->orderIds(Platform::OfferGrid).size() + 1);
        QVERIFY(lines.at(0).startsWith(u"ORDER "_s));
        const qsizetype statusColumn = lines.at(0).indexOf(u"STATUS"_s);
        QVERIFY(statusColumn > 0);
        for (const QString& line : lines.mid(1)) {
            QCOMPARE(line.at(statusColumn - 1), u' ');
            QVERIFY2(line.at(statusColumn) != u' ', qPrintable(line));
        }
    }

    void show_jsonAndTable_describeTheOrder_data() { addPlatforms(); }
    void show_jsonAndTable_describeTheOrder()
    {
        QFETCH(Platform, platform);
        const QString id = server()->orderIds(platform).at(1); // "ord#42" / "og#42": the id needs encoding
        const Order expected = m_sandbox->serverOrder(platform, id);
        const CliRun json =
            run({u"orders"_s, u"show"_s, u"--account"_s, accountOf(platform), id, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QList<QJsonObject> objects = jsonLines(json.out);
        QCOMPARE(objects.size(), 1);
        const QJsonObject o = objects.constFirst();
        QCOMPARE(o.value(u"orderId").toString(), id);
        QCOMPARE(o.value(u"status").toString(), expected.status);
        QCOMPARE(o.value(u"customer").toString(), expected.customerDisplayName());
        QCOMPARE(o.value(u"email").toString(), expected.customer.email);
        QCOMPARE(o.value(u"lines").toArray().size(), expected.lines.size());
        QCOMPARE(o.value(u"cancellable").toBool(), CancellationPolicy::evaluate(expected).allowed);

        const CliRun table = run({u"orders"_s, u"show"_s, u"--account"_s, accountOf(platform), id});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().contains(id));
        QVERIFY(table.outText().contains(expected.customerDisplayName()));
        QVERIFY(table.outText().contains(expected.status));
    }

    void show_notFound_exits4_data() { addPlatforms(); }
    void show_notFound_exits4()
    {
        QFETCH(Platform, platform);
        const CliRun r = run({u"orders"_s, u"show"_s, u"--account"_s, accountOf(platform), u"no-such-order"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errText().contains(u"no-such-order"_s), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }

    void cancel_allowed_exits0AndRecordsTheAttempt_data() { addPlatforms(); }
    void cancel_allowed_exits0AndRecordsTheAttempt()
    {
        QFETCH(Platform, platform);
        const QString id = m_sandbox->findOrder(platform, true);
        QVERIFY(!id.isEmpty());
        const Order before = m_sandbox->serverOrder(platform, id);
        const QString history = path(u"history.sqlite"_s);
        const CliRun r =
            run({u"orders"_s, u"cancel"_s, u"--account"_s, accountOf(platform), id, u"--reason"_s, u"Customer called"_s,
                 u"--preset"_s, u"duplicate"_s, u"--yes"_s, u"--history"_s, history});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"cancelled"_s), qPrintable(r.outText()));
        QCOMPARE(server()->cancelRequests(platform, id), 1);
        QCOMPARE(server()->lastCancelReason(platform, id), u"Duplicate order: Customer called"_s);
        QCOMPARE(m_sandbox->serverOrder(platform, id).status, u"cancelled"_s);

        const QList<CancelAttempt> attempts = attemptsFor(history, id);
        QCOMPARE(attempts.size(), 1);
        const CancelAttempt& a = attempts.constFirst();
        QCOMPARE(a.outcome, u"cancelled"_s);
        QCOMPARE(a.accountId, accountOf(platform));
        QCOMPARE(a.platform, platformKey(platform));
        QCOMPARE(a.statusBefore, before.status);
        QCOMPARE(a.reasonPreset, u"duplicate"_s);
        QCOMPARE(a.reasonText, u"Duplicate order: Customer called"_s);
        QCOMPARE(a.reReadStatus, u"cancelled"_s);
        QVERIFY(a.httpStatus >= 200 && a.httpStatus < 300);
        QVERIFY(a.completedAt.isValid());
        QCOMPARE(a.appVersion, QStringLiteral(ORDERDESK_VERSION));
        QVERIFY(attemptsFor(m_envHistory, id).isEmpty()); // --history wins over ORDERDESK_HISTORY
    }

    void cancel_again_isAlreadyCancelledAndSendsNothingMore_data() { addPlatforms(); }
    void cancel_again_isAlreadyCancelledAndSendsNothingMore()
    {
        QFETCH(Platform, platform);
        const QString id = m_sandbox->findOrder(platform, true);
        QVERIFY(!id.isEmpty());
        const QStringList cancel{u"orders"_s, u"cancel"_s,   u"--account"_s, accountOf(platform),
                                 id,          u"--reason"_s, u"Twice"_s,     u"--yes"_s};
        QCOMPARE(run(cancel).exitCode, 0);
        QCOMPARE(server()->cancelRequests(platform, id), 1);

        const CliRun again = run(cancel);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(u"already cancelled"_s), qPrintable(again.outText()));
        QCOMPARE(server()->cancelRequests(platform, id), 1);
        const QList<CancelAttempt> attempts = attemptsFor(m_envHistory, id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.constFirst().outcome, u"cancelled"_s);
    }

    void cancel_refusedByPolicy_exits3AndSendsNothing_data() { addPlatforms(); }
    void cancel_refusedByPolicy_exits3AndSendsNothing()
    {
        QFETCH(Platform, platform);
        const QString id = m_sandbox->findOrder(platform, false);
        QVERIFY(!id.isEmpty());
        const Order order = m_sandbox->serverOrder(platform, id);
        QVERIFY(order.status != u"cancelled");
        const CliRun r = run({u"orders"_s, u"cancel"_s, u"--account"_s, accountOf(platform), id, u"--reason"_s,
                              u"Please"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(CancellationPolicy::evaluate(order).explanation), qPrintable(r.errText()));
        QCOMPARE(server()->cancelRequests(platform, id), 0);
        QVERIFY(attemptsFor(m_envHistory, id).isEmpty());
    }

    void cancel_notFound_exits4AndSendsNothing()
    {
        const CliRun r = run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, u"no-such-order"_s, u"--reason"_s,
                              u"Gone"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, u"no-such-order"_s), 0);
        QVERIFY(attemptsFor(m_envHistory, u"no-such-order"_s).isEmpty());
    }

    void cancel_withoutYesAndStdinNotATerminal_exits2AndSendsNothing()
    {
        const QString id = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        const CliRun r =
            run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, id, u"--reason"_s, u"No confirmation"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"--yes"_s), qPrintable(r.errText()));
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 0);
        QVERIFY(attemptsFor(m_envHistory, id).isEmpty());
        QVERIFY(m_sandbox->serverOrder(Platform::FlexPortal, id).status != u"cancelled");
    }

    void cancel_historyNotWritable_exits2AndSendsNothing()
    {
        const QString id = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        writeFile(u"not-a-folder"_s, "plain file");
        const CliRun r = run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, id, u"--reason"_s, u"No history"_s,
                              u"--yes"_s, u"--history"_s, path(u"not-a-folder/history.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"nothing was sent"_s), qPrintable(r.errText()));
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 0);
    }

    void cancel_connectionDroppedAfterCancel_reReadDecidesAndSendsOnce()
    {
        const QString id = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        SandboxFaults faults;
        faults.dropAfterCancel = 1;
        server()->setFaults(Platform::FlexPortal, faults);
        const CliRun r = run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, id, u"--reason"_s, u"Dropped"_s,
                              u"--yes"_s, u"--timeout"_s, u"5"_s});
        const bool cancelled = m_sandbox->serverOrder(Platform::FlexPortal, id).status == u"cancelled";
        QCOMPARE(r.exitCode, cancelled ? 0 : 5);
        QVERIFY(cancelled); // the sandbox applies the cancel before it drops the connection
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 1);
        const QList<CancelAttempt> attempts = attemptsFor(m_envHistory, id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.constFirst().outcome, u"unknown"_s);
        QCOMPARE(attempts.constFirst().reReadStatus, u"cancelled"_s);
        QVERIFY2(r.outText().contains(u"No answer came back"_s), qPrintable(r.outText()));
    }

    void anyCommand_wrongKey_exits4WithoutShowingTheKey_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("flexportal list") << QStringList{u"orders"_s, u"list"_s, u"--account"_s, u"fp-bad"_s};
        QTest::newRow("offergrid list") << QStringList{u"orders"_s, u"list"_s, u"--account"_s, u"og-bad"_s};
        QTest::newRow("flexportal show") << QStringList{u"orders"_s, u"show"_s, u"--account"_s, u"fp-bad"_s,
                                                        u"ord#42"_s};
        QTest::newRow("offergrid cancel")
            << QStringList{u"orders"_s,           u"cancel"_s,   u"--account"_s, u"og-bad"_s,
                           u"og_rejected_0001"_s, u"--reason"_s, u"Key"_s,       u"--yes"_s};
    }
    void anyCommand_wrongKey_exits4WithoutShowingTheKey()
    {
        QFETCH(QStringList, command);
        const CliRun r = run(command);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errText().contains(u"key"_s), qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(u"wrong-key-1234"_s));
        QVERIFY(!r.outText().contains(u"wrong-key-1234"_s));
        QCOMPARE(server()->cancelRequests(Platform::OfferGrid, u"og_rejected_0001"_s), 0);
    }

    void config_missingKeyVariable_exits2NamingIt()
    {
        const CliRun r = run({u"orders"_s, u"list"_s, u"--account"_s, u"fp-nokey"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"CLI_TEST_UNSET_KEY"_s), qPrintable(r.errText()));
    }

    void config_unknownAccount_exits2NamingTheKnownOnes()
    {
        const CliRun r = run({u"orders"_s, u"list"_s, u"--account"_s, u"nope"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"\"nope\""_s), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"fp, og"_s), qPrintable(r.errText()));
    }

    void config_badJsonFile_exits2NamingTheFile()
    {
        writeFile(u"broken.json"_s, "{\"accounts\": [ {\"id\": \"fp\", ");
        const CliRun r =
            runWith({u"--accounts"_s, path(u"broken.json"_s), u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(path(u"broken.json"_s)), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"JSON"_s), qPrintable(r.errText()));
    }

    void config_missingFile_exits2NamingTheFile()
    {
        const CliRun r =
            runWith({u"--accounts"_s, path(u"absent.json"_s), u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(path(u"absent.json"_s)), qPrintable(r.errText()));
    }

    void config_unknownApi_exits2NamingIt()
    {
        writeFile(u"unknown-api.json"_s,
                  accountsFile({account(u"x"_s, u"acmegrid"_s, u"http://127.0.0.1:1"_s, {}, u"K"_s)}));
        const CliRun r = runWith(
            {u"--accounts"_s, path(u"unknown-api.json"_s), u"orders"_s, u"list"_s, u"--account"_s, u"x"_s}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"acmegrid"_s), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(path(u"unknown-api.json"_s)), qPrintable(r.errText()));
    }

    // --- subscriptions cancel -------------------------------------------------------------------

    // `n` active FlexPortal subscriptions no earlier test has sent anything for.
    QStringList activeSubscriptions(int n)
    {
        QStringList ids;
        for (const QString& id : server()->subscriptionIds(u"active"_s)) {
            if (ids.size() == n)
                break;
            if (!m_usedSubscriptions.contains(id) && server()->subscriptionCancelRequests(id) == 0) {
                m_usedSubscriptions << id;
                ids << id;
            }
        }
        return ids;
    }

    // The subscription entries of a history file, newest first.
    QList<CancelAttempt> subscriptionAttempts(const QString& historyFile)
    {
        QList<CancelAttempt> found;
        for (const CancelAttempt& a : attemptsFor(historyFile, QString())) {
            if (a.kind == u"subscription")
                found << a;
        }
        return found;
    }

    CliRun cancelSubscriptions(const QStringList& ids, const QStringList& more)
    {
        return run(QStringList{u"subscriptions"_s, u"cancel"_s, u"--account"_s, u"fp"_s} + ids + more);
    }

    void subscriptionsCancel_twoActive_exits0WithOneRowEachAndTheHistoryFirst()
    {
        const QStringList ids = activeSubscriptions(2);
        QCOMPARE(ids.size(), 2);
        const QString history = path(u"subscriptions-history.sqlite"_s);
        const QString notes = u"Returned in person, \"boxed\" 🙂"_s;
        const CliRun r =
            cancelSubscriptions(ids + ids.mid(0, 1), // an id given twice is sent once
                                {u"--reason"_s, u"payment_failure"_s, u"--notes"_s, notes, u"--yes"_s, u"--format"_s,
                                 u"json"_s, u"--history"_s, history, u"--agent"_s, u"Night script"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(r.out);
        QCOMPARE(rows.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject& o = rows.at(i);
            QCOMPARE(o.value(u"account"_s).toString(), u"fp"_s);
            QCOMPARE(o.value(u"subscriptionId"_s).toString(), ids.at(i));
            QCOMPARE(o.value(u"outcome"_s).toString(), u"cancelled"_s);
            QVERIFY2(o.value(u"message"_s).toString().contains(ids.at(i)),
                     qPrintable(o.value(u"message"_s).toString()));
            QCOMPARE(o.value(u"assetSerialNumber"_s).toString(), server()->subscription(ids.at(i))->assetSerialNumber);
            QCOMPARE(server()->subscriptionCancelRequests(ids.at(i)), 1);
            QCOMPARE(server()->lastSubscriptionCancel(ids.at(i))->reason, u"payment_failure"_s);
            QCOMPARE(server()->lastSubscriptionCancel(ids.at(i))->notes, notes);
            QCOMPARE(server()->subscriptionStatus(ids.at(i)), u"cancelled"_s);
        }
        const QList<CancelAttempt> attempts = subscriptionAttempts(history);
        QCOMPARE(attempts.size(), 2);
        for (const CancelAttempt& a : attempts) {
            QVERIFY(ids.contains(a.subscriptionId));
            QCOMPARE(a.outcome, u"cancelled"_s);
            QCOMPARE(a.accountId, u"fp"_s);
            QCOMPARE(a.platform, u"flexportal"_s);
            QCOMPARE(a.reasonPreset, u"payment_failure"_s);
            QCOMPARE(a.notes, notes);
            QCOMPARE(a.assetSerial, server()->subscription(a.subscriptionId)->assetSerialNumber);
            QCOMPARE(a.agent, u"Night script"_s);
            QCOMPARE(a.orderId, QString()); // FlexPortal reads no subscription: the CLI does not know its order
            QVERIFY(a.completedAt.isValid());
        }

        // history export shows them as subscription attempts.
        const CliRun exported = exportHistory({u"--format"_s, u"json"_s, u"--history"_s, history});
        QCOMPARE(exported.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(exported.out);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject& o : lines) {
            QCOMPARE(o.value(u"kind"_s).toString(), u"subscription"_s);
            QVERIFY(ids.contains(o.value(u"subscriptionId"_s).toString()));
            QCOMPARE(o.value(u"notes"_s).toString(), notes);
            QCOMPARE(o.value(u"reasonPreset"_s).toString(), u"payment_failure"_s);
            QVERIFY(!o.value(u"assetSerial"_s).toString().isEmpty());
            QCOMPARE(o.value(u"outcome"_s).toString(), u"cancelled"_s);
        }
        const CliRun csv = exportHistory({u"--format"_s, u"csv"_s, u"--history"_s, history});
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.out.mid(3)));
        QCOMPARE(records.size(), 3);
        const qsizetype kindColumn = records.at(0).indexOf(u"kind"_s);
        const qsizetype idColumn = records.at(0).indexOf(u"subscriptionId"_s);
        QVERIFY(kindColumn > 0 && idColumn > 0);
        QCOMPARE(records.at(1).at(kindColumn), u"subscription"_s);
        QVERIFY(ids.contains(records.at(1).at(idColumn)));
    }

    void subscriptionsCancel_alreadyCancelledAndAlreadyEnded_areSettledAndExit0()
    {
        const QStringList ids = activeSubscriptions(2);
        QCOMPARE(ids.size(), 2);
        QVERIFY(server()->setSubscriptionStatus(ids.at(0), u"cancelled"_s));
        QVERIFY(server()->setSubscriptionStatus(ids.at(1), u"ended_buyout"_s));
        const CliRun r = cancelSubscriptions(ids, {u"--reason"_s, u"other"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header and one row each
        QVERIFY2(lines.at(0).startsWith(u"ACCOUNT"_s) && lines.at(0).contains(u"SUBSCRIPTION"_s),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(ids.at(0)) && lines.at(1).contains(u"already-cancelled"_s),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(ids.at(1)) && lines.at(2).contains(u"already-ended"_s), qPrintable(lines.at(2)));
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(0)), 1);
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(1)), 1);
    }

    void subscriptionsCancel_refusedByFlexPortal_printsFailedAndExits4()
    {
        const QStringList active = activeSubscriptions(1);
        QCOMPARE(active.size(), 1);
        const QString unknown = u"sub_doesnotexst"_s;
        const CliRun r = cancelSubscriptions({unknown, active.first()},
                                             {u"--reason"_s, u"fraud"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 4);
        const QList<QJsonObject> rows = jsonLines(r.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(u"subscriptionId"_s).toString(), unknown);
        QCOMPARE(rows.at(0).value(u"outcome"_s).toString(), u"failed"_s); // FlexPortal's refusal (not found)
        QCOMPARE(rows.at(0).value(u"code"_s).toString(), u"NOT_FOUND"_s);
        QVERIFY(!rows.at(0).value(u"message"_s).toString().isEmpty());
        QCOMPARE(rows.at(1).value(u"outcome"_s).toString(), u"cancelled"_s); // the next one still went, once
        QCOMPARE(server()->subscriptionCancelRequests(unknown), 1);
        QCOMPARE(server()->subscriptionCancelRequests(active.first()), 1);
        const QList<CancelAttempt> attempts = subscriptionAttempts(m_envHistory);
        CancelAttempt refused;
        for (const CancelAttempt& a : attempts) {
            if (a.subscriptionId == unknown)
                refused = a;
        }
        QCOMPARE(refused.outcome, u"refused"_s); // the history keeps FlexPortal's word for it
        QCOMPARE(refused.errorCode, u"NOT_FOUND"_s);
    }

    void subscriptionsCancel_replyLost_isUnknownExits5AndIsNeverResent()
    {
        const QStringList ids = activeSubscriptions(1);
        QCOMPARE(ids.size(), 1);
        SandboxFaults faults;
        faults.dropAfterCancel = 1; // applied, then the connection closes without an answer
        server()->setFaults(Platform::FlexPortal, faults);
        const CliRun r =
            cancelSubscriptions(ids, {u"--reason"_s, u"admin_decision"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 5);
        const QList<QJsonObject> rows = jsonLines(r.out);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"outcome"_s).toString(), u"unknown"_s);
        QVERIFY2(rows.first().value(u"message"_s).toString().contains(u"safe"_s),
                 qPrintable(rows.first().value(u"message"_s).toString()));
        QCOMPARE(server()->subscriptionCancelRequests(ids.first()), 1);
        QCOMPARE(server()->subscriptionStatus(ids.first()), u"cancelled"_s);
        const QList<CancelAttempt> attempts = subscriptionAttempts(m_envHistory);
        CancelAttempt entry;
        for (const CancelAttempt& a : attempts) {
            if (a.subscriptionId == ids.first())
                entry = a;
        }
        QCOMPARE(entry.outcome, u"unknown"_s);
    }

    void subscriptionsCancel_badInput_exits2AndSendsNothing_data()
    {
        const QString emoji = u"\U0001F600"_s;
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("reason outside the list")
            << QStringList{u"--reason"_s, u"changed_mind"_s, u"--yes"_s} << u"changed_mind"_s;
        QTest::newRow("a free-text reason")
            << QStringList{u"--reason"_s, u"Customer called"_s, u"--yes"_s} << u"customer_request"_s;
        QTest::newRow("no reason") << QStringList{u"--yes"_s} << u"--reason"_s;
        QTest::newRow("1001 characters of notes")
            << QStringList{u"--reason"_s, u"other"_s, u"--notes"_s, QString(1001, u'n'), u"--yes"_s} << u"1001"_s;
        QTest::newRow("501 emoji of notes")
            << QStringList{u"--reason"_s, u"other"_s, u"--notes"_s, emoji.repeated(501), u"--yes"_s}
            << u"emoji counts as two"_s;
        QTest::newRow("no confirmation, stdin not a terminal") << QStringList{u"--reason"_s, u"other"_s} << u"--yes"_s;
        QTest::newRow("a preset") << QStringList{u"--reason"_s, u"other"_s, u"--preset"_s, u"duplicate"_s, u"--yes"_s}
                                  << u"--preset"_s;
        QTest::newRow("csv") << QStringList{u"--reason"_s, u"other"_s, u"--yes"_s, u"--format"_s, u"csv"_s} << u"csv"_s;
    }
    void subscriptionsCancel_badInput_exits2AndSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QStringList ids = activeSubscriptions(1);
        QCOMPARE(ids.size(), 1);
        const int before = subscriptionAttempts(m_envHistory).size();
        const CliRun r = cancelSubscriptions(ids, arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(server()->subscriptionCancelRequests(ids.first()), 0);
        QCOMPARE(subscriptionAttempts(m_envHistory).size(), before);
    }

    void subscriptionsCancel_notesOf500Emoji_fitAndAreSent()
    {
        const QString notes = u"\U0001F600"_s.repeated(500); // 1000 UTF-16 code units
        const QStringList ids = activeSubscriptions(1);
        QCOMPARE(ids.size(), 1);
        const CliRun r =
            cancelSubscriptions(ids, {u"--reason"_s, u"customer_request"_s, u"--notes"_s, notes, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server()->lastSubscriptionCancel(ids.first())->notes, notes);
    }

    void subscriptionsCancel_offerGridAccountOrHistoryNotWritable_exits2AndSendsNothing()
    {
        const QStringList ids = activeSubscriptions(1);
        QCOMPARE(ids.size(), 1);
        const CliRun og = run({u"subscriptions"_s, u"cancel"_s, u"--account"_s, u"og"_s, ids.first(), u"--reason"_s,
                               u"other"_s, u"--yes"_s});
        QCOMPARE(og.exitCode, 2);
        QVERIFY2(og.errText().contains(u"only FlexPortal has subscriptions"_s), qPrintable(og.errText()));
        writeFile(u"not-a-folder-either"_s, "plain file");
        const CliRun noHistory = cancelSubscriptions(
            ids, {u"--reason"_s, u"other"_s, u"--yes"_s, u"--history"_s, path(u"not-a-folder-either/h.sqlite"_s)});
        QCOMPARE(noHistory.exitCode, 2);
        QVERIFY2(noHistory.errText().contains(u"nothing was sent"_s), qPrintable(noHistory.errText()));
        QCOMPARE(server()->subscriptionCancelRequests(ids.first()), 0);
    }

    void cancel_usesTheDesktopsHistorySetting()
    {
        // The desktop's settings, where its QSettings keeps them, naming a history file and an agent.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString deskHistory = path(u"desk-setting/history.sqlite"_s);
        {
            QSettings desktop(config.filePath(u"OrderDesk/OrderDesk.conf"_s), QSettings::IniFormat);
            desktop.setValue(u"history/kind"_s, u"sqlite"_s);
            desktop.setValue(u"history/file"_s, deskHistory);
            desktop.setValue(u"agent/displayName"_s, u"Desk Agent"_s);
            desktop.sync();
            QCOMPARE(desktop.status(), QSettings::NoError);
        }
        QProcessEnvironment env = m_env;
        env.remove(u"ORDERDESK_HISTORY"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        const auto cancel = [&](const QString& id, const QStringList& more) {
            return runWith(QStringList{u"--accounts"_s, m_accounts, u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s,
                                       id, u"--reason"_s, u"Desk setting"_s, u"--yes"_s} +
                               more,
                           env);
        };

        const QString first = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!first.isEmpty());
        const CliRun r = cancel(first, {});
        QCOMPARE(r.exitCode, 0);
        QList<CancelAttempt> attempts = attemptsFor(deskHistory, first);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.constFirst().outcome, u"cancelled"_s);
        QCOMPARE(attempts.constFirst().agent, u"Desk Agent"_s); // the desktop's agent name
        QVERIFY(attemptsFor(m_envHistory, first).isEmpty());
        QVERIFY(!QFile::exists(path(u"xdg-data/OrderDesk/OrderDesk/history.sqlite"_s))); // not the default file

        const QString second = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(cancel(second, {u"--agent"_s, u"Night script"_s}).exitCode, 0);
        attempts = attemptsFor(deskHistory, second);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.constFirst().agent, u"Night script"_s); // --agent wins over the setting

        // $ORDERDESK_HISTORY still wins over the desktop's setting.
        const QString third = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!third.isEmpty() && third != second);
        QProcessEnvironment withVariable = env;
        withVariable.insert(u"ORDERDESK_HISTORY"_s, m_envHistory);
        QCOMPARE(runWith({u"--accounts"_s, m_accounts, u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, third,
                          u"--reason"_s, u"Variable"_s, u"--yes"_s},
                         withVariable)
                     .exitCode,
                 0);
        QCOMPARE(attemptsFor(m_envHistory, third).size(), 1);
        QVERIFY(attemptsFor(deskHistory, third).isEmpty());

        // history export reads the same file, and --agent filters by the entry's agent.
        const CliRun exported = exportHistory({u"--format"_s, u"json"_s, u"--agent"_s, u"Night script"_s}, env);
        QCOMPARE(exported.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(exported.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst().value(u"orderId"_s).toString(), second);
        QCOMPARE(lines.constFirst().value(u"uuid"_s).toString(), attempts.constFirst().uuid);
    }

    void desktopAccounts_listWithoutAccountsOption_usesProvisionedThenOwnAccountsAndKeychainKeys()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString url = server()->baseUrl().toString();
        // "shared" is provisioned by IT and also one of the agent's own, pointing nowhere: IT's wins.
        const QString nowhere = u"http://127.0.0.1:1"_s;
        const QProcessEnvironment env = deskEnvironment(
            dir,
            {deskAccount(u"fp-desk"_s, Platform::FlexPortal, url), deskAccount(u"og-desk"_s, Platform::OfferGrid, url),
             deskAccount(u"shared"_s, Platform::FlexPortal, nowhere)},
            {account(u"shared"_s, u"flexportal"_s, url, server()->config().credentials.tenantId, {})},
            {{u"fp-desk"_s, keyOf(Platform::FlexPortal)},
             {u"og-desk"_s, keyOf(Platform::OfferGrid)},
             {u"shared"_s, keyOf(Platform::FlexPortal)}});

        for (const auto& [id, platform] :
             {std::pair{u"fp-desk"_s, Platform::FlexPortal}, std::pair{u"og-desk"_s, Platform::OfferGrid},
              std::pair{u"shared"_s, Platform::FlexPortal}}) {
            const CliRun r = runOnDesk({u"orders"_s, u"list"_s, u"--account"_s, id, u"--format"_s, u"json"_s}, env);
            QVERIFY2(r.exitCode == 0, qPrintable(id + u": "_s + r.errText()));
            QVERIFY2(r.err.isEmpty(), r.err.constData());
            const QList<QJsonObject> lines = jsonLines(r.out);
            const QStringList ids = server()->orderIds(platform);
            QCOMPARE(lines.size(), ids.size());
            QCOMPARE(lines.constFirst().value(u"orderId").toString(), ids.constFirst());
            QCOMPARE(lines.constFirst().value(u"account").toString(), id);
        }

        // --accounts FILE still means that file only: the desk's accounts are not among its ids.
        const CliRun fromFile =
            runWith({u"--accounts"_s, m_accounts, u"orders"_s, u"list"_s, u"--account"_s, u"fp-desk"_s}, env, {},
                    QStringLiteral(ORDERDESK_CLI_TESTHOST));
        QCOMPARE(fromFile.exitCode, 2);
        QVERIFY2(fromFile.errText().contains(u"no account \"fp-desk\""_s), qPrintable(fromFile.errText()));

        // An unknown id names the accounts there are, IT's first.
        const CliRun unknown = runOnDesk({u"orders"_s, u"list"_s, u"--account"_s, u"nope"_s}, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.errText().contains(u"known: shared, fp-desk, og-desk"_s), qPrintable(unknown.errText()));
    }

    void desktopAccounts_environmentBeatsTheKeychain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString url = server()->baseUrl().toString();
        Account withVariable = deskAccount(u"og-var"_s, Platform::OfferGrid, url);
        withVariable.secretEnv = u"CLI_TEST_DESK_OG_KEY"_s;
        QProcessEnvironment env =
            deskEnvironment(dir, {deskAccount(u"fp.desk"_s, Platform::FlexPortal, url), withVariable}, {},
                            {{u"fp.desk"_s, u"stale-keychain-key"_s}, {u"og-var"_s, u"stale-keychain-key"_s}});
        const auto list = [this](const QString& id, const QProcessEnvironment& e) {
            return runOnDesk({u"orders"_s, u"list"_s, u"--account"_s, id, u"--format"_s, u"json"_s}, e);
        };
        // The keychain's keys are wrong: the platform refuses them.
        QCOMPARE(list(u"fp.desk"_s, env).exitCode, 4);
        QCOMPARE(list(u"og-var"_s, env).exitCode, 4);

        // ORDERDESK_KEY_<ID> (upper case, other characters as "_") and an account's secretEnv win.
        env.insert(u"ORDERDESK_KEY_FP_DESK"_s, keyOf(Platform::FlexPortal));
        env.insert(u"CLI_TEST_DESK_OG_KEY"_s, keyOf(Platform::OfferGrid));
        env.insert(u"ORDERDESK_KEY_OG_VAR"_s, u"not-this-one"_s); // secretEnv names the variable, not the id
        const CliRun fp = list(u"fp.desk"_s, env);
        QVERIFY2(fp.exitCode == 0, qPrintable(fp.errText()));
        QCOMPARE(jsonLines(fp.out).size(), server()->orderIds(Platform::FlexPortal).size());
        const CliRun og = list(u"og-var"_s, env);
        QVERIFY2(og.exitCode == 0, qPrintable(og.errText()));
        QCOMPARE(jsonLines(og.out).size(), server()->orderIds(Platform::OfferGrid).size());

        // And the other way round: a wrong variable is used even where the keychain holds the right key.
        QTemporaryDir rightKeys;
        QVERIFY(rightKeys.isValid());
        QProcessEnvironment wrongVariable =
            deskEnvironment(rightKeys, {deskAccount(u"fp.desk"_s, Platform::FlexPortal, url)}, {},
                            {{u"fp.desk"_s, keyOf(Platform::FlexPortal)}});
        QCOMPARE(list(u"fp.desk"_s, wrongVariable).exitCode, 0);
        wrongVariable.insert(u"ORDERDESK_KEY_FP_DESK"_s, u"wrong-key-1234"_s);
        QCOMPARE(list(u"fp.desk"_s, wrongVariable).exitCode, 4);
    }

    void desktopAccounts_noKeychain_saysSoAndTakesTheEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = deskEnvironment(
            dir, {deskAccount(u"fp-desk"_s, Platform::FlexPortal, server()->baseUrl().toString())}, {}, {});
        const QStringList list{u"orders"_s, u"list"_s, u"--account"_s, u"fp-desk"_s, u"--format"_s, u"json"_s};

        // Nothing stored: says where the key is looked for.
        const CliRun notStored = runOnDesk(list, env);
        QCOMPARE(notStored.exitCode, 2);
        QVERIFY2(notStored.errText().contains(u"ORDERDESK_KEY_FP_DESK"_s), qPrintable(notStored.errText()));
        QVERIFY2(notStored.errText().contains(u"nor in the keychain"_s), qPrintable(notStored.errText()));

        // No keychain on this machine (a server, a CI job): says so, and names the variable to set.
        env.insert(u"ORDERDESK_TEST_KEYCHAIN"_s, u"unavailable"_s);
        const CliRun none = runOnDesk(list, env);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.errText().contains(u"no keychain"_s), qPrintable(none.errText()));
        QVERIFY2(none.errText().contains(u"set ORDERDESK_KEY_FP_DESK"_s), qPrintable(none.errText()));
        QVERIFY(none.out.isEmpty());
        env.insert(u"ORDERDESK_KEY_FP_DESK"_s, keyOf(Platform::FlexPortal));
        QCOMPARE(runOnDesk(list, env).exitCode, 0);

        // The installed binary, headless: no session bus to reach a keychain through, so the variable it is.
        QProcessEnvironment headless = env;
        headless.remove(u"ORDERDESK_TEST_KEYCHAIN"_s);
        headless.remove(u"DISPLAY"_s);
        headless.remove(u"WAYLAND_DISPLAY"_s);
        headless.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-bus"_s));
        const CliRun installed = runWith(list, headless);
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.errText()));
        QCOMPARE(jsonLines(installed.out).size(), server()->orderIds(Platform::FlexPortal).size());
#ifdef Q_OS_LINUX
        headless.remove(u"ORDERDESK_KEY_FP_DESK"_s);
        const CliRun withoutKey = runWith(list, headless);
        QCOMPARE(withoutKey.exitCode, 2);
        QVERIFY2(withoutKey.errText().contains(u"set ORDERDESK_KEY_FP_DESK"_s), qPrintable(withoutKey.errText()));
#endif
    }

    void desktopAccounts_none_exits2AndSaysWhereAccountsComeFrom()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QProcessEnvironment env = deskEnvironment(dir, {}, {}, {});
        const CliRun r = runOnDesk({u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"there are no accounts"_s), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"--accounts FILE"_s), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());

        // The desktop's built-in sandbox runs only inside the desktop: said so, not tried.
        QTemporaryDir sandboxDir;
        QVERIFY(sandboxDir.isValid());
        Account builtIn = deskAccount(u"sandbox-flexportal"_s, Platform::FlexPortal, {});
        builtIn.builtInSandbox = true;
        const CliRun sandbox = runOnDesk({u"orders"_s, u"list"_s, u"--account"_s, u"sandbox-flexportal"_s},
                                         deskEnvironment(sandboxDir, {builtIn}, {}, {}));
        QCOMPARE(sandbox.exitCode, 2);
        QVERIFY2(sandbox.errText().contains(u"built-in sandbox"_s), qPrintable(sandbox.errText()));
    }

    void cancel_reasonOf500Emoji_isSentAnd501Refused()
    {
        // UTF-16 code units, the stricter of the two ways a server may count: 500 emoji are 1000.
        const QString emoji = u"\U0001F600"_s;
        const QString id = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        const CliRun tooLong = run(
            {u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, id, u"--reason"_s, emoji.repeated(501), u"--yes"_s});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.errText().contains(u"emoji counts as two"_s), qPrintable(tooLong.errText()));
        QVERIFY2(tooLong.errText().contains(u"1002"_s), qPrintable(tooLong.errText()));
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 0);

        const CliRun fits = run(
            {u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, id, u"--reason"_s, emoji.repeated(500), u"--yes"_s});
        QCOMPARE(fits.exitCode, 0);
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 1);
        QCOMPARE(server()->lastCancelReason(Platform::FlexPortal, id), emoji.repeated(500));
    }

    void cancel_emptyAgent_exits2AndSendsNothing()
    {
        const QString id = m_sandbox->findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        const CliRun r = run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, id, u"--reason"_s, u"Nobody"_s,
                              u"--yes"_s, u"--agent"_s, u"  "_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"--agent"_s), qPrintable(r.errText()));
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 0);
    }

    void historyExport_csv_listsTheRecordedAttemptsWithHostileTextIntact()
    {
        CancelAttempt hostile = attemptAt(u"5b0e3c8a-0000-4000-8000-000000000001"_s,
                                          QDateTime(QDate(2026, 11, 30), QTime(8, 15, 0, 250), Qt::UTC));
        hostile.agent = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        hostile.customer = u"O'Brien, \"Big\" 🙂 Ltd"_s;
        hostile.orderId = u"+ord/1#2"_s;
        hostile.reasonText = u"He said \"stop\", then left\nfor good 🦄,\r\nreally"_s;
        hostile.outcome = u"refused"_s;
        hostile.httpStatus = 409;
        hostile.errorCode = u"-1"_s;
        hostile.message = u"@SUM(A1:A9)"_s;
        hostile.reReadStatus = u"open"_s;
        hostile.platformMessage = u"-Order \"+ord/1#2\" is active,\nnot cancelled"_s;
        hostile.reasonNotTaken = true;
        hostile.kind = u"subscription"_s;
        hostile.subscriptionId = u"=rent/1, \"a\""_s;
        hostile.notes = u"+notes\non two lines 🙂"_s;
        hostile.assetSerial = u"SN-0001"_s;
        hostile.batchId = u"@batch"_s;
        CancelAttempt plain =
            attemptAt(u"5b0e3c8a-0000-4000-8000-000000000002"_s, QDateTime(QDate(2026, 11, 29), QTime(17, 0), Qt::UTC));
        plain.platformMessage = u"Order ord-5b0e3c8a cancelled"_s;
        const QString file = path(u"export-csv.sqlite"_s);
        writeHistory(file, {plain, hostile});

        const CliRun r = exportHistory({u"--format"_s, u"csv"_s, u"--history"_s, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheet applications need for UTF-8
        QVERIFY(r.out.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(r.out.mid(3)));
        QCOMPARE(records.size(), 3); // the header and two attempts, line breaks inside fields notwithstanding
        QCOMPARE(records.at(0), HistoryColumns);

        // Newest first, as the history window lists them.
        const QStringList expected{u"2026-11-30T08:15:00.250Z"_s, u"2026-11-30T08:15:01.750Z"_s,
                                   u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s, // neutralised, else intact
                                   u"desk-3"_s, u"1.0.0"_s, u"fp"_s, u"flexportal"_s, u"https://api.example.com"_s,
                                   u"'+ord/1#2"_s, u"O'Brien, \"Big\" 🙂 Ltd"_s, u"open"_s, u"0 of 2 rented"_s,
                                   u"other"_s, u"He said \"stop\", then left\nfor good 🦄,\r\nreally"_s, u"refused"_s,
                                   u"409"_s, u"'-1"_s, u"'@SUM(A1:A9)"_s, u"open"_s, hostile.uuid,
                                   u"'-Order \"+ord/1#2\" is active,\nnot cancelled"_s, u"true"_s, u"subscription"_s,
                                   u"'=rent/1, \"a\""_s, u"'+notes\non two lines 🙂"_s, u"SN-0001"_s, u"'@batch"_s,
                                   // The human columns: the CLI's locale and time zone, English words.
                                   localShort(QDateTime(QDate(2026, 11, 30), QTime(8, 15, 0, 250), Qt::UTC)),
                                   localShort(QDateTime(QDate(2026, 11, 30), QTime(8, 15, 1, 750), Qt::UTC)),
                                   u"Refused"_s, u"Other: +notes\non two lines 🙂"_s};
        QCOMPARE(records.at(1).size(), HistoryColumns.size());
        for (qsizetype i = 0; i < HistoryColumns.size(); ++i)
            QCOMPARE(u"%1=%2"_s.arg(HistoryColumns.at(i), records.at(1).at(i)),
                     u"%1=%2"_s.arg(HistoryColumns.at(i), expected.at(i)));
        QCOMPARE(records.at(2).value(0), u"2026-11-29T17:00:00.000Z"_s);
        QCOMPARE(records.at(2).value(2), u"Mia"_s);
        QCOMPARE(records.at(2).value(19), plain.uuid);
        QCOMPARE(records.at(2).value(20), plain.platformMessage);
        QCOMPARE(records.at(2).value(21), u"false"_s);
        QCOMPARE(records.at(2).mid(22, 5), (QStringList{u"order"_s, QString(), QString(), QString(), QString()}));
        // The raw bytes: the reason is quoted with its quotes doubled.
        QVERIFY(r.out.contains("\"He said \"\"stop\"\", then left\nfor good \xF0\x9F\xA6\x84,\r\nreally\""));
    }

    void historyExport_json_sinceUntilFilterByDay()
    {
        // Days are the local calendar days of the machine running the export; a zone thirteen hours
        // ahead of UTC makes every local day straddle two UTC dates. (A POSIX TZ: no tzdata needed.)
        QProcessEnvironment env = m_env;
        env.insert(u"TZ"_s, u"XYZ-13"_s);
        const QTimeZone zone(13 * 3600);
        const auto local = [&zone](int day, int h, int m, int s, int ms) {
            return QDateTime(QDate(2026, 11, day), QTime(h, m, s, ms), zone);
        };
        const QList<CancelAttempt> attempts{attemptAt(u"day1-late"_s, local(10, 23, 59, 59, 999)),
                                            attemptAt(u"day2-first"_s, local(11, 0, 0, 0, 0)),
                                            attemptAt(u"day2-noon"_s, local(11, 12, 0, 0, 0)),
                                            attemptAt(u"day2-last"_s, local(11, 23, 59, 59, 999)),
                                            attemptAt(u"day3-first"_s, local(12, 0, 0, 0, 0)),
                                            attemptAt(u"day3-noon"_s, local(12, 12, 0, 0, 0))};
        const QString file = path(u"export-days.sqlite"_s);
        writeHistory(file, attempts);

        const auto uuidsOf = [](const CliRun& r) {
            QStringList uuids;
            for (const QJsonObject& o : jsonLines(r.out))
                uuids << o.value(u"uuid"_s).toString();
            return uuids;
        };
        const QStringList middleDay{u"day2-last"_s, u"day2-noon"_s, u"day2-first"_s}; // newest first

        const CliRun days = exportHistory({u"--format"_s, u"json"_s, u"--history"_s, file, u"--since"_s,
                                           u"2026-11-11"_s, u"--until"_s, u"2026-11-11"_s},
                                          env);
        QCOMPARE(days.exitCode, 0);
        QVERIFY2(days.err.isEmpty(), days.err.constData());
        QCOMPARE(jsonLines(days.out).size(), days.out.count('\n')); // every line is one JSON object
        QCOMPARE(uuidsOf(days), middleDay);
        const QJsonObject first = jsonLines(days.out).constLast();
        QCOMPARE(first.value(u"startedAt"_s).toString(), u"2026-11-10T11:00:00.000Z"_s);
        QCOMPARE(first.value(u"httpStatus"_s).toInt(), 200);
        QCOMPARE(first.value(u"agent"_s).toString(), u"Mia"_s);
        QCOMPARE(first.value(u"platformMessage"_s).toString(), QString());
        QVERIFY(first.value(u"reasonNotTaken"_s).isBool());
        QCOMPARE(first.value(u"kind"_s).toString(), u"order"_s);
        QCOMPARE(first.value(u"subscriptionId"_s).toString(), QString());

        // The same day as timestamps: --since inclusive, --until exclusive, offsets and Z alike.
        const CliRun stamps = exportHistory({u"--format"_s, u"json"_s, u"--history"_s, file, u"--since"_s,
                                             u"2026-11-11T00:00:00+13:00"_s, u"--until"_s, u"2026-11-11T11:00:00Z"_s},
                                            env);
        QCOMPARE(stamps.exitCode, 0);
        QCOMPARE(uuidsOf(stamps), middleDay);

        // Open-ended on either side.
        const CliRun since =
            exportHistory({u"--format"_s, u"json"_s, u"--history"_s, file, u"--since"_s, u"2026-11-12"_s}, env);
        QCOMPARE(uuidsOf(since), (QStringList{u"day3-noon"_s, u"day3-first"_s}));
        const CliRun until =
            exportHistory({u"--format"_s, u"json"_s, u"--history"_s, file, u"--until"_s, u"2026-11-10"_s}, env);
        QCOMPARE(uuidsOf(until), QStringList{u"day1-late"_s});
    }

    void historyExport_json_agentAccountAndOutcomeFilter()
    {
        CancelAttempt other = attemptAt(u"og-refused"_s, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        other.accountId = u"og"_s;
        other.platform = u"offergrid"_s;
        other.outcome = u"refused"_s;
        other.agent = u"Tom"_s;
        const CancelAttempt mine = attemptAt(u"fp-cancelled"_s, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        const QString file = path(u"export-filters.sqlite"_s);
        writeHistory(file, {other, mine});
        const auto exported = [&](const QString& option, const QString& value) {
            const CliRun r = exportHistory({u"--format"_s, u"json"_s, u"--history"_s, file, option, value});
            [&] { QCOMPARE(r.exitCode, 0); }();
            QStringList uuids;
            for (const QJsonObject& o : jsonLines(r.out))
                uuids << o.value(u"uuid"_s).toString();
            return uuids;
        };
        QCOMPARE(exported(u"--agent"_s, u"Tom"_s), QStringList{u"og-refused"_s});
        QCOMPARE(exported(u"--account"_s, u"fp"_s), QStringList{u"fp-cancelled"_s});
        QCOMPARE(exported(u"--outcome"_s, u"refused"_s), QStringList{u"og-refused"_s});
        QCOMPARE(exported(u"--outcome"_s, u"pending"_s), QStringList{});
    }

    void historyExport_badDate_exits2_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("named"); // what the message must quote
        QTest::newRow("no such month") << QStringList{u"--since"_s, u"2026-13-01"_s} << u"2026-13-01"_s;
        QTest::newRow("no such day") << QStringList{u"--until"_s, u"2026-02-30"_s} << u"2026-02-30"_s;
        QTest::newRow("words") << QStringList{u"--since"_s, u"yesterday"_s} << u"yesterday"_s;
        QTest::newRow("another order") << QStringList{u"--since"_s, u"30.11.2026"_s} << u"30.11.2026"_s;
        QTest::newRow("short") << QStringList{u"--until"_s, u"2026-1-5"_s} << u"2026-1-5"_s;
        QTest::newRow("timestamp without offset")
            << QStringList{u"--since"_s, u"2026-11-30T08:00:00"_s} << u"2026-11-30T08:00:00"_s;
        QTest::newRow("timestamp out of range")
            << QStringList{u"--until"_s, u"2026-11-30T25:00:00Z"_s} << u"2026-11-30T25:00:00Z"_s;
        QTest::newRow("until before since")
            << QStringList{u"--since"_s, u"2026-11-30"_s, u"--until"_s, u"2026-11-29"_s} << u"--until 2026-11-29"_s;
        QTest::newRow("until at since") << QStringList{u"--since"_s, u"2026-11-30T08:00:00Z"_s, u"--until"_s,
                                                       u"2026-11-30T09:00:00+01:00"_s}
                                        << u"--until"_s;
    }
    void historyExport_badDate_exits2()
    {
        QFETCH(QStringList, dates);
        QFETCH(QString, named);
        const QString file = path(u"export-baddate.sqlite"_s);
        if (!QFile::exists(file))
            writeHistory(file, {attemptAt(u"any"_s, QDateTime::currentDateTimeUtc())});
        const CliRun r = exportHistory(QStringList{u"--format"_s, u"json"_s, u"--history"_s, file} + dates);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(named), qPrintable(r.errText()));
    }

    void historyExport_usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no format") << QStringList{} << u"--format"_s;
        QTest::newRow("table format") << QStringList{u"--format"_s, u"table"_s} << u"\"table\""_s;
        QTest::newRow("xml format") << QStringList{u"--format"_s, u"xml"_s} << u"\"xml\""_s;
        QTest::newRow("unknown outcome") << QStringList{u"--format"_s, u"csv"_s, u"--outcome"_s, u"lost"_s}
                                         << u"\"lost\""_s;
        QTest::newRow("orders option") << QStringList{u"--format"_s, u"csv"_s, u"--reason"_s, u"x"_s} << u"--reason"_s;
        QTest::newRow("order id") << QStringList{u"--format"_s, u"csv"_s, u"ord-1"_s} << u"ord-1"_s;
    }
    void historyExport_usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CliRun r = exportHistory(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(named), qPrintable(r.errText()));
        // --since belongs to history export only.
        const CliRun list = run({u"orders"_s, u"list"_s, u"--account"_s, u"fp"_s, u"--since"_s, u"2026-11-30"_s});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.errText().contains(u"--since"_s), qPrintable(list.errText()));
    }

    void historyExport_readOnlyFileAndFolder_exportsAndWritesNothing_data()
    {
        QTest::addColumn<bool>("openOnADesk"); // a desk has the file open, its latest rows still in the WAL
        QTest::newRow("at rest") << false;
        QTest::newRow("open on a desk") << true;
    }
    void historyExport_readOnlyFileAndFolder_exportsAndWritesNothing()
    {
        // A manager who may read the team's history file, but not change it or its folder.
        QFETCH(bool, openOnADesk);
        const QString folder = path(openOnADesk ? u"read-only-open"_s : u"read-only-rest"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/history.sqlite"_s;
        writeHistory(file, {attemptAt(u"ro-old"_s, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC))});
        std::unique_ptr<SqlCancellationHistory> desk;
        if (openOnADesk) {
            HistoryLocation location;
            location.sqliteFile = file;
            auto opened = SqlCancellationHistory::open(location);
            QVERIFY(opened.ok());
            desk = std::move(opened.value());
            CancelAttempt recent = attemptAt(u"ro-new"_s, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
            QVERIFY(desk->recordPending(recent).ok());
            QVERIFY(QFile::exists(file + u"-wal"_s));
        } else {
            QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"history.sqlite"_s});
        }
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
        const auto bytesOf = [](const QString& name) {
            QFile f(name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray databaseBefore = bytesOf(file);

        const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
        const QFile::Permissions folderReadOnly =
            readOnly | QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;
        const QFile::Permissions fileWas = QFile::permissions(file);
        const QFile::Permissions folderWas = QFile::permissions(folder);
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, folderWas);
            QFile::setPermissions(file, fileWas);
        });
        for (const QString& name : filesBefore)
            QVERIFY(QFile::setPermissions(folder + u'/' + name, readOnly));
        QVERIFY(QFile::setPermissions(folder, folderReadOnly));

        // The reader really cannot write there: else this test would prove nothing.
        const auto readerSucceeds = [](const QString& shellRedirect, const QString& target) {
            const QStringList wrapper = asUnprivileged();
            const QStringList shell{u"sh"_s, u"-c"_s, shellRedirect, target};
            QProcess probe;
            if (wrapper.isEmpty())
                probe.start(shell.first(), shell.mid(1));
            else
                probe.start(wrapper.first(), wrapper.mid(1) + shell);
            return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
        };
        QVERIFY2(!readerSucceeds(u": > \"$0\""_s, folder + u"/probe"_s), "the reader may create files in the folder");
        QVERIFY2(!readerSucceeds(u": >> \"$0\""_s, file), "the reader may write to the file");
        QVERIFY(!QFile::exists(folder + u"/probe"_s));
        QVERIFY2(readerSucceeds(u"test -r \"$0\""_s, file), "the reader cannot run (setpriv from util-linux is needed "
                                                            "as root), or cannot read the file");

        const CliRun r = runWith({u"history"_s, u"export"_s, u"--format"_s, u"json"_s, u"--history"_s, file}, m_env,
                                 asUnprivileged());
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QStringList uuids;
        for (const QJsonObject& o : jsonLines(r.out))
            uuids << o.value(u"uuid"_s).toString();
        QCOMPARE(uuids, openOnADesk ? (QStringList{u"ro-new"_s, u"ro-old"_s}) : QStringList{u"ro-old"_s});

        QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore); // no journal left behind, none created
        QCOMPARE(bytesOf(file), databaseBefore);                    // not migrated, not switched to WAL again
    }

    void historyExport_readOnlyFolderWithUnmergedWal_exits2SayingWhatItNeeds()
    {
        // Entries still in FILE-wal, no FILE-shm (say, copied from a desk that had the file open),
        // in a folder the reader may not write to: SQLite cannot read them, and the message says why.
        const QString source = path(u"wal-source.sqlite"_s);
        writeHistory(source, {attemptAt(u"wal-old"_s, QDateTime(QDate(2026, 11, 4), QTime(9, 0), Qt::UTC))});
        HistoryLocation location;
        location.sqliteFile = source;
        auto desk = SqlCancellationHistory::open(location);
        QVERIFY(desk.ok());
        QVERIFY(desk.value()->recordPending(attemptAt(u"wal-new"_s, QDateTime::currentDateTimeUtc())).ok());
        const QString folder = path(u"read-only-wal"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/history.sqlite"_s;
        QVERIFY(QFile::copy(source, file));
        QVERIFY(QFile::copy(source + u"-wal"_s, file + u"-wal"_s));
        const QFile::Permissions folderWas = QFile::permissions(folder);
        const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, folderWas); });
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther));

        const CliRun r = runWith({u"history"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--history"_s, file}, m_env,
                                 asUnprivileged());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(file + u"-wal"_s) && r.errText().contains(u"write access to the folder"_s),
                 qPrintable(r.errText()));
        QCOMPARE(QDir(folder).entryList(QDir::Files), (QStringList{u"history.sqlite"_s, u"history.sqlite-wal"_s}));
    }

    void historyExport_newerSchema_exits2SayingSo()
    {
        const QString file = path(u"export-newer.sqlite"_s);
        writeHistory(file, {attemptAt(u"future"_s, QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC))});
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE orderdesk_schema SET version = %1"_s.arg(HistorySchema::LatestVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const CliRun r = exportHistory({u"--format"_s, u"csv"_s, u"--history"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString expected =
            u"written by a newer OrderDesk (schema %1; this one reads up to %2)"_s.arg(HistorySchema::LatestVersion + 1)
                .arg(HistorySchema::LatestVersion);
        QVERIFY2(r.errText().contains(expected) && r.errText().contains(file), qPrintable(r.errText()));
    }

    void historyExport_corruptFile_exits2NamingIt()
    {
        QByteArray garbage;
        for (int i = 0; i < 512; ++i)
            garbage += "this is not an SQLite database, ";
        writeFile(u"corrupt.sqlite"_s, garbage);
        const CliRun r = exportHistory({u"--format"_s, u"csv"_s, u"--history"_s, path(u"corrupt.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(path(u"corrupt.sqlite"_s)), qPrintable(r.errText()));

        // No file at all: named too, and reading creates none.
        const QString absent = path(u"absent-history.sqlite"_s);
        const CliRun missing = exportHistory({u"--format"_s, u"json"_s, u"--history"_s, absent});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.errText().contains(absent), qPrintable(missing.errText()));
        QVERIFY(!QFile::exists(absent));
    }

    void network_serverUnreachable_exits5()
    {
        // Port 1 on loopback: nobody listens there, the connection is refused (after the GET's retries).
        writeFile(u"unreachable.json"_s, accountsFile({account(u"fp"_s, u"flexportal"_s, u"http://127.0.0.1:1"_s,
                                                               u"t"_s, u"CLI_TEST_FP_KEY"_s)}));
        const CliRun r = runWith({u"--accounts"_s, path(u"unreachable.json"_s), u"--timeout"_s, u"5"_s, u"orders"_s,
                                  u"show"_s, u"--account"_s, u"fp"_s, u"x"_s},
                                 m_env);
        QCOMPARE(r.exitCode, 5);
    }

    // ---- orders cancel --ids-from ----------------------------------------------------------------

    // Orders the policy allows (or refuses) that no test has sent a cancel for yet.
    QStringList ordersWhere(Platform platform, bool cancellable, int count, const QStringList& skip = {})
    {
        QStringList ids;
        for (const QString& id : server()->orderIds(platform)) {
            const Order o = m_sandbox->serverOrder(platform, id);
            if (CancellationPolicy::evaluate(o).allowed == cancellable && o.status != u"cancelled" &&
                server()->cancelRequests(platform, id) == 0 && !skip.contains(id) && !id.contains(u'\n'))
                ids.append(id);
            if (ids.size() == count)
                break;
        }
        return ids;
    }

    CliRun runBulk(const QStringList& ids, const QStringList& more, const QByteArray& input = {})
    {
        writeFile(u"ids.txt"_s, ids.join(u'\n').toUtf8());
        QStringList arguments{u"--accounts"_s, m_accounts, u"orders"_s, u"cancel"_s, u"--reason"_s, u"Bulk"_s};
        if (!more.contains(u"--ids-from"_s))
            arguments << u"--ids-from"_s << path(u"ids.txt"_s);
        arguments << more;
        CliRun run;
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(ORDERDESK_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(120000);
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    QHash<QString, QJsonObject> byOrderId(const QList<QJsonObject>& rows)
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonObject& o : rows)
            out.insert(o.value(u"orderId"_s).toString(), o);
        return out;
    }

    void bulk_input_blankLinesIgnoredAndDuplicatesHandledOnce_oneJsonObjectPerId()
    {
        const QStringList ids = ordersWhere(Platform::FlexPortal, true, 2);
        QCOMPARE(ids.size(), 2);
        const CliRun r = runBulk({u""_s, ids.at(0), u"   "_s, ids.at(1), ids.at(0), u""_s},
                                 {u"--account"_s, u"fp"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(r.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(u"orderId"_s).toString(), ids.at(0));
        QCOMPARE(rows.at(0).value(u"account"_s).toString(), u"fp"_s);
        QCOMPARE(rows.at(0).value(u"outcome"_s).toString(), u"cancelled"_s);
        for (const QString& id : ids)
            QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 1);
    }

    void bulk_idsFromStdin_withYes_cancels()
    {
        const QStringList ids = ordersWhere(Platform::OfferGrid, true, 2);
        QCOMPARE(ids.size(), 2);
        const CliRun r = runBulk({}, {u"--account"_s, u"og"_s, u"--yes"_s, u"--ids-from"_s, u"-"_s},
                                 (ids.join(u'\n') + u'\n').toUtf8());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"cancelled"_s), qPrintable(r.outText()));
        for (const QString& id : ids)
            QCOMPARE(m_sandbox->serverOrder(Platform::OfferGrid, id).status, u"cancelled"_s);
    }

    void bulk_dryRun_reportsWouldCancelOrWouldRefuseWithWhy_sendsAndRecordsNothing()
    {
        const QStringList allowed = ordersWhere(Platform::FlexPortal, true, 2);
        const QStringList refused = ordersWhere(Platform::FlexPortal, false, 1);
        QCOMPARE(refused.size(), 1);
        const QString history = path(u"dry-run-history.sqlite"_s);
        const CliRun r = runBulk(allowed + refused, {u"--account"_s, u"fp"_s, u"--dry-run"_s, u"--format"_s, u"json"_s,
                                                     u"--history"_s, history});
        QCOMPARE(r.exitCode, 0);
        const QHash<QString, QJsonObject> rows = byOrderId(jsonLines(r.out));
        QCOMPARE(rows.size(), 3);
        for (const QString& id : allowed)
            QCOMPARE(rows.value(id).value(u"outcome"_s).toString(), u"would-cancel"_s);
        const QJsonObject no = rows.value(refused.first());
        QCOMPARE(no.value(u"outcome"_s).toString(), u"would-refuse"_s);
        QCOMPARE(
            no.value(u"why"_s).toString(),
            CancellationPolicy::evaluate(m_sandbox->serverOrder(Platform::FlexPortal, refused.first())).explanation);
        for (const QString& id : allowed + refused)
            QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), 0);
        QVERIFY(!QFile::exists(history)); // a dry run writes no history
    }

    void bulk_dryRun_orderNotFound_exits4()
    {
        const CliRun r = runBulk({u"no-such-order"_s}, {u"--account"_s, u"fp"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.outText().contains(u"failed"_s), qPrintable(r.outText()));
    }

    void bulk_exitStatus_isTheHighestAmongTheOrders()
    {
        const QStringList allowed = ordersWhere(Platform::FlexPortal, true, 1);
        const QStringList refused = ordersWhere(Platform::FlexPortal, false, 1);
        // A policy refusal: 3; the allowed one is still cancelled.
        const CliRun three =
            runBulk(allowed + refused, {u"--account"_s, u"fp"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(three.exitCode, 3);
        QHash<QString, QJsonObject> rows = byOrderId(jsonLines(three.out));
        QCOMPARE(rows.value(allowed.first()).value(u"outcome"_s).toString(), u"cancelled"_s);
        QCOMPARE(rows.value(refused.first()).value(u"outcome"_s).toString(), u"refused"_s);
        QVERIFY(!rows.value(refused.first()).value(u"why"_s).toString().isEmpty());
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, refused.first()), 0);
        // Again: already cancelled is fine (0), not found is the platform's (4), above the policy's 3.
        const CliRun four = runBulk(allowed + refused + QStringList{u"no-such-order"_s},
                                    {u"--account"_s, u"fp"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(four.exitCode, 4);
        rows = byOrderId(jsonLines(four.out));
        QCOMPARE(rows.value(allowed.first()).value(u"outcome"_s).toString(), u"already-cancelled"_s);
        QCOMPARE(rows.value(u"no-such-order"_s).value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(!rows.value(u"no-such-order"_s).value(u"message"_s).toString().isEmpty());
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, allowed.first()), 1);
    }

    void bulk_orderReadRefusedByThePlatform_exits4AndSendsNothing()
    {
        // A wrong key: the read before anything is sent is refused (401), the platform's answer.
        const QStringList ids = ordersWhere(Platform::OfferGrid, true, 1);
        const CliRun r = runBulk(ids, {u"--account"_s, u"og-bad"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 4); // the read is refused (wrong key): the platform's
        QCOMPARE(server()->cancelRequests(Platform::OfferGrid, ids.first()), 0);
    }

    void bulk_networkError_exits5()
    {
        writeFile(u"unreachable-bulk.json"_s, accountsFile({account(u"fp"_s, u"flexportal"_s, u"http://127.0.0.1:1"_s,
                                                                    u"t"_s, u"CLI_TEST_FP_KEY"_s)}));
        writeFile(u"ids.txt"_s, "a\nb\n");
        const CliRun r = runWith({u"--accounts"_s, path(u"unreachable-bulk.json"_s), u"--timeout"_s, u"5"_s,
                                  u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, u"--ids-from"_s,
                                  path(u"ids.txt"_s), u"--reason"_s, u"x"_s, u"--yes"_s},
                                 m_env);
        QCOMPARE(r.exitCode, 5);
    }

    void bulk_withoutYes_stdinNotATerminal_orIdsOnStdin_exits2AndSendsNothing()
    {
        const QStringList ids = ordersWhere(Platform::FlexPortal, true, 1);
        const CliRun file = runBulk(ids, {u"--account"_s, u"fp"_s});
        QCOMPARE(file.exitCode, 2);
        QVERIFY2(file.errText().contains(u"--yes"_s), qPrintable(file.errText()));
        const CliRun piped = runBulk({}, {u"--account"_s, u"fp"_s, u"--ids-from"_s, u"-"_s}, ids.first().toUtf8());
        QCOMPARE(piped.exitCode, 2);
        QVERIFY2(piped.errText().contains(u"stdin"_s), qPrintable(piped.errText()));
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, ids.first()), 0);
    }

    void bulk_usageErrors_exit2()
    {
        QCOMPARE(runBulk({u"x"_s}, {u"--account"_s, u"fp"_s, u"--yes"_s, u"x"_s}).exitCode, 2); // id and --ids-from
        QCOMPARE(run({u"orders"_s, u"cancel"_s, u"--account"_s, u"fp"_s, u"x"_s, u"--reason"_s, u"r"_s, u"--dry-run"_s})
                     .exitCode,
                 2);
        QCOMPARE(runBulk({u""_s, u"  "_s}, {u"--account"_s, u"fp"_s, u"--yes"_s}).exitCode, 2); // no id at all
        QCOMPARE(runBulk({}, {u"--account"_s, u"fp"_s, u"--yes"_s, u"--ids-from"_s, path(u"missing.txt"_s)}).exitCode,
                 2);
        QCOMPARE(runBulk({u"x"_s}, {u"--account"_s, u"fp"_s, u"--yes"_s, u"--format"_s, u"csv"_s}).exitCode, 2);
    }

    void bulk_table_listsOneRowPerOrder()
    {
        const QStringList ids = ordersWhere(Platform::FlexPortal, true, 2);
        const CliRun r = runBulk(ids, {u"--account"_s, u"fp"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header and one row per order
        QVERIFY(lines.at(1).contains(ids.at(0)) && lines.at(1).contains(u"cancelled"_s));
    }

    void bulk_rateLimited_waitsAndSendsEachOnce_historyGroupedByOneBatch()
    {
        const QStringList ids = ordersWhere(Platform::FlexPortal, true, 4);
        QCOMPARE(ids.size(), 4);
        SandboxFaults f;
        f.rateLimitPerSecond = 2;
        server()->setFaults(Platform::FlexPortal, f);
        const QString history = path(u"bulk-history.sqlite"_s);
        const CliRun r =
            runBulk(ids, {u"--account"_s, u"fp"_s, u"--yes"_s, u"--format"_s, u"json"_s, u"--history"_s, history});
        QCOMPARE(r.exitCode, 0);
        int limited = 0;
        QString batch;
        for (const QString& id : ids) {
            QCOMPARE(m_sandbox->serverOrder(Platform::FlexPortal, id).status, u"cancelled"_s);
            const QList<CancelAttempt> attempts = attemptsFor(history, id);
            // One entry per send; every send but the last was a 429 that applied nothing.
            QCOMPARE(server()->cancelRequests(Platform::FlexPortal, id), attempts.size());
            int cancelled = 0;
            for (const CancelAttempt& a : attempts) {
                if (batch.isEmpty())
                    batch = a.batchId;
                QCOMPARE(a.batchId, batch);
                QVERIFY(a.outcome == u"cancelled"_s || (a.outcome == u"refused"_s && a.httpStatus == 429));
                cancelled += a.outcome == u"cancelled"_s;
                limited += a.outcome == u"refused"_s;
            }
            QCOMPARE(cancelled, 1);
        }
        QVERIFY(!batch.isEmpty());
        QVERIFY(limited >= 1);
        QVERIFY2(r.errText().contains(batch), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
