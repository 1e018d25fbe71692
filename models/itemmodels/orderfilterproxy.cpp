#include "orderfilterproxy.h"

#include "itemmodels/orderlistmodel.h"
#include "itemmodels/roles.h"

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

OrderFilterProxy::OrderFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::Sort);
}

void OrderFilterProxy::setOrderModel(OrderListModel* model)
{
    m_orders = model;
    setSourceModel(model);
}

void OrderFilterProxy::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    refilter();
}

void OrderFilterProxy::setStatusFilter(const QString& filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    refilter();
}

void OrderFilterProxy::refilter()
{
    // invalidateFilter() tells the view about every contiguous run of rows that appears or goes:
    // over 100,000 sorted rows a search term splits them into tens of thousands of runs, one signal
    // each. Rebuilding the mapping is one layout change, filtered and sorted in one pass.
    invalidate();
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_orders || sourceParent.isValid())
        return true;
    if (!m_statusFilter.isEmpty()) {
        const Order& order = m_orders->orderAt(sourceRow);
        if (m_statusFilter.startsWith(u"stage:"_s)) {
            if (stageKey(order.stage()) != QStringView(m_statusFilter).mid(6))
                return false;
        } else if (m_statusFilter.startsWith(u"status:"_s)) {
            if (order.status != QStringView(m_statusFilter).mid(7))
                return false;
        }
    }
    return m_search.isEmpty() || m_orders->searchTextAt(sourceRow).contains(m_search);
}

bool OrderFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_orders && left.column() == OrderListModel::CustomerColumn)
        return m_orders->customerSortKeyAt(left.row()) < m_orders->customerSortKeyAt(right.row());
    if (m_orders && left.column() == OrderListModel::CreatedColumn)
        return m_orders->orderAt(left.row()).createdAt < m_orders->orderAt(right.row()).createdAt;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace OrderDesk
