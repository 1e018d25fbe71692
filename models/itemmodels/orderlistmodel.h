#pragma once

#include "domain/order.h"
#include "itemmodels/rowindex.h"

#include <QAbstractTableModel>
#include <QByteArrayView>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include <deque>
#include <optional>
#include <vector>

namespace OrderDesk {

// Every loaded order of every account, one row each. Pages are inserted in one batch each, an
// order that arrives again replaces its row in place, and a refresh removes only the rows it no
// longer saw, so selection and scroll position survive it.
class OrderListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderListModel)

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
    // older than the row (its updatedAt earlier): a stale page never undoes a newer state. An
    // order that is only a marker (unchangedSinceListed) keeps its row as it is and counts as seen;
    // returns how many markers found no row to keep (their orders are not in the model).
    qsizetype upsertOrders(const QList<Order>& orders);
    // The same for orders[from .. from + count), without copying the list first.
    qsizetype upsertOrders(const QList<Order>& orders, qsizetype from, qsizetype count);
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
    // UTF-8, so half the size of UTF-16 text; a case-folded term in UTF-8 matches at the same places.
    QByteArrayView searchTextAt(int row) const { return m_orders.at(row).searchText; }
    static QString progressText(const Order& order);
    // Whether the row `left` sorts before `right` by `column`, comparing the column's sort key
    // (Roles::Sort) without building a QVariant for either. Order ids compare naturally ("ord_9"
    // before "ord_10"), customers by the sort locale's collation (numbers by value, case ignored).
    bool lessThan(int left, int right, int column) const;
    // <0, 0, >0 by the same keys: one comparison where a sort needs to know "before, after or equal".
    int compare(int left, int right, int column) const;
    // Sorts `rows` by `column` (equal keys by row), as a sort by compare() would, but looks each
    // row's key up once instead of in every comparison. Call prepareSortKeys first.
    void sortRows(std::vector<int>& rows, int column, Qt::SortOrder order) const;
    // Computes the sort keys `column` needs for rows [first, last] that have none yet: once a row,
    // and again only when the row changes or the sort locale does. The proxy calls it before it sorts.
    void prepareSortKeys(int column, int first, int last);
    void prepareSortKeys(int column) { prepareSortKeys(column, 0, rowCount() - 1); }
    // The locale customers are collated in (QLocale() by default; for the C locale, CLDR's root
    // order). Changing it drops every row's key and reports the customer column changed, so a proxy
    // sorted by it sorts again.
    void setSortLocale(const QLocale& locale);
    QLocale sortLocale() const { return m_collator.locale(); }
    // <0, 0, >0: `a` and `b` (UTF-8) with every run of digits compared by its value.
    static int naturalCompare(QByteArrayView a, QByteArrayView b);

private:
    struct Row
    {
        Order order;
        // id, customer name, email, company: case-folded, UTF-8, separated by U+001F. The name
        // part is also the customer column's sort key (byte order of UTF-8 is code point order).
        QByteArray searchText;
        qint32 nameFrom = 0;
        qint32 nameSize = 0;
        bool seen = true; // delivered during the running refresh
        // The customer's collation key (QCollator::sortKey), made when the list is first sorted by
        // customer (prepareSortKeys) and dropped when the row changes.
        std::optional<QCollatorSortKey> customerSortKey;

        QByteArrayView customerKey() const { return QByteArrayView(searchText).sliced(nameFrom, nameSize); }
        QByteArrayView idKey() const { return QByteArrayView(searchText).first(nameFrom - 1); }
    };

    Row makeRow(const Order& order) const;
    void replaceRow(Row& row, const Order& order) const;
    static size_t keyHash(const QString& accountId, const QString& orderId);
    static bool sameKey(const Order& a, const Order& b);
    bool isKeyOf(int row, const Order& order) const;
    void indexRows(int fromRow);
    QVariant display(const Order& order, int column) const;
    QVariant sortKey(int row, int column) const;

    // A deque: growing it never moves the rows already held (a vector of 100,000 rows moved them
    // all at once, a 50 ms stall, each time it grew).
    std::deque<Row> m_orders;
    // (account, order id) to row. Rebuilt after removals; while rows are removed it may point past
    // the end or at a moved row, which find() rejects by comparing the key.
    RowIndex m_rowByKey;
    QHash<QString, QString> m_accountLabels;
    QSet<QString> m_refreshing;
    QCollator m_collator; // numeric, case-insensitive, in the sort locale
};

} // namespace OrderDesk
