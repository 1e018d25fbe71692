#pragma once

#include "domain/order.h"

#include <QAbstractTableModel>

namespace OrderDesk {

// The line items of one order for the details pane; its columns follow the order's platform.
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLinesModel)

public:
    enum FlexPortalColumn
    {
        FpProduct,
        FpSku,
        FpQuantity,
        FpUnitPrice,
        FpContract,
        FpRentalStatus,
        FpRented,
        FpCount
    };
    enum OfferGridColumn
    {
        OgItem,
        OgOffer,
        OgProvider,
        OgStatus,
        OgScheduled,
        OgNotes,
        OgCount
    };

    explicit OrderLinesModel(QObject* parent = nullptr);

    void setOrder(const Order& order);
    void clear();
    // The column of free text (the product, the provider's notes): the one a view gives what is left.
    int textColumn() const { return m_platform == Platform::FlexPortal ? int(FpProduct) : int(OgNotes); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant flexPortalCell(const OrderLine& line, int column) const;
    QVariant offerGridCell(const OrderLine& line, int row, int column) const;

    Platform m_platform = Platform::FlexPortal;
    QList<OrderLine> m_lines;
    QString m_currency;
};

} // namespace OrderDesk
