#include "bulkcancellauncher.h"

#include "bulkcanceldialog.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlistmodel.h"
#include "services/bulkcancelservice.h"
#include "shortcuts.h"
#include "windowlayout.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

BulkCancelLauncher::BulkCancelLauncher(BulkCancelService* service, QTableView* table, OrderFilterProxy* proxy,
                                       OrderListModel* orders, QAction* cancelAction, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_table(table)
    , m_proxy(proxy)
    , m_orders(orders)
    , m_cancelAction(cancelAction)
    , m_window(window)
    , m_selectAll(new QAction(tr("Select &all shown"), this))
    , m_singleText(cancelAction->text())
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // Shift and Ctrl
    m_selectAll->setObjectName(u"selectAllShownAction"_s);
    Shortcuts::apply(m_selectAll);
    connect(m_selectAll, &QAction::triggered, m_table, &QTableView::selectAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkCancelLauncher::updateCancelAction);
    connect(m_service, &BulkCancelService::finished, this, &BulkCancelLauncher::updateCancelAction);
}

int BulkCancelLauncher::selectedCount() const
{
    return int(m_table->selectionModel()->selectedRows().size());
}

void BulkCancelLauncher::updateCancelAction()
{
    const int selected = selectedCount();
    if (selected <= 1) {
        m_cancelAction->setText(m_singleText);
        return;
    }
    m_cancelAction->setText(tr("&Cancel %n orders…", nullptr, selected));
    m_cancelAction->setEnabled(!m_service->isRunning());
}

void BulkCancelLauncher::openDialog()
{
    if (m_service->isRunning() || !isBulk())
        return;
    QList<BulkCancelService::OrderRef> refs;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        const Order& order = m_orders->orderAt(m_proxy->mapToSource(index).row());
        refs.append({order.accountId, order.id});
    }
    auto* dialog = new BulkCancelDialog(m_service, refs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_settings, Setting::BulkCancelDialogSize);
    dialog->open();
}

} // namespace OrderDesk
