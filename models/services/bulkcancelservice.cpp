#include "bulkcancelservice.h"

#include "api/orderbackend.h"
#include "domain/csv.h"
#include "history/historywriter.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcBulkCancel, "orderdesk.bulkcancel")

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxReadsInFlight = 6; // QNetworkAccessManager's parallel HTTP/1.1 requests per host
} // namespace

QString BulkCancelItem::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Reading:
        return u"reading"_s;
    case Verdict::WillCancel:
        return u"will-cancel"_s;
    case Verdict::Already:
        return u"already-cancelled"_s;
    case Verdict::Refused:
        return u"refused"_s;
    case Verdict::Unreadable:
        return u"unreadable"_s;
    }
    return {};
}

QString BulkCancelItem::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Reading:
        return BulkCancelService::tr("Reading…");
    case Verdict::WillCancel:
        return BulkCancelService::tr("Will cancel");
    case Verdict::Already:
        return BulkCancelService::tr("Cannot: already cancelled");
    case Verdict::Refused:
        return BulkCancelService::tr("Cannot: the policy refuses");
    case Verdict::Unreadable:
        return BulkCancelService::tr("Cannot: could not be read");
    }
    return {};
}

QString BulkCancelItem::resultKey(Result result)
{
    switch (result) {
    case Result::Pending:
        return u"pending"_s;
    case Result::Cancelled:
        return u"cancelled"_s;
    case Result::AlreadyCancelled:
        return u"already-cancelled"_s;
    case Result::RefusedByPolicy:
        return u"refused-by-policy"_s;
    case Result::RefusedByPlatform:
        return u"refused-by-platform"_s;
    case Result::Failed:
        return u"failed"_s;
    case Result::Unknown:
        return u"unknown"_s;
    case Result::NotSent:
        return u"not-sent"_s;
    }
    return {};
}

QString BulkCancelItem::resultLabel(Result result)
{
    switch (result) {
    case Result::Pending:
        return BulkCancelService::tr("Waiting");
    case Result::Cancelled:
        return BulkCancelService::tr("Cancelled");
    case Result::AlreadyCancelled:
        return BulkCancelService::tr("Already cancelled");
    case Result::RefusedByPolicy:
        return BulkCancelService::tr("Refused by the policy");
    case Result::RefusedByPlatform:
        return BulkCancelService::tr("Refused by the platform");
    case Result::Failed:
        return BulkCancelService::tr("Failed, not sent");
    case Result::Unknown:
        return BulkCancelService::tr("Unknown");
    case Result::NotSent:
        return BulkCancelService::tr("Not sent (stopped)");
    }
    return {};
}

BulkCancelService::BulkCancelService(BackendRegistry* backends, HistoryWriter* history, OrderListModel* model,
                                     AgentInfo agent, QObject* parent)
    : QObject(parent)
    , m_backends(backends)
    , m_history(history)
    , m_model(model)
    , m_agent(std::move(agent))
{
    qRegisterMetaType<BulkCancelCounts>();
}

BulkCancelService::~BulkCancelService()
{
    // A job still out belongs to its backend and finishes there; it no longer reports here.
    for (const QPointer<CancelOrderJob>& job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

BulkCancelCounts BulkCancelService::counts() const
{
    BulkCancelCounts c;
    c.total = int(m_items.size());
    for (const BulkCancelItem& item : m_items) {
        switch (item.verdict) {
        case BulkCancelItem::Verdict::Reading:
            ++c.reading;
            break;
        case BulkCancelItem::Verdict::WillCancel:
            ++c.willCancel;
            break;
        default:
            ++c.cannot;
        }
        c.rateLimitWaits += item.rateLimitedSends;
        switch (item.result) {
        case BulkCancelItem::Result::Pending:
            continue;
        case BulkCancelItem::Result::Cancelled:
            ++c.cancelled;
            break;
        case BulkCancelItem::Result::AlreadyCancelled:
            ++c.alreadyCancelled;
            break;
        case BulkCancelItem::Result::RefusedByPolicy:
            ++c.refusedByPolicy;
            break;
        case BulkCancelItem::Result::RefusedByPlatform:
            ++c.refusedByPlatform;
            break;
        case BulkCancelItem::Result::Failed:
            ++c.failed;
            break;
        case BulkCancelItem::Result::Unknown:
            ++c.unknown;
            break;
        case BulkCancelItem::Result::NotSent:
            ++c.notSent;
            break;
        }
        ++c.done;
    }
    return c;
}

void BulkCancelService::preview(const QList<OrderRef>& orders)
{
    Q_ASSERT(!m_running);
    m_items.clear();
    m_rowOf.clear();
    m_toRead.clear();
    ++m_generation; // a dialog closed while reading left reads out: their answers are not for this preview
    m_readsInFlight = 0;
    QSet<QString> seen;
    for (const OrderRef& ref : orders) {
        const QString key = OrderListModel::keyOf(ref.accountId, ref.orderId);
        if (ref.orderId.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        m_rowOf.insert(key, int(m_items.size()));
        BulkCancelItem item;
        item.accountId = ref.accountId;
        item.orderId = ref.orderId;
        m_toRead.append(int(m_items.size()));
        m_items.append(item);
    }
    m_previewing = true;
    emitProgress();
    if (m_toRead.isEmpty()) {
        m_previewing = false;
        QMetaObject::invokeMethod(this, &BulkCancelService::previewFinished, Qt::QueuedConnection);
        return;
    }
    readNext();
}

void BulkCancelService::readNext()
{
    while (m_readsInFlight < MaxReadsInFlight && !m_toRead.isEmpty()) {
        const int row = m_toRead.takeFirst();
        BulkCancelItem& item = m_items[row];
        OrderBackend* backend = m_backends->backend(item.accountId);
        if (!backend) {
            item.verdict = BulkCancelItem::Verdict::Unreadable;
            item.why = tr("The account %1 is not configured.").arg(item.accountId);
            emit itemChanged(row);
            continue;
        }
        ++m_readsInFlight;
        FetchOrderJob* job = backend->fetchOrder(item.orderId);
        connect(job, &ApiJob::finished, this,
                [this, row, job, generation = m_generation] { onRead(generation, row, job); });
    }
    if (m_readsInFlight == 0 && m_toRead.isEmpty() && m_previewing) {
        m_previewing = false;
        emitProgress();
        emit previewFinished();
    }
}

void BulkCancelService::onRead(int generation, int row, FetchOrderJob* job)
{
    if (generation != m_generation)
        return;
    --m_readsInFlight;
    BulkCancelItem& item = m_items[row];
    if (job->failed()) {
        item.verdict = BulkCancelItem::Verdict::Unreadable;
        item.error = *job->error();
        item.why = job->error()->userMessage();
    } else {
        item.order = job->order();
        if (m_model)
            m_model->upsertOrder(job->order());
        const CancelVerdict verdict = CancellationPolicy::evaluate(job->order());
        if (job->order().status == u"cancelled") {
            item.verdict = BulkCancelItem::Verdict::Already;
            item.why = tr("The order is already cancelled.");
        } else if (!verdict.allowed) {
            item.verdict = BulkCancelItem::Verdict::Refused;
            item.why = verdict.explanation;
        } else {
            item.verdict = BulkCancelItem::Verdict::WillCancel;
            item.why.clear();
        }
    }
    emit itemChanged(row);
    emitProgress();
    readNext();
}

std::optional<ApiError> BulkCancelService::run(const CancelReason& reason)
{
    if (m_running)
        return ApiError(ApiError::Kind::Validation, tr("This bulk cancel is already running."));
    if (m_previewing)
        return ApiError(ApiError::Kind::Validation, tr("The orders are still being read."));
    if (!reason.isValid())
        return ApiError(ApiError::Kind::Validation,
                        tr("Give a reason of 1 to %1 characters.").arg(CancelReason::MaxLength));
    m_reason = reason;
    m_batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_stopping = false;
    m_running = true;
    m_lanes.clear();
    for (int row = 0; row < m_items.size(); ++row) {
        BulkCancelItem& item = m_items[row];
        switch (item.verdict) {
        case BulkCancelItem::Verdict::WillCancel:
            m_lanes[item.accountId].queue.append(row);
            continue;
        case BulkCancelItem::Verdict::Already:
            item.result = BulkCancelItem::Result::AlreadyCancelled;
            item.message = item.why;
            break;
        case BulkCancelItem::Verdict::Refused:
            item.result = BulkCancelItem::Result::RefusedByPolicy;
            item.message = item.why;
            break;
        case BulkCancelItem::Verdict::Reading:
        case BulkCancelItem::Verdict::Unreadable:
            item.result = BulkCancelItem::Result::Failed;
            item.message = tr("Not sent: %1").arg(item.why);
            break;
        }
        emit itemChanged(row);
    }
    qCInfo(lcBulkCancel).noquote() << "bulk cancel" << m_batchId << "of" << m_items.size() << "orders on"
                                   << m_lanes.size() << "accounts";
    emitProgress();
    const QStringList accounts = m_lanes.keys();
    if (accounts.isEmpty()) {
        QMetaObject::invokeMethod(this, &BulkCancelService::finishIfDone, Qt::QueuedConnection);
        return std::nullopt;
    }
    for (const QString& account : accounts)
        startNext(account);
    return std::nullopt;
}

void BulkCancelService::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcBulkCancel).noquote() << "bulk cancel" << m_batchId << "stopping";
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        Lane& lane = it.value();
        for (int row : std::as_const(lane.queue))
            setResult(row, BulkCancelItem::Result::NotSent, tr("Stopped before it was sent."));
        lane.queue.clear();
        discardPrepared(it.key());
        if (lane.wait) {
            // Waiting out a 429: that send was not applied and is in the history as refused.
            delete lane.wait;
            setResult(lane.waitingRow, BulkCancelItem::Result::NotSent,
                      tr("Stopped while waiting for the platform's rate limit; the cancel was not applied."));
            lane.waitingRow = -1;
            lane.busy = false;
        }
    }
    emitProgress();
    finishIfDone();
}

bool BulkCancelService::isInRun(const QString& accountId, const QString& orderId) const
{
    if (!m_running)
        return false;
    const int row = m_rowOf.value(OrderListModel::keyOf(accountId, orderId), -1);
    return row >= 0 && m_items.at(row).verdict == BulkCancelItem::Verdict::WillCancel &&
           m_items.at(row).result == BulkCancelItem::Result::Pending;
}

void BulkCancelService::startNext(const QString& accountId)
{
    Lane& lane = m_lanes[accountId];
    if (lane.busy)
        return;
    if (m_stopping || lane.queue.isEmpty()) {
        finishIfDone();
        return;
    }
    lane.busy = true;
    sendItem(lane.queue.takeFirst());
}

void BulkCancelService::sendItem(int row)
{
    const BulkCancelItem& item = m_items.at(row);
    OrderBackend* backend = m_backends->backend(item.accountId);
    Lane& lane = m_lanes[item.accountId];
    const bool prepared = lane.prepared.row == row;
    if (!backend) {
        if (prepared)
            discardPrepared(item.accountId);
        setResult(row, BulkCancelItem::Result::Failed, tr("The order's account is no longer configured."));
        laneDone(item.accountId);
        return;
    }
    if (m_busyElsewhere && m_busyElsewhere(item.accountId, item.orderId)) {
        if (prepared)
            discardPrepared(item.accountId);
        setResult(row, BulkCancelItem::Result::NotSent,
                  tr("Another cancel of this order was running, so this one was not sent."));
        laneDone(item.accountId);
        return;
    }
    if (prepared) {
        // Its entry was written while the order before it was out.
        if (!lane.prepared.recorded) {
            lane.prepared.useOnArrival = true;
            return;
        }
        const CancelAttempt attempt = lane.prepared.attempt;
        const Result<qint64> recorded = *lane.prepared.recorded;
        lane.prepared = {};
        onPendingRecorded(row, attempt, recorded);
        return;
    }
    CancelAttempt attempt = pendingCancelAttempt(*item.order, backend->account(), m_reason, m_agent);
    attempt.batchId = m_batchId;
    // Nothing is sent that the history does not know about.
    m_history->recordPending(attempt, this, [this, row, attempt](const Result<qint64>& recorded) {
        onPendingRecorded(row, attempt, recorded);
    });
}

void BulkCancelService::onPendingRecorded(int row, CancelAttempt attempt, const Result<qint64>& recorded)
{
    const QString accountId = m_items.at(row).accountId;
    if (!recorded.ok()) {
        emit historyFailed(recorded.error());
        setResult(row, BulkCancelItem::Result::NotSent,
                  tr("The attempt could not be written to the cancellation history, so nothing was sent. %1")
                      .arg(recorded.error().message));
        // Nothing more can be recorded: send nothing more.
        stop();
        laneDone(accountId);
        return;
    }
    attempt.id = recorded.value();
    OrderBackend* backend = m_backends->backend(accountId);
    if (m_stopping || !backend) {
        // Recorded, not sent: the entry says so rather than staying pending.
        CancelOutcome notSent;
        notSent.kind = CancelOutcome::Kind::Failed;
        notSent.error =
            ApiError(ApiError::Kind::Aborted,
                     backend ? tr("The bulk cancel was stopped before this cancel was sent.")
                             : tr("The accounts or their settings were changed before the cancel was sent."));
        completeCancelAttempt(&attempt, notSent);
        m_history->recordOutcome(attempt, this, [this](const std::optional<ApiError>& error) {
            if (error)
                emit historyFailed(*error);
        });
        setResult(row, BulkCancelItem::Result::NotSent, notSent.error->message);
        laneDone(accountId);
        return;
    }
    CancelOrderJob* job = backend->cancelOrder(m_items.at(row).orderId, attempt.reasonText);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, row, attempt, job] { onCancelFinished(row, attempt, job); });
    if (m_model)
        connect(job, &CancelOrderJob::orderChecked, m_model.data(), &OrderListModel::upsertOrder);
    connect(job, &CancelOrderJob::requestSent, this, [this, row] {
        ++m_requestsSent;
        emit cancelSent(row);
    });
    prepareNext(accountId);
}

void BulkCancelService::prepareNext(const QString& accountId)
{
    Lane& lane = m_lanes[accountId];
    if (m_stopping || lane.queue.isEmpty() || lane.prepared.row >= 0)
        return;
    const int row = lane.queue.first();
    const BulkCancelItem& item = m_items.at(row);
    OrderBackend* backend = m_backends->backend(accountId);
    if (!backend || (m_busyElsewhere && m_busyElsewhere(accountId, item.orderId)))
        return; // sendItem() says why when its turn comes
    CancelAttempt attempt = pendingCancelAttempt(*item.order, backend->account(), m_reason, m_agent);
    attempt.batchId = m_batchId;
    lane.prepared.row = row;
    lane.prepared.attempt = attempt;
    m_history->recordPending(attempt, this, [this, accountId, row](const Result<qint64>& recorded) {
        onPrepared(accountId, row, recorded);
    });
}

void BulkCancelService::onPrepared(const QString& accountId, int row, const Result<qint64>& recorded)
{
    Lane& lane = m_lanes[accountId];
    if (lane.prepared.row != row)
        return;
    lane.prepared.recorded = recorded;
    if (lane.prepared.useOnArrival) {
        // Its turn came while it was being written; stopped meanwhile, onPendingRecorded says so.
        const CancelAttempt attempt = lane.prepared.attempt;
        lane.prepared = {};
        onPendingRecorded(row, attempt, recorded);
    } else if (lane.prepared.discard) {
        discardPrepared(accountId);
    }
}

void BulkCancelService::discardPrepared(const QString& accountId)
{
    Lane& lane = m_lanes[accountId];
    if (lane.prepared.row < 0)
        return;
    if (!lane.prepared.recorded) {
        lane.prepared.discard = true; // completed when the history answers
        return;
    }
    CancelAttempt attempt = lane.prepared.attempt;
    const Result<qint64> recorded = *lane.prepared.recorded;
    lane.prepared = {};
    if (recorded.ok()) {
        attempt.id = recorded.value();
        completeNotSent(attempt, tr("The bulk cancel was stopped before this cancel was sent."));
    }
    finishIfDone();
}

void BulkCancelService::completeNotSent(CancelAttempt attempt, const QString& why)
{
    CancelOutcome notSent;
    notSent.kind = CancelOutcome::Kind::Failed;
    notSent.error = ApiError(ApiError::Kind::Aborted, why);
    completeCancelAttempt(&attempt, notSent);
    m_history->recordOutcome(attempt, this, [this](const std::optional<ApiError>& error) {
        if (error)
            emit historyFailed(*error);
    });
}

void BulkCancelService::onCancelFinished(int row, CancelAttempt attempt, CancelOrderJob* job)
{
    m_jobs.removeAll(job);
    const CancelOutcome outcome = job->outcome();
    BulkCancelItem& item = m_items[row];
    const QString accountId = item.accountId;
    item.httpStatus = outcome.httpStatus;
    item.error = outcome.error;
    item.reRead = outcome.reRead;
    if (outcome.order) {
        item.order = outcome.order;
        if (m_model)
            m_model->upsertOrder(*outcome.order);
    }
    completeCancelAttempt(&attempt, outcome);
    m_history->recordOutcome(attempt, this, [this](const std::optional<ApiError>& error) {
        if (error)
            emit historyFailed(*error);
    });

    const bool rateLimited = outcome.kind == CancelOutcome::Kind::Refused && outcome.error &&
                             outcome.error->kind == ApiError::Kind::RateLimited;
    if (rateLimited) {
        // A 429 applied nothing: wait as asked, then send it once more (a new entry). The only resend.
        const int wait = outcome.error->retryAfterSeconds.value_or(1);
        if (wait > m_maxRetryAfter) {
            setResult(row, BulkCancelItem::Result::RefusedByPlatform,
                      tr("The platform asked to wait %1 s before sending again; not sent again.").arg(wait));
            laneDone(accountId);
            return;
        }
        ++item.rateLimitedSends;
        if (m_stopping) {
            setResult(row, BulkCancelItem::Result::NotSent,
                      tr("Stopped after the platform's rate limit refused it; the cancel was not applied."));
            laneDone(accountId);
            return;
        }
        qCInfo(lcBulkCancel).noquote() << "429 for" << accountId << item.orderId << "; waiting" << wait << "s";
        Lane& lane = m_lanes[accountId];
        lane.waitingRow = row;
        lane.wait = new QTimer(this);
        lane.wait->setSingleShot(true);
        connect(lane.wait, &QTimer::timeout, this, [this, row, accountId] {
            Lane& l = m_lanes[accountId];
            l.wait->deleteLater();
            l.waitingRow = -1;
            sendItem(row);
        });
        lane.wait->start(std::max(0, wait) * 1000);
        emitProgress();
        return;
    }

    switch (outcome.kind) {
    case CancelOutcome::Kind::Cancelled:
        setResult(row, BulkCancelItem::Result::Cancelled, outcome.platformMessage);
        break;
    case CancelOutcome::Kind::AlreadyCancelled:
        setResult(row, BulkCancelItem::Result::AlreadyCancelled, outcome.summary());
        break;
    case CancelOutcome::Kind::Refused:
        setResult(row,
                  outcome.requestSent ? BulkCancelItem::Result::RefusedByPlatform
                                      : BulkCancelItem::Result::RefusedByPolicy,
                  outcome.error ? outcome.error->message : outcome.summary());
        break;
    case CancelOutcome::Kind::Failed:
        setResult(row, BulkCancelItem::Result::Failed, outcome.summary());
        break;
    case CancelOutcome::Kind::Unknown:
        setResult(row, BulkCancelItem::Result::Unknown, outcome.summary());
        break;
    }
    laneDone(accountId);
}

void BulkCancelService::laneDone(const QString& accountId)
{
    m_lanes[accountId].busy = false;
    startNext(accountId);
}

void BulkCancelService::setResult(int row, BulkCancelItem::Result result, const QString& message)
{
    BulkCancelItem& item = m_items[row];
    item.result = result;
    item.message = message;
    emit itemChanged(row);
    emitProgress();
}

void BulkCancelService::finishIfDone()
{
    if (!m_running)
        return;
    for (const Lane& lane : std::as_const(m_lanes)) {
        if (lane.busy || !lane.queue.isEmpty() || lane.prepared.row >= 0)
            return;
    }
    m_running = false;
    // Finished once the history has every outcome: the writer answers in order, so this answer comes last.
    m_history->pendingAttempts(this, [this](const Result<QList<CancelAttempt>>&) {
        qCInfo(lcBulkCancel).noquote() << "bulk cancel" << m_batchId << "finished";
        emitProgress();
        emit finished();
    });
}

QByteArray BulkCancelService::resultsCsv(const QList<BulkCancelItem>& items, const QString& batchId)
{
    QByteArray out(Csv::Utf8Bom);
    out += Csv::row({u"batchId"_s, u"account"_s, u"orderId"_s, u"customer"_s, u"verdict"_s, u"why"_s, u"result"_s,
                     u"httpStatus"_s, u"rateLimitedSends"_s, u"message"_s});
    for (const BulkCancelItem& item : items) {
        out +=
            Csv::row({batchId, item.accountId, item.orderId, item.order ? item.order->customerDisplayName() : QString(),
                      BulkCancelItem::verdictKey(item.verdict), item.why, BulkCancelItem::resultKey(item.result),
                      item.httpStatus ? QString::number(item.httpStatus) : QString(),
                      QString::number(item.rateLimitedSends), item.message});
    }
    return out;
}

} // namespace OrderDesk
