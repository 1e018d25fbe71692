#include "procstats.h"

#include <QFile>
#include <QList>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace OrderDesk::Bench {

namespace {
// A "VmRSS:   1234 kB" line of /proc/self/status.
qint64 statusKilobytes(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
} // namespace

qint64 residentBytes()
{
    return statusKilobytes("VmRSS:") * 1024;
}

qint64 peakResidentBytes()
{
    return statusKilobytes("VmHWM:") * 1024;
}

namespace {
double cpuSeconds([[maybe_unused]] int clock)
{
#ifdef Q_OS_UNIX
    timespec t{};
    if (clock_gettime(clockid_t(clock), &t) == 0)
        return double(t.tv_sec) + t.tv_nsec / 1e9;
#endif
    return 0;
}
} // namespace

double threadCpuSeconds()
{
#ifdef Q_OS_UNIX
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
#else
    return 0;
#endif
}

double processCpuSeconds()
{
#ifdef Q_OS_UNIX
    return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
#else
    return 0;
#endif
}

} // namespace OrderDesk::Bench
