#include "clibulkcancel.h"

#include "api/orderbackend.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

std::optional<QStringList> readOrderIds(const QString& fileOrDash, QString* error)
{
    QFile file;
    bool opened = false;
    if (fileOrDash == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly | QIODevice::Text);
    } else {
        file.setFileName(fileOrDash);
        opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
    }
    if (!opened) {
        *error = BulkCancelCommand::tr("cannot read the order ids from %1: %2")
                     .arg(fileOrDash == u"-" ? BulkCancelCommand::tr("stdin") : fileOrDash, file.errorString());
        return std::nullopt;
    }
    QStringList ids;
    QSet<QString> seen;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        ids.append(id);
    }
    if (ids.isEmpty()) {
        *error = BulkCancelCommand::tr("%1 holds no order id (one a line)")
                     .arg(fileOrDash == u"-" ? BulkCancelCommand::tr("stdin") : fileOrDash);
        return std::nullopt;
    }
    return ids;
}

BulkCancelCommand::BulkCancelCommand(OrderBackend* backend, BulkCancelService* service, QStringList orderIds,
                                     const Options& options, QObject* parent)
    : CliCommand(backend, parent)
    , m_service(service)
    , m_orderIds(std::move(orderIds))
    , m_reason(options.reason)
    , m_confirmed(options.yes)
    , m_dryRun(options.dryRun)
    , m_format(options.format)
{}

void BulkCancelCommand::start()
{
    connect(m_service, &BulkCancelService::progress, this, [this](const BulkCancelCounts& c) {
        if (m_service->isPreviewing())
            m_progress.show(tr("Reading the orders: %1 of %2").arg(c.total - c.reading).arg(c.total));
        else if (m_service->isRunning())
            m_progress.show(tr("Cancelling: %1 of %2 done, %3 cancelled, %4 waits for the rate limit")
                                .arg(c.done)
                                .arg(c.total)
                                .arg(c.cancelled)
                                .arg(c.rateLimitWaits));
    });
    connect(m_service, &BulkCancelService::previewFinished, this, &BulkCancelCommand::onPreviewed);
    connect(m_service, &BulkCancelService::finished, this, &BulkCancelCommand::onFinished);
    QList<BulkCancelService::OrderRef> refs;
    for (const QString& id : std::as_const(m_orderIds))
        refs.append({backend()->account().id, id});
    m_service->preview(refs);
}

void BulkCancelCommand::onPreviewed()
{
    m_progress.clear();
    if (m_dryRun) {
        report();
        return;
    }
    const BulkCancelCounts c = m_service->counts();
    if (c.willCancel > 0 && !m_confirmed) {
        const QString question =
            tr("Send %n cancel request(s) for orders of %1 with the reason \"%2\"? (%3 of %4 orders may not be "
               "cancelled and will not be sent.)",
               nullptr, c.willCancel)
                .arg(backend()->account().id, m_reason.toRequestText())
                .arg(c.cannot)
                .arg(c.total);
        if (!confirm(question)) {
            reportError(tr("not confirmed; nothing was sent."));
            finish(ExitUsage);
            return;
        }
    }
    if (const std::optional<ApiError> error = m_service->run(m_reason)) {
        reportError(error->userMessage());
        finish(ExitUsage);
    }
}

void BulkCancelCommand::onFinished()
{
    m_progress.clear();
    report();
}

BulkCancelCommand::Row BulkCancelCommand::rowFor(const BulkCancelItem& item, bool dryRun)
{
    Row row;
    const auto statusOfError = [&item](int otherwise) {
        return item.error ? Cli::exitStatusFor(*item.error) : otherwise;
    };
    if (dryRun) {
        switch (item.verdict) {
        case BulkCancelItem::Verdict::WillCancel:
            row.outcome = u"would-cancel"_s;
            break;
        case BulkCancelItem::Verdict::Already:
        case BulkCancelItem::Verdict::Refused:
            row.outcome = u"would-refuse"_s;
            row.why = item.why;
            break;
        case BulkCancelItem::Verdict::Reading:
        case BulkCancelItem::Verdict::Unreadable:
            row.outcome = u"failed"_s;
            row.message = item.why;
            row.exitStatus = statusOfError(ExitUnreachable);
            break;
        }
        return row;
    }
    switch (item.result) {
    case BulkCancelItem::Result::Cancelled:
        row.outcome = u"cancelled"_s;
        row.message = item.message;
        break;
    case BulkCancelItem::Result::AlreadyCancelled:
        row.outcome = u"already-cancelled"_s;
        row.message = item.message;
        break;
    case BulkCancelItem::Result::RefusedByPolicy:
        row.outcome = u"refused"_s;
        row.why = item.message;
        row.exitStatus = ExitPolicyRefused;
        break;
    case BulkCancelItem::Result::RefusedByPlatform:
        row.outcome = u"refused"_s;
        row.message = item.message;
        row.exitStatus = ExitServerRefused;
        break;
    case BulkCancelItem::Result::Failed:
        row.outcome = u"failed"_s;
        row.message = item.message;
        row.exitStatus = statusOfError(ExitUnreachable);
        break;
    case BulkCancelItem::Result::Unknown:
        row.outcome = u"unknown"_s;
        row.message = item.message;
        // As for one order: the re-read showing it cancelled means it ended cancelled.
        row.exitStatus = item.reRead == CancelOutcome::ReRead::ShowsCancelled ? ExitOk : ExitUnreachable;
        break;
    case BulkCancelItem::Result::Pending:
    case BulkCancelItem::Result::NotSent:
        row.outcome = u"failed"_s;
        row.message = item.message;
        row.exitStatus = ExitUsage; // the history could not take the attempt: nothing was sent
        break;
    }
    return row;
}

void BulkCancelCommand::report()
{
    int status = ExitOk;
    TextTable table({tr("ACCOUNT"), tr("ORDER"), tr("OUTCOME"), tr("WHY OR MESSAGE")});
    QByteArray json;
    for (const BulkCancelItem& item : m_service->items()) {
        const Row row = rowFor(item, m_dryRun);
        status = std::max(status, row.exitStatus);
        if (m_format == Format::Json) {
            QJsonObject o{{u"account"_s, item.accountId}, {u"orderId"_s, item.orderId}, {u"outcome"_s, row.outcome}};
            if (!row.why.isEmpty())
                o.insert(u"why"_s, row.why);
            if (!row.message.isEmpty())
                o.insert(u"message"_s, row.message);
            json += jsonLine(o);
        } else {
            table.addRow({item.accountId, item.orderId, row.outcome, row.why.isEmpty() ? row.message : row.why});
        }
    }
    writeOut(m_format == Format::Json ? json : table.render().toUtf8());
    if (!m_dryRun && !m_service->batchId().isEmpty())
        reportNote(tr("Batch %1 in the cancellation history.").arg(m_service->batchId()));
    finish(status);
}

} // namespace OrderDesk::Cli
