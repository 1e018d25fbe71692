#pragma once

#include "domain/order.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

// What the decoder tests compare with: every field that differs is collected, named by its path.
namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

inline QString show(const QString& s)
{
    return s.isNull() ? u"(null)"_s : u'"' + s + u'"';
}
inline QString show(const QStringList& list)
{
    return u'[' + list.join(u", ") + u']';
}
inline QString show(int n)
{
    return QString::number(n);
}
inline QString show(const std::optional<double>& d)
{
    return d ? QString::number(*d, 'g', 17) : u"(blank)"_s;
}
inline QString show(const QDateTime& dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODateWithMs) : u"(blank)"_s;
}
inline QString show(const Progress& p)
{
    return u"%1/%2"_s.arg(p.done).arg(p.total);
}

// Collects every field that differs, named by its path, so one run shows all that was dropped or misread.
class FieldCheck
{
public:
    template <typename T> void operator()(const QString& path, const T& actual, const T& expected)
    {
        if (!(actual == expected))
            problems << path + u": got "_s + show(actual) + u", expected "_s + show(expected);
    }
    void time(const QString& path, const QDateTime& actual, const QDateTime& expected)
    {
        (*this)(path, actual, expected);
        if (actual.isValid() && actual.timeSpec() != Qt::UTC)
            problems << path + u": not in UTC: "_s + show(actual);
    }

    QStringList problems;
};

} // namespace OrderDesk::Test
