#pragma once

#include "domain/apierror.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>
#include <QTimer>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;

namespace OrderDesk {

class AccountsService;
class BackendRegistry;
class BulkCancelLauncher;
class BulkCancelService;
class CancelLauncher;
class DeskDialogs;
class CancelService;
class ConnectionTester;
class CredentialStore;
class FindById;
class HistoryReader;
class MessageBar;
class OrderDetailsPane;
class OrderFinder;
class OrderFilterProxy;
class OrderListModel;
class OrderActions;
class OrderLoader;
class SettingsStore;
class SubscriptionCancelService;
struct CancelOutcome;
struct Order;

// What the window works with, made by the composition root.
struct MainWindowServices
{
    OrderListModel* orders = nullptr;
    OrderLoader* loader = nullptr;
    CancelService* cancel = nullptr;
    BackendRegistry* backends = nullptr;
    AccountsService* accounts = nullptr;
    ConnectionTester* tester = nullptr;
    SettingsStore* settings = nullptr;                  // saved to; the services follow its changed()
    HistoryReader* history = nullptr;                   // the cancellation history for the managers' window
    CredentialStore* keychain = nullptr;                // where the settings dialog keeps the team database's password
    OrderFinder* finder = nullptr;                      // find by id: Ctrl+G and the search's ids that are not loaded
    SubscriptionCancelService* subscriptions = nullptr; // "Cancel subscriptions…" of a FlexPortal order
};

// The agent's desk: the orders list with search and status filter, the details pane, the load
// status and the message bar. Behaviour lives in the services; this class only wires them to widgets.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* cancelAction() const;
    QAction* refreshAction() const;
    // Shows the order in the list (filters cleared) and its details; false when it is not loaded.
    bool selectOrder(const QString& accountId, const QString& orderId, bool focusList = true);
    // A problem that outlives a reload (the history cannot be written, ...), shown in the message bar.
    void addStandingProblem(const QString& problem);
    // Multi-selection and "Cancel N orders…" through this service (none: single cancels only).
    void setBulkCancelService(BulkCancelService* service);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    QWidget* buildListArea();
    void restoreLayout();

    void reload();
    void showProblems();
    void showCurrentOrder();
    void openCancelDialog();
    void openSubscriptionCancelDialog();
    void fetchRawData(const Order& order);
    void onAccountFailed(const QString& accountId, const ApiError& error);

    MainWindowServices m_services;
    OrderFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QTableView* m_table;
    OrderDetailsPane* m_details;
    MessageBar* m_banner; // the problems: load failures (with Retry), accounts left out, the history
    MessageBar* m_notice; // what just happened: a password stored or not, an order not in the list
    QSplitter* m_splitter;
    QTimer m_searchDebounce;
    QMap<QString, QString> m_problems; // account id -> what went wrong in the last load
    QSet<QString> m_reloadMayHelp;     // accounts whose load failed in a way a reload may cure
    QStringList m_accountProblems;     // accounts left out: no key, broken provisioning file, ...
    QStringList m_standingProblems;    // not about one load: the history store, ...
    FindById* m_findById = nullptr;
    BulkCancelLauncher* m_bulk = nullptr;
    OrderActions* m_actions = nullptr; // every action of the window, their menus and enabled state
    CancelLauncher* m_cancels = nullptr;
    DeskDialogs* m_dialogs = nullptr; // accounts, settings, the key prompt, the history window
};

} // namespace OrderDesk
