#include "progressdelegate.h"

#include "itemmodels/roles.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace OrderDesk {

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int total = index.data(Roles::ProgressTotal).toInt();
    if (total <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection background first, then the bar inset so the row stays readable when selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = total;
    bar.progress = std::clamp(index.data(Roles::ProgressDone).toInt(), 0, total);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace OrderDesk
