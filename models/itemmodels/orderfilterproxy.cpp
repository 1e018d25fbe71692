#include "orderfilterproxy.h"

#include "itemmodels/orderlistmodel.h"

#include <algorithm>
#include <functional>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// Removals that split into more runs than this go out as one layout change instead of one
// removal per run (each of which renumbers every row after it).
constexpr std::size_t MaxRemovalRuns = 32;
} // namespace

OrderFilterProxy::OrderFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void OrderFilterProxy::setOrderModel(OrderListModel* model)
{
    beginResetModel();
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_orders = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &OrderFilterProxy::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &OrderFilterProxy::onRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OrderFilterProxy::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &OrderFilterProxy::onDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            refill();
            endResetModel();
        });
        // OrderListModel never moves rows about; should a source do so, start again.
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            beginResetModel();
            refill();
            endResetModel();
        });
    }
    refill();
    endResetModel();
}

void OrderFilterProxy::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    m_searchUtf8 = folded.toUtf8();
    rebuild(QAbstractItemModel::NoLayoutChangeHint);
}

void OrderFilterProxy::setStatusFilter(const QString& filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    rebuild(QAbstractItemModel::NoLayoutChangeHint);
}

void OrderFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild(QAbstractItemModel::VerticalSortHint);
}

bool OrderFilterProxy::accepts(int sourceRow) const
{
    const Order& order = m_orders->orderAt(sourceRow);
    if (!m_statusFilter.isEmpty()) {
        if (m_statusFilter.startsWith(u"stage:"_s)) {
            if (stageKey(order.stage()) != QStringView(m_statusFilter).mid(6))
                return false;
        } else if (m_statusFilter.startsWith(u"status:"_s)) {
            if (order.status != QStringView(m_statusFilter).mid(7))
                return false;
        }
    }
    return m_search.isEmpty() || m_orders->searchTextAt(sourceRow).contains(m_searchUtf8);
}

bool OrderFilterProxy::before(int left, int right) const
{
    if (m_sortColumn >= 0) {
        if (const int c = m_orders->compare(left, right, m_sortColumn); c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return left < right; // equal keys keep the source's order, as a stable sort does
}

void OrderFilterProxy::reindex(int fromProxyRow)
{
    for (int p = fromProxyRow; p < int(m_proxyToSource.size()); ++p)
        m_sourceToProxy[std::size_t(m_proxyToSource[std::size_t(p)])] = p;
}

void OrderFilterProxy::refill()
{
    const int rows = m_orders ? m_orders->rowCount() : 0;
    m_proxyToSource.clear();
    m_sourceToProxy.assign(std::size_t(rows), -1);
    for (int r = 0; r < rows; ++r) {
        if (accepts(r))
            m_proxyToSource.push_back(r);
    }
    if (m_sortColumn >= 0) {
        m_orders->prepareSortKeys(m_sortColumn); // once a row, not in every comparison
        m_orders->sortRows(m_proxyToSource, m_sortColumn, m_sortOrder);
    }
    reindex(0);
}

void OrderFilterProxy::relayout(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()>& change)
{
    emit layoutAboutToBeChanged({}, hint);
    // Views keep persistent indexes (current row, selection): they follow their orders.
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> persistentSource;
    persistentSource.reserve(std::size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        persistentSource.push_back(m_proxyToSource.at(std::size_t(index.row())));
    change();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int proxyRow = m_sourceToProxy[std::size_t(persistentSource[std::size_t(i)])];
        moved.append(proxyRow >= 0 ? index(proxyRow, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, hint);
}

void OrderFilterProxy::rebuild(QAbstractItemModel::LayoutChangeHint hint)
{
    relayout(hint, [this] { refill(); });
}

void OrderFilterProxy::eraseUnshown()
{
    m_proxyToSource.erase(std::remove_if(m_proxyToSource.begin(), m_proxyToSource.end(),
                                         [this](int s) { return m_sourceToProxy[std::size_t(s)] < 0; }),
                          m_proxyToSource.end());
}

void OrderFilterProxy::mergeTail(std::size_t sortedHead)
{
    std::inplace_merge(m_proxyToSource.begin(), m_proxyToSource.begin() + std::ptrdiff_t(sortedHead),
                       m_proxyToSource.end(), [this](int a, int b) { return before(a, b); });
    reindex(0);
}

void OrderFilterProxy::insertSourceRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    const auto order = [this](int a, int b) { return before(a, b); };
    std::sort(rows.begin(), rows.end(), order);
    const auto placeOf = [&](int sourceRow) {
        return int(std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), sourceRow, order) -
                   m_proxyToSource.begin());
    };
    const int count = int(rows.size());
    const int place = placeOf(rows.front());
    if (place == placeOf(rows.back())) {
        // All between the same two rows (a page appended to an unsorted list, one new order): one run.
        beginInsertRows({}, place, place + count - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + place, rows.begin(), rows.end());
        reindex(place);
        endInsertRows();
        return;
    }
    // Scattered: in at the end, then merged into place as one layout change.
    const int held = int(m_proxyToSource.size());
    beginInsertRows({}, held, held + count - 1);
    m_proxyToSource.insert(m_proxyToSource.end(), rows.begin(), rows.end());
    reindex(held);
    endInsertRows();

    relayout(QAbstractItemModel::VerticalSortHint, [this, held] { mergeTail(std::size_t(held)); });
}

void OrderFilterProxy::removeProxyRows(std::vector<int> proxyRows)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    std::vector<std::pair<int, int>> runs; // [first, last], ascending
    for (int p : proxyRows) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else
            runs.emplace_back(p, p);
    }
    if (runs.size() <= MaxRemovalRuns) {
        for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            for (int p = run->first; p <= run->second; ++p)
                m_sourceToProxy[std::size_t(m_proxyToSource[std::size_t(p)])] = -1;
            m_proxyToSource.erase(m_proxyToSource.begin() + run->first, m_proxyToSource.begin() + run->second + 1);
            reindex(run->first);
            endRemoveRows();
        }
        return;
    }
    relayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
        for (int p : proxyRows)
            m_sourceToProxy[std::size_t(m_proxyToSource[std::size_t(p)])] = -1;
        eraseUnshown();
        reindex(0);
    });
}

void OrderFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int& s : m_proxyToSource) {
        if (s >= first)
            s += count;
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, std::size_t(count), -1);
    if (m_sortColumn >= 0)
        m_orders->prepareSortKeys(m_sortColumn, first, last);
    std::vector<int> fresh;
    for (int r = first; r <= last; ++r) {
        if (accepts(r))
            fresh.push_back(r);
    }
    insertSourceRows(std::move(fresh));
}

void OrderFilterProxy::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> shown;
    for (int r = first; r <= last; ++r) {
        if (const int p = m_sourceToProxy[std::size_t(r)]; p >= 0)
            shown.push_back(p);
    }
    removeProxyRows(std::move(shown));
}

void OrderFilterProxy::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    for (int& s : m_proxyToSource) {
        if (s > last)
            s -= count;
    }
}

void OrderFilterProxy::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                     const QList<int>& roles)
{
    if (topLeft.parent().isValid())
        return;
    if (m_sortColumn >= 0) // a changed row has a new key to make
        m_orders->prepareSortKeys(m_sortColumn, topLeft.row(), bottomRight.row());
    std::vector<int> hide;  // proxy rows
    std::vector<int> show;  // source rows
    std::vector<int> moved; // source rows whose place in the order may have changed
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const bool accepted = accepts(r);
        const int p = m_sourceToProxy[std::size_t(r)];
        if (p < 0 && accepted)
            show.push_back(r);
        else if (p >= 0 && !accepted)
            hide.push_back(p);
        else if (p >= 0 && m_sortColumn >= 0)
            moved.push_back(r);
    }
    removeProxyRows(std::move(hide));
    // Rows still in order where they are stay put; the others are taken out and merged back in.
    const auto inPlace = [this](int sourceRow) {
        const int p = m_sourceToProxy[std::size_t(sourceRow)];
        const int last = int(m_proxyToSource.size()) - 1;
        return (p == 0 || before(m_proxyToSource[std::size_t(p - 1)], sourceRow)) &&
               (p == last || before(sourceRow, m_proxyToSource[std::size_t(p + 1)]));
    };
    moved.erase(std::remove_if(moved.begin(), moved.end(), inPlace), moved.end());
    if (!moved.empty()) {
        relayout(QAbstractItemModel::VerticalSortHint, [&] {
            for (int s : moved)
                m_sourceToProxy[std::size_t(s)] = -1;
            eraseUnshown();
            const auto order = [this](int a, int b) { return before(a, b); };
            if (!std::is_sorted(m_proxyToSource.begin(), m_proxyToSource.end(), order))
                std::sort(m_proxyToSource.begin(), m_proxyToSource.end(), order);
            std::sort(moved.begin(), moved.end(), order);
            const std::size_t held = m_proxyToSource.size();
            m_proxyToSource.insert(m_proxyToSource.end(), moved.begin(), moved.end());
            mergeTail(held);
        });
    }
    insertSourceRows(std::move(show));

    int firstShown = -1;
    int lastShown = -1;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (const int p = m_sourceToProxy[std::size_t(r)]; p >= 0) {
            firstShown = firstShown < 0 ? p : std::min(firstShown, p);
            lastShown = std::max(lastShown, p);
        }
    }
    if (firstShown >= 0)
        emit dataChanged(index(firstShown, topLeft.column()), index(lastShown, bottomRight.column()), roles);
}

QModelIndex OrderFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_proxyToSource.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex OrderFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex OrderFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int OrderFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int OrderFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool OrderFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_proxyToSource.empty();
}

QModelIndex OrderFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_proxyToSource.size()))
        return {};
    return sourceModel()->index(m_proxyToSource[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex OrderFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int p = m_sourceToProxy[std::size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

} // namespace OrderDesk
