#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace OrderDesk {

// How a timestamp is written: the platforms are not consistent, and clients must read them all.
enum class TimeStyle : quint8
{
    Utc,             // 2026-11-20T09:15:04Z
    UtcMillis,       // 2026-11-20T09:15:04.123Z
    PlusTwo,         // 2026-11-20T11:15:04+02:00
    PlusTwoMillis,   // 2026-11-20T11:15:04.123+02:00
    MinusFive,       // 2026-11-20T04:15:04-05:00
    MinusFiveMillis, // 2026-11-20T04:15:04.123-05:00
};
constexpr int TimeStyleCount = 6;

QByteArray formatIsoTime(qint64 msSinceEpochUtc, TimeStyle style);
QByteArray formatIsoDate(qint64 msSinceEpochUtc); // 2026-11-20 (UTC)

// The fixed "now" the generated data is built around (2026-11-20T09:00:00Z), so that data never
// depends on the clock.
constexpr qint64 SandboxAnchorMs = 1795165200000LL;
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

} // namespace OrderDesk
