#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace OrderDesk {

// Appends compact JSON to a byte array: no spaces, keys in the order written, strings escaped,
// amounts from integer cents. Deterministic to the byte, and much faster than QJsonDocument
// for the sandbox's hundred thousand orders.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray* out)
        : m_out(out)
    {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QByteArrayView name); // ASCII, written unescaped

    JsonWriter& string(QByteArrayView utf8);
    JsonWriter& string(QStringView text);
    JsonWriter& integer(qint64 value);
    JsonWriter& cents(qint64 value); // 1999 -> 19.99, 2000 -> 20, 2050 -> 20.5
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    JsonWriter& raw(QByteArrayView json); // an already serialised value

    // key + value in one call
    JsonWriter& field(QByteArrayView name, QByteArrayView utf8) { return key(name).string(utf8); }
    JsonWriter& fieldInt(QByteArrayView name, qint64 value) { return key(name).integer(value); }
    JsonWriter& fieldCents(QByteArrayView name, qint64 value) { return key(name).cents(value); }
    JsonWriter& fieldBool(QByteArrayView name, bool value) { return key(name).boolean(value); }
    // Only when the text is not empty: optional string fields.
    JsonWriter& optionalField(QByteArrayView name, QByteArrayView utf8);

    static void appendEscaped(QByteArray* out, QByteArrayView utf8);
    static QByteArray quoted(QByteArrayView utf8);

private:
    void separate();

    QByteArray* m_out;
    bool m_needComma = false;
};

} // namespace OrderDesk
