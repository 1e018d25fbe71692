#include "headermenu.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

HeaderMenu* HeaderMenu::attach(QTableView* table, const QList<int>& widthsInEm)
{
    return new HeaderMenu(table, widthsInEm);
}

HeaderMenu::HeaderMenu(QTableView* table, const QList<int>& widthsInEm)
    : QObject(table)
    , m_table(table)
    , m_widthsInEm(widthsInEm)
    , m_menu(new QMenu(table))
{
    m_menu->setObjectName(table->objectName() + u"HeaderMenu"_s);
    resetWidths();
    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &HeaderMenu::show);
}

void HeaderMenu::resetWidths()
{
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    for (int c = 0; c < m_widthsInEm.size(); ++c)
        m_table->setColumnWidth(c, m_widthsInEm.at(c) * em);
}

void HeaderMenu::fill()
{
    m_menu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    QAbstractItemModel* model = m_table->model();
    const int shown = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) { // in the order the agent sees them
        const int column = header->logicalIndex(visual);
        QAction* toggle = m_menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        toggle->setObjectName(u"showColumn%1"_s.arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(header->isSectionHidden(column) || shown > 1); // never an empty table
        connect(toggle, &QAction::toggled, this,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    m_menu->addSeparator();
    QAction* reset = m_menu->addAction(tr("&Reset column widths"), this, &HeaderMenu::resetWidths);
    reset->setObjectName(u"resetColumnWidths"_s);
}

void HeaderMenu::show(const QPoint& pos)
{
    fill();
    m_menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace OrderDesk
