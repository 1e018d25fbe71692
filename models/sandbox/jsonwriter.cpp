#include "jsonwriter.h"

namespace OrderDesk {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out->append(',');
    m_needComma = true;
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out->append('{');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out->append('}');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out->append('[');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out->append(']');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(QByteArrayView name)
{
    separate();
    m_out->append('"');
    m_out->append(name);
    m_out->append("\":", 2);
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::string(QByteArrayView utf8)
{
    separate();
    appendEscaped(m_out, utf8);
    return *this;
}

JsonWriter& JsonWriter::string(QStringView text)
{
    return string(QByteArrayView(text.toUtf8()));
}

JsonWriter& JsonWriter::integer(qint64 value)
{
    separate();
    m_out->append(QByteArray::number(value));
    return *this;
}

JsonWriter& JsonWriter::cents(qint64 value)
{
    separate();
    if (value < 0) {
        m_out->append('-');
        value = -value;
    }
    m_out->append(QByteArray::number(value / 100));
    const int fraction = int(value % 100);
    if (fraction != 0) {
        m_out->append('.');
        m_out->append(char('0' + fraction / 10));
        if (fraction % 10 != 0)
            m_out->append(char('0' + fraction % 10));
    }
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value)
{
    separate();
    m_out->append(value ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
    return *this;
}

JsonWriter& JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out->append(json);
    return *this;
}

JsonWriter& JsonWriter::optionalField(QByteArrayView name, QByteArrayView utf8)
{
    if (!utf8.isEmpty())
        field(name, utf8);
    return *this;
}

void JsonWriter::appendEscaped(QByteArray* out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(utf8.constData() + plainStart, i - plainStart);
        plainStart = i + 1;
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
            break;
        case '\n':
            out->append("\\n", 2);
            break;
        case '\r':
            out->append("\\r", 2);
            break;
        case '\t':
            out->append("\\t", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out->append(escape, 6);
            break;
        }
        }
    }
    out->append(utf8.constData() + plainStart, utf8.size() - plainStart);
    out->append('"');
}

QByteArray JsonWriter::quoted(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    appendEscaped(&out, utf8);
    return out;
}

} // namespace OrderDesk
