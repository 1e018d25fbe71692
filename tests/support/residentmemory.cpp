#include "residentmemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace OrderDesk::Test {

qint64 residentBytes()
{
#if defined(Q_OS_UNIX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() > 1)
            return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
    }
#endif
    return 0;
}

} // namespace OrderDesk::Test
