#include "fastjson.h"

#include "api/jsonfields.h"

#include <cmath>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace OrderDesk::FastJson {

namespace {
// Bodies up to this size reuse the thread's parser; a page of 100 orders is about 200 KB. A parser
// keeps the capacity of the largest body it has read, about 14 times its size (simdjson's tape,
// strings and indexes), for as long as its thread lives: at 4 MiB, each decoding thread that once
// read a 2 MB OfferGrid list held some 30 MB of it. Larger bodies get a parser of their own.
constexpr qsizetype ReusedParserLimit = 512 * 1024;

// Whether a number anywhere in the document, also in fields no decoder reads, is a zero written with a
// fraction or an exponent. QJsonDocument refuses such a number when it stands for a non-zero value too
// small for a double ("1e-400", "2e-324": "illegal number", so the whole body is not JSON to it) and
// reads "-0.0" as 0; simdjson reads all of them as 0.0 or -0.0 and keeps no text to tell "0.0" from
// "1e-400". So a body with one is left to the full path. (A plain 0 is an integer to both.)
bool hasFractionalZero(Element e)
{
    switch (e.type()) {
    case Type::ARRAY:
        for (Element item : arrayOf(e)) {
            if (hasFractionalZero(item))
                return true;
        }
        return false;
    case Type::OBJECT:
        for (const auto& field : objectOf(e)) {
            if (hasFractionalZero(field.value))
                return true;
        }
        return false;
    case Type::DOUBLE:
        return e.get_double().value_unsafe() == 0.0;
    default:
        return false;
    }
}
// The decoding thread's recurring short texts (statuses, cities, product names), looked up by their
// UTF-8 bytes as simdjson holds them: a value seen before costs no UTF-16 conversion, allocation or
// Qt string hash (interning through a QSet<QString> was a third of the page decoding time). An
// open-addressing table with a bound on probes, so crafted collisions cost a conversion, not a
// search; when half full it starts again, like internToken()'s pool.
class TokenPool
{
public:
    QString intern(std::string_view utf8)
    {
        if (utf8.empty() || utf8.size() > MaxTokenBytes)
            return toQString(utf8);
        const size_t hash = std::hash<std::string_view>()(utf8);
        for (size_t probe = 0, i = hash & (Slots - 1); probe < MaxProbes; ++probe, i = (i + 1) & (Slots - 1)) {
            Entry& entry = m_entries[i];
            if (entry.value.isNull()) {
                if (m_used >= Slots / 2) {
                    clear();
                    return intern(utf8);
                }
                entry = {hash, std::string(utf8), toQString(utf8)};
                ++m_used;
                return entry.value;
            }
            if (entry.hash == hash && entry.key == utf8)
                return entry.value;
        }
        return toQString(utf8);
    }

private:
    static constexpr size_t Slots = 8192;
    static constexpr size_t MaxProbes = 16;
    static constexpr size_t MaxTokenBytes = 80;
    struct Entry
    {
        size_t hash = 0;
        std::string key;
        QString value; // null: a free slot
    };
    void clear()
    {
        for (Entry& entry : m_entries)
            entry = Entry();
        m_used = 0;
    }
    std::vector<Entry> m_entries = std::vector<Entry>(Slots);
    size_t m_used = 0;
};

} // namespace

Document::Document(const QByteArray& body)
{
    simdjson::dom::parser* parser = nullptr;
    if (body.size() <= ReusedParserLimit) {
        thread_local simdjson::dom::parser reused;
        parser = &reused;
    } else {
        parser = &m_own.emplace();
    }
    // realloc_if_needed: simdjson reads up to 64 bytes past the end, so it copies the body into
    // a padded buffer of its own; the body itself is never read past its end.
    m_ok = parser->parse(body.constData(), size_t(body.size()), true).get(m_root) == simdjson::SUCCESS &&
           !hasFractionalZero(m_root);
}

bool token(Element e, QString* out)
{
    if (e.type() != Type::STRING)
        return text(e, out);
    const std::string_view utf8 = e.get_string().value_unsafe();
    thread_local TokenPool pool;
    *out = pool.intern(utf8);
    return true;
}

bool number(Element e, OptionalNumber* out)
{
    switch (e.type()) {
    case Type::DOUBLE:
        *out = e.get_double().value_unsafe();
        return true;
    case Type::INT64:
        *out = double(e.get_int64().value_unsafe());
        return true;
    case Type::UINT64:
        *out = double(e.get_uint64().value_unsafe());
        return true;
    case Type::NULL_VALUE:
        *out = std::nullopt;
        return true;
    default:
        return false;
    }
}

bool integer(Element e, int* out)
{
    OptionalNumber d;
    if (!number(e, &d))
        return false;
    if (!d)
        return true; // null: the caller's fallback stays
    if (*d != std::floor(*d) || std::abs(*d) > 2.0e9)
        return false;
    *out = int(*d);
    return true;
}

bool boolean(Element e, std::optional<bool>* out)
{
    if (e.type() == Type::BOOL) {
        *out = e.get_bool().value_unsafe();
        return true;
    }
    out->reset();
    return isNull(e);
}

bool timestamp(Element e, QDateTime* out)
{
    if (isNull(e)) {
        *out = QDateTime();
        return true;
    }
    if (e.type() != Type::STRING)
        return false;
    const std::string_view s = e.get_string().value_unsafe();
    if (s.empty()) {
        *out = QDateTime();
        return true;
    }
    const std::optional<qint64> msecs = parseCommonTimestamp(QByteArrayView(s.data(), qsizetype(s.size())));
    if (!msecs)
        return false; // another form, or not a timestamp: the full path reads or rejects it
    *out = utcFromMSecs(*msecs);
    return true;
}

bool textList(Element e, QStringList* out)
{
    std::optional<simdjson::dom::array> a;
    if (!array(e, &a))
        return false;
    out->clear();
    if (!a)
        return true;
    out->reserve(qsizetype(a->size()));
    for (Element item : *a) {
        if (item.type() != Type::STRING)
            return false;
        out->append(toQString(item.get_string().value_unsafe()));
    }
    return true;
}

namespace {

// One 64-bit word into the hash: xor, then a bijection (multiplying by an odd constant, shifting
// the high bits down). Every step is one-to-one for a given word, so two streams that differ in a
// single word always end in different hashes; and it is a few cycles a word: a call to qHashBits
// for each value made taking the fingerprints of 100,000 orders cost nearly twice the CPU (measured).
inline void mixWord(quint64* hash, quint64 word)
{
    *hash = (*hash ^ word) * 0x9e3779b97f4a7c15ULL;
    *hash ^= *hash >> 29;
}

void mixText(quint64* hash, std::string_view text)
{
    mixWord(hash, text.size()); // the length first, so that no two sequences of texts read alike
    const char* p = text.data();
    size_t left = text.size();
    for (; left >= 8; p += 8, left -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        mixWord(hash, word);
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, p, left);
        mixWord(hash, word);
    }
}

template <typename T> void mix(quint64* hash, T value)
{
    static_assert(sizeof(T) <= sizeof(quint64));
    quint64 word = 0;
    std::memcpy(&word, &value, sizeof(T));
    mixWord(hash, word);
}

// Every element is its type, then its content; arrays and objects end with a closing mark. So the
// stream is read back one way only, and two values hash alike only by chance.
void hashElement(Element e, quint64* hash)
{
    const Type type = e.type();
    mix(hash, char(type));
    switch (type) {
    case Type::ARRAY:
        for (Element item : arrayOf(e))
            hashElement(item, hash);
        mix(hash, ']');
        break;
    case Type::OBJECT:
        for (const auto& field : objectOf(e)) {
            mixText(hash, field.key);
            hashElement(field.value, hash);
        }
        mix(hash, '}');
        break;
    case Type::STRING:
        mixText(hash, e.get_string().value_unsafe());
        break;
    case Type::INT64:
        mix(hash, e.get_int64().value_unsafe());
        break;
    case Type::UINT64:
        mix(hash, e.get_uint64().value_unsafe());
        break;
    case Type::DOUBLE:
        mix(hash, e.get_double().value_unsafe());
        break;
    case Type::BOOL:
        mix(hash, e.get_bool().value_unsafe());
        break;
    default: // null, and any type a newer simdjson adds, by its type alone
        break;
    }
}

} // namespace

quint64 fingerprint(Element e)
{
    quint64 hash = 0x6f72646572646573; // any fixed start
    hashElement(e, &hash);
    return hash != 0 ? hash : 1; // 0 is "no fingerprint"
}

} // namespace OrderDesk::FastJson
