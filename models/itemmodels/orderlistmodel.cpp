#include "orderlistmodel.h"

#include "domain/cancellationpolicy.h"
#include "itemmodels/roles.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// Qt's QCollator does not collate in the C locale (LANG=C, a bare test run): it compares code points,
// which puts "Émile" after "Zoë". There the language-neutral order is used: English collation is
// CLDR's root order.
QLocale collationLocale(const QLocale& locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

OrderListModel::OrderListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_collator.setLocale(collationLocale(QLocale()));
    m_collator.setNumericMode(true); // "Unit 9" before "Unit 10"
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void OrderListModel::setSortLocale(const QLocale& requested)
{
    const QLocale locale = collationLocale(requested);
    if (locale == m_collator.locale())
        return;
    m_collator.setLocale(locale);
    for (Row& row : m_orders)
        row.customerSortKey.reset();
    if (!m_orders.empty())
        emit dataChanged(index(0, CustomerColumn), index(rowCount() - 1, CustomerColumn), {Roles::Sort});
}

void OrderListModel::prepareSortKeys(int column, int first, int last)
{
    if (column != CustomerColumn) // the other columns compare what the row holds already
        return;
    last = std::min(last, rowCount() - 1);
    for (int r = std::max(first, 0); r <= last; ++r) {
        Row& row = m_orders[std::size_t(r)];
        if (!row.customerSortKey)
            row.customerSortKey = m_collator.sortKey(row.order.customerDisplayName());
    }
}

int OrderListModel::naturalCompare(QByteArrayView a, QByteArrayView b)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            // Two numbers: without leading zeros, the shorter is the smaller; of equal length, the
            // first digit that differs decides.
            while (i < a.size() && a[i] == '0')
                ++i;
            while (j < b.size() && b[j] == '0')
                ++j;
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && digit(a[endA]))
                ++endA;
            while (endB < b.size() && digit(b[endB]))
                ++endB;
            if (endA - i != endB - j)
                return endA - i < endB - j ? -1 : 1;
            for (; i < endA; ++i, ++j) {
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
            }
            continue;
        }
        if (a[i] != b[j]) // UTF-8 byte order is code point order
            return uchar(a[i]) < uchar(b[j]) ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    // Equal but for leading zeros ("ord_007", "ord_7"): the bytes decide, so the order is total.
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderListModel::keyOf(const QString& accountId, const QString& orderId)
{
    return accountId + QChar(0x1f) + orderId;
}

size_t OrderListModel::keyHash(const QString& accountId, const QString& orderId)
{
    // Seeded per process, so ids chosen to collide cannot make every lookup a linear search.
    return qHashMulti(QHashSeed::globalSeed(), accountId, orderId);
}

int OrderListModel::rowOf(const QString& accountId, const QString& orderId) const
{
    return m_rowByKey.find(keyHash(accountId, orderId), [&](int row) {
        return row < int(m_orders.size()) && m_orders[row].order.id == orderId &&
               m_orders[row].order.accountId == accountId;
    });
}

bool OrderListModel::isKeyOf(int row, const Order& order) const
{
    return row < int(m_orders.size()) && sameKey(m_orders[row].order, order);
}

bool OrderListModel::sameKey(const Order& a, const Order& b)
{
    return a.id == b.id && a.accountId == b.accountId;
}

QString OrderListModel::progressText(const Order& order)
{
    const Progress p = order.progress();
    if (order.platform == Platform::FlexPortal) {
        if (!p.isKnown())
            return QCoreApplication::translate("OrderListModel", "No devices");
        return QCoreApplication::translate("OrderListModel", "%1 of %n device(s) rented", nullptr, p.total).arg(p.done);
    }
    if (!p.isKnown())
        return QCoreApplication::translate("OrderListModel", "No items");
    QString text = QCoreApplication::translate("OrderListModel", "%1 of %n provider item(s) accepted", nullptr, p.total)
                       .arg(p.done);
    const ProviderProgress pp = order.providerProgress();
    if (pp.rejected > 0)
        text += u"; "_s + QCoreApplication::translate("OrderListModel", "%n rejected", nullptr, pp.rejected);
    if (pp.failed > 0)
        text += u"; "_s + QCoreApplication::translate("OrderListModel", "%n failed", nullptr, pp.failed);
    return text;
}

namespace {

// Appends `text` case-folded, in UTF-8. Most ids, names and addresses are ASCII: those are folded
// byte by byte, without the two temporary strings of toCaseFolded().toUtf8().
void appendFoldedUtf8(QByteArray& out, QStringView text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out += text.toString().toCaseFolded().toUtf8();
        return;
    }
    for (const QChar c : text) {
        const char byte = char(c.unicode());
        out += (byte >= 'A' && byte <= 'Z') ? char(byte - 'A' + 'a') : byte;
    }
}

} // namespace

OrderListModel::Row OrderListModel::makeRow(const Order& order) const
{
    Row row;
    row.order = order;
    const QString name = order.customerDisplayName();
    QByteArray& text = row.searchText;
    text.reserve(order.id.size() + name.size() + order.customer.email.size() + order.customer.company.size() + 3);
    appendFoldedUtf8(text, order.id);
    text += '\x1f';
    row.nameFrom = qint32(text.size());
    appendFoldedUtf8(text, name);
    row.nameSize = qint32(text.size()) - row.nameFrom;
    text += '\x1f';
    appendFoldedUtf8(text, order.customer.email);
    text += '\x1f';
    appendFoldedUtf8(text, order.customer.company);
    if (text.capacity() - text.size() > 16)
        text.squeeze(); // text beyond ASCII took more than one byte a character
    return row;
}

// The row holds `order` now, having taken only what changed (takeChanges). Its search text and the
// customer's sort key stay while the customer does.
void OrderListModel::replaceRow(Row& row, const Order& order) const
{
    const bool sameCustomer = row.order.id == order.id && row.order.customer == order.customer;
    takeChanges(row.order, order);
    if (!sameCustomer)
        row = makeRow(row.order); // makeRow copies it before the row is assigned
}

void OrderListModel::indexRows(int fromRow)
{
    for (int r = fromRow; r < int(m_orders.size()); ++r)
        m_rowByKey.insert(keyHash(m_orders[r].order.accountId, m_orders[r].order.id), r);
}

qsizetype OrderListModel::upsertOrders(const QList<Order>& orders)
{
    return upsertOrders(orders, 0, orders.size());
}

qsizetype OrderListModel::upsertOrders(const QList<Order>& orders, qsizetype from, qsizetype count)
{
    std::vector<Row> fresh;
    RowIndex freshIndex; // so an order sent twice in one batch gets one row

    qsizetype missing = 0;
    int firstChanged = -1;
    int lastChanged = -1;
    for (qsizetype i = from; i < from + count; ++i) {
        const Order& order = orders.at(i);
        const size_t hash = keyHash(order.accountId, order.id);
        const int existing = m_rowByKey.find(hash, [&](int row) { return isKeyOf(row, order); });
        if (order.unchangedSinceListed) {
            if (existing >= 0)
                m_orders[existing].seen = true;
            else
                ++missing;
            continue;
        }
        if (existing >= 0) {
            Row& row = m_orders[existing];
            row.seen = true;
            if (row.order == order)
                continue; // a refresh that changed nothing signals nothing: no re-sort, no repaint
            // A page fetched before a cancel must not turn the cancelled row back: the order the
            // model holds is newer (the platforms stamp updatedAt on every change).
            if (row.order.updatedAt.isValid() && order.updatedAt.isValid() && order.updatedAt < row.order.updatedAt)
                continue;
            replaceRow(row, order);
            firstChanged = firstChanged < 0 ? existing : std::min(firstChanged, existing);
            lastChanged = std::max(lastChanged, existing);
        } else if (freshIndex.find(hash, [&](int r) { return sameKey(fresh[size_t(r)].order, order); }) < 0) {
            freshIndex.insert(hash, int(fresh.size()));
            fresh.push_back(makeRow(order));
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!fresh.empty()) {
        const int first = int(m_orders.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_orders.insert(m_orders.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
        indexRows(first);
        endInsertRows();
    }
    return missing;
}

void OrderListModel::upsertOrder(const Order& order)
{
    upsertOrders({order});
}

void OrderListModel::beginAccountRefresh(const QString& accountId)
{
    m_refreshing.insert(accountId);
    for (Row& row : m_orders) {
        if (row.order.accountId == accountId)
            row.seen = false;
    }
}

void OrderListModel::endAccountRefresh(const QString& accountId, bool removeUnseen)
{
    if (!m_refreshing.remove(accountId))
        return;
    if (!removeUnseen) {
        for (Row& row : m_orders) {
            if (row.order.accountId == accountId)
                row.seen = true;
        }
        return;
    }
    // Remove unseen rows from the bottom up, one contiguous run at a time.
    int r = int(m_orders.size()) - 1;
    bool removed = false;
    while (r >= 0) {
        if (m_orders[r].order.accountId != accountId || m_orders[r].seen) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && m_orders[first - 1].order.accountId == accountId && !m_orders[first - 1].seen)
            --first;
        beginRemoveRows({}, first, r);
        m_orders.erase(m_orders.begin() + first, m_orders.begin() + r + 1);
        endRemoveRows();
        removed = true;
        r = first - 1;
    }
    if (removed) {
        m_rowByKey.clear();
        indexRows(0);
    }
}

void OrderListModel::removeAccount(const QString& accountId)
{
    beginAccountRefresh(accountId);
    endAccountRefresh(accountId);
}

void OrderListModel::clear()
{
    beginResetModel();
    m_orders.clear();
    m_rowByKey.clear();
    m_refreshing.clear();
    endResetModel();
}

void OrderListModel::setAccountLabel(const QString& accountId, const QString& label)
{
    const auto known = m_accountLabels.constFind(accountId);
    if (known != m_accountLabels.cend() && known.value() == label)
        return; // every refresh sets it: unchanged, it repaints and re-sorts nothing
    m_accountLabels.insert(accountId, label);
    if (!m_orders.empty())
        emit dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn), {Qt::DisplayRole});
}

QVariant OrderListModel::display(const Order& o, int column) const
{
    switch (column) {
    case IdColumn:
        return o.id;
    case SourceColumn:
        return QCoreApplication::translate("OrderListModel", "%1 · %2")
            .arg(m_accountLabels.value(o.accountId, o.accountId), platformName(o.platform));
    case CustomerColumn:
        return o.customerDisplayName();
    case StatusColumn:
        return QString(o.status).replace(u'_', u' ');
    case ProgressColumn: {
        const Progress p = o.progress();
        return p.isKnown() ? u"%L1/%L2"_s.arg(p.done).arg(p.total) : QString();
    }
    case TotalColumn:
        if (!o.totals.total)
            return QString();
        return QLocale().toString(*o.totals.total, 'f', 2) + u' ' + o.totals.currency;
    case CreatedColumn:
        return o.createdAt.isValid() ? QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        break;
    }
    return {};
}

QVariant OrderListModel::sortKey(int row, int column) const
{
    const Order& o = m_orders[row].order;
    switch (column) {
    case CustomerColumn:
        return o.customerDisplayName(); // compared by the sort locale's collation, see lessThan
    case ProgressColumn: {
        const Progress p = o.progress();
        return p.isKnown() ? double(p.done) / p.total : -1.0;
    }
    case TotalColumn:
        return o.totals.total.value_or(-1.0);
    case CreatedColumn:
        return o.createdAt.toMSecsSinceEpoch();
    default:
        break;
    }
    return display(o, column);
}

bool OrderListModel::lessThan(int left, int right, int column) const
{
    return compare(left, right, column) < 0;
}

int OrderListModel::compare(int left, int right, int column) const
{
    const Order& l = m_orders[left].order;
    const Order& r = m_orders[right].order;
    const auto threeWay = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    const auto fraction = [](const Order& o) {
        const Progress p = o.progress();
        return p.isKnown() ? double(p.done) / p.total : -1.0;
    };
    switch (column) {
    case IdColumn: // the case-folded UTF-8 ids, made once a row for the search
        return naturalCompare(m_orders[left].idKey(), m_orders[right].idKey());
    case CustomerColumn: {
        const Row& a = m_orders[left];
        const Row& b = m_orders[right];
        if (a.customerSortKey && b.customerSortKey)
            return a.customerSortKey->compare(*b.customerSortKey);
        // Not prepared (a caller that did not call prepareSortKeys): the same order, only slower.
        return m_collator.compare(l.customerDisplayName(), r.customerDisplayName());
    }
    case ProgressColumn:
        return threeWay(fraction(l), fraction(r));
    case TotalColumn:
        return threeWay(l.totals.total.value_or(-1.0), r.totals.total.value_or(-1.0));
    case CreatedColumn:
        return threeWay(l.createdAt.toMSecsSinceEpoch(), r.createdAt.toMSecsSinceEpoch());
    default:
        break;
    }
    return display(l, column).toString().compare(display(r, column).toString());
}

namespace {
// Sorts (key, row) pairs by key, then row, and writes the rows back in that order.
template <typename Key, typename Compare>
void sortByKey(std::vector<int>& rows, Qt::SortOrder order, const std::function<Key(int)>& keyOf, Compare compare)
{
    std::vector<std::pair<Key, int>> keyed;
    keyed.reserve(rows.size());
    for (int row : rows)
        keyed.emplace_back(keyOf(row), row);
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(keyed.begin(), keyed.end(), [&](const std::pair<Key, int>& a, const std::pair<Key, int>& b) {
        if (const int c = compare(a.first, b.first); c != 0)
            return ascending ? c < 0 : c > 0;
        return a.second < b.second;
    });
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].second;
}
} // namespace

void OrderListModel::sortRows(std::vector<int>& rows, int column, Qt::SortOrder order) const
{
    switch (column) {
    case IdColumn:
        sortByKey<QByteArrayView>(
            rows, order, [this](int r) { return m_orders[std::size_t(r)].idKey(); }, &naturalCompare);
        return;
    case CustomerColumn:
        if (std::all_of(rows.begin(), rows.end(), [this](int r) { return m_orders[std::size_t(r)].customerSortKey; })) {
            sortByKey<const QCollatorSortKey*>(
                rows, order, [this](int r) { return &*m_orders[std::size_t(r)].customerSortKey; },
                [](const QCollatorSortKey* a, const QCollatorSortKey* b) { return a->compare(*b); });
            return;
        }
        break;
    case CreatedColumn:
        sortByKey<qint64>(
            rows, order, [this](int r) { return m_orders[std::size_t(r)].order.createdAt.toMSecsSinceEpoch(); },
            [](qint64 a, qint64 b) { return a < b ? -1 : (b < a ? 1 : 0); });
        return;
    default:
        break;
    }
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (const int c = compare(a, b, column); c != 0)
            return ascending ? c < 0 : c > 0;
        return a < b;
    });
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order& o = m_orders[index.row()].order;
    switch (role) {
    case Qt::DisplayRole:
        return display(o, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // In words what the status mark and the progress bar paint: what a screen reader reads out.
        if (index.column() == ProgressColumn)
            return progressText(o);
        if (index.column() == StatusColumn)
            return QCoreApplication::translate("OrderListModel", "%1 (%2)")
                .arg(display(o, StatusColumn).toString(), stageName(o.stage()));
        return display(o, index.column());
    case Qt::AccessibleDescriptionRole:
        if (index.column() == ProgressColumn)
            return progressText(o);
        if (index.column() == StatusColumn) { // what the status means for the agent: may it be cancelled?
            const CancelVerdict verdict = CancellationPolicy::evaluate(o);
            return verdict.allowed ? QCoreApplication::translate("OrderListModel", "May be cancelled.")
                                   : verdict.explanation;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::OrderKey:
        return keyOf(o.accountId, o.id);
    case Roles::OrderId:
        return o.id;
    case Roles::AccountId:
        return o.accountId;
    case Roles::Platform:
        return int(o.platform);
    case Roles::NativeStatus:
        return o.status;
    case Roles::Stage:
        return int(o.stage());
    case Roles::ProgressDone:
        return o.progress().done;
    case Roles::ProgressTotal:
        return o.progress().total;
    case Roles::ProgressText:
        return progressText(o);
    case Roles::Sort:
        return sortKey(index.row(), index.column());
    default:
        break;
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return QCoreApplication::translate("OrderListModel", "Order");
    case SourceColumn:
        return QCoreApplication::translate("OrderListModel", "Source");
    case CustomerColumn:
        return QCoreApplication::translate("OrderListModel", "Customer");
    case StatusColumn:
        return QCoreApplication::translate("OrderListModel", "Status");
    case ProgressColumn:
        return QCoreApplication::translate("OrderListModel", "Progress");
    case TotalColumn:
        return QCoreApplication::translate("OrderListModel", "Total");
    case CreatedColumn:
        return QCoreApplication::translate("OrderListModel", "Created");
    default:
        break;
    }
    return {};
}

} // namespace OrderDesk
