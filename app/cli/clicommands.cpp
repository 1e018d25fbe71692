#include "clicommands.h"

#include "api/orderbackend.h"
#include "domain/cancellationpolicy.h"

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

int exitStatusFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Configuration:
        return ExitUsage;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::NotCancellable:
    case ApiError::Kind::AlreadyCancelled:
    case ApiError::Kind::AlreadyEnded:
    case ApiError::Kind::Validation:
    case ApiError::Kind::RateLimited:
        return ExitServerRefused;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Aborted:
        break;
    }
    return ExitUnreachable;
}

CliCommand::CliCommand(OrderBackend* backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
{}

void CliCommand::finish(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    std::fflush(stdout);
    emit finished(exitStatus);
}

void CliCommand::fail(const ApiError& error, const QString& context)
{
    reportError(tr("%1: %2").arg(context, error.userMessage()));
    finish(exitStatusFor(error));
}

ListCommand::ListCommand(OrderBackend* backend, const Options& options, QObject* parent)
    : CliCommand(backend, parent)
    , m_status(options.status)
    , m_format(options.format)
    , m_table(orderTableHeader())
{}

void ListCommand::start()
{
    m_job = backend()->listOrders(m_status);
    connect(m_job, &ListOrdersJob::pageReceived, this, &ListCommand::onPage);
    connect(m_job, &ListOrdersJob::progress, this, [this](int orders, int) {
        m_progress.show(tr("Reading the orders of %1: %2 so far").arg(backend()->account().id).arg(orders));
    });
    connect(m_job, &ApiJob::finished, this, &ListCommand::onFinished);
    m_progress.show(tr("Reading the orders of %1...").arg(backend()->account().id));
    if (m_format == Format::Csv)
        writeOut(csvHeader());
}

void ListCommand::onPage(const QList<Order>& orders)
{
    QByteArray chunk;
    for (const Order& order : orders) {
        const CancelVerdict verdict = CancellationPolicy::evaluate(order);
        switch (m_format) {
        case Format::Json:
            chunk += jsonLine(orderSummaryJson(order, verdict));
            break;
        case Format::Csv:
            chunk += csvRecord(orderSummaryJson(order, verdict));
            break;
        case Format::Table:
            m_table.addRow(orderTableRow(order, verdict));
            break;
        }
    }
    if (!chunk.isEmpty()) {
        m_progress.clear(); // so that a terminal shows the data, not the data over the progress
        writeOut(chunk);
    }
}

void ListCommand::onFinished()
{
    m_progress.clear();
    if (m_job->failed()) {
        fail(*m_job->error(), tr("listing the orders of %1").arg(backend()->account().id));
        return;
    }
    if (m_format == Format::Table) {
        if (m_table.rowCount() <= 1)
            reportNote(tr("No orders."));
        else
            writeOut(m_table.render());
    }
    finish(ExitOk);
}

ShowCommand::ShowCommand(OrderBackend* backend, const Options& options, QObject* parent)
    : CliCommand(backend, parent)
    , m_orderId(options.orderId)
    , m_format(options.format)
{}

void ShowCommand::start()
{
    m_job = backend()->fetchOrder(m_orderId);
    connect(m_job, &ApiJob::finished, this, &ShowCommand::onFinished);
}

void ShowCommand::onFinished()
{
    if (m_job->failed()) {
        fail(*m_job->error(), tr("order %1").arg(m_orderId));
        return;
    }
    const Order& order = m_job->order();
    const CancelVerdict verdict = CancellationPolicy::evaluate(order);
    if (m_format == Format::Json)
        writeOut(jsonLine(orderDetailsJson(order, verdict)));
    else
        writeOut(orderDetailsText(order, verdict));
    finish(ExitOk);
}

} // namespace OrderDesk::Cli
