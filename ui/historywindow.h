#pragma once

#include "services/historyreader.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace OrderDesk {

class HistoryCharts;
class HistoryFilterProxy;
class HistoryModel;
class MessageBar;
class SettingsStore;

// The managers' view of every cancel attempt: filters, the table, one attempt in detail, charts,
// CSV export and a way back to the order. Reading is the HistoryReader's, off the GUI thread.
class HistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    explicit HistoryWindow(HistoryReader* reader, QWidget* parent = nullptr);

    // The window's geometry, its splitter and its columns as the agent left them, kept in `settings`.
    void keepLayout(SettingsStore* settings);
    void reload();
    // Writes the rows the filters show to `fileName`; false, with the problem in the window, on failure.
    bool exportCsv(const QString& fileName);

signals:
    void openOrderRequested(const QString& accountId, const QString& orderId);

private:
    QWidget* buildFilters();
    void buildRowActions();
    void onLoaded(const HistorySnapshot& snapshot);
    void fillChoices(QComboBox* combo, const QStringList& values, const QString& anyLabel);
    void applyFilters();
    void showCurrent();
    void chooseExportFile();
    QList<CancelAttempt> shownAttempts() const;
    const CancelAttempt* currentAttempt() const;

    HistoryReader* m_reader;
    HistoryModel* m_model;
    HistoryFilterProxy* m_proxy;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_agent;
    QComboBox* m_account;
    QComboBox* m_platform;
    QComboBox* m_kind;
    QComboBox* m_outcome;
    QLineEdit* m_text;
    MessageBar* m_messages; // a read that failed, the team database out of reach, the export
    QLabel* m_count;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_openOrder;
    QAction* m_openOrderAction; // the button, the row's menu
    QAction* m_copyRowAction;
    QPushButton* m_export;
    HistoryCharts* m_charts;
};

} // namespace OrderDesk
