#pragma once

#include "domain/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace OrderDesk {

class BackendRegistry;
class CancellationHistory;

// Settles the attempts an earlier run left "pending" (OrderDesk stopped between sending a cancel
// and recording its answer): each order is read again and the entry completed as "unknown" with
// what the platform shows now. An entry whose account is missing or unreachable stays pending,
// visible, for the next try. Attempts of this run are never touched.
class PendingReconciler : public QObject
{
    Q_OBJECT

public:
    PendingReconciler(CancellationHistory* history, BackendRegistry* backends,
                      QDateTime runStartedUtc = QDateTime::currentDateTimeUtc(), QObject* parent = nullptr);

    // Starts the re-reads; finished() follows once every one has answered.
    void reconcile();
    // Whether re-reads are in flight.
    bool isRunning() const { return !m_inFlight.isEmpty(); }

signals:
    void finished(int settled, int stillPending);
    void historyFailed(const OrderDesk::ApiError& error);

private:
    void oneDone(bool settled);

    CancellationHistory* m_history;
    BackendRegistry* m_backends;
    QDateTime m_runStarted;
    QSet<qint64> m_inFlight; // attempt ids being re-read
    int m_settled = 0;
    int m_left = 0;
};

} // namespace OrderDesk
