#pragma once

#include "services/bulkcancelservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace OrderDesk {

class BulkCancelTableModel;
class ReasonEditor;

// "Cancel N orders…": one reason for all (the single cancel's rules), a preview of every order with its
// verdict from a fresh read, the counts, a confirm step naming how many requests will go out, progress
// with Stop, and the results with "Export CSV…". It sends nothing itself: BulkCancelService reads, sends
// and records; the dialog shows what the service says.
class BulkCancelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCancelDialog)

public:
    BulkCancelDialog(BulkCancelService* service, const QList<BulkCancelService::OrderRef>& orders,
                     QWidget* parent = nullptr);

    bool exportCsv(const QString& fileName); // the results, as "Export CSV…" writes them

protected:
    void reject() override;

private:
    enum class Step
    {
        Reading,    // the fresh reads are out
        Choosing,   // the agent gives the reason and looks at the verdicts
        Confirming, // "This sends N cancel requests": send, or go back
        Running,
        Done
    };

    void setStep(Step step);
    void updateState();
    void showCounts();
    void onPrimary();
    void chooseExportFile();

    BulkCancelService* m_service;
    BulkCancelTableModel* m_model;
    ReasonEditor* m_reason;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_counts;
    QLabel* m_state;
    QPushButton* m_primary; // "Cancel N orders…", then "Send N cancel requests", then "Close"
    QPushButton* m_back;
    QPushButton* m_stop;
    QPushButton* m_export;
    QPushButton* m_keep;
    Step m_step = Step::Reading;
};

} // namespace OrderDesk
