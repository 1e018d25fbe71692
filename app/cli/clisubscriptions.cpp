#include "clisubscriptions.h"

#include "api/flexportal/flexportalbackend.h"
#include "history/cancellationhistory.h"

#include <QJsonObject>

#include <algorithm>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

SubscriptionCancelCommand::SubscriptionCancelCommand(FlexPortalBackend* backend, CancellationHistory* history,
                                                     AgentInfo agent, const Options& options, QObject* parent)
    : CliCommand(backend, parent)
    , m_flexPortal(backend)
    , m_history(history)
    , m_agent(std::move(agent))
    , m_ids(options.subscriptionIds)
    , m_reason(options.subscriptionReason.value_or(SubscriptionCancelReason::Value::Other))
    , m_notes(SubscriptionCancelReason::normalizedNotes(options.notes))
    , m_confirmed(options.yes)
    , m_format(options.format)
{}

void SubscriptionCancelCommand::start()
{
    if (!m_confirmed) {
        const QString notes = m_notes.isEmpty() ? QString() : tr(" and the notes \"%1\"").arg(m_notes);
        const QString question =
            tr("Cancel %n FlexPortal subscription(s) of account %1 (%2) with the reason %3%4? Each one ends, its "
               "future payments are voided and its asset is flagged for collection.",
               nullptr, int(m_ids.size()))
                .arg(backend()->account().id, m_ids.join(u", "_s), SubscriptionCancelReason::apiValue(m_reason), notes);
        if (!confirm(question)) {
            reportError(tr("not confirmed; nothing was sent."));
            finish(ExitUsage);
            return;
        }
    }
    next();
}

void SubscriptionCancelCommand::next()
{
    if (m_next == m_ids.size()) {
        report(ExitOk);
        return;
    }
    const QString id = m_ids.at(m_next);
    m_progress.show(tr("Cancelling subscription %1 (%2 of %3)…").arg(id).arg(m_next + 1).arg(m_ids.size()));
    m_attempt = pendingSubscriptionCancelAttempt(backend()->account(), nullptr, id, m_reason, m_notes, m_agent);
    // Nothing is sent that the history does not know about.
    const Result<qint64> recorded = m_history->recordPending(m_attempt);
    if (!recorded.ok()) {
        m_notSentWhy = tr("not sent: the attempt could not be written to the cancellation history: %1")
                           .arg(recorded.error().message);
        reportError(tr("subscription %1 could not be written to the cancellation history, so it and any after it "
                       "were not sent: %2")
                        .arg(id, recorded.error().message));
        report(ExitUsage);
        return;
    }
    ++m_next;
    m_attempt.id = recorded.value();
    m_job = m_flexPortal->cancelSubscription(id, m_reason, m_notes);
    connect(m_job, &ApiJob::finished, this, &SubscriptionCancelCommand::onFinished);
}

void SubscriptionCancelCommand::onFinished()
{
    const SubscriptionCancelOutcome outcome = m_job->outcome();
    completeSubscriptionCancelAttempt(&m_attempt, outcome);
    if (const std::optional<ApiError> error = m_history->recordOutcome(m_attempt)) {
        reportError(tr("the outcome for subscription %1 could not be written to the cancellation history; its "
                       "entry stays \"pending\": %2")
                        .arg(outcome.subscriptionId, error->message));
    }
    m_outcomes << outcome;
    next(); // one after the other: the next request only once this answer is in
}

SubscriptionCancelCommand::Row SubscriptionCancelCommand::rowFor(const SubscriptionCancelOutcome& outcome)
{
    switch (outcome.kind) {
    case SubscriptionCancelOutcome::Kind::Cancelled:
    case SubscriptionCancelOutcome::Kind::AlreadyCancelled:
    case SubscriptionCancelOutcome::Kind::AlreadyEnded:
        return {outcome.kindKey(), ExitOk};
    case SubscriptionCancelOutcome::Kind::Refused: // not found included
        return {u"failed"_s, ExitServerRefused};
    case SubscriptionCancelOutcome::Kind::Failed:
        return {u"failed"_s, outcome.error ? Cli::exitStatusFor(*outcome.error) : ExitUnreachable};
    case SubscriptionCancelOutcome::Kind::Unknown:
        break;
    }
    return {u"unknown"_s, ExitUnreachable};
}

void SubscriptionCancelCommand::report(int floorStatus)
{
    m_progress.clear();
    const QString account = backend()->account().id;
    int status = floorStatus;
    TextTable table({tr("ACCOUNT"), tr("SUBSCRIPTION"), tr("OUTCOME"), tr("MESSAGE")});
    QByteArray json;
    const auto add = [&](const QString& id, const QString& outcome, const QString& message, const QString& code,
                         const QString& serial) {
        if (m_format == Format::Json) {
            QJsonObject o{
                {u"account"_s, account}, {u"subscriptionId"_s, id}, {u"outcome"_s, outcome}, {u"message"_s, message}};
            if (!code.isEmpty())
                o.insert(u"code"_s, code);
            if (!serial.isEmpty())
                o.insert(u"assetSerialNumber"_s, serial);
            json += jsonLine(o);
        } else {
            table.addRow({account, id, outcome, message});
        }
    };
    for (const SubscriptionCancelOutcome& o : std::as_const(m_outcomes)) {
        const Row row = rowFor(o);
        status = std::max(status, row.exitStatus);
        add(o.subscriptionId, row.outcome, o.summary(), o.error ? o.error->code : QString(), o.assetSerialNumber);
    }
    for (qsizetype i = m_outcomes.size(); i < m_ids.size(); ++i)
        add(m_ids.at(i), u"failed"_s, m_notSentWhy, QString(), QString());
    writeOut(m_format == Format::Json ? json : table.render().toUtf8());
    finish(status);
}

} // namespace OrderDesk::Cli
