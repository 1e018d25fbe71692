#pragma once

#include "history/cancelattempt.h"

#include <QAbstractTableModel>
#include <QList>

namespace OrderDesk {

// The cancel attempts a manager reviews, newest first as the store delivers them.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        StartedColumn,
        AgentColumn,
        AccountColumn,
        PlatformColumn,
        OrderColumn,
        SubscriptionColumn, // empty for an order's cancel
        CustomerColumn,
        ReasonColumn,
        OutcomeColumn,
        HttpStatusColumn,
        MessageColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAttempts(QList<CancelAttempt> attempts);
    const CancelAttempt& attemptAt(int row) const { return m_rows.at(row).attempt; }
    // Case-folded reason, notes, order id, subscription id and bulk run's batch id, for the proxy's text filter.
    const QString& searchTextAt(int row) const { return m_rows.at(row).searchText; }

    static QString outcomeLabel(const QString& outcomeKey); // translated
    // What the attempt's reason column shows: for an order its reason; for a subscription the
    // label of FlexPortal's reason value, then the notes.
    static QString reasonLabel(const CancelAttempt& attempt);

private:
    struct Row
    {
        CancelAttempt attempt;
        QString searchText;
    };
    QList<Row> m_rows;
};

} // namespace OrderDesk
