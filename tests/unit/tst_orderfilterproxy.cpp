// The orders proxy under load: batches of rows that land scattered in a sorted list, rows whose
// sort key or status changes, refreshes that drop rows all over the list. After each step the
// proxy must show exactly the rows a plain filter-then-stable-sort of the model gives, keep the
// view's current row on its order, and (its reason to exist) tell the view about a scattered
// batch with one insertion and one layout change. QAbstractItemModelTester watches throughout.
#include "i18n/translations.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlistmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime Epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

Order makeOrder(int n, qint64 createdSecs, const QString& status = u"pending"_s)
{
    Order o;
    o.accountId = u"fp"_s;
    o.id = u"ord-%1"_s.arg(n, 5, 10, QChar(u'0'));
    o.status = status;
    o.customer.fullName = u"Customer %1"_s.arg(n % 97);
    o.createdAt = Epoch.addSecs(createdSecs);
    o.updatedAt = Epoch.addSecs(createdSecs);
    return o;
}

// The ids the proxy must show: the model's rows with `status` (all when empty), newest first,
// equal times in the model's own order.
QStringList expectedNewestFirst(const OrderListModel& model, const QString& status = {})
{
    std::vector<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (status.isEmpty() || model.orderAt(r).status == status)
            rows.push_back(r);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return model.orderAt(b).createdAt < model.orderAt(a).createdAt; });
    QStringList ids;
    for (int r : rows)
        ids << model.orderAt(r).id;
    return ids;
}

QStringList shownIds(const QAbstractItemModel& proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, OrderListModel::IdColumn).data().toString();
    return ids;
}

} // namespace

class TestOrderFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }

    void scatteredBatches_landInSortedOrder_withOneInsertionAndOneLayoutChangeEach()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OrderListModel::CreatedColumn, Qt::DescendingOrder);
        QRandomGenerator random(42);
        int n = 0;
        for (int batch = 0; batch < 20; ++batch) {
            QList<Order> orders;
            for (int i = 0; i < 100; ++i) // times repeat on purpose: ties keep the model's order
                orders << makeOrder(n++, qint64(random.bounded(5000)));
            QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
            QSignalSpy relaid(&proxy, &QAbstractItemModel::layoutChanged);
            model.upsertOrders(orders);
            QCOMPARE(shownIds(proxy), expectedNewestFirst(model));
            QCOMPARE(inserted.count(), 1);
            QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 100);
            QVERIFY(relaid.count() <= 1);
        }
        QCOMPARE(proxy.rowCount(), 2000);
    }

    void currentRow_staysOnItsOrder_throughMergesSortsAndFilters()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        proxy.sort(OrderListModel::CreatedColumn, Qt::DescendingOrder);
        QList<Order> first;
        for (int i = 0; i < 50; ++i)
            first << makeOrder(i, i * 10);
        model.upsertOrders(first);
        const QString chosen = u"ord-00025"_s;
        selection.setCurrentIndex(proxy.mapFromSource(model.index(model.rowOf(u"fp"_s, chosen), 0)),
                                  QItemSelectionModel::SelectCurrent);
        const auto currentId = [&] { return selection.currentIndex().siblingAtColumn(0).data().toString(); };

        QList<Order> scattered; // newer, older and in between: the chosen row moves down
        for (int i = 50; i < 100; ++i)
            scattered << makeOrder(i, (i - 50) * 10 + 5);
        model.upsertOrders(scattered);
        QCOMPARE(currentId(), chosen);
        QVERIFY(selection.currentIndex().row() > 24);

        proxy.sort(OrderListModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(currentId(), chosen);
        proxy.setSearchText(u"ord-0002"_s);
        QCOMPARE(currentId(), chosen);
        proxy.setSearchText(u"ord-0003"_s); // filtered out: no current row rather than a wrong one
        QVERIFY(!selection.currentIndex().isValid());
    }

    void changedRows_moveToTheirNewPlace_andFollowTheStatusFilter()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OrderListModel::CreatedColumn, Qt::DescendingOrder);
        QList<Order> orders;
        for (int i = 0; i < 300; ++i)
            orders << makeOrder(i, i * 7 % 1000, i % 3 == 0 ? u"confirmed"_s : u"pending"_s);
        model.upsertOrders(orders);
        QCOMPARE(shownIds(proxy), expectedNewestFirst(model));

        // One refresh: some orders newer (their createdAt moves them), some confirmed now.
        QList<Order> changed;
        for (int i = 0; i < 300; i += 7) {
            Order o = orders.at(i);
            o.createdAt = o.createdAt.addSecs(i % 2 ? 500 : -500);
            o.status = i % 2 ? u"confirmed"_s : u"pending"_s;
            o.updatedAt = o.updatedAt.addSecs(1000);
            changed << o;
        }
        model.upsertOrders(changed);
        QCOMPARE(shownIds(proxy), expectedNewestFirst(model));

        proxy.setStatusFilter(u"status:confirmed"_s);
        QCOMPARE(shownIds(proxy), expectedNewestFirst(model, u"confirmed"_s));
        Order cancelled = orders.at(3); // confirmed, shown; now cancelled: it leaves the filtered list
        cancelled.status = u"cancelled"_s;
        cancelled.updatedAt = cancelled.updatedAt.addSecs(5000);
        model.upsertOrder(cancelled);
        QVERIFY(!shownIds(proxy).contains(cancelled.id));
        Order confirmed = orders.at(4); // pending, hidden; now confirmed: it appears in its place
        confirmed.status = u"confirmed"_s;
        confirmed.updatedAt = confirmed.updatedAt.addSecs(5000);
        model.upsertOrder(confirmed);
        QCOMPARE(shownIds(proxy), expectedNewestFirst(model, u"confirmed"_s));
    }

    void refreshDroppingRowsAllOverTheList_removesExactlyThose()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        proxy.sort(OrderListModel::CreatedColumn, Qt::DescendingOrder);
        QList<Order> orders;
        for (int i = 0; i < 400; ++i)
            orders << makeOrder(i, (i * 37) % 400);
        model.upsertOrders(orders);
        const QString kept = u"ord-00010"_s;
        selection.setCurrentIndex(proxy.mapFromSource(model.index(model.rowOf(u"fp"_s, kept), 0)),
                                  QItemSelectionModel::SelectCurrent);

        // The platform no longer lists every odd order: far more runs than one removal each.
        model.beginAccountRefresh(u"fp"_s);
        QList<Order> seen;
        for (int i = 0; i < 400; i += 2)
            seen << orders.at(i);
        model.upsertOrders(seen);
        model.endAccountRefresh(u"fp"_s);
        QCOMPARE(proxy.rowCount(), 200);
        QCOMPARE(shownIds(proxy), expectedNewestFirst(model));
        QCOMPARE(selection.currentIndex().siblingAtColumn(0).data().toString(), kept);

        // A few dropped at once: removed run by run.
        model.beginAccountRefresh(u"fp"_s);
        model.upsertOrders(seen.mid(3));
        model.endAccountRefresh(u"fp"_s);
        QCOMPARE(shownIds(proxy), expectedNewestFirst(model));
    }

    void unsortedProxy_showsTheModelsOrder()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Order> orders;
        for (int i = 0; i < 30; ++i)
            orders << makeOrder(29 - i, i);
        model.upsertOrders(orders);
        QStringList inModelOrder;
        for (int r = 0; r < model.rowCount(); ++r)
            inModelOrder << model.orderAt(r).id;
        QCOMPARE(shownIds(proxy), inModelOrder);
        proxy.sort(OrderListModel::IdColumn, Qt::AscendingOrder);
        QStringList sorted = inModelOrder;
        sorted.sort();
        QCOMPARE(shownIds(proxy), sorted);
    }
};

QTEST_GUILESS_MAIN(TestOrderFilterProxy)
#include "tst_orderfilterproxy.moc"
