// Test helper: another process holding a SQLite history's write lock, as the CLI or a syncer does
// while it writes. It takes the lock (BEGIN IMMEDIATE), prints "locked", holds it for MS
// milliseconds on a timer, prints "releasing" and commits, then exits.
// usage: orderdesk-history-locker FILE MS
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int holdMs = args.size() == 3 ? args.at(2).toInt(&ok) : 0;
    if (!ok || holdMs < 0) {
        std::fprintf(stderr, "usage: orderdesk-history-locker FILE MS\n");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(args.at(1));
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    QSqlQuery q(db);
    if (!db.open() || !q.exec(u"BEGIN IMMEDIATE"_s)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.isOpen() ? q.lastError().text() : db.lastError().text()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    int status = 0;
    QTimer::singleShot(holdMs, &app, [&] {
        std::printf("releasing\n");
        std::fflush(stdout);
        if (!q.exec(u"COMMIT"_s)) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            status = 1;
        }
        QCoreApplication::exit(status);
    });
    return app.exec();
}
