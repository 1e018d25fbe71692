// The orders list model and its filter/sort proxy: batched inserts, in-place updates, refreshes
// that keep what a failed account showed, search and status filter, sorting; all under
// QAbstractItemModelTester.
#include "i18n/translations.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlinesmodel.h"
#include "itemmodels/orderlistmodel.h"
#include "itemmodels/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

Order makeOrder(const QString& account, const QString& id, const QString& status, const QString& name,
                Platform platform = Platform::FlexPortal)
{
    Order o;
    o.platform = platform;
    o.accountId = account;
    o.id = id;
    o.status = status;
    o.customer.fullName = name;
    o.customer.email = id + u"@example.org"_s;
    o.customer.company = u"Company of "_s + name;
    o.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(id.size() * 1000 + id.back().unicode());
    o.rentalProgress = {1, 4};
    o.totals.total = 10.5;
    o.totals.currency = u"EUR"_s;
    return o;
}

QStringList column(const QAbstractItemModel& model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data().toString();
    return out;
}

} // namespace

class TestOrderListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }

    void upsertOrders_pageOfNew_insertsInOneBatch()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsertOrders({makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s),
                            makeOrder(u"a"_s, u"2"_s, u"partial"_s, u"Bob"_s),
                            makeOrder(u"a"_s, u"3"_s, u"fulfilled"_s, u"Cem"_s)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, OrderListModel::IdColumn).data().toString(), u"2"_s);
        QCOMPARE(model.index(1, OrderListModel::CustomerColumn).data().toString(), u"Bob"_s);
        QCOMPARE(model.index(1, OrderListModel::ProgressColumn).data().toString(), u"1/4"_s);
        QCOMPARE(model.index(1, OrderListModel::ProgressColumn).data(Roles::ProgressDone).toInt(), 1);
        QCOMPARE(model.index(1, OrderListModel::ProgressColumn).data(Roles::ProgressTotal).toInt(), 4);
        QCOMPARE(model.index(1, OrderListModel::ProgressColumn).data(Qt::ToolTipRole).toString(),
                 u"1 of 4 devices rented"_s);
        QCOMPARE(model.index(1, OrderListModel::StatusColumn).data(Roles::Stage).toInt(), int(Stage::InFulfilment));
        QVERIFY(model.index(0, OrderListModel::TotalColumn).data().toString().endsWith(u"EUR"_s));
    }

    void upsertOrder_existing_replacesTheRowInPlace()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertOrders(
            {makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s), makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Bob"_s)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsertOrder(makeOrder(u"a"_s, u"2"_s, u"cancelled"_s, u"Bob"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.orderAt(1).status, u"cancelled"_s);
        QCOMPARE(model.rowOf(u"a"_s, u"2"_s), 1);
    }

    // A cancel changes a status: the row keeps its own copy of everything else (the customer's
    // text, the search text), so replacing it makes only what changed. A changed customer still
    // gets a search text that finds it.
    void upsertOrder_changedStatus_keepsTheRowsCopyOfTheRest()
    {
        OrderListModel model;
        const Order held = makeOrder(u"a"_s, u"1"_s, u"pending"_s, QString::fromUtf8("Ann"));
        model.upsertOrder(held);
        const char* searchText = model.searchTextAt(0).data();

        const Order cancelled = makeOrder(u"a"_s, u"1"_s, u"cancelled"_s, QString::fromUtf8("Ann")); // read anew
        model.upsertOrder(cancelled);
        QCOMPARE(model.orderAt(0), cancelled);
        QVERIFY(model.orderAt(0).customer.company.isSharedWith(held.customer.company));
        QVERIFY(model.orderAt(0).customer.email.isSharedWith(held.customer.email));
        QVERIFY(!model.orderAt(0).customer.company.isSharedWith(cancelled.customer.company));
        QCOMPARE(model.searchTextAt(0).data(), searchText); // the same bytes, not made again

        Order moved = cancelled;
        moved.customer.email = u"ann@new.example"_s;
        model.upsertOrder(moved);
        QCOMPARE(model.orderAt(0), moved);
        QVERIFY(model.searchTextAt(0).contains("ann@new.example"));
        QVERIFY(!model.searchTextAt(0).contains("1@example.org"));
    }

    void upsertOrder_olderThanTheRow_isIgnored()
    {
        // A load that fetched its page before the cancel delivers it after: the row stays cancelled.
        OrderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Order cancelled = makeOrder(u"a"_s, u"1"_s, u"cancelled"_s, u"Ann"_s);
        cancelled.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 5), Qt::UTC);
        model.upsertOrder(cancelled);
        Order stale = makeOrder(u"a"_s, u"1"_s, u"confirmed"_s, u"Ann"_s);
        stale.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0), Qt::UTC);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.beginAccountRefresh(u"a"_s);
        model.upsertOrders({stale});
        model.endAccountRefresh(u"a"_s);
        QCOMPARE(model.rowCount(), 1); // seen, so not removed as gone
        QCOMPARE(model.orderAt(0).status, u"cancelled"_s);
        QCOMPARE(changed.count(), 0);
        Order newer = stale;
        newer.status = u"partial"_s;
        newer.updatedAt = cancelled.updatedAt.addSecs(60);
        model.upsertOrder(newer);
        QCOMPARE(model.orderAt(0).status, u"partial"_s);
    }

    void sameIdInTwoAccounts_areTwoRows()
    {
        OrderListModel model;
        model.upsertOrders(
            {makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s), makeOrder(u"b"_s, u"1"_s, u"pending"_s, u"Ann"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"b"_s, u"1"_s), 1);
    }

    void sameOrderTwiceInOneBatch_isOneRow()
    {
        OrderListModel model;
        model.upsertOrders({makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s),
                            makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Bob"_s),
                            makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s)});
        QCOMPARE(column(model, OrderListModel::IdColumn), (QStringList{u"1"_s, u"2"_s}));
    }

    void rowOf_findsEveryRowThroughGrowthAndRemovals()
    {
        OrderListModel model;
        QList<Order> orders;
        for (int i = 0; i < 3000; ++i)
            orders << makeOrder(i % 3 ? u"a"_s : u"b"_s, u"ord/%1"_s.arg(i), u"pending"_s, u"Name %1"_s.arg(i));
        for (qsizetype from = 0; from < orders.size(); from += 500)
            model.upsertOrders(orders, from, 500);
        QCOMPARE(model.rowCount(), 3000);
        for (int i = 0; i < 3000; i += 7)
            QCOMPARE(model.rowOf(orders[i].accountId, orders[i].id), i);
        model.removeAccount(u"b"_s);
        QCOMPARE(model.rowCount(), 2000);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(u"a"_s, model.orderAt(row).id), row);
        QCOMPARE(model.rowOf(u"b"_s, u"ord/0"_s), -1);
        QCOMPARE(model.rowOf(u"a"_s, u"ord/0"_s), -1);
    }

    void refresh_removesOnlyRowsNotSeenAgain()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertOrders(
            {makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s), makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Bob"_s),
             makeOrder(u"b"_s, u"9"_s, u"pending"_s, u"Zed"_s), makeOrder(u"a"_s, u"3"_s, u"pending"_s, u"Cem"_s)});
        model.beginAccountRefresh(u"a"_s);
        model.upsertOrders({makeOrder(u"a"_s, u"3"_s, u"confirmed"_s, u"Cem"_s)});
        model.endAccountRefresh(u"a"_s);
        QCOMPARE(column(model, OrderListModel::IdColumn), (QStringList{u"9"_s, u"3"_s}));
        QCOMPARE(model.rowOf(u"a"_s, u"3"_s), 1);
        QCOMPARE(model.rowOf(u"a"_s, u"1"_s), -1);
    }

    void marker_keepsItsRowAsItIs_andCountsAsSeen()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Order ann = makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s);
        model.upsertOrders({ann, makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Bob"_s)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A list that found order 1 as it was: only its id, no status, no customer.
        Order marker;
        marker.accountId = u"a"_s;
        marker.id = u"1"_s;
        marker.listFingerprint = 77;
        marker.unchangedSinceListed = true;
        model.beginAccountRefresh(u"a"_s);
        QCOMPARE(model.upsertOrders({marker}), qsizetype(0));
        model.endAccountRefresh(u"a"_s);
        QCOMPARE(column(model, OrderListModel::IdColumn), QStringList{u"1"_s}); // seen; order 2 was not
        QVERIFY(model.orderAt(0) == ann);                                       // not blanked by the marker
        QCOMPARE(changed.count(), 0);
    }

    void marker_withoutItsRow_isCountedAndAddsNothing()
    {
        OrderListModel model;
        model.upsertOrders({makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s)});
        Order marker;
        marker.accountId = u"a"_s;
        marker.id = u"5"_s;
        marker.unchangedSinceListed = true;
        Order other = marker; // the same id in another account has no row either
        other.accountId = u"b"_s;
        other.id = u"1"_s;
        QCOMPARE(model.upsertOrders({marker, other, makeOrder(u"a"_s, u"6"_s, u"pending"_s, u"Eve"_s)}), qsizetype(2));
        QCOMPARE(column(model, OrderListModel::IdColumn), (QStringList{u"1"_s, u"6"_s}));
    }

    void failedRefresh_keepsWhatTheAccountShowed()
    {
        OrderListModel model;
        model.upsertOrders(
            {makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s), makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Bob"_s)});
        model.beginAccountRefresh(u"a"_s);
        model.endAccountRefresh(u"a"_s, false);
        QCOMPARE(model.rowCount(), 2);
        // ...and a later successful refresh still removes what is gone.
        model.beginAccountRefresh(u"a"_s);
        model.upsertOrder(makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Bob"_s));
        model.endAccountRefresh(u"a"_s);
        QCOMPARE(column(model, OrderListModel::IdColumn), QStringList{u"2"_s});
    }

    void proxy_search_matchesIdNameEmailAndCompanyIgnoringCase()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertOrders({makeOrder(u"a"_s, u"ord-1"_s, u"pending"_s, u"Ann Ümlaut"_s),
                            makeOrder(u"a"_s, u"ord-2"_s, u"partial"_s, u"Bob"_s),
                            makeOrder(u"a"_s, u"x-3"_s, u"fulfilled"_s, u"مريم"_s)});
        proxy.setSearchText(u"ÜMLAUT"_s);
        QCOMPARE(column(proxy, OrderListModel::IdColumn), QStringList{u"ord-1"_s});
        proxy.setSearchText(u"ord-2@example"_s);
        QCOMPARE(column(proxy, OrderListModel::IdColumn), QStringList{u"ord-2"_s});
        proxy.setSearchText(u"COMPANY OF BOB"_s); // ASCII text is folded too
        QCOMPARE(column(proxy, OrderListModel::IdColumn), QStringList{u"ord-2"_s});
        proxy.setSearchText(u"company of مريم"_s);
        QCOMPARE(column(proxy, OrderListModel::IdColumn), QStringList{u"x-3"_s});
        proxy.setSearchText(u"ord"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void proxy_statusFilter_byStageAndByNativeStatus()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        model.upsertOrders({makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Ann"_s),
                            makeOrder(u"a"_s, u"2"_s, u"confirmed"_s, u"Bob"_s),
                            makeOrder(u"a"_s, u"3"_s, u"cancelled"_s, u"Cem"_s),
                            makeOrder(u"o"_s, u"4"_s, u"rejected"_s, u"Dan"_s, Platform::OfferGrid)});
        proxy.setStatusFilter(u"stage:open"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(u"stage:closed"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(u"status:confirmed"_s);
        QCOMPARE(column(proxy, OrderListModel::IdColumn), QStringList{u"2"_s});
        proxy.setSearchText(u"bob"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(u"ann"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void proxy_sortsByCustomerAndByCreated()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        model.upsertOrders({makeOrder(u"a"_s, u"b"_s, u"pending"_s, u"carla"_s),
                            makeOrder(u"a"_s, u"c"_s, u"pending"_s, u"Abel"_s),
                            makeOrder(u"a"_s, u"a"_s, u"pending"_s, u"Bert"_s)});
        proxy.sort(OrderListModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, OrderListModel::CustomerColumn), (QStringList{u"Abel"_s, u"Bert"_s, u"carla"_s}));
        proxy.sort(OrderListModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, OrderListModel::IdColumn), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
    }

    void proxy_sortsCustomersByTheLocalesCollation_numbersByValueCaseIgnored()
    {
        // Collated in the sort locale, not by bytes: "Émile" between "Emil" and "Zoë", "Unit 9"
        // before "Unit 10", case ignored. In English "Æ" is "AE"; in Danish it follows "Z".
        OrderListModel model;
        model.setSortLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertOrders(
            {makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Zoë"_s), makeOrder(u"a"_s, u"2"_s, u"pending"_s, u"Unit 10"_s),
             makeOrder(u"a"_s, u"3"_s, u"pending"_s, u"émile"_s),
             makeOrder(u"a"_s, u"4"_s, u"pending"_s, u"Ærøskøbing"_s),
             makeOrder(u"a"_s, u"5"_s, u"pending"_s, u"unit 9"_s), makeOrder(u"a"_s, u"6"_s, u"pending"_s, u"Emil"_s)});
        proxy.sort(OrderListModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, OrderListModel::CustomerColumn),
                 (QStringList{u"Ærøskøbing"_s, u"Emil"_s, u"émile"_s, u"unit 9"_s, u"Unit 10"_s, u"Zoë"_s}));
        QCOMPARE(model.index(0, OrderListModel::CustomerColumn).data(Roles::Sort).toString(), u"Zoë"_s);

        // A changed row gets a new key and moves to its place.
        Order renamed = makeOrder(u"a"_s, u"1"_s, u"pending"_s, u"Abel"_s);
        renamed.updatedAt = renamed.updatedAt.addSecs(60);
        model.upsertOrder(renamed);
        QCOMPARE(column(proxy, OrderListModel::CustomerColumn).first(), u"Abel"_s);

        // Another locale: every key is made again and the list sorts in that locale's order.
        model.setSortLocale(QLocale(QLocale::Danish, QLocale::Denmark));
        QCOMPARE(column(proxy, OrderListModel::CustomerColumn),
                 (QStringList{u"Abel"_s, u"Emil"_s, u"émile"_s, u"unit 9"_s, u"Unit 10"_s, u"Ærøskøbing"_s}));
        proxy.sort(OrderListModel::CustomerColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, OrderListModel::CustomerColumn).first(), u"Ærøskøbing"_s);
    }

    void proxy_sortsIdsNaturally()
    {
        OrderListModel model;
        OrderFilterProxy proxy;
        proxy.setOrderModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OrderListModel::IdColumn, Qt::AscendingOrder);
        for (const QString& id :
             {u"ord_10"_s, u"ord_9"_s, u"ORD_100"_s, u"ord_1a"_s, u"ord_010b"_s, u"ord_2"_s, u"inv-3"_s, u"ord_"_s})
            model.upsertOrder(makeOrder(u"a"_s, id, u"pending"_s, u"X"_s));
        QCOMPARE(column(proxy, OrderListModel::IdColumn),
                 (QStringList{u"inv-3"_s, u"ord_"_s, u"ord_1a"_s, u"ord_2"_s, u"ord_9"_s, u"ord_10"_s, u"ord_010b"_s,
                              u"ORD_100"_s}));
    }

    void naturalCompare_numbersByValueAndATotalOrder_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("9 < 10") << QByteArray("ord_9") << QByteArray("ord_10") << -1;
        QTest::newRow("10 > 9") << QByteArray("ord_10") << QByteArray("ord_9") << 1;
        QTest::newRow("equal") << QByteArray("ord_10") << QByteArray("ord_10") << 0;
        QTest::newRow("leading zeros count as value") << QByteArray("a007") << QByteArray("a10") << -1;
        QTest::newRow("equal value, zeros decide") << QByteArray("a007") << QByteArray("a7") << -1;
        QTest::newRow("two runs") << QByteArray("a2-10") << QByteArray("a2-9") << 1;
        QTest::newRow("prefix first") << QByteArray("a1") << QByteArray("a1x") << -1;
        QTest::newRow("digit before letter") << QByteArray("a1") << QByteArray("ab") << -1;
        QTest::newRow("long numbers") << QByteArray("n123456789012345678901") << QByteArray("n99999999999999999999")
                                      << 1;
        QTest::newRow("beyond ASCII by code point") << QByteArray("é1") << QByteArray("z1") << 1;
    }

    void naturalCompare_numbersByValueAndATotalOrder()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(int, sign);
        const int result = OrderListModel::naturalCompare(a, b);
        QCOMPARE((result > 0) - (result < 0), sign);
    }

    void linesModel_followsThePlatformsColumns()
    {
        OrderLinesModel lines;
        QAbstractItemModelTester tester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Order fp = makeOrder(u"a"_s, u"1"_s, u"partial"_s, u"Ann"_s);
        OrderLine l;
        l.productName = u"Laptop"_s;
        l.sku = u"LT-1"_s;
        l.quantity = 3;
        l.unitPrice = 49.0;
        l.contractMonths = 24;
        l.rentalIds = {u"sub_1"_s};
        fp.lines = {l};
        lines.setOrder(fp);
        QCOMPARE(lines.columnCount(), int(OrderLinesModel::FpCount));
        QCOMPARE(lines.index(0, OrderLinesModel::FpRented).data().toString(), u"1 of 3 rented"_s);
        QCOMPARE(lines.index(0, OrderLinesModel::FpContract).data().toString(), u"24 months"_s);

        Order og = makeOrder(u"o"_s, u"2"_s, u"accepted"_s, u"Bob"_s, Platform::OfferGrid);
        OrderLine item;
        item.editOfferGrid().offerName = u"Fiber 1000"_s;
        item.editOfferGrid().providerName = u"Acme Fiber"_s;
        item.editOfferGrid().itemStatus = u"in_progress"_s;
        og.lines = {item, item};
        lines.setOrder(og);
        QCOMPARE(lines.columnCount(), int(OrderLinesModel::OgCount));
        QCOMPARE(lines.rowCount(), 2);
        QCOMPARE(lines.index(1, OrderLinesModel::OgProvider).data().toString(), u"Acme Fiber"_s);
        QCOMPARE(lines.index(1, OrderLinesModel::OgStatus).data().toString(), u"in progress"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrderListModel)
#include "tst_orderlistmodel.moc"
