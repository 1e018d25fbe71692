// The typed settings: the key table, typed values through a real ini file, changed() only on a real
// change, the migration of an older layout, what follows a change, and who an entry names when no
// name is set.
#include "credentials/credentialstore.h"
#include "services/appsettings.h"
#include "services/cancelattempts.h"
#include "services/settingskeys.h"
#include "services/settingsmigration.h"
#include "services/settingsreactions.h"
#include "services/settingsstore.h"

#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newIniFile() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files)); }

private slots:
    void table_oneRowPerKeyInOrder_uniquePaths_typedDefaults()
    {
        const QList<SettingsKeyInfo>& table = settingsTable();
        QSet<QString> paths;
        for (qsizetype i = 0; i < table.size(); ++i) {
            QCOMPARE(qsizetype(table.at(i).key), i); // settingsKeyInfo() indexes by the enum
            QVERIFY2(!paths.contains(table.at(i).path), table.at(i).path.data());
            paths.insert(table.at(i).path);
            QVERIFY2(table.at(i).defaultValue.isValid(), table.at(i).path.data());
        }
        QCOMPARE(table.size(), qsizetype(SettingsKey::SubscriptionCancelDialogSize) + 1);
        // The keys earlier versions wrote are read where they were.
        QCOMPARE(QString(settingsKeyInfo(SettingsKey::AgentName).path), u"agent/displayName"_s);
        QCOMPARE(QString(settingsKeyInfo(SettingsKey::HistoryKind).path), u"history/kind"_s);
        QCOMPARE(QString(settingsKeyInfo(SettingsKey::PgPort).path), u"history/pgPort"_s);
        QCOMPARE(QString(settingsKeyInfo(SettingsKey::TimeoutSeconds).path), u"network/timeoutSeconds"_s);
        QCOMPARE(QString(settingsKeyInfo(SettingsKey::Http2).path), u"network/http2"_s);
        QCOMPARE(QString(settingsKeyInfo(SettingsKey::Language).path), u"ui/language"_s);
    }

    void emptySettings_readTheDefaults()
    {
        QSettings ini(newIniFile(), QSettings::IniFormat);
        SettingsStore store(&ini);
        QCOMPARE(store.value(Setting::PgPort), 5432);
        QCOMPARE(store.value(Setting::TimeoutSeconds), 30);
        QCOMPARE(store.value(Setting::Http2), true);
        QCOMPARE(store.value(Setting::HistoryKind), u"sqlite"_s);
        QVERIFY(store.value(Setting::AgentName).isEmpty());
        QVERIFY(store.value(Setting::MainWindowGeometry).isEmpty());
        QVERIFY(!store.value(Setting::CancelDialogSize).isValid());
        const AppSettings a = store.appSettings();
        QCOMPARE(a.pgPort, 5432);
        QCOMPARE(a.timeoutSeconds, 30);
        QVERIFY(a.http2);
        QCOMPARE(a.historyKind, AppSettings::HistoryKind::LocalFile);
        QCOMPARE(a.localHistory().sqliteFile, AppSettings::defaultHistoryFile());
    }

    void typedValues_roundTripThroughTheIniFile()
    {
        const QString file = newIniFile();
        const QByteArray bytes("\x01\x00\xff geometry", 12);
        {
            QSettings ini(file, QSettings::IniFormat);
            SettingsStore store(&ini);
            store.setValue(Setting::AgentName, u"Zoë Ağaoğlu"_s);
            store.setValue(Setting::PgPort, 6543);
            store.setValue(Setting::Http2, false);
            store.setValue(Setting::MainWindowGeometry, bytes);
            store.setValue(Setting::SettingsDialogSize, QSize(640, 480));
            QVERIFY(!store.setValue(SettingsKey::PgPort, QVariant::fromValue(QSize(1, 1)))); // not an int
        }
        QSettings ini(file, QSettings::IniFormat);
        SettingsStore store(&ini);
        QCOMPARE(store.value(Setting::AgentName), u"Zoë Ağaoğlu"_s);
        QCOMPARE(store.value(Setting::PgPort), 6543);
        QCOMPARE(store.value(Setting::Http2), false);
        QCOMPARE(store.value(Setting::MainWindowGeometry), bytes);
        QCOMPARE(store.value(Setting::SettingsDialogSize), QSize(640, 480));
        QCOMPARE(AppSettings::load(ini).agentName, u"Zoë Ağaoğlu"_s);
        // What does not read as the key's type is its default.
        ini.setValue(u"history/pgPort"_s, u"not a port"_s);
        QCOMPARE(store.value(Setting::PgPort), 5432);
    }

    void changed_onceOnARealChange_neverForAnEqualValue()
    {
        QSettings ini(newIniFile(), QSettings::IniFormat);
        SettingsStore store(&ini);
        QSignalSpy changed(&store, &SettingsStore::changed);

        store.setValue(Setting::AgentName, u"Ana"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<SettingsKey>(), SettingsKey::AgentName);
        store.setValue(Setting::AgentName, u"Ana"_s);
        QCOMPARE(changed.count(), 1);

        // The default, written for the first time: stored, but nothing changed.
        store.setValue(Setting::Http2, true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(ini.contains(u"network/http2"_s));

        // The dialog's values saved: one signal for the one value that differs.
        AppSettings edited = store.appSettings();
        edited.timeoutSeconds = 45;
        store.apply(edited);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().value<SettingsKey>(), SettingsKey::TimeoutSeconds);
        store.apply(edited);
        QCOMPARE(changed.count(), 2);
    }

    void migration_unversionedLayout_movesTheWindowKeysAndWritesTheVersion()
    {
        const QString file = newIniFile();
        const QByteArray geometry("old geometry bytes");
        {
            // As OrderDesk wrote it before settings had a version.
            QSettings old(file, QSettings::IniFormat);
            old.setValue(u"agent/displayName"_s, u"Ana"_s);
            old.setValue(u"history/kind"_s, u"postgresql"_s);
            old.setValue(u"network/timeoutSeconds"_s, 90);
            old.setValue(u"mainWindow/geometry"_s, geometry);
            old.setValue(u"mainWindow/state"_s, QByteArray("state"));
            old.setValue(u"mainWindow/splitter"_s, QByteArray("splitter"));
            old.setValue(u"mainWindow/columns"_s, QByteArray("columns"));
            old.beginWriteArray(u"accounts"_s);
            old.setArrayIndex(0);
            old.setValue(u"id"_s, u"acme"_s);
            old.endArray();
        }
        {
            QSettings ini(file, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::migrate(ini), 0);
        }
        QSettings ini(file, QSettings::IniFormat); // what is in the file now
        QCOMPARE(ini.value(u"settings/version"_s).toInt(), SettingsMigration::CurrentVersion);
        QVERIFY(!ini.childGroups().contains(u"mainWindow"_s));
        SettingsStore store(&ini);
        QCOMPARE(store.value(Setting::MainWindowGeometry), geometry);
        QCOMPARE(store.value(Setting::MainWindowState), QByteArray("state"));
        QCOMPARE(store.value(Setting::MainWindowSplitter), QByteArray("splitter"));
        QCOMPARE(store.value(Setting::MainWindowColumns), QByteArray("columns"));
        // The rest stays where it was.
        QCOMPARE(store.value(Setting::AgentName), u"Ana"_s);
        QCOMPARE(store.appSettings().historyKind, AppSettings::HistoryKind::PostgreSql);
        QCOMPARE(store.value(Setting::TimeoutSeconds), 90);
        QCOMPARE(ini.beginReadArray(u"accounts"_s), 1);
        ini.setArrayIndex(0);
        QCOMPARE(ini.value(u"id"_s).toString(), u"acme"_s);
        ini.endArray();

        // Once is enough: a second start finds the current version and moves nothing.
        ini.setValue(u"mainWindow/geometry"_s, QByteArray("written by an old desk meanwhile"));
        QCOMPARE(SettingsMigration::migrate(ini), SettingsMigration::CurrentVersion);
        QCOMPARE(store.value(Setting::MainWindowGeometry), geometry);
    }

    void migration_newerVersion_isLeftAsItIs()
    {
        QSettings ini(newIniFile(), QSettings::IniFormat);
        ini.setValue(u"settings/version"_s, SettingsMigration::CurrentVersion + 5);
        ini.setValue(u"mainWindow/geometry"_s, QByteArray("a newer desk's"));
        SettingsStore store(&ini);
        QCOMPARE(ini.value(u"settings/version"_s).toInt(), SettingsMigration::CurrentVersion + 5);
        QCOMPARE(ini.value(u"mainWindow/geometry"_s).toByteArray(), QByteArray("a newer desk's"));
    }

    void teamHistorySwitchedOff_itsPasswordLeavesTheKeychain()
    {
        QSettings ini(newIniFile(), QSettings::IniFormat);
        SettingsStore store(&ini);
        MemoryCredentialStore keychain;
        connectSettingsReactions(&store, SettingsListeners{nullptr, nullptr, nullptr, nullptr, nullptr, &keychain});
        const QString key = AppSettings::teamHistoryPasswordKey();
        AppSettings team;
        team.historyKind = AppSettings::HistoryKind::PostgreSql;
        team.pgHost = u"db.example.org"_s;
        team.pgDatabase = u"orderdesk"_s;
        team.pgUser = u"desk"_s;
        store.apply(team);
        bool written = false;
        keychain.write(key, u"pg-secret"_s, [&written](const CredentialStore::Reply&) { written = true; });
        QTRY_VERIFY(written);

        AppSettings renamed = team; // another change: the team history and its password stay
        renamed.agentName = u"Ana"_s;
        store.apply(renamed);
        QVERIFY(keychain.contains(key));

        AppSettings local = renamed; // the team history is switched off: its password goes with it
        local.historyKind = AppSettings::HistoryKind::LocalFile;
        store.apply(local);
        QVERIFY(!keychain.contains(key));
        QCOMPARE(AppSettings::load(ini).historyKind, AppSettings::HistoryKind::LocalFile);
        QCOMPARE(AppSettings::load(ini).agentName, u"Ana"_s);
    }

    void agent_noNameAndNoUserVariables_isTheLoginName()
    {
        struct Restore
        {
            const char* name;
            bool wasSet = qEnvironmentVariableIsSet(name);
            QByteArray value = qgetenv(name);
            ~Restore() { wasSet ? qputenv(name, value) : qunsetenv(name); }
        } user{"USER"}, userName{"USERNAME"};
        qputenv("USER", "");
        qputenv("USERNAME", "");
        const AgentInfo agent = AgentInfo::fromEnvironment(u"  "_s);
        Order order;
        order.id = u"ord_1"_s;
        const CancelAttempt attempt = pendingCancelAttempt(order, Account{}, CancelReason{}, agent);
#ifdef Q_OS_UNIX
        const passwd* entry = getpwuid(geteuid());
        QVERIFY(entry);
        QCOMPARE(attempt.agent, QString::fromLocal8Bit(entry->pw_name));
#else
        QVERIFY(!attempt.agent.isEmpty());
#endif
        // A name set, or the session's user, still comes first.
        QCOMPARE(AgentInfo::fromEnvironment(u" Ana "_s).name, u"Ana"_s);
        qputenv("USER", "session-user");
        QCOMPARE(AgentInfo::fromEnvironment().name, u"session-user"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
