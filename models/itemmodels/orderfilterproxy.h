#pragma once

#include <QAbstractProxyModel>

#include <functional>
#include <vector>

namespace OrderDesk {

class OrderListModel;

// Text search over id, customer name, email and company, a status filter (a platform-neutral
// stage "stage:open" or one native status "status:partial"), and sorting by any column.
//
// Not a QSortFilterProxyModel: that one inserts each run of new rows that lands in its own place
// of a sorted list as a separate insertion and rebuilds its whole mapping for each, so a page of
// 100 orders going into a list of 100,000 cost 100 × 100,000 steps, and a 50,000-order list took
// seconds of the GUI thread. This proxy sorts the new rows and merges them in at once: one
// insertion at the end and one layout change, linear in the rows it holds.
class OrderFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterProxy)

public:
    explicit OrderFilterProxy(QObject* parent = nullptr);

    void setOrderModel(OrderListModel* model);
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    void setStatusFilter(const QString& filter); // "" for all
    QString statusFilter() const { return m_statusFilter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    bool before(int leftSourceRow, int rightSourceRow) const; // the proxy's order, ties by source row
    void refill(); // filters and sorts every row again, telling no one (inside a reset)
    void rebuild(QAbstractItemModel::LayoutChangeHint hint); // refill() as one layout change
    // Runs `change` (which edits the mapping) as one layout change; persistent indexes follow their
    // rows, and those of rows no longer shown become invalid.
    void relayout(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()>& change);
    void eraseUnshown();                    // drops the rows marked -1 in m_sourceToProxy from the order
    void mergeTail(std::size_t sortedHead); // merges the sorted rows after sortedHead into place
    void reindex(int fromProxyRow);
    // Puts `rows` (source rows, not shown yet) in their places: one insertion, then one layout change.
    void insertSourceRows(std::vector<int> rows);
    void removeProxyRows(std::vector<int> proxyRows);

    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    OrderListModel* m_orders = nullptr;
    QString m_search; // case-folded
    QByteArray m_searchUtf8;
    QString m_statusFilter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
};

} // namespace OrderDesk
