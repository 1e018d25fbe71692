#pragma once

#include "domain/apierror.h"
#include "history/cancelattempt.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace OrderDesk {

class BackendRegistry;
class HistoryWriter;

// Settles the attempts an earlier run left "pending" (OrderDesk stopped between sending a cancel
// and recording its answer): each order is read again and the entry completed as "unknown" with
// what the platform shows now. An entry whose account is missing or unreachable stays pending,
// visible, for the next try. A subscription's entry is completed as "unknown" without reading
// anything: FlexPortal shows no subscription's state. Attempts of this run are never touched. The history is read and
// written on its own thread (HistoryWriter): nothing here waits for it.
class PendingReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingReconciler)

public:
    PendingReconciler(HistoryWriter* history, BackendRegistry* backends,
                      QDateTime runStartedUtc = QDateTime::currentDateTimeUtc(), QObject* parent = nullptr);

    // Reads the pending entries, then re-reads their orders; finished() follows once every one has
    // answered and its entry is written.
    void reconcile();
    // Whether the entries are being read, or re-reads (or their writes) are in flight.
    bool isRunning() const { return m_reading || !m_inFlight.isEmpty(); }

signals:
    void finished(int settled, int stillPending);
    void historyFailed(const OrderDesk::ApiError& error);

private:
    void settle(const QList<CancelAttempt>& pending);
    void settleSubscription(const CancelAttempt& attempt);
    void oneDone(bool settled);

    HistoryWriter* m_history;
    BackendRegistry* m_backends;
    QDateTime m_runStarted;
    bool m_reading = false;  // the pending entries are being read
    QSet<qint64> m_inFlight; // attempt ids being re-read or written
    int m_settled = 0;
    int m_left = 0;
};

} // namespace OrderDesk
