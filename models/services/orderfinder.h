#pragma once

#include "domain/apierror.h"
#include "domain/order.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace OrderDesk {

class BackendRegistry;
class FetchOrderJob;
class OrderListModel;

// One account that could not say whether it has the order: a network failure, a refused key, a
// server error, the lookup stopped because the accounts changed. Never "no such order".
struct LookupProblem
{
    QString accountId;
    QString accountLabel;
    ApiError error;
};

// An order id no account had, or that some accounts could not be asked about.
struct OrderMiss
{
    Q_DECLARE_TR_FUNCTIONS(OrderMiss)

public:
    QString id;
    QStringList answeredNo;        // the labels of the accounts that said they have no such order
    QList<LookupProblem> problems; // the accounts that could not say, with why

    // In words, for the agent: "not found" only where an account said so, a failure as a failure.
    QString summary() const;
};

// Find by id: the order a customer reads out on the phone, when it is not among the loaded rows.
// Every enabled account is asked for it directly with a GET by id (OrderBackend::fetchOrder, which
// percent-encodes the id); the first that has it puts it into the list model at once (an upsert,
// so it shows even while the list is still loading) and found() says so. An id no account has ends
// in notFound(), which tells an account that answered "no such order" from one that could not be
// asked. A lookup for the id already being looked up joins it; a lookup for another id supersedes
// the running one, whose answers are dropped. Jobs stopped because the accounts changed finish as
// problems of their accounts, so every lookup ends exactly once.
class OrderFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFinder)

public:
    OrderFinder(BackendRegistry* backends, OrderListModel* model, QObject* parent = nullptr);
    ~OrderFinder() override;

    // Looks for the order with exactly this id (surrounding spaces ignored). A loaded order answers
    // at once, without asking; otherwise lookupStarted(), then found() or notFound().
    void find(const QString& id);
    // Drops the running lookup: its requests are stopped and nothing more is said about it.
    void stop();
    bool isLooking() const { return !m_jobs.isEmpty(); }
    QString currentId() const { return m_id; }

    // Whether an enabled account's loaded rows hold an order with exactly this id.
    bool isLoaded(const QString& id) const;
    // Whether a search term should also be asked for by id: it is at least 3 characters, not the
    // id of a loaded order, and either the search shows nothing loaded for it or it is one word
    // holding a digit (order ids do; names, companies and e-mail addresses seldom look like that).
    bool isWorthLookingUp(const QString& searchTerm, int rowsShown) const;

signals:
    void lookupStarted(const QString& id, int accountsAsked);
    // The order is in the list model (with its account id set) by the time this is emitted.
    void found(const OrderDesk::Order& order);
    void notFound(const OrderDesk::OrderMiss& miss);

private:
    struct Ask
    {
        QPointer<FetchOrderJob> job;
        QString accountId;
        QString accountLabel;
    };

    void onAnswer(quint64 lookup, FetchOrderJob* job);
    void finishMiss();
    std::optional<Order> loadedOrder(const QString& id) const;

    BackendRegistry* m_backends;
    OrderListModel* m_model;
    quint64 m_lookup = 0; // which lookup is current; answers of older ones are dropped
    QString m_id;
    QList<Ask> m_jobs; // the requests still out for the current lookup
    bool m_answered = false;
    OrderMiss m_miss;
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::OrderMiss)
