#pragma once

#include "api/apijobs.h"
#include "domain/cancellationpolicy.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace OrderDesk {

class ReasonEditor;

// Collects the reason for a cancel and shows what came of it. It sends nothing itself: it opens
// "checking" until it is shown the order as read just now (showFreshOrder) and decides on that copy;
// confirm emits confirmed(reason), the cancel service acts, and the dialog is told the state.
class CancelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelDialog)

public:
    explicit CancelDialog(const Order& order, QWidget* parent = nullptr);

    CancelReason reason() const;
    const Order& order() const { return m_order; }

    void showFreshOrder(const Order& order);
    void showCheckFailed(const QString& why);
    void showInProgress();
    void showRequestSent();
    void showNotStarted(const QString& why);
    void showOutcome(const CancelOutcome& outcome);
    bool isBusy() const { return m_busy; }

signals:
    void confirmed(const OrderDesk::CancelReason& reason);

protected:
    void reject() override;

private:
    void updateState();
    void showSummary();

    enum class Check
    {
        Running,
        Fresh,
        Failed
    };

    Order m_order;
    ReasonEditor* m_reason;
    QLabel* m_summary;
    QLabel* m_verdict;
    QLabel* m_state;
    QDialogButtonBox* m_buttons;
    QPushButton* m_confirm;
    QPushButton* m_keep;
    Check m_check = Check::Running;
    QString m_checkProblem;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace OrderDesk
