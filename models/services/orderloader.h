#pragma once

#include "api/knownorders.h"
#include "domain/apierror.h"
#include "domain/order.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QThreadPool;

namespace OrderDesk {

class BackendRegistry;
class ListOrdersJob;
class OrderListModel;

// Loads every enabled account's orders into the list model, page by page, all accounts at once.
// A reload refreshes rows in place; an account that fails keeps its previous rows and is reported
// on its own, without hiding the others.
class OrderLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLoader)

public:
    // Delivered pages are freed on `workers` (the composition root's pool), or in place without one.
    OrderLoader(BackendRegistry* backends, OrderListModel* model, QThreadPool* workers, QObject* parent = nullptr);

    void reload();
    void stop();
    bool isLoading() const { return !m_jobs.isEmpty() || !m_settling.isEmpty(); }
    int ordersLoaded() const { return m_loaded; }
    // Of those, how many were listed exactly as the refresh before had them, so came as markers
    // and were not built again (api/knownorders.h).
    int ordersUnchanged() const { return m_unchanged; }

signals:
    void loadingChanged(bool loading);
    void progress(int ordersLoaded, int accountsLoading);
    void accountFailed(const QString& accountId, const OrderDesk::ApiError& error);
    void accountLoaded(const QString& accountId, int orders);
    void finished();
    // The free memory a load left was handed back to the system (after the desk was idle for
    // IdleTrimDelayMs); tests measure memory at rest after it.
    void memoryReturned();

private:
    void onPage(const QList<Order>& orders);
    void upsert(const QList<Order>& page, qsizetype from, qsizetype count);
    void settleKnown(const QString& accountId, bool complete);
    void flush();
    void drain();
    void settleFinished();
    void returnMemory();
    void onJobFinished(const QString& accountId, ListOrdersJob* job);

    BackendRegistry* m_backends;
    OrderListModel* m_model;
    QThreadPool* m_workers;
    QHash<QString, QPointer<ListOrdersJob>> m_jobs;
    QSet<QString> m_shownAccounts; // the accounts whose rows the model holds
    // Per account: the fingerprints of what its rows were last listed as, handed to its next list
    // so that only what changed is built (they name rows the model holds); and what the running
    // refresh has listed so far, which replaces them when it ends.
    QHash<QString, KnownOrders> m_known;
    QHash<QString, KnownOrders> m_listing;
    QSet<QString> m_markersLost; // accounts with a marker for a row the model did not have
    bool m_relist = false;       // so the load lists those accounts again before it ends
    // Pages received and not yet (wholly) in the model, shared with the jobs that delivered them
    // rather than copied; the first m_pendingDone orders of the first page are in already.
    QList<QList<Order>> m_pending;
    qsizetype m_pendingDone = 0;
    QTimer m_flushTimer; // pages after the first go into the model in batches
    QTimer m_trimTimer;  // the idle moment after a load, then returnFreeMemory()
    bool m_firstPageShown = false;
    // Accounts whose load ended, waiting for their last orders to reach the model.
    struct Settled
    {
        QString accountId;
        int orders = 0;
        std::optional<ApiError> error;
    };
    QList<Settled> m_settling;
    int m_loaded = 0;
    int m_unchanged = 0;
};

} // namespace OrderDesk
