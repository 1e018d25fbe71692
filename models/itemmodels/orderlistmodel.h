#pragma once

#include "domain/order.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace OrderDesk {

// Every loaded order of every account, one row each. Pages are inserted in one batch each, an
// order that arrives again replaces its row in place, and a refresh removes only the rows it no
// longer saw, so selection and scroll position survive it.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        SourceColumn,
        CustomerColumn,
        StatusColumn,
        ProgressColumn,
        TotalColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit OrderListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAccountLabel(const QString& accountId, const QString& label);

    // Adds new orders at the end and replaces the ones already present, unless what arrives is
    // older than the row (its updatedAt earlier): a stale page never undoes a newer state.
    void upsertOrders(const QList<Order>& orders);
    // The same for orders[from .. from + count), without copying the list first.
    void upsertOrders(const QList<Order>& orders, qsizetype from, qsizetype count);
    void upsertOrder(const Order& order);
    // A refresh of one account: rows not delivered again between begin and end are removed,
    // unless the refresh failed (removeUnseen false), when the account keeps what it showed.
    void beginAccountRefresh(const QString& accountId);
    void endAccountRefresh(const QString& accountId, bool removeUnseen = true);
    void removeAccount(const QString& accountId);
    void clear();

    const Order& orderAt(int row) const { return m_orders.at(row).order; }
    int rowOf(const QString& accountId, const QString& orderId) const;
    static QString keyOf(const QString& accountId, const QString& orderId);

    // Precomputed, for the proxy's hot loops.
    const QString& searchTextAt(int row) const { return m_orders.at(row).searchText; }
    const QString& customerSortKeyAt(int row) const { return m_orders.at(row).customerKey; }
    static QString progressText(const Order& order);
    // Whether the row `left` sorts before `right` by `column`, comparing the column's sort key
    // (Roles::Sort) without building a QVariant for either.
    bool lessThan(int left, int right, int column) const;

private:
    struct Row
    {
        Order order;
        QString searchText;  // id, customer name, email, company; case-folded
        QString customerKey; // case-folded display name
        bool seen = true;    // delivered during the running refresh
    };

    Row makeRow(const Order& order) const;
    void rebuildIndex(int fromRow);
    QVariant display(const Order& order, int column) const;
    QVariant sortKey(int row, int column) const;

    // A deque: growing it never moves the rows already held (a vector of 100,000 rows moved them
    // all at once, a 50 ms stall, each time it grew).
    std::deque<Row> m_orders;
    // Keyed by the order's own (implicitly shared) strings, so the index allocates no text; in a
    // std::unordered_map, whose growth relinks nodes instead of moving them, with the hash kept in
    // the key, so growing never reads the strings again (QHash's rehash of 131,072 keys stalled the
    // window for 40 ms).
    struct RowKey
    {
        RowKey(QString account, QString order)
            : accountId(std::move(account))
            , id(std::move(order))
            , hash(qHashMulti(0, accountId, id))
        {}
        QString accountId;
        QString id;
        size_t hash;
        bool operator==(const RowKey& o) const { return hash == o.hash && id == o.id && accountId == o.accountId; }
    };
    struct RowKeyHash
    {
        size_t operator()(const RowKey& k) const noexcept { return k.hash; }
    };
    std::unordered_map<RowKey, int, RowKeyHash> m_rowByKey;
    QHash<QString, QString> m_accountLabels;
    QSet<QString> m_refreshing;
};

} // namespace OrderDesk
