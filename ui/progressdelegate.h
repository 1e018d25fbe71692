#pragma once

#include <QStyledItemDelegate>

namespace OrderDesk {

// Paints Roles::ProgressDone / Roles::ProgressTotal as a bar with "3/5" on it; no widgets per row.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colours of the bar, taken from the palette and chosen here so the contrast test can check
    // them: the words contrast 4.5:1 with the empty part and with the filled part (the fill is darkened
    // or lightened only when the palette's highlighted text would not be readable on it). The bar
    // covers the style's focus rectangle, so the focused cell's bar draws its own frame, thicker.
    struct Colors
    {
        QColor frame;
        QColor empty;
        QColor filled;
        QColor text;       // on the empty part
        QColor textOnFill; // on the filled part
        QColor focusFrame; // the frame of the focused cell: 3:1 on the cell's background
    };
    static Colors colors(const QPalette& palette, const QColor& cellBackground = {}, bool selected = false);
};

} // namespace OrderDesk
