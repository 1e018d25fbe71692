#include "historymodel.h"

#include "history/attemptlabels.h"
#include "itemmodels/roles.h"

#include <QLocale>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeLabel(const QString& key)
{
    return AttemptLabels::outcome(key);
}

QString HistoryModel::reasonLabel(const CancelAttempt& a)
{
    return AttemptLabels::reason(a);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CancelAttempt& a = m_rows.at(index.row()).attempt;
    if (role == Roles::AttemptUuid)
        return a.uuid;
    if (role == Roles::OrderId)
        return a.orderId;
    if (role == Roles::AccountId)
        return a.accountId;
    if (role == Roles::Sort && index.column() == StartedColumn)
        return a.startedAt;
    if (role == Roles::Sort && index.column() == HttpStatusColumn)
        return a.httpStatus;
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case StartedColumn:
        return QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat);
    case AgentColumn:
        return a.agent;
    case AccountColumn:
        return a.accountId;
    case PlatformColumn:
        return a.platform == u"offergrid" ? u"OfferGrid"_s : a.platform == u"flexportal" ? u"FlexPortal"_s : a.platform;
    case OrderColumn:
        return a.orderId;
    case SubscriptionColumn:
        if (role == Qt::ToolTipRole && a.isSubscription())
            return tr("Subscription %1 of order %2").arg(a.subscriptionId, a.orderId);
        return a.subscriptionId;
    case CustomerColumn:
        return a.customer;
    case ReasonColumn:
        return role == Qt::DisplayRole ? reasonLabel(a).simplified() : reasonLabel(a);
    case OutcomeColumn:
        if (a.outcome == u"unknown" && !a.reReadStatus.isEmpty())
            return tr("%1 (re-read: %2)").arg(outcomeLabel(a.outcome), a.reReadStatus);
        return outcomeLabel(a.outcome);
    case HttpStatusColumn:
        return a.httpStatus ? QVariant(a.httpStatus) : QVariant();
    case MessageColumn:
        // The error when there was one, else what the platform said; the tooltip has both.
        if (role == Qt::ToolTipRole && !a.message.isEmpty() && !a.platformMessage.isEmpty())
            return u"%1\n%2"_s.arg(a.message, a.platformMessage);
        return a.message.isEmpty() ? a.platformMessage : a.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartedColumn:
        return tr("When");
    case AgentColumn:
        return tr("Agent");
    case AccountColumn:
        return tr("Account");
    case PlatformColumn:
        return tr("Platform");
    case OrderColumn:
        return tr("Order");
    case SubscriptionColumn:
        return tr("Subscription");
    case CustomerColumn:
        return tr("Customer");
    case ReasonColumn:
        return tr("Reason");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void HistoryModel::setAttempts(QList<CancelAttempt> attempts)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(attempts.size());
    for (CancelAttempt& a : attempts) {
        QString search =
            (reasonLabel(a) + u'\n' + a.orderId + u'\n' + a.subscriptionId + u'\n' + a.batchId).toCaseFolded();
        m_rows.append(Row{std::move(a), std::move(search)});
    }
    endResetModel();
}

} // namespace OrderDesk
