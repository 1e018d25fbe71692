// The agent's desk against the sandbox, offscreen, driven like an agent drives it: the list fills,
// search and filters narrow it, Cancel follows the policy for every status, the cancel dialog
// guards its reason, a cancel goes out once and shows its outcome, failures show in the message bar.
#include "aboutdialog.h"
#include "accountsdialog.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/offergrid/offergriddecoder.h"
#include "canceldialog.h"
#include "credentials/accountstore.h"
#include "credentials/credentialstore.h"
#include "credentials/secretresolver.h"
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "history/cancellationhistory.h"
#include "i18n/translations.h"
#include "itemmodels/orderlistmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "services/accountsservice.h"
#include "services/appsettings.h"
#include "services/backendregistry.h"
#include "services/cancelservice.h"
#include "services/connectiontester.h"
#include "services/historyreader.h"
#include "services/orderloader.h"
#include "settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;

    QSet<QString> m_taken; // orders a test has had: no other test gets them

    // An order no test has had yet, as the sandbox holds it now, and the list made to show it so:
    // each test starts from an order in a known state, whatever earlier tests did or left half done.
    QString findOrder(Platform platform, bool cancellable, const QString& status = {},
                      const std::function<bool(const Order&)>& also = {})
    {
        const QString account = m_desk->accountOf(platform);
        for (const QString& id : m_desk->server()->orderIds(platform)) {
            const QString key = OrderListModel::keyOf(account, id);
            if (m_taken.contains(key) || m_desk->server()->cancelRequests(platform, id) > 0)
                continue;
            const QByteArray json = m_desk->server()->orderJson(platform, id);
            Result<Order> now = platform == Platform::FlexPortal ? FlexPortalDecoder::decodeOrder(json)
                                                                 : OfferGridDecoder::decodeOrder(json);
            if (!now.ok() || (!status.isEmpty() && now.value().status != status) ||
                CancellationPolicy::evaluate(now.value()).allowed != cancellable || (also && !also(now.value())))
                continue;
            m_taken.insert(key);
            Order order = std::move(now).value();
            order.accountId = account;
            m_desk->orders.upsertOrder(order);
            return id;
        }
        return {};
    }

    void openDialogFor(Platform platform, const QString& id)
    {
        QVERIFY(m_desk->select(m_desk->accountOf(platform), id));
        QVERIFY(m_desk->window->cancelAction()->isEnabled());
        m_desk->window->cancelAction()->trigger();
        QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
        waitForTheCheck();
    }

    // The dialog reads the order when it opens and says so until the fresh copy is in.
    void waitForTheCheck()
    {
        auto* verdict = m_desk->dialog()->findChild<QLabel*>(u"cancelVerdict"_s);
        QVERIFY(verdict);
        QTRY_VERIFY2(!verdict->text().startsWith(u"Checking"_s), qPrintable(verdict->text()));
    }

    QLabel* dialogState() const { return m_desk->dialog()->findChild<QLabel*>(u"cancelState"_s); }
    QPushButton* confirmButton() const { return m_desk->dialog()->findChild<QPushButton*>(u"confirmCancel"_s); }

private slots:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance());
        SandboxConfig config;
        config.flexPortalOrders = 400;
        config.offerGridOrders = 150;
        m_desk = std::make_unique<Desk>(config);
        QVERIFY(m_desk->running);
        new QAbstractItemModelTester(m_desk->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_desk.get()->window.get());
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void cleanup()
    {
        m_desk->server()->setFaults(Platform::FlexPortal, {});
        m_desk->server()->setFaults(Platform::OfferGrid, {});
        if (CancelDialog* d = m_desk->dialog())
            d->close();
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
        m_desk->window->findChild<QLineEdit*>(u"searchField"_s)->clear();
        m_desk->window->findChild<QComboBox*>(u"statusFilter"_s)->setCurrentIndex(0);
        // The search is debounced: wait until the list shows every order again.
        QTRY_COMPARE(m_desk->table()->model()->rowCount(), m_desk->orders.rowCount());
    }

    void list_afterLoad_showsEveryOrderOfBothPlatforms()
    {
        QTRY_COMPARE(m_desk->table()->model()->rowCount(), m_desk->totalOrders());
        QVERIFY(
            m_desk->window->findChild<QLabel*>(u"loadText"_s)->text().contains(QString::number(m_desk->totalOrders())));
    }

    void search_typedCustomerName_narrowsTheList()
    {
        const Order& target = m_desk->orders.orderAt(7);
        const QString name = target.customerDisplayName();
        auto* search = m_desk->window->findChild<QLineEdit*>(u"searchField"_s);
        QTest::keyClick(m_desk->window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, name);
        QAbstractItemModel* proxy = m_desk->table()->model();
        QTRY_VERIFY(proxy->rowCount() < m_desk->totalOrders());
        QVERIFY(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const Order& o = m_desk->orders.orderAt(m_desk->orders.rowOf(
                proxy->index(r, 0).data(Roles::AccountId).toString(), proxy->index(r, 0).data().toString()));
            const QString haystack =
                (o.id + o.customerDisplayName() + o.customer.email + o.customer.company).toCaseFolded();
            QVERIFY(haystack.contains(name.toCaseFolded()));
        }
    }

    void statusFilter_choosingPartial_showsOnlyPartialOrders()
    {
        auto* filter = m_desk->window->findChild<QComboBox*>(u"statusFilter"_s);
        filter->setCurrentIndex(filter->findData(u"status:partial"_s));
        QAbstractItemModel* proxy = m_desk->table()->model();
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < m_desk->totalOrders());
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, OrderListModel::StatusColumn).data().toString(), u"partial"_s);
    }

    void cancelAction_followsThePolicyForEveryStatus_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("status");
        for (const char* s : {"pending", "confirmed", "partial", "fulfilled", "cancelled"})
            QTest::addRow("flexportal %s", s) << int(Platform::FlexPortal) << QString::fromLatin1(s);
        for (const char* s : {"pending", "submitted_to_provider", "accepted", "rejected", "scheduled", "in_progress",
                              "completed", "active", "cancelled", "failed"})
            QTest::addRow("offergrid %s", s) << int(Platform::OfferGrid) << QString::fromLatin1(s);
    }

    void cancelAction_followsThePolicyForEveryStatus()
    {
        QFETCH(int, platform);
        QFETCH(QString, status);
        const QString account = m_desk->accountOf(Platform(platform));
        int checked = 0;
        for (int r = 0; r < m_desk->orders.rowCount() && checked < 3; ++r) {
            const Order o = m_desk->orders.orderAt(r);
            if (o.accountId != account || o.status != status)
                continue;
            ++checked;
            QVERIFY(m_desk->select(account, o.id));
            const CancelVerdict verdict = CancellationPolicy::evaluate(o);
            auto* button = m_desk->window->findChild<QPushButton*>(u"cancelOrderButton"_s);
            auto* why = m_desk->window->findChild<QLabel*>(u"cancelExplanation"_s);
            QCOMPARE(m_desk->window->cancelAction()->isEnabled(), verdict.allowed);
            QCOMPARE(button->isEnabled(), verdict.allowed);
            if (!verdict.allowed) {
                QVERIFY(!verdict.explanation.isEmpty());
                QVERIFY(why->isVisible()); // shown next to the button, not only as a tooltip
                QCOMPARE(why->text(), verdict.explanation);
            }
        }
        QVERIFY2(checked > 0, "the sandbox holds no order of this status");
    }

    void cancelDialog_withoutReason_keepsConfirmDisabled()
    {
        const QString id = findOrder(Platform::FlexPortal, true);
        openDialogFor(Platform::FlexPortal, id);
        auto* confirm = m_desk->dialog()->findChild<QPushButton*>(u"confirmCancel"_s);
        auto* preset = m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s);
        auto* text = m_desk->dialog()->findChild<QPlainTextEdit*>(u"reasonText"_s);
        QVERIFY(!confirm->isEnabled());
        preset->setCurrentIndex(preset->count() - 1); // "Other" needs words of its own
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(text, u"   "_s);
        QVERIFY(!confirm->isEnabled());
        text->setPlainText(QString(1001, u'x'));
        QVERIFY(!confirm->isEnabled());
        QVERIFY(m_desk->dialog()->findChild<QLabel*>(u"reasonCounter"_s)->text().startsWith(u"1001"_s));
        text->setPlainText(QString(1000, u'x'));
        QVERIFY(confirm->isEnabled());
        // UTF-16 code units, the stricter count: 500 emoji are 1000 units, 501 are too many.
        const QString emoji = u"\U0001F600"_s;
        text->setPlainText(emoji.repeated(500));
        QVERIFY(confirm->isEnabled());
        auto* counter = m_desk->dialog()->findChild<QLabel*>(u"reasonCounter"_s);
        QVERIFY2(counter->text().startsWith(u"1000 / 1000"_s), qPrintable(counter->text()));
        QVERIFY2(counter->text().contains(u"emoji count as two"_s), qPrintable(counter->text()));
        text->setPlainText(emoji.repeated(501));
        QVERIFY(!confirm->isEnabled());
        QVERIFY2(counter->text().startsWith(u"1002"_s), qPrintable(counter->text()));
        // Esc keeps the order: nothing is sent.
        QTest::keyClick(m_desk->dialog(), Qt::Key_Escape);
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
    }

    void cancel_confirmed_changesTheRowAndSendsExactlyOneRequest()
    {
        const QString id = findOrder(Platform::OfferGrid, true);
        QVERIFY(!id.isEmpty());
        openDialogFor(Platform::OfferGrid, id);
        auto* preset = m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s);
        preset->setCurrentIndex(1);
        auto* confirm = m_desk->dialog()->findChild<QPushButton*>(u"confirmCancel"_s);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTest::mouseClick(confirm, Qt::LeftButton); // a second click must not send again
        auto* state = m_desk->dialog()->findChild<QLabel*>(u"cancelState"_s);
        QTRY_VERIFY(state->text().contains(u"was cancelled"_s));
        const int row = m_desk->orders.rowOf(m_desk->accountOf(Platform::OfferGrid), id);
        QCOMPARE(m_desk->orders.index(row, OrderListModel::StatusColumn).data().toString(), u"cancelled"_s);
        QCOMPARE(m_desk->server()->cancelRequests(Platform::OfferGrid, id), 1);
        QVERIFY(!m_desk->window->cancelAction()->isEnabled());
        const auto attempts = m_desk->history->attempts().value(); // newest first
        QCOMPARE(attempts.first().orderId, id);
        QCOMPARE(attempts.first().outcome, u"cancelled"_s);
        QCOMPARE(attempts.first().agent, u"Test Agent"_s);
    }

    void cancelDialog_orderChangedAfterTheListLoaded_showsTheFreshStateAndNoCancel()
    {
        // FlexPortal rents a device after the list was loaded: the list still offers the cancel.
        const QString id = findOrder(Platform::FlexPortal, true, u"confirmed"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_desk->server()->setFlexPortalStatus(id, u"partial"_s, 2));
        openDialogFor(Platform::FlexPortal, id);
        auto* verdict = m_desk->dialog()->findChild<QLabel*>(u"cancelVerdict"_s);
        QVERIFY2(verdict->text().contains(u"may not be cancelled"_s), qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(u"rented"_s), qPrintable(verdict->text()));
        QVERIFY2(m_desk->dialog()->findChild<QLabel*>(u"cancelSummary"_s)->text().contains(u"partial"_s),
                 qPrintable(m_desk->dialog()->findChild<QLabel*>(u"cancelSummary"_s)->text()));
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QVERIFY(!confirmButton()->isEnabled());
        // The list row and the details pane show the fresh copy too.
        const int row = m_desk->orders.rowOf(m_desk->accountOf(Platform::FlexPortal), id);
        QCOMPARE(m_desk->orders.orderAt(row).status, u"partial"_s);
        QVERIFY(!m_desk->window->cancelAction()->isEnabled());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
    }

    void cancelDialog_providerAcceptedAfterTheListLoaded_namesTheProviderAndNoCancel()
    {
        const QString id = findOrder(Platform::OfferGrid, true);
        QVERIFY(!id.isEmpty());
        const Order listed = m_desk->orders.orderAt(m_desk->orders.rowOf(m_desk->accountOf(Platform::OfferGrid), id));
        QVERIFY(!listed.lines.isEmpty());
        QStringList items;
        for (int i = 0; i < listed.lines.size(); ++i)
            items << (i == 0 ? u"accepted"_s : listed.lines.at(i).offerGrid().itemStatus);
        QVERIFY(m_desk->server()->setOfferGridStatus(id, listed.status, items));
        openDialogFor(Platform::OfferGrid, id);
        auto* verdict = m_desk->dialog()->findChild<QLabel*>(u"cancelVerdict"_s);
        QVERIFY2(verdict->text().contains(u"has accepted"_s), qPrintable(verdict->text()));
        const QString provider = listed.lines.first().offerGrid().providerName;
        QVERIFY2(provider.isEmpty() || verdict->text().contains(provider), qPrintable(verdict->text()));
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QVERIFY(!confirmButton()->isEnabled());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::OfferGrid, id), 0);
    }

    void cancel_orderChangedWhileTheDialogIsOpen_theReadBeforeSendingBlocksIt()
    {
        const QString id =
            findOrder(Platform::FlexPortal, true, {}, [](const Order& o) { return o.rentalProgress.total > 0; });
        QVERIFY(!id.isEmpty());
        openDialogFor(Platform::FlexPortal, id);
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(2);
        QVERIFY(confirmButton()->isEnabled());
        // A device is rented while the agent types the reason.
        QVERIFY(m_desk->server()->setFlexPortalStatus(id, u"partial"_s, 1));
        QTest::mouseClick(confirmButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialogState()->text().contains(u"Nothing was sent"_s), qPrintable(dialogState()->text()));
        QVERIFY2(dialogState()->text().contains(u"rented"_s), qPrintable(dialogState()->text()));
        const int row = m_desk->orders.rowOf(m_desk->accountOf(Platform::FlexPortal), id);
        QCOMPARE(m_desk->orders.orderAt(row).status, u"partial"_s);
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
        // The attempt is in the history all the same, settled as not sent.
        const CancelAttempt newest = m_desk->history->attempts().value().first();
        QCOMPARE(newest.orderId, id);
        QCOMPARE(newest.outcome, u"refused"_s);
        QCOMPARE(newest.httpStatus, 0);
        QVERIFY(newest.message.contains(u"Nothing was sent"_s));
    }

    void cancel_flexPortalSuccess_showsAndKeepsThePlatformsMessage()
    {
        const QString id = findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        openDialogFor(Platform::FlexPortal, id);
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QTest::mouseClick(confirmButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialogState()->text().contains(u"was cancelled"_s), qPrintable(dialogState()->text()));
        const CancelAttempt newest = m_desk->history->attempts().value().first();
        QCOMPARE(newest.orderId, id);
        QCOMPARE(newest.outcome, u"cancelled"_s);
        QVERIFY(!newest.platformMessage.isEmpty());
        QVERIFY2(dialogState()->text().contains(newest.platformMessage), qPrintable(dialogState()->text()));
    }

    void cancel_offerGridRefusesTheBody_cancelsWithoutItAndTheHistorySaysSo()
    {
        SandboxFaults strict;
        strict.strictBody = true;
        m_desk->server()->setFaults(Platform::OfferGrid, strict);
        const QString id = findOrder(Platform::OfferGrid, true);
        QVERIFY(!id.isEmpty());
        openDialogFor(Platform::OfferGrid, id);
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QTest::mouseClick(confirmButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialogState()->text().contains(u"was cancelled"_s), qPrintable(dialogState()->text()));
        QVERIFY2(dialogState()->text().contains(u"did not take the reason"_s), qPrintable(dialogState()->text()));
        QCOMPARE(m_desk->server()->cancelRequests(Platform::OfferGrid, id), 2); // with the body, then without
        const CancelAttempt newest = m_desk->history->attempts().value().first();
        QCOMPARE(newest.orderId, id);
        QCOMPARE(newest.outcome, u"cancelled"_s);
        QVERIFY(newest.reasonNotTaken);
        QVERIFY(!newest.reasonText.isEmpty()); // the reason stays in OrderDesk's history
    }

    void cancelDialog_orderCannotBeReadOnOpening_saysSoAndTheReadBeforeSendingStillGuards()
    {
        const QString id = findOrder(Platform::FlexPortal, true);
        QVERIFY(!id.isEmpty());
        SandboxFaults failing;
        failing.serverErrors = 1000; // every read fails, after the client's own retries
        m_desk->server()->setFaults(Platform::FlexPortal, failing);
        openDialogFor(Platform::FlexPortal, id);
        auto* verdict = m_desk->dialog()->findChild<QLabel*>(u"cancelVerdict"_s);
        QVERIFY2(verdict->text().contains(u"could not be read just now"_s), qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(u"nothing is sent"_s), qPrintable(verdict->text()));
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QVERIFY(confirmButton()->isEnabled()); // decided on the list's copy, guarded by the read before sending
        QTest::mouseClick(confirmButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialogState()->text().contains(u"not sent"_s), qPrintable(dialogState()->text()),
                                  20000);
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
        const CancelAttempt newest = m_desk->history->attempts().value().first();
        QCOMPARE(newest.orderId, id);
        QCOMPARE(newest.outcome, u"failed"_s);
    }

    void keyboard_arrowsEnterAndShortcut_reachTheCancelDialog()
    {
        const QString id = findOrder(Platform::FlexPortal, true);
        QVERIFY(m_desk->select(m_desk->accountOf(Platform::FlexPortal), id));
        // Shortcuts go to the active window, as the agent's keyboard does; earlier dialogs took it.
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        m_desk->table()->setFocus();
        const int before = m_desk->table()->currentIndex().row();
        QTest::keyClick(m_desk->table(), Qt::Key_Down);
        QCOMPARE(m_desk->table()->currentIndex().row(), before + 1);
        QTest::keyClick(m_desk->table(), Qt::Key_Up);
        QCOMPARE(m_desk->table()->currentIndex().row(), before);
        QTest::keyClick(m_desk->table(), Qt::Key_Return);
        QVERIFY(!m_desk->table()->hasFocus()); // Enter moved into the details
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
        QTest::mouseClick(m_desk->dialog()->findChild<QPushButton*>(u"keepOrder"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
    }

    void details_longAddressAndNotes_scrollInsteadOfBeingCut()
    {
        // The sandbox's "ord%20literal" has a long address and notes of several lines.
        QVERIFY(m_desk->select(m_desk->accountOf(Platform::FlexPortal), u"ord%20literal"_s));
        auto* notes = m_desk->window->findChild<QLabel*>(u"notes"_s);
        QVERIFY(notes);
        QVERIFY(!notes->text().isEmpty()); // filled at once, and laid out at once: no pass squeezes it
        for (const char* name : {"customerDetails", "billingAddress", "shippingAddress", "notes", "timestamps"}) {
            auto* label = m_desk->window->findChild<QLabel*>(QString::fromLatin1(name));
            QVERIFY(label);
            // Every line of the text gets its room; what does not fit the pane scrolls.
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1: %2 px tall, its text needs %3"_s.arg(QString::fromLatin1(name))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
        }
    }

    // Fills the PostgreSQL history in the settings dialog (password as given) and presses OK.
    void acceptSettingsWithPostgres(const QString& password)
    {
        m_desk->window->findChild<QAction*>(u"settingsAction"_s)->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s)) && dialog->isVisible());
        dialog->findChild<QRadioButton*>(u"historyPostgres"_s)->setChecked(true);
        dialog->findChild<QLineEdit*>(u"pgHost"_s)->setText(u"db.example.internal"_s);
        dialog->findChild<QLineEdit*>(u"pgDatabase"_s)->setText(u"orderdesk"_s);
        dialog->findChild<QLineEdit*>(u"pgUser"_s)->setText(u"desk"_s);
        auto* field = dialog->findChild<QLineEdit*>(u"pgPassword"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, password.left(8)); // typed (ASCII only, as QTest types)...
        field->insert(password.mid(8));            // ...and the rest as an input method would
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s));
        // OK re-made the backends (timeout, HTTP/2) and reloads: let that end before the next test.
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->loader.isLoading(), 30000);
    }

    QString storedTeamPassword()
    {
        QString secret;
        bool answered = false;
        m_desk->keychain.read(AppSettings::teamHistoryPasswordKey(), [&](const CredentialStore::Reply& reply) {
            secret = reply.status == CredentialStore::Status::Ok ? reply.secret : QString();
            answered = true;
        });
        [&] { QTRY_VERIFY(answered); }();
        return secret;
    }

    void settings_ctrlComma_opensTheSettingsOnEveryPlatform()
    {
        // QKeySequence::Preferences is empty on Windows and GNOME: the binding is explicit.
        auto* action = m_desk->window->findChild<QAction*>(u"settingsAction"_s);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        QTest::keyClick(m_desk->window.get(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s)) && dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s));
    }

    void refresh_f5_reloadsEveryAccount()
    {
        // QKeySequence::Refresh is F5 as well: bound twice, the key was ambiguous and did nothing.
        auto* action = m_desk->window->findChild<QAction*>(u"refreshAction"_s);
        const QList<QKeySequence> keys = action->shortcuts();
        QCOMPARE(keys.first(), QKeySequence(Qt::Key_F5));
        QCOMPARE(QSet<QKeySequence>(keys.cbegin(), keys.cend()).size(), keys.size());
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        QSignalSpy triggered(action, &QAction::triggered);
        QSignalSpy loaded(&m_desk->loader, &OrderLoader::finished);
        QTest::keyClick(m_desk->window.get(), Qt::Key_F5);
        QCOMPARE(triggered.count(), 1);
        QVERIFY(m_desk->loader.isLoading());
        QVERIFY(loaded.wait(30000));
        QTRY_COMPARE(m_desk->table()->model()->rowCount(), m_desk->totalOrders());
    }

    void settings_postgresPassword_goesToTheKeychainNeverToTheSettingsFile()
    {
        const AppSettings before = AppSettings::load(m_desk->settings);
        const QString password = u"s3cret-P\u00e455-%1"_s.arg(QCoreApplication::applicationPid());
        acceptSettingsWithPostgres(password);
        QCOMPARE(storedTeamPassword(), password);
        // Said in the window, as a success that goes by itself; the problems bar is left alone.
        auto* notice = m_desk->window->findChild<MessageBar*>(u"noticeBar"_s);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->type(), MessageType::Success);
        QVERIFY2(notice->text().contains(u"keychain"_s), qPrintable(notice->text()));
        QCOMPARE(notice->autoHideInterval(), MessageBar::SuccessHideMs);
        m_desk->settings.sync();
        QFile file(m_desk->settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("db.example.internal")); // the rest of the choice was saved...
        QVERIFY(!ini.contains(password.toUtf8()));    // ...but not the password, in any form
        QVERIFY(!ini.contains(QUrl::toPercentEncoding(password)));

        // Left empty the next time, the stored password stays.
        acceptSettingsWithPostgres(QString());
        QCOMPARE(storedTeamPassword(), password);
        before.save(m_desk->settings);
    }

    void settings_caFile_isSavedAndASemicolonKeepsTheDialogOpen()
    {
        const AppSettings before = AppSettings::load(m_desk->settings);
        m_desk->window->findChild<QAction*>(u"settingsAction"_s)->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s)) && dialog->isVisible());
        auto* caFile = dialog->findChild<QLineEdit*>(u"pgCaFile"_s);
        auto* browse = dialog->findChild<QPushButton*>(u"pgCaFileBrowse"_s);
        QVERIFY(caFile && browse);
        dialog->findChild<QRadioButton*>(u"historyPostgres"_s)->setChecked(true);
        QVERIFY(caFile->isEnabled() && browse->isEnabled()); // next to the PostgreSQL fields, with them
        dialog->findChild<QLineEdit*>(u"pgHost"_s)->setText(u"db.example.internal"_s);
        dialog->findChild<QLineEdit*>(u"pgDatabase"_s)->setText(u"orderdesk"_s);
        dialog->findChild<QLineEdit*>(u"pgUser"_s)->setText(u"desk"_s);

        // Qt's PostgreSQL driver cannot pass a ';' on: the dialog says so and stays.
        QTest::keyClicks(caFile, u"/srv/pki/team;ca.pem"_s);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click();
        auto* error = dialog->findChild<MessageBar*>(u"settingsMessageBar"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->type(), MessageType::Error);
        QVERIFY(!error->offersRetry()); // the field is to change, not the server to ask again
        QVERIFY2(error->text().contains(u"\";\""_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());

        caFile->clear();
        QTest::keyClicks(caFile, u"/srv/pki/team ca.pem"_s);
        ok->click();
        QTRY_VERIFY(!m_desk->window->findChild<SettingsDialog*>(u"settingsDialog"_s));
        QCOMPARE(AppSettings::load(m_desk->settings).pgCaFile, u"/srv/pki/team ca.pem"_s);
        QCOMPARE(AppSettings::load(m_desk->settings).teamHistory()->caFile, u"/srv/pki/team ca.pem"_s);
        // OK re-made the backends (timeout, HTTP/2) and reloads: let that end before the next test.
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->loader.isLoading(), 30000);
        before.save(m_desk->settings);
    }

    void about_showsVersionQtAndTheHistoryInUse()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
        m_desk->window->findChild<QAction*>(u"aboutAction"_s)->trigger();
        AboutDialog* about = nullptr;
        QTRY_VERIFY((about = m_desk->window->findChild<AboutDialog*>()) && about->isVisible());
        QCOMPARE(about->findChild<QLabel*>(u"aboutVersion"_s)->text(), QStringLiteral(ORDERDESK_VERSION));
        QVERIFY(about->findChild<QLabel*>(u"aboutQt"_s)->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(QDate::fromString(about->findChild<QLabel*>(u"aboutBuilt"_s)->text(), Qt::ISODate).isValid());
        QCOMPARE(about->findChild<QLabel*>(u"aboutHistory"_s)->text(), m_desk->localHistory().describe());
        about->close();
    }

    void loadFailure_showsTheMessageBarWithRetryAndKeepsTheOtherAccount()
    {
        SandboxFaults faults;
        faults.serverErrors = 1000;
        m_desk->server()->setFaults(Platform::OfferGrid, faults);
        QVERIFY(m_desk->load());
        auto* banner = m_desk->window->findChild<MessageBar*>(u"problemsBar"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), MessageType::Error);
        QVERIFY(banner->text().contains(u"internal problem"_s));
        QVERIFY(banner->offersRetry()); // a 503: the next load may well go through
        // FlexPortal's rows are all there, and OfferGrid keeps what it showed before.
        QCOMPARE(m_desk->table()->model()->rowCount(), m_desk->totalOrders());
        QVERIFY(m_desk->window->refreshAction()->isEnabled());

        m_desk->server()->setFaults(Platform::OfferGrid, {});
        QSignalSpy finished(&m_desk->loader, &OrderLoader::finished);
        QTest::mouseClick(banner->findChild<QToolButton*>(u"messageBarRetry"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(!banner->isVisible());
    }

    // Last: it replaces the accounts every test above used.
    void accountsDialog_twoAccountsAddedAndTested_showTheirOrders()
    {
        m_desk->window->findChild<QAction*>(u"accountsAction"_s)->trigger();
        AccountsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<AccountsDialog*>()) && dialog->isVisible());
        auto* list = dialog->findChild<QListWidget*>(u"accountList"_s);
        auto click = [dialog](const char* name) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QString::fromLatin1(name)), Qt::LeftButton);
        };
        auto edit = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QString::fromLatin1(name)); };
        auto retype = [](QLineEdit* e, const QString& text) {
            e->selectAll();
            QTest::keyClick(e, Qt::Key_Delete);
            QTest::keyClicks(e, text);
        };
        while (list->count() > 0) {
            list->setCurrentRow(0);
            click("removeAccount");
        }
        const QString url = m_desk->sandbox.baseUrl().toString();
        const SandboxCredentials& c = m_desk->server()->config().credentials;
        auto* result = dialog->findChild<MessageBar*>(u"accountsMessageBar"_s);

        click("addFlexPortal");
        QTest::keyClicks(edit("accountName"), u"FP desk"_s);
        auto* region = dialog->findChild<QComboBox*>(u"accountRegion"_s);
        region->setCurrentIndex(region->findData(u"custom"_s));
        retype(edit("accountUrl"), u"http://flexportal.example.com"_s);
        QVERIFY(dialog->findChild<MessageBar*>(u"urlError"_s)->isVisible()); // plain http to a remote host
        retype(edit("accountUrl"), url);
        QVERIFY(!dialog->findChild<MessageBar*>(u"urlError"_s)->isVisible());
        QVERIFY(dialog->findChild<MessageBar*>(u"tenantError"_s)->isVisible());
        QTest::keyClicks(edit("accountTenant"), c.tenantId);
        QVERIFY(!dialog->findChild<MessageBar*>(u"tenantError"_s)->isVisible());
        QTest::keyClicks(edit("accountKey"), u"wrong-key"_s);
        click("testConnection");
        QTRY_VERIFY2(result->text().contains(u"API key"_s), qPrintable(result->text()));
        QCOMPARE(result->type(), MessageType::Error);
        QVERIFY(!result->offersRetry()); // the key is to change first; "Test connection" is beside it
        retype(edit("accountKey"), c.flexPortalKey);
        click("testConnection");
        QTRY_VERIFY2(result->text().contains(u"Connected"_s), qPrintable(result->text()));

        click("addOfferGrid");
        QTest::keyClicks(edit("accountName"), u"OG desk"_s);
        retype(edit("accountUrl"), url);
        QTest::keyClicks(edit("accountKey"), c.offerGridKey);
        click("testConnection");
        QTRY_VERIFY2(result->text().contains(u"Connected"_s), qPrintable(result->text()));

        QSignalSpy loaded(&m_desk->loader, &OrderLoader::finished);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QAbstractItemModel* proxy = m_desk->table()->model();
        QTRY_COMPARE(proxy->rowCount(), m_desk->totalOrders());
        QSet<QString> sources;
        for (int r = 0; r < proxy->rowCount(); ++r)
            sources.insert(proxy->index(r, OrderListModel::SourceColumn).data().toString());
        QCOMPARE(sources, (QSet<QString>{u"FP desk · FlexPortal"_s, u"OG desk · OfferGrid"_s}));

        m_desk->settings.sync();
        QFile file(m_desk->settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("FP desk"));
        QVERIFY(!content.contains(c.flexPortalKey.toUtf8()));
        QVERIFY(!content.contains(c.offerGridKey.toUtf8()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
