#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace OrderDesk {

class HistoryReader;
struct CancelAttempt;
struct HistorySnapshot;

// The details pane's cancellation timeline: every cancel attempt on the shown order, newest first,
// each with who made it, when (local time), the reason sent and what came of it. Read through the
// HistoryReader off the GUI thread, team-wide when the team's PostgreSQL history is on.
class OrderTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTimeline)

public:
    explicit OrderTimeline(QWidget* parent = nullptr);

    // Where attempts are read; without one the timeline says the history is not available.
    void setReader(HistoryReader* reader);
    // Reads the order's attempts when the order is another one, or when a cancel of it has started
    // or ended (`cancelRunning` changed): not on every refresh of the same order.
    void showOrder(const QString& accountId, const QString& orderId, bool cancelRunning);
    void clear();

    static QString describe(const CancelAttempt& attempt); // one attempt, in words, for the agent

private:
    void onLoaded(const QString& accountId, const QString& orderId, const HistorySnapshot& snapshot);

    QPointer<HistoryReader> m_reader;
    QLabel* m_text;
    QString m_accountId;
    QString m_orderId;
    bool m_cancelRunning = false;
};

} // namespace OrderDesk
