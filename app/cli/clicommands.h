#pragma once

#include "api/apijobs.h"
#include "cliformat.h"
#include "clioptions.h"
#include "clioutput.h"

#include <QObject>
#include <QPointer>

namespace OrderDesk {
class OrderBackend;
}

namespace OrderDesk::Cli {

// What an ApiError means for the exit status: configuration 2, a refusal by the platform 4,
// network trouble, an unavailable platform or a garbled reply 5.
int exitStatusFor(const ApiError& error);

// One command of one run: started once the event loop runs, it finishes exactly once with the
// process's exit status. The backend is the account's platform; none for history export.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(OrderBackend* backend, QObject* parent = nullptr);

    virtual void start() = 0;

signals:
    void finished(int exitStatus);

protected:
    OrderBackend* backend() const { return m_backend; }
    void finish(int exitStatus);
    void fail(const ApiError& error, const QString& context); // reports and finishes

private:
    OrderBackend* m_backend;
    bool m_finished = false;
};

// orders list: every order with the policy's verdict, streamed page by page (json, csv) or as one
// aligned table at the end.
class ListCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    ListCommand(OrderBackend* backend, const Options& options, QObject* parent = nullptr);
    void start() override;

private:
    void onPage(const QList<OrderDesk::Order>& orders);
    void onFinished();

    QString m_status;
    Format m_format;
    QPointer<ListOrdersJob> m_job;
    ProgressLine m_progress;
    TextTable m_table;
};

// orders show: one order, read again.
class ShowCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowCommand)

public:
    ShowCommand(OrderBackend* backend, const Options& options, QObject* parent = nullptr);
    void start() override;

private:
    void onFinished();

    QString m_orderId;
    Format m_format;
    QPointer<FetchOrderJob> m_job;
};

} // namespace OrderDesk::Cli
