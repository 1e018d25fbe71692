#pragma once

#include <QSortFilterProxyModel>

namespace OrderDesk {

class OrderListModel;

// Text search over id, customer name, email and company, and a status filter: either a
// platform-neutral stage ("stage:open") or one native status ("status:partial").
class OrderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxy(QObject* parent = nullptr);

    void setOrderModel(OrderListModel* model);
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    void setStatusFilter(const QString& filter); // "" for all
    QString statusFilter() const { return m_statusFilter; }

private:
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    OrderListModel* m_orders = nullptr;
    QString m_search; // case-folded
    QString m_statusFilter;
};

} // namespace OrderDesk
