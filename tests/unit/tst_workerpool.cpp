// OrderDesk's worker threads belong to whoever composes the application (no pool made on first
// use): large bodies decode, and large values are freed, on the pool handed down, and in place
// when none is given (the command-line tool, a connection check).
#include "api/asyncdecode.h"
#include "credentials/accountstore.h"
#include "credentials/credentialstore.h"
#include "credentials/secretresolver.h"
#include "services/accountsservice.h"
#include "services/backendregistry.h"

#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray LargeBody(InlineDecodeLimit + 1, 'x');

// Holds a thread of a pool until released, so that what runs on that pool can be seen there.
struct Gate
{
    QSemaphore entered;
    QSemaphore leave;
    QThread* thread = nullptr;

    void pass()
    {
        thread = QThread::currentThread();
        entered.release();
        leave.tryAcquire(1, 10000); // bounded: a test that finds it on its own thread must not hang
    }
};

} // namespace

class TestWorkerPool : public QObject
{
    Q_OBJECT

private slots:
    void decodeAsync_largeBody_decodesOnTheGivenPool()
    {
        QThreadPool pool;
        Gate gate;
        QObject context;
        std::optional<int> decoded;
        decodeAsync<int>(
            &pool, &context, LargeBody,
            [&gate](const QByteArray& body) {
                gate.pass();
                return Result<int>(int(body.size()));
            },
            [&decoded](Result<int> r) { decoded = r.value(); });
        QVERIFY(gate.entered.tryAcquire(1, 10000)); // a worker thread has it, blocked
        QCOMPARE(pool.activeThreadCount(), 1);      // ... of this pool
        QVERIFY(gate.thread != QThread::currentThread());
        gate.leave.release();
        QTRY_COMPARE(decoded, std::optional<int>(int(LargeBody.size()))); // handed back on this thread
    }

    void decodeAsync_withoutAPool_decodesInPlace()
    {
        QObject context;
        QThread* decodedOn = nullptr;
        bool done = false;
        decodeAsync<int>(
            nullptr, &context, LargeBody,
            [&decodedOn](const QByteArray&) {
                decodedOn = QThread::currentThread();
                return Result<int>(1);
            },
            [&done](Result<int>) { done = true; });
        QVERIFY(done);
        QCOMPARE(decodedOn, QThread::currentThread());
    }

    void releaseInBackground_givenPool_freesTheValueThere()
    {
        QThreadPool pool;
        Gate gate;
        auto value = std::shared_ptr<int>(new int(1), [&gate](int* p) {
            gate.pass();
            delete p;
        });
        releaseInBackground(&pool, std::move(value));
        QVERIFY(gate.entered.tryAcquire(1, 10000));
        QCOMPARE(pool.activeThreadCount(), 1);
        QVERIFY(gate.thread != QThread::currentThread());
        gate.leave.release();
        pool.waitForDone();
    }

    void releaseInBackground_withoutAPool_freesTheValueHere()
    {
        Gate gate;
        gate.leave.release(); // nothing to wait for here
        auto value = std::shared_ptr<int>(new int(1), [&gate](int* p) {
            gate.pass();
            delete p;
        });
        releaseInBackground(nullptr, std::move(value));
        QCOMPARE(gate.entered.available(), 1);
        QCOMPARE(gate.thread, QThread::currentThread());
    }

    void accountsService_everyBackendDecodesOnItsPool()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AccountStore store(&settings);
        MemoryCredentialStore keychain;
        SecretResolver secrets(&keychain);
        BackendRegistry backends;
        QNetworkAccessManager network;
        QThreadPool pool;
        AccountsService accounts(&store, &secrets, &backends, &network);
        accounts.setWorkerPool(&pool);
        accounts.setSandbox(SandboxEndpoint{QUrl(u"http://127.0.0.1:9"_s), u"k"_s, u"t"_s, u"k"_s});
        QSignalSpy ready(&accounts, &AccountsService::ready);
        accounts.activate(); // the built-in sandbox accounts: no key to look up
        QVERIFY(ready.count() == 1 || ready.wait());
        QCOMPARE(backends.backends().size(), 2);
        for (const OrderBackend* backend : backends.backends())
            QCOMPARE(backend->workerPool(), &pool);
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
