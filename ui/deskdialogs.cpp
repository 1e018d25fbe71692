#include "deskdialogs.h"

#include "accountsdialog.h"
#include "credentials/credentialstore.h"
#include "findbyid.h"
#include "historywindow.h"
#include "messagebar.h"
#include "services/accountsservice.h"
#include "services/cancelservice.h"
#include "services/connectiontester.h"
#include "services/settingsstore.h"
#include "services/subscriptioncancelservice.h"
#include "settingsdialog.h"
#include "windowlayout.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

DeskDialogs::DeskDialogs(const MainWindowServices& services, MainWindow* window, MessageBar* notice, FindById* findById)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_notice(notice)
    , m_findById(findById)
{}

void DeskDialogs::reloadHistory()
{
    if (m_historyWindow)
        m_historyWindow->reload();
}

void DeskDialogs::openAccounts()
{
    auto* dialog = new AccountsDialog(m_services.accounts->accounts(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::AccountsDialogSize);
    connect(dialog, &AccountsDialog::testRequested, m_services.tester, &ConnectionTester::test);
    connect(m_services.tester, &ConnectionTester::tested, dialog, &AccountsDialog::showTestResult);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_services.accounts->apply(dialog->accounts(), dialog->newSecrets()); });
    dialog->open();
}

void DeskDialogs::openSettings()
{
    auto* dialog = new SettingsDialog(m_services.settings->appSettings(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::SettingsDialogSize);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Saving is all: the services follow the values they use (settingsreactions.h).
        m_services.settings->apply(dialog->settings());
        if (const QString password = dialog->newTeamPassword(); !password.isEmpty())
            storeTeamPassword(password);
    });
    dialog->open();
}

void DeskDialogs::storeTeamPassword(const QString& password)
{
    const auto failed = [this](const QString& why) {
        m_notice->showMessage(MessageType::Error, tr("The PostgreSQL password could not be kept in the keychain: "
                                                     "%1\nSet ORDERDESK_PG_PASSWORD instead, or try again.")
                                                      .arg(why));
    };
    if (!m_services.keychain) {
        failed(tr("no keychain is available."));
        return;
    }
    m_services.keychain->write(AppSettings::teamHistoryPasswordKey(), password,
                               [self = QPointer<DeskDialogs>(this), failed](const CredentialStore::Reply& reply) {
                                   if (!self)
                                       return;
                                   if (reply.status != CredentialStore::Status::Ok)
                                       failed(reply.message);
                                   else
                                       self->m_notice->showMessage(
                                           MessageType::Success,
                                           tr("The PostgreSQL password is in the keychain; OrderDesk uses it from "
                                              "its next start."));
                               });
}

void DeskDialogs::askForKey(const Account& account, const QString& why)
{
    auto* input = new QInputDialog(m_window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(u"keyPrompt"_s);
    input->setWindowTitle(tr("API key for %1").arg(account.displayLabel()));
    input->setLabelText(tr("No keychain is available on this computer (%1).\nEnter the API key for %2; OrderDesk "
                           "keeps it in memory only, until it closes.")
                            .arg(why, account.displayLabel()));
    input->setTextEchoMode(QLineEdit::Password);
    const QString accountId = account.id;
    connect(input, &QInputDialog::finished, this, [this, input, accountId](int result) {
        m_services.accounts->provideKey(accountId, result == QDialog::Accepted ? input->textValue() : QString());
    });
    input->open();
}

void DeskDialogs::openHistory()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_services.history, m_window);
        m_historyWindow->keepLayout(m_services.settings);
        connect(m_historyWindow, &HistoryWindow::openOrderRequested, this,
                [this](const QString& account, const QString& id) {
                    const bool loaded = m_window->selectOrder(account, id);
                    if (loaded || m_findById) {
                        m_window->raise();
                        m_window->activateWindow();
                        if (!loaded) // not in the list: every account is asked for it, as Ctrl+G does
                            m_findById->lookUp(id);
                    } else {
                        m_notice->showMessage(MessageType::Information,
                                              tr("Order %1 of account %2 is not in the list.").arg(id, account), {},
                                              8000);
                    }
                });
        // What the agent cancels while the window is open shows up in it.
        connect(m_services.cancel, &CancelService::cancelFinished, m_historyWindow, &HistoryWindow::reload);
        if (m_services.subscriptions)
            connect(m_services.subscriptions, &SubscriptionCancelService::runFinished, m_historyWindow,
                    &HistoryWindow::reload);
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
    m_historyWindow->reload();
}

} // namespace OrderDesk
