#pragma once

#include <QList>
#include <QObject>

class QMenu;
class QPoint;
class QTableView;

namespace OrderDesk {

// The context menu of a table's column header: one checkable entry a column to show or hide it
// (the last one shown stays), and "Reset column widths" back to the widths the table started with.
// Hidden columns and widths are part of QHeaderView::saveState, so a window that keeps its header's
// state keeps them too.
class HeaderMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderMenu)

public:
    // Gives `table`'s columns their default widths (in widths of an "M", one a column) and the menu.
    static HeaderMenu* attach(QTableView* table, const QList<int>& widthsInEm);

    QMenu* menu() const { return m_menu; }
    void resetWidths();

private:
    HeaderMenu(QTableView* table, const QList<int>& widthsInEm);
    void fill();
    void show(const QPoint& pos);

    QTableView* m_table;
    QList<int> m_widthsInEm;
    QMenu* m_menu;
};

} // namespace OrderDesk
