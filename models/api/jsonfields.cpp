#include "jsonfields.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("JsonFields", text);
}
} // namespace

QString describeJsonType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return translated(QT_TRANSLATE_NOOP("JsonFields", "null"));
    case QJsonValue::Bool:
        return translated(QT_TRANSLATE_NOOP("JsonFields", "true or false"));
    case QJsonValue::Double:
        return translated(QT_TRANSLATE_NOOP("JsonFields", "a number"));
    case QJsonValue::String:
        return translated(QT_TRANSLATE_NOOP("JsonFields", "text"));
    case QJsonValue::Array:
        return translated(QT_TRANSLATE_NOOP("JsonFields", "a list"));
    case QJsonValue::Object:
        return translated(QT_TRANSLATE_NOOP("JsonFields", "an object"));
    case QJsonValue::Undefined:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("JsonFields", "nothing"));
}

namespace {

template <typename Char> int digits(const Char* p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const auto c = p[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + int(c - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

template <typename Char> std::optional<qint64> parseCommon(const Char* p, qsizetype n)
{
    // YYYY-MM-DDTHH:MM:SS[.mmm](Z|±hh:mm)
    if (n < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':')
        return std::nullopt;
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
    if (year < 1900 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > monthDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0))
        return std::nullopt;
    qsizetype i = 19;
    int millis = 0;
    if (p[i] == '.') {
        if (n < i + 4 || (millis = digits(p + i + 1, 3)) < 0)
            return std::nullopt;
        i += 4;
    }
    int offsetMinutes = 0;
    if (i + 1 == n && p[i] == 'Z') {
        offsetMinutes = 0;
    } else if (i + 6 == n && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
        const int oh = digits(p + i + 1, 2), om = digits(p + i + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (p[i] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return (seconds - offsetMinutes * 60) * 1000 + millis;
}

} // namespace

std::optional<qint64> parseCommonTimestamp(QByteArrayView text)
{
    return parseCommon(text.data(), text.size());
}

std::optional<qint64> parseCommonTimestamp(QStringView text)
{
    return parseCommon(text.utf16(), text.size());
}

QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

QDateTime parseTimestamp(const QString& text)
{
    if (const std::optional<qint64> msecs = parseCommonTimestamp(QStringView(text)))
        return utcFromMSecs(*msecs);
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
        // Without an offset the text is UTC (below): read it so from the start, because as local time it
        // does not exist in the local zone's daylight-saving gap.
        const QDateTime asUtc = QDateTime::fromString(t + u'Z', Qt::ISODateWithMs);
        if (asUtc.isValid())
            dt = asUtc;
    }
    if (!dt.isValid() && t.size() == 10) {
        // A bare date counts as midnight UTC. (QDate reads the date at the start of any longer text and
        // ignores the rest, which would turn "2026-03-01T25:99:00Z" into midnight.)
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid())
            dt = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!dt.isValid())
        return {};
    // A timestamp without an offset is taken as UTC, the platforms' own zone.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

JsonFields::JsonFields(QJsonObject object, QString path, QString* error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(error)
{}

QString JsonFields::path(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

void JsonFields::fail(QStringView key, const QString& problem) const
{
    if (m_error->isEmpty())
        *m_error = path(key) + u": "_s + problem;
}

QJsonValue JsonFields::value(QStringView key) const
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    return m_object.value(key);
}

bool JsonFields::has(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonFields::text(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected text, found %1")).arg(describeJsonType(v)));
    return {};
}

QString internToken(const QString& value)
{
    // One pool per decoding thread, so no lock; bounded, so a field that turns out to hold unique
    // values cannot grow it for ever (it starts again, and sharing resumes with the next values).
    // Long values are names and notes, not tokens: never pooled, so the pool's memory stays small.
    thread_local QSet<QString> pool;
    if (value.isEmpty() || value.size() > 80)
        return value;
    const auto found = pool.constFind(value);
    if (found != pool.cend())
        return *found;
    if (pool.size() >= 4096)
        pool.clear();
    pool.insert(value);
    return value;
}

QString JsonFields::token(QStringView key) const
{
    return internToken(text(key));
}

QString JsonFields::requiredText(QStringView key) const
{
    const QJsonValue v = value(key);
    if (failed())
        return {};
    if (v.isUndefined() || v.isNull()) {
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "is missing")));
        return {};
    }
    const QString s = text(key);
    if (!failed() && s.isEmpty())
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "is empty")));
    return s;
}

std::optional<double> JsonFields::number(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) {
        // FlexPortal's own spec types some numbers as strings; accept a decimal in text.
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected a number, found the text \"%1\""))
                      .arg(v.toString().left(40)));
        return std::nullopt;
    }
    fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected a number, found %1")).arg(describeJsonType(v)));
    return std::nullopt;
}

int JsonFields::integer(QStringView key, int fallback) const
{
    const std::optional<double> d = number(key);
    if (!d)
        return fallback;
    if (*d != std::floor(*d) || std::abs(*d) > 2.0e9) {
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected a whole number, found %1")).arg(*d));
        return fallback;
    }
    return int(*d);
}

std::optional<bool> JsonFields::boolean(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected true or false, found %1")).arg(describeJsonType(v)));
    return std::nullopt;
}

QDateTime JsonFields::timestamp(QStringView key) const
{
    const QString s = text(key);
    if (s.trimmed().isEmpty())
        return {};
    const QDateTime dt = parseTimestamp(s);
    if (!dt.isValid())
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "\"%1\" is not an ISO 8601 timestamp")).arg(s.left(40)));
    return dt;
}

QStringList JsonFields::textList(QStringView key) const
{
    const QJsonArray a = array(key);
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
        const QJsonValue v = a.at(i);
        if (v.isString())
            out.append(v.toString());
        else
            fail(QString(key.toString() + u'[' + QString::number(i) + u']'),
                 translated(QT_TRANSLATE_NOOP("JsonFields", "expected text, found %1")).arg(describeJsonType(v)));
    }
    return out;
}

QJsonArray JsonFields::array(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected a list, found %1")).arg(describeJsonType(v)));
    return {};
}

JsonFields JsonFields::object(QStringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isObject() && !v.isUndefined() && !v.isNull())
        fail(key, translated(QT_TRANSLATE_NOOP("JsonFields", "expected an object, found %1")).arg(describeJsonType(v)));
    return JsonFields(v.toObject(), path(key), m_error);
}

JsonFields JsonFields::element(const QJsonArray& array, QStringView arrayKey, qsizetype index) const
{
    const QString elementPath = path(arrayKey) + u'[' + QString::number(index) + u']';
    const QJsonValue v = array.at(index);
    if (!v.isObject() && m_error->isEmpty())
        *m_error = elementPath + u": "_s +
                   translated(QT_TRANSLATE_NOOP("JsonFields", "expected an object, found %1")).arg(describeJsonType(v));
    return JsonFields(v.toObject(), elementPath, m_error);
}

} // namespace OrderDesk
