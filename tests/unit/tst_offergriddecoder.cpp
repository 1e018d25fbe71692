// OfferGrid's JSON into the domain: every field of orders and their provider items read and compared,
// lists bare and wrapped, unknown fields ignored, nulls read as blank, malformed replies refused as a
// protocol error that names the field, and NestJS error bodies in all their shapes. Fixtures live in
// tests/data/offergrid/.
#include "api/offergrid/offergriddecoder.h"
#include "fieldcheck.h"
#include "fixtures.h"

#include <QTest>

#include <ctime>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::Order)

namespace {

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
    check(u"billingAddress.empty"_s, int(a.billingAddress->isEmpty()), int(e.billingAddress->isEmpty()));
    const Address& as = a.shippingAddress;
    const Address& es = e.shippingAddress;
    check(u"serviceAddress.contactName"_s, as.contactName, es.contactName);
    check(u"serviceAddress.company"_s, as.company, es.company);
    check(u"serviceAddress.street"_s, as.street, es.street);
    check(u"serviceAddress.building"_s, as.building, es.building);
    check(u"serviceAddress.locality"_s, as.locality, es.locality);
    check(u"serviceAddress.city"_s, as.city, es.city);
    check(u"serviceAddress.state"_s, as.region, es.region);
    check(u"serviceAddress.zipCode"_s, as.postalCode, es.postalCode);
    check(u"serviceAddress.country"_s, as.country, es.country);
    check(u"items.size"_s, int(a.lines.size()), int(e.lines.size()));
    for (qsizetype i = 0; i < std::min(a.lines.size(), e.lines.size()); ++i) {
        const OrderLine& al = a.lines.at(i);
        const OrderLine& el = e.lines.at(i);
        const QString p = u"items[%1]."_s.arg(i);
        check(p + u"itemId"_s, al.offerGrid().itemId, el.offerGrid().itemId);
        check(p + u"offerId"_s, al.offerGrid().offerId, el.offerGrid().offerId);
        check(p + u"offerName"_s, al.offerGrid().offerName, el.offerGrid().offerName);
        check(p + u"providerId"_s, al.offerGrid().providerId, el.offerGrid().providerId);
        check(p + u"providerName"_s, al.offerGrid().providerName, el.offerGrid().providerName);
        check(p + u"status"_s, al.offerGrid().itemStatus, el.offerGrid().itemStatus);
        check.time(p + u"scheduledFor"_s, al.offerGrid().scheduledFor, el.offerGrid().scheduledFor);
        check(p + u"providerNotes"_s, al.offerGrid().providerNotes, el.offerGrid().providerNotes);
        check(p + u"quantity"_s, al.quantity, el.quantity);
        // OfferGrid leaves the FlexPortal half of a line blank.
        check(p + u"sku"_s, al.sku, el.sku);
        check(p + u"productName"_s, al.productName, el.productName);
        check(p + u"unitPrice"_s, al.unitPrice, el.unitPrice);
        check(p + u"contractMonths"_s, al.contractMonths, el.contractMonths);
        check(p + u"rentalStatus"_s, al.rentalStatus, el.rentalStatus);
        check(p + u"rentalIds"_s, al.rentalIds, el.rentalIds);
    }
    check(u"totals.subtotal"_s, a.totals.subtotal, e.totals.subtotal);
    check(u"totals.tax"_s, a.totals.tax, e.totals.tax);
    check(u"totals.total"_s, a.totals.total, e.totals.total);
    check(u"totals.currency"_s, a.totals.currency, e.totals.currency);
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

OrderLine item(const QString& itemId, const QString& offerId, const QString& status)
{
    OrderLine l;
    l.editOfferGrid().itemId = itemId;
    l.editOfferGrid().offerId = offerId;
    l.editOfferGrid().itemStatus = status;
    l.quantity = 1;
    return l;
}

OrderLine providerItem(const QString& itemId, const QString& offerId, const QString& offerName,
                       const QString& providerId, const QString& providerName, const QString& status)
{
    OrderLine l = item(itemId, offerId, status);
    l.editOfferGrid().offerName = offerName;
    l.editOfferGrid().providerId = providerId;
    l.editOfferGrid().providerName = providerName;
    return l;
}

void setCustomer(Order& o, const QString& fullName, const QString& email, const QString& phone)
{
    o.customer.fullName = fullName;
    o.customer.email = email;
    o.customer.phone = phone;
    o.shippingAddress.edit().contactName = fullName;
}

void setServiceAddress(Order& o, const QString& street, const QString& city, const QString& state,
                       const QString& zipCode, const QString& country)
{
    o.shippingAddress.edit().street = street;
    o.shippingAddress.edit().city = city;
    o.shippingAddress.edit().region = state;
    o.shippingAddress.edit().postalCode = zipCode;
    o.shippingAddress.edit().country = country;
}

// order-minimal.json: the place-order response, without an order-level status.
Order minimalOrder(const QString& id = u"ord-123-abc"_s)
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = id;
    o.lines = {item(u"item-456-def"_s, u"123e4567-e89b-12d3-a456-426614174000"_s, u"pending"_s)};
    o.createdAt = utc(2026, 1, 5, 10, 0);
    return o;
}

// order-full.json: every field of the reseller order and its items.
Order fullOrder()
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = u"7f3c2a9e-4b1d-4e8a-9c3f-2d5e6a7b8c9d"_s;
    o.status = u"scheduled"_s;
    OrderLine fiber = providerItem(u"3b1f8e2c-0a4d-4c6b-8e9f-1a2b3c4d5e6f"_s, u"123e4567-e89b-12d3-a456-426614174000"_s,
                                   u"Fiber 1000"_s, u"prov-acme-fiber"_s, u"Acme Fiber"_s, u"scheduled"_s);
    fiber.editOfferGrid().providerNotes = u"Technician will call 30 minutes ahead."_s;
    fiber.editOfferGrid().scheduledFor = utc(2026, 2, 10, 7, 0);
    OrderLine security =
        providerItem(u"9c8b7a6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"_s, u"223e4567-e89b-12d3-a456-426614174001"_s,
                     u"Home Security Basic"_s, u"prov-safehome"_s, u"SafeHome Security"_s, u"accepted"_s);
    security.editOfferGrid().providerNotes = u"Accepted, awaiting a date."_s;
    security.editOfferGrid().scheduledFor = utc(2026, 2, 12, 14, 30);
    o.lines = {fiber, security};
    setCustomer(o, u"Jane Smith"_s, u"jane.smith@example.com"_s, u"+1-555-010-0199"_s);
    setServiceAddress(o, u"123 Main St"_s, u"Austin"_s, u"TX"_s, u"78701"_s, u"US"_s);
    o.notes = u"Gate code 4521; dog in the yard."_s;
    o.createdAt = utc(2026, 2, 1, 12, 0);
    o.updatedAt = utc(2026, 2, 3, 14, 20, 5);
    return o;
}

Order itemIdVariantOrder()
{
    Order o = minimalOrder(u"ord-idvariant"_s);
    o.lines = {item(u"item-via-id"_s, u"offer-1"_s, u"submitted_to_provider"_s),
               item(u"item-via-itemId"_s, u"offer-2"_s, u"pending"_s)};
    return o;
}

const QString awkwardId = u"ord/2026#1 50%?x=\u00FC \u00F1 \u6771\u4EAC"_s;

Order awkwardIdsOrder()
{
    Order o = minimalOrder(awkwardId);
    o.status = u"pending"_s;
    o.lines = {providerItem(u"item #1/\u00FC"_s, u"offer?id=5&x=%20"_s, u"Fibra / 100% #1"_s, u"prov/\u00FC#?"_s,
                            u"Prov %s & Co"_s, u"pending"_s)};
    setCustomer(o, u"Jos\u00E9 O'Brien-M\u00FCller"_s, u"jose+test@example.com"_s, u"+34 600 000 000"_s);
    return o;
}

Order unicodeNamesOrder()
{
    Order o = minimalOrder(u"ord-unicode-1"_s);
    o.status = u"submitted_to_provider"_s;
    OrderLine l = providerItem(u"it-u1"_s, u"of-u1"_s, u"Fibra \u00D3ptica \U0001F680"_s, u"prov-nandu"_s,
                               u"\u00D1and\u00FA Telecom \U0001F4E1"_s, u"submitted_to_provider"_s);
    l.editOfferGrid().providerNotes = u"\u062A\u0645 \u0627\u0644\u0627\u0633\u062A\u0644\u0627\u0645"_s;
    o.lines = {l};
    setCustomer(o, u"\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621 \U0001F319"_s,
                u"fatima@example.com"_s, u"+20 2 555 0101"_s);
    setServiceAddress(o, u"\u05E8\u05D7\u05D5\u05D1 \u05D4\u05E8\u05E6\u05DC 5"_s,
                      u"\u05EA\u05DC \u05D0\u05D1\u05D9\u05D1"_s,
                      u"\u05DE\u05D7\u05D5\u05D6 \u05EA\u05DC \u05D0\u05D1\u05D9\u05D1"_s, u"6100000"_s, u"IL"_s);
    o.notes = u"Zo\u00EB \U0001F468\u200D\U0001F469\u200D\U0001F467 \u00C5ngstr\u00F6m"_s;
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
    setCustomer(o, longAccented, u"long@example.com"_s, u"1"_s);
    o.lines[0].editOfferGrid().offerName = longLetters;
    o.lines[0].editOfferGrid().providerNotes = longDigits;
    return o;
}

Order noItemsOrder()
{
    Order o = minimalOrder(u"ord-empty"_s);
    o.status = u"pending"_s;
    o.lines.clear();
    return o;
}

const QStringList offerGridStatuses{u"pending"_s,   u"submitted_to_provider"_s,
                                    u"accepted"_s,  u"rejected"_s,
                                    u"scheduled"_s, u"in_progress"_s,
                                    u"completed"_s, u"active"_s,
                                    u"cancelled"_s, u"failed"_s};

// order-fifty-items.json: item i (from 1) goes to provider i % 5 + 1 and takes the statuses in turn.
Order fiftyItemsOrder()
{
    Order o = minimalOrder(u"ord-fifty"_s);
    o.status = u"in_progress"_s;
    o.lines.clear();
    for (int i = 1; i <= 50; ++i) {
        const int provider = i % 5 + 1;
        o.lines.append(providerItem(u"item-%1"_s.arg(i, 2, 10, QChar(u'0')), u"offer-%1"_s.arg(i, 2, 10, QChar(u'0')),
                                    u"Offer %1"_s.arg(i), u"prov-%1"_s.arg(provider), u"Provider %1"_s.arg(provider),
                                    offerGridStatuses.at((i - 1) % 10)));
    }
    return o;
}

// order-status-<status>.json: order and its one item in the same status.
Order statusOrder(const QString& status)
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = u"ord-"_s + status;
    o.status = status;
    OrderLine l = providerItem(u"item-"_s + status, u"offer-fiber-1000"_s, u"Fiber 1000"_s, u"prov-acme-fiber"_s,
                               u"Acme Fiber"_s, status);
    if (status == u"scheduled")
        l.editOfferGrid().scheduledFor = utc(2026, 4, 2, 6, 0);
    if (status == u"rejected")
        l.editOfferGrid().providerNotes = u"Address outside the service area"_s;
    if (status == u"failed")
        l.editOfferGrid().providerNotes = u"No signal at the premises"_s;
    o.lines = {l};
    setCustomer(o, u"Sam Tester"_s, u"sam@example.com"_s, u"+1-555-0100"_s);
    setServiceAddress(o, u"1 Test Way"_s, u"Austin"_s, u"TX"_s, u"78701"_s, u"US"_s);
    o.createdAt = utc(2026, 3, 1, 6, 15, 30, 250);
    o.updatedAt = utc(2026, 3, 1, 6, 15, 30);
    return o;
}

// order-multi-provider-mixed.json: four providers, six items, each in its own state, no order status.
Order mixedOrder()
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = u"ord-multi-1"_s;
    OrderLine tv =
        providerItem(u"it-2"_s, u"of-2"_s, u"Acme TV Plus"_s, u"prov-acme-fiber"_s, u"Acme Fiber"_s, u"accepted"_s);
    tv.editOfferGrid().providerNotes = u"Welcome aboard"_s;
    OrderLine security = providerItem(u"it-3"_s, u"of-3"_s, u"Home Security Basic"_s, u"prov-safehome"_s,
                                      u"SafeHome Security"_s, u"scheduled"_s);
    security.editOfferGrid().scheduledFor = utc(2026, 2, 20, 6, 0);
    OrderLine energy = providerItem(u"it-4"_s, u"of-4"_s, u"Green Energy 12m"_s, u"prov-greenspark"_s,
                                    u"GreenSpark Energy"_s, u"rejected"_s);
    energy.editOfferGrid().providerNotes = u"Address outside service area"_s;
    OrderLine stream =
        providerItem(u"it-5"_s, u"of-5"_s, u"StreamCo Max"_s, u"prov-streamco"_s, u"StreamCo"_s, u"failed"_s);
    stream.editOfferGrid().providerNotes = u"Activation failed"_s;
    o.lines = {providerItem(u"it-1"_s, u"of-1"_s, u"Fiber 1000"_s, u"prov-acme-fiber"_s, u"Acme Fiber"_s, u"pending"_s),
               tv,
               security,
               energy,
               stream,
               providerItem(u"it-6"_s, u"of-6"_s, u"StreamCo Kids"_s, u"prov-streamco"_s, u"StreamCo"_s,
                            u"submitted_to_provider"_s)};
    setCustomer(o, u"Maria Garcia"_s, u"maria@example.com"_s, u"+1-555-0123"_s);
    setServiceAddress(o, u"742 Evergreen Terrace"_s, u"Springfield"_s, u"OR"_s, u"97403"_s, u"US"_s);
    o.createdAt = utc(2026, 2, 15, 9, 30);
    o.updatedAt = utc(2026, 2, 16, 11, 0, 0, 750);
    return o;
}

} // namespace

class TestOfferGridDecoder : public QObject
{
    Q_OBJECT

private slots:
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

        QTest::newRow("every field") << u"order-full.json"_s << fullOrder();
        QTest::newRow("place-order response only") << u"order-minimal.json"_s << minimalOrder();
        QTest::newRow("optional fields null") << u"order-nulls.json"_s << minimalOrder(u"ord-nulls-abc"_s);
        QTest::newRow("optional fields of nested objects null")
            << u"order-nulls-nested.json"_s << minimalOrder(u"ord-nulls-nested"_s);
        QTest::newRow("unknown fields at every level") << u"order-unknown-fields.json"_s << fullOrder();
        QTest::newRow("items named id instead of itemId") << u"order-item-id-variant.json"_s << itemIdVariantOrder();
        QTest::newRow("ids with / # % ? space non-ASCII") << u"order-awkward-ids.json"_s << awkwardIdsOrder();
        QTest::newRow("emoji and right-to-left names") << u"order-unicode-names.json"_s << unicodeNamesOrder();
        QTest::newRow("500-character strings") << u"order-long-strings.json"_s << longStringsOrder();
        QTest::newRow("no items") << u"order-no-items.json"_s << noItemsOrder();
        QTest::newRow("50 items") << u"order-fifty-items.json"_s << fiftyItemsOrder();
        QTest::newRow("several providers, mixed item states") << u"order-multi-provider-mixed.json"_s << mixedOrder();
        for (const QString& status : offerGridStatuses) {
            QTest::addRow("status %s", qPrintable(status))
                << u"order-status-%1.json"_s.arg(status) << statusOrder(status);
        }
    }

    void decodeOrder_fixture_readsEveryField()
    {
        QFETCH(QString, fixture);
        QFETCH(Order, expected);
        const Result<Order> result = OfferGridDecoder::decodeOrder(Test::fixture(u"offergrid/"_s + fixture));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        VERIFY_SAME_ORDER(result.value(), expected);
    }

    void decodeOrder_unknownFieldsEverywhere_decodesLikeWithout()
    {
        const Result<Order> plain = OfferGridDecoder::decodeOrder(Test::fixture(u"offergrid/order-full.json"_s));
        const Result<Order> extra =
            OfferGridDecoder::decodeOrder(Test::fixture(u"offergrid/order-unknown-fields.json"_s));
        QVERIFY(plain.ok());
        QVERIFY2(extra.ok(), qPrintable(extra.ok() ? QString() : extra.error().message));
        VERIFY_SAME_ORDER(extra.value(), plain.value());
    }

    void decodeOrder_nullOptionalFields_readAsBlank()
    {
        const Result<Order> result = OfferGridDecoder::decodeOrder(Test::fixture(u"offergrid/order-nulls.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Order& o = result.value();
        QVERIFY(o.status.isEmpty());
        QVERIFY(o.customer.fullName.isEmpty());
        QVERIFY(o.shippingAddress->isEmpty());
        QVERIFY(o.notes.isEmpty());
        QVERIFY(!o.updatedAt.isValid());
        QCOMPARE(o.lines.size(), 1);
        const OrderLine& l = o.lines.at(0);
        QCOMPARE(l.offerGrid().itemId, u"item-456-def"_s);
        QVERIFY(l.offerGrid().offerName.isEmpty());
        QVERIFY(l.offerGrid().providerName.isEmpty());
        QVERIFY(l.offerGrid().providerNotes.isEmpty());
        QVERIFY(!l.offerGrid().scheduledFor.isValid());
        // OfferGrid orders carry no amounts: blank, never 0.
        QVERIFY(!o.totals.total.has_value());
        QVERIFY(!o.totals.subtotal.has_value());
        QVERIFY(o.totals.currency.isEmpty());
        QVERIFY(!o.rentalProgress.isKnown());
    }

    void decodeOrder_scheduledForWithOffset_readsAsUtc()
    {
        const Result<Order> result =
            OfferGridDecoder::decodeOrder(Test::fixture(u"offergrid/order-status-scheduled.json"_s));
        QVERIFY(result.ok());
        const QDateTime scheduled = result.value().lines.at(0).offerGrid().scheduledFor;
        QCOMPARE(scheduled.timeSpec(), Qt::UTC);
        QCOMPARE(scheduled.toString(Qt::ISODateWithMs), u"2026-04-02T06:00:00.000Z"_s);
    }

    void decodeList_fixture_readsEveryOrder_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QList<Order>>("orders");

        const QList<Order> two{minimalOrder(), mixedOrder()};
        QTest::newRow("bare array") << u"list-bare.json"_s << two;
        QTest::newRow("wrapped in orders") << u"list-wrapped-orders.json"_s << two;
        QTest::newRow("wrapped in data") << u"list-wrapped-data.json"_s << two;
        QTest::newRow("wrapped in items") << u"list-wrapped-items.json"_s << two;
        QTest::newRow("empty array") << u"list-empty.json"_s << QList<Order>{};
        QTest::newRow("empty wrapped array") << u"list-wrapped-empty.json"_s << QList<Order>{};
    }

    void decodeList_fixture_readsEveryOrder()
    {
        QFETCH(QString, fixture);
        QFETCH(QList<Order>, orders);
        const Result<QList<Order>> result = OfferGridDecoder::decodeList(Test::fixture(u"offergrid/"_s + fixture));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().size(), orders.size());
        for (qsizetype i = 0; i < orders.size(); ++i)
            VERIFY_SAME_ORDER(result.value().at(i), orders.at(i));
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
        QTest::newRow("customerInfo as a string")
            << u"malformed-customer-string.json"_s << u"customerInfo"_s << u"expected an object, found text"_s;
        QTest::newRow("items as an object")
            << u"malformed-items-object.json"_s << u"items"_s << u"expected a list, found an object"_s;
        QTest::newRow("providerName as an object")
            << u"malformed-provider-name-object.json"_s << u"items[1].providerName"_s << u"found an object"_s;
        QTest::newRow("scheduledFor with words for a time")
            << u"malformed-scheduled-not-a-time.json"_s << u"items[0].scheduledFor"_s << u"2026-02-10 morning"_s;
        QTest::newRow("neither status nor items")
            << u"malformed-no-status-no-items.json"_s << u"status"_s << u"no items"_s;
    }

    void decodeOrder_malformedBody_givesProtocolErrorNamingTheField()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, fieldPath);
        QFETCH(QString, mentions);
        const Result<Order> result = OfferGridDecoder::decodeOrder(Test::fixture(u"offergrid/"_s + fixture));
        QVERIFY2(!result.ok(), "a malformed body must give no order at all, not a half-filled one");
        const ApiError& e = result.error();
        QCOMPARE(e.kindKey(), u"protocol"_s);
        QCOMPARE(e.httpStatus, 0);
        if (!fieldPath.isEmpty())
            QVERIFY2(e.message.startsWith(fieldPath + u": "_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void decodeList_malformedBody_givesProtocolErrorNamingTheField_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("fieldPath");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("truncated JSON") << u"malformed-truncated.json"_s << QString() << u"not valid JSON"_s;
        QTest::newRow("empty body") << u"malformed-empty.json"_s << QString() << u"empty"_s;
        QTest::newRow("HTML page") << u"malformed-html.html"_s << QString() << u"Sign in \u2013 Corporate Web Proxy"_s;
        QTest::newRow("item status as a number in the second order")
            << u"malformed-item-status-number.json"_s << u"orders[1].items[0].status"_s << u"found a number"_s;
        QTest::newRow("bad scheduledFor in a bare list")
            << u"malformed-bare-list-bad-scheduled.json"_s << u"[1].items[2].scheduledFor"_s << u"next tuesday"_s;
        QTest::newRow("second order without orderId")
            << u"malformed-bare-list-missing-orderid.json"_s << u"[1].orderId"_s << u"missing"_s;
        QTest::newRow("an order as text")
            << u"malformed-list-element-text.json"_s << u"[0]"_s << u"expected an object, found text"_s;
        QTest::newRow("unknown wrapper") << u"malformed-list-unknown-wrapper.json"_s << QString()
                                         << u"\"orders\", \"data\" or \"items\""_s;
        QTest::newRow("orders as an object")
            << u"malformed-list-orders-object.json"_s << QString() << u"\"orders\", \"data\" or \"items\""_s;
    }

    void decodeList_malformedBody_givesProtocolErrorNamingTheField()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, fieldPath);
        QFETCH(QString, mentions);
        const Result<QList<Order>> result = OfferGridDecoder::decodeList(Test::fixture(u"offergrid/"_s + fixture));
        QVERIFY2(!result.ok(), "a malformed list must give no orders at all, not some of them");
        const ApiError& e = result.error();
        QCOMPARE(e.kindKey(), u"protocol"_s);
        if (!fieldPath.isEmpty())
            QVERIFY2(e.message.startsWith(fieldPath + u": "_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void decodeError_body_givesKindMessageDetailsAndRetry_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("fixture"); // empty: an empty body
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");      // exact; a null string skips the check
        QTest::addColumn<QStringList>("mentions"); // each must appear in the message
        QTest::addColumn<QStringList>("details");
        QTest::addColumn<int>("retryAfter"); // -1: none

        const QStringList none;
        QTest::newRow("401 invalid key") << 401 << u"error-401.json"_s << u"authentication"_s << QString()
                                         << u"Unauthorized - invalid API key"_s << none << none << -1;
        QTest::newRow("403 wrong role") << 403 << u"error-403.json"_s << u"permission"_s << QString()
                                        << u"Forbidden - Reseller role required"_s << none << none << -1;
        QTest::newRow("404") << 404 << u"error-404.json"_s << u"not-found"_s << QString()
                             << u"Order not found or does not belong to your team"_s << none << none << -1;
        QTest::newRow("400 with a string message")
            << 400 << u"error-400-message.json"_s << u"validation"_s << QString()
            << u"Order cannot be cancelled in its current status"_s << none << none << -1;
        const QStringList validation{u"reason must be shorter than or equal to 1000 characters"_s,
                                     u"reason must be a string"_s};
        QTest::newRow("400 with an array message")
            << 400 << u"error-400-message-array.json"_s << u"validation"_s << u"VALIDATION_ERROR"_s << u"Bad Request"_s
            << none << validation << -1;
        QTest::newRow("422 with an array message")
            << 422 << u"error-400-message-array.json"_s << u"validation"_s << u"VALIDATION_ERROR"_s << u"Bad Request"_s
            << none << validation << -1;
        QTest::newRow("error and field") << 400 << u"error-field.json"_s << u"validation"_s << QString()
                                         << u"Invalid email format"_s << none
                                         << QStringList{u"customerInfo.email: Invalid email format"_s} << -1;
        QTest::newRow("429 with retryAfter") << 429 << u"error-429.json"_s << u"rate-limited"_s << QString()
                                             << u"Too many requests"_s << none << none << 60;
        QTest::newRow("429 with a retryAfter over a day is capped")
            << 429 << u"error-429-huge-retry.json"_s << u"rate-limited"_s << QString() << u"Too many requests"_s << none
            << none << 86400;
        QTest::newRow("429 with an empty body")
            << 429 << QString() << u"rate-limited"_s << QString() << QString() << QStringList{u"429"_s} << none << -1;
        QTest::newRow("500") << 500 << u"error-500.json"_s << u"server"_s << QString() << u"Internal server error"_s
                             << none << none << -1;
        QTest::newRow("HTML 502 page") << 502 << u"error-502.html"_s << u"server"_s << QString() << QString()
                                       << QStringList{u"api.offergrid.io | 502: Bad gateway"_s} << none << -1;
        QTest::newRow("empty 503") << 503 << QString() << u"server"_s << QString() << QString() << QStringList{u"503"_s}
                                   << none << -1;
        QTest::newRow("truncated JSON 500") << 500 << u"malformed-truncated.json"_s << u"server"_s << QString()
                                            << QString() << QStringList{u"500"_s} << none << -1;
        // kindForHttpStatus() has no kind for 409; OfferGridBackend::interpretCancelRefusal() makes a
        // refused cancel NotCancellable.
        QTest::newRow("409 with unknown fields") << 409 << u"error-unknown-fields.json"_s << u"protocol"_s << QString()
                                                 << u"Order is locked by the provider"_s << none << none << -1;
    }

    void decodeError_body_givesKindMessageDetailsAndRetry()
    {
        QFETCH(int, httpStatus);
        QFETCH(QString, fixture);
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, details);
        QFETCH(int, retryAfter);
        const QByteArray body = fixture.isEmpty() ? QByteArray() : Test::fixture(u"offergrid/"_s + fixture);
        const ApiError e = OfferGridDecoder::decodeError(httpStatus, body);
        QCOMPARE(e.kindKey(), kind);
        QCOMPARE(e.httpStatus, httpStatus);
        QCOMPARE(e.code, code);
        if (!message.isNull())
            QCOMPARE(e.message, message);
        for (const QString& m : mentions)
            QVERIFY2(e.message.contains(m), qPrintable(e.message));
        QCOMPARE(e.details, details);
        QCOMPARE(e.retryAfterSeconds, retryAfter < 0 ? std::optional<int>() : std::optional<int>(retryAfter));
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY2(!e.message.isEmpty() || !e.details.isEmpty(), "an error must always say something");
    }
};

QTEST_GUILESS_MAIN(TestOfferGridDecoder)
#include "tst_offergriddecoder.moc"
