#pragma once

#include <QStyledItemDelegate>

namespace OrderDesk {

// Paints Roles::ProgressDone / Roles::ProgressTotal as a bar with "3/5" on it; no widgets per row.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace OrderDesk
