// The one message bar, offscreen: each type has its role, colour and icon; colours stay readable on
// light and dark palettes; actions become buttons; Retry is there only when asked for and reloads;
// success hides itself. Then where it is used: a problem a reload cannot cure shows without Retry in
// the main window, the accounts dialog says in the bar why it cannot close, and a new account's key
// says "Not set". (A load failure with Retry: tst_mainwindow; the history window: tst_historywindow.)
#include "accountsdialog.h"
#include "contrast.h"
#include "deskharness.h"
#include "feedbackcolors.h"
#include "messagebar.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {
QPalette paletteWith(const QColor& window, const QColor& text)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::Base, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Text, text);
    }
    return p;
}

QToolButton* retryButton(const MessageBar& bar)
{
    return bar.findChild<QToolButton*>(u"messageBarRetry"_s);
}
} // namespace

class TestMessageBar : public QObject
{
    Q_OBJECT

private slots:
    void type_setsRoleNameColourAndIcon_data()
    {
        QTest::addColumn<MessageType>("type");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("icon");
        QTest::newRow("error") << MessageType::Error << int(QAccessible::AlertMessage)
                               << int(QStyle::SP_MessageBoxCritical);
        QTest::newRow("warning") << MessageType::Warning << int(QAccessible::AlertMessage)
                                 << int(QStyle::SP_MessageBoxWarning);
        QTest::newRow("information") << MessageType::Information << int(QAccessible::StatusBar)
                                     << int(QStyle::SP_MessageBoxInformation);
        QTest::newRow("success") << MessageType::Success << int(QAccessible::StatusBar)
                                 << int(QStyle::SP_DialogApplyButton);
    }

    void type_setsRoleNameColourAndIcon()
    {
        QFETCH(MessageType, type);
        QFETCH(int, role);
        QFETCH(int, icon);
        QWidget window;
        auto* bar = new MessageBar(&window);
        window.show();
        QVERIFY(!bar->isVisible()); // nothing to say yet
        bar->showMessage(type, u"The words"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), type);
        QCOMPARE(bar->text(), u"The words"_s);

        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(bar);
        QVERIFY(accessible);
        QCOMPARE(int(accessible->role()), role);
        QCOMPARE(accessible->text(QAccessible::Name), MessageBar::typeName(type));
        QCOMPARE(accessible->text(QAccessible::Description), u"The words"_s);

        QCOMPARE(bar->accentColor(), feedbackColor(type, bar->palette()));
        const QPixmap shown = bar->findChild<QLabel*>(u"messageBarIcon"_s)->pixmap();
        QVERIFY(!shown.isNull());
        const QPixmap expected = bar->style()
                                     ->standardIcon(QStyle::StandardPixmap(icon), nullptr, bar)
                                     .pixmap(shown.deviceIndependentSize().toSize());
        QCOMPARE(shown.toImage(), expected.toImage());
    }

    void colours_areReadableOnLightAndDarkPalettes()
    {
        const QPalette light = paletteWith(QColor(0xfa, 0xfa, 0xfa), Qt::black);
        const QPalette dark = paletteWith(QColor(0x1e, 0x1e, 0x1e), QColor(0xee, 0xee, 0xee));
        const QPalette blue = paletteWith(QColor(0x00, 0x2b, 0x55), Qt::white); // a dark, coloured theme
        QSet<QRgb> lightColours;
        for (MessageType type :
             {MessageType::Error, MessageType::Warning, MessageType::Information, MessageType::Success}) {
            for (const QPalette& p : {light, dark, blue}) {
                const QColor c = feedbackColor(type, p);
                QVERIFY2(Contrast::ratio(c, p.color(QPalette::Window)) >= Contrast::TextMinimum,
                         qPrintable(u"%1 on %2"_s.arg(c.name(), p.color(QPalette::Window).name())));
            }
            // Dark themes get their own, lighter colour, not the light theme's red on black.
            QVERIFY(Contrast::relativeLuminance(feedbackColor(type, dark)) >
                    Contrast::relativeLuminance(feedbackColor(type, light)));
            lightColours.insert(feedbackColor(type, light).rgb());
        }
        QCOMPARE(lightColours.size(), 4); // four types, four colours
        QCOMPARE(errorColor(light), feedbackColor(MessageType::Error, light));
    }

    void actions_becomeButtonsThatTriggerThem()
    {
        QWidget window;
        auto* bar = new MessageBar(&window);
        window.show();
        QAction open(u"Open accounts"_s);
        open.setObjectName(u"openAccounts"_s);
        QSignalSpy triggered(&open, &QAction::triggered);
        bar->showMessage(MessageType::Warning, u"An account has no key."_s, {&open});
        auto* button = bar->findChild<QToolButton*>(u"openAccountsButton"_s);
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), u"Open accounts"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);

        // The next message has its own actions, not the last one's.
        bar->showMessage(MessageType::Information, u"Something else."_s);
        QVERIFY(!bar->findChild<QToolButton*>(u"openAccountsButton"_s));
    }

    void retry_onlyWhenAskedFor_hidesTheBarAndAsksForTheReload()
    {
        QWidget window;
        auto* bar = new MessageBar(&window);
        window.show();
        QSignalSpy retry(bar, &MessageBar::retryRequested);
        bar->showMessage(MessageType::Error, u"The reason is too long."_s);
        QVERIFY(!bar->offersRetry());
        QVERIFY(!retryButton(*bar));

        bar->showRetryableError(u"FlexPortal: the server did not answer."_s);
        QVERIFY(bar->offersRetry());
        QCOMPARE(bar->type(), MessageType::Error);
        QVERIFY(retryButton(*bar)->isVisible());
        QTest::mouseClick(retryButton(*bar), Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
        QVERIFY(!bar->isVisible());
    }

    void success_hidesItself_theOthersStay()
    {
        QWidget window;
        auto* bar = new MessageBar(&window);
        window.show();
        bar->showMessage(MessageType::Success, u"Saved."_s);
        QCOMPARE(bar->autoHideInterval(), MessageBar::SuccessHideMs);
        for (MessageType type : {MessageType::Error, MessageType::Warning, MessageType::Information}) {
            bar->showMessage(type, u"Stays."_s);
            QCOMPARE(bar->autoHideInterval(), 0);
        }
        QSignalSpy dismissed(bar, &MessageBar::dismissed);
        bar->showMessage(MessageType::Success, u"Exported."_s, {}, 50); // the same timer, sooner
        QVERIFY(dismissed.wait(5000));
        QVERIFY(!bar->isVisible());
    }

    void dismiss_hidesTheMessage()
    {
        QWidget window;
        auto* bar = new MessageBar(&window);
        window.show();
        bar->showMessage(MessageType::Warning, u"Careful."_s);
        QSignalSpy dismissed(bar, &MessageBar::dismissed);
        QTest::mouseClick(bar->findChild<QToolButton*>(u"messageBarDismiss"_s), Qt::LeftButton);
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(!bar->isVisible());
    }

    void mainWindow_problemAReloadCannotCure_showsWithoutRetry()
    {
        Test::TestDesk desk{SandboxConfig{}};
        QVERIFY(desk.running);
        desk.window->show();
        QVERIFY(desk.activate());
        auto* problems = desk.window->findChild<MessageBar*>(u"problemsBar"_s);
        QVERIFY(!problems->isVisible()); // both accounts loaded
        desk.window->addStandingProblem(u"The cancellation history cannot be written."_s);
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->type(), MessageType::Error);
        QVERIFY(!problems->offersRetry());
    }

    void accountsDialog_newAccountsKeySaysNotSet_existingOnesUnchanged()
    {
        Account existing;
        existing.id = u"og-desk"_s;
        existing.displayName = u"OG desk"_s;
        existing.platform = Platform::OfferGrid;
        existing.baseUrl = Accounts::offerGridDefaultUrl();
        AccountsDialog dialog({existing});
        dialog.show();
        auto* key = dialog.findChild<QLineEdit*>(u"accountKey"_s);
        QCOMPARE(key->placeholderText(), u"Unchanged (kept in the keychain)"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"addOfferGrid"_s), Qt::LeftButton);
        QCOMPARE(key->placeholderText(), u"Not set"_s);
        dialog.findChild<QListWidget*>(u"accountList"_s)->setCurrentRow(0);
        QCOMPARE(key->placeholderText(), u"Unchanged (kept in the keychain)"_s);
    }

    void accountsDialog_accountToFix_keepsTheDialogOpenAndSaysWhyInTheBar()
    {
        AccountsDialog dialog({});
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"addFlexPortal"_s), Qt::LeftButton); // no Tenant-ID yet
        auto* bar = dialog.findChild<MessageBar*>(u"accountsMessageBar"_s);
        QVERIFY(!bar->isVisible());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageType::Error);
        QVERIFY2(bar->text().startsWith(u"Fix this account first"_s), qPrintable(bar->text()));
        QVERIFY(!bar->offersRetry()); // the fields are to fill in, not a server to ask again
        // The field's own error is the same bar, under the field.
        auto* tenant = dialog.findChild<MessageBar*>(u"tenantError"_s);
        QVERIFY(tenant->isVisible());
        QCOMPARE(tenant->type(), MessageType::Error);
        QVERIFY(!tenant->findChild<QToolButton*>(u"messageBarDismiss"_s)->isVisible());
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
