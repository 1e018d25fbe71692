#include "progressdelegate.h"

#include "contrast.h"
#include "itemmodels/roles.h"

#include <QApplication>
#include <QPainter>

namespace OrderDesk {

ProgressDelegate::Colors ProgressDelegate::colors(const QPalette& palette, const QColor& cellBackground, bool selected)
{
    Colors c;
    c.empty = palette.color(QPalette::Base);
    c.frame = palette.color(QPalette::Mid);
    c.text = Contrast::readableOn(palette.color(QPalette::Text), c.empty);
    // The words on the fill keep the palette's highlighted text; the fill moves away from it if needed
    // (Fusion's blue under white is 3.7:1).
    c.textOnFill = palette.color(QPalette::HighlightedText);
    c.filled = Contrast::readableOn(palette.color(QPalette::Highlight), c.textOnFill);
    if (Contrast::ratio(c.filled, c.textOnFill) < Contrast::TextMinimum) // highlighted text is mid-grey
        c.textOnFill = Contrast::readableOn(c.textOnFill, c.filled);
    const QColor around = cellBackground.isValid() ? cellBackground : palette.color(QPalette::Base);
    c.focusFrame = Contrast::readableOn(palette.color(selected ? QPalette::HighlightedText : QPalette::Text), around,
                                        Contrast::GraphicMinimum);
    return c;
}

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

    // Painted by hand: the style's progress bar costs more than the rest of the row together, and
    // a list of 100,000 orders repaints these cells all the time while it loads.
    const QRect frame = option.rect.adjusted(3, 3, -4, -4);
    const int done = std::clamp(index.data(Roles::ProgressDone).toInt(), 0, total);
    const bool focused = option.state & QStyle::State_HasFocus;
    const Colors c =
        colors(option.palette, Contrast::cellBackground(background), option.state & QStyle::State_Selected);
    painter->save();
    painter->setPen(focused ? QPen(c.focusFrame, 2) : QPen(c.frame));
    painter->setBrush(c.empty);
    painter->drawRect(frame);
    // The bar fills from where the line starts: from the right in a right-to-left layout.
    const QRect inside(frame.left() + 1, frame.top() + 1, frame.width() - 1, frame.height() - 1);
    const QRect filled =
        QStyle::visualRect(option.direction, inside,
                           QRect(inside.topLeft(), QSize(int(qint64(inside.width()) * done / total), inside.height())));
    painter->fillRect(filled, c.filled);
    // The words stay readable over both parts: highlighted text on the filled part, plain elsewhere.
    const QString text = index.data(Qt::DisplayRole).toString();
    painter->setPen(c.text);
    painter->drawText(frame, Qt::AlignCenter, text);
    painter->setClipRect(filled);
    painter->setPen(c.textOnFill);
    painter->drawText(frame, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace OrderDesk
