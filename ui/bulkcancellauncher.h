#pragma once

#include <QObject>

class QAction;
class QTableView;
class QWidget;

namespace OrderDesk {

class BulkCancelService;
class OrderFilterProxy;
class OrderListModel;
class SettingsStore;

// The orders list's multi-selection and its bulk cancel: "Select all shown", the cancel action reading
// "Cancel N orders…" while more than one order is selected, and the BulkCancelDialog it opens. Kept out of
// the main window, which only asks it whether the selection is a bulk one.
class BulkCancelLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCancelLauncher)

public:
    BulkCancelLauncher(BulkCancelService* service, QTableView* table, OrderFilterProxy* proxy, OrderListModel* orders,
                       QAction* cancelAction, QWidget* window);

    QAction* selectAllAction() const { return m_selectAll; }
    int selectedCount() const;
    bool isBulk() const { return selectedCount() > 1; }
    // With more than one order selected, the cancel action becomes "Cancel N orders…"; otherwise it is left
    // as the window set it for the current order (its text restored).
    void updateCancelAction();
    void openDialog();
    // Where the dialog's size is kept (none: not kept).
    void setSettings(SettingsStore* settings) { m_settings = settings; }

private:
    BulkCancelService* m_service;
    QTableView* m_table;
    OrderFilterProxy* m_proxy;
    OrderListModel* m_orders;
    QAction* m_cancelAction;
    QWidget* m_window;
    SettingsStore* m_settings = nullptr;
    QAction* m_selectAll;
    QString m_singleText;
};

} // namespace OrderDesk
