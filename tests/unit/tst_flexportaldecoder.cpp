// FlexPortal's JSON into the domain: every documented field read and compared, unknown fields ignored,
// nulls read as blank, every timestamp shape read as UTC, cursor pages, malformed replies refused as a
// protocol error that names the field, and error bodies of every code and status. Fixtures live in
// tests/data/flexportal/.
#include "api/flexportal/flexportaldecoder.h"
#include "fieldcheck.h"
#include "fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctime>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::Order)

namespace {

void checkAddress(FieldCheck& check, const QString& path, const Address& a, const Address& e)
{
    check(path + u".contactName"_s, a.contactName, e.contactName);
    check(path + u".company"_s, a.company, e.company);
    check(path + u".street"_s, a.street, e.street);
    check(path + u".building"_s, a.building, e.building);
    check(path + u".locality"_s, a.locality, e.locality);
    check(path + u".city"_s, a.city, e.city);
    check(path + u".region"_s, a.region, e.region);
    check(path + u".postalCode"_s, a.postalCode, e.postalCode);
    check(path + u".country"_s, a.country, e.country);
}

QStringList orderMismatches(const Order& a, const Order& e)
{
    FieldCheck check;
    check(u"platform"_s, int(a.platform), int(e.platform));
    check(u"accountId"_s, a.accountId, e.accountId);
    check(u"id"_s, a.id, e.id);
    check(u"status"_s, a.status, e.status);
    check(u"orderType"_s, a.orderType, e.orderType);
    check(u"customer.id"_s, a.customer.id, e.customer.id);
    check(u"customer.firstName"_s, a.customer.firstName, e.customer.firstName);
    check(u"customer.lastName"_s, a.customer.lastName, e.customer.lastName);
    check(u"customer.fullName"_s, a.customer.fullName, e.customer.fullName);
    check(u"customer.email"_s, a.customer.email, e.customer.email);
    check(u"customer.company"_s, a.customer.company, e.customer.company);
    check(u"customer.phone"_s, a.customer.phone, e.customer.phone);
    checkAddress(check, u"billingAddress"_s, a.billingAddress, e.billingAddress);
    checkAddress(check, u"shippingAddress"_s, a.shippingAddress, e.shippingAddress);
    check(u"lines.size"_s, int(a.lines.size()), int(e.lines.size()));
    for (qsizetype i = 0; i < std::min(a.lines.size(), e.lines.size()); ++i) {
        const OrderLine& al = a.lines.at(i);
        const OrderLine& el = e.lines.at(i);
        const QString p = u"lines[%1]."_s.arg(i);
        check(p + u"sku"_s, al.sku, el.sku);
        check(p + u"productName"_s, al.productName, el.productName);
        check(p + u"quantity"_s, al.quantity, el.quantity);
        check(p + u"unitPrice"_s, al.unitPrice, el.unitPrice);
        check(p + u"contractMonths"_s, al.contractMonths, el.contractMonths);
        check(p + u"rentalStatus"_s, al.rentalStatus, el.rentalStatus);
        check(p + u"rentalIds"_s, al.rentalIds, el.rentalIds);
        // FlexPortal leaves the OfferGrid half of a line blank.
        check(p + u"itemId"_s, al.offerGrid().itemId, el.offerGrid().itemId);
        check(p + u"offerId"_s, al.offerGrid().offerId, el.offerGrid().offerId);
        check(p + u"offerName"_s, al.offerGrid().offerName, el.offerGrid().offerName);
        check(p + u"providerId"_s, al.offerGrid().providerId, el.offerGrid().providerId);
        check(p + u"providerName"_s, al.offerGrid().providerName, el.offerGrid().providerName);
        check(p + u"itemStatus"_s, al.offerGrid().itemStatus, el.offerGrid().itemStatus);
        check.time(p + u"scheduledFor"_s, al.offerGrid().scheduledFor, el.offerGrid().scheduledFor);
        check(p + u"providerNotes"_s, al.offerGrid().providerNotes, el.offerGrid().providerNotes);
    }
    check(u"totals.subtotal"_s, a.totals.subtotal, e.totals.subtotal);
    check(u"totals.tax"_s, a.totals.tax, e.totals.tax);
    check(u"totals.total"_s, a.totals.total, e.totals.total);
    check(u"totals.currency"_s, a.totals.currency, e.totals.currency);
    check(u"payment.status"_s, a.payment.status, e.payment.status);
    check(u"payment.method"_s, a.payment.method, e.payment.method);
    check(u"payment.transactionId"_s, a.payment.transactionId, e.payment.transactionId);
    check(u"payment.paidAmount"_s, a.payment.paidAmount, e.payment.paidAmount);
    check(u"notes"_s, a.notes, e.notes);
    check(u"trackingNumber"_s, a.trackingNumber, e.trackingNumber);
    check(u"rentalProgress"_s, a.rentalProgress, e.rentalProgress);
    check(u"rentalIds"_s, a.rentalIds, e.rentalIds);
    check.time(u"createdAt"_s, a.createdAt, e.createdAt);
    check.time(u"updatedAt"_s, a.updatedAt, e.updatedAt);
    check.time(u"shippedAt"_s, a.shippedAt, e.shippedAt);
    // Anything Order compares that the list above forgot.
    if (check.problems.isEmpty() && !(a == e))
        check.problems << u"the orders differ in a field this test does not name"_s;
    return check.problems;
}

#define VERIFY_SAME_ORDER(actual, expected)                                                                            \
    do {                                                                                                               \
        const QStringList problems_ = orderMismatches(actual, expected);                                               \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(u'\n')));                                              \
    } while (false)

// --- The orders the fixtures hold, written out by hand -------------------------------------------------------------

Address minimalAddress()
{
    Address a;
    a.contactName = u"Anna Jansen"_s;
    a.street = u"Dorpsstraat 1"_s;
    a.city = u"Utrecht"_s;
    a.country = u"Netherlands"_s;
    return a;
}

// order-minimal.json: only the required fields.
Order minimalOrder(const QString& id = u"ord_min001"_s)
{
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = id;
    o.status = u"pending"_s;
    o.orderType = u"standard"_s;
    o.customer.id = u"cus_min001"_s;
    o.customer.firstName = u"Anna"_s;
    o.customer.lastName = u"Jansen"_s;
    o.customer.fullName = u"Anna Jansen"_s;
    o.customer.email = u"anna.jansen@example.nl"_s;
    o.billingAddress = minimalAddress();
    o.shippingAddress = minimalAddress();
    OrderLine l;
    l.sku = u"DELL-L7440"_s;
    l.productName = u"Dell Latitude 7440"_s;
    l.quantity = 1;
    l.unitPrice = 45.0;
    l.contractMonths = 36.0;
    o.lines = {l};
    o.totals.subtotal = 45.0;
    o.totals.total = 45.0;
    o.totals.currency = u"EUR"_s;
    o.rentalProgress = {0, 1};
    o.createdAt = utc(2026, 2, 1, 8, 0);
    o.updatedAt = utc(2026, 2, 1, 8, 5);
    return o;
}

// order-full.json: every documented field.
Order fullOrder()
{
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = u"ord_abc123"_s;
    o.status = u"partial"_s;
    o.orderType = u"upgrade"_s;
    o.customer.id = u"cus_789xyz"_s;
    o.customer.firstName = u"Jan"_s;
    o.customer.lastName = u"de Vries"_s;
    o.customer.fullName = u"Jan de Vries"_s;
    o.customer.email = u"jan.devries@example.nl"_s;
    o.customer.company = u"De Vries Logistiek B.V."_s;
    o.customer.phone = u"+31 20 123 4567"_s;

    o.billingAddress.edit().contactName = u"Jan de Vries"_s;
    o.billingAddress.edit().company = u"De Vries Logistiek B.V."_s;
    o.billingAddress.edit().building = u"3e verdieping"_s;
    o.billingAddress.edit().street = u"Keizersgracht 123"_s;
    o.billingAddress.edit().locality = u"Grachtengordel"_s;
    o.billingAddress.edit().city = u"Amsterdam"_s;
    o.billingAddress.edit().region = u"Noord-Holland"_s;
    o.billingAddress.edit().postalCode = u"1015 CJ"_s;
    o.billingAddress.edit().country = u"Netherlands"_s;

    o.shippingAddress.edit().contactName = u"Pieter Bakker"_s;
    o.shippingAddress.edit().company = u"De Vries Logistiek B.V. (magazijn)"_s;
    o.shippingAddress.edit().building = u"Hal 4, dock 2"_s;
    o.shippingAddress.edit().street = u"Havenweg 9"_s;
    o.shippingAddress.edit().locality = u"Westpoort"_s;
    o.shippingAddress.edit().city = u"Amsterdam"_s;
    o.shippingAddress.edit().region = u"Noord-Holland"_s;
    o.shippingAddress.edit().postalCode = u"1043 AA"_s;
    o.shippingAddress.edit().country = u"Netherlands"_s;

    OrderLine mac;
    mac.sku = u"MBP14-M3-16-512"_s;
    mac.productName = u"MacBook Pro 14\" M3"_s;
    mac.quantity = 3;
    mac.unitPrice = 89.95;
    mac.contractMonths = 24.0;
    mac.rentalStatus = u"partial"_s;
    mac.rentalIds = QStringList{u"sub_abc123"_s, u"sub_abc124"_s};
    OrderLine phone;
    phone.sku = u"IP15-128-BLK"_s;
    phone.productName = u"iPhone 15 128GB"_s;
    phone.quantity = 2;
    phone.unitPrice = 39.5;
    phone.contractMonths = 12.5;
    phone.rentalStatus = u"pending"_s;
    o.lines = {mac, phone};

    o.totals.subtotal = 348.85;
    o.totals.tax = 73.26;
    o.totals.total = 422.11;
    o.totals.currency = u"EUR"_s;
    o.payment.status = u"paid"_s;
    o.payment.method = u"stripe"_s;
    o.payment.transactionId = u"pi_3NxYz2LkdIwHu7ix0abc"_s;
    o.payment.paidAmount = 422.11;
    o.notes = u"Deliver to the warehouse, ask for Pieter."_s;
    o.trackingNumber = u"3SABCD1234567"_s;
    o.rentalProgress = {2, 5};
    o.rentalIds = QStringList{u"sub_abc123"_s, u"sub_abc124"_s};
    o.createdAt = utc(2026, 1, 15, 10, 30, 0, 123);
    o.updatedAt = utc(2026, 1, 16, 14, 45, 10, 500);
    o.shippedAt = utc(2026, 1, 16, 9, 0);
    return o;
}

const QString awkwardId = u"ord/2026#1 50%?x=\u00FC \u00F1 \u6771\u4EAC"_s;

Order awkwardIdsOrder()
{
    Order o = minimalOrder(awkwardId);
    o.status = u"fulfilled"_s;
    o.customer.id = u"cus %2F/\u00E9?#"_s;
    o.lines[0].sku = u"SKU #5/7 ?q=%20 \u00DF"_s;
    o.lines[0].rentalIds = QStringList{u"sub/1#a"_s, u"sub%20two"_s, u"sub \u00FC?"_s};
    o.lines[0].rentalStatus = u"completed"_s;
    o.rentalProgress = {1, 1};
    o.rentalIds = o.lines[0].rentalIds;
    o.trackingNumber = u"TRK/#%? \u00E5"_s;
    return o;
}

Order unicodeNamesOrder()
{
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = u"ord_unicode001"_s;
    o.status = u"confirmed"_s;
    o.orderType = u"standard"_s;
    o.customer.id = u"cus_unicode001"_s;
    o.customer.firstName = u"\u05DE\u05E8\u05D9\u05DD"_s;
    o.customer.lastName = u"\u05D0\u05DC\u05D5\u05DF"_s;
    o.customer.fullName = u"\u05DE\u05E8\u05D9\u05DD \u05D0\u05DC\u05D5\u05DF"_s;
    o.customer.email = u"miriam@example.co.il"_s;
    o.customer.company = u"\U0001F680 Rocket Rentals \u2728"_s;
    o.customer.phone = u"+972 3 555 0101"_s;
    o.billingAddress.edit().contactName =
        u"\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621"_s;
    o.billingAddress.edit().company = u"\u0634\u0631\u0643\u0629 \u0627\u0644\u0646\u064A\u0644"_s;
    o.billingAddress.edit().street = u"\u0634\u0627\u0631\u0639 \u0627\u0644\u0646\u064A\u0644 12"_s;
    o.billingAddress.edit().city = u"\u0627\u0644\u0642\u0627\u0647\u0631\u0629"_s;
    o.billingAddress.edit().region =
        u"\u200F\u0645\u062D\u0627\u0641\u0638\u0629 \u0627\u0644\u0642\u0627\u0647\u0631\u0629"_s;
    o.billingAddress.edit().postalCode = u"11511"_s;
    o.billingAddress.edit().country = u"\u0645\u0635\u0631"_s;
    o.shippingAddress.edit().contactName = u"Zo\u00EB \U0001F468\u200D\U0001F469\u200D\U0001F467 \u00C5ngstr\u00F6m"_s;
    o.shippingAddress.edit().street = u"Stra\u00DFe des 17. Juni 1"_s;
    o.shippingAddress.edit().city = u"Berlin"_s;
    o.shippingAddress.edit().country = u"Deutschland"_s;
    OrderLine l;
    l.sku = u"SURF-PRO-9"_s;
    l.productName = u"Surface Pro \U0001F5A5\uFE0F \u0643\u0645\u0628\u064A\u0648\u062A\u0631"_s;
    l.quantity = 1;
    l.unitPrice = 55.0;
    l.contractMonths = 24.0;
    o.lines = {l};
    o.totals.subtotal = 55.0;
    o.totals.total = 55.0;
    o.totals.currency = u"ILS"_s;
    o.rentalProgress = {0, 1};
    o.notes = u"\u05E9\u05DC\u05D5\u05DD \U0001F44B \u0645\u0631\u062D\u0628\u0627"_s;
    o.createdAt = utc(2026, 2, 1, 8, 0);
    o.updatedAt = utc(2026, 2, 1, 8, 0);
    return o;
}

const QString longDigits = u"0123456789"_s.repeated(50);
const QString longLetters = u"abcdefghij"_s.repeated(50);
const QString longAccented = QString(500, QChar(0x00E9));
const QString longId = u"ord_"_s + QString(496, u'x');

Order longStringsOrder()
{
    Order o = minimalOrder(longId);
    o.notes = longDigits;
    o.customer.company = longAccented;
    o.lines[0].productName = longLetters;
    o.shippingAddress.edit().street = longDigits;
    return o;
}

Order noItemsOrder()
{
    Order o = minimalOrder(u"ord_empty001"_s);
    o.lines.clear();
    o.totals.subtotal = 0.0;
    o.totals.tax = 0.0;
    o.totals.total = 0.0;
    o.rentalProgress = {0, 0};
    return o;
}

// order-fifty-items.json: line i (from 1) has quantity i % 3 + 1, price i + 0.5, 12 * (i % 3 + 1) months;
// the first ten lines have one rental each.
Order fiftyItemsOrder()
{
    Order o = minimalOrder(u"ord_fifty001"_s);
    o.status = u"partial"_s;
    o.lines.clear();
    int devices = 0;
    for (int i = 1; i <= 50; ++i) {
        OrderLine l;
        l.sku = u"SKU-%1"_s.arg(i, 3, 10, QChar(u'0'));
        l.productName = u"Device %1"_s.arg(i);
        l.quantity = i % 3 + 1;
        l.unitPrice = i + 0.5;
        l.contractMonths = 12.0 * (i % 3 + 1);
        if (i <= 10) {
            l.rentalIds = QStringList{u"sub_%1"_s.arg(i, 3, 10, QChar(u'0'))};
            l.rentalStatus = l.quantity > 1 ? u"partial"_s : u"completed"_s;
            o.rentalIds += l.rentalIds;
        } else {
            l.rentalStatus = u"pending"_s;
        }
        devices += l.quantity;
        o.lines.append(l);
    }
    o.totals.subtotal = 1000.0;
    o.totals.tax = 210.0;
    o.totals.total = 1210.0;
    o.rentalProgress = {10, devices};
    return o;
}

// order-status-<status>.json: the same order in each FlexPortal status; createdAt is always the same
// instant, written with and without milliseconds, with Z, +02:00 and -05:00.
Order statusOrder(const QString& status)
{
    const int rented = status == u"partial" ? 1 : status == u"fulfilled" ? 2 : 0;
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = u"ord_"_s + status;
    o.status = status;
    o.orderType = status == u"fulfilled" ? u"extension"_s : u"standard"_s;
    o.customer.id = u"cus_status"_s;
    o.customer.firstName = u"Sam"_s;
    o.customer.lastName = u"Tester"_s;
    o.customer.fullName = u"Sam Tester"_s;
    o.customer.email = u"status.tester@example.nl"_s;
    o.billingAddress = minimalAddress();
    o.shippingAddress = minimalAddress();
    OrderLine l;
    l.sku = u"TAB-S9"_s;
    l.productName = u"Galaxy Tab S9"_s;
    l.quantity = 2;
    l.unitPrice = 25.0;
    l.contractMonths = 24.0;
    for (int n = 1; n <= rented; ++n)
        l.rentalIds << u"sub_%1_%2"_s.arg(status).arg(n);
    l.rentalStatus = rented == 0 ? u"pending"_s : rented == 1 ? u"partial"_s : u"completed"_s;
    o.lines = {l};
    const bool cancelled = status == u"cancelled";
    o.totals.subtotal = 50.0;
    o.totals.tax = cancelled ? 0.0 : 10.5; // a real zero, not a blank
    o.totals.total = cancelled ? 50.0 : 60.5;
    o.totals.currency = u"EUR"_s;
    if (status != u"pending" && !cancelled) {
        o.payment.status = u"pending"_s;
        o.payment.method = u"manual"_s;
    }
    o.rentalProgress = {rented, 2};
    o.rentalIds = l.rentalIds;
    const bool withMs = status != u"confirmed" && status != u"partial";
    o.createdAt = utc(2026, 3, 1, 6, 15, 30, withMs ? 250 : 0);
    o.updatedAt = utc(2026, 3, 2, 12, 0);
    if (status == u"partial" || status == u"fulfilled") {
        o.shippedAt = utc(2026, 3, 2, 8, 0);
        o.trackingNumber = u"TRK-"_s + status.toUpper();
    }
    return o;
}

const QStringList flexPortalStatuses{u"pending"_s, u"confirmed"_s, u"partial"_s, u"fulfilled"_s, u"cancelled"_s};

QByteArray withField(const QByteArray& body, const QString& key, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    o.insert(key, value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestFlexPortalDecoder : public QObject
{
    Q_OBJECT

private slots:
    void peekNextCursor_agreesWithTheDecodedPage_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"page-first.json", "page-last.json", "page-awkward-cursor.json", "page-empty.json",
                              "page-cursor-without-hasmore.json", "page-hasmore-false-with-cursor.json",
                              "page-hasmore-without-cursor.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void peekNextCursor_agreesWithTheDecodedPage()
    {
        // The guess only saves a round trip; where the page goes on, it must be the decoded cursor.
        QFETCH(QString, file);
        const QByteArray body = Test::fixture(u"flexportal/"_s + file);
        const Result<FlexPortalPage> page = FlexPortalDecoder::decodePage(body);
        QVERIFY(page.ok());
        const std::optional<QString> guess = FlexPortalDecoder::peekNextCursor(body);
        if (page.value().hasMore) {
            QVERIFY(guess);
            QCOMPARE(*guess, page.value().nextCursor);
        }
    }

    void decodePage_recurringValues_areSharedNotCopied()
    {
        // 100,000 orders hold the same statuses, currencies, products and places: one copy each
        // (memory), on both decoding paths.
        const QByteArray order = R"({"orderId":"%1","status":"confirmed","orderType":"standard",
            "items":[{"sku":"IPH-15-128","productName":"iPhone 15 128 GB","quantity":1,"rentalStatus":"pending"}],
            "billingAddress":{"country":"Germany","city":"Berlin","locality":"Mitte","postalCode":"10117"},
            "totals":{"currency":"EUR"}})";
        QByteArray a = order;
        QByteArray b = order;
        const QByteArray page = "{\"orders\":[" + a.replace("%1", "a") + "," + b.replace("%1", "b") +
                                "],\"hasMore\":false,\"nextCursor\":null}";
        for (const Result<FlexPortalPage>& decoded :
             {FlexPortalDecoder::decodePage(page), FlexPortalDecoder::decodePageQJson(page)}) {
            QVERIFY(decoded.ok());
            const Order& first = decoded.value().orders.at(0);
            const Order& second = decoded.value().orders.at(1);
            QCOMPARE(second.lines.at(0).productName, u"iPhone 15 128 GB"_s);
            QCOMPARE(second.billingAddress->postalCode, u"10117"_s);
            QCOMPARE(first.status.constData(), second.status.constData());
            QCOMPARE(first.lines.at(0).productName.constData(), second.lines.at(0).productName.constData());
            QCOMPARE(first.lines.at(0).sku.constData(), second.lines.at(0).sku.constData());
            QCOMPARE(first.billingAddress->country.constData(), second.billingAddress->country.constData());
            QCOMPARE(first.billingAddress->city.constData(), second.billingAddress->city.constData());
            QCOMPARE(first.billingAddress->locality.constData(), second.billingAddress->locality.constData());
            QCOMPARE(first.billingAddress->postalCode.constData(), second.billingAddress->postalCode.constData());
            QCOMPARE(first.totals.currency.constData(), second.totals.currency.constData());
            QVERIFY(first.id.constData() != second.id.constData());
        }
    }

    void peekNextCursor_escapesAndOddBodies()
    {
        const QByteArray escaped = "{\"orders\":[],\"nextCursor\":\"a\\\"b\\/c \\u00fc\"}";
        QCOMPARE(FlexPortalDecoder::peekNextCursor(escaped).value_or(u"-"_s), u"a\"b/c \u00fc"_s);
        QVERIFY(!FlexPortalDecoder::peekNextCursor("{\"nextCursor\":null}"));
        QVERIFY(!FlexPortalDecoder::peekNextCursor("{\"nextCursor\":\"unterminated"));
        QVERIFY(!FlexPortalDecoder::peekNextCursor("<html>"));
        QVERIFY(!FlexPortalDecoder::peekNextCursor({}));
    }

    void initTestCase()
    {
        // Run in a zone with an offset and daylight saving, so local time cannot pass for UTC.
        qputenv("TZ", "Europe/Amsterdam");
#ifndef Q_OS_WIN
        tzset();
#endif
    }

    void decodeOrder_fixture_readsEveryField_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Order>("expected");

        QTest::newRow("every documented field") << u"order-full.json"_s << fullOrder();
        QTest::newRow("required fields only") << u"order-minimal.json"_s << minimalOrder();
        QTest::newRow("optional fields null") << u"order-nulls.json"_s << minimalOrder(u"ord_nulls001"_s);
        QTest::newRow("unknown fields at every level") << u"order-unknown-fields.json"_s << fullOrder();
        QTest::newRow("ids with / # % ? space non-ASCII") << u"order-awkward-ids.json"_s << awkwardIdsOrder();
        QTest::newRow("emoji and right-to-left names") << u"order-unicode-names.json"_s << unicodeNamesOrder();
        QTest::newRow("500-character strings") << u"order-long-strings.json"_s << longStringsOrder();
        QTest::newRow("no line items") << u"order-no-items.json"_s << noItemsOrder();
        QTest::newRow("50 line items") << u"order-fifty-items.json"_s << fiftyItemsOrder();
        for (const QString& status : flexPortalStatuses) {
            QTest::addRow("status %s", qPrintable(status))
                << u"order-status-%1.json"_s.arg(status) << statusOrder(status);
        }
    }

    void decodeOrder_fixture_readsEveryField()
    {
        QFETCH(QString, fixture);
        QFETCH(Order, expected);
        const Result<Order> result = FlexPortalDecoder::decodeOrder(Test::fixture(u"flexportal/"_s + fixture));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        VERIFY_SAME_ORDER(result.value(), expected);
    }

    void decodeOrder_unknownFieldsEverywhere_decodesLikeWithout()
    {
        const Result<Order> plain = FlexPortalDecoder::decodeOrder(Test::fixture(u"flexportal/order-full.json"_s));
        const Result<Order> extra =
            FlexPortalDecoder::decodeOrder(Test::fixture(u"flexportal/order-unknown-fields.json"_s));
        QVERIFY(plain.ok());
        QVERIFY2(extra.ok(), qPrintable(extra.ok() ? QString() : extra.error().message));
        VERIFY_SAME_ORDER(extra.value(), plain.value());
    }

    void decodeOrder_nullOptionalFields_readAsBlankNotZero()
    {
        const Result<Order> result = FlexPortalDecoder::decodeOrder(Test::fixture(u"flexportal/order-nulls.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Order& o = result.value();
        QVERIFY(!o.totals.tax.has_value());
        QVERIFY(!o.payment.paidAmount.has_value());
        QVERIFY(o.payment.status.isEmpty());
        QVERIFY(o.customer.company.isEmpty());
        QVERIFY(o.customer.phone.isEmpty());
        QVERIFY(o.billingAddress->postalCode.isEmpty());
        QVERIFY(o.shippingAddress->region.isEmpty());
        QVERIFY(o.notes.isEmpty());
        QVERIFY(o.trackingNumber.isEmpty());
        QVERIFY(!o.shippedAt.isValid());
        QVERIFY(o.lines.at(0).rentalStatus.isEmpty());
        QVERIFY(o.lines.at(0).rentalIds.isEmpty());
        QCOMPARE(o.customerDisplayName(), u"Anna Jansen"_s);
        QCOMPARE(o.billingAddress->toMultiLineText(), u"Anna Jansen\nDorpsstraat 1\nUtrecht\nNetherlands"_s);
    }

    void decodeOrder_zeroAmount_staysZeroNotBlank()
    {
        const Result<Order> result =
            FlexPortalDecoder::decodeOrder(Test::fixture(u"flexportal/order-status-cancelled.json"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.value().totals.tax, std::optional<double>(0.0));
    }

    void decodeOrder_timestampFormat_readsAsUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("Z with milliseconds") << u"2026-03-01T06:15:30.250Z"_s << utc(2026, 3, 1, 6, 15, 30, 250);
        QTest::newRow("Z without milliseconds") << u"2026-03-01T06:15:30Z"_s << utc(2026, 3, 1, 6, 15, 30);
        QTest::newRow("+02:00 with milliseconds")
            << u"2026-03-01T08:15:30.250+02:00"_s << utc(2026, 3, 1, 6, 15, 30, 250);
        QTest::newRow("+02:00 without milliseconds") << u"2026-03-01T08:15:30+02:00"_s << utc(2026, 3, 1, 6, 15, 30);
        QTest::newRow("-05:00") << u"2026-03-01T01:15:30-05:00"_s << utc(2026, 3, 1, 6, 15, 30);
        QTest::newRow("+05:30") << u"2026-03-01T11:45:30+05:30"_s << utc(2026, 3, 1, 6, 15, 30);
        QTest::newRow("offset moves the date") << u"2026-03-01T00:30:00+02:00"_s << utc(2026, 2, 28, 22, 30);
        QTest::newRow("microseconds") << u"2026-03-01T06:15:30.250123Z"_s << utc(2026, 3, 1, 6, 15, 30, 250);
        QTest::newRow("no offset is UTC") << u"2026-03-01T06:15:30"_s << utc(2026, 3, 1, 6, 15, 30);
        // 02:30 does not exist in Amsterdam on that day (clocks jump 02:00 -> 03:00); as UTC it does.
        QTest::newRow("no offset, in a local daylight-saving gap")
            << u"2026-03-29T02:30:00"_s << utc(2026, 3, 29, 2, 30);
        QTest::newRow("no offset, in a local daylight-saving gap, with ms")
            << u"2026-03-29T02:30:00.500"_s << utc(2026, 3, 29, 2, 30, 0, 500);
        QTest::newRow("bare date") << u"2026-03-01"_s << utc(2026, 3, 1, 0, 0);
    }

    void decodeOrder_timestampFormat_readsAsUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QByteArray body = withField(Test::fixture(u"flexportal/order-minimal.json"_s), u"shippedAt"_s, text);
        const Result<Order> result = FlexPortalDecoder::decodeOrder(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().shippedAt, expected);
        QCOMPARE(result.value().shippedAt.timeSpec(), Qt::UTC);
        QCOMPARE(result.value().shippedAt.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
    }

    void decodeOrder_unreadableTimestamp_givesProtocolError_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("impossible time") << u"2026-03-01T25:99:00Z"_s;
        QTest::newRow("date and words") << u"2026-03-01 in the morning"_s;
        QTest::newRow("date and a zone name") << u"2026-03-01T06:15:30 CET"_s;
        QTest::newRow("offset and Z") << u"2026-03-01T06:15:30+02:00Z"_s;
        QTest::newRow("no such day") << u"2026-02-30T06:15:30Z"_s;
        QTest::newRow("day first") << u"01/03/2026 06:15"_s;
        QTest::newRow("words") << u"yesterday"_s;
    }

    void decodeOrder_unreadableTimestamp_givesProtocolError()
    {
        QFETCH(QString, text);
        const QByteArray body = withField(Test::fixture(u"flexportal/order-minimal.json"_s), u"shippedAt"_s, text);
        const Result<Order> result = FlexPortalDecoder::decodeOrder(body);
        QVERIFY2(!result.ok(), qPrintable(u"read as "_s + (result.ok() ? show(result.value().shippedAt) : QString())));
        QCOMPARE(result.error().kindKey(), u"protocol"_s);
        QVERIFY2(result.error().message.startsWith(u"shippedAt: "_s), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(text), qPrintable(result.error().message));
    }

    void decodePage_fixture_readsOrdersAndCursor_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QList<Order>>("orders");
        QTest::addColumn<bool>("hasMore");
        QTest::addColumn<QString>("nextCursor");

        QTest::newRow("first page, with a cursor")
            << u"page-first.json"_s << QList<Order>{statusOrder(u"pending"_s), statusOrder(u"confirmed"_s)} << true
            << u"ord_confirmed"_s;
        QTest::newRow("last page, hasMore false and cursor null")
            << u"page-last.json"_s << QList<Order>{statusOrder(u"fulfilled"_s)} << false << QString();
        QTest::newRow("empty page") << u"page-empty.json"_s << QList<Order>{} << false << QString();
        QTest::newRow("hasMore true but cursor null ends the list")
            << u"page-hasmore-without-cursor.json"_s << QList<Order>{statusOrder(u"partial"_s)} << false << QString();
        QTest::newRow("hasMore false with a cursor ends the list")
            << u"page-hasmore-false-with-cursor.json"_s << QList<Order>{statusOrder(u"cancelled"_s)} << false
            << QString();
        QTest::newRow("cursor without hasMore goes on")
            << u"page-cursor-without-hasmore.json"_s << QList<Order>{statusOrder(u"cancelled"_s)} << true
            << u"ord_cancelled"_s;
        QTest::newRow("cursor with / # % ? space non-ASCII")
            << u"page-awkward-cursor.json"_s << QList<Order>{awkwardIdsOrder()} << true << awkwardId;
    }

    void decodePage_fixture_readsOrdersAndCursor()
    {
        QFETCH(QString, fixture);
        QFETCH(QList<Order>, orders);
        QFETCH(bool, hasMore);
        QFETCH(QString, nextCursor);
        const Result<FlexPortalPage> result = FlexPortalDecoder::decodePage(Test::fixture(u"flexportal/"_s + fixture));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const FlexPortalPage& page = result.value();
        QCOMPARE(page.hasMore, hasMore);
        QCOMPARE(page.nextCursor, nextCursor);
        QCOMPARE(page.orders.size(), orders.size());
        for (qsizetype i = 0; i < orders.size(); ++i)
            VERIFY_SAME_ORDER(page.orders.at(i), orders.at(i));
    }

    void decodePage_lastPage_hasNoCursor()
    {
        const Result<FlexPortalPage> result =
            FlexPortalDecoder::decodePage(Test::fixture(u"flexportal/page-last.json"_s));
        QVERIFY(result.ok());
        QVERIFY(!result.value().hasMore);
        QVERIFY(result.value().nextCursor.isEmpty());
    }

    void decodeOrder_malformedBody_givesProtocolErrorNamingTheField_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("fieldPath"); // the message starts with it; empty when no field is to blame
        QTest::addColumn<QString>("mentions");

        QTest::newRow("truncated JSON") << u"malformed-truncated.json"_s << QString() << u"not valid JSON"_s;
        QTest::newRow("empty body") << u"malformed-empty.json"_s << QString() << u"empty"_s;
        QTest::newRow("HTML page") << u"malformed-html.html"_s << QString()
                                   << u"web page (Sign in \u2013 Corporate Web Proxy)"_s;
        QTest::newRow("array where an object is expected")
            << u"malformed-array.json"_s << QString() << u"not a JSON object"_s;
        QTest::newRow("missing orderId") << u"malformed-missing-orderid.json"_s << u"orderId"_s << u"missing"_s;
        QTest::newRow("customer as a string")
            << u"malformed-customer-string.json"_s << u"customer"_s << u"expected an object, found text"_s;
        QTest::newRow("items as an object")
            << u"malformed-items-object.json"_s << u"items"_s << u"expected a list, found an object"_s;
        QTest::newRow("rental id as a number")
            << u"malformed-rentalids-number.json"_s << u"items[1].rentalIds[1]"_s << u"found a number"_s;
        QTest::newRow("unreadable timestamp")
            << u"malformed-bad-timestamp.json"_s << u"createdAt"_s << u"15/01/2026 10:30"_s;
        QTest::newRow("impossible time of day")
            << u"malformed-impossible-time.json"_s << u"createdAt"_s << u"2026-01-15T25:99:00Z"_s;
        QTest::newRow("status as a number")
            << u"malformed-status-number.json"_s << u"status"_s << u"expected text, found a number"_s;
        QTest::newRow("negative rented count")
            << u"malformed-negative-progress.json"_s << u"rentalProgress"_s << u"negative"_s;
        QTest::newRow("total as an object")
            << u"malformed-total-object.json"_s << u"totals.total"_s << u"expected a number, found an object"_s;
    }

    void decodeOrder_malformedBody_givesProtocolErrorNamingTheField()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, fieldPath);
        QFETCH(QString, mentions);
        const Result<Order> result = FlexPortalDecoder::decodeOrder(Test::fixture(u"flexportal/"_s + fixture));
        QVERIFY2(!result.ok(), "a malformed body must give no order at all, not a half-filled one");
        const ApiError& e = result.error();
        QCOMPARE(e.kindKey(), u"protocol"_s);
        QCOMPARE(e.httpStatus, 0);
        if (!fieldPath.isEmpty())
            QVERIFY2(e.message.startsWith(fieldPath + u": "_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void decodePage_malformedBody_givesProtocolErrorNamingTheField_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("fieldPath");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("truncated JSON") << u"malformed-truncated.json"_s << QString() << u"not valid JSON"_s;
        QTest::newRow("empty body") << u"malformed-empty.json"_s << QString() << u"empty"_s;
        QTest::newRow("HTML page") << u"malformed-html.html"_s << QString() << u"Sign in \u2013 Corporate Web Proxy"_s;
        QTest::newRow("array where an object is expected")
            << u"malformed-array.json"_s << QString() << u"not an object"_s;
        QTest::newRow("quantity as text in the second order")
            << u"malformed-quantity-text.json"_s << u"orders[1].items[0].quantity"_s << u"\"abc\""_s;
        QTest::newRow("third order without orderId")
            << u"malformed-page-missing-orderid.json"_s << u"orders[2].orderId"_s << u"missing"_s;
        QTest::newRow("orders as an object")
            << u"malformed-page-orders-object.json"_s << u"orders"_s << u"expected a list, found an object"_s;
        QTest::newRow("an order as text")
            << u"malformed-page-order-not-object.json"_s << u"orders[1]"_s << u"expected an object, found text"_s;
        QTest::newRow("old page envelope without orders")
            << u"malformed-page-without-orders.json"_s << QString() << u"\"orders\""_s;
        QTest::newRow("an order where a page is expected") << u"order-minimal.json"_s << QString() << u"\"orders\""_s;
        QTest::newRow("hasMore as text") << u"malformed-hasmore-text.json"_s << u"hasMore"_s << u"true or false"_s;
    }

    void decodePage_malformedBody_givesProtocolErrorNamingTheField()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, fieldPath);
        QFETCH(QString, mentions);
        const Result<FlexPortalPage> result = FlexPortalDecoder::decodePage(Test::fixture(u"flexportal/"_s + fixture));
        QVERIFY2(!result.ok(), "a malformed page must give no orders at all, not some of them");
        const ApiError& e = result.error();
        QCOMPARE(e.kindKey(), u"protocol"_s);
        if (!fieldPath.isEmpty())
            QVERIFY2(e.message.startsWith(fieldPath + u": "_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void decodeError_body_givesKindCodeMessageAndDetails_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("fixture"); // empty: an empty body
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");      // exact; a null string skips the check
        QTest::addColumn<QStringList>("mentions"); // each must appear in the message
        QTest::addColumn<QStringList>("details");

        const QStringList none;
        QTest::newRow("AUTH_REQUIRED 401")
            << 401 << u"error-auth-required.json"_s << u"authentication"_s << u"AUTH_REQUIRED"_s
            << u"Authorization header is required"_s << none << none;
        QTest::newRow("INVALID_TOKEN 401") << 401 << u"error-invalid-token.json"_s << u"authentication"_s
                                           << u"INVALID_TOKEN"_s << u"Invalid or expired API key"_s << none << none;
        QTest::newRow("NO_TENANT_ACCESS 403")
            << 403 << u"error-no-tenant-access.json"_s << u"permission"_s << u"NO_TENANT_ACCESS"_s
            << u"Tenant-ID header is missing or invalid"_s << none << none;
        QTest::newRow("INSUFFICIENT_PERMISSIONS 403")
            << 403 << u"error-insufficient-permissions.json"_s << u"permission"_s << u"INSUFFICIENT_PERMISSIONS"_s
            << u"API key lacks the orders:write permission"_s << none << none;
        QTest::newRow("NOT_FOUND 404") << 404 << u"error-not-found.json"_s << u"not-found"_s << u"NOT_FOUND"_s
                                       << u"Order not found"_s << none << none;

        const QStringList validationDetails{u"reason: String must contain at most 1000 character(s)"_s,
                                            u"customer.email: Invalid email format"_s,
                                            u"Unrecognized key(s) in object: 'foo'"_s};
        QTest::newRow("VALIDATION_ERROR 400")
            << 400 << u"error-validation.json"_s << u"validation"_s << u"VALIDATION_ERROR"_s
            << u"Invalid request body"_s << none << validationDetails;
        QTest::newRow("VALIDATION_ERROR 422")
            << 422 << u"error-validation.json"_s << u"validation"_s << u"VALIDATION_ERROR"_s
            << u"Invalid request body"_s << none << validationDetails;
        QTest::newRow("ORDER_NOT_CANCELLABLE 400")
            << 400 << u"error-order-not-cancellable.json"_s << u"not-cancellable"_s << u"ORDER_NOT_CANCELLABLE"_s
            << u"Order has active subscriptions"_s << none << none;
        QTest::newRow("ORDER_NOT_CANCELLABLE 409")
            << 409 << u"error-order-not-cancellable.json"_s << u"not-cancellable"_s << u"ORDER_NOT_CANCELLABLE"_s
            << u"Order has active subscriptions"_s << none << none;
        // The page's Error schema requires both code and message; a body that lacks one still reads.
        QTest::newRow("envelope without code 400") << 400 << u"error-missing-code.json"_s << u"validation"_s
                                                   << QString() << u"Order has active subscriptions"_s << none << none;
        QTest::newRow("envelope without message 400")
            << 400 << u"error-missing-message.json"_s << u"not-cancellable"_s << u"ORDER_NOT_CANCELLABLE"_s
            << u"HTTP status 400 (ORDER_NOT_CANCELLABLE)"_s << none << none;
        QTest::newRow("ALREADY_CANCELLED 400")
            << 400 << u"error-already-cancelled.json"_s << u"already-cancelled"_s << u"ALREADY_CANCELLED"_s
            << u"Order already cancelled"_s << none << none;
        QTest::newRow("ALREADY_CANCELLED 409")
            << 409 << u"error-already-cancelled.json"_s << u"already-cancelled"_s << u"ALREADY_CANCELLED"_s
            << u"Order already cancelled"_s << none << none;
        // The subscription cancel: a subscription that ended before (completed, bought out, ...).
        QTest::newRow("ALREADY_ENDED 400") << 400 << u"error-already-ended.json"_s << u"already-ended"_s
                                           << u"ALREADY_ENDED"_s << u"Subscription has already ended"_s << none << none;
        QTest::newRow("ALREADY_ENDED 409") << 409 << u"error-already-ended.json"_s << u"already-ended"_s
                                           << u"ALREADY_ENDED"_s << u"Subscription has already ended"_s << none << none;
        QTest::newRow("ORDER_NOT_FOUND 404") << 404 << u"error-order-not-found.json"_s << u"not-found"_s
                                             << u"ORDER_NOT_FOUND"_s << u"Order ord_x not found"_s << none << none;
        QTest::newRow("ORDER_NOT_FOUND 400 is still not found")
            << 400 << u"error-order-not-found.json"_s << u"not-found"_s << u"ORDER_NOT_FOUND"_s
            << u"Order ord_x not found"_s << none << none;
        // Codes of endpoints OrderDesk does not call: the HTTP status decides the kind, the code and the
        // platform's words are kept.
        QTest::newRow("ORDER_NOT_CONFIRMED 400")
            << 400 << u"error-order-not-confirmed.json"_s << u"validation"_s << u"ORDER_NOT_CONFIRMED"_s
            << u"Order must be confirmed first"_s << none << none;
        QTest::newRow("ITEM_FULLY_FULFILLED 400")
            << 400 << u"error-item-fully-fulfilled.json"_s << u"validation"_s << u"ITEM_FULLY_FULFILLED"_s
            << u"All units of this item already have subscriptions"_s << none << none;
        QTest::newRow("ASSET_NOT_FOUND 404") << 404 << u"error-asset-not-found.json"_s << u"not-found"_s
                                             << u"ASSET_NOT_FOUND"_s << u"Asset not found"_s << none << none;
        QTest::newRow("SKU_MISMATCH 400") << 400 << u"error-sku-mismatch.json"_s << u"validation"_s << u"SKU_MISMATCH"_s
                                          << u"Asset SKU does not match the order item"_s << none << none;
        // kindForHttpStatus() has no kind for 409 and reports it as a protocol error; the cancel path
        // maps the codes that matter (above) by their code.
        QTest::newRow("ASSET_EXISTS 409") << 409 << u"error-asset-exists.json"_s << u"protocol"_s << u"ASSET_EXISTS"_s
                                          << u"An asset with this serial number already exists"_s << none << none;
        QTest::newRow("VARIANT_IN_USE 409")
            << 409 << u"error-variant-in-use.json"_s << u"protocol"_s << u"VARIANT_IN_USE"_s
            << u"Variant is used by active subscriptions"_s << none << none;
        QTest::newRow("ASSET_NOT_AVAILABLE 409")
            << 409 << u"error-asset-not-available.json"_s << u"protocol"_s << u"ASSET_NOT_AVAILABLE"_s
            << u"Asset is not available"_s << none << none;
        QTest::newRow("unknown code 400") << 400 << u"error-unknown-code.json"_s << u"validation"_s
                                          << u"BRAND_NEW_CODE"_s << u"Something new went wrong"_s << none << none;
        QTest::newRow("unknown code 500") << 500 << u"error-unknown-code.json"_s << u"server"_s << u"BRAND_NEW_CODE"_s
                                          << u"Something new went wrong"_s << none << none;
        QTest::newRow("429 with an envelope") << 429 << u"error-rate-limited.json"_s << u"rate-limited"_s
                                              << u"RATE_LIMITED"_s << u"Too many requests"_s << none << none;
        QTest::newRow("429 with an empty body")
            << 429 << QString() << u"rate-limited"_s << QString() << QString() << QStringList{u"429"_s} << none;
        QTest::newRow("500 with an envelope") << 500 << u"error-internal.json"_s << u"server"_s << u"INTERNAL_ERROR"_s
                                              << u"Unexpected error"_s << none << none;
        QTest::newRow("HTML 502 page") << 502 << u"error-502.html"_s << u"server"_s << QString() << QString()
                                       << QStringList{u"502 Bad Gateway"_s} << none;
        QTest::newRow("empty 503") << 503 << QString() << u"server"_s << QString() << QString() << QStringList{u"503"_s}
                                   << none;
        QTest::newRow("truncated JSON 500") << 500 << u"malformed-truncated.json"_s << u"server"_s << QString()
                                            << QString() << QStringList{u"500"_s} << none;
        QTest::newRow("HTML 404 from a proxy") << 404 << u"malformed-html.html"_s << u"not-found"_s << QString()
                                               << QString() << QStringList{u"Corporate Web Proxy"_s} << none;
    }

    void decodeError_body_givesKindCodeMessageAndDetails()
    {
        QFETCH(int, httpStatus);
        QFETCH(QString, fixture);
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, details);
        const QByteArray body = fixture.isEmpty() ? QByteArray() : Test::fixture(u"flexportal/"_s + fixture);
        const ApiError e = FlexPortalDecoder::decodeError(httpStatus, body);
        QCOMPARE(e.kindKey(), kind);
        QCOMPARE(e.httpStatus, httpStatus);
        QCOMPARE(e.code, code);
        if (!message.isNull())
            QCOMPARE(e.message, message);
        QVERIFY2(!e.message.isEmpty(), "an error must always say something");
        for (const QString& m : mentions)
            QVERIFY2(e.message.contains(m), qPrintable(e.message));
        QCOMPARE(e.details, details);
        QVERIFY(!e.retryAfterSeconds.has_value()); // FlexPortal says it in the Retry-After header only
        QVERIFY(!e.userMessage().isEmpty());
    }

    void decodeError_validation_showsDetailsToTheAgent()
    {
        const ApiError e = FlexPortalDecoder::decodeError(422, Test::fixture(u"flexportal/error-validation.json"_s));
        const QString shown = e.userMessage();
        QVERIFY2(shown.contains(u"Invalid request body"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"customer.email: Invalid email format"_s), qPrintable(shown));
    }

    // CancelSubscriptionResponse: every field read as sent, the time in UTC.
    void decodeSubscriptionCancelReply_documentedBody_readsEveryField()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{u"success"_s, true},
                                                          {u"rentalId"_s, u"sub_abc123"_s},
                                                          {u"assetSerialNumber"_s, u"C02ABC123XYZ"_s},
                                                          {u"previousStatus"_s, u"active"_s},
                                                          {u"cancelledAt"_s, u"2026-11-20T04:15:04.123-05:00"_s},
                                                          {u"message"_s, u"Subscription cancelled"_s},
                                                          {u"unknownField"_s, 1}})
                                    .toJson();
        const SubscriptionCancelReply r = FlexPortalDecoder::decodeSubscriptionCancelReply(body);
        QVERIFY(r.isObject);
        QCOMPARE(r.success, std::optional<bool>(true));
        QCOMPARE(r.rentalId, u"sub_abc123"_s);
        QCOMPARE(r.assetSerialNumber, u"C02ABC123XYZ"_s);
        QCOMPARE(r.previousStatus, u"active"_s);
        QCOMPARE(r.cancelledAtText, u"2026-11-20T04:15:04.123-05:00"_s);
        QCOMPARE(r.cancelledAt, QDateTime(QDate(2026, 11, 20), QTime(9, 15, 4, 123), Qt::UTC));
        QCOMPARE(r.message, u"Subscription cancelled"_s);
        QVERIFY(!r.contradicts(u"sub_abc123"_s));
        QVERIFY(r.contradicts(u"sub_other"_s));
    }

    void decodeSubscriptionCancelReply_oddBodies_readAsBlankNeverAsAContradiction_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("contradicts");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("not JSON") << QByteArray("<html>OK</html>") << false;
        QTest::newRow("an array") << QByteArray("[true]") << false;
        QTest::newRow("no fields") << QByteArray("{}") << false;
        QTest::newRow("fields of other types")
            << QByteArray("{\"rentalId\":5,\"assetSerialNumber\":null,\"cancelledAt\":1700000000}") << false;
        QTest::newRow("success false") << QByteArray("{\"success\":false}") << true;
        QTest::newRow("success as text") << QByteArray("{\"success\":\"true\"}") << true;
    }

    void decodeSubscriptionCancelReply_oddBodies_readAsBlankNeverAsAContradiction()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, contradicts);
        const SubscriptionCancelReply r = FlexPortalDecoder::decodeSubscriptionCancelReply(body);
        QCOMPARE(r.contradicts(u"sub_abc123"_s), contradicts);
        QVERIFY(r.assetSerialNumber.isEmpty());
        QVERIFY(r.rentalId.isEmpty());
        QVERIFY(!r.cancelledAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestFlexPortalDecoder)
#include "tst_flexportaldecoder.moc"
