// Test helper: records cancel attempts into a SQLite history, printing "recorded <uuid>" after
// each commit, so that a test can kill it at any moment and check that nothing it reported is lost.
// usage: orderdesk-history-writer FILE COUNT (COUNT 0 = until killed)
#include "history/sqlhistory.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: orderdesk-history-writer FILE COUNT\n");
        return 2;
    }
    HistoryLocation location;
    location.sqliteFile = args.at(1);
    auto opened = SqlCancellationHistory::open(location);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const int count = args.at(2).toInt();
    for (int i = 0; count == 0 || i < count; ++i) {
        CancelAttempt a;
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.startedAt = QDateTime::currentDateTimeUtc();
        a.agent = u"writer-%1"_s.arg(QCoreApplication::applicationPid());
        a.orderId = u"ord_%1"_s.arg(i);
        a.reasonText = u"Crash test"_s;
        const Result<qint64> id = opened.value()->recordPending(a);
        if (!id.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        a.id = id.value();
        a.outcome = u"cancelled"_s;
        a.completedAt = QDateTime::currentDateTimeUtc();
        if (const auto error = opened.value()->recordOutcome(a)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->message));
            return 1;
        }
        std::printf("recorded %s\n", qPrintable(a.uuid));
        std::fflush(stdout);
    }
    return 0;
}
