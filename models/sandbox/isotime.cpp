#include "isotime.h"

namespace OrderDesk {

namespace {

struct Civil
{
    qint64 year;
    int month;
    int day;
};

// Howard Hinnant's days-to-civil: exact for the proleptic Gregorian calendar, no time zone tables.
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void appendPadded(QByteArray* out, qint64 value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out->append(buffer, width);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QByteArray formatIsoTime(qint64 msSinceEpochUtc, TimeStyle style)
{
    int offsetMinutes = 0;
    if (style == TimeStyle::PlusTwo || style == TimeStyle::PlusTwoMillis)
        offsetMinutes = 120;
    else if (style == TimeStyle::MinusFive || style == TimeStyle::MinusFiveMillis)
        offsetMinutes = -300;
    const bool millis =
        style == TimeStyle::UtcMillis || style == TimeStyle::PlusTwoMillis || style == TimeStyle::MinusFiveMillis;

    const qint64 local = msSinceEpochUtc + offsetMinutes * MinuteMs;
    const qint64 days = floorDiv(local, DayMs);
    const qint64 msOfDay = local - days * DayMs;
    const Civil date = civilFromDays(days);

    QByteArray out;
    out.reserve(29);
    appendPadded(&out, date.year, 4);
    out.append('-');
    appendPadded(&out, date.month, 2);
    out.append('-');
    appendPadded(&out, date.day, 2);
    out.append('T');
    appendPadded(&out, msOfDay / HourMs, 2);
    out.append(':');
    appendPadded(&out, msOfDay / MinuteMs % 60, 2);
    out.append(':');
    appendPadded(&out, msOfDay / 1000 % 60, 2);
    if (millis) {
        out.append('.');
        appendPadded(&out, msOfDay % 1000, 3);
    }
    if (offsetMinutes == 0) {
        out.append('Z');
    } else {
        out.append(offsetMinutes > 0 ? '+' : '-');
        const int abs = offsetMinutes > 0 ? offsetMinutes : -offsetMinutes;
        appendPadded(&out, abs / 60, 2);
        out.append(':');
        appendPadded(&out, abs % 60, 2);
    }
    return out;
}

QByteArray formatIsoDate(qint64 msSinceEpochUtc)
{
    return formatIsoTime(msSinceEpochUtc, TimeStyle::Utc).left(10);
}

} // namespace OrderDesk
