#include "orderloader.h"

#include "api/allocator.h"
#include "api/asyncdecode.h"
#include "api/orderbackend.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

#include <QElapsedTimer>

namespace OrderDesk {

namespace {
// Pages that arrive within this long of each other go into the model together: one insert and
// one repaint instead of one per page, and the first page of a load always goes in at once.
constexpr int FlushIntervalMs = 100;
// Orders go into the model in slices of this many, for at most FlushBudgetMs per turn of the
// event loop, so that one list of 50,000 orders never freezes the window; the rest follow in the
// next turns. (Rows that land scattered in a sorted view cost the proxy time in proportion to the
// rows it holds, so a fixed count per turn would stall longer the more rows there are.)
constexpr qsizetype FlushSlice = 500;
constexpr qint64 FlushBudgetMs = 10;
// How long after a load the free memory is handed back: long enough for the load's replies, jobs
// and replaced pages to be freed (deferred deletes, the pages' release on the pool), short enough
// to come before the agent's next refresh.
constexpr int IdleTrimDelayMs = 500;
} // namespace

OrderLoader::OrderLoader(BackendRegistry* backends, OrderListModel* model, QThreadPool* workers, QObject* parent)
    : QObject(parent)
    , m_backends(backends)
    , m_model(model)
    , m_workers(workers)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &OrderLoader::flush);
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(IdleTrimDelayMs);
    connect(&m_trimTimer, &QTimer::timeout, this, &OrderLoader::returnMemory);
}

void OrderLoader::reload()
{
    stop();
    drain(); // what the stopped load received goes in, and its accounts are settled, before anew
    m_loaded = 0;
    m_unchanged = 0;
    m_firstPageShown = false;
    QSet<QString> shown;
    for (OrderBackend* backend : m_backends->backends()) {
        const Account& account = backend->account();
        if (!account.enabled)
            continue;
        const QString accountId = account.id;
        shown.insert(accountId);
        m_model->setAccountLabel(accountId, account.displayLabel());
        m_model->beginAccountRefresh(accountId);
        // An account's first list takes no fingerprints: there is nothing to skip yet, and taking
        // them made the first load of 100,000 orders about a tenth slower (measured), the load the
        // agent waits for at start. The lists after it take them, and skip what is unchanged.
        std::optional<KnownOrders> known;
        if (const auto it = m_known.constFind(accountId); it != m_known.cend()) {
            known = it.value();
            m_listing[accountId].reserve(known->size()); // one allocation, not one at each growth step
        }
        ListOrdersJob* job = backend->listOrders({}, std::move(known));
        m_jobs.insert(accountId, job);
        connect(job, &ListOrdersJob::pageReceived, this, &OrderLoader::onPage);
        connect(job, &ApiJob::finished, this, [this, accountId, job] { onJobFinished(accountId, job); });
    }
    // Accounts removed or disabled since the last load take their rows with them.
    for (const QString& gone : std::as_const(m_shownAccounts)) {
        if (!shown.contains(gone)) {
            m_model->removeAccount(gone);
            m_known.remove(gone);
        }
    }
    m_shownAccounts = shown;
    if (m_jobs.isEmpty()) {
        emit finished();
        return;
    }
    emit loadingChanged(true);
    emit progress(0, int(m_jobs.size()));
}

void OrderLoader::stop()
{
    const auto jobs = m_jobs;
    for (const QPointer<ListOrdersJob>& job : jobs) {
        if (job)
            job->abort(); // finishes with Aborted, handled below
    }
}

void OrderLoader::onPage(const QList<Order>& orders)
{
    m_pending.append(orders); // implicitly shared: no order is copied here
    m_loaded += int(orders.size());
    emit progress(m_loaded, int(m_jobs.size()));
    if (!m_firstPageShown) {
        m_firstPageShown = true;
        flush();
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start(FlushIntervalMs);
    }
}

void OrderLoader::flush()
{
    m_flushTimer.stop();
    QElapsedTimer turn;
    turn.start();
    while (!m_pending.isEmpty() && turn.elapsed() < FlushBudgetMs) {
        const QList<Order>& page = m_pending.constFirst();
        const qsizetype count = std::min(FlushSlice, page.size() - m_pendingDone);
        upsert(page, m_pendingDone, count);
        m_pendingDone += count;
        if (m_pendingDone == page.size()) {
            // Its orders were made on a decoding thread: freeing them here cost the GUI thread
            // about 5 ms a page during a refresh, and up to 45 ms when the allocator consolidated.
            releaseInBackground(m_workers, m_pending.takeFirst());
            m_pendingDone = 0;
        }
    }
    if (!m_pending.isEmpty()) {
        m_flushTimer.start(0); // the rest in the next turn, after input and painting
        return;
    }
    settleFinished();
}

// Into the model, and what was listed into the running refresh's fingerprints (a page is one
// account's).
void OrderLoader::upsert(const QList<Order>& page, qsizetype from, qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype lost = m_model->upsertOrders(page, from, count);
    const QString& accountId = page.at(from).accountId;
    if (lost > 0)
        m_markersLost.insert(accountId);
    KnownOrders& listing = m_listing[accountId];
    for (qsizetype i = from; i < from + count; ++i) {
        const Order& order = page.at(i);
        if (order.listFingerprint != 0)
            listing.insert(order.listFingerprint, order.id);
        m_unchanged += order.unchangedSinceListed ? 1 : 0;
    }
}

void OrderLoader::drain()
{
    m_flushTimer.stop();
    for (const QList<Order>& page : std::exchange(m_pending, {})) {
        upsert(page, m_pendingDone, page.size() - m_pendingDone);
        m_pendingDone = 0;
    }
    settleFinished();
}

void OrderLoader::onJobFinished(const QString& accountId, ListOrdersJob* job)
{
    m_jobs.remove(accountId);
    Settled settled;
    settled.accountId = accountId;
    settled.orders = job->ordersSoFar();
    settled.error = job->error();
    m_settling.append(settled);
    // Everything received must be in the model before the account's refresh ends and removes what
    // it did not see: that happens in flush(), once the last chunk is in. The rest goes in at the
    // next turn, not when the gathering interval of the pages would have ended.
    if (m_pending.isEmpty())
        flush();
    else
        m_flushTimer.start(0);
}

void OrderLoader::settleFinished()
{
    if (m_settling.isEmpty())
        return;
    const QList<Settled> settling = std::exchange(m_settling, {});
    for (const Settled& s : settling) {
        settleKnown(s.accountId, !s.error);
        if (s.error) {
            // Keep what the account showed before rather than a half list.
            m_model->endAccountRefresh(s.accountId, false);
            if (s.error->kind != ApiError::Kind::Aborted)
                emit accountFailed(s.accountId, *s.error);
        } else {
            m_model->endAccountRefresh(s.accountId, true);
            emit accountLoaded(s.accountId, s.orders);
        }
    }
    if (!isLoading() && std::exchange(m_relist, false)) {
        // Markers named rows the model no longer held: the accounts concerned list again, whole,
        // before the load counts as done (the others as markers again, which costs little).
        QMetaObject::invokeMethod(this, &OrderLoader::reload, Qt::QueuedConnection);
        return;
    }
    if (!isLoading()) {
        // What this load's bodies, decoding and replaced pages left free goes back to the system
        // once they are freed: without it a desk refreshing all day kept growing.
        m_trimTimer.start();
        emit loadingChanged(false);
        emit finished();
    }
}

// What the account's rows were listed as, for its next refresh. A complete list replaces it; a
// partial one (failed, stopped) leaves the rows it did not reach as they were listed before.
void OrderLoader::settleKnown(const QString& accountId, bool complete)
{
    KnownOrders listed = m_listing.take(accountId);
    if (m_markersLost.remove(accountId)) {
        // The fingerprints name rows the model holds, unless someone else removed some; then the
        // account lists again at once, every order whole, and brings the missing ones back.
        qWarning("orderdesk: a refresh of account %s named orders the list no longer held; listing it again",
                 qPrintable(accountId));
        m_known.remove(accountId);
        m_relist = true;
        return;
    }
    if (!complete) {
        const QSet<QString> relisted(listed.cbegin(), listed.cend());
        const KnownOrders before = m_known.value(accountId);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!relisted.contains(it.value()))
                listed.insert(it.key(), it.value());
        }
    }
    m_known.insert(accountId, std::move(listed));
}

void OrderLoader::returnMemory()
{
    if (isLoading())
        return; // the next load's end starts the timer again
    returnFreeMemory(m_workers).then(this, [this] { emit memoryReturned(); });
}

} // namespace OrderDesk
