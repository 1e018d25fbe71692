#pragma once

// What each fuzz target does with one input, shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp,
// built with clang) and by tst_fuzzregressions (the main build), which replays every saved input
// under tests/fuzz/regressions/<target>/. Every function returns false when an invariant breaks;
// crashes and undefined behaviour are the sanitizers' to report.
#include "api/account.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/knownorders.h"
#include "api/offergrid/offergriddecoder.h"
#include "domain/apierror.h"
#include "domain/cancellationpolicy.h"
#include "domain/order.h"
#include "history/cancelattempt.h"
#include "history/historyexport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <type_traits>

namespace OrderDesk::Fuzz {

// Everything the rest of the application derives from a decoded order, so those paths are fuzzed too,
// and what a decoded order promises: an id, a known platform's rules met, times in UTC, a verdict
// that explains every refusal.
inline bool utcOrInvalid(const QDateTime& t)
{
    return !t.isValid() || t.timeSpec() == Qt::UTC;
}

inline bool check(const Order& o)
{
    (void)stageKey(o.stage());
    (void)stageName(o.stage());
    (void)o.progress();
    (void)o.providerProgress();
    (void)o.customerDisplayName();
    (void)o.billingAddress->toMultiLineText();
    (void)o.shippingAddress->toMultiLineText();
    bool ok = !o.id.isEmpty();
    if (o.platform == Platform::FlexPortal)
        ok = ok && !o.status.isEmpty() && o.rentalProgress.done >= 0 && o.rentalProgress.total >= 0;
    else
        ok = ok && !(o.status.isEmpty() && o.lines.isEmpty());
    for (const QDateTime& t : {o.createdAt, o.updatedAt, o.shippedAt})
        ok = ok && utcOrInvalid(t);
    for (const OrderLine& line : o.lines) {
        const Progress p = line.rentalProgress();
        ok = ok && p.done <= p.total;
        ok = ok && utcOrInvalid(line.offerGrid().scheduledFor);
    }
    const CancelVerdict verdict = CancellationPolicy::evaluate(o);
    ok = ok && verdict.allowed == verdict.explanation.isEmpty();
    const Order copy = o;
    return ok && copy == o;
}

inline bool check(const ApiError& e)
{
    (void)e.kindKey();
    (void)e.isTransient();
    return !e.userMessage().isEmpty();
}

template <typename T> bool check(const Result<T>& r)
{
    if (!r.ok())
        return check(r.error()) && r.error().kind == ApiError::Kind::Protocol;
    bool ok = true;
    if constexpr (std::is_same_v<T, Order>) {
        ok = check(r.value());
    } else if constexpr (std::is_same_v<T, FlexPortalPage>) {
        const FlexPortalPage& page = r.value();
        ok = page.hasMore == !page.nextCursor.isEmpty(); // no cursor ends the list, and a cursor means more
        for (const Order& o : page.orders)
            ok = check(o) && ok;
    } else {
        for (const Order& o : r.value())
            ok = check(o) && ok;
    }
    return ok;
}

// An error body comes with a status; the input's length picks one, so that the body's bytes stay the
// fixture's bytes (a seed of valid JSON stays valid JSON) and every status the decoders tell apart is met.
inline int statusFor(const QByteArray& body)
{
    static constexpr std::array<int, 17> statuses{400, 401, 403, 404, 408, 409, 422, 429,       500,
                                                  502, 503, 504, 418, 599, 0,   -1,  2147483647};
    return statuses[size_t(body.size()) % statuses.size()];
}

// --- the fast list decoding (simdjson) against the QJsonDocument path ---------------------------

// Order::operator== compares instants only; the fast path must also give them in UTC.
inline bool timesInUtc(const Order& o)
{
    bool ok = true;
    for (const QDateTime& t : {o.createdAt, o.updatedAt, o.shippedAt})
        ok = ok && utcOrInvalid(t);
    for (const OrderLine& line : o.lines)
        ok = ok && utcOrInvalid(line.offerGrid().scheduledFor);
    return ok;
}

// And -0.0 == 0.0, yet a reader sees "-0.00": the amounts' signs must match as well.
inline bool sameSigns(const Order& a, const Order& b)
{
    const auto sign = [](const std::optional<double>& d) { return d && std::signbit(*d); };
    bool ok = sign(a.totals.subtotal) == sign(b.totals.subtotal) && sign(a.totals.tax) == sign(b.totals.tax) &&
              sign(a.totals.total) == sign(b.totals.total) && sign(a.payment.paidAmount) == sign(b.payment.paidAmount);
    for (qsizetype i = 0; i < std::min(a.lines.size(), b.lines.size()); ++i) {
        ok = ok && sign(a.lines.at(i).unitPrice) == sign(b.lines.at(i).unitPrice) &&
             sign(a.lines.at(i).contractMonths) == sign(b.lines.at(i).contractMonths);
    }
    return ok;
}

inline bool sameOrders(const QList<Order>& fast, const QList<Order>& full)
{
    bool ok = fast == full;
    for (qsizetype i = 0; ok && i < fast.size(); ++i)
        ok = timesInUtc(fast.at(i)) && sameSigns(fast.at(i), full.at(i));
    return ok;
}

inline bool samePage(const FlexPortalPage& fast, const FlexPortalPage& full)
{
    return fast.hasMore == full.hasMore && fast.nextCursor == full.nextCursor && sameOrders(fast.orders, full.orders);
}

// The fast path may give up on any body, never differ: where it gives a value the QJsonDocument path
// succeeds with an equal one, and the public decoder gives that value, or the full path's very error.
template <typename T, typename Same>
bool fastAgrees(const std::optional<T>& fast, const Result<T>& full, const Result<T>& decoded, Same same)
{
    if (fast && !(full.ok() && same(*fast, full.value())))
        return false;
    if (full.ok() != decoded.ok())
        return false;
    return decoded.ok() ? same(decoded.value(), full.value()) : decoded.error().message == full.error().message;
}

// A list read with fingerprints (api/knownorders.h) is the list read without them, each order with
// a fingerprint; read again given those fingerprints, it is markers only, each with its order's id.
inline bool markersAgree(const QList<Order>& plain, const std::optional<QList<Order>>& printed,
                         const std::optional<QList<Order>>& again)
{
    if (!printed || !again || *printed != plain || again->size() != plain.size())
        return false;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const Order& p = printed->at(i);
        const Order& a = again->at(i);
        if (p.listFingerprint == 0 || p.unchangedSinceListed || !a.unchangedSinceListed ||
            a.listFingerprint != p.listFingerprint || a.id != p.id)
            return false;
    }
    return true;
}

inline KnownOrders knownFrom(const QList<Order>& orders)
{
    KnownOrders known;
    for (const Order& o : orders)
        known.insert(o.listFingerprint, o.id);
    return known;
}

inline bool flexPortalPage(const QByteArray& input)
{
    (void)FlexPortalDecoder::peekNextCursor(input); // the hand-written look-ahead gets the same bytes
    const Result<FlexPortalPage> decoded = FlexPortalDecoder::decodePage(input);
    const std::optional<FlexPortalPage> fast = FlexPortalDecoder::decodePageFast(input);
    const bool agrees = fastAgrees(fast, FlexPortalDecoder::decodePageQJson(input), decoded, samePage);
    bool marks = true;
    if (fast) {
        const auto orders = [](const std::optional<FlexPortalPage>& page) {
            return page ? std::optional<QList<Order>>(page->orders) : std::nullopt;
        };
        const KnownOrders none;
        const std::optional<FlexPortalPage> printed = FlexPortalDecoder::decodePageFast(input, &none);
        const KnownOrders known = printed ? knownFrom(printed->orders) : KnownOrders();
        marks = markersAgree(fast->orders, orders(printed), orders(FlexPortalDecoder::decodePageFast(input, &known)));
    }
    return check(decoded) && agrees && marks;
}

inline bool flexPortalOrder(const QByteArray& input)
{
    return check(FlexPortalDecoder::decodeOrder(input));
}

inline bool flexPortalError(const QByteArray& input)
{
    const ApiError e = FlexPortalDecoder::decodeError(statusFor(input), input);
    return check(e) && e.httpStatus == statusFor(input);
}

inline bool offerGridList(const QByteArray& input)
{
    const Result<QList<Order>> decoded = OfferGridDecoder::decodeList(input);
    const std::optional<QList<Order>> fast = OfferGridDecoder::decodeListFast(input);
    const bool agrees = fastAgrees(fast, OfferGridDecoder::decodeListQJson(input), decoded, sameOrders);
    bool marks = true;
    if (fast) {
        const KnownOrders none;
        const std::optional<QList<Order>> printed = OfferGridDecoder::decodeListFast(input, &none);
        const KnownOrders known = printed ? knownFrom(*printed) : KnownOrders();
        marks = markersAgree(*fast, printed, OfferGridDecoder::decodeListFast(input, &known));
    }
    return check(decoded) && agrees && marks;
}

inline bool offerGridOrder(const QByteArray& input)
{
    return check(OfferGridDecoder::decodeOrder(input));
}

inline bool offerGridError(const QByteArray& input)
{
    const ApiError e = OfferGridDecoder::decodeError(statusFor(input), input);
    if (!check(e))
        return false;
    if (e.retryAfterSeconds && (*e.retryAfterSeconds < 0 || *e.retryAfterSeconds > 86400))
        return false; // the decoder promises a wait between nothing and a day
    return e.httpStatus == statusFor(input);
}

inline bool accountsFile(const QByteArray& input)
{
    using namespace Qt::Literals::StringLiterals;
    const Result<QList<Account>> accounts = Accounts::parseFile(input, u"accounts.json"_s);
    if (!accounts.ok()) {
        return check(accounts.error()) && accounts.error().kind == ApiError::Kind::Configuration;
    }
    for (const Account& a : accounts.value()) {
        (void)a.secretVariable();
        (void)a.displayLabel();
        if (!Accounts::validate(a).isEmpty())
            return false; // parseFile only returns accounts that pass validate()
    }
    return true;
}

// --- history CSV export ---------------------------------------------------------------------------

// A strict RFC 4180 reader over the exporter's bytes: fields split by commas, records ended by CRLF,
// quoted fields with doubled quotes; a quote inside an unquoted field, a bare CR or LF, text after a
// closing quote or a missing final CRLF is no CSV at all (nullopt).
inline std::optional<QList<QList<QByteArray>>> parseRfc4180(QByteArrayView csv)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    qsizetype i = 0;
    const qsizetype n = csv.size();
    while (i < n) {
        QByteArray field;
        if (csv[i] == '"') {
            field.reserve(n - i);
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt; // unterminated quoted field
                if (csv[i] == '"') {
                    if (i + 1 < n && csv[i + 1] == '"') {
                        field += '"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += csv[i];
            }
        } else {
            const qsizetype start = i;
            while (i < n && csv[i] != ',' && csv[i] != '\r') {
                if (csv[i] == '"' || csv[i] == '\n')
                    return std::nullopt;
                ++i;
            }
            field = csv.sliced(start, i - start).toByteArray();
        }
        row << field;
        if (i < n && csv[i] == ',') {
            ++i;
            if (i == n)
                return std::nullopt; // a record cannot end in a comma without CRLF
        } else if (i + 1 < n && csv[i] == '\r' && csv[i + 1] == '\n') {
            rows << row;
            row.clear();
            i += 2;
        } else {
            return std::nullopt; // bare CR, or no CRLF after the last record, or text after a closing quote
        }
    }
    return rows;
}

// What Csv::field promises for a value once the CSV is read back: the same text, with an apostrophe in
// front of anything a spreadsheet would run as a formula.
inline QByteArray expectedField(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front()))
        return '\'' + utf8;
    return utf8;
}

// The input is read as attempts separated by 0x1E, each one fields separated by 0x1F, in the order of
// CancelAttempt's members: times as milliseconds since the epoch, the HTTP status as a number,
// everything else as UTF-8 text. At most 16 attempts: more rows find nothing new, they only slow it down.
inline QList<CancelAttempt> attemptsFrom(const QByteArray& input)
{
    QList<CancelAttempt> attempts;
    for (const QByteArray& record : input.split('\x1e')) {
        if (attempts.size() == 16)
            break;
        const QList<QByteArray> f = record.split('\x1f');
        const auto text = [&f](qsizetype i) { return i < f.size() ? QString::fromUtf8(f.at(i)) : QString(); };
        const auto time = [&f](qsizetype i) {
            bool ok = false;
            const qint64 ms = i < f.size() ? f.at(i).toLongLong(&ok) : 0;
            return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
        };
        CancelAttempt a;
        a.uuid = text(0);
        a.startedAt = time(1);
        a.completedAt = time(2);
        a.agent = text(3);
        a.machine = text(4);
        a.appVersion = text(5);
        a.accountId = text(6);
        a.platform = text(7);
        a.baseUrl = text(8);
        a.orderId = text(9);
        a.customer = text(10);
        a.statusBefore = text(11);
        a.progressBefore = text(12);
        a.reasonPreset = text(13);
        a.reasonText = text(14);
        a.outcome = text(15);
        a.httpStatus = f.size() > 16 ? f.at(16).toInt() : 0;
        a.errorCode = text(17);
        a.message = text(18);
        a.reReadStatus = text(19);
        a.platformMessage = text(20);
        a.reasonNotTaken = f.size() > 21 && f.at(21).startsWith('1');
        a.kind = text(22);
        a.subscriptionId = text(23);
        a.notes = text(24);
        a.assetSerial = text(25);
        a.batchId = text(26);
        attempts << a;
    }
    return attempts;
}

inline bool historyCsv(const QByteArray& input)
{
    // Schema 4 added kind, subscriptionId, notes, assetSerial and batchId; then four human columns
    // (startedAtLocal, completedAtLocal, outcomeLabel, reasonLabel).
    constexpr qsizetype columns = 31;
    const QList<CancelAttempt> attempts = attemptsFrom(input);
    const QByteArray csv = HistoryExport::toCsv(attempts);
    if (!csv.startsWith("\xEF\xBB\xBF"))
        return false;
    const std::optional<QList<QList<QByteArray>>> rows = parseRfc4180(QByteArrayView(csv).sliced(3));
    if (!rows || rows->size() != attempts.size() + 1)
        return false;
    for (const QList<QByteArray>& row : *rows) {
        if (row.size() != columns)
            return false;
    }
    // The text fields come back as they went in (formulas neutralised).
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const CancelAttempt& a = attempts.at(i);
        const QList<QByteArray>& row = rows->at(i + 1);
        const std::array<std::pair<qsizetype, const QString*>, 11> texts{{{2, &a.agent},
                                                                          {9, &a.customer},
                                                                          {13, &a.reasonText},
                                                                          {17, &a.message},
                                                                          {19, &a.uuid},
                                                                          {20, &a.platformMessage},
                                                                          {22, &a.kind},
                                                                          {23, &a.subscriptionId},
                                                                          {24, &a.notes},
                                                                          {25, &a.assetSerial},
                                                                          {26, &a.batchId}}};
        for (const auto& [column, value] : texts) {
            if (row.at(column) != expectedField(*value))
                return false;
        }
    }
    return true;
}

// --- the targets by name, as tests/fuzz/regressions/<name>/ holds them -------------------------------

inline bool run(QStringView target, const QByteArray& input, bool* known = nullptr)
{
    struct Target
    {
        const char16_t* name;
        bool (*run)(const QByteArray&);
    };
    static constexpr Target targets[] = {
        {u"fuzz_flexportal_page", flexPortalPage},
        {u"fuzz_flexportal_order", flexPortalOrder},
        {u"fuzz_flexportal_error", flexPortalError},
        {u"fuzz_offergrid_list", offerGridList},
        {u"fuzz_offergrid_order", offerGridOrder},
        {u"fuzz_offergrid_error", offerGridError},
        {u"fuzz_accounts", accountsFile},
        {u"fuzz_history_csv", historyCsv},
    };
    for (const Target& t : targets) {
        if (target == QStringView(t.name)) {
            if (known)
                *known = true;
            return t.run(input);
        }
    }
    if (known)
        *known = false;
    return false;
}

} // namespace OrderDesk::Fuzz
