#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrderDesk {

// Reads the fields of one JSON object the tolerant way DECISIONS.md asks for: unknown fields are
// ignored, absent and null optional fields read as blank, and a field of the wrong type is an error
// that names its path ("orders[3].customer.email: expected text, found a number"). The first error
// wins; every later read returns a blank value, so a decoder reads on and checks once at the end.
class JsonFields
{
public:
    JsonFields(QJsonObject object, QString path, QString* error);

    QString text(QStringView key) const;
    // text() for values that recur across thousands of orders (statuses, currencies, countries,
    // products, providers): every order shares one copy of each instead of holding its own.
    QString token(QStringView key) const;
    QString requiredText(QStringView key) const; // absent, null or empty is an error
    std::optional<double> number(QStringView key) const;
    int integer(QStringView key, int fallback = 0) const;
    std::optional<bool> boolean(QStringView key) const;
    QDateTime timestamp(QStringView key) const; // ISO 8601, returned in UTC
    QStringList textList(QStringView key) const;
    QJsonArray array(QStringView key) const;
    JsonFields object(QStringView key) const; // absent or null reads as an empty object
    JsonFields element(const QJsonArray& array, QStringView arrayKey, qsizetype index) const;

    bool has(QStringView key) const;
    bool failed() const { return !m_error->isEmpty(); }
    QString path(QStringView key) const;
    void fail(QStringView key, const QString& problem) const;

private:
    QJsonValue value(QStringView key) const;

    QJsonObject m_object;
    QString m_path;
    QString* m_error;
};

// Parses an ISO 8601 timestamp with or without milliseconds, with Z or a ±hh:mm offset, or a bare
// date; returns an invalid QDateTime when the text is none of these.
QDateTime parseTimestamp(const QString& text);
// The platforms' own form, "2026-11-20T08:56:10Z" or "2026-11-20T03:39:39.478-05:00" (no
// spaces, 0 or 3 decimals, Z or ±hh:mm), read without QDateTime::fromString: milliseconds since
// the epoch, or nothing for any other text, which parseTimestamp() then reads the long way.
std::optional<qint64> parseCommonTimestamp(QByteArrayView text);
std::optional<qint64> parseCommonTimestamp(QStringView text);
// QDateTime in UTC from milliseconds since the epoch (the one place that differs between Qt 6.4
// and newer Qt).
QDateTime utcFromMSecs(qint64 msecs);

// One shared copy per recurring value (statuses, currencies, countries, products) on this thread.
QString internToken(const QString& value);

QString describeJsonType(const QJsonValue& value);

} // namespace OrderDesk
