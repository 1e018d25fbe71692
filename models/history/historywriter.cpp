#include "historywriter.h"

#include <QPointer>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

HistoryWriter::HistoryWriter(const HistoryLocation& location, QObject* parent)
    : HistoryWriter(
          [location]() -> Result<std::unique_ptr<CancellationHistory>> {
              Result<std::unique_ptr<SqlCancellationHistory>> store = SqlCancellationHistory::open(location);
              if (!store.ok())
                  return store.error();
              return std::unique_ptr<CancellationHistory>(std::move(store).value());
          },
          parent)
{}

HistoryWriter::HistoryWriter(Opener opener, QObject* parent)
    : QObject(parent)
    , m_inThread(new QObject)
{
    m_thread.setObjectName(u"orderdesk-history"_s);
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.start();
    // Opening (and migrating) is the first work in the queue: every call made meanwhile waits behind it.
    QMetaObject::invokeMethod(
        m_inThread,
        [this, opener = std::move(opener)] {
            Result<std::unique_ptr<CancellationHistory>> store = opener();
            std::optional<ApiError> error;
            if (store.ok()) {
                m_store = std::move(store).value();
            } else {
                error = store.error();
                m_store = std::make_unique<UnavailableHistory>(*error);
            }
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    m_openError = error;
                    m_open = !error;
                    if (error)
                        emit openFailed(*error);
                    else
                        emit opened();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

HistoryWriter::~HistoryWriter()
{
    // Queued last, so it runs after every write already asked for; the store closes its connection
    // in the thread that opened it.
    QMetaObject::invokeMethod(
        m_inThread,
        [this] {
            m_store.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    m_inThread = nullptr; // deleted as the thread finished
}

template <typename R>
void HistoryWriter::post(std::function<R(CancellationHistory&)> work, QObject* context,
                         std::function<void(const R&)> done)
{
    // The receiver is checked where it lives: in this thread, when the answer arrives.
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_inThread,
        [this, work = std::move(work), receiver, done = std::move(done)] {
            R result = work(*m_store);
            QMetaObject::invokeMethod(
                this,
                [receiver, done, result = std::move(result)] {
                    if (receiver && done)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryWriter::recordPending(const CancelAttempt& attempt, QObject* context,
                                  std::function<void(const Result<qint64>&)> done)
{
    post<Result<qint64>>([attempt](CancellationHistory& store) { return store.recordPending(attempt); }, context,
                         std::move(done));
}

void HistoryWriter::recordOutcome(const CancelAttempt& completed, QObject* context,
                                  std::function<void(const std::optional<ApiError>&)> done)
{
    post<std::optional<ApiError>>([completed](CancellationHistory& store) { return store.recordOutcome(completed); },
                                  context, std::move(done));
}

void HistoryWriter::pendingAttempts(QObject* context, std::function<void(const Result<QList<CancelAttempt>>&)> done)
{
    post<Result<QList<CancelAttempt>>>([](CancellationHistory& store) { return store.pendingAttempts(); }, context,
                                       std::move(done));
}

} // namespace OrderDesk
