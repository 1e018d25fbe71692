#include "mainwindow.h"

#include "accessiblenames.h"
#include "api/orderbackend.h"
#include "bulkcancellauncher.h"
#include "cancellauncher.h"
#include "deskdialogs.h"
#include "domain/cancellationpolicy.h"
#include "findbyid.h"
#include "firststart.h"
#include "fontwarmup.h"
#include "headermenu.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlistmodel.h"
#include "loadstatus.h"
#include "messagebar.h"
#include "orderactions.h"
#include "orderdetailspane.h"
#include "progressdelegate.h"
#include "services/accountsservice.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"
#include "services/cancelservice.h"
#include "services/historyreader.h"
#include "services/orderloader.h"
#include "services/settingsstore.h"
#include "services/subscriptioncancelservice.h"
#include "statusdelegate.h"
#include "subscriptionlist.h"
#include "windowlayout.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
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
        m_findById = new FindById(m_services.finder, this, m_search, m_notice);

    m_actions = new OrderActions(m_services, m_table, m_proxy, this, m_notice); // menus, toolbar, rows' menu
    m_cancels = new CancelLauncher(m_services, this);
    m_dialogs = new DeskDialogs(m_services, this, m_notice, m_findById);
    connectActions();
    m_splitter->addWidget(buildListArea());
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    new LoadStatus(m_services.loader, m_services.orders, m_actions->action(OrderActions::Stop), statusBar());
    // Before the first rows arrive, not during their first paint (see fontwarmup.h).
    warmFallbackFonts(m_table->font());

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
        connect(m_services.accounts, &AccountsService::keyNeeded, m_dialogs, &DeskDialogs::askForKey);
    }

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    using A = OrderActions;
    const auto on = [this](A::Id id, auto slot) { connect(m_actions->action(id), &QAction::triggered, this, slot); };
    on(A::Accounts, [this] { m_dialogs->openAccounts(); });
    on(A::Settings, [this] { m_dialogs->openSettings(); });
    on(A::Refresh, &MainWindow::reload);
    on(A::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    on(A::GoToOrder, [this] { m_findById->openGoToDialog(); });
    on(A::History, [this] { m_dialogs->openHistory(); });
    on(A::Cancel, &MainWindow::openCancelDialog);
}

QAction* MainWindow::cancelAction() const
{
    return m_actions->action(OrderActions::Cancel);
}

QAction* MainWindow::refreshAction() const
{
    return m_actions->action(OrderActions::Refresh);
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
    HeaderMenu::attach(m_table, {14, 16, 18, 12, 10, 10, 14}); // widths in "M"s; show or hide columns
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

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LocaleChange) // customers sort in the new locale's order
        m_services.orders->setSortLocale(locale());
    QMainWindow::changeEvent(event);
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

void MainWindow::showCurrentOrder()
{
    Order order;
    if (m_actions->currentOrder(&order))
        m_details->showOrder(order, m_actions->isCancelRunning(order));
    else
        m_details->clearOrder();
    m_actions->update();
}

void MainWindow::openSubscriptionCancelDialog()
{
    Order order;
    if (m_services.subscriptions && m_actions->currentOrder(&order) && !m_actions->isCancelRunning(order) &&
        !subscriptionsOf(order).isEmpty())
        m_cancels->cancelSubscriptions(order, m_details->subscriptionList()->known());
}

void MainWindow::openCancelDialog()
{
    Order order;
    if (m_bulk && m_bulk->isBulk())
        m_bulk->openDialog();
    else if (m_actions->currentOrder(&order) && CancellationPolicy::evaluate(order).allowed &&
             !m_actions->isCancelRunning(order))
        m_cancels->cancelOrder(order);
}

void MainWindow::setBulkCancelService(BulkCancelService* service)
{
    m_bulk = new BulkCancelLauncher(service, m_table, m_proxy, m_services.orders, cancelAction(), this);
    m_bulk->setSettings(m_services.settings);
    m_actions->setBulkCancel(m_bulk, service); // "Select all shown"; the cancel action counts the orders
    connect(service, &BulkCancelService::historyFailed, this,
            [this](const ApiError& error) { addStandingProblem(error.message); });
    connect(service, &BulkCancelService::finished, this, [this] {
        m_dialogs->reloadHistory();
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

} // namespace OrderDesk
