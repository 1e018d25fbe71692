#include "orderactions.h"

#include "aboutdialog.h"
#include "accessiblenames.h"
#include "api/apijobs.h"
#include "api/orderbackend.h"
#include "bulkcancellauncher.h"
#include "domain/cancellationpolicy.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlistmodel.h"
#include "messagebar.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"
#include "services/cancelservice.h"
#include "services/historyreader.h"
#include "services/orderloader.h"
#include "services/subscriptioncancelservice.h"
#include "shortcuts.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SaidMs = 6000;

// A read that failed on the way, at the server or in what came back may work a second time; a wrong
// key, a missing permission or an order that is gone fails the same way again.
bool againMayHelp(const ApiError& error)
{
    return error.isTransient() || error.kind == ApiError::Kind::Protocol;
}
} // namespace

OrderActions::OrderActions(const MainWindowServices& services, QTableView* table, OrderFilterProxy* proxy,
                           QMainWindow* window, MessageBar* bar)
    : QObject(window)
    , m_services(services)
    , m_table(table)
    , m_proxy(proxy)
    , m_window(window)
    , m_bar(bar)
    , m_again(new QAction(tr("Try &again"), this))
{
    m_again->setObjectName(u"orderActionsRetry"_s);
    connect(m_again, &QAction::triggered, this, [this] {
        m_bar->dismiss();
        if (const std::function<void()> work = std::exchange(m_againWork, {}))
            work();
    });
    make(Accounts, tr("&Accounts…"), u"accountsAction"_s)->setEnabled(m_services.accounts != nullptr);
    QAction* settings = make(Settings, tr("&Settings…"), u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setEnabled(m_services.settings != nullptr);
    QAction* quit = make(Quit, tr("&Quit"), u"quitAction"_s);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);

    make(Refresh, tr("&Refresh"), u"refreshAction"_s);
    connect(make(RefreshOrder, tr("Refresh &this order"), u"refreshOrderAction"_s), &QAction::triggered, this,
            &OrderActions::refreshOrder);
    QAction* stop = make(Stop, tr("&Stop loading"), u"stopAction"_s);
    stop->setEnabled(false);
    connect(stop, &QAction::triggered, m_services.loader, &OrderLoader::stop);
    make(Find, tr("&Find…"), u"findAction"_s);
    make(GoToOrder, tr("&Go to order…"), u"goToOrderAction"_s)->setEnabled(m_services.finder != nullptr);
    make(History, tr("Cancellation &history…"), u"historyAction"_s)->setEnabled(m_services.history != nullptr);
    make(Cancel, tr("&Cancel order…"), u"cancelAction"_s)->setEnabled(false);

    // Copying works on the list's rows: with the focus elsewhere, Ctrl+C copies the text there.
    const auto copy = [this](Id id, const QString& text, const QString& name) {
        QAction* a = make(id, text, name);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setEnabled(false);
        m_table->addAction(a);
        return a;
    };
    connect(copy(CopyOrderId, tr("Copy order &id"), u"copyOrderIdAction"_s), &QAction::triggered, this, [this] {
        Order order;
        if (currentOrder(&order))
            copyText(order.id, tr("Order id %1 copied.").arg(order.id));
    });
    connect(copy(CopyEmail, tr("Copy the customer's &email"), u"copyEmailAction"_s), &QAction::triggered, this, [this] {
        Order order;
        if (currentOrder(&order) && !order.customer.email.isEmpty())
            copyText(order.customer.email, tr("Email address %1 copied.").arg(order.customer.email));
    });
    connect(copy(CopyJson, tr("Copy order as &JSON"), u"copyJsonAction"_s), &QAction::triggered, this,
            &OrderActions::copyJson);

    QAction* about = make(About, tr("&About OrderDesk…"), u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(m_services.history ? m_services.history->describe()
                                                          : tr("none: the history could not be opened"),
                                       m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* aboutQt = make(AboutQt, tr("About &Qt…"), u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // A refresh this object asked for: the fresh copy is in the list by now (CancelService::refresh).
    connect(m_services.cancel, &CancelService::orderRefreshed, this, [this](const Order& fresh) {
        if (!m_refreshing.remove(OrderListModel::keyOf(fresh.accountId, fresh.id)))
            return;
        tell(MessageType::Success, tr("Order %1 read again: %2.").arg(fresh.id, fresh.status));
        update();
    });
    connect(m_services.cancel, &CancelService::refreshFailed, this,
            [this](const QString& accountId, const QString& orderId, const ApiError& error) {
                if (!m_refreshing.remove(OrderListModel::keyOf(accountId, orderId)))
                    return;
                std::function<void()> again;
                if (againMayHelp(error)) {
                    again = [this, accountId, orderId] {
                        const int row = m_services.orders->rowOf(accountId, orderId);
                        if (row >= 0)
                            refresh(m_services.orders->orderAt(row));
                    };
                }
                tell(MessageType::Error, tr("Order %1 could not be read again: %2").arg(orderId, error.userMessage()),
                     again);
                update();
            });

    buildMenus();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &OrderActions::showRowMenu);
}

QAction* OrderActions::make(Id id, const QString& text, const QString& objectName)
{
    auto* a = new QAction(text, m_window);
    a->setObjectName(objectName);
    Shortcuts::apply(a); // every default key comes from the one table (shortcuts.cpp)
    m_actions[id] = a;
    return a;
}

void OrderActions::buildMenus()
{
    QMenu* file = m_window->menuBar()->addMenu(tr("&File"));
    file->addActions({action(Accounts), action(Settings)});
    file->addSeparator();
    file->addAction(action(Quit));

    QMenu* edit = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->addActions({action(CopyOrderId), action(CopyEmail), action(CopyJson)});

    QMenu* orders = m_window->menuBar()->addMenu(tr("&Orders"));
    orders->addActions(
        {action(Refresh), action(RefreshOrder), action(Stop), action(Find), action(GoToOrder), action(History)});
    orders->addSeparator();
    orders->addAction(action(Cancel));

    QMenu* help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addActions({action(About), action(AboutQt)});

    QToolBar* toolbar = m_window->addToolBar(tr("Orders"));
    toolbar->setObjectName(u"ordersToolBar"_s);
    toolbar->addActions({action(Refresh), action(Stop), action(Cancel)});
    Accessible::nameExtensionButton(toolbar);

    // The row's menu: the same actions, so what is greyed out here is greyed out in the menu bar.
    m_rowMenu = new QMenu(m_table);
    m_rowMenu->setObjectName(u"orderRowMenu"_s);
    m_rowMenu->addActions({action(CopyOrderId), action(CopyEmail), action(CopyJson)});
    m_rowMenu->addSeparator();
    m_rowMenu->addAction(action(RefreshOrder));
    m_rowMenu->addSeparator();
    m_rowMenu->addAction(action(Cancel));
}

void OrderActions::setBulkCancel(BulkCancelLauncher* launcher, BulkCancelService* service)
{
    m_bulk = launcher;
    m_bulkService = service;
    QAction* selectAll = launcher->selectAllAction();
    for (QObject* object : action(Cancel)->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(object); menu && menu != m_rowMenu)
            menu->insertAction(action(Cancel), selectAll);
    }
    m_window->addAction(selectAll);
    update();
}

void OrderActions::showRowMenu(const QPoint& viewportPos)
{
    const QModelIndex index = m_table->indexAt(viewportPos);
    if (!index.isValid())
        return;
    // The menu is about the row under the pointer: it becomes the current one unless it is part of
    // the selection already (a bulk selection stays as it is).
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->setCurrentIndex(index);
    update();
    m_rowMenu->popup(m_table->viewport()->mapToGlobal(viewportPos));
}

bool OrderActions::currentOrder(Order* order) const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return false;
    *order = m_services.orders->orderAt(m_proxy->mapToSource(index).row());
    return true;
}

bool OrderActions::isCancelRunning(const Order& order) const
{
    return m_services.cancel->isRunning(order.accountId, order.id) ||
           (m_services.subscriptions && m_services.subscriptions->isRunning(order.accountId, order.id)) ||
           (m_bulkService && m_bulkService->isInRun(order.accountId, order.id));
}

void OrderActions::update()
{
    Order order;
    const bool current = currentOrder(&order);
    const bool reachable = current && m_services.backends->backend(order.accountId) != nullptr;
    action(Cancel)->setEnabled(current && !isCancelRunning(order) && CancellationPolicy::evaluate(order).allowed);
    if (m_bulk) // more than one order selected: "Cancel N orders…"
        m_bulk->updateCancelAction();
    action(CopyOrderId)->setEnabled(current);
    action(CopyEmail)->setEnabled(current && !order.customer.email.isEmpty());
    action(CopyJson)->setEnabled(reachable);
    action(RefreshOrder)
        ->setEnabled(reachable && !m_refreshing.contains(OrderListModel::keyOf(order.accountId, order.id)));
}

void OrderActions::copyText(const QString& text, const QString& said)
{
    QGuiApplication::clipboard()->setText(text);
    tell(MessageType::Success, said);
}

void OrderActions::copyJson()
{
    Order order;
    if (currentOrder(&order))
        copyJsonOf(order);
}

void OrderActions::copyJsonOf(const Order& order)
{
    OrderBackend* backend = m_services.backends->backend(order.accountId);
    if (!backend)
        return;
    // The order exactly as the platform sends it now (a GET by id, as the details pane's raw data),
    // indented: what a platform's support asks for. Its keys come out in alphabetical order.
    say(tr("Reading order %1 from %2…").arg(order.id, platformName(order.platform)));
    FetchOrderJob* job = backend->fetchOrder(order.id);
    connect(job, &ApiJob::finished, this, [this, job, order] {
        const QString& id = order.id;
        const Platform platform = order.platform;
        if (job->failed()) {
            const ApiError error = *job->error();
            tell(MessageType::Error, tr("Order %1 was not copied: %2").arg(id, error.userMessage()),
                 againMayHelp(error) ? std::function<void()>([this, order] { copyJsonOf(order); })
                                     : std::function<void()>());
            return;
        }
        const QJsonDocument json = QJsonDocument::fromJson(job->rawBody());
        const QByteArray text = json.isNull() ? job->rawBody() : json.toJson(QJsonDocument::Indented);
        copyText(QString::fromUtf8(text),
                 tr("Order %1 copied as JSON, as %2 sent it.").arg(id, platformName(platform)));
    });
}

void OrderActions::refreshOrder()
{
    Order order;
    if (currentOrder(&order))
        refresh(order);
}

void OrderActions::refresh(const Order& order)
{
    const QString key = OrderListModel::keyOf(order.accountId, order.id);
    if (m_refreshing.contains(key))
        return;
    m_refreshing.insert(key);
    update();
    say(tr("Reading order %1 again…").arg(order.id));
    m_services.cancel->refresh(order); // the fresh copy replaces the row
}

// What is under way, in the status bar (as the list's loading is): the outcome replaces it in the bar.
void OrderActions::say(const QString& text)
{
    m_window->statusBar()->showMessage(text, SaidMs);
}

void OrderActions::tell(MessageType type, const QString& text, std::function<void()> again)
{
    m_window->statusBar()->clearMessage();
    m_againWork = std::move(again);
    QList<QAction*> actions;
    if (m_againWork)
        actions << m_again;
    m_bar->showMessage(type, text, actions);
}

} // namespace OrderDesk
