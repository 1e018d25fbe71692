#pragma once

// The fast reading of large list bodies with simdjson (private to the decoders' .cpp files, which
// are the only ones to include simdjson.h).
//
// The fast path knows only the well-formed case. Every reader returns false at the first thing it
// does not expect (a field of the wrong type, a number sent as text, a timestamp in another form);
// the decoder then gives up and the body is decoded again by the QJsonDocument path, which reads
// every tolerated variant and words the error. So the fast path never decides what a body means
// on its own: tst_fastdecoding and the differential fuzz targets check that whatever it returns is
// exactly what the QJsonDocument path returns.

#include "api/knownorders.h"
#include "domain/optionalnumber.h"
#include "domain/order.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <simdjson.h>

namespace OrderDesk::FastJson {

using Element = simdjson::dom::element;
using Type = simdjson::dom::element_type;

// Parses with a parser kept per thread for page-sized bodies, and with one of its own (freed
// afterwards) for big ones, so that one 50 MB list does not keep its buffers for ever. Not ok() either
// when a number anywhere is a zero with a fraction or exponent ("0.0", "-0.0", "1e-400"), which
// QJsonDocument reads differently or refuses.
class Document
{
public:
    explicit Document(const QByteArray& body);
    bool ok() const { return m_ok; }
    Element root() const { return m_root; }

private:
    std::optional<simdjson::dom::parser> m_own;
    Element m_root;
    bool m_ok = false;
};

inline bool isNull(Element e)
{
    return e.type() == Type::NULL_VALUE;
}

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// JsonFields::text(): a string, or null for blank.
inline bool text(Element e, QString* out)
{
    if (e.type() == Type::STRING) {
        *out = toQString(e.get_string().value_unsafe());
        return true;
    }
    if (isNull(e)) {
        *out = QString();
        return true;
    }
    return false;
}

bool token(Element e, QString* out);         // text(), shared through the decoders' pool of recurring values
bool number(Element e, OptionalNumber* out); // a JSON number or null; text is left to the full path
bool integer(Element e, int* out);           // a whole number within ±2e9, or null (keeps *out)
bool boolean(Element e, std::optional<bool>* out);
bool timestamp(Element e, QDateTime* out); // text in one of parseTimestamp()'s forms, or null/blank
bool textList(Element e, QStringList* out);

// The object or array an element of that type holds (check type() first).
inline simdjson::dom::object objectOf(Element e)
{
    simdjson::dom::object o;
    [[maybe_unused]] const simdjson::error_code error = e.get_object().get(o);
    return o;
}

inline simdjson::dom::array arrayOf(Element e)
{
    simdjson::dom::array a;
    [[maybe_unused]] const simdjson::error_code error = e.get_array().get(a);
    return a;
}

// An object or null (read as absent); anything else fails.
inline bool object(Element e, std::optional<simdjson::dom::object>* out)
{
    if (e.type() == Type::OBJECT) {
        *out = objectOf(e);
        return true;
    }
    out->reset();
    return isNull(e);
}

// Calls read(key, value) for every field of an object, for none when `e` is null; false when `e`
// is neither, or as soon as read() returns false.
template <typename Read> bool forEachField(Element e, Read read)
{
    std::optional<simdjson::dom::object> o;
    if (!object(e, &o))
        return false;
    if (o) {
        for (const auto& field : *o) {
            if (!read(field.key, field.value))
                return false;
        }
    }
    return true;
}

// An array or null (read as absent); anything else fails.
inline bool array(Element e, std::optional<simdjson::dom::array>* out)
{
    if (e.type() == Type::ARRAY) {
        *out = arrayOf(e);
        return true;
    }
    out->reset();
    return isNull(e);
}

// The 64-bit fingerprint of a value as parsed (api/knownorders.h): equal for the same value however
// it is spaced; different when the two differ in one 64-bit word of what is hashed (a number, a
// flag, 8 bytes of a text), and otherwise but for a 64-bit chance. Never 0.
quint64 fingerprint(Element e);

// Reads every element of `list` into an Order of `out` with `read(element, Order*)`. With `known`,
// each one's fingerprint is taken first, and an order whose fingerprint `known` holds comes as a
// marker (id, platform, listFingerprint, unchangedSinceListed) without being read; the others get
// their listFingerprint. False as soon as `read` is.
template <typename Read>
bool readOrders(simdjson::dom::array list, Platform platform, const KnownOrders* known, QList<Order>* out, Read read)
{
    out->reserve(qsizetype(list.size()));
    for (Element e : list) {
        Order& order = out->emplace_back();
        if (!known) {
            if (!read(e, &order))
                return false;
            continue;
        }
        const quint64 print = fingerprint(e);
        if (const auto it = known->constFind(print); it != known->cend()) {
            order.platform = platform;
            order.id = it.value(); // shared with the set: no allocation
            order.unchangedSinceListed = true;
        } else if (!read(e, &order)) {
            return false;
        }
        order.listFingerprint = print;
    }
    return true;
}

} // namespace OrderDesk::FastJson
