#pragma once

#include "domain/order.h"

#include <QStyledItemDelegate>

namespace OrderDesk {

// A status cell: a mark whose shape tells the stage (so colour is never the only cue) and the
// native status in words.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Open: ring; in fulfilment: half-filled ring (the half where reading starts); done: filled disc;
    // closed: cross; unknown: "?".
    static void paintStageMark(QPainter* painter, const QRectF& rect, Stage stage, const QPalette& palette,
                               Qt::LayoutDirection direction = Qt::LeftToRight);
};

} // namespace OrderDesk
