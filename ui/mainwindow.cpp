#include "mainwindow.h"

#include "aboutdialog.h"
#include "accessiblenames.h"
#include "accountsdialog.h"
#include "api/orderbackend.h"
#include "bulkcancellauncher.h"
#include "canceldialog.h"
#include "credentials/credentialstore.h"
#include "domain/cancellationpolicy.h"
#include "findbyid.h"
#include "firststart.h"
#include "fontwarmup.h"
#include "historywindow.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlistmodel.h"
#include "messagebar.h"
#include "orderdetailspane.h"
#include "progressdelegate.h"
#include "services/accountsservice.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"
#include "services/cancelservice.h"
#include "services/connectiontester.h"
#include "services/historyreader.h"
#include "services/orderloader.h"
#include "services/settingsstore.h"
#include "services/subscriptioncancelservice.h"
#include "settingsdialog.h"
#include "statusdelegate.h"
#include "subscriptioncanceldialog.h"
#include "subscriptionlist.h"
#include "windowlayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// A list that failed on the way, at the server or in what came back may load on a second try; a
// wrong key, a missing permission, a certificate or a bad address fails the same way again.
bool reloadMayHelp(const ApiError& error)
{
    using Kind = ApiError::Kind;
    return error.isTransient() || error.kind == Kind::Protocol;
}
} // namespace

MainWindow::MainWindow(const MainWindowServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_proxy(new OrderFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new OrderDetailsPane(this))
    , m_banner(new MessageBar(this))
    , m_notice(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("OrderDesk"));
    m_proxy->setOrderModel(m_services.orders);
    m_details->setHistoryReader(m_services.history);
    if (m_services.finder)
        m_findById = new FindById(m_services.finder, this, m_search);

    buildActions();
    m_splitter->addWidget(buildListArea());
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    buildStatusBar();
    // Before the first rows arrive, not during their first paint (see fontwarmup.h).
    warmFallbackFonts(m_table->font());

    connect(m_services.loader, &OrderLoader::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_services.loader, &OrderLoader::progress, this, &MainWindow::onProgress);
    connect(m_services.loader, &OrderLoader::accountFailed, this, &MainWindow::onAccountFailed);
    connect(m_banner, &MessageBar::retryRequested, this, &MainWindow::reload);
    connect(m_details, &OrderDetailsPane::cancelRequested, this, &MainWindow::openCancelDialog);
    connect(m_details, &OrderDetailsPane::rawDataRequested, this, &MainWindow::fetchRawData);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentOrder);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::showCurrentOrder);
    connect(m_services.cancel, &CancelService::cancelStarted, this, &MainWindow::showCurrentOrder);
    connect(m_services.cancel, &CancelService::cancelFinished, this, &MainWindow::showCurrentOrder);
    connect(m_services.cancel, &CancelService::cancelNotStarted, this, &MainWindow::showCurrentOrder);
    connect(m_services.cancel, &CancelService::historyFailed, this,
            [this](const ApiError& error) { addStandingProblem(error.message); });
    m_details->subscriptionList()->setCancelAvailable(m_services.subscriptions != nullptr);
    connect(m_details, &OrderDetailsPane::subscriptionsCancelRequested, this,
            &MainWindow::openSubscriptionCancelDialog);
    if (m_services.subscriptions) {
        connect(m_services.subscriptions, &SubscriptionCancelService::runStarted, this, &MainWindow::showCurrentOrder);
        connect(m_services.subscriptions, &SubscriptionCancelService::runFinished, this, &MainWindow::showCurrentOrder);
        connect(m_services.subscriptions, &SubscriptionCancelService::historyFailed, this,
                [this](const ApiError& error) { addStandingProblem(error.message); });
    }
    if (m_services.accounts) {
        connect(m_services.accounts, &AccountsService::ready, this, [this](const QStringList& problems) {
            m_accountProblems = problems;
            reload();
        });
        connect(m_services.accounts, &AccountsService::keyNeeded, this, &MainWindow::askForKey);
    }

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_accountsAction = fileMenu->addAction(tr("&Accounts…"), this, &MainWindow::openAccountsDialog);
    m_accountsAction->setObjectName(u"accountsAction"_s);
    m_accountsAction->setEnabled(m_services.accounts != nullptr);
    QAction* settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettingsDialog);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, on every platform (Cmd+, on macOS): QKeySequence::Preferences is empty on Windows and GNOME.
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setEnabled(m_services.settings != nullptr);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* ordersMenu = menuBar()->addMenu(tr("&Orders"));
    m_refreshAction = ordersMenu->addAction(tr("&Refresh"), this, &MainWindow::reload);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    // F5 everywhere, and the platform's own refresh keys, each key once:
    // QKeySequence::Refresh is F5 too on every platform, and an action holding a key twice finds its
    // own shortcut ambiguous and never triggers.
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys << key;
    }
    m_refreshAction->setShortcuts(refreshKeys);
    m_stopAction = ordersMenu->addAction(tr("&Stop loading"), m_services.loader, &OrderLoader::stop);
    m_stopAction->setObjectName(u"stopAction"_s);
    m_stopAction->setEnabled(false);
    m_findAction = ordersMenu->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    // Ctrl+G (Cmd+G on macOS). Qt's standard FindNext is Ctrl+G on Windows, GNOME and macOS, but
    // OrderDesk has no "find next" (the search is a filter) and no widget here reacts to FindNext,
    // so the key shadows nothing; tst_findbyid checks that no other key binding of the window holds it.
    QAction* goTo = ordersMenu->addAction(tr("&Go to order…"), this, [this] { m_findById->openGoToDialog(); });
    goTo->setObjectName(u"goToOrderAction"_s);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goTo->setEnabled(m_findById != nullptr);
    m_historyAction = ordersMenu->addAction(tr("Cancellation &history…"), this, &MainWindow::openHistoryWindow);
    m_historyAction->setObjectName(u"historyAction"_s);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setEnabled(m_services.history != nullptr);
    ordersMenu->addSeparator();
    m_cancelAction = ordersMenu->addAction(tr("&Cancel order…"), this, &MainWindow::openCancelDialog);
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancelAction->setEnabled(false);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About OrderDesk…"), this, [this] {
        auto* dialog = new AboutDialog(
            m_services.history ? m_services.history->describe() : tr("none: the history could not be opened"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt…"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar* toolbar = addToolBar(tr("Orders"));
    toolbar->setObjectName(u"ordersToolBar"_s);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_stopAction);
    toolbar->addAction(m_cancelAction);
    Accessible::nameExtensionButton(toolbar);
}

QWidget* MainWindow::buildListArea()
{
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search id, customer, email or company (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setAccessibleDescription(
        tr("Narrows the list as you type. An exact order id that is not loaded is looked up in every account. "
           "Enter moves to the list; Enter on a row moves to its details."));
    m_search->setClearButtonEnabled(true);
    Accessible::nameClearButton(m_search);
    m_progressText.setSingleShot(true);
    m_progressText.setInterval(100);
    connect(&m_progressText, &QTimer::timeout, this,
            [this] { m_loadText->setText(tr("Loading… %n order(s) so far", nullptr, m_ordersSoFar)); });
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        if (m_findById) // an exact id that is not loaded: every account is asked for it
            m_findById->searchSettled(m_search->text(), m_proxy->rowCount());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        m_proxy->setSearchText(m_search->text());
        if (m_findById)
            m_findById->searchSettled(m_search->text(), m_proxy->rowCount());
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });

    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setAccessibleDescription(tr("Shows only the orders of one stage, or of one platform's status."));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (Stage stage : {Stage::Open, Stage::InFulfilment, Stage::Done, Stage::Closed})
        m_statusFilter->addItem(stageName(stage), u"stage:"_s + stageKey(stage));
    m_statusFilter->insertSeparator(m_statusFilter->count());
    for (const QString& s : {u"pending"_s, u"confirmed"_s, u"partial"_s, u"fulfilled"_s, u"cancelled"_s})
        m_statusFilter->addItem(tr("FlexPortal: %1").arg(s), u"status:"_s + s);
    for (const QString& s : {u"submitted"_s, u"submitted_to_provider"_s, u"accepted"_s, u"scheduled"_s,
                             u"in_progress"_s, u"completed"_s, u"active"_s, u"rejected"_s, u"failed"_s})
        m_statusFilter->addItem(tr("OfferGrid: %1").arg(QString(s).replace(u'_', u' ')), u"status:"_s + s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusFilter->currentData().toString()); });

    m_table->setObjectName(u"ordersTable"_s);
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {14, 16, 18, 12, 10, 10, 14};
    for (int c = 0; c < OrderListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->setItemDelegateForColumn(OrderListModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setItemDelegateForColumn(OrderListModel::ProgressColumn, new ProgressDelegate(m_table));
    connect(m_table, &QTableView::activated, m_details, &OrderDetailsPane::focusDetails);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setObjectName(u"problemsBar"_s);
    m_notice->setObjectName(u"noticeBar"_s); // what just happened: it does not hide the problems above
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    return area;
}

void MainWindow::buildStatusBar()
{
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(u"loadProgress"_s);
    m_loadProgress->setAccessibleName(tr("Loading orders"));
    m_loadProgress->setRange(0, 0); // the platforms send no grand total
    m_loadProgress->setMaximumWidth(160);
    m_loadProgress->hide();
    m_loadText = new QLabel(this);
    m_loadText->setObjectName(u"loadText"_s);
    m_stopButton = new QToolButton(this);
    m_stopButton->setDefaultAction(m_stopAction);
    m_stopButton->hide();
    statusBar()->addPermanentWidget(m_loadText);
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_stopButton);
}

void MainWindow::restoreLayout()
{
    // Saved each time the window closes.
    const WindowLayout* layout = WindowLayout::keepGeometry(this, m_services.settings, Setting::MainWindowGeometry)
                                     ->keepToolBars(this, Setting::MainWindowState)
                                     ->keep(m_splitter, Setting::MainWindowSplitter)
                                     ->keep(m_table->horizontalHeader(), Setting::MainWindowColumns);
    if (!layout->restored())
        placeOnFirstStart(this); // three quarters of the screen, centred
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_services.loader->stop();
    event->accept();
}

void MainWindow::reload()
{
    m_problems.clear();
    m_reloadMayHelp.clear();
    showProblems();
    m_services.loader->reload();
}

void MainWindow::showProblems()
{
    const QStringList problems = m_standingProblems + m_accountProblems + m_problems.values();
    if (problems.isEmpty())
        m_banner->dismiss();
    else if (!m_reloadMayHelp.isEmpty()) // a load that failed on the way or at the server: Retry
        m_banner->showRetryableError(problems.join(u'\n'));
    else // a wrong key, the history, an account left out: a reload would fail the same way
        m_banner->showMessage(m_standingProblems.isEmpty() && m_problems.isEmpty() ? MessageType::Warning
                                                                                   : MessageType::Error,
                              problems.join(u'\n'));
}

void MainWindow::addStandingProblem(const QString& problem)
{
    if (m_standingProblems.contains(problem))
        return;
    m_standingProblems << problem;
    showProblems();
}

void MainWindow::openAccountsDialog()
{
    auto* dialog = new AccountsDialog(m_services.accounts->accounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::AccountsDialogSize);
    connect(dialog, &AccountsDialog::testRequested, m_services.tester, &ConnectionTester::test);
    connect(m_services.tester, &ConnectionTester::tested, dialog, &AccountsDialog::showTestResult);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_services.accounts->apply(dialog->accounts(), dialog->newSecrets()); });
    dialog->open();
}

void MainWindow::openSettingsDialog()
{
    auto* dialog = new SettingsDialog(m_services.settings->appSettings(), this);
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

void MainWindow::storeTeamPassword(const QString& password)
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
                               [window = QPointer<MainWindow>(this), failed](const CredentialStore::Reply& reply) {
                                   if (!window)
                                       return;
                                   if (reply.status != CredentialStore::Status::Ok)
                                       failed(reply.message);
                                   else
                                       window->m_notice->showMessage(
                                           MessageType::Success,
                                           tr("The PostgreSQL password is in the keychain; OrderDesk uses it from "
                                              "its next start."));
                               });
}

void MainWindow::askForKey(const Account& account, const QString& why)
{
    auto* input = new QInputDialog(this);
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

void MainWindow::openHistoryWindow()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_services.history, this);
        m_historyWindow->keepLayout(m_services.settings);
        connect(m_historyWindow, &HistoryWindow::openOrderRequested, this,
                [this](const QString& account, const QString& id) {
                    if (selectOrder(account, id)) {
                        raise();
                        activateWindow();
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

bool MainWindow::selectOrder(const QString& accountId, const QString& orderId, bool focusList)
{
    const int row = m_services.orders->rowOf(accountId, orderId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_services.orders->index(row, 0));
    if (!index.isValid()) { // hidden by the search or status filter: show everything
        m_search->clear();
        m_searchDebounce.stop();
        m_proxy->setSearchText({});
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_services.orders->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    if (focusList)
        m_table->setFocus();
    return true;
}

bool MainWindow::currentOrder(Order* order) const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return false;
    *order = m_services.orders->orderAt(m_proxy->mapToSource(index).row());
    return true;
}

void MainWindow::showCurrentOrder()
{
    Order order;
    if (!currentOrder(&order)) {
        m_details->clearOrder();
        m_cancelAction->setEnabled(false);
        if (m_bulk)
            m_bulk->updateCancelAction();
        return;
    }
    const bool running = isCancelRunning(order);
    m_details->showOrder(order, running);
    m_cancelAction->setEnabled(!running && CancellationPolicy::evaluate(order).allowed);
    if (m_bulk) // more than one order selected: "Cancel N orders…"
        m_bulk->updateCancelAction();
}

bool MainWindow::isCancelRunning(const Order& order) const
{
    return m_services.cancel->isRunning(order.accountId, order.id) ||
           (m_services.subscriptions && m_services.subscriptions->isRunning(order.accountId, order.id)) ||
           (m_bulkService && m_bulkService->isInRun(order.accountId, order.id));
}

void MainWindow::openSubscriptionCancelDialog()
{
    Order order;
    if (!m_services.subscriptions || !currentOrder(&order) || isCancelRunning(order) ||
        subscriptionsOf(order).isEmpty())
        return;
    // The dialog collects; the service sends, one subscription after the other, the history first.
    auto* dialog = new SubscriptionCancelDialog(order, m_details->subscriptionList()->known(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::SubscriptionCancelDialogSize);
    dialog->attach(m_services.subscriptions);
    dialog->open();
}

void MainWindow::openCancelDialog()
{
    if (m_bulk && m_bulk->isBulk()) {
        m_bulk->openDialog();
        return;
    }
    Order order;
    if (!currentOrder(&order) || !CancellationPolicy::evaluate(order).allowed || isCancelRunning(order))
        return;
    auto* dialog = new CancelDialog(order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::CancelDialogSize);
    connect(dialog, &CancelDialog::confirmed, this, [this, dialog](const CancelReason& reason) {
        if (const std::optional<ApiError> refused = m_services.cancel->submit(dialog->order(), reason))
            dialog->showNotStarted(refused->message);
        else
            dialog->showInProgress();
    });
    const auto isDialogs = [dialog](const QString& accountId, const QString& orderId) {
        return accountId == dialog->order().accountId && orderId == dialog->order().id;
    };
    connect(m_services.cancel, &CancelService::cancelFinished, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId, const CancelOutcome& outcome) {
                if (isDialogs(accountId, orderId))
                    dialog->showOutcome(outcome);
            });
    // The history could not take the entry (it is written on the history's thread): nothing was sent.
    connect(m_services.cancel, &CancelService::cancelNotStarted, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId, const ApiError& why) {
                if (isDialogs(accountId, orderId))
                    dialog->showNotStarted(why.message);
            });
    // Check before cancelling: the agent decides on the order as it is now, read when the dialog opens.
    connect(m_services.cancel, &CancelService::orderRefreshed, dialog, [dialog, isDialogs](const Order& fresh) {
        if (isDialogs(fresh.accountId, fresh.id))
            dialog->showFreshOrder(fresh);
    });
    connect(m_services.cancel, &CancelService::refreshFailed, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId, const ApiError& error) {
                if (isDialogs(accountId, orderId))
                    dialog->showCheckFailed(error.userMessage());
            });
    connect(m_services.cancel, &CancelService::cancelRequestSent, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId) {
                if (isDialogs(accountId, orderId))
                    dialog->showRequestSent();
            });
    dialog->open();
    m_services.cancel->refresh(order);
}

void MainWindow::setBulkCancelService(BulkCancelService* service)
{
    m_bulkService = service;
    m_bulk = new BulkCancelLauncher(service, m_table, m_proxy, m_services.orders, m_cancelAction, this);
    m_bulk->setSettings(m_services.settings);
    for (QObject* object : m_cancelAction->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(object))
            menu->insertAction(m_cancelAction, m_bulk->selectAllAction());
    }
    addAction(m_bulk->selectAllAction());
    connect(service, &BulkCancelService::historyFailed, this,
            [this](const ApiError& error) { addStandingProblem(error.message); });
    connect(service, &BulkCancelService::finished, this, [this] {
        if (m_historyWindow)
            m_historyWindow->reload();
        showCurrentOrder();
    });
    showCurrentOrder();
}

void MainWindow::fetchRawData(const Order& order)
{
    OrderBackend* backend = m_services.backends->backend(order.accountId);
    const QString key = OrderListModel::keyOf(order.accountId, order.id);
    if (!backend) {
        m_details->showRawDataError(key, tr("The order's account is no longer configured."));
        return;
    }
    FetchOrderJob* job = backend->fetchOrder(order.id);
    connect(job, &ApiJob::finished, m_details, [this, job, key] {
        if (job->failed())
            m_details->showRawDataError(key, job->error()->userMessage());
        else
            m_details->showRawData(key, job->rawBody());
    });
}

void MainWindow::onAccountFailed(const QString& accountId, const ApiError& error)
{
    const OrderBackend* backend = m_services.backends->backend(accountId);
    const QString label = backend ? backend->account().displayLabel() : accountId;
    m_problems.insert(accountId, tr("%1: %2").arg(label, error.userMessage()));
    if (reloadMayHelp(error))
        m_reloadMayHelp.insert(accountId);
    else
        m_reloadMayHelp.remove(accountId);
    showProblems();
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_loadProgress->setVisible(loading);
    m_stopButton->setVisible(loading);
    m_stopAction->setEnabled(loading);
    if (!loading) {
        m_progressText.stop();
        m_loadText->setText(tr("%n order(s)", nullptr, m_services.orders->rowCount()));
    }
}

void MainWindow::onProgress(int orders)
{
    m_ordersSoFar = orders;
    if (!m_progressText.isActive())
        m_progressText.start();
}

} // namespace OrderDesk
