// The desk's history thread: the store is opened, used and closed there, never in the caller's
// thread; calls run in the order they were made and answer in the caller's thread; a caller that
// is gone gets no answer, but its write still happens; and going away finishes what was asked.
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "historytestdb.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <memory>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A memory store that notes the thread of each call.
class ThreadNotingHistory : public MemoryCancellationHistory
{
public:
    explicit ThreadNotingHistory(QList<QThread*>* threads)
        : m_threads(threads)
    {}
    ~ThreadNotingHistory() override { m_threads->append(QThread::currentThread()); }
    Result<qint64> recordPending(const CancelAttempt& attempt) override
    {
        m_threads->append(QThread::currentThread());
        return MemoryCancellationHistory::recordPending(attempt);
    }
    std::optional<ApiError> recordOutcome(const CancelAttempt& completed) override
    {
        m_threads->append(QThread::currentThread());
        return MemoryCancellationHistory::recordOutcome(completed);
    }

private:
    QList<QThread*>* m_threads; // written in the history thread, read after it ended
};

CancelAttempt sampleAttempt(const QString& orderId)
{
    CancelAttempt a;
    a.startedAt = QDateTime::currentDateTimeUtc();
    a.agent = u"Agent"_s;
    a.accountId = u"fp"_s;
    a.platform = u"flexportal"_s;
    a.orderId = orderId;
    a.reasonText = u"Duplicate order"_s;
    return a;
}

} // namespace

class TestHistoryWriter : public QObject
{
    Q_OBJECT

    HistoryTestDatabases m_databases;

private slots:
    void calls_runInTheHistoryThreadAndAnswerInTheCallersInOrder()
    {
        QList<QThread*> storeThreads; // opening, each call, closing
        QList<QThread*> answerThreads;
        QList<qint64> ids;
        {
            HistoryWriter writer([&storeThreads]() -> Result<std::unique_ptr<CancellationHistory>> {
                storeThreads.append(QThread::currentThread());
                return std::unique_ptr<CancellationHistory>(std::make_unique<ThreadNotingHistory>(&storeThreads));
            });
            QSignalSpy opened(&writer, &HistoryWriter::opened);
            for (int i = 0; i < 5; ++i) {
                writer.recordPending(sampleAttempt(u"ord_%1"_s.arg(i)), this,
                                     [&answerThreads, &ids](const Result<qint64>& id) {
                                         answerThreads.append(QThread::currentThread());
                                         ids.append(id.ok() ? id.value() : -1);
                                     });
            }
            QTRY_COMPARE(ids.size(), 5);
            QCOMPARE(opened.count(), 1);
            QVERIFY(writer.isOpen());
            QVERIFY(!writer.openError());
        }
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5})); // in the order they were asked for
        for (QThread* t : std::as_const(answerThreads))
            QCOMPARE(t, QThread::currentThread());
        QCOMPARE(storeThreads.size(), 7); // opened, five entries, closed
        for (QThread* t : std::as_const(storeThreads)) {
            QVERIFY(t != QThread::currentThread());
            QCOMPARE(t, storeThreads.first());
        }
    }

    void sqlStore_connectionLivesAndEndsInTheHistoryThread()
    {
        const HistoryLocation location = m_databases.freshSqlite();
        const QStringList before = QSqlDatabase::connectionNames();
        {
            HistoryWriter writer(location);
            QSignalSpy opened(&writer, &HistoryWriter::opened);
            QVERIFY(opened.wait(10000));
            // The connection exists, but belongs to the history thread: using it here would be an error.
            const QStringList during = QSqlDatabase::connectionNames();
            QCOMPARE(during.size(), before.size() + 1);
            Result<qint64> recorded = ApiError{};
            writer.recordPending(sampleAttempt(u"ord_1"_s), this,
                                 [&recorded](const Result<qint64>& r) { recorded = r; });
            QTRY_VERIFY(recorded.ok());
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before); // removed as the writer went
        const auto check = SqlCancellationHistory::open(location).value();
        QCOMPARE(check->pendingAttempts().value().size(), 1);
    }

    void destroyed_rightAfterAnOutcomeIsAskedFor_writesItFirst()
    {
        const HistoryLocation location = m_databases.freshSqlite();
        qint64 id = 0;
        {
            const auto store = SqlCancellationHistory::open(location).value();
            id = store->recordPending(sampleAttempt(u"ord_1"_s)).value();
        }
        {
            HistoryWriter writer(location);
            CancelAttempt completed = sampleAttempt(u"ord_1"_s);
            completed.id = id;
            completed.outcome = u"cancelled"_s;
            completed.completedAt = QDateTime::currentDateTimeUtc();
            writer.recordOutcome(completed, nullptr, {}); // OrderDesk is closing: nobody waits for the answer
        }
        const auto store = SqlCancellationHistory::open(location).value();
        QCOMPARE(store->attempts().value().first().outcome, u"cancelled"_s);
    }

    void callerGone_getsNoAnswerButTheWriteHappens()
    {
        const HistoryLocation location = m_databases.freshSqlite();
        HistoryWriter writer(location);
        bool answered = false;
        auto caller = std::make_unique<QObject>();
        writer.recordPending(sampleAttempt(u"ord_1"_s), caller.get(),
                             [&answered](const Result<qint64>&) { answered = true; });
        caller.reset();
        // A call made later answers later: once it has, the first one would have too.
        bool later = false;
        writer.pendingAttempts(this, [&later](const Result<QList<CancelAttempt>>& pending) {
            later = pending.ok() && pending.value().size() == 1;
        });
        QTRY_VERIFY(later);
        QVERIFY(!answered);
    }

    void openFailed_everyCallAnswersWithTheReason()
    {
        HistoryWriter writer([]() -> Result<std::unique_ptr<CancellationHistory>> {
            return ApiError(ApiError::Kind::Configuration, u"The cancellation history cannot be used: no room"_s);
        });
        QSignalSpy failed(&writer, &HistoryWriter::openFailed);
        std::optional<Result<qint64>> recorded;
        writer.recordPending(sampleAttempt(u"ord_1"_s), this, [&recorded](const Result<qint64>& r) { recorded = r; });
        QTRY_VERIFY(recorded.has_value());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!writer.isOpen());
        QVERIFY(writer.openError());
        QVERIFY(!recorded->ok());
        QVERIFY(recorded->error().message.contains(u"no room"_s));
    }
};

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
