#include "orderfinder.h"

#include "api/orderbackend.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcFind, "orderdesk.find")

using namespace Qt::Literals::StringLiterals;

namespace {
// Shorter search terms match too much of everything to be an id worth a request per account.
constexpr qsizetype MinSearchIdLength = 3;
} // namespace

QString OrderMiss::summary() const
{
    if (problems.isEmpty() && answeredNo.isEmpty())
        return tr("No account is enabled, so order \u201c%1\u201d could not be looked up.").arg(id);
    if (problems.isEmpty())
        return tr("Order \u201c%1\u201d was not found: no account has an order with this id (asked: %2).")
            .arg(id, answeredNo.join(u", "_s));
    QStringList failures;
    for (const LookupProblem& p : problems)
        failures << tr("%1 could not be asked: %2").arg(p.accountLabel, p.error.userMessage());
    if (answeredNo.isEmpty())
        return tr("Order \u201c%1\u201d could not be looked up. %2").arg(id, failures.join(u' '));
    return tr("Order \u201c%1\u201d is not in %2, but that is not the whole answer. %3")
        .arg(id, answeredNo.join(u", "_s), failures.join(u' '));
}

OrderFinder::OrderFinder(BackendRegistry* backends, OrderListModel* model, QObject* parent)
    : QObject(parent)
    , m_backends(backends)
    , m_model(model)
{}

OrderFinder::~OrderFinder()
{
    stop();
}

std::optional<Order> OrderFinder::loadedOrder(const QString& id) const
{
    for (const OrderBackend* backend : m_backends->backends()) {
        if (!backend->account().enabled)
            continue;
        const int row = m_model->rowOf(backend->account().id, id);
        if (row >= 0)
            return m_model->orderAt(row);
    }
    return std::nullopt;
}

bool OrderFinder::isLoaded(const QString& id) const
{
    return loadedOrder(id.trimmed()).has_value();
}

bool OrderFinder::isWorthLookingUp(const QString& searchTerm, int rowsShown) const
{
    const QString term = searchTerm.trimmed();
    if (term.size() < MinSearchIdLength || isLoaded(term))
        return false;
    if (rowsShown == 0)
        return true; // nothing loaded matches: the order may well be on a page not loaded yet
    bool digit = false;
    for (const QChar c : term) {
        if (c.isSpace() || c == u'@')
            return false;
        digit = digit || c.isDigit();
    }
    return digit;
}

void OrderFinder::find(const QString& rawId)
{
    const QString id = rawId.trimmed();
    if (id.isEmpty())
        return;
    if (std::optional<Order> loaded = loadedOrder(id)) {
        if (id != m_id)
            stop(); // the agent has moved on: what the older lookup finds no longer matters
        else
            m_answered = true; // the list brought it meanwhile: the running lookup says nothing more
        emit found(*loaded);
        return;
    }
    if (isLooking() && id == m_id)
        return; // the same id is being asked for: this caller hears the same answer
    stop();
    m_id = id;
    m_answered = false;
    m_miss = OrderMiss{};
    m_miss.id = id;
    const quint64 lookup = m_lookup;
    for (OrderBackend* backend : m_backends->backends()) {
        const Account& account = backend->account();
        if (!account.enabled)
            continue;
        Ask ask{backend->fetchOrder(id), account.id, account.displayLabel()};
        FetchOrderJob* job = ask.job;
        m_jobs.append(ask);
        connect(job, &ApiJob::finished, this, [this, lookup, job] { onAnswer(lookup, job); });
    }
    if (m_jobs.isEmpty()) {
        finishMiss();
        return;
    }
    qCDebug(lcFind).noquote() << "looking for" << id << "in" << m_jobs.size() << "accounts";
    emit lookupStarted(id, int(m_jobs.size()));
}

void OrderFinder::stop()
{
    ++m_lookup; // whatever the stopped requests still say is dropped
    m_id.clear();
    const QList<Ask> running = std::exchange(m_jobs, {});
    for (const Ask& ask : running) {
        if (ask.job)
            ask.job->abort(ApiError(ApiError::Kind::Aborted, tr("Another order was looked for.")));
    }
}

void OrderFinder::onAnswer(quint64 lookup, FetchOrderJob* job)
{
    if (lookup != m_lookup)
        return; // superseded or stopped
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [job](const Ask& a) { return a.job == job; });
    if (it == m_jobs.end())
        return;
    const Ask ask = *it;
    m_jobs.erase(it);
    if (!job->failed()) {
        // Into the list at once, even while the list is loading: the page that brings it later
        // replaces it in place (or not, if it is older).
        const Order order = job->order();
        m_model->upsertOrder(order);
        qCDebug(lcFind).noquote() << "found" << m_id << "in" << ask.accountId;
        if (!m_answered) {
            m_answered = true;
            emit found(order);
        }
    } else if (job->error()->kind == ApiError::Kind::NotFound) {
        m_miss.answeredNo << ask.accountLabel;
    } else {
        // A failure is not an answer: the order may well be there.
        m_miss.problems << LookupProblem{ask.accountId, ask.accountLabel, *job->error()};
    }
    if (!m_jobs.isEmpty())
        return;
    if (m_answered) {
        m_id.clear();
        return;
    }
    finishMiss();
}

void OrderFinder::finishMiss()
{
    ++m_lookup;
    m_id.clear();
    const OrderMiss miss = std::exchange(m_miss, {});
    qCDebug(lcFind).noquote() << "not found:" << miss.summary();
    emit notFound(miss);
}

} // namespace OrderDesk
