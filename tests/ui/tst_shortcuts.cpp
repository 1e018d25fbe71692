// The default shortcuts of every platform, checked on any machine: the tables are data with a
// platform parameter. In each window no key is held twice, and no action takes a key the system or
// desktop keeps for itself (macOS's Cmd+H hides the application, Alt+Tab switches windows, ...).
#include "shortcuts.h"

#include <QAction>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::KeyPlatform)

class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    static void addPlatforms()
    {
        QTest::addColumn<KeyPlatform>("platform");
        for (KeyPlatform p : Shortcuts::allPlatforms())
            QTest::newRow(qPrintable(Shortcuts::platformName(p))) << p;
    }

private slots:
    void table_noKeyHeldTwiceInAWindow_data() { addPlatforms(); }
    void table_noKeyHeldTwiceInAWindow()
    {
        QFETCH(KeyPlatform, platform);
        QHash<QPair<int, QKeySequence>, QString> holder; // (scope, key) -> action
        for (const Shortcuts::Entry& e : Shortcuts::table(platform)) {
            for (const QKeySequence& key : e.keys) {
                QVERIFY2(!key.isEmpty(), qPrintable(e.actionId));
                const auto slot = qMakePair(int(e.scope), key);
                QVERIFY2(!holder.contains(slot),
                         qPrintable(u"%1 is held by %2 and %3"_s.arg(key.toString(QKeySequence::PortableText),
                                                                     holder.value(slot), e.actionId)));
                holder.insert(slot, e.actionId);
            }
        }
        QVERIFY(holder.size() >= 12);
    }

    void table_noActionTakesAKeyTheSystemKeeps_data() { addPlatforms(); }
    void table_noActionTakesAKeyTheSystemKeeps()
    {
        QFETCH(KeyPlatform, platform);
        for (const Shortcuts::Entry& e : Shortcuts::table(platform)) {
            for (const QKeySequence& key : e.keys) {
                QString what;
                QVERIFY2(!Shortcuts::isReserved(key, e.actionId, platform, &what),
                         qPrintable(u"%1: %2 is the system's (%3)"_s.arg(
                             e.actionId, key.toString(QKeySequence::PortableText), what)));
            }
        }
    }

    void reserved_listsWhatEachPlatformKeeps()
    {
        // The check above means something only if the lists hold the keys users know.
        const auto reserved = [](KeyPlatform p, QKeyCombination c, const QString& action = u"anyAction"_s) {
            return Shortcuts::isReserved(QKeySequence(c), action, p);
        };
        QVERIFY(reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::Key_H)); // Cmd+H: Hide
        QVERIFY(reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::Key_M)); // Cmd+M: Minimize
        QVERIFY(reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::Key_Q));
        QVERIFY(!reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::Key_Q, u"quitAction"_s));
        QVERIFY(reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::Key_Space));
        QVERIFY(reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::Key_QuoteLeft));
        QVERIFY(reserved(KeyPlatform::MacOS, Qt::CTRL | Qt::ALT | Qt::Key_Escape));
        QVERIFY(!reserved(KeyPlatform::MacOS, Qt::META | Qt::Key_R)); // Control+R is the application's there
        QVERIFY(reserved(KeyPlatform::Windows, Qt::ALT | Qt::Key_F4));
        QVERIFY(!reserved(KeyPlatform::Windows, Qt::ALT | Qt::Key_F4, u"quitAction"_s));
        QVERIFY(reserved(KeyPlatform::Windows, Qt::META | Qt::Key_E)); // Win+E
        QVERIFY(reserved(KeyPlatform::Windows, Qt::CTRL | Qt::Key_Escape));
        QVERIFY(reserved(KeyPlatform::Windows, Qt::ALT | Qt::Key_Tab));
        for (KeyPlatform desktop : {KeyPlatform::LinuxKde, KeyPlatform::LinuxGnome}) {
            QVERIFY(reserved(desktop, Qt::ALT | Qt::Key_Tab));
            QVERIFY(reserved(desktop, Qt::CTRL | Qt::ALT | Qt::Key_Delete));
            QVERIFY(reserved(desktop, Qt::CTRL | Qt::ALT | Qt::Key_T));
            QVERIFY(reserved(desktop, Qt::META | Qt::Key_L));
        }
        QVERIFY(!reserved(KeyPlatform::LinuxKde, Qt::CTRL | Qt::Key_H));
    }

    void history_onMacOSIsNotTheSystemsHide()
    {
        QCOMPARE(Shortcuts::keys(u"historyAction"_s, KeyPlatform::MacOS), QList{QKeySequence(Qt::CTRL | Qt::Key_Y)});
        QCOMPARE(Shortcuts::keys(u"historyAction"_s, KeyPlatform::Windows), QList{QKeySequence(Qt::CTRL | Qt::Key_H)});
        // Settings: Ctrl+, (Cmd+,) on every platform, where Qt's Preferences key is empty or Ctrl+Shift+,.
        for (KeyPlatform p : Shortcuts::allPlatforms())
            QCOMPARE(Shortcuts::keys(u"settingsAction"_s, p), QList{QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    }

    void apply_givesAnActionItsKeysByName()
    {
        QAction refresh;
        refresh.setObjectName(u"refreshAction"_s);
        Shortcuts::apply(&refresh, KeyPlatform::LinuxGnome);
        QCOMPARE(refresh.shortcuts(), (QList{QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}));
        QAction unknown;
        unknown.setObjectName(u"noSuchAction"_s);
        unknown.setShortcut(QKeySequence(Qt::Key_F9));
        Shortcuts::apply(&unknown);
        QVERIFY(unknown.shortcuts().isEmpty());
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
