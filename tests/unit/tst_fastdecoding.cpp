// The simdjson list decoding (decodePageFast, decodeListFast) against the QJsonDocument decoding it
// stands in for: where the fast path gives a value it is the full path's, field by field and in UTC;
// it gives one for every well-formed fixture and sandbox page; what it leaves to the full path still
// comes out right through decodePage/decodeList, and errors keep the full path's words. Also
// parseCommonTimestamp against QDateTime::fromString, and shareRepeatedText.
#include "api/flexportal/flexportaldecoder.h"
#include "api/jsonfields.h"
#include "api/offergrid/offergriddecoder.h"
#include "fastpath.h"
#include "fieldcheck.h"
#include "fixtures.h"
#include "sandbox/flexportalroutes.h"
#include "sandbox/flexportalstore.h"
#include "sandbox/isotime.h"
#include "sandbox/offergridroutes.h"
#include "sandbox/offergridstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <ctime>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::Order)
Q_DECLARE_METATYPE(OrderDesk::FlexPortalPage)

namespace {

// --- Field by field, both platforms' halves ----------------------------------------------------------------------

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

// == holds for 0.0 and -0.0; the sign shows ("-0.00"), so it is compared too.
void checkNumber(FieldCheck& check, const QString& path, std::optional<double> a, std::optional<double> e)
{
    check(path, a, e);
    check(path + u" (sign)"_s, int(a && std::signbit(*a)), int(e && std::signbit(*e)));
}

void checkOrder(FieldCheck& check, const QString& at, const Order& a, const Order& e)
{
    check(at + u"platform"_s, int(a.platform), int(e.platform));
    check(at + u"accountId"_s, a.accountId, e.accountId);
    check(at + u"id"_s, a.id, e.id);
    check(at + u"status"_s, a.status, e.status);
    check(at + u"orderType"_s, a.orderType, e.orderType);
    check(at + u"customer.id"_s, a.customer.id, e.customer.id);
    check(at + u"customer.firstName"_s, a.customer.firstName, e.customer.firstName);
    check(at + u"customer.lastName"_s, a.customer.lastName, e.customer.lastName);
    check(at + u"customer.fullName"_s, a.customer.fullName, e.customer.fullName);
    check(at + u"customer.email"_s, a.customer.email, e.customer.email);
    check(at + u"customer.company"_s, a.customer.company, e.customer.company);
    check(at + u"customer.phone"_s, a.customer.phone, e.customer.phone);
    checkAddress(check, at + u"billingAddress"_s, a.billingAddress, e.billingAddress);
    checkAddress(check, at + u"shippingAddress"_s, a.shippingAddress, e.shippingAddress);
    check(at + u"lines.size"_s, int(a.lines.size()), int(e.lines.size()));
    for (qsizetype i = 0; i < std::min(a.lines.size(), e.lines.size()); ++i) {
        const OrderLine& al = a.lines.at(i);
        const OrderLine& el = e.lines.at(i);
        const QString p = at + u"lines[%1]."_s.arg(i);
        check(p + u"sku"_s, al.sku, el.sku);
        check(p + u"productName"_s, al.productName, el.productName);
        check(p + u"quantity"_s, al.quantity, el.quantity);
        checkNumber(check, p + u"unitPrice"_s, al.unitPrice, el.unitPrice);
        checkNumber(check, p + u"contractMonths"_s, al.contractMonths, el.contractMonths);
        check(p + u"rentalStatus"_s, al.rentalStatus, el.rentalStatus);
        check(p + u"rentalIds"_s, al.rentalIds, el.rentalIds);
        check(p + u"itemId"_s, al.offerGrid().itemId, el.offerGrid().itemId);
        check(p + u"offerId"_s, al.offerGrid().offerId, el.offerGrid().offerId);
        check(p + u"offerName"_s, al.offerGrid().offerName, el.offerGrid().offerName);
        check(p + u"providerId"_s, al.offerGrid().providerId, el.offerGrid().providerId);
        check(p + u"providerName"_s, al.offerGrid().providerName, el.offerGrid().providerName);
        check(p + u"itemStatus"_s, al.offerGrid().itemStatus, el.offerGrid().itemStatus);
        check.time(p + u"scheduledFor"_s, al.offerGrid().scheduledFor, el.offerGrid().scheduledFor);
        check(p + u"providerNotes"_s, al.offerGrid().providerNotes, el.offerGrid().providerNotes);
    }
    checkNumber(check, at + u"totals.subtotal"_s, a.totals.subtotal, e.totals.subtotal);
    checkNumber(check, at + u"totals.tax"_s, a.totals.tax, e.totals.tax);
    checkNumber(check, at + u"totals.total"_s, a.totals.total, e.totals.total);
    check(at + u"totals.currency"_s, a.totals.currency, e.totals.currency);
    check(at + u"payment.status"_s, a.payment.status, e.payment.status);
    check(at + u"payment.method"_s, a.payment.method, e.payment.method);
    check(at + u"payment.transactionId"_s, a.payment.transactionId, e.payment.transactionId);
    checkNumber(check, at + u"payment.paidAmount"_s, a.payment.paidAmount, e.payment.paidAmount);
    check(at + u"notes"_s, a.notes, e.notes);
    check(at + u"trackingNumber"_s, a.trackingNumber, e.trackingNumber);
    check(at + u"rentalProgress"_s, a.rentalProgress, e.rentalProgress);
    check(at + u"rentalIds"_s, a.rentalIds, e.rentalIds);
    check.time(at + u"createdAt"_s, a.createdAt, e.createdAt);
    check.time(at + u"updatedAt"_s, a.updatedAt, e.updatedAt);
    check.time(at + u"shippedAt"_s, a.shippedAt, e.shippedAt);
    // Anything Order compares that the list above forgot.
    if (check.problems.isEmpty() && !(a == e))
        check.problems << at + u": the orders differ in a field this test does not name"_s;
}

QStringList listMismatches(const QList<Order>& a, const QList<Order>& e)
{
    FieldCheck check;
    check(u"orders.size"_s, int(a.size()), int(e.size()));
    for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
        checkOrder(check, u"orders[%1]."_s.arg(i), a.at(i), e.at(i));
    return check.problems;
}

QStringList pageMismatches(const FlexPortalPage& a, const FlexPortalPage& e)
{
    QStringList problems = listMismatches(a.orders, e.orders);
    FieldCheck check;
    check(u"hasMore"_s, int(a.hasMore), int(e.hasMore));
    check(u"nextCursor"_s, a.nextCursor, e.nextCursor);
    return problems + check.problems;
}

#define VERIFY_NO_PROBLEMS(problems)                                                                                   \
    do {                                                                                                               \
        const QStringList problems_ = (problems);                                                                      \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(u'\n')));                                              \
    } while (false)

QString errorOf(const Result<FlexPortalPage>& r)
{
    return r.ok() ? QString() : r.error().message;
}
QString errorOf(const Result<QList<Order>>& r)
{
    return r.ok() ? QString() : r.error().message;
}

// --- Bodies ------------------------------------------------------------------------------------------------------

// A copy of `json` with the first `from` replaced; a test that names a text the body lacks is wrong itself.
QByteArray replaced(QByteArray json, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test body lacks %s", from.constData());
    return json.replace(at, from.size(), to);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// `node` with the value at a path ("items", "0", "quantity") set to v.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue& v)
{
    if (path.isEmpty())
        return v;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = setAt(a.at(index), path, v);
        return a;
    }
    QJsonObject o = node.toObject();
    o[head] = setAt(o.value(head), path, v);
    return o;
}

// The JSON of `root` with the value at a dotted path ("items.0.quantity") replaced by raw JSON text,
// which may be anything, even a number QJsonValue cannot hold (1e-400).
QByteArray withRaw(const QJsonValue& root, const QString& path, const QByteArray& raw)
{
    const QJsonValue marked = setAt(root, path.split(u'.'), u"@@raw@@"_s);
    const QByteArray json = marked.isArray() ? compact(marked.toArray()) : compact(marked.toObject());
    return replaced(json, "\"@@raw@@\"", raw);
}

// The decoders' name for a dotted path: "items.0.sku" is "items[0].sku".
QString decoderPath(const QString& dotted)
{
    QString out;
    for (const QString& part : dotted.split(u'.')) {
        bool isIndex = false;
        part.toInt(&isIndex);
        out += isIndex ? u'[' + part + u']' : (out.isEmpty() ? part : u'.' + part);
    }
    return out;
}

QByteArray flexPage(const QByteArray& orders, const QByteArray& tail = ",\"hasMore\":false")
{
    return "{\"orders\":[" + orders + ']' + tail + '}';
}

// One FlexPortal order with every documented field, and what it means, written out by hand.
QJsonObject flexOrderObject()
{
    const QJsonObject address{{u"contactName"_s, u"Jan de Vries"_s},
                              {u"company"_s, u"De Vries B.V."_s},
                              {u"streetAddress"_s, u"Keizersgracht 123"_s},
                              {u"buildingInfo"_s, u"3e"_s},
                              {u"locality"_s, u"Centrum"_s},
                              {u"city"_s, u"Amsterdam"_s},
                              {u"adminArea"_s, u"Noord-Holland"_s},
                              {u"postalCode"_s, u"1015 CJ"_s},
                              {u"country"_s, u"Netherlands"_s}};
    const QJsonObject line{{u"sku"_s, u"MBP14"_s},
                           {u"productName"_s, u"MacBook Pro 14"_s},
                           {u"quantity"_s, 2},
                           {u"unitPrice"_s, 25.5},
                           {u"contractLength"_s, 24},
                           {u"rentalStatus"_s, u"partial"_s},
                           {u"rentalIds"_s, QJsonArray{u"sub_line"_s}}};
    return QJsonObject{
        {u"orderId"_s, u"ord_fast1"_s},
        {u"status"_s, u"confirmed"_s},
        {u"orderType"_s, u"standard"_s},
        {u"customer"_s, QJsonObject{{u"customerId"_s, u"cus_1"_s},
                                    {u"firstName"_s, u"Jan"_s},
                                    {u"lastName"_s, u"de Vries"_s},
                                    {u"email"_s, u"jan@example.nl"_s},
                                    {u"company"_s, u"De Vries B.V."_s},
                                    {u"phone"_s, u"+31 20 123"_s}}},
        {u"billingAddress"_s, address},
        {u"shippingAddress"_s, address},
        {u"items"_s, QJsonArray{line}},
        {u"totals"_s, QJsonObject{{u"subtotal"_s, 51},
                                  {u"taxAmount"_s, 10.71},
                                  {u"total"_s, 61.71},
                                  {u"currency"_s, u"EUR"_s},
                                  {u"totalDevices"_s, 2}}},
        {u"payment"_s, QJsonObject{{u"status"_s, u"paid"_s},
                                   {u"method"_s, u"stripe"_s},
                                   {u"transactionId"_s, u"pi_1"_s},
                                   {u"paidAmount"_s, 61.71}}},
        {u"rentalProgress"_s, QJsonObject{{u"rentedDevices"_s, 1}, {u"totalDevices"_s, 2}}},
        {u"rentalIds"_s, QJsonArray{u"sub_order"_s}},
        {u"notes"_s, u"base note"_s},
        {u"trackingNumber"_s, u"TRK1"_s},
        {u"createdAt"_s, u"2026-03-01T08:15:30.250+02:00"_s},
        {u"updatedAt"_s, u"2026-03-02T12:00:00Z"_s},
        {u"shippedAt"_s, u"2026-03-02T03:00:00-05:00"_s},
    };
}

Order flexOrder()
{
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = u"ord_fast1"_s;
    o.status = u"confirmed"_s;
    o.orderType = u"standard"_s;
    o.customer = {u"cus_1"_s,          u"Jan"_s,           u"de Vries"_s,  u"Jan de Vries"_s,
                  u"jan@example.nl"_s, u"De Vries B.V."_s, u"+31 20 123"_s};
    o.billingAddress = {u"Jan de Vries"_s, u"De Vries B.V."_s, u"Keizersgracht 123"_s, u"3e"_s,         u"Centrum"_s,
                        u"Amsterdam"_s,    u"Noord-Holland"_s, u"1015 CJ"_s,           u"Netherlands"_s};
    o.shippingAddress = o.billingAddress;
    OrderLine l;
    l.sku = u"MBP14"_s;
    l.productName = u"MacBook Pro 14"_s;
    l.quantity = 2;
    l.unitPrice = 25.5;
    l.contractMonths = 24.0;
    l.rentalStatus = u"partial"_s;
    l.rentalIds = QStringList{u"sub_line"_s};
    o.lines = {l};
    o.totals = {51.0, 10.71, 61.71, u"EUR"_s};
    o.payment = {u"paid"_s, u"stripe"_s, u"pi_1"_s, 61.71};
    o.rentalProgress = {1, 2};
    o.rentalIds = QStringList{u"sub_order"_s};
    o.notes = u"base note"_s;
    o.trackingNumber = u"TRK1"_s;
    o.createdAt = utc(2026, 3, 1, 6, 15, 30, 250);
    o.updatedAt = utc(2026, 3, 2, 12, 0);
    o.shippedAt = utc(2026, 3, 2, 8, 0);
    return o;
}

FlexPortalPage pageOf(const Order& o, bool hasMore = false, const QString& cursor = {})
{
    return FlexPortalPage{{o}, hasMore, cursor};
}

// One OfferGrid order with every field, and what it means.
QJsonObject gridOrderObject()
{
    const QJsonObject item{{u"itemId"_s, u"it_1"_s},
                           {u"offerId"_s, u"of_1"_s},
                           {u"offerName"_s, u"Fiber 1000"_s},
                           {u"providerId"_s, u"prov_acme"_s},
                           {u"providerName"_s, u"Acme"_s},
                           {u"status"_s, u"scheduled"_s},
                           {u"scheduledFor"_s, u"2026-02-20T08:00:00+02:00"_s},
                           {u"providerNotes"_s, u"gate 4"_s}};
    return QJsonObject{
        {u"orderId"_s, u"og_1"_s},
        {u"status"_s, u"accepted"_s},
        {u"customerInfo"_s, QJsonObject{{u"fullName"_s, u"Maria Garcia"_s},
                                        {u"email"_s, u"maria@example.com"_s},
                                        {u"phone"_s, u"+1 555 0101"_s},
                                        {u"company"_s, u"Garcia LLC"_s}}},
        {u"serviceAddress"_s, QJsonObject{{u"street"_s, u"1 Main St"_s},
                                          {u"city"_s, u"Austin"_s},
                                          {u"state"_s, u"TX"_s},
                                          {u"zipCode"_s, u"78701"_s},
                                          {u"country"_s, u"US"_s}}},
        {u"items"_s, QJsonArray{item}},
        {u"notes"_s, u"grid note"_s},
        {u"createdAt"_s, u"2026-02-01T10:00:00.500Z"_s},
        {u"updatedAt"_s, u"2026-02-02T09:30:00-05:00"_s},
    };
}

Order gridOrder()
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = u"og_1"_s;
    o.status = u"accepted"_s;
    o.customer.fullName = u"Maria Garcia"_s;
    o.customer.email = u"maria@example.com"_s;
    o.customer.phone = u"+1 555 0101"_s;
    o.customer.company = u"Garcia LLC"_s;
    o.shippingAddress.edit().contactName = u"Maria Garcia"_s;
    o.shippingAddress.edit().street = u"1 Main St"_s;
    o.shippingAddress.edit().city = u"Austin"_s;
    o.shippingAddress.edit().region = u"TX"_s;
    o.shippingAddress.edit().postalCode = u"78701"_s;
    o.shippingAddress.edit().country = u"US"_s;
    OrderLine l;
    l.editOfferGrid().itemId = u"it_1"_s;
    l.editOfferGrid().offerId = u"of_1"_s;
    l.editOfferGrid().offerName = u"Fiber 1000"_s;
    l.editOfferGrid().providerId = u"prov_acme"_s;
    l.editOfferGrid().providerName = u"Acme"_s;
    l.editOfferGrid().itemStatus = u"scheduled"_s;
    l.editOfferGrid().scheduledFor = utc(2026, 2, 20, 6, 0);
    l.editOfferGrid().providerNotes = u"gate 4"_s;
    l.quantity = 1;
    o.lines = {l};
    o.notes = u"grid note"_s;
    o.createdAt = utc(2026, 2, 1, 10, 0, 0, 500);
    o.updatedAt = utc(2026, 2, 2, 14, 30);
    return o;
}

const QStringList flexPortalStatuses{u"pending"_s, u"confirmed"_s, u"partial"_s, u"fulfilled"_s, u"cancelled"_s};

// --- Sandbox pages, through the sandbox's own routes (no server: the bytes it would send) -------------------------

HttpRequest sandboxRequest(const QByteArray& target, const HttpHeaderList& headers)
{
    HttpRequest r;
    r.method = "GET";
    r.target = target;
    r.headers = headers;
    if (!Http::parseTarget(target, &r))
        qFatal("bad sandbox target %s", target.constData());
    return r;
}

// Every page of a FlexPortal sandbox of `count` orders, 100 a page, following nextCursor.
QList<QByteArray> sandboxFlexPortalPages(quint32 seed, int count)
{
    const SandboxCredentials credentials;
    FlexPortalStore store;
    store.generate(seed, count, credentials.tenantId.toUtf8());
    const FlexPortalRoutes routes(&store, credentials);
    const HttpHeaderList headers{{"authorization", "Bearer " + credentials.flexPortalKey.toUtf8()},
                                 {"tenant-id", credentials.tenantId.toUtf8()}};
    QList<QByteArray> pages;
    QByteArray target = "/v1/orders?limit=100";
    while (pages.size() <= count / 100) {
        const HttpRequest request = sandboxRequest(target, headers);
        const HttpResponse response = routes.handle(request, FlexPortalRoutes::match(request));
        if (response.status != 200)
            qFatal("sandbox answered %d: %s", response.status, response.body.constData());
        pages << response.body;
        const Result<FlexPortalPage> page = FlexPortalDecoder::decodePageQJson(response.body);
        if (!page.ok() || !page.value().hasMore)
            break;
        target = "/v1/orders?limit=100&startAfter=" + QUrl::toPercentEncoding(page.value().nextCursor);
    }
    return pages;
}

QByteArray sandboxOfferGridList(quint32 seed, int count)
{
    const SandboxCredentials credentials;
    OfferGridStore store;
    store.generate(seed, count);
    const OfferGridRoutes routes(&store, credentials);
    const HttpRequest request = sandboxRequest("/reseller/orders", {{"x-api-key", credentials.offerGridKey.toUtf8()}});
    const HttpResponse response = routes.handle(request, OfferGridRoutes::match(request));
    if (response.status != 200)
        qFatal("sandbox answered %d: %s", response.status, response.body.constData());
    return response.body;
}

// --- Timestamps --------------------------------------------------------------------------------------------------

// What Qt makes of a timestamp: milliseconds since the epoch, or nothing.
std::optional<qint64> qtParse(const QString& text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC().toMSecsSinceEpoch();
}

} // namespace

class TestFastDecoding : public QObject
{
    Q_OBJECT

private:
    // The fast page is the full path's; decodePage gives that page, or the full path's very error.
    static void verifyPageAgrees(const QByteArray& body, bool fastMustDecode)
    {
        const std::optional<FlexPortalPage> fast = FlexPortalDecoder::decodePageFast(body);
        const Result<FlexPortalPage> full = FlexPortalDecoder::decodePageQJson(body);
        const Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(body);
        if (fastMustDecode && haveFastPath)
            QVERIFY2(fast, qPrintable(u"the fast path gave up on a well-formed page; the full path says: "_s +
                                      (full.ok() ? u"ok"_s : errorOf(full))));
        if (fast) {
            QVERIFY2(full.ok(), qPrintable(u"the fast path read a page the full path refuses: "_s + errorOf(full)));
            VERIFY_NO_PROBLEMS(pageMismatches(*fast, full.value()));
        }
        QCOMPARE(decoded.ok(), full.ok());
        if (full.ok())
            VERIFY_NO_PROBLEMS(pageMismatches(decoded.value(), full.value()));
        else
            QCOMPARE(decoded.error().message, full.error().message);
    }

    static void verifyListAgrees(const QByteArray& body, bool fastMustDecode)
    {
        const std::optional<QList<Order>> fast = OfferGridDecoder::decodeListFast(body);
        const Result<QList<Order>> full = OfferGridDecoder::decodeListQJson(body);
        const Result<QList<Order>> decoded = OfferGridDecoder::decodeList(body);
        if (fastMustDecode && haveFastPath)
            QVERIFY2(fast, qPrintable(u"the fast path gave up on a well-formed list; the full path says: "_s +
                                      (full.ok() ? u"ok"_s : errorOf(full))));
        if (fast) {
            QVERIFY2(full.ok(), qPrintable(u"the fast path read a list the full path refuses: "_s + errorOf(full)));
            VERIFY_NO_PROBLEMS(listMismatches(*fast, full.value()));
        }
        QCOMPARE(decoded.ok(), full.ok());
        if (full.ok())
            VERIFY_NO_PROBLEMS(listMismatches(decoded.value(), full.value()));
        else
            QCOMPARE(decoded.error().message, full.error().message);
    }

private slots:
    void initTestCase()
    {
        // A zone with an offset and daylight saving, so local time cannot pass for UTC.
        qputenv("TZ", "Europe/Amsterdam");
#ifndef Q_OS_WIN
        tzset();
#endif
        if (!haveFastPath)
            qWarning("built without simdjson: only the full path is checked");
    }

    // --- Fixtures ---

    void flexPortalFixture_fastAgreesWithFullPath_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(fixturePath(u"flexportal"_s)).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() > 20);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void flexPortalFixture_fastAgreesWithFullPath()
    {
        QFETCH(QString, file);
        const QByteArray body = fixture(u"flexportal/"_s + file);
        const bool isPage = file.startsWith(u"page-");
        // Pages decode; orders, error bodies and malformed pages are not pages.
        QCOMPARE(FlexPortalDecoder::decodePageQJson(body).ok(), isPage);
        verifyPageAgrees(body, isPage);
    }

    void offerGridFixture_fastAgreesWithFullPath_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(fixturePath(u"offergrid"_s)).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() > 20);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void offerGridFixture_fastAgreesWithFullPath()
    {
        QFETCH(QString, file);
        const QByteArray body = fixture(u"offergrid/"_s + file);
        const bool isList = file.startsWith(u"list-");
        if (isList)
            QVERIFY(OfferGridDecoder::decodeListQJson(body).ok());
        verifyListAgrees(body, isList);
    }

    // --- Sandbox pages and a page built by hand ---

    void sandboxPages_decodeFastAndAgree_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {42u, 7u, 20261120u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void sandboxPages_decodeFastAndAgree()
    {
        QFETCH(quint32, seed);
        const int count = 350;
        const QList<QByteArray> pages = sandboxFlexPortalPages(seed, count);
        QCOMPARE(pages.size(), 4);
        QSet<QString> statuses;
        qsizetype orders = 0;
        for (const QByteArray& body : pages) {
            verifyPageAgrees(body, true);
            if (QTest::currentTestFailed())
                return;
            const Result<FlexPortalPage> page = FlexPortalDecoder::decodePage(body);
            for (const Order& o : page.value().orders)
                statuses.insert(o.status);
            orders += page.value().orders.size();
        }
        QCOMPARE(orders, qsizetype(count));
        for (const QString& status : flexPortalStatuses)
            QVERIFY2(statuses.contains(status), qPrintable(status));

        const QByteArray list = sandboxOfferGridList(seed, 300);
        verifyListAgrees(list, true);
        QCOMPARE(OfferGridDecoder::decodeList(list).value().size(), 300);
    }

    void largeList_leavesNoParserSizedForItOnTheThread()
    {
        // (The slot is always there: moc does not see the compiler's __SANITIZE_ADDRESS__.)
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__)
        QSKIP("the heap figures come from glibc's allocator, not AddressSanitizer's");
#else
        // The parser a thread keeps for page-sized bodies keeps the capacity of the largest body it
        // read, about 14 times its size: a list of megabytes decoded there must not leave that behind.
        if (!haveFastPath)
            QSKIP("built without simdjson");
        const QByteArray page = sandboxOfferGridList(42, 100);
        const QByteArray list = sandboxOfferGridList(42, 1500);
        QVERIFY2(list.size() > 1024 * 1024, qPrintable(QString::number(list.size())));
        QVERIFY(OfferGridDecoder::decodeListFast(page)); // the thread's own parser, as when paging
        const auto inUse = [] {
            const struct mallinfo2 m = mallinfo2();
            return qint64(m.uordblks + m.hblkhd);
        };
        const qint64 before = inUse();
        QVERIFY(OfferGridDecoder::decodeListFast(list)); // its orders are freed at the end of the statement
        const qint64 kept = inUse() - before;
        QVERIFY2(kept < 1024 * 1024,
                 qPrintable(u"%1 bytes kept after decoding a list of %2 bytes"_s.arg(kept).arg(list.size())));
#endif
    }

    void handBuiltPage_withAwkwardText_decodesFastAndAgrees()
    {
        // Emoji (a ZWJ sequence and a surrogate pair), right-to-left text with its marks, quotes,
        // backslashes, control characters and U+0000; every status; 50 lines; every timestamp form.
        const QString awkward = u"Zo\u00EB \U0001F468\u200D\U0001F469\u200D\U0001F467 \u200F\u05E9\u05DC\u05D5\u05DD "
                                u"\u0645\u0631\u062D\u0628\u0627 \"q\" \\ / \t\n\u001F"_s +
                                QChar(0) + u"end"_s;
        const QStringList times{u"2026-11-20T09:15:04Z"_s,      u"2026-11-20T09:15:04.123Z"_s,
                                u"2026-11-20T11:15:04+02:00"_s, u"2026-11-20T11:15:04.123+02:00"_s,
                                u"2026-11-20T04:15:04-05:00"_s, u"2026-11-20T04:15:04.999-05:00"_s};
        QJsonArray orders;
        for (int i = 0; i < 60; ++i) {
            QJsonObject o = flexOrderObject();
            o[u"orderId"_s] = u"ord_%1 \u6771\u4EAC/#%"_s.arg(i);
            o[u"status"_s] = flexPortalStatuses.at(i % flexPortalStatuses.size());
            o[u"notes"_s] = awkward;
            o[u"createdAt"_s] = times.at(i % times.size());
            QJsonObject customer = o.value(u"customer"_s).toObject();
            customer[u"lastName"_s] = u"\u05D0\u05DC\u05D5\u05DF \U0001F680"_s;
            o[u"customer"_s] = customer;
            if (i == 3) {
                QJsonArray lines;
                for (int n = 0; n < 50; ++n) {
                    lines.append(QJsonObject{{u"sku"_s, u"SKU-%1"_s.arg(n)},
                                             {u"quantity"_s, n % 3 + 1},
                                             {u"unitPrice"_s, n + 0.25},
                                             {u"contractLength"_s, 12 * (n % 3 + 1)},
                                             {u"rentalIds"_s, QJsonArray{u"sub_%1"_s.arg(n)}}});
                }
                o[u"items"_s] = lines;
            }
            orders.append(o);
        }
        // One more in escapes only a hand can write: \u escapes (also a surrogate pair), \/ and an escaped key.
        const QByteArray escaped =
            replaced(replaced(compact(flexOrderObject()), "\"notes\":\"base note\"",
                              "\"\\u006eotes\":\"caf\\u00e9 \\ud83d\\ude00 \\/ \\\" \\\\ \\u0000\""),
                     "\"orderId\":\"ord_fast1\"", "\"orderId\":\"ord_escaped\"");
        QByteArray body = QJsonDocument(QJsonObject{{u"orders"_s, orders}}).toJson(QJsonDocument::Indented);
        body = replaced(body, "\"orders\": [",
                        "\"hasMore\": true, \"nextCursor\": \"c/1\", \"orders\": [" + escaped + ',');

        verifyPageAgrees(body, true);
        const Result<FlexPortalPage> page = FlexPortalDecoder::decodePage(body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().orders.size(), 61);
        QCOMPARE(page.value().nextCursor, u"c/1"_s);
        QCOMPARE(page.value().orders.at(0).notes, u"caf\u00E9 \U0001F600 / \" \\ "_s + QChar(0));
        QCOMPARE(page.value().orders.at(1).notes, awkward);
        QCOMPARE(page.value().orders.at(4).lines.size(), 50);
        QCOMPARE(page.value().orders.at(4).lines.at(49).unitPrice, std::optional<double>(49.25));
        QCOMPARE(page.value().orders.at(2).createdAt, utc(2026, 11, 20, 9, 15, 4, 123));
    }

    // --- What the fast path leaves to the full path, and what it must read like the full path ---

    void flexPortalVariant_comesOutRight_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FlexPortalPage>("expected");
        QTest::addColumn<bool>("fastMayDecode"); // false: a tolerated variant the fast path leaves to the full one

        const QByteArray base = compact(flexOrderObject());
        const Order order = flexOrder();
        QTest::newRow("the base order (fast)") << flexPage(base) << pageOf(order) << true;

        Order o = order;
        o.lines[0].unitPrice = 89.99;
        QTest::newRow("number as text") << flexPage(replaced(base, "\"unitPrice\":25.5", "\"unitPrice\":\"89.99\""))
                                        << pageOf(o) << false;
        o = order;
        o.lines[0].quantity = 3;
        QTest::newRow("whole number as text")
            << flexPage(replaced(base, "\"quantity\":2", "\"quantity\":\" 3 \"")) << pageOf(o) << false;
        o = order;
        o.totals.tax = 0.0;
        QTest::newRow("zero written 0.0")
            << flexPage(replaced(base, "\"taxAmount\":10.71", "\"taxAmount\":0.0")) << pageOf(o) << true;
        QTest::newRow("zero written -0.0")
            << flexPage(replaced(base, "\"taxAmount\":10.71", "\"taxAmount\":-0.0")) << pageOf(o) << true;

        const QByteArray created = "\"createdAt\":\"2026-03-01T08:15:30.250+02:00\"";
        const auto createdAs = [&](const char* text) {
            return flexPage(replaced(base, created, "\"createdAt\":\"" + QByteArray(text) + '"'));
        };
        o = order;
        o.createdAt = utc(2026, 3, 1, 0, 0);
        QTest::newRow("bare date") << createdAs("2026-03-01") << pageOf(o) << false;
        o.createdAt = utc(2026, 3, 1, 6, 15, 30, 250);
        QTest::newRow("6 decimals") << createdAs("2026-03-01T08:15:30.250123+02:00") << pageOf(o) << false;
        QTest::newRow("space for T") << createdAs("2026-03-01 08:15:30.250+02:00") << pageOf(o) << false;
        QTest::newRow("leading space") << createdAs(" 2026-03-01T08:15:30.250+02:00") << pageOf(o) << false;
        QTest::newRow("offset without colon") << createdAs("2026-03-01T08:15:30.250+0200") << pageOf(o) << false;
        QTest::newRow("lowercase z") << createdAs("2026-03-01T06:15:30.250z") << pageOf(o) << false;
        QTest::newRow("no offset") << createdAs("2026-03-01T06:15:30.250") << pageOf(o) << false;
        o.createdAt = utc(2026, 3, 1, 6, 15, 30, 200);
        QTest::newRow("1 decimal") << createdAs("2026-03-01T06:15:30.2Z") << pageOf(o) << false;
        o.createdAt = utc(2026, 3, 2, 0, 0);
        QTest::newRow("24:00:00") << createdAs("2026-03-01T24:00:00Z") << pageOf(o) << false;

        // null in every optional place: blank, not zero.
        QJsonObject nulls;
        for (const QString& key : flexOrderObject().keys())
            nulls[key] = QJsonValue::Null;
        nulls[u"orderId"_s] = u"ord_nulls"_s;
        nulls[u"status"_s] = u"pending"_s;
        QJsonObject nullLine, nullCustomer, nullAddress, nullTotals, nullPayment, nullProgress;
        for (const QString& key : flexOrderObject().value(u"items"_s).toArray().at(0).toObject().keys())
            nullLine[key] = QJsonValue::Null;
        for (const QString& key : flexOrderObject().value(u"customer"_s).toObject().keys())
            nullCustomer[key] = QJsonValue::Null;
        for (const QString& key : flexOrderObject().value(u"billingAddress"_s).toObject().keys())
            nullAddress[key] = QJsonValue::Null;
        for (const QString& key : flexOrderObject().value(u"totals"_s).toObject().keys())
            nullTotals[key] = QJsonValue::Null;
        for (const QString& key : flexOrderObject().value(u"payment"_s).toObject().keys())
            nullPayment[key] = QJsonValue::Null;
        nullProgress = {{u"rentedDevices"_s, QJsonValue::Null}, {u"totalDevices"_s, QJsonValue::Null}};
        QJsonObject nullsInside = nulls;
        nullsInside[u"items"_s] = QJsonArray{nullLine};
        nullsInside[u"customer"_s] = nullCustomer;
        nullsInside[u"billingAddress"_s] = nullAddress;
        nullsInside[u"totals"_s] = nullTotals;
        nullsInside[u"payment"_s] = nullPayment;
        nullsInside[u"rentalProgress"_s] = nullProgress;
        Order blank;
        blank.platform = Platform::FlexPortal;
        blank.id = u"ord_nulls"_s;
        blank.status = u"pending"_s;
        const QByteArray nullTail = ",\"hasMore\":null,\"nextCursor\":null";
        QTest::newRow("null for every optional object") << flexPage(compact(nulls), nullTail) << pageOf(blank) << true;
        blank.lines = {OrderLine()};
        QTest::newRow("null for every optional field inside")
            << flexPage(compact(nullsInside), nullTail) << pageOf(blank) << true;

        // Duplicate keys: QJsonDocument keeps the last, so must the fast path.
        QTest::newRow("duplicate, wrong type first")
            << flexPage(replaced(base, "\"notes\":\"base note\"", "\"notes\":5,\"notes\":\"base note\""))
            << pageOf(order) << true;
        QTest::newRow("duplicate, text that is no number first")
            << flexPage(replaced(base, "\"unitPrice\":25.5", "\"unitPrice\":\"x\",\"unitPrice\":25.5")) << pageOf(order)
            << true;
        QTest::newRow("duplicate, wrong type first, at the root")
            << flexPage(base, ",\"hasMore\":\"no\",\"hasMore\":false") << pageOf(order) << true;
        o = order;
        o.notes = u"last note"_s;
        o.trackingNumber = u"TRK2"_s;
        QTest::newRow("duplicate, two right values: the last wins")
            << flexPage(replaced(
                   replaced(base, "\"notes\":\"base note\"", "\"notes\":\"base note\",\"notes\":\"last note\""),
                   "\"trackingNumber\":\"TRK1\"", "\"trackingNumber\":\"TRK0\",\"trackingNumber\":\"TRK2\""))
            << pageOf(o) << true;
        QTest::newRow("duplicate object: the last wins, the first leaves nothing")
            << flexPage(replaced(base, "\"totals\":{", "\"totals\":{\"currency\":\"USD\",\"subtotal\":1},\"totals\":{"))
            << pageOf(order) << true;
        o = order;
        o.totals = {1.0, std::nullopt, std::nullopt, u"USD"_s};
        QTest::newRow("duplicate object: the last wins over a full one")
            << flexPage(replaced(base, "\"trackingNumber\"",
                                 "\"totals\":{\"currency\":\"USD\",\"subtotal\":1},\"trackingNumber\""))
            << pageOf(o) << true;
        o = order;
        o.id = u"ord_second"_s;
        QTest::newRow("duplicate orders list: the last wins")
            << "{\"orders\":[" + base + "],\"orders\":[" + replaced(base, "ord_fast1", "ord_second") + "]}" << pageOf(o)
            << true;
        QTest::newRow("duplicate hasMore: the last wins")
            << flexPage(base, ",\"hasMore\":false,\"nextCursor\":\"c1\",\"hasMore\":true")
            << pageOf(order, true, u"c1"_s) << true;

        // rentalProgress without totalDevices counts the totals' devices.
        const auto withProgress = [&](const QJsonValue& progress, const QJsonValue& totalsDevices) {
            QJsonObject obj = flexOrderObject();
            obj[u"rentalProgress"_s] = progress;
            QJsonObject totals = obj.value(u"totals"_s).toObject();
            totals[u"totalDevices"_s] = totalsDevices;
            obj[u"totals"_s] = totals;
            return flexPage(compact(obj));
        };
        o = order;
        o.rentalProgress = {1, 3};
        QTest::newRow("totals.totalDevices, none in rentalProgress")
            << withProgress(QJsonObject{{u"rentedDevices"_s, 1}}, 3) << pageOf(o) << true;
        QTest::newRow("totals.totalDevices, null in rentalProgress")
            << withProgress(QJsonObject{{u"rentedDevices"_s, 1}, {u"totalDevices"_s, QJsonValue::Null}}, 3) << pageOf(o)
            << true;
        o.rentalProgress = {0, 3};
        QTest::newRow("totals.totalDevices, rentalProgress null")
            << withProgress(QJsonValue::Null, 3) << pageOf(o) << true;
        o.rentalProgress = {1, 2};
        QTest::newRow("rentalProgress.totalDevices before the totals'")
            << withProgress(QJsonObject{{u"rentedDevices"_s, 1}, {u"totalDevices"_s, 2}}, 3) << pageOf(o) << true;
        o.rentalProgress = {1, 0};
        QTest::newRow("no totalDevices anywhere")
            << withProgress(QJsonObject{{u"rentedDevices"_s, 1}}, QJsonValue::Null) << pageOf(o) << true;
    }

    void flexPortalVariant_comesOutRight()
    {
        QFETCH(QByteArray, body);
        QFETCH(FlexPortalPage, expected);
        QFETCH(bool, fastMayDecode);
        if (!fastMayDecode)
            QVERIFY2(!FlexPortalDecoder::decodePageFast(body), "a tolerated variant must be left to the full path");
        const Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(body);
        QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
        VERIFY_NO_PROBLEMS(pageMismatches(decoded.value(), expected));
        verifyPageAgrees(body, false);
    }

    void offerGridVariant_comesOutRight_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<Order>>("expected");
        QTest::addColumn<bool>("fastMayDecode");

        const QByteArray a = compact(gridOrderObject());
        const QByteArray b = replaced(a, "\"orderId\":\"og_1\"", "\"orderId\":\"og_2\"");
        const Order orderA = gridOrder();
        Order orderB = orderA;
        orderB.id = u"og_2"_s;
        QTest::newRow("bare list (fast)") << '[' + a + ',' + b + ']' << QList<Order>{orderA, orderB} << true;
        QTest::newRow("under data") << "{\"data\":[" + a + "],\"meta\":{}}" << QList<Order>{orderA} << true;
        QTest::newRow("under items") << "{\"count\":1,\"items\":[" + a + "]}" << QList<Order>{orderA} << true;
        QTest::newRow("orders before data, whatever the key order")
            << "{\"data\":[" + b + "],\"orders\":[" + a + "]}" << QList<Order>{orderA} << true;
        QTest::newRow("orders not a list: data")
            << "{\"orders\":\"none\",\"data\":[" + a + "]}" << QList<Order>{orderA} << true;
        QTest::newRow("repeated key, not a list first")
            << "{\"orders\":5,\"orders\":[" + a + "]}" << QList<Order>{orderA} << true;
        QTest::newRow("repeated key, two lists: the last wins")
            << "{\"orders\":[" + a + "],\"orders\":[" + b + "]}" << QList<Order>{orderB} << true;
        QTest::newRow("repeated key, a list first, then none: data")
            << "{\"orders\":[" + b + "],\"data\":[" + a + "],\"orders\":null}" << QList<Order>{orderA} << true;

        QTest::newRow("id instead of itemId")
            << '[' + replaced(a, "\"itemId\":\"it_1\"", "\"id\":\"it_1\"") + ']' << QList<Order>{orderA} << true;
        QTest::newRow("itemId blank, then id")
            << '[' + replaced(a, "\"itemId\":\"it_1\"", "\"itemId\":\"\",\"zz\":0,\"id\":\"it_1\"") + ']'
            << QList<Order>{orderA} << true;
        QTest::newRow("id before a null itemId")
            << '[' + replaced(a, "\"itemId\":\"it_1\"", "\"id\":\"it_1\",\"itemId\":null") + ']' << QList<Order>{orderA}
            << true;
        Order o = orderA;
        o.lines[0].editOfferGrid().itemId = u"it_1"_s;
        QTest::newRow("itemId and id: itemId")
            << '[' + replaced(a, "\"itemId\":\"it_1\"", "\"id\":7,\"itemId\":\"it_1\"") + ']' << QList<Order>{o}
            << true;

        o = orderA;
        o.lines[0].editOfferGrid().scheduledFor = utc(2026, 2, 20, 0, 0);
        QTest::newRow("bare date") << '[' + replaced(a, "2026-02-20T08:00:00+02:00", "2026-02-20") + ']'
                                   << QList<Order>{o} << false;
        o = orderA;
        o.createdAt = utc(2026, 2, 1, 10, 0, 0, 500);
        QTest::newRow("space for T") << '[' + replaced(a, "2026-02-01T10:00:00.500Z", "2026-02-01 10:00:00.500Z") + ']'
                                     << QList<Order>{o} << false;
        QTest::newRow("duplicate, wrong type first")
            << '[' + replaced(a, "\"status\":\"accepted\"", "\"status\":[],\"status\":\"accepted\"") + ']'
            << QList<Order>{orderA} << true;

        QJsonObject nulls{{u"orderId"_s, u"og_nulls"_s}, {u"status"_s, u"pending"_s}};
        for (const QString& key :
             {u"customerInfo"_s, u"serviceAddress"_s, u"items"_s, u"notes"_s, u"createdAt"_s, u"updatedAt"_s})
            nulls[key] = QJsonValue::Null;
        Order blank;
        blank.platform = Platform::OfferGrid;
        blank.id = u"og_nulls"_s;
        blank.status = u"pending"_s;
        QTest::newRow("null in every optional place") << '[' + compact(nulls) + ']' << QList<Order>{blank} << true;
        QJsonObject nullItem;
        for (const QString& key : gridOrderObject().value(u"items"_s).toArray().at(0).toObject().keys())
            nullItem[key] = QJsonValue::Null;
        nulls[u"items"_s] = QJsonArray{nullItem};
        nulls[u"customerInfo"_s] = QJsonObject{{u"fullName"_s, QJsonValue::Null}, {u"email"_s, QJsonValue::Null}};
        OrderLine blankLine;
        blankLine.quantity = 1;
        blank.lines = {blankLine};
        QTest::newRow("null in every optional field inside")
            << '[' + compact(nulls) + ']' << QList<Order>{blank} << true;
    }

    void offerGridVariant_comesOutRight()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<Order>, expected);
        QFETCH(bool, fastMayDecode);
        if (!fastMayDecode)
            QVERIFY2(!OfferGridDecoder::decodeListFast(body), "a tolerated variant must be left to the full path");
        const Result<QList<Order>> decoded = OfferGridDecoder::decodeList(body);
        QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
        VERIFY_NO_PROBLEMS(listMismatches(decoded.value(), expected));
        verifyListAgrees(body, false);
    }

    // --- Wrong types: the full path's error, word for word ---

    void flexPortalWrongType_givesTheFullPathsError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");

        const QJsonObject page{{u"orders"_s, QJsonArray{flexOrderObject()}}, {u"hasMore"_s, false}};
        const QList<QByteArray> notText{"5", "true", "{}", "[]"};
        const QList<QByteArray> notNumber{"\"abc\"", "\"\"", "true", "{}", "[]"};
        const QList<QByteArray> notWhole{"2.5", "3e9", "\"x\"", "false", "{}"};
        const QList<QByteArray> notTime{"\"yesterday\"", "\"2026-02-30T00:00:00Z\"", "\"2026-03-01T25:00:00Z\"", "5",
                                        "[]"};
        const QList<QByteArray> notTextList{"\"sub\"", "5", "[5]", "[null]", "{}"};
        const QList<QByteArray> notObject{"\"x\"", "5", "[]", "true"};
        const QList<std::pair<QStringList, QList<QByteArray>>> groups{
            {{u"orderId"_s,
              u"status"_s,
              u"orderType"_s,
              u"notes"_s,
              u"trackingNumber"_s,
              u"customer.customerId"_s,
              u"customer.firstName"_s,
              u"customer.lastName"_s,
              u"customer.email"_s,
              u"customer.company"_s,
              u"customer.phone"_s,
              u"billingAddress.contactName"_s,
              u"billingAddress.streetAddress"_s,
              u"billingAddress.city"_s,
              u"billingAddress.postalCode"_s,
              u"shippingAddress.country"_s,
              u"shippingAddress.adminArea"_s,
              u"shippingAddress.buildingInfo"_s,
              u"shippingAddress.locality"_s,
              u"shippingAddress.company"_s,
              u"totals.currency"_s,
              u"payment.status"_s,
              u"payment.method"_s,
              u"payment.transactionId"_s,
              u"items.0.sku"_s,
              u"items.0.productName"_s,
              u"items.0.rentalStatus"_s},
             notText},
            {{u"items.0.unitPrice"_s, u"items.0.contractLength"_s, u"totals.subtotal"_s, u"totals.taxAmount"_s,
              u"totals.total"_s, u"payment.paidAmount"_s},
             notNumber},
            {{u"items.0.quantity"_s, u"rentalProgress.rentedDevices"_s, u"rentalProgress.totalDevices"_s,
              u"totals.totalDevices"_s},
             notWhole},
            {{u"createdAt"_s, u"updatedAt"_s, u"shippedAt"_s}, notTime},
            {{u"rentalIds"_s, u"items.0.rentalIds"_s}, notTextList},
            {{u"customer"_s, u"billingAddress"_s, u"shippingAddress"_s, u"totals"_s, u"payment"_s, u"rentalProgress"_s},
             notObject},
            {{u"items"_s}, {"{}", "\"x\"", "5"}},
            {{u"items.0"_s}, {"\"x\"", "5", "[]", "null"}},
        };
        for (const auto& [fields, values] : groups) {
            for (const QString& field : fields) {
                for (const QByteArray& value : values) {
                    QTest::addRow("%s = %s", qPrintable(field), value.constData())
                        << withRaw(page, u"orders.0."_s + field, value) << u"orders[0]."_s + decoderPath(field);
                }
            }
        }
        for (const QString& field : {u"rentalProgress.rentedDevices"_s, u"rentalProgress.totalDevices"_s}) {
            QTest::addRow("%s = -1", qPrintable(field))
                << withRaw(page, u"orders.0."_s + field, "-1") << u"orders[0].rentalProgress: "_s;
        }
        for (const QByteArray& value : {QByteArray("{}"), QByteArray("\"x\""), QByteArray("null")})
            QTest::addRow("orders = %s", value.constData()) << withRaw(page, u"orders"_s, value) << u"orders"_s;
        for (const QByteArray& value : {QByteArray("\"x\""), QByteArray("5"), QByteArray("null")})
            QTest::addRow("orders.0 = %s", value.constData()) << withRaw(page, u"orders.0"_s, value) << u"orders[0]"_s;
        for (const QByteArray& value : {QByteArray("\"yes\""), QByteArray("1")})
            QTest::addRow("hasMore = %s", value.constData()) << withRaw(page, u"hasMore"_s, value) << u"hasMore"_s;
        for (const QByteArray& value : {QByteArray("5"), QByteArray("{}"), QByteArray("true")})
            QTest::addRow("nextCursor = %s", value.constData())
                << withRaw(page, u"nextCursor"_s, value) << u"nextCursor"_s;
        // Numbers QJsonDocument refuses, also where no decoder looks: the whole body is not JSON to Qt.
        for (const QByteArray& value : {QByteArray("1e-400"), QByteArray("-2e-324"), QByteArray("1e400")}) {
            QTest::addRow("unitPrice = %s", value.constData())
                << withRaw(page, u"orders.0.items.0.unitPrice"_s, value) << u"not valid JSON"_s;
            QTest::addRow("an unknown field = %s", value.constData())
                << withRaw(page, u"orders.0.customer.score"_s, value) << u"not valid JSON"_s;
        }
    }

    void flexPortalWrongType_givesTheFullPathsError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Result<FlexPortalPage> full = FlexPortalDecoder::decodePageQJson(body);
        QVERIFY2(!full.ok(), body.constData());
        QVERIFY2(full.error().message.contains(mentions), qPrintable(full.error().message));
        QVERIFY(!FlexPortalDecoder::decodePageFast(body));
        const Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().message, full.error().message);
        QCOMPARE(decoded.error().kind, ApiError::Kind::Protocol);
    }

    void offerGridWrongType_givesTheFullPathsError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");

        const QJsonArray list{gridOrderObject()};
        const QList<QByteArray> notText{"5", "true", "{}", "[]"};
        const QList<QByteArray> notTime{"\"soon\"", "\"2026-04-31T00:00:00Z\"", "5", "{}"};
        const QList<QByteArray> notObject{"\"x\"", "5", "[]", "false"};
        const QList<std::pair<QStringList, QList<QByteArray>>> groups{
            {{u"orderId"_s, u"status"_s, u"notes"_s, u"customerInfo.fullName"_s, u"customerInfo.email"_s,
              u"customerInfo.phone"_s, u"customerInfo.company"_s, u"serviceAddress.street"_s, u"serviceAddress.city"_s,
              u"serviceAddress.state"_s, u"serviceAddress.zipCode"_s, u"serviceAddress.country"_s, u"items.0.itemId"_s,
              u"items.0.offerId"_s, u"items.0.offerName"_s, u"items.0.providerId"_s, u"items.0.providerName"_s,
              u"items.0.status"_s, u"items.0.providerNotes"_s},
             notText},
            {{u"createdAt"_s, u"updatedAt"_s, u"items.0.scheduledFor"_s}, notTime},
            {{u"customerInfo"_s, u"serviceAddress"_s}, notObject},
            {{u"items"_s}, {"{}", "\"x\"", "5"}},
            {{u"items.0"_s}, {"\"x\"", "5", "[]", "null"}},
        };
        for (const auto& [fields, values] : groups) {
            for (const QString& field : fields) {
                for (const QByteArray& value : values) {
                    QTest::addRow("%s = %s", qPrintable(field), value.constData())
                        << withRaw(list, u"0."_s + field, value) << u"[0]."_s + decoderPath(field);
                }
            }
        }
        for (const QByteArray& value : {QByteArray("\"x\""), QByteArray("5"), QByteArray("null"), QByteArray("[]")})
            QTest::addRow("list element = %s", value.constData()) << withRaw(list, u"0"_s, value) << u"[0]"_s;
        QTest::newRow("no orderId") << withRaw(list, u"0.orderId"_s, "null") << u"orderId"_s;
        QTest::newRow("orderId empty") << withRaw(list, u"0.orderId"_s, "\"\"") << u"orderId"_s;
        QTest::newRow("id instead of itemId, a number")
            << replaced(compact(list), "\"itemId\":\"it_1\"", "\"id\":7") << u"items[0].id"_s;
        QTest::newRow("no status and no items")
            << replaced(withRaw(list, u"0.items"_s, "[]"), "\"status\":\"accepted\"", "\"status\":null") << u"status"_s;
        for (const QByteArray& value : {QByteArray("1e-400"), QByteArray("-1e-330")})
            QTest::addRow("an unknown field = %s", value.constData())
                << withRaw(list, u"0.items.0.price"_s, value) << u"not valid JSON"_s;
        QTest::newRow("a wrapper without a list") << QByteArray("{\"orders\":{},\"data\":5}") << u"neither a list"_s;
    }

    void offerGridWrongType_givesTheFullPathsError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Result<QList<Order>> full = OfferGridDecoder::decodeListQJson(body);
        QVERIFY2(!full.ok(), body.constData());
        QVERIFY2(full.error().message.contains(mentions), qPrintable(full.error().message));
        QVERIFY(!OfferGridDecoder::decodeListFast(body));
        const Result<QList<Order>> decoded = OfferGridDecoder::decodeList(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().message, full.error().message);
        QCOMPARE(decoded.error().kind, ApiError::Kind::Protocol);
    }

    // --- parseCommonTimestamp against Qt ---

    void parseCommonTimestamp_agreesWithQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("platformForm"); // the platforms' own form: it must be read

        const auto row = [](const QString& text, bool platformForm) {
            QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text << platformForm;
        };
        for (const char* s :
             {"2026-03-01T06:15:30Z", "2026-03-01T06:15:30+00:00", "2026-03-01T06:15:30-00:00",
              "2026-03-01T06:15:30+14:00", "2026-03-01T06:15:30-12:00", "2026-03-01T06:15:30+05:45",
              "2026-03-01T06:15:30.000Z", "2026-03-01T06:15:30.999Z", "2026-03-01T06:15:30.123-05:00",
              "1900-01-01T00:00:00Z", "2000-02-29T12:00:00Z", "2024-02-29T12:00:00Z", "2026-03-01T23:59:59Z",
              "2026-12-31T23:59:59.999+14:00", "2026-01-01T00:00:00-12:00", "9999-12-31T23:59:59.999Z"})
            row(QString::fromLatin1(s), true);
        for (const char* s : {"2100-02-29T12:00:00Z",
                              "1900-02-29T12:00:00Z",
                              "2026-03-01T24:00:00Z",
                              "2026-03-01T23:59:60Z",
                              "2026-13-01T00:00:00Z",
                              "2026-00-10T00:00:00Z",
                              "2026-04-31T00:00:00Z",
                              "2026-02-00T00:00:00Z",
                              "2026-03-01T06:15:30z",
                              "2026-03-01 06:15:30Z",
                              "2026-03-0106:15:30Z",
                              "2026-03-01T06:15:30Zx",
                              "2026-03-01T06:15:30Z ",
                              " 2026-03-01T06:15:30Z",
                              "2026-03-01T06:15:30",
                              "2026-03-01",
                              "2026-03-01T06:15:30.5Z",
                              "2026-03-01T06:15:30.12Z",
                              "2026-03-01T06:15:30.1234Z",
                              "2026-03-01T06:15:30,123Z",
                              "2026-03-01T06:15:30+0100",
                              "2026-03-01T06:15:30+01",
                              "2026-03-01T06:15:30+14:59",
                              "2026-03-01T06:15:30+15:00",
                              "2026-03-01T06:15:30+24:00",
                              "2026-03-01T06:15:30+00:60",
                              "2026-03-01T06:15:30.-12Z",
                              "1899-12-31T23:59:59Z",
                              "0000-01-01T00:00:00Z",
                              "+2026-03-01T06:15:30Z",
                              "2026-03-01T6:15:30Z",
                              "2026-3-01T06:15:30Z",
                              "2026-03-01T06:15:3aZ",
                              "",
                              "Z"})
            row(QString::fromLatin1(s), false);
        // Digits that are digits to Unicode but not to ISO 8601, and a NUL after a valid timestamp.
        row(u"\uFF12\uFF10\uFF12\uFF16-03-01T06:15:30Z"_s, false);
        row(u"2026-03-01T06:15:30\u0660Z"_s, false);
        row(u"2026-03-01T06:15:30Z"_s + QChar(0), false);
    }

    void parseCommonTimestamp_agreesWithQt()
    {
        QFETCH(QString, text);
        QFETCH(bool, platformForm);
        const std::optional<qint64> fromText = parseCommonTimestamp(QStringView(text));
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(parseCommonTimestamp(QByteArrayView(utf8)), fromText);
        if (platformForm)
            QVERIFY2(fromText, "the platforms' own form must be read without QDateTime");
        if (!fromText)
            return;
        const std::optional<qint64> qt = qtParse(text);
        QVERIFY2(qt, "read a timestamp Qt refuses");
        QCOMPARE(*fromText, *qt);
        const QDateTime parsed = parseTimestamp(text);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toMSecsSinceEpoch(), *qt);
    }

    void parseCommonTimestamp_everyDayAndForm_agreesWithQt()
    {
        // Every day of 1900..2100 in turn in each of the sandbox's six forms and more offsets, the time of
        // day moving on; and day 0, 29, 30, 31 and 32 of every month, which must be read exactly when Qt
        // calls the date valid.
        static constexpr int extraOffsets[] = {0, 345, -720, 840, -30, 59};
        int failures = 0;
        const auto verify = [&](const QString& text, bool mustRead, std::optional<qint64> instant) {
            const std::optional<qint64> ours = parseCommonTimestamp(QStringView(text));
            const std::optional<qint64> qt = qtParse(text);
            const bool ok =
                (ours == qt || (!ours && !mustRead)) && (!mustRead || ours) && (!instant || ours == instant);
            if (!ok && ++failures <= 10)
                qWarning("%s: ours %lld, Qt %lld", qPrintable(text), ours.value_or(-1), qt.value_or(-1));
        };
        const qint64 first = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last = QDateTime(QDate(2101, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        int n = 0;
        for (qint64 ms = first + 14 * HourMs; ms < last; ms += DayMs + 37 * MinuteMs + 1013, ++n) {
            const TimeStyle style = TimeStyle(n % TimeStyleCount);
            const bool millis = style == TimeStyle::UtcMillis || style == TimeStyle::PlusTwoMillis ||
                                style == TimeStyle::MinusFiveMillis;
            const qint64 instant = millis ? ms : ms - (ms % 1000 + 1000) % 1000; // whole seconds, also before 1970
            verify(QString::fromLatin1(formatIsoTime(ms, style)), true, instant);
            const int offset = extraOffsets[n % std::size(extraOffsets)];
            verify(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset * 60).toString(Qt::ISODateWithMs), true,
                   ms);
        }
        for (int year = 1900; year <= 2100; ++year) {
            for (int month = 1; month <= 12; ++month) {
                for (const int day : {0, 28, 29, 30, 31, 32}) {
                    const QString text =
                        u"%1-%2-%3T12:00:00Z"_s.arg(year).arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
                    verify(text, QDate(year, month, day).isValid(), std::nullopt);
                }
            }
        }
        QVERIFY(n > 70000);
        QCOMPARE(failures, 0);
    }

    // --- shareRepeatedText ---

    void shareRepeatedText_equalShippingAddress_sharesBillingsText()
    {
        // Each field its own allocation, as a decoder makes them.
        const auto fresh = [](const char* s) { return QString::fromUtf8(s); };
        const auto address = [&] {
            return Address{fresh("Jan de Vries"), fresh("ACME"),    fresh("Keizersgracht 1"),
                           fresh("3e"),           fresh("Centrum"), fresh("Amsterdam"),
                           fresh("NH"),           fresh("1015 CJ"), fresh("Netherlands")};
        };
        Order o = flexOrder();
        o.customer.fullName = fresh("Jan de Vries");
        o.billingAddress = address();
        o.shippingAddress = address();
        QVERIFY(!o.shippingAddress->street.isSharedWith(o.billingAddress->street));
        const Order before = o;

        shareRepeatedText(o);
        FieldCheck check;
        checkOrder(check, {}, o, before);
        VERIFY_NO_PROBLEMS(check.problems);
        const Address& s = o.shippingAddress;
        const Address& b = o.billingAddress;
        const QList<std::pair<const QString*, const QString*>> fields{
            {&s.contactName, &b.contactName}, {&s.company, &b.company},       {&s.street, &b.street},
            {&s.building, &b.building},       {&s.locality, &b.locality},     {&s.city, &b.city},
            {&s.region, &b.region},           {&s.postalCode, &b.postalCode}, {&s.country, &b.country}};
        for (const auto& [shipping, billing] : fields)
            QVERIFY2(shipping->isSharedWith(*billing), qPrintable(*shipping));
        QVERIFY(b.contactName.isSharedWith(o.customer.fullName));
    }

    void shareRepeatedText_differentAddresses_sharesOnlyWhatIsEqual()
    {
        Order o = flexOrder();
        o.customer.fullName = QString::fromUtf8("Jan de Vries");
        o.billingAddress.edit().contactName = QString::fromUtf8("Jan de Vries");
        o.billingAddress.edit().street = QString::fromUtf8("Keizersgracht 1");
        o.shippingAddress = o.billingAddress;
        o.shippingAddress.edit().contactName = QString::fromUtf8("Jan de Vries");
        o.shippingAddress.edit().street = QString::fromUtf8("Keizersgracht 1");
        o.shippingAddress.edit().city = QString::fromUtf8("Haarlem"); // the addresses differ
        o.shippingAddress.edit().company = QString::fromUtf8("Other B.V.");
        const Order before = o;

        shareRepeatedText(o);
        FieldCheck check;
        checkOrder(check, {}, o, before);
        VERIFY_NO_PROBLEMS(check.problems);
        QVERIFY(o.shippingAddress->street.isSharedWith(o.billingAddress->street));
        QVERIFY(o.shippingAddress->contactName.isSharedWith(o.customer.fullName));
        QVERIFY(!o.shippingAddress->company.isSharedWith(o.billingAddress->company));
        QCOMPARE(o.shippingAddress->city, u"Haarlem"_s);
    }

    void shareRepeatedText_nothingEqual_changesNothing()
    {
        Order o = flexOrder();
        o.shippingAddress = {u"Piet"_s, {}, u"Havenweg 9"_s, {}, {}, u"Rotterdam"_s, {}, {}, u"Netherlands"_s};
        const Order before = o;
        shareRepeatedText(o);
        FieldCheck check;
        checkOrder(check, {}, o, before);
        VERIFY_NO_PROBLEMS(check.problems);
        QVERIFY(!o.shippingAddress->street.isSharedWith(o.billingAddress->street));
    }

    void decodedOrders_shareRepeatedText_onBothPaths()
    {
        const QByteArray body = flexPage(compact(flexOrderObject()));
        const std::optional<FlexPortalPage> fast = FlexPortalDecoder::decodePageFast(body);
        const Result<FlexPortalPage> full = FlexPortalDecoder::decodePageQJson(body);
        QVERIFY(fast || !haveFastPath);
        QVERIFY(full.ok());
        QList<Order> decoded{full.value().orders.at(0)};
        if (fast)
            decoded << fast->orders.at(0);
        for (const Order& o : decoded) {
            QVERIFY(o.shippingAddress->street.isSharedWith(o.billingAddress->street));
            QVERIFY(o.billingAddress->contactName.isSharedWith(o.customer.fullName));
        }
    }
};

QTEST_GUILESS_MAIN(TestFastDecoding)
#include "tst_fastdecoding.moc"
