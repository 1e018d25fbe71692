// The desk's settings as the agent meets them: dialogs and windows come back the size they were left
// at (kept in the settings the desk was given, an ini file in a throw-away folder, never the user's),
// the settings dialog says which name the history will hold, and a saved name is the one the next
// cancel records. The real desk, offscreen, against the sandbox on loopback.
#include "canceldialog.h"
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

// Empties $USER and $USERNAME while it lives, as on a session that sets neither.
struct NoUserVariables
{
    struct Saved
    {
        const char* name;
        bool wasSet = qEnvironmentVariableIsSet(name);
        QByteArray value = qgetenv(name);
    };
    Saved saved[2]{{"USER"}, {"USERNAME"}};
    NoUserVariables()
    {
        for (const Saved& s : saved)
            qputenv(s.name, QByteArray());
    }
    ~NoUserVariables()
    {
        for (const Saved& s : saved)
            s.wasSet ? qputenv(s.name, s.value) : qunsetenv(s.name);
    }
};

QString loginName()
{
#ifdef Q_OS_UNIX
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
#else
    return {};
#endif
}

} // namespace

class TestDeskSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;

    // What the ini file holds now, read by a QSettings of its own.
    QVariant inFile(const QString& key) const
    {
        m_desk->settings.sync();
        return QSettings(m_desk->settings.fileName(), QSettings::IniFormat).value(key);
    }

    QDialog* openDialog(const QString& action, const QString& dialogName)
    {
        m_desk->window->findChild<QAction*>(action)->trigger();
        QDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_desk->window->findChild<QDialog*>(dialogName)) && dialog->isVisible()); }();
        return dialog;
    }

    void closeDialog(const QString& dialogName)
    {
        m_desk->window->findChild<QDialog*>(dialogName)->reject();
        QTRY_VERIFY(!m_desk->window->findChild<QDialog*>(dialogName));
    }

    SettingsDialog* openSettings()
    {
        return static_cast<SettingsDialog*>(openDialog(u"settingsAction"_s, u"settingsDialog"_s));
    }

    void acceptSettings(SettingsDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s));
    }

    QString cancellableOrder(Platform platform) const
    {
        const QString account = m_desk->accountOf(platform);
        for (int r = 0; r < m_desk->orders.rowCount(); ++r) {
            const Order& o = m_desk->orders.orderAt(r);
            if (o.accountId == account && CancellationPolicy::evaluate(o).allowed &&
                m_desk->server()->cancelRequests(platform, o.id) == 0)
                return o.id;
        }
        return {};
    }

    // Cancels an order through the dialog; `agent` is the name its history entry holds.
    void cancelAnOrder(QString* agent)
    {
        const QString id = cancellableOrder(Platform::OfferGrid);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_desk->select(m_desk->accountOf(Platform::OfferGrid), id));
        m_desk->window->cancelAction()->trigger();
        CancelDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_desk->dialog()) && dialog->isVisible(), 10000);
        auto* verdict = dialog->findChild<QLabel*>(u"cancelVerdict"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().startsWith(u"Checking"_s), 10000);
        dialog->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirmCancel"_s), Qt::LeftButton);
        auto* state = dialog->findChild<QLabel*>(u"cancelState"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"was cancelled"_s), 10000);
        dialog->close();
        QTRY_VERIFY(!m_desk->dialog());
        const CancelAttempt newest = m_desk->history->attempts().value().first();
        QCOMPARE(newest.orderId, id);
        *agent = newest.agent;
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 30;
        config.offerGridOrders = 30;
        m_desk = std::make_unique<Desk>(config);
        QVERIFY(m_desk->running);
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void dialogs_reopenedAfterAResize_haveTheSameSize_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("key");
        QTest::newRow("settings") << u"settingsAction"_s << u"settingsDialog"_s << u"windows/settings/size"_s;
        QTest::newRow("accounts") << u"accountsAction"_s << u"accountsDialog"_s << u"windows/accounts/size"_s;
    }

    void dialogs_reopenedAfterAResize_haveTheSameSize()
    {
        QFETCH(QString, action);
        QFETCH(QString, dialog);
        QFETCH(QString, key);
        QDialog* first = openDialog(action, dialog);
        QVERIFY(first);
        const QSize resized = first->size() + QSize(131, 77);
        first->resize(resized);
        QTRY_COMPARE(first->size(), resized);
        closeDialog(dialog);
        QCOMPARE(inFile(key).toSize(), resized); // in the settings the desk was given

        QDialog* again = openDialog(action, dialog);
        QVERIFY(again && again != first);
        QCOMPARE(again->size(), resized);
        closeDialog(dialog);
    }

    void settingsDialog_noName_saysTheLoginNameWillBeRecorded()
    {
        NoUserVariables noUser;
        const QString login = loginName();
        SettingsDialog* dialog = openSettings();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(u"agentName"_s);
        auto* recorded = dialog->findChild<QLabel*>(u"recordedAgent"_s);
        QVERIFY(name && recorded);
        QVERIFY(name->text().isEmpty());
        QVERIFY(recorded->isVisible());
        QVERIFY(!recorded->text().isEmpty());
        if (!login.isEmpty()) {
            QVERIFY2(recorded->text().endsWith(u": "_s + login), qPrintable(recorded->text()));
            QCOMPARE(name->placeholderText(), login);
        }
        QTest::keyClicks(name, u"Ana Lima"_s);
        QVERIFY2(recorded->text().endsWith(u": Ana Lima"_s), qPrintable(recorded->text()));
        closeDialog(u"settingsDialog"_s);
    }

    void agentName_saved_namesTheNextCancel_andEmptiedTheLoginName()
    {
        NoUserVariables noUser;
        SettingsDialog* dialog = openSettings();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"agentName"_s)->setText(u"Ana Lima"_s);
        acceptSettings(dialog); // the window only saves; the cancel service follows the setting
        QString agent;
        cancelAnOrder(&agent);
        QCOMPARE(agent, u"Ana Lima"_s);

        dialog = openSettings();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"agentName"_s)->clear();
        acceptSettings(dialog);
        agent.clear();
        cancelAnOrder(&agent);
        QVERIFY(!agent.isEmpty());
        if (!loginName().isEmpty())
            QCOMPARE(agent, loginName());
    }

    void timeoutAndHttp2Saved_theBackendsAreMadeAgainOnce()
    {
        QSignalSpy ready(&m_desk->accounts, &AccountsService::ready);
        QSignalSpy loaded(&m_desk->loader, &OrderLoader::finished);
        SettingsDialog* dialog = openSettings();
        QVERIFY(dialog);
        auto* timeout = dialog->findChild<QSpinBox*>(u"timeout"_s);
        QVERIFY(timeout);
        timeout->setValue(timeout->value() + 15);
        auto* http2 = dialog->findChild<QCheckBox*>(u"http2"_s);
        QVERIFY(http2);
        http2->setChecked(!http2->isChecked());
        acceptSettings(dialog);
        QVERIFY(ready.count() == 1 || ready.wait(10000));
        QVERIFY(loaded.count() == 1 || loaded.wait(30000));
        QCOMPARE(ready.count(), 1); // two values changed, one rebuild and one reload
        QCOMPARE(loaded.count(), 1);

        // Saved again unchanged: nothing is made again.
        acceptSettings(openSettings());
        QCoreApplication::processEvents(); // the rebuild would start on the next turn of the loop
        QCOMPARE(ready.count(), 1);
        QVERIFY(!m_desk->loader.isLoading());
    }

    void historyWindow_closed_keepsItsGeometrySplitterAndColumns()
    {
        m_desk->window->findChild<QAction*>(u"historyAction"_s)->trigger();
        QWidget* history = nullptr;
        QTRY_VERIFY((history = m_desk->window->findChild<QWidget*>(u"historyWindow"_s)) && history->isVisible());
        const QSize resized = history->minimumSizeHint().expandedTo(history->size()) + QSize(57, 43);
        history->resize(resized);
        QTRY_COMPARE(history->size(), resized);
        history->close();
        QTRY_VERIFY(!history->isVisible());
        const QByteArray geometry = inFile(u"windows/history/geometry"_s).toByteArray();
        QVERIFY(!inFile(u"windows/history/splitter"_s).toByteArray().isEmpty());
        QVERIFY(!inFile(u"windows/history/columns"_s).toByteArray().isEmpty());
        QWidget restored(nullptr, Qt::Window);
        QVERIFY(restored.restoreGeometry(geometry));
        QCOMPARE(restored.size(), resized);
    }

    // Last: it closes the window.
    void mainWindow_closed_keepsItsGeometryInTheSettingsItWasGiven()
    {
        m_desk->window->resize(1010, 650);
        QTRY_COMPARE(m_desk->window->size(), QSize(1010, 650));
        m_desk->window->close();
        const QByteArray geometry = inFile(u"windows/main/geometry"_s).toByteArray();
        QVERIFY(!geometry.isEmpty());
        QVERIFY(!inFile(u"windows/main/splitter"_s).toByteArray().isEmpty());
        QVERIFY(!inFile(u"windows/main/columns"_s).toByteArray().isEmpty());
        QMainWindow restored;
        QVERIFY(restored.restoreGeometry(geometry));
        QCOMPARE(restored.size(), QSize(1010, 650));
    }
};

QTEST_MAIN(TestDeskSettings)
#include "tst_desksettings.moc"
