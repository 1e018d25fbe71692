#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace OrderDesk {

class HistoryModel;

// What the manager narrows the history to: a date range (local days, both inclusive), agent,
// account, platform, kind ("order" or "subscription"), outcome (empty: any) and text in the reason,
// the notes, the order id or the subscription id.
struct HistoryView
{
    QDate from;
    QDate to;
    QString agent;
    QString accountId;
    QString platform;
    QString kind;
    QString outcome;
    QString text;
};

class HistoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterProxy)

public:
    explicit HistoryFilterProxy(QObject* parent = nullptr);

    void setHistoryModel(HistoryModel* model);
    void setView(const HistoryView& view);
    const HistoryView& view() const { return m_view; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    HistoryModel* m_model = nullptr;
    HistoryView m_view;
    QString m_foldedText;
};

} // namespace OrderDesk
