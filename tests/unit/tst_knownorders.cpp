// The list decoders given the orders listed before (api/knownorders.h): an order whose JSON is
// the same value as before comes as a marker (its id, nothing built), every other one whole with
// its fingerprint; the fingerprint tells every change of the value apart and ignores spacing; a
// body the fast path leaves to QJsonDocument comes whole; without the set nothing changes.
#include "api/flexportal/flexportaldecoder.h"
#include "api/offergrid/offergriddecoder.h"
#include "fastpath.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Count = 20;

// `Count` orders made from a fixture's, each with its own id (`prefix` and its number).
QJsonArray ordersFrom(const QJsonArray& fixtureOrders, const QString& prefix)
{
    QJsonArray orders;
    for (int n = 0; n < Count; ++n) {
        QJsonObject o = fixtureOrders.at(n % fixtureOrders.size()).toObject();
        o[u"orderId"] = prefix + QString::number(n);
        orders.append(o);
    }
    return orders;
}

QJsonArray flexPortalOrders()
{
    return ordersFrom(QJsonDocument::fromJson(fixture(u"flexportal/page-first.json"_s))[u"orders"].toArray(),
                      u"ord_"_s);
}

QByteArray flexPortalPage(const QJsonArray& orders, QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    QJsonObject page;
    page[u"orders"] = orders;
    page[u"hasMore"] = false;
    return QJsonDocument(page).toJson(format);
}

QJsonArray offerGridOrders()
{
    return ordersFrom(QJsonDocument::fromJson(fixture(u"offergrid/list-bare.json"_s)).array(), u"og_"_s);
}

QList<Order> decodeFlexPortal(const QByteArray& body, const KnownOrders* known)
{
    const Result<FlexPortalPage> page = FlexPortalDecoder::decodePage(body, known);
    if (!page.ok())
        qFatal("page did not decode: %s", qPrintable(page.error().message));
    return page.value().orders;
}

QList<Order> decodeOfferGrid(const QByteArray& body, const KnownOrders* known)
{
    const Result<QList<Order>> list = OfferGridDecoder::decodeList(body, known);
    if (!list.ok())
        qFatal("list did not decode: %s", qPrintable(list.error().message));
    return list.value();
}

KnownOrders knownFrom(const QList<Order>& orders)
{
    KnownOrders known;
    for (const Order& o : orders)
        known.insert(o.listFingerprint, o.id);
    return known;
}

// The fingerprint the FlexPortal decoder gives an order that holds `extra` under "x".
quint64 fingerprintWith(const QJsonValue& extra)
{
    QJsonArray orders = flexPortalOrders();
    QJsonObject o = orders.at(0).toObject();
    o[u"x"] = extra;
    orders[0] = o;
    const KnownOrders none;
    return decodeFlexPortal(flexPortalPage(orders), &none).at(0).listFingerprint;
}

} // namespace

class TestKnownOrders : public QObject
{
    Q_OBJECT

private:
    // What both platforms must do; `decode` is one platform's list decoder, `body` its list of
    // `orders` (in the given format).
    template <typename Decode, typename Body>
    static void verifyMarkers(const QJsonArray& orders, Decode decode, Body body, const QString& statusKey)
    {
        if (!haveFastPath)
            QSKIP("built without simdjson: no fingerprints are taken");
        const QList<Order> plain = decode(body(orders, QJsonDocument::Compact), nullptr);
        const KnownOrders none;
        const QList<Order> first = decode(body(orders, QJsonDocument::Compact), &none);
        QCOMPARE(first.size(), Count);
        QSet<quint64> prints;
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(plain.at(i).listFingerprint, quint64(0)); // no set, no fingerprint
            QVERIFY(!first.at(i).unchangedSinceListed);
            QVERIFY(first.at(i).listFingerprint != 0);
            QVERIFY(first.at(i) == plain.at(i)); // whole, as without the set
            prints.insert(first.at(i).listFingerprint);
        }
        QCOMPARE(prints.size(), Count); // each order its own

        // Order 5 changes; every other one comes again as it was, spaced differently.
        QJsonArray next = orders;
        QJsonObject changed = next.at(5).toObject();
        changed[statusKey] = u"cancelled"_s;
        next[5] = changed;
        const KnownOrders known = knownFrom(first);
        const QList<Order> second = decode(body(next, QJsonDocument::Indented), &known);
        QCOMPARE(second.size(), Count);
        for (qsizetype i = 0; i < second.size(); ++i) {
            const Order& o = second.at(i);
            if (i == 5) {
                QVERIFY(!o.unchangedSinceListed);
                QVERIFY(o.listFingerprint != first.at(i).listFingerprint);
                QVERIFY(o.listFingerprint != 0);
                QVERIFY(o == decode(body(next, QJsonDocument::Compact), nullptr).at(i));
                continue;
            }
            QVERIFY2(o.unchangedSinceListed, qPrintable(o.id));
            QCOMPARE(o.id, first.at(i).id);
            QCOMPARE(o.platform, first.at(i).platform);
            QCOMPARE(o.listFingerprint, first.at(i).listFingerprint);
            QVERIFY(o.status.isEmpty() && o.lines.isEmpty() && !o.createdAt.isValid()); // nothing built
        }
    }

private slots:
    void flexPortal_ordersListedBefore_comeAsMarkers()
    {
        verifyMarkers(flexPortalOrders(), decodeFlexPortal, flexPortalPage, u"status"_s);
    }

    void offerGrid_ordersListedBefore_comeAsMarkers()
    {
        const auto list = [](const QJsonArray& orders, QJsonDocument::JsonFormat format) {
            return QJsonDocument(orders).toJson(format);
        };
        verifyMarkers(offerGridOrders(), decodeOfferGrid, list, u"status"_s);
    }

    void offerGrid_wrappedList_comesAsMarkersToo()
    {
        if (!haveFastPath)
            QSKIP("built without simdjson: no fingerprints are taken");
        const QByteArray bare = QJsonDocument(offerGridOrders()).toJson();
        const KnownOrders none;
        const KnownOrders known = knownFrom(decodeOfferGrid(bare, &none));
        QJsonObject wrapped;
        wrapped[u"data"] = offerGridOrders();
        const QList<Order> again = decodeOfferGrid(QJsonDocument(wrapped).toJson(), &known);
        QCOMPARE(again.size(), Count);
        for (const Order& o : again)
            QVERIFY2(o.unchangedSinceListed && o.platform == Platform::OfferGrid, qPrintable(o.id));
    }

    void fingerprint_tellsEveryChangeOfTheValueApart()
    {
        if (!haveFastPath)
            QSKIP("built without simdjson: no fingerprints are taken");
        const QList<QJsonValue> values{
            QJsonValue(),                           // null
            QJsonValue(true),                       // bool
            QJsonValue(false),                      //
            QJsonValue(1),                          // a whole number
            QJsonValue(1.5),                        // a fraction
            QJsonValue(u"1"_s),                     // the same as text
            QJsonValue(u""_s),                      // blank text
            QJsonValue(u"ab"_s),                    //
            QJsonValue(u"ba"_s),                    // the same letters in another order
            QJsonArray{u"a"_s, u"b"_s},             // ["a","b"]
            QJsonArray{u"ab"_s},                    // ["ab"]: no sequence of texts reads as another
            QJsonArray{u"a"_s, QJsonArray{u"b"_s}}, // a value moved into a nested array
            QJsonArray{QJsonArray{u"a"_s}, u"b"_s},
            QJsonArray{},
            QJsonObject{},
            QJsonObject{{u"a"_s, 1}},
            QJsonObject{{u"b"_s, 1}}, // another key
            QJsonObject{{u"a"_s, u"1"_s}},
        };
        QHash<quint64, int> seen;
        for (int i = 0; i < values.size(); ++i) {
            const quint64 print = fingerprintWith(values.at(i));
            QVERIFY2(!seen.contains(print), qPrintable(u"value %1 reads as value %2"_s.arg(i).arg(seen.value(print))));
            seen.insert(print, i);
            QCOMPARE(fingerprintWith(values.at(i)), print); // and the same every time
        }
    }

    void fullPathBody_comesWhole_evenWithEveryOrderKnown()
    {
        if (!haveFastPath)
            QSKIP("built without simdjson: no fingerprints are taken");
        const QJsonArray orders = flexPortalOrders();
        const KnownOrders none;
        const KnownOrders known = knownFrom(decodeFlexPortal(flexPortalPage(orders), &none));
        // A total sent as text is left to the QJsonDocument path, which reads it and takes no
        // fingerprint: the whole page comes whole, as it would have without the set.
        QJsonArray odd = orders;
        QJsonObject o = odd.at(3).toObject();
        QJsonObject totals = o[u"totals"].toObject();
        totals[u"total"] = u"12.50"_s;
        o[u"totals"] = totals;
        odd[3] = o;
        QVERIFY(!FlexPortalDecoder::decodePageFast(flexPortalPage(odd), &known));
        const QList<Order> decoded = decodeFlexPortal(flexPortalPage(odd), &known);
        QCOMPARE(decoded.size(), Count);
        for (const Order& order : decoded) {
            QVERIFY(!order.unchangedSinceListed);
            QCOMPARE(order.listFingerprint, quint64(0));
            QVERIFY(!order.status.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestKnownOrders)
#include "tst_knownorders.moc"
