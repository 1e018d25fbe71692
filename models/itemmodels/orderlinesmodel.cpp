#include "orderlinesmodel.h"

#include "itemmodels/roles.h"

#include <QCoreApplication>
#include <QLocale>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

OrderLinesModel::OrderLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OrderLinesModel::setOrder(const Order& order)
{
    beginResetModel();
    m_platform = order.platform;
    m_lines = order.lines;
    m_currency = order.totals.currency;
    endResetModel();
}

void OrderLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_platform == Platform::FlexPortal ? int(FpCount) : int(OgCount);
}

QVariant OrderLinesModel::flexPortalCell(const OrderLine& l, int column) const
{
    switch (column) {
    case FpProduct:
        return l.productName;
    case FpSku:
        return l.sku;
    case FpQuantity:
        return l.quantity;
    case FpUnitPrice:
        return l.unitPrice ? tr("%1 %2/month").arg(QLocale().toString(*l.unitPrice, 'f', 2), m_currency) : QString();
    case FpContract:
        return l.contractMonths ? tr("%n month(s)", nullptr, int(*l.contractMonths)) : QString();
    case FpRentalStatus:
        return l.rentalStatus;
    case FpRented: {
        const Progress p = l.rentalProgress();
        return tr("%1 of %2 rented").arg(p.done).arg(p.total);
    }
    default:
        break;
    }
    return {};
}

QVariant OrderLinesModel::offerGridCell(const OrderLine& l, int row, int column) const
{
    const ProviderItem& item = l.offerGrid();
    switch (column) {
    case OgItem:
        return item.itemId.isEmpty() ? QString::number(row + 1) : u"%1 · %2"_s.arg(row + 1).arg(item.itemId);
    case OgOffer:
        return item.offerName.isEmpty() ? item.offerId : item.offerName;
    case OgProvider:
        return item.providerName;
    case OgStatus:
        return QString(item.itemStatus).replace(u'_', u' ');
    case OgScheduled:
        return item.scheduledFor.isValid() ? QLocale().toString(item.scheduledFor.toLocalTime(), QLocale::ShortFormat)
                                           : QString();
    case OgNotes:
        return item.providerNotes;
    default:
        break;
    }
    return {};
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine& line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        const QVariant cell = m_platform == Platform::FlexPortal ? flexPortalCell(line, index.column())
                                                                 : offerGridCell(line, index.row(), index.column());
        // The tooltip and the screen reader get the full text, whatever the column's width.
        return role == Qt::DisplayRole ? cell : QVariant(cell.toString());
    }
    if (m_platform == Platform::FlexPortal && index.column() == FpRented) {
        if (role == Roles::ProgressDone)
            return line.rentalProgress().done;
        if (role == Roles::ProgressTotal)
            return line.rentalProgress().total;
    }
    return {};
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_platform == Platform::FlexPortal) {
        switch (section) {
        case FpProduct:
            return tr("Product");
        case FpSku:
            return tr("SKU");
        case FpQuantity:
            return tr("Quantity");
        case FpUnitPrice:
            return tr("Unit price");
        case FpContract:
            return tr("Contract");
        case FpRentalStatus:
            return tr("Rental status");
        case FpRented:
            return tr("Rented");
        default:
            return {};
        }
    }
    switch (section) {
    case OgItem:
        return tr("Item");
    case OgOffer:
        return tr("Offer");
    case OgProvider:
        return tr("Provider");
    case OgStatus:
        return tr("Status");
    case OgScheduled:
        return tr("Scheduled");
    case OgNotes:
        return tr("Provider notes");
    default:
        break;
    }
    return {};
}

} // namespace OrderDesk
