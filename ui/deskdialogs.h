#pragma once

#include "mainwindow.h"

#include <QObject>
#include <QPointer>

namespace OrderDesk {

class FindById;
class HistoryWindow;
class MessageBar;
struct Account;

// The desk's other windows, opened from the main window: the accounts dialog, the settings dialog
// (the team database's password goes to the keychain), the API key prompt when there is no
// keychain, and the cancellation history, whose "Open order" selects the order in the main window
// or, when the list does not hold it, asks every account for it. The dialogs collect; the services act.
class DeskDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskDialogs)

public:
    // `notice`: where what just happened is said; `findById` may be null (no finder).
    DeskDialogs(const MainWindowServices& services, MainWindow* window, MessageBar* notice, FindById* findById);

    void openAccounts();
    void openSettings();
    void openHistory();
    void askForKey(const Account& account, const QString& why);
    void reloadHistory(); // when the history window is open

private:
    void storeTeamPassword(const QString& password);

    MainWindowServices m_services;
    MainWindow* m_window;
    MessageBar* m_notice;
    FindById* m_findById;
    QPointer<HistoryWindow> m_historyWindow;
};

} // namespace OrderDesk
