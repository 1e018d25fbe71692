// The sandbox server over real sockets: HTTP/1.1 framing and keep-alive, both platforms' order APIs
// as their OpenAPI documents describe them (authentication, paging, awkward ids, cancel rules), the
// generated data, and every injected fault. QNetworkAccessManager where a client's view is wanted,
// a raw QTcpSocket where the bytes on the wire are the point.
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(OrderDesk::Platform)

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Platform FP = Platform::FlexPortal;
constexpr Platform OG = Platform::OfferGrid;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    // FlexPortal's error envelope
    QString errorCode() const { return object().value(u"error").toObject().value(u"code").toString(); }
};

struct RawResponse
{
    QByteArray statusLine;
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// One TCP connection written and read by hand, for what QNetworkAccessManager hides or repairs.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // One whole response; an empty status line when none arrives in time or the server closes.
    RawResponse read(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        RawResponse r;
        qsizetype headEnd = -1;
        while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(timeoutMs - clock.elapsed()))
                return r;
        }
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        r.statusLine = lines.first().trimmed();
        r.status = r.statusLine.split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        while (m_buffer.size() < headEnd + 4 + length) {
            if (!fill(timeoutMs - clock.elapsed()))
                break;
        }
        r.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, std::min<qsizetype>(m_buffer.size(), headEnd + 4 + length));
        return r;
    }

    // Everything until the server closes the connection (or the time is up).
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
            if (!fill(timeoutMs - clock.elapsed()))
                break;
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    QByteArray received() const { return m_buffer; }

    // Whatever arrives within timeoutMs.
    QByteArray readFor(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && fill(timeoutMs - clock.elapsed())) {
        }
        return m_buffer;
    }

private:
    bool fill(qint64 timeoutMs)
    {
        if (timeoutMs <= 0)
            return false;
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(timeoutMs)))
            return false;
        const QByteArray chunk = m_socket.readAll();
        m_buffer += chunk;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray encode(const QString& segment)
{
    return QUrl::toPercentEncoding(segment);
}

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QDateTime parseTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxThread> m_sandbox;
    QNetworkAccessManager m_network;
    QSet<QString> m_used;              // orders a test has changed
    QSet<QString> m_usedSubscriptions; // subscriptions a test has changed

    SandboxServer* server() const { return m_sandbox->server(); }
    quint16 port() const { return server()->port(); }

    Headers fpAuth() const
    {
        const SandboxCredentials& c = server()->config().credentials;
        return {{"Authorization", "Bearer " + c.flexPortalKey.toUtf8()}, {"Tenant-ID", c.tenantId.toUtf8()}};
    }
    Headers ogAuth() const { return {{"x-api-key", server()->config().credentials.offerGridKey.toUtf8()}}; }

    Reply send(const QByteArray& verb, const QByteArray& pathAndQuery, const Headers& headers,
               const QByteArray& body = {}, const QUrl& base = {}, int transferTimeoutMs = 0)
    {
        const QByteArray root = (base.isEmpty() ? m_sandbox->baseUrl() : base).toEncoded();
        QNetworkRequest request(QUrl::fromEncoded(root + pathAndQuery, QUrl::StrictMode));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply* reply =
            verb == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Reply r;
        r.elapsedMs = clock.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    Reply get(const QByteArray& pathAndQuery, const Headers& headers) { return send("GET", pathAndQuery, headers); }
    Reply fpGet(const QByteArray& pathAndQuery) { return get(pathAndQuery, fpAuth()); }
    Reply ogGet(const QByteArray& pathAndQuery) { return get(pathAndQuery, ogAuth()); }

    Reply fpCancel(const QString& id, const QByteArray& body = {}, const QByteArray& contentType = "application/json")
    {
        Headers h = fpAuth();
        if (!body.isEmpty())
            h.append({"Content-Type", contentType});
        return send("POST", "/v1/orders/" + encode(id) + "/cancel", h, body);
    }
    Reply ogCancel(const QString& id, const QByteArray& body = {}, const QByteArray& contentType = "application/json")
    {
        Headers h = ogAuth();
        if (!body.isEmpty())
            h.append({"Content-Type", contentType});
        return send("PATCH", "/reseller/orders/" + encode(id) + "/cancel", h, body);
    }
    static QByteArray reasonBody(const QString& reason)
    {
        return QJsonDocument(QJsonObject{{u"reason"_s, reason}}).toJson(QJsonDocument::Compact);
    }

    QJsonObject serverOrder(Platform p, const QString& id) const { return parseObject(server()->orderJson(p, id)); }

    // The first order not yet used by a test that satisfies the predicate; marks it used.
    QString take(Platform p, const std::function<bool(const QJsonObject&)>& predicate)
    {
        for (const QString& id : server()->orderIds(p)) {
            if (m_used.contains(id) || server()->cancelRequests(p, id) > 0)
                continue;
            if (predicate(serverOrder(p, id))) {
                m_used.insert(id);
                return id;
            }
        }
        return {};
    }

    static int rented(const QJsonObject& o)
    {
        return o.value(u"rentalProgress").toObject().value(u"rentedDevices").toInt();
    }
    static QStringList itemStatuses(const QJsonObject& o)
    {
        QStringList out;
        for (const QJsonValue& item : o.value(u"items").toArray())
            out << item.toObject().value(u"status").toString();
        return out;
    }
    static bool isOpen(const QString& s) { return s == u"pending" || s == u"submitted_to_provider"; }
    // OfferGrid's cancel page, read on its own here: "Cancel a pending or submitted order. Orders can
    // only be cancelled if they have not been accepted by providers." Unknown item statuses block.
    static bool ogPageAllows(const QJsonObject& o)
    {
        const QString status = o.value(u"status").toString();
        if (!isOpen(status) && status != u"submitted")
            return false;
        const QStringList items = itemStatuses(o);
        return std::all_of(items.cbegin(), items.cend(), [](const QString& s) {
            return isOpen(s) || s == u"rejected" || s == u"failed" || s == u"cancelled";
        });
    }
    // FlexPortal subscriptions

    Reply fpCancelSubscription(const QString& id, const QByteArray& body,
                               const QByteArray& contentType = "application/json")
    {
        Headers h = fpAuth();
        if (!body.isEmpty())
            h.append({"Content-Type", contentType});
        return send("POST", "/v1/subscriptions/" + encode(id) + "/cancel", h, body);
    }
    // CancelSubscriptionRequest; notes left out when not given.
    static QByteArray subscriptionBody(const QString& rentalId, const QString& reason,
                                       const std::optional<QString>& notes = std::nullopt)
    {
        QJsonObject o{{u"rentalId"_s, rentalId}, {u"reason"_s, reason}};
        if (notes)
            o.insert(u"notes"_s, *notes);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // A subscription in `status` that no test has used yet; marks it used.
    QString takeSubscription(const QString& status)
    {
        for (const QString& id : server()->subscriptionIds(status)) {
            if (m_usedSubscriptions.contains(id) || server()->subscriptionCancelRequests(id) > 0)
                continue;
            m_usedSubscriptions.insert(id);
            return id;
        }
        return {};
    }
    static QStringList detailFields(const Reply& r, QStringView field)
    {
        QStringList out;
        for (const QJsonValue& d : r.object()[u"error"][u"details"].toArray())
            out << d[field].toString();
        return out;
    }
    static const QStringList& subscriptionStatuses()
    {
        static const QStringList all{u"active"_s,       u"cancelled"_s,     u"ended_completed"_s,
                                     u"ended_buyout"_s, u"ended_upgrade"_s, u"ended_early_return"_s};
        return all;
    }

    static int historyEntries(const QJsonObject& o, const QString& status)
    {
        int n = 0;
        for (const QJsonValue& entry : o.value(u"history").toArray())
            n += entry[u"status"].toString() == status ? 1 : 0;
        return n;
    }
    static QByteArray emojiReason(int count)
    {
        QString reason;
        for (int i = 0; i < count; ++i)
            reason += QString::fromUcs4(U"\U0001F600"); // 😀: two UTF-16 code units
        return reasonBody(reason);
    }
    // An OfferGrid order with two items, not used by any other test, set to this state.
    QString ogOrderInState(const QString& orderStatus, const QStringList& items)
    {
        const QString id = take(OG, [](const QJsonObject& o) { return o[u"items"].toArray().size() == 2; });
        if (id.isEmpty() || !server()->setOfferGridStatus(id, orderStatus, items))
            return {};
        return id;
    }

    // Every reply: framing headers right, JSON unless it is the 503 page.
    static void verifyFraming(const Reply& r)
    {
        QCOMPARE(r.header("content-length").toLongLong(), r.body.size());
        if (r.status == 503) {
            QCOMPARE(r.header("content-type"), QByteArray("text/html"));
        } else {
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
            QJsonParseError error;
            QJsonDocument::fromJson(r.body, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }

    QStringList walkFlexPortal(const QByteArray& extraQuery, int* pages = nullptr)
    {
        QStringList ids;
        QString cursor;
        int n = 0;
        for (;;) {
            QByteArray query = "/v1/orders?limit=100" + extraQuery;
            if (!cursor.isEmpty())
                query += "&startAfter=" + encode(cursor);
            const Reply r = fpGet(query);
            [&] {
                QCOMPARE(r.status, 200);
                verifyFraming(r);
            }();
            if (QTest::currentTestFailed())
                return {};
            const QJsonObject page = r.object();
            const QJsonArray orders = page.value(u"orders").toArray();
            ++n;
            [&] {
                QCOMPARE(page.value(u"count").toInt(), orders.size());
                QCOMPARE(page.value(u"limit").toInt(), 100);
                QVERIFY(orders.size() <= 100);
            }();
            for (const QJsonValue& o : orders)
                ids << o.toObject().value(u"orderId").toString();
            if (!page.value(u"hasMore").toBool()) {
                [&] { QVERIFY(page.value(u"nextCursor").isNull()); }();
                break;
            }
            cursor = page.value(u"nextCursor").toString();
            [&] { QCOMPARE(cursor, ids.constLast()); }();
            if (n > 10000 || QTest::currentTestFailed())
                break;
        }
        if (pages)
            *pages = n;
        return ids;
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 3000;
        config.offerGridOrders = 600;
        m_sandbox = std::make_unique<SandboxThread>(config);
        QVERIFY(m_sandbox->start(0));
        QVERIFY(port() != 0);
        QCOMPARE(m_sandbox->baseUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(port())));
        // The generated cases of the cancel page are kept for the tests that check them as generated.
        for (const QString& id :
             {u"og_submitted_0001"_s, u"og_submitted_0002"_s, u"og_rejected_pending"_s, u"og_failed_submitted"_s})
            m_used.insert(id);
    }

    void cleanup()
    {
        server()->setFaults(FP, SandboxFaults{});
        server()->setFaults(OG, SandboxFaults{});
    }

    // ---- determinism ---------------------------------------------------------------------------

    void data_sameSeed_givesByteIdenticalResponses()
    {
        SandboxConfig config;
        config.seed = 7;
        config.flexPortalOrders = 400;
        config.offerGridOrders = 150;
        SandboxThread a(config);
        SandboxThread b(config);
        config.seed = 8;
        SandboxThread other(config);
        QVERIFY(a.start() && b.start() && other.start());
        const Headers fp = fpAuth();
        const Headers og = ogAuth();
        for (const QByteArray& path :
             {QByteArray("/v1/orders?limit=100"), QByteArray("/v1/orders?limit=7&status=partial")}) {
            const Reply ra = send("GET", path, fp, {}, a.baseUrl());
            const Reply rb = send("GET", path, fp, {}, b.baseUrl());
            QCOMPARE(ra.status, 200);
            QCOMPARE(ra.body, rb.body);
            QVERIFY(send("GET", path, fp, {}, other.baseUrl()).body != ra.body);
        }
        const Reply la = send("GET", "/reseller/orders", og, {}, a.baseUrl());
        QCOMPARE(la.status, 200);
        QCOMPARE(la.body, send("GET", "/reseller/orders", og, {}, b.baseUrl()).body);
        QVERIFY(la.body != send("GET", "/reseller/orders", og, {}, other.baseUrl()).body);
        QCOMPARE(a.server()->orderIds(FP), b.server()->orderIds(FP));
        for (const QString& id : a.server()->orderIds(FP))
            QCOMPARE(a.server()->orderJson(FP, id), b.server()->orderJson(FP, id));
    }

    // ---- FlexPortal list -----------------------------------------------------------------------

    void list_pagingOverThousandsOfOrders_visitsEveryIdOnceNewestFirst()
    {
        int pages = 0;
        const QStringList ids = walkFlexPortal({}, &pages);
        QCOMPARE(pages, 30);
        QCOMPARE(ids.size(), 3000);
        QCOMPARE(ids, server()->orderIds(FP));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QDateTime previous;
        for (const QString& id : ids) {
            const QDateTime created = parseTime(serverOrder(FP, id).value(u"createdAt").toString());
            QVERIFY2(created.isValid(), qPrintable(id));
            if (previous.isValid())
                QVERIFY2(created < previous, qPrintable(id));
            previous = created;
        }
    }

    void list_withoutLimit_answersFiftyWithACursor()
    {
        const Reply r = fpGet("/v1/orders");
        QCOMPARE(r.status, 200);
        verifyFraming(r);
        const QJsonObject page = r.object();
        QCOMPARE(page.value(u"orders").toArray().size(), 50);
        QCOMPARE(page.value(u"count").toInt(), 50);
        QCOMPARE(page.value(u"limit").toInt(), 50);
        QCOMPARE(page.value(u"hasMore").toBool(), true);
        QCOMPARE(page.value(u"nextCursor").toString(), server()->orderIds(FP).at(49));
    }

    void list_withStatusFilter_pagesThroughExactlyThatStatus_data()
    {
        QTest::addColumn<QString>("status");
        for (const char* s : {"pending", "confirmed", "partial", "fulfilled", "cancelled"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void list_withStatusFilter_pagesThroughExactlyThatStatus()
    {
        QFETCH(QString, status);
        QStringList expected;
        for (const QString& id : server()->orderIds(FP)) {
            if (serverOrder(FP, id).value(u"status").toString() == status)
                expected << id;
        }
        QVERIFY(expected.size() > 100);
        QCOMPARE(walkFlexPortal("&status=" + status.toLatin1()), expected);
    }

    void list_invalidLimit_answers400ValidationError_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << QByteArray("0") << u"too_small"_s;
        QTest::newRow("101") << QByteArray("101") << u"too_big"_s;
        QTest::newRow("abc") << QByteArray("abc") << u"invalid_type"_s;
        QTest::newRow("-1") << QByteArray("-1") << u"invalid_type"_s;
        QTest::newRow("1.5") << QByteArray("1.5") << u"invalid_type"_s;
        QTest::newRow("empty") << QByteArray("") << u"invalid_type"_s;
    }

    void list_invalidLimit_answers400ValidationError()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QString, code);
        const Reply r = fpGet("/v1/orders?limit=" + limit);
        QCOMPARE(r.status, 400);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        const QJsonArray details = r.object().value(u"error").toObject().value(u"details").toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.first().toObject().value(u"path").toString(), u"limit"_s);
        QCOMPARE(details.first().toObject().value(u"code").toString(), code);
        QVERIFY(!details.first().toObject().value(u"message").toString().isEmpty());
    }

    void list_limitAtTheBounds_isAccepted()
    {
        QCOMPARE(fpGet("/v1/orders?limit=1").object().value(u"orders").toArray().size(), 1);
        QCOMPARE(fpGet("/v1/orders?limit=100").object().value(u"orders").toArray().size(), 100);
    }

    void list_unknownStatus_answers400ValidationError()
    {
        const Reply r = fpGet("/v1/orders?status=shipped");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        const QJsonObject detail = r.object()[u"error"][u"details"][0].toObject();
        QCOMPARE(detail.value(u"path").toString(), u"status"_s);
        QVERIFY(detail.value(u"message").toString().contains(u"shipped"_s));
    }

    void list_unknownCursor_answers400ValidationError()
    {
        const Reply r = fpGet("/v1/orders?startAfter=ord_nobody_knows");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.object()[u"error"][u"details"][0][u"path"].toString(), u"startAfter"_s);
    }

    void list_cursorHoldingAnAwkwardId_continuesAfterIt()
    {
        const QStringList ids = server()->orderIds(FP);
        const Reply r = fpGet("/v1/orders?limit=2&startAfter=" + encode(u"ord?x=1"_s));
        QCOMPARE(r.status, 200);
        const int at = int(ids.indexOf(u"ord?x=1"_s));
        QVERIFY(at >= 0);
        QCOMPARE(r.object()[u"orders"][0][u"orderId"].toString(), ids.at(at + 1));
    }

    // ---- FlexPortal authentication -------------------------------------------------------------

    void list_withoutAuthorization_answers401AuthRequired()
    {
        const Reply r = get("/v1/orders", {{"Tenant-ID", "sandbox-tenant"}});
        QCOMPARE(r.status, 401);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), u"AUTH_REQUIRED"_s);
        QVERIFY(!r.object()[u"error"][u"message"].toString().isEmpty());
    }

    void anyRequest_withWrongKey_answers401InvalidToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("wrong key") << QByteArray("Bearer pk_live_wrong");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("basic scheme") << QByteArray("Basic c2FuZGJveDpzYW5kYm94");
        QTest::newRow("key without scheme") << QByteArray("sandbox-flexportal-key");
    }

    void anyRequest_withWrongKey_answers401InvalidToken()
    {
        QFETCH(QByteArray, authorization);
        const Headers h = {{"Authorization", authorization}, {"Tenant-ID", "sandbox-tenant"}};
        for (const QByteArray& path : {QByteArray("/v1/orders"), "/v1/orders/" + encode(u"ord/2024/001"_s)}) {
            const Reply r = get(path, h);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), u"INVALID_TOKEN"_s);
        }
    }

    void list_withoutTenant_answers403NoTenantAccess()
    {
        const Reply r = get("/v1/orders", {{"Authorization", "Bearer sandbox-flexportal-key"}});
        QCOMPARE(r.status, 403);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), u"NO_TENANT_ACCESS"_s);
    }

    void list_withWrongTenant_answers403NoTenantAccess()
    {
        const Reply r = get("/v1/orders", {{"Authorization", "Bearer sandbox-flexportal-key"}, {"Tenant-ID", "other"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"NO_TENANT_ACCESS"_s);
    }

    void cancel_withoutAuthorization_answers401AndChangesNothing()
    {
        const QString id = u"ord/2024/001"_s;
        const QByteArray before = server()->orderJson(FP, id);
        const Reply r = send("POST", "/v1/orders/" + encode(id) + "/cancel", {{"Tenant-ID", "sandbox-tenant"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"AUTH_REQUIRED"_s);
        QCOMPARE(server()->orderJson(FP, id), before);
    }

    // ---- OfferGrid authentication --------------------------------------------------------------

    void anyRequest_withoutOrWithWrongApiKey_answersOfferGrid401Body_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("key");
        const QByteArray one = "/reseller/orders/" + encode(u"og/2024/001"_s);
        QTest::newRow("list, no key") << QByteArray("GET") << QByteArray("/reseller/orders") << QByteArray();
        QTest::newRow("list, wrong key") << QByteArray("GET") << QByteArray("/reseller/orders") << QByteArray("nope");
        QTest::newRow("get, wrong key") << QByteArray("GET") << one << QByteArray("SANDBOX-OFFERGRID-KEY");
        QTest::newRow("cancel, no key") << QByteArray("PATCH") << one + "/cancel" << QByteArray();
        QTest::newRow("flexportal key") << QByteArray("GET") << one << QByteArray("sandbox-flexportal-key");
    }

    void anyRequest_withoutOrWithWrongApiKey_answersOfferGrid401Body()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, key);
        const QByteArray before = server()->orderJson(OG, u"og/2024/001"_s);
        Headers h;
        if (!key.isNull())
            h.append({"x-api-key", key});
        const Reply r = send(verb, path, h);
        QCOMPARE(r.status, 401);
        verifyFraming(r);
        QCOMPARE(r.body,
                 QByteArray(R"({"statusCode":401,"message":"Unauthorized - invalid API key","error":"Unauthorized"})"));
        QVERIFY(!r.header("x-ratelimit-limit").isEmpty());
        QCOMPARE(server()->orderJson(OG, u"og/2024/001"_s), before);
    }

    // ---- get one, ids, unknown paths -----------------------------------------------------------

    void get_everyIdNeedingPercentEncoding_roundTripsEncodedOnce_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QString>("idPrefix");
        QTest::newRow("flexportal") << FP << QByteArray("/v1/orders/") << u"ord"_s;
        QTest::newRow("offergrid") << OG << QByteArray("/reseller/orders/") << u"og"_s;
    }

    void get_everyIdNeedingPercentEncoding_roundTripsEncodedOnce()
    {
        QFETCH(Platform, platform);
        QFETCH(QByteArray, prefix);
        QFETCH(QString, idPrefix);
        const QStringList ids = server()->orderIds(platform);
        for (const QString& required :
             {u"/2024/001"_s, u"#42"_s, u"%20literal"_s, u"?x=1"_s, u" with space"_s, u"é-ü-東京"_s})
            QVERIFY2(ids.contains(idPrefix + required), qPrintable(idPrefix + required));
        int awkward = 0;
        for (const QString& id : ids) {
            if (encode(id) == id.toUtf8())
                continue;
            ++awkward;
            const Reply r = get(prefix + encode(id), platform == FP ? fpAuth() : ogAuth());
            QVERIFY2(r.status == 200, qPrintable(id));
            verifyFraming(r);
            QCOMPARE(r.body, server()->orderJson(platform, id));
            QCOMPARE(r.object().value(u"orderId").toString(), id);
        }
        QVERIFY(awkward >= 6);
    }

    void get_idEncodedTwice_isAnotherIdAndNotFound()
    {
        const Reply r = fpGet("/v1/orders/" + encode(QString::fromUtf8(encode(u"ord/2024/001"_s))));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"NOT_FOUND"_s);
        // "ord%20literal" is an id of its own: decoding it twice would have found "ord literal".
        QCOMPARE(fpGet("/v1/orders/ord%2520literal").object().value(u"orderId").toString(), u"ord%20literal"_s);
    }

    void get_unknownId_answers404InEachPlatformsShape()
    {
        const Reply fp = fpGet("/v1/orders/" + encode(u"no such/order"_s));
        QCOMPARE(fp.status, 404);
        verifyFraming(fp);
        QCOMPARE(fp.errorCode(), u"NOT_FOUND"_s);
        const Reply og = ogGet("/reseller/orders/" + encode(u"missing#1"_s));
        QCOMPARE(og.status, 404);
        QCOMPARE(
            og.body,
            QByteArray(
                R"({"statusCode":404,"message":"Order not found or does not belong to your team","error":"Not Found"})"));
    }

    void unknownPath_answers404InThePlatformsShape()
    {
        const Reply fp = fpGet("/v1/customers/cus_1/orders");
        QCOMPARE(fp.status, 404);
        QCOMPARE(fp.errorCode(), u"NOT_FOUND"_s);
        const Reply wrongVerb = send("DELETE", "/v1/orders/ord_x", fpAuth());
        QCOMPARE(wrongVerb.status, 404);
        const Reply og = ogGet("/reseller/catalogue");
        QCOMPARE(og.status, 404);
        QCOMPARE(og.object().value(u"statusCode").toInt(), 404);
        QCOMPARE(og.object().value(u"error").toString(), u"Not Found"_s);
        const Reply neither = get("/favicon.ico", {});
        QCOMPARE(neither.status, 404);
        verifyFraming(neither);
    }

    // ---- the generated data --------------------------------------------------------------------

    void flexPortalData_coversEveryStatusCurrencyAndOddCase()
    {
        const QRegularExpression email(u"^[a-z0-9.]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$"_s);
        QSet<QString> cancellable, notCancellable, currencies, orderTypes, offsets;
        bool emptyItems = false, fiftyItems = false, longNotes = false, emoji = false, rtl = false, nullPostal = false;
        bool millis = false, noMillis = false;
        for (const QString& id : server()->orderIds(FP)) {
            const QJsonObject o = serverOrder(FP, id);
            for (const char* field :
                 {"orderId", "tenantId", "status", "orderType", "customer", "billingAddress", "shippingAddress",
                  "items", "totals", "rentalProgress", "rentalIds", "createdAt", "updatedAt", "createdBy"})
                QVERIFY2(o.contains(QLatin1String(field)), qPrintable(id + u": "_s + QLatin1String(field)));
            const QString status = o.value(u"status").toString();
            const QJsonObject customer = o.value(u"customer").toObject();
            QVERIFY2(email.match(customer.value(u"email").toString()).hasMatch(), qPrintable(id));
            const QJsonObject totals = o.value(u"totals").toObject();
            QCOMPARE(totals.value(u"currency").toString().size(), 3);
            QVERIFY(totals.value(u"totalDevices").toInt() >= 1);
            currencies << totals.value(u"currency").toString();
            orderTypes << o.value(u"orderType").toString();

            const QJsonArray items = o.value(u"items").toArray();
            int devices = 0, itemRentals = 0;
            for (const QJsonValue& v : items) {
                const QJsonObject item = v.toObject();
                QVERIFY(item.value(u"quantity").toInt() >= 1);
                devices += item.value(u"quantity").toInt();
                const int n = int(item.value(u"rentalIds").toArray().size());
                itemRentals += n;
                if (item.contains(u"rentalStatus")) {
                    const QString expected = n == 0                                 ? u"pending"_s
                                             : n == item.value(u"quantity").toInt() ? u"completed"_s
                                                                                    : u"partial"_s;
                    QCOMPARE(item.value(u"rentalStatus").toString(), expected);
                }
            }
            const QJsonObject progress = o.value(u"rentalProgress").toObject();
            const int rentedDevices = progress.value(u"rentedDevices").toInt();
            QCOMPARE(progress.value(u"totalDevices").toInt(), devices);
            QCOMPARE(int(o.value(u"rentalIds").toArray().size()), rentedDevices);
            QCOMPARE(itemRentals, rentedDevices);
            if (status == u"partial")
                QVERIFY2(rentedDevices >= 1 && rentedDevices <= devices - 1, qPrintable(id));
            if (status == u"fulfilled")
                QCOMPARE(rentedDevices, devices);
            const bool allowed = (status == u"pending" || status == u"confirmed") && rentedDevices == 0;
            (allowed ? cancellable : notCancellable) << status;

            emptyItems = emptyItems || items.isEmpty();
            fiftyItems = fiftyItems || items.size() == 50;
            longNotes = longNotes || o.value(u"notes").toString().size() == 500;
            const QString name = customer.value(u"firstName").toString() + customer.value(u"lastName").toString();
            emoji = emoji || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSurrogate(); });
            rtl = rtl || std::any_of(name.cbegin(), name.cend(), [](QChar c) {
                      return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
                  });
            nullPostal = nullPostal || o.value(u"shippingAddress").toObject().value(u"postalCode").isNull();
            for (const char* field : {"createdAt", "updatedAt"}) {
                const QString t = o.value(QLatin1String(field)).toString();
                QVERIFY2(parseTime(t).isValid(), qPrintable(t));
                (t.contains(u'.') ? millis : noMillis) = true;
                offsets << (t.endsWith(u'Z') ? u"Z"_s : t.right(6));
            }
        }
        QCOMPARE(cancellable, (QSet<QString>{u"pending"_s, u"confirmed"_s}));
        QCOMPARE(notCancellable,
                 (QSet<QString>{u"pending"_s, u"confirmed"_s, u"partial"_s, u"fulfilled"_s, u"cancelled"_s}));
        QVERIFY(currencies.contains(QSet<QString>{u"EUR"_s, u"USD"_s, u"QAR"_s, u"GBP"_s}));
        QCOMPARE(orderTypes, (QSet<QString>{u"standard"_s, u"extension"_s, u"upgrade"_s}));
        QVERIFY(offsets.contains(QSet<QString>{u"Z"_s, u"+02:00"_s}));
        QVERIFY(emptyItems && fiftyItems && longNotes && emoji && rtl && nullPostal && millis && noMillis);
    }

    void offerGridData_coversEveryItemStatusInCancellableAndBlockingMixes()
    {
        const QStringList all = {u"pending"_s,   u"submitted_to_provider"_s,
                                 u"accepted"_s,  u"rejected"_s,
                                 u"scheduled"_s, u"in_progress"_s,
                                 u"completed"_s, u"active"_s,
                                 u"cancelled"_s, u"failed"_s};
        QSet<QString> inCancellable, inBlocked, orderStatuses;
        int multiProvider = 0, submitted = 0;
        bool longNotes = false;
        for (const QString& id : server()->orderIds(OG)) {
            const QJsonObject o = serverOrder(OG, id);
            for (const char* field :
                 {"orderId", "status", "items", "customerInfo", "serviceAddress", "history", "createdAt", "updatedAt"})
                QVERIFY2(o.contains(QLatin1String(field)), qPrintable(id + u": "_s + QLatin1String(field)));
            const QString status = o.value(u"status").toString();
            QVERIFY2(all.contains(status) || status == u"submitted", qPrintable(status));
            orderStatuses << status;
            submitted += status == u"submitted" ? 1 : 0;
            const QStringList items = itemStatuses(o);
            QVERIFY(!items.isEmpty() && items.size() <= 4);
            for (const QString& s : items)
                QVERIFY2(all.contains(s), qPrintable(id + u": "_s + s)); // `submitted` is no item status
            // The roll-up names one of its items; `submitted` is the order's word for submitted_to_provider.
            QVERIFY2(items.contains(status == u"submitted" ? u"submitted_to_provider"_s : status), qPrintable(id));
            for (const QJsonValue& entry : o.value(u"history").toArray()) // the timeline speaks item statuses
                QVERIFY2(all.contains(entry[u"status"].toString()), qPrintable(id));
            for (const QString& s : items)
                (ogPageAllows(o) ? inCancellable : inBlocked) << s;
            QSet<QString> providers;
            for (const QJsonValue& v : o.value(u"items").toArray()) {
                const QJsonObject item = v.toObject();
                for (const char* field :
                     {"itemId", "offerId", "offerName", "providerId", "providerName", "status", "createdAt"})
                    QVERIFY(item.contains(QLatin1String(field)));
                providers << item.value(u"providerName").toString();
                if (item.value(u"status").toString() == u"scheduled")
                    QVERIFY(parseTime(item.value(u"scheduledFor").toString()).isValid());
            }
            multiProvider += providers.size() >= 3 ? 1 : 0;
            for (const char* field : {"fullName", "email", "phone"})
                QVERIFY(o.value(u"customerInfo").toObject().contains(QLatin1String(field)));
            for (const char* field : {"street", "city", "state", "zipCode", "country"})
                QVERIFY(o.value(u"serviceAddress").toObject().contains(QLatin1String(field)));
            longNotes = longNotes || o.value(u"notes").toString().size() == 500;
        }
        // A rejected or failed item is no acceptance: orders holding one are cancellable too.
        QCOMPARE(inCancellable, (QSet<QString>{u"pending"_s, u"submitted_to_provider"_s, u"rejected"_s, u"failed"_s}));
        QCOMPARE(inBlocked, QSet<QString>(all.cbegin(), all.cend()));
        QCOMPARE(orderStatuses, QSet<QString>(all.cbegin(), all.cend()) + QSet<QString>{u"submitted"_s});
        QVERIFY(submitted >= 2);
        QVERIFY(multiProvider > 0);
        QVERIFY(longNotes);
    }

    void offerGridData_holdsTheCancelPagesCases_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("orderStatus");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("submitted") << u"og_submitted_0001"_s << u"submitted"_s
                                   << QStringList{u"submitted_to_provider"_s};
        QTest::newRow("submitted, two providers")
            << u"og_submitted_0002"_s << u"submitted"_s
            << QStringList{u"submitted_to_provider"_s, u"submitted_to_provider"_s};
        QTest::newRow("rejected + pending")
            << u"og_rejected_pending"_s << u"pending"_s << QStringList{u"rejected"_s, u"pending"_s};
        QTest::newRow("failed + submitted")
            << u"og_failed_submitted"_s << u"submitted"_s << QStringList{u"failed"_s, u"submitted_to_provider"_s};
    }

    // The generated orders themselves, in a small sandbox as the contract check and the demos run it.
    void offerGridData_holdsTheCancelPagesCases()
    {
        QFETCH(QString, id);
        QFETCH(QString, orderStatus);
        QFETCH(QStringList, items);
        SandboxConfig config;
        config.flexPortalOrders = 0;
        config.offerGridOrders = 20;
        SandboxThread small(config);
        QVERIFY(small.start());
        QVERIFY(small.server()->orderIds(OG).contains(id));
        const QJsonObject o = parseObject(small.server()->orderJson(OG, id));
        QCOMPARE(o.value(u"status").toString(), orderStatus);
        QCOMPARE(itemStatuses(o), items);
        QVERIFY(ogPageAllows(o));
        const QStringList filtered = [&] {
            QStringList ids;
            for (const QJsonValue& v :
                 send("GET", "/reseller/orders?status=" + orderStatus.toUtf8(), ogAuth(), {}, small.baseUrl()).array())
                ids << v[u"orderId"].toString();
            return ids;
        }();
        QVERIFY(filtered.contains(id));

        const Reply r = send("PATCH", "/reseller/orders/" + encode(id) + "/cancel", ogAuth(), {}, small.baseUrl());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"status").toString(), u"cancelled"_s);
        QStringList after = items;
        for (QString& s : after) {
            if (isOpen(s))
                s = u"cancelled"_s;
        }
        QCOMPARE(itemStatuses(r.object()), after); // rejected and failed items keep their status
    }

    // ---- FlexPortal cancel ---------------------------------------------------------------------

    void cancel_flexPortalRules_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("withRentedDevices");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("code");
        QTest::newRow("pending") << u"pending"_s << false << 200 << QString();
        QTest::newRow("confirmed") << u"confirmed"_s << false << 200 << QString();
        QTest::newRow("pending, devices rented") << u"pending"_s << true << 400 << u"ORDER_NOT_CANCELLABLE"_s;
        QTest::newRow("confirmed, devices rented") << u"confirmed"_s << true << 400 << u"ORDER_NOT_CANCELLABLE"_s;
        QTest::newRow("partial") << u"partial"_s << true << 400 << u"ORDER_NOT_CANCELLABLE"_s;
        QTest::newRow("fulfilled") << u"fulfilled"_s << true << 400 << u"ORDER_NOT_CANCELLABLE"_s;
        QTest::newRow("cancelled") << u"cancelled"_s << false << 400 << u"ALREADY_CANCELLED"_s;
    }

    void cancel_flexPortalRules()
    {
        QFETCH(QString, status);
        QFETCH(bool, withRentedDevices);
        QFETCH(int, httpStatus);
        QFETCH(QString, code);
        const QString id = take(FP, [&](const QJsonObject& o) {
            return o.value(u"status").toString() == status && (rented(o) > 0) == withRentedDevices;
        });
        QVERIFY(!id.isEmpty());
        const QByteArray before = server()->orderJson(FP, id);
        const Reply r = fpCancel(id, reasonBody(u"Test"_s));
        QCOMPARE(r.status, httpStatus);
        verifyFraming(r);
        QCOMPARE(server()->cancelRequests(FP, id), 1);
        if (httpStatus == 200) {
            QCOMPARE(r.object(),
                     (QJsonObject{
                         {u"success"_s, true}, {u"message"_s, u"Order %1 cancelled"_s.arg(id)}, {u"orderId"_s, id}}));
            const QJsonObject after = fpGet("/v1/orders/" + encode(id)).object();
            QCOMPARE(after.value(u"status").toString(), u"cancelled"_s);
            QVERIFY(parseTime(after.value(u"updatedAt").toString()) >
                    parseTime(parseObject(before).value(u"updatedAt").toString()));
        } else {
            QCOMPARE(r.errorCode(), code);
            QVERIFY(!r.object()[u"error"][u"message"].toString().isEmpty());
            QCOMPARE(server()->orderJson(FP, id), before); // nothing changed
        }
    }

    void cancel_successfulFlexPortal_persistsAndSecondCancelIsAlreadyCancelled()
    {
        const QString id = take(
            FP, [](const QJsonObject& o) { return o.value(u"status").toString() == u"pending" && rented(o) == 0; });
        const QString reason = u"Kunde hat es sich anders überlegt – 🙂 \"quoted\""_s;
        QCOMPARE(fpCancel(id, reasonBody(reason)).status, 200);
        QCOMPARE(server()->lastCancelReason(FP, id), reason);
        // For the rest of the server's life: what GET answers, and where the list shows it.
        QCOMPARE(fpGet("/v1/orders/" + encode(id)).object().value(u"status").toString(), u"cancelled"_s);
        QVERIFY(walkFlexPortal("&status=cancelled").contains(id));
        QVERIFY(!walkFlexPortal("&status=pending").contains(id));

        const Reply again = fpCancel(id);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), u"ALREADY_CANCELLED"_s);
        QCOMPARE(server()->cancelRequests(FP, id), 2);
    }

    // The page's response fields, and nothing else: success (always true), message, orderId.
    void cancel_flexPortalSuccess_answersThePagesThreeFields()
    {
        const QString id = take(
            FP, [](const QJsonObject& o) { return o.value(u"status").toString() == u"confirmed" && rented(o) == 0; });
        QVERIFY(!id.isEmpty());
        const Reply r = fpCancel(id, reasonBody(u"Customer changed their mind"_s));
        QCOMPARE(r.status, 200);
        verifyFraming(r);
        const QJsonObject body = r.object();
        QCOMPARE(body.keys(), (QStringList{u"message"_s, u"orderId"_s, u"success"_s}));
        QVERIFY(body.value(u"success").isBool());
        QCOMPARE(body.value(u"success").toBool(), true);
        QVERIFY(body.value(u"message").isString());
        QCOMPARE(body.value(u"message").toString(), u"Order %1 cancelled"_s.arg(id));
        QCOMPARE(body.value(u"orderId").toString(), id);
    }

    void cancel_withoutBody_cancels()
    {
        const QString id = take(
            FP, [](const QJsonObject& o) { return o.value(u"status").toString() == u"confirmed" && rented(o) == 0; });
        const Reply r = fpCancel(id);
        QCOMPARE(r.status, 200);
        QCOMPARE(server()->lastCancelReason(FP, id), QString());
    }

    void cancel_unknownFlexPortalId_answers404AndIsCounted()
    {
        const Reply r = fpCancel(u"ord does/not#exist"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"NOT_FOUND"_s);
        QCOMPARE(server()->cancelRequests(FP, u"ord does/not#exist"_s), 1);
    }

    void cancel_flexPortalInvalidBody_answers400ValidationError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("path");
        QTest::newRow("reason of 1001 characters")
            << reasonBody(QString(1001, u'x')) << QByteArray("application/json") << u"reason"_s;
        QTest::newRow("reason of 1001 non-ASCII characters")
            << reasonBody(QString(1001, u'é')) << QByteArray("application/json") << u"reason"_s;
        QTest::newRow("reason is a number")
            << QByteArray(R"({"reason":42})") << QByteArray("application/json") << u"reason"_s;
        QTest::newRow("not JSON") << QByteArray("reason=because") << QByteArray("application/json") << u"body"_s;
        QTest::newRow("an array") << QByteArray("[]") << QByteArray("application/json") << u"body"_s;
        QTest::newRow("plain text") << QByteArray(R"({"reason":"x"})") << QByteArray("text/plain") << u"body"_s;
    }

    void cancel_flexPortalInvalidBody_answers400ValidationError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, path);
        const QString id = u"ord/2024/001"_s;
        const QByteArray before = server()->orderJson(FP, id);
        const Reply r = fpCancel(id, body, contentType);
        QCOMPARE(r.status, 400);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.object()[u"error"][u"details"][0][u"path"].toString(), path);
        QCOMPARE(server()->orderJson(FP, id), before);
    }

    void cancel_reasonOfExactly1000Characters_isAccepted()
    {
        const QString id = take(
            FP, [](const QJsonObject& o) { return o.value(u"status").toString() == u"pending" && rented(o) == 0; });
        QCOMPARE(fpCancel(id, reasonBody(QString(1000, u'é'))).status, 200);
        QCOMPARE(server()->lastCancelReason(FP, id).size(), 1000);
    }

    // Both platforms count the reason in UTF-16 code units (JavaScript's length): an emoji counts two.
    void cancel_reasonOf500Emoji_isAcceptedAnd501Refused_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("flexportal") << FP;
        QTest::newRow("offergrid") << OG;
    }

    void cancel_reasonOf500Emoji_isAcceptedAnd501Refused()
    {
        QFETCH(Platform, platform);
        const QString id = platform == FP
                               ? take(FP,
                                      [](const QJsonObject& o) {
                                          return o.value(u"status").toString() == u"pending" && rented(o) == 0;
                                      })
                               : take(OG, ogPageAllows);
        QVERIFY(!id.isEmpty());
        const QByteArray before = server()->orderJson(platform, id);

        const Reply refused = platform == FP ? fpCancel(id, emojiReason(501)) : ogCancel(id, emojiReason(501));
        QCOMPARE(refused.status, 400);
        verifyFraming(refused);
        if (platform == FP) {
            QCOMPARE(refused.errorCode(), u"VALIDATION_ERROR"_s);
            QCOMPARE(refused.object()[u"error"][u"details"][0][u"path"].toString(), u"reason"_s);
            QCOMPARE(refused.object()[u"error"][u"details"][0][u"code"].toString(), u"too_big"_s);
        } else {
            QCOMPARE(refused.object().value(u"message").toArray(),
                     (QJsonArray{u"reason must be shorter than or equal to 1000 characters"_s}));
        }
        QCOMPARE(server()->orderJson(platform, id), before);

        const Reply accepted = platform == FP ? fpCancel(id, emojiReason(500)) : ogCancel(id, emojiReason(500));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(server()->lastCancelReason(platform, id).size(), 1000);
        QCOMPARE(server()->lastCancelReason(platform, id).toUcs4().size(), 500);
        QCOMPARE(serverOrder(platform, id).value(u"status").toString(), u"cancelled"_s);
    }

    void setFlexPortalStatus_behindTheClient_changesWhatTheApiAnswers()
    {
        const QString id = take(FP, [](const QJsonObject& o) {
            return o.value(u"status").toString() == u"confirmed" && rented(o) == 0 && o[u"items"].toArray().size() >= 1;
        });
        QVERIFY(server()->setFlexPortalStatus(id, u"partial"_s, 1));
        const QJsonObject o = fpGet("/v1/orders/" + encode(id)).object();
        QCOMPARE(o.value(u"status").toString(), u"partial"_s);
        QCOMPARE(rented(o), 1);
        QCOMPARE(o.value(u"rentalIds").toArray().size(), 1);
        const Reply r = fpCancel(id);
        QCOMPARE(r.errorCode(), u"ORDER_NOT_CANCELLABLE"_s);
        QVERIFY(!server()->setFlexPortalStatus(u"ord_unknown"_s, u"pending"_s));
    }

    // ---- FlexPortal subscriptions --------------------------------------------------------------

    // Subscriptions are the orders' rentalIds: each one the sandbox holds belongs to the order that lists
    // it, and rentalProgress.rentedDevices counts them all (the fulfilment counter), whatever state each
    // is in. Every SubscriptionStatus value occurs; ord_fifty_lines holds them all in turn.
    void subscriptionData_followsEveryOrdersRentalIdsAndHoldsEveryState()
    {
        QHash<QString, int> states;
        QSet<QString> serials;
        int subscriptions = 0;
        for (const QString& orderId : server()->orderIds(FP)) {
            const QJsonObject o = serverOrder(FP, orderId);
            const QJsonArray ids = o.value(u"rentalIds").toArray();
            QCOMPARE(int(ids.size()), rented(o));
            if (o.value(u"status").toString() == u"cancelled")
                QVERIFY2(ids.isEmpty(), qPrintable(orderId));
            for (const QJsonValue& v : ids) {
                const std::optional<SandboxSubscription> s = server()->subscription(v.toString());
                QVERIFY2(s, qPrintable(orderId + u": "_s + v.toString()));
                QCOMPARE(s->id, v.toString());
                QCOMPARE(s->orderId, orderId);
                QVERIFY2(subscriptionStatuses().contains(s->status), qPrintable(s->status));
                QVERIFY(!s->assetSerialNumber.isEmpty());
                ++states[s->status];
                serials << s->assetSerialNumber;
                ++subscriptions;
            }
        }
        QCOMPARE(server()->subscriptionIds().size(), subscriptions);
        const QStringList seen = states.keys();
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()),
                 QSet<QString>(subscriptionStatuses().cbegin(), subscriptionStatuses().cend()));
        QVERIFY2(states.value(u"active"_s) > subscriptions / 2, "most subscriptions run");
        for (const QString& status : subscriptionStatuses())
            QCOMPARE(server()->subscriptionIds(status).size(), states.value(status));
        QVERIFY2(serials.size() >= subscriptions * 99 / 100, "one asset per subscription");

        const QJsonArray fifty = serverOrder(FP, u"ord_fifty_lines"_s).value(u"rentalIds").toArray();
        QVERIFY(fifty.size() >= 6);
        for (qsizetype k = 0; k < fifty.size(); ++k)
            QCOMPARE(server()->subscriptionStatus(fifty.at(k).toString()), subscriptionStatuses().at(k % 6));
        const QJsonArray partial = serverOrder(FP, u"ord%20literal"_s).value(u"rentalIds").toArray();
        QCOMPARE(partial.size(), 2);
        for (const QJsonValue& v : partial)
            QCOMPARE(server()->subscriptionStatus(v.toString()), u"active"_s);
        QVERIFY(!server()->subscription(u"sub_doesnotexist"_s));
        QCOMPARE(server()->subscriptionStatus(u"ord/2024/001"_s), QString());
    }

    void subscriptionData_sameSeed_givesTheSameStatesAndAssets()
    {
        SandboxConfig config;
        config.seed = 7;
        config.flexPortalOrders = 300;
        config.offerGridOrders = 1;
        SandboxThread a(config);
        SandboxThread b(config);
        config.seed = 8;
        SandboxThread other(config);
        QVERIFY(a.start() && b.start() && other.start());
        const QStringList ids = a.server()->subscriptionIds();
        QVERIFY(ids.size() > 100);
        QCOMPARE(b.server()->subscriptionIds(), ids);
        QVERIFY(other.server()->subscriptionIds() != ids);
        for (const QString& id : ids) {
            const SandboxSubscription sa = *a.server()->subscription(id);
            const SandboxSubscription sb = *b.server()->subscription(id);
            QCOMPARE(sa.status, sb.status);
            QCOMPARE(sa.assetSerialNumber, sb.assetSerialNumber);
            QCOMPARE(sa.orderId, sb.orderId);
        }
    }

    void cancelSubscription_active_answersTheResponseAndChangesOnlyTheSubscription()
    {
        const QString id = takeSubscription(u"active"_s);
        QVERIFY(!id.isEmpty());
        const SandboxSubscription before = *server()->subscription(id);
        const QByteArray orderBefore = server()->orderJson(FP, before.orderId);
        const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString notes = u"Kunde kündigt – \"zu teuer\" 🙂"_s;
        const Reply r = fpCancelSubscription(id, subscriptionBody(id, u"customer_request"_s, notes));
        QCOMPARE(r.status, 200);
        verifyFraming(r);
        // CancelSubscriptionResponse: its six required fields, and nothing else.
        const QJsonObject body = r.object();
        QCOMPARE(body.keys(), (QStringList{u"assetSerialNumber"_s, u"cancelledAt"_s, u"message"_s, u"previousStatus"_s,
                                           u"rentalId"_s, u"success"_s}));
        QCOMPARE(body.value(u"success"), QJsonValue(true));
        QCOMPARE(body.value(u"rentalId").toString(), id);
        QCOMPARE(body.value(u"assetSerialNumber").toString(), before.assetSerialNumber);
        QCOMPARE(body.value(u"previousStatus").toString(), u"active"_s);
        const QString at = body.value(u"cancelledAt").toString();
        QVERIFY2(at.endsWith(u'Z'), qPrintable(at));
        const QDateTime cancelledAt = parseTime(at);
        QVERIFY2(cancelledAt.isValid(), qPrintable(at));
        QVERIFY(cancelledAt >= sent && cancelledAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(body.value(u"message").toString().contains(id));

        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
        // The order is the same, byte for byte: its progress counts subscriptions created.
        QCOMPARE(server()->orderJson(FP, before.orderId), orderBefore);
        QCOMPARE(fpGet("/v1/orders/" + encode(before.orderId)).body, orderBefore);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        const std::optional<SandboxSubscriptionCancel> last = server()->lastSubscriptionCancel(id);
        QVERIFY(last);
        QCOMPARE(last->rentalId, std::optional<QString>(id));
        QCOMPARE(last->reason, std::optional<QString>(u"customer_request"_s));
        QCOMPARE(last->notes, std::optional<QString>(notes));
    }

    void cancelSubscription_secondTime_answersAlreadyCancelled()
    {
        const QString id = takeSubscription(u"active"_s);
        QCOMPARE(fpCancelSubscription(id, subscriptionBody(id, u"fraud"_s)).status, 200);
        const Reply again = fpCancelSubscription(id, subscriptionBody(id, u"other"_s, u"again"_s));
        QCOMPARE(again.status, 400);
        verifyFraming(again);
        QCOMPARE(again.errorCode(), u"ALREADY_CANCELLED"_s);
        QVERIFY(!again.object()[u"error"][u"message"].toString().isEmpty());
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 2);
        QCOMPARE(server()->lastSubscriptionCancel(id)->reason, std::optional<QString>(u"other"_s));
    }

    void cancelSubscription_notActive_answersItsError_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("cancelled") << u"cancelled"_s << u"ALREADY_CANCELLED"_s;
        for (const char* ended : {"ended_completed", "ended_buyout", "ended_upgrade", "ended_early_return"})
            QTest::newRow(ended) << QString::fromLatin1(ended) << u"ALREADY_ENDED"_s;
    }

    void cancelSubscription_notActive_answersItsError()
    {
        QFETCH(QString, status);
        QFETCH(QString, code);
        // As generated, and set behind the client's back.
        const QString generated = takeSubscription(status);
        const QString changed = takeSubscription(u"active"_s);
        QVERIFY(!generated.isEmpty() && !changed.isEmpty());
        QVERIFY(server()->setSubscriptionStatus(changed, status));
        for (const QString& id : {generated, changed}) {
            const QByteArray orderBefore = server()->orderJson(FP, server()->subscription(id)->orderId);
            const Reply r = fpCancelSubscription(id, subscriptionBody(id, u"admin_decision"_s));
            QCOMPARE(r.status, 400);
            verifyFraming(r);
            QCOMPARE(r.errorCode(), code);
            if (code == u"ALREADY_ENDED")
                QVERIFY2(r.object()[u"error"][u"message"].toString().contains(status), r.body.constData());
            QCOMPARE(server()->subscriptionStatus(id), status);
            QCOMPARE(server()->orderJson(FP, server()->subscription(id)->orderId), orderBefore);
            QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        }
    }

    void cancelSubscription_everyReasonOfTheList_isAccepted_data()
    {
        QTest::addColumn<QString>("reason");
        for (const char* reason : {"customer_request", "payment_failure", "fraud", "admin_decision", "other"})
            QTest::newRow(reason) << QString::fromLatin1(reason);
    }

    void cancelSubscription_everyReasonOfTheList_isAccepted()
    {
        QFETCH(QString, reason);
        const QString id = takeSubscription(u"active"_s);
        const Reply r = fpCancelSubscription(id, subscriptionBody(id, reason)); // notes are optional
        QCOMPARE(r.status, 200);
        QCOMPARE(server()->lastSubscriptionCancel(id)->reason, std::optional<QString>(reason));
        QCOMPARE(server()->lastSubscriptionCancel(id)->notes, std::optional<QString>());
    }

    void cancelSubscription_notesOf500Emoji_isAcceptedAnd501Refused()
    {
        // 1000 UTF-16 code units (JavaScript's length), as the order cancel's reason is counted.
        const auto emoji = [](int count) {
            QString notes;
            for (int i = 0; i < count; ++i)
                notes += QString::fromUcs4(U"\U0001F600");
            return notes;
        };
        const QString id = takeSubscription(u"active"_s);
        const Reply refused = fpCancelSubscription(id, subscriptionBody(id, u"other"_s, emoji(501)));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(detailFields(refused, u"path"), QStringList{u"notes"_s});
        QCOMPARE(detailFields(refused, u"code"), QStringList{u"too_big"_s});
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
        const Reply accepted = fpCancelSubscription(id, subscriptionBody(id, u"other"_s, emoji(500)));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(server()->lastSubscriptionCancel(id)->notes->size(), 1000);
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
    }

    void cancelSubscription_invalidBody_answers400WithEveryProblemInDetails_data()
    {
        QTest::addColumn<QByteArray>("body"); // @ID@ stands for the subscription's id
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("codes");
        const QByteArray json = "application/json";
        const QString other = server()->subscriptionIds(u"active"_s).constLast();
        const auto body = [](QJsonObject o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QTest::newRow("no body") << QByteArray() << json << QStringList{u"body"_s} << QStringList{u"invalid_type"_s};
        QTest::newRow("plain text") << subscriptionBody(u"@ID@"_s, u"fraud"_s) << QByteArray("text/plain")
                                    << QStringList{u"body"_s} << QStringList{u"invalid_content_type"_s};
        QTest::newRow("not JSON") << QByteArray("rentalId=x&reason=fraud") << json << QStringList{u"body"_s}
                                  << QStringList{u"invalid_json"_s};
        QTest::newRow("an array") << QByteArray("[]") << json << QStringList{u"body"_s}
                                  << QStringList{u"invalid_type"_s};
        QTest::newRow("empty object") << QByteArray("{}") << json << QStringList{u"rentalId"_s, u"reason"_s}
                                      << QStringList{u"invalid_type"_s, u"invalid_type"_s};
        QTest::newRow("reason missing") << body({{u"rentalId"_s, u"@ID@"_s}}) << json << QStringList{u"reason"_s}
                                        << QStringList{u"invalid_type"_s};
        QTest::newRow("rentalId missing") << body({{u"reason"_s, u"fraud"_s}}) << json << QStringList{u"rentalId"_s}
                                          << QStringList{u"invalid_type"_s};
        QTest::newRow("rentalId a number") << body({{u"rentalId"_s, 42}, {u"reason"_s, u"fraud"_s}}) << json
                                           << QStringList{u"rentalId"_s} << QStringList{u"invalid_type"_s};
        QTest::newRow("rentalId empty") << subscriptionBody(QString(), u"fraud"_s) << json << QStringList{u"rentalId"_s}
                                        << QStringList{u"too_small"_s};
        QTest::newRow("rentalId of another subscription")
            << subscriptionBody(other, u"fraud"_s) << json << QStringList{u"rentalId"_s} << QStringList{u"custom"_s};
        QTest::newRow("reason outside the list") << subscriptionBody(u"@ID@"_s, u"Customer request"_s) << json
                                                 << QStringList{u"reason"_s} << QStringList{u"invalid_enum_value"_s};
        QTest::newRow("reason in capitals") << subscriptionBody(u"@ID@"_s, u"FRAUD"_s) << json
                                            << QStringList{u"reason"_s} << QStringList{u"invalid_enum_value"_s};
        QTest::newRow("reason a number") << body({{u"rentalId"_s, u"@ID@"_s}, {u"reason"_s, 3}}) << json
                                         << QStringList{u"reason"_s} << QStringList{u"invalid_type"_s};
        QTest::newRow("notes a number") << body(
                                               {{u"rentalId"_s, u"@ID@"_s}, {u"reason"_s, u"fraud"_s}, {u"notes"_s, 7}})
                                        << json << QStringList{u"notes"_s} << QStringList{u"invalid_type"_s};
        QTest::newRow("notes null") << body({{u"rentalId"_s, u"@ID@"_s},
                                             {u"reason"_s, u"fraud"_s},
                                             {u"notes"_s, QJsonValue()}})
                                    << json << QStringList{u"notes"_s} << QStringList{u"invalid_type"_s};
        QTest::newRow("notes of 1001 characters") << subscriptionBody(u"@ID@"_s, u"fraud"_s, QString(1001, u'é'))
                                                  << json << QStringList{u"notes"_s} << QStringList{u"too_big"_s};
        QTest::newRow("everything wrong") << subscriptionBody(other, u"because"_s, QString(1001, u'x')) << json
                                          << QStringList{u"rentalId"_s, u"reason"_s, u"notes"_s}
                                          << QStringList{u"custom"_s, u"invalid_enum_value"_s, u"too_big"_s};
    }

    void cancelSubscription_invalidBody_answers400WithEveryProblemInDetails()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QStringList, paths);
        QFETCH(QStringList, codes);
        const QString id = server()->subscriptionIds(u"active"_s).constFirst(); // refused, so never changed
        m_usedSubscriptions.insert(id);
        const int before = server()->subscriptionCancelRequests(id);
        const Reply r = fpCancelSubscription(id, body.replace("@ID@", id.toUtf8()), contentType);
        QCOMPARE(r.status, 400);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(detailFields(r, u"path"), paths);
        QCOMPARE(detailFields(r, u"code"), codes);
        for (const QString& message : detailFields(r, u"message"))
            QVERIFY(!message.isEmpty());
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), before + 1);
    }

    void cancelSubscription_unknownId_answers404NotFound_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("the generator's shape") << u"sub_doesnotexst"_s;
        QTest::newRow("awkward characters") << u"sub does/not#exist?%"_s;
        QTest::newRow("an order id") << u"ord/2024/001"_s;
        QTest::newRow("another case") << server()->subscriptionIds(u"active"_s).constFirst().toUpper();
    }

    void cancelSubscription_unknownId_answers404NotFound()
    {
        QFETCH(QString, id);
        const Reply r = fpCancelSubscription(id, subscriptionBody(id, u"other"_s));
        QCOMPARE(r.status, 404);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), u"NOT_FOUND"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1); // the id arrived decoded exactly once
        QCOMPARE(server()->lastSubscriptionCancel(id)->rentalId, std::optional<QString>(id));
    }

    void cancelSubscription_invalidBodyForAnUnknownId_answersTheValidationFirst()
    {
        const Reply r = fpCancelSubscription(u"sub_nowhere0000"_s, subscriptionBody(u"sub_nowhere0000"_s, u"x"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
    }

    void cancelSubscription_pathSegment_isDecodedExactlyOnce()
    {
        const QString id = takeSubscription(u"active"_s);
        const QByteArray twice = "/v1/subscriptions/%2573" + id.toUtf8().mid(1) + "/cancel"; // %2573: "%73" itself
        Headers h = fpAuth();
        h.append({QByteArray("Content-Type"), QByteArray("application/json")});
        QCOMPARE(send("POST", twice, h, subscriptionBody(id, u"fraud"_s)).status,
                 400); // rentalId differs from "%73ub_..."
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
        const QByteArray once = "/v1/subscriptions/%73" + id.toUtf8().mid(1) + "/cancel"; // %73: "s"
        QCOMPARE(send("POST", once, h, subscriptionBody(id, u"fraud"_s)).status, 200);
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
    }

    void cancelSubscription_withoutOrWithWrongCredentials_answersAsEveryRoute_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("tenant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no key") << QByteArray() << QByteArray("sandbox-tenant") << 401 << u"AUTH_REQUIRED"_s;
        QTest::newRow("wrong key") << QByteArray("Bearer pk_live_wrong") << QByteArray("sandbox-tenant") << 401
                                   << u"INVALID_TOKEN"_s;
        QTest::newRow("no tenant") << QByteArray("Bearer sandbox-flexportal-key") << QByteArray() << 403
                                   << u"NO_TENANT_ACCESS"_s;
        QTest::newRow("other tenant") << QByteArray("Bearer sandbox-flexportal-key") << QByteArray("other") << 403
                                      << u"NO_TENANT_ACCESS"_s;
    }

    void cancelSubscription_withoutOrWithWrongCredentials_answersAsEveryRoute()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, tenant);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString id = server()->subscriptionIds(u"active"_s).constFirst();
        m_usedSubscriptions.insert(id);
        Headers h{{"Content-Type", "application/json"}};
        if (!authorization.isEmpty())
            h.append({"Authorization", authorization});
        if (!tenant.isEmpty())
            h.append({"Tenant-ID", tenant});
        const Reply r =
            send("POST", "/v1/subscriptions/" + encode(id) + "/cancel", h, subscriptionBody(id, u"fraud"_s));
        QCOMPARE(r.status, status);
        verifyFraming(r);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
    }

    void cancelSubscription_otherVerbs_haveNoRoute()
    {
        const QString id = server()->subscriptionIds(u"active"_s).constFirst();
        for (const QByteArray& verb : {QByteArray("GET"), QByteArray("PATCH")}) {
            const Reply r = send(verb, "/v1/subscriptions/" + encode(id) + "/cancel", fpAuth());
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), u"NOT_FOUND"_s);
        }
        QCOMPARE(fpGet("/v1/subscriptions/" + encode(id)).status, 404); // the YAML has no read of a subscription
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
    }

    // The order cancel still refuses an order with subscriptions, and says how many still run.
    void cancel_orderWhoseSubscriptionsWereAllCancelled_staysNotCancellable()
    {
        const QString orderId = take(FP, [this](const QJsonObject& o) {
            const QJsonArray ids = o.value(u"rentalIds").toArray();
            return o.value(u"status").toString() == u"partial" && ids.size() >= 2 &&
                   std::all_of(ids.cbegin(), ids.cend(), [this](const QJsonValue& v) {
                       return server()->subscriptionStatus(v.toString()) == u"active";
                   });
        });
        QVERIFY(!orderId.isEmpty());
        const QByteArray before = server()->orderJson(FP, orderId);
        const QJsonArray ids = parseObject(before).value(u"rentalIds").toArray();
        const Reply running = fpCancel(orderId, reasonBody(u"Test"_s));
        QCOMPARE(running.errorCode(), u"ORDER_NOT_CANCELLABLE"_s);
        QVERIFY2(running.object()[u"error"][u"message"].toString().contains(u"%1 active"_s.arg(ids.size())),
                 running.body.constData());
        for (const QJsonValue& v : ids) {
            m_usedSubscriptions.insert(v.toString());
            QCOMPARE(fpCancelSubscription(v.toString(), subscriptionBody(v.toString(), u"customer_request"_s)).status,
                     200);
        }
        QCOMPARE(server()->orderJson(FP, orderId), before);
        const Reply none = fpCancel(orderId, reasonBody(u"Test"_s));
        QCOMPARE(none.status, 400);
        QCOMPARE(none.errorCode(), u"ORDER_NOT_CANCELLABLE"_s);
        QVERIFY2(none.object()[u"error"][u"message"].toString().contains(u"none of them active"_s),
                 none.body.constData());
        QCOMPARE(server()->orderJson(FP, orderId), before);
    }

    void setSubscriptionStatus_behindTheClient_changesWhatTheApiAnswers()
    {
        const QString id = takeSubscription(u"active"_s);
        QVERIFY(server()->setSubscriptionStatus(id, u"ended_early_return"_s));
        QCOMPARE(fpCancelSubscription(id, subscriptionBody(id, u"other"_s)).errorCode(), u"ALREADY_ENDED"_s);
        QVERIFY(server()->setSubscriptionStatus(id, u"active"_s));
        QCOMPARE(fpCancelSubscription(id, subscriptionBody(id, u"other"_s)).status, 200);
        QVERIFY(!server()->setSubscriptionStatus(id, u"paused"_s));
        QVERIFY(!server()->setSubscriptionStatus(id, QString()));
        QVERIFY(!server()->setSubscriptionStatus(u"sub_doesnotexst"_s, u"active"_s));
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
    }

    void setFlexPortalStatus_rentingDevices_createsActiveSubscriptionsAndUnrentingRemovesThem()
    {
        const QString orderId = take(FP, [](const QJsonObject& o) {
            return o.value(u"status").toString() == u"confirmed" && rented(o) == 0 &&
                   o[u"rentalProgress"][u"totalDevices"].toInt() >= 2;
        });
        QVERIFY(!orderId.isEmpty());
        QVERIFY(server()->setFlexPortalStatus(orderId, u"partial"_s, 2));
        const QJsonArray ids = serverOrder(FP, orderId).value(u"rentalIds").toArray();
        QCOMPARE(ids.size(), 2);
        for (const QJsonValue& v : ids) {
            const std::optional<SandboxSubscription> s = server()->subscription(v.toString());
            QVERIFY(s);
            QCOMPARE(s->status, u"active"_s);
            QCOMPARE(s->orderId, orderId);
        }
        const QString second = ids.at(1).toString();
        QCOMPARE(fpCancelSubscription(second, subscriptionBody(second, u"fraud"_s)).status, 200);
        QVERIFY(server()->setFlexPortalStatus(orderId, u"partial"_s, 1));
        QVERIFY(!server()->subscription(second));
        QCOMPARE(fpCancelSubscription(second, subscriptionBody(second, u"fraud"_s)).status, 404);
        QCOMPARE(server()->subscriptionStatus(ids.at(0).toString()), u"active"_s);
        QVERIFY(server()->setFlexPortalStatus(orderId, u"partial"_s, 2)); // rented again: a new subscription
        QCOMPARE(server()->subscriptionStatus(second), u"active"_s);
    }

    void fault_serverErrorOrRateLimit_answersTheSubscriptionCancelWithoutApplyingIt_data()
    {
        QTest::addColumn<bool>("rateLimit");
        QTest::newRow("503") << false;
        QTest::newRow("429") << true;
    }

    void fault_serverErrorOrRateLimit_answersTheSubscriptionCancelWithoutApplyingIt()
    {
        QFETCH(bool, rateLimit);
        const QString id = takeSubscription(u"active"_s);
        SandboxFaults f;
        (rateLimit ? f.rateLimits : f.serverErrors) = 1;
        f.retryAfterSeconds = 5;
        server()->setFaults(FP, f);
        const Reply r = fpCancelSubscription(id, subscriptionBody(id, u"fraud"_s));
        QCOMPARE(r.status, rateLimit ? 429 : 503);
        verifyFraming(r);
        if (rateLimit) {
            QCOMPARE(r.header("retry-after"), QByteArray("5"));
            QCOMPARE(r.errorCode(), u"RATE_LIMITED"_s);
        }
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        QCOMPARE(fpCancelSubscription(id, subscriptionBody(id, u"fraud"_s)).status, 200); // the fault is used up
    }

    void fault_latency_delaysTheSubscriptionCancel()
    {
        const QString id = takeSubscription(u"active"_s);
        SandboxFaults f;
        f.latencyMs = 300;
        server()->setFaults(FP, f);
        const Reply r = fpCancelSubscription(id, subscriptionBody(id, u"fraud"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 300);
    }

    void fault_dropAfterCancel_closesWithoutAnswerAndTheSubscriptionCancelIsApplied()
    {
        const QString id = takeSubscription(u"active"_s);
        SandboxFaults f;
        f.dropAfterCancel = 1;
        server()->setFaults(FP, f);
        RawConnection raw(port());
        QVERIFY(raw.isConnected());
        const QByteArray body = subscriptionBody(id, u"payment_failure"_s);
        raw.write("POST /v1/subscriptions/" + encode(id) +
                  "/cancel HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sandbox-flexportal-key\r\n"
                  "Tenant-ID: sandbox-tenant\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(raw.waitForClose());
        QCOMPARE(raw.received(), QByteArray()); // not a single byte of a response
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        QCOMPARE(server()->faults(FP).dropAfterCancel, 0);
    }

    // ---- OfferGrid list and cancel -------------------------------------------------------------

    void offerGridList_withStatusFilter_answersOnlyThatOrderStatus()
    {
        const Reply all = ogGet("/reseller/orders");
        QCOMPARE(all.status, 200);
        verifyFraming(all);
        QCOMPARE(all.array().size(), 600);
        QStringList ids;
        for (const QJsonValue& o : all.array())
            ids << o[u"orderId"].toString();
        QCOMPARE(ids, server()->orderIds(OG));

        int total = 0;
        for (const char* status : {"pending", "submitted", "submitted_to_provider", "accepted", "rejected", "scheduled",
                                   "in_progress", "completed", "active", "cancelled", "failed"}) {
            const Reply r = ogGet("/reseller/orders?status=" + QByteArray(status));
            QCOMPARE(r.status, 200);
            for (const QJsonValue& o : r.array())
                QCOMPARE(o[u"status"].toString(), QString::fromLatin1(status));
            total += int(r.array().size());
        }
        QCOMPARE(total, 600);
    }

    void offerGridList_unknownStatus_answers400WithMessageList()
    {
        const Reply r = ogGet("/reseller/orders?status=shipped");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"statusCode").toInt(), 400);
        QCOMPARE(r.object().value(u"error").toString(), u"Bad Request"_s);
        QVERIFY(r.object().value(u"message").toArray().first().toString().startsWith(u"status must be one of"_s));
    }

    void cancel_offerGridRules_data()
    {
        QTest::addColumn<QString>("orderStatus");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("itemsAfter"); // empty: refused
        QTest::addColumn<QByteArray>("refusal");
        const QByteArray accepted = "Order cannot be cancelled: a provider has already accepted it";
        const QByteArray status = "Order cannot be cancelled in its current status";
        const QStringList cancelled{u"cancelled"_s, u"cancelled"_s};
        QTest::newRow("pending") << u"pending"_s << QStringList{u"pending"_s, u"pending"_s} << cancelled
                                 << QByteArray();
        QTest::newRow("submitted") << u"submitted"_s
                                   << QStringList{u"submitted_to_provider"_s, u"submitted_to_provider"_s} << cancelled
                                   << QByteArray();
        QTest::newRow("submitted_to_provider")
            << u"submitted_to_provider"_s << QStringList{u"submitted_to_provider"_s, u"pending"_s} << cancelled
            << QByteArray();
        QTest::newRow("rejected + pending") << u"pending"_s << QStringList{u"rejected"_s, u"pending"_s}
                                            << QStringList{u"rejected"_s, u"cancelled"_s} << QByteArray();
        QTest::newRow("failed + submitted") << u"submitted"_s << QStringList{u"failed"_s, u"submitted_to_provider"_s}
                                            << QStringList{u"failed"_s, u"cancelled"_s} << QByteArray();
        QTest::newRow("cancelled item + pending")
            << u"pending"_s << QStringList{u"pending"_s, u"cancelled"_s} << cancelled << QByteArray();
        for (const char* s : {"accepted", "scheduled", "in_progress", "active", "completed"}) {
            QTest::addRow("%s + pending", s)
                << u"pending"_s << QStringList{QString::fromLatin1(s), u"pending"_s} << QStringList() << accepted;
        }
        QTest::newRow("accepted + rejected, order accepted")
            << u"accepted"_s << QStringList{u"accepted"_s, u"rejected"_s} << QStringList() << accepted;
        QTest::newRow("unknown item status + pending")
            << u"pending"_s << QStringList{u"on_hold"_s, u"pending"_s} << QStringList() << status;
        QTest::newRow("item `submitted` (no item status)")
            << u"submitted"_s << QStringList{u"submitted"_s, u"pending"_s} << QStringList() << status;
        for (const char* s : {"rejected", "failed"}) {
            QTest::addRow("order %s", s) << QString::fromLatin1(s)
                                         << QStringList{QString::fromLatin1(s), QString::fromLatin1(s)} << QStringList()
                                         << status;
        }
        QTest::newRow("unknown order status")
            << u"paused"_s << QStringList{u"pending"_s, u"pending"_s} << QStringList() << status;
        QTest::newRow("order cancelled") << u"cancelled"_s << QStringList{u"cancelled"_s, u"rejected"_s}
                                         << QStringList() << QByteArray("Order is already cancelled");
    }

    void cancel_offerGridRules()
    {
        QFETCH(QString, orderStatus);
        QFETCH(QStringList, items);
        QFETCH(QStringList, itemsAfter);
        QFETCH(QByteArray, refusal);
        const QString id = ogOrderInState(orderStatus, items);
        QVERIFY(!id.isEmpty());
        QCOMPARE(itemStatuses(ogGet("/reseller/orders/" + encode(id)).object()), items);
        const QByteArray before = server()->orderJson(OG, id);
        const Reply r = ogCancel(id, reasonBody(u"Duplicate order"_s));
        verifyFraming(r);
        QCOMPARE(server()->cancelRequests(OG, id), 1);
        if (!itemsAfter.isEmpty()) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, server()->orderJson(OG, id));
            QCOMPARE(r.object().value(u"status").toString(), u"cancelled"_s);
            QCOMPARE(itemStatuses(r.object()), itemsAfter);
            const QJsonArray history = r.object().value(u"history").toArray();
            QCOMPARE(history.last()[u"status"].toString(), u"cancelled"_s);
            QVERIFY(history.last()[u"notes"].toString().contains(u"Duplicate order"_s));
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body, R"({"statusCode":400,"message":")" + refusal + R"(","error":"Bad Request"})");
            QCOMPARE(server()->orderJson(OG, id), before);
        }
    }

    void cancel_successfulOfferGrid_persistsAndSecondCancelIsAlreadyCancelled()
    {
        const QString id = take(OG, [](const QJsonObject& o) {
            const QStringList items = itemStatuses(o);
            return isOpen(o[u"status"].toString()) && std::all_of(items.cbegin(), items.cend(), isOpen);
        });
        QCOMPARE(ogCancel(id).status, 200);
        QCOMPARE(ogGet("/reseller/orders/" + encode(id)).object().value(u"status").toString(), u"cancelled"_s);
        const Reply again = ogCancel(id, reasonBody(u"again"_s));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body,
                 QByteArray(R"({"statusCode":400,"message":"Order is already cancelled","error":"Bad Request"})"));
        QCOMPARE(server()->cancelRequests(OG, id), 2);
        QCOMPARE(server()->lastCancelReason(OG, id), u"again"_s);
    }

    void cancel_offerGridReasonOver1000Characters_answers400WithTheValidatorsWords()
    {
        const QString id = u"og/2024/001"_s;
        const QByteArray before = server()->orderJson(OG, id);
        const Reply r = ogCancel(id, reasonBody(QString(1001, u'é')));
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.body,
            QByteArray(
                R"({"statusCode":400,"message":["reason must be shorter than or equal to 1000 characters"],"error":"Bad Request"})"));
        QCOMPARE(server()->orderJson(OG, id), before);
    }

    void cancel_offerGridBodyNotJson_answers400WithMessageList()
    {
        const QString id = u"og/2024/001"_s;
        const QByteArray before = server()->orderJson(OG, id);
        const Reply r = ogCancel(id, "reason=because", "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(u"message").isArray());
        QCOMPARE(ogCancel(id, "{oops", "application/json").status, 400);
        QCOMPARE(server()->orderJson(OG, id), before);
    }

    void cancel_unknownOfferGridId_answers404()
    {
        const Reply r = ogCancel(u"og-missing"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(
            r.body,
            QByteArray(
                R"({"statusCode":404,"message":"Order not found or does not belong to your team","error":"Not Found"})"));
    }

    void setOfferGridStatus_behindTheClient_blocksTheCancel()
    {
        const QString id = take(OG, [](const QJsonObject& o) {
            const QStringList items = itemStatuses(o);
            return o[u"status"].toString() == u"pending" && std::all_of(items.cbegin(), items.cend(), isOpen);
        });
        QStringList items = itemStatuses(serverOrder(OG, id));
        QVERIFY(!server()->setOfferGridStatus(id, u"accepted"_s, items + QStringList{u"pending"_s}));
        items[0] = u"accepted"_s;
        QVERIFY(server()->setOfferGridStatus(id, u"accepted"_s, items));
        QCOMPARE(itemStatuses(ogGet("/reseller/orders/" + encode(id)).object()), items);
        QCOMPARE(ogCancel(id).status, 400);
        QVERIFY(!server()->setOfferGridStatus(u"og-unknown"_s, u"pending"_s));
    }

    // ---- OfferGrid's strict body (a NestJS whitelisting server) -----------------------------------

    void cancel_offerGridStrictBody_refusesTheReasonThenCancelsOnceWithoutBody()
    {
        SandboxFaults f;
        f.strictBody = true;
        server()->setFaults(OG, f);
        const QString id = take(OG, ogPageAllows);
        QVERIFY(!id.isEmpty());
        const QByteArray before = server()->orderJson(OG, id);

        const Reply refused = ogCancel(id, reasonBody(u"Duplicate order"_s));
        QCOMPARE(refused.status, 400);
        verifyFraming(refused);
        QCOMPARE(
            refused.body,
            QByteArray(R"({"statusCode":400,"message":["property reason should not exist"],"error":"Bad Request"})"));
        QCOMPARE(server()->orderJson(OG, id), before); // nothing applied
        QCOMPARE(server()->cancelRequests(OG, id), 1); // but the request is counted

        const Reply done = ogCancel(id); // no body at all
        QCOMPARE(done.status, 200);
        QCOMPARE(done.object().value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(server()->cancelRequests(OG, id), 2);
        QCOMPARE(server()->lastCancelReason(OG, id), QString());
        const QJsonObject after = serverOrder(OG, id);
        QCOMPARE(historyEntries(after, u"cancelled"_s), historyEntries(parseObject(before), u"cancelled"_s) + 1);
        QCOMPARE(after.value(u"history").toArray().size(), parseObject(before).value(u"history").toArray().size() + 1);
        QVERIFY(server()->faults(OG).strictBody); // a mode: requests do not use it up
    }

    void cancel_offerGridStrictBody_namesEveryPropertyItRefuses()
    {
        SandboxFaults f;
        f.strictBody = true;
        server()->setFaults(OG, f);
        const QString id = take(OG, ogPageAllows);
        QVERIFY(!id.isEmpty());
        const QByteArray before = server()->orderJson(OG, id);
        const Reply r = ogCancel(id, R"({"reason":"x","notifyCustomer":true})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(), (QJsonObject{{u"statusCode"_s, 400},
                                          {u"message"_s, QJsonArray{u"property notifyCustomer should not exist"_s,
                                                                    u"property reason should not exist"_s}},
                                          {u"error"_s, u"Bad Request"_s}}));
        // Too long a reason is still no property it takes.
        QCOMPARE(ogCancel(id, reasonBody(QString(1001, u'x'))).object().value(u"message").toArray(),
                 (QJsonArray{u"property reason should not exist"_s}));
        QCOMPARE(server()->orderJson(OG, id), before);
    }

    void cancel_offerGridStrictBody_takesAnEmptyObject()
    {
        SandboxFaults f;
        f.strictBody = true;
        server()->setFaults(OG, f);
        const QString id = take(OG, ogPageAllows);
        QVERIFY(!id.isEmpty());
        const Reply r = ogCancel(id, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"status").toString(), u"cancelled"_s);
    }

    void cancel_offerGridNotStrict_takesTheReason()
    {
        QVERIFY(!server()->faults(OG).strictBody); // the default
        const QString id = take(OG, ogPageAllows);
        QVERIFY(!id.isEmpty());
        const Reply r = ogCancel(id, reasonBody(u"Customer moved away"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(server()->lastCancelReason(OG, id), u"Customer moved away"_s);
        QCOMPARE(r.object().value(u"history").toArray().last()[u"notes"].toString(),
                 u"Cancelled by the reseller: Customer moved away"_s);
    }

    void commandLine_offerGridStrictBody_byOptionOrFault_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("strict");
        QTest::newRow("default") << QStringList() << false;
        QTest::newRow("option") << QStringList{u"--offergrid-strict-body"_s} << true;
        QTest::newRow("fault on") << QStringList{u"--fault"_s, u"offergrid:strict-body=1"_s} << true;
        QTest::newRow("fault with others") << QStringList{u"--fault"_s, u"offergrid:latency=5,strict-body=1"_s} << true;
        QTest::newRow("fault off") << QStringList{u"--fault"_s, u"offergrid:strict-body=0"_s} << false;
    }

    void commandLine_offerGridStrictBody_byOptionOrFault()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, strict);
        QString error;
        const std::optional<SandboxCommandLine> parsed =
            parseSandboxCommandLine(QStringList{u"orderdesk-sandbox"_s} + arguments, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->offerGridFaults.strictBody, strict);
        QVERIFY(!parsed->flexPortalFaults.strictBody);
    }

    void commandLine_strictBody_badUsesAreRefusedAndHelpTellsIt()
    {
        QString error;
        QVERIFY(
            !parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--fault"_s, u"flexportal:strict-body=1"_s}, &error));
        QVERIFY2(error.contains(u"strict-body"_s), qPrintable(error));
        QVERIFY(!parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--fault"_s, u"offergrid:strict-body=2"_s}, &error));
        QVERIFY2(error.contains(u"strict-body"_s), qPrintable(error));
        const std::optional<SandboxCommandLine> help =
            parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--help"_s}, &error);
        QVERIFY(help && help->helpRequested);
        QVERIFY(help->helpText.contains(u"--offergrid-strict-body"_s));
        QVERIFY(help->helpText.contains(u"strict-body=1"_s));
        QVERIFY(help->helpText.contains(u"property reason should not"_s));
    }

    void commandLine_rateLimit_setsBothPlatformsAndHelpTellsIt()
    {
        QString error;
        const std::optional<SandboxCommandLine> parsed =
            parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--rate-limit"_s, u"20"_s}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->flexPortalFaults.rateLimitPerSecond, 20);
        QCOMPARE(parsed->offerGridFaults.rateLimitPerSecond, 20);
        const std::optional<SandboxCommandLine> one =
            parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--fault"_s, u"offergrid:rate-limit=3"_s}, &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->offerGridFaults.rateLimitPerSecond, 3);
        QCOMPARE(one->flexPortalFaults.rateLimitPerSecond, 0);
        QVERIFY(!parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--rate-limit"_s, u"-1"_s}, &error));
        const std::optional<SandboxCommandLine> help =
            parseSandboxCommandLine({u"orderdesk-sandbox"_s, u"--help"_s}, &error);
        QVERIFY(help && help->helpText.contains(u"--rate-limit"_s));
    }

    void rateLimit_cancelsBeyondNPerSecondPerKey_answer429InEachPlatformsShape_readsAreFree()
    {
        SandboxFaults f;
        f.rateLimitPerSecond = 2;
        server()->setFaults(FP, f);
        server()->setFaults(OG, f);
        // Unknown ids: each cancel counts against the limit before it is routed; within a second at most 2 pass.
        for (const bool flexPortal : {true, false}) {
            Reply limited;
            int passed = 0;
            for (int i = 0; i < 10 && limited.status != 429; ++i) {
                const QString id = u"no-such-order-rl-%1"_s.arg(i);
                limited = flexPortal ? fpCancel(id, reasonBody(u"x"_s)) : ogCancel(id, reasonBody(u"x"_s));
                if (limited.status != 429)
                    ++passed;
            }
            QCOMPARE(limited.status, 429);
            QVERIFY2(passed >= 2 && passed <= 4, qPrintable(QString::number(passed))); // 2 per window
            verifyFraming(limited);
            if (flexPortal) {
                QCOMPARE(limited.header("retry-after"), QByteArray("1"));
                QCOMPARE(limited.errorCode(), u"RATE_LIMITED"_s);
                QCOMPARE(fpGet("/v1/orders?limit=1").status, 200); // reads are not limited
            } else {
                QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("2"));
                QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
                QVERIFY(limited.header("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch() - 1);
                QCOMPARE(parseObject(limited.body).value(u"retryAfter"_s).toInt(), 1);
                QCOMPARE(ogGet("/reseller/orders").status, 200);
            }
        }
        // The rate limit is a mode: it stays until set off.
        QCOMPARE(server()->faults(FP).rateLimitPerSecond, 2);
    }

    // ---- faults --------------------------------------------------------------------------------

    void fault_latency_delaysOnlyThatPlatformWithoutBlockingTheServer()
    {
        SandboxFaults f;
        f.latencyMs = 700;
        server()->setFaults(FP, f);
        QNetworkRequest slowRequest(QUrl::fromEncoded(m_sandbox->baseUrl().toEncoded() + "/v1/orders?limit=1"));
        slowRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto& [name, value] : fpAuth())
            slowRequest.setRawHeader(name, value);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply* slow = m_network.get(slowRequest);
        QSignalSpy slowDone(slow, &QNetworkReply::finished);
        const Reply fast = ogGet("/reseller/orders/" + encode(u"og#42"_s)); // answered while FlexPortal waits
        QCOMPARE(fast.status, 200);
        QVERIFY(slowDone.isEmpty());
        QVERIFY(slowDone.wait(5000));
        QVERIFY(clock.elapsed() >= 700);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        slow->deleteLater();
    }

    void fault_serverErrors_answer503HtmlThenRecover_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("flexportal") << FP;
        QTest::newRow("offergrid") << OG;
    }

    void fault_serverErrors_answer503HtmlThenRecover()
    {
        QFETCH(Platform, platform);
        SandboxFaults f;
        f.serverErrors = 2;
        server()->setFaults(platform, f);
        const QByteArray path = platform == FP ? "/v1/orders?limit=1" : "/reseller/orders?status=active";
        const int before = server()->requestCount(platform);
        for (int i = 0; i < 2; ++i) {
            const Reply r = platform == FP ? fpGet(path) : ogGet(path);
            QCOMPARE(r.status, 503);
            verifyFraming(r);
            QVERIFY(r.body.contains("<html>"));
        }
        QCOMPARE((platform == FP ? fpGet(path) : ogGet(path)).status, 200);
        QCOMPARE(server()->requestCount(platform) - before, 3);
        QCOMPARE(server()->faults(platform).serverErrors, 0);
    }

    void fault_rateLimits_flexPortalAnswers429WithRetryAfterAndEnvelope()
    {
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 17;
        server()->setFaults(FP, f);
        const Reply r = fpGet("/v1/orders/" + encode(u"ord#42"_s));
        QCOMPARE(r.status, 429);
        verifyFraming(r);
        QCOMPARE(r.header("retry-after"), QByteArray("17"));
        QCOMPARE(r.errorCode(), u"RATE_LIMITED"_s);
        QCOMPARE(fpGet("/v1/orders/" + encode(u"ord#42"_s)).status, 200);
    }

    void fault_rateLimits_offerGridAnswers429WithBodyAndRateLimitHeaders()
    {
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 60;
        server()->setFaults(OG, f);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const Reply r = ogGet("/reseller/orders?status=pending");
        QCOMPARE(r.status, 429);
        QCOMPARE(
            r.body,
            QByteArray(
                R"({"statusCode":429,"message":"Too many requests","error":"Too Many Requests","retryAfter":60})"));
        QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("100"));
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
        const qint64 reset = r.header("x-ratelimit-reset").toLongLong();
        QVERIFY(reset >= now + 59 && reset <= now + 62);
        const Reply ok = ogGet("/reseller/orders?status=pending");
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("x-ratelimit-remaining").toInt() >= 0);
        QVERIFY(ok.header("x-ratelimit-reset").toLongLong() > now);
    }

    void fault_dropAfterCancel_closesWithoutAnswerAndTheCancelIsApplied_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("flexportal") << FP;
        QTest::newRow("offergrid") << OG;
    }

    void fault_dropAfterCancel_closesWithoutAnswerAndTheCancelIsApplied()
    {
        QFETCH(Platform, platform);
        const QString id =
            platform == FP
                ? take(FP,
                       [](const QJsonObject& o) {
                           return o.value(u"status").toString() == u"pending" && rented(o) == 0;
                       })
                : take(OG, [](const QJsonObject& o) {
                      const QStringList items = itemStatuses(o);
                      return isOpen(o[u"status"].toString()) && std::all_of(items.cbegin(), items.cend(), isOpen);
                  });
        QVERIFY(!id.isEmpty());
        SandboxFaults f;
        f.dropAfterCancel = 1;
        server()->setFaults(platform, f);

        RawConnection raw(port());
        QVERIFY(raw.isConnected());
        const QByteArray body = R"({"reason":"dropped"})";
        const QByteArray auth =
            platform == FP ? QByteArray("Authorization: Bearer sandbox-flexportal-key\r\nTenant-ID: sandbox-tenant\r\n")
                           : QByteArray("x-api-key: sandbox-offergrid-key\r\n");
        raw.write((platform == FP ? "POST /v1/orders/" : "PATCH /reseller/orders/") + encode(id) +
                  "/cancel HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth +
                  "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                  body);
        QVERIFY(raw.waitForClose());
        QCOMPARE(raw.received(), QByteArray()); // not a single byte of a response
        QCOMPARE(serverOrder(platform, id).value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(server()->cancelRequests(platform, id), 1);
        QCOMPARE(server()->faults(platform).dropAfterCancel, 0);
    }

    void fault_truncatedPages_giveCompleteHttpWithHalfTheJson_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("flexportal") << FP;
        QTest::newRow("offergrid") << OG;
    }

    void fault_truncatedPages_giveCompleteHttpWithHalfTheJson()
    {
        QFETCH(Platform, platform);
        const QByteArray path = platform == FP ? "/v1/orders?limit=100" : "/reseller/orders";
        const Reply whole = platform == FP ? fpGet(path) : ogGet(path);
        SandboxFaults f;
        f.truncatedPages = 1;
        server()->setFaults(platform, f);
        // A get of one order is no page: it is not cut, and the fault waits for the list.
        QCOMPARE((platform == FP ? fpGet("/v1/orders/ord%2342") : ogGet("/reseller/orders/og%2342")).status, 200);
        const Reply cut = platform == FP ? fpGet(path) : ogGet(path);
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.error, QNetworkReply::NoError);
        QCOMPARE(cut.header("content-length").toLongLong(), cut.body.size());
        QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
        QJsonParseError error;
        QJsonDocument::fromJson(cut.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE((platform == FP ? fpGet(path) : ogGet(path)).body, whole.body);
    }

    void fault_stall_sendsHeadersAndPartOfTheBodyThenNothing()
    {
        SandboxFaults f;
        f.stallMs = 3000;
        server()->setFaults(FP, f);
        const QByteArray whole = server()->orderJson(FP, u"ord#42"_s);
        RawConnection raw(port());
        raw.write("GET /v1/orders/ord%2342 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sandbox-flexportal-key\r\n"
                  "Tenant-ID: sandbox-tenant\r\n\r\n");
        const QByteArray early = raw.readFor(600);
        QVERIFY(early.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(early.contains("Content-Length: " + QByteArray::number(whole.size()) + "\r\n"));
        const QByteArray bodySoFar = early.mid(early.indexOf("\r\n\r\n") + 4);
        QVERIFY(!bodySoFar.isEmpty());
        QVERIFY(bodySoFar.size() < whole.size());
        QVERIFY(whole.startsWith(bodySoFar));
        QCOMPARE(server()->faults(FP).stallMs, 0); // only the next response stalls
    }

    void fault_stall_makesAClientTimeOut()
    {
        SandboxFaults f;
        f.stallMs = 4000;
        server()->setFaults(OG, f);
        const Reply r = send("GET", "/reseller/orders/og%2342", ogAuth(), {}, {}, 300);
        QVERIFY(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
        QVERIFY(r.elapsedMs < 3000);
        QCOMPARE(ogGet("/reseller/orders/og%2342").status, 200);
    }

    // ---- HTTP/1.1 ------------------------------------------------------------------------------

    void keepAlive_manySequentialRequests_shareOneConnection()
    {
        RawConnection raw(port());
        int before = -1;
        for (int i = 0; i < 50; ++i) {
            raw.write("GET /v1/orders?limit=3 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sandbox-flexportal-key\r\n"
                      "Tenant-ID: sandbox-tenant\r\n\r\n");
            const RawResponse r = raw.read();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("connection"), QByteArray("keep-alive"));
            QCOMPARE(r.headers.value("content-length").toLongLong(), r.body.size());
            if (i == 0)
                before = server()->acceptedConnections(); // this connection is surely accepted by now
        }
        QVERIFY(raw.isConnected());
        QCOMPARE(server()->acceptedConnections(), before);

        // QNetworkAccessManager reuses its connection as well.
        fpGet("/v1/orders?limit=1");
        const int afterFirst = server()->acceptedConnections();
        for (int i = 0; i < 30; ++i)
            QCOMPARE(fpGet("/v1/orders?limit=1").status, 200);
        QCOMPARE(server()->acceptedConnections(), afterFirst);
    }

    void pipelinedRequests_areAnsweredInOrder()
    {
        RawConnection raw(port());
        const QByteArray head = "Host: x\r\nx-api-key: sandbox-offergrid-key\r\n\r\n";
        raw.write("GET /reseller/orders/og%2342 HTTP/1.1\r\n" + head + "GET /reseller/orders/og%3Fx%3D1 HTTP/1.1\r\n" +
                  head);
        QCOMPARE(raw.read().body, server()->orderJson(OG, u"og#42"_s));
        QCOMPARE(raw.read().body, server()->orderJson(OG, u"og?x=1"_s));
    }

    void connectionClose_isHonoured()
    {
        RawConnection raw(port());
        raw.write("GET /reseller/orders/og%2342 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                  "x-api-key: sandbox-offergrid-key\r\n\r\n");
        const RawResponse r = raw.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));
        QVERIFY(raw.waitForClose());
    }

    void http10WithoutKeepAlive_isClosedAfterTheAnswer()
    {
        RawConnection raw(port());
        raw.write("GET /reseller/orders/og%2342 HTTP/1.0\r\nx-api-key: sandbox-offergrid-key\r\n\r\n");
        QCOMPARE(raw.read().status, 200);
        QVERIFY(raw.waitForClose());
    }

    void h2cUpgradeOffer_isAnsweredInHttp11()
    {
        RawConnection raw(port());
        raw.write("GET /v1/orders?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                  "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n"
                  "Authorization: Bearer sandbox-flexportal-key\r\nTenant-ID: sandbox-tenant\r\n\r\n");
        const RawResponse r = raw.read();
        QCOMPARE(r.statusLine, QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(!r.headers.contains("upgrade"));
        QVERIFY(raw.isConnected());

        // And QNetworkAccessManager with HTTP/2 allowed (its default) gets its answer.
        QNetworkRequest request(QUrl::fromEncoded(m_sandbox->baseUrl().toEncoded() + "/reseller/orders/og%2342"));
        request.setRawHeader("x-api-key", "sandbox-offergrid-key");
        QNetworkReply* reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), server()->orderJson(OG, u"og#42"_s));
        reply->deleteLater();
    }

    void oversizedRequest_answers413AndCloses()
    {
        RawConnection raw(port());
        raw.write("POST /v1/orders/ord_x/cancel HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 5000000\r\n\r\n");
        const RawResponse r = raw.read();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));
        QVERIFY(raw.waitForClose());
        QCOMPARE(server()->cancelRequests(FP, u"ord_x"_s), 0);
    }

    void endlessHeaders_answer431AndClose()
    {
        RawConnection raw(port());
        raw.write("GET /v1/orders HTTP/1.1\r\nX-Padding: " + QByteArray(100 * 1024, 'a'));
        QCOMPARE(raw.read().status, 431);
        QVERIFY(raw.waitForClose());
    }

    void chunkedRequestBody_answers411()
    {
        RawConnection raw(port());
        raw.write("POST /v1/orders/ord_x/cancel HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "2\r\n{}\r\n0\r\n\r\n");
        QCOMPARE(raw.read().status, 411);
        QVERIFY(raw.waitForClose());
    }

    void malformedRequests_answer400_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no version") << QByteArray("GET /v1/orders\r\n\r\n");
        QTest::newRow("bad escape") << QByteArray("GET /v1/orders/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("bad header") << QByteArray("GET /v1/orders HTTP/1.1\r\nNo colon here\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("POST /v1/orders HTTP/1.1\r\nContent-Length: ten\r\n\r\n");
    }

    void malformedRequests_answer400()
    {
        QFETCH(QByteArray, request);
        RawConnection raw(port());
        raw.write(request);
        QCOMPARE(raw.read().status, 400);
        QVERIFY(raw.waitForClose());
    }

    void requestBodyWithExpectContinue_getsAnInterimAnswer()
    {
        RawConnection raw(port());
        const QByteArray body = R"({"reason":"continue"})";
        raw.write(
            "POST /v1/orders/ord_nope/cancel HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sandbox-flexportal-key\r\n"
            "Tenant-ID: sandbox-tenant\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n");
        QCOMPARE(raw.read().status, 100);
        raw.write(body);
        QCOMPARE(raw.read().status, 404);
    }

    // ---- size ----------------------------------------------------------------------------------

    void offerGridList_of20000Orders_parsesAsAnArrayOfThatSize()
    {
        SandboxConfig config;
        config.flexPortalOrders = 0;
        config.offerGridOrders = 20000;
        SandboxThread big(config);
        QVERIFY(big.start());
        const Reply r = send("GET", "/reseller/orders", ogAuth(), {}, big.baseUrl());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-length").toLongLong(), r.body.size());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 20000);
        QCOMPARE(big.server()->orderIds(OG).size(), 20000);
    }

    void requestCount_countsEveryRequestOfItsPlatform()
    {
        const int fp = server()->requestCount(FP);
        const int og = server()->requestCount(OG);
        fpGet("/v1/orders?limit=1");
        get("/v1/orders", {}); // refused requests count too
        ogGet("/reseller/orders/og%2342");
        QCOMPARE(server()->requestCount(FP) - fp, 2);
        QCOMPARE(server()->requestCount(OG) - og, 1);
        QCOMPARE(server()->orderJson(FP, u"ord_unknown"_s), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
