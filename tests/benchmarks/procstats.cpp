#include "procstats.h"

#include <QFile>
#include <QList>

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

} // namespace OrderDesk::Bench
