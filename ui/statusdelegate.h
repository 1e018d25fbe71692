#pragma once

#include "domain/order.h"

#include <QStyledItemDelegate>

namespace OrderDesk {

// A status cell: a mark whose shape tells the stage (so colour is never the only cue) and the
// native status in words.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Open: ring; in fulfilment: half-filled ring (the half where reading starts); done: filled disc;
    // closed: cross; unknown: "?". `background` is what the mark stands on (default: the palette's Base).
    static void paintStageMark(QPainter* painter, const QRectF& rect, Stage stage, const QPalette& palette,
                               Qt::LayoutDirection direction = Qt::LeftToRight, const QColor& background = {});

    // The colours the cell is painted with, chosen here so the contrast test can check them: the stage's
    // colour, moved only as far as it must to stand out from the background in a dark or high-contrast
    // palette (3:1 for a shape, 4.5:1 for the "?" of an unknown status), and the words' colour (4.5:1).
    static QColor markColor(Stage stage, const QPalette& palette, const QColor& background);
    static QColor textColor(const QPalette& palette, const QColor& background, bool selected);
};

} // namespace OrderDesk
