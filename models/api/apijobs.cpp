#include "apijobs.h"

#include <QCoreApplication>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

void ApiJob::abort()
{
    if (m_finished)
        return;
    stop();
    finishWithError(ApiError(ApiError::Kind::Aborted, tr("Stopped by the user.")));
}

void ApiJob::finishWithSuccess()
{
    finish();
}

void ApiJob::finishWithError(const ApiError& error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void ApiJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

void ListOrdersJob::deliverPage(const QList<Order>& orders)
{
    m_orders += int(orders.size());
    ++m_pages;
    emit pageReceived(orders);
    emit progress(m_orders, m_pages);
}

void FetchOrderJob::setResult(Order order, QByteArray raw)
{
    m_order = std::move(order);
    m_raw = std::move(raw);
}

void CancelOrderJob::finishWithOutcome(CancelOutcome outcome)
{
    m_outcome = std::move(outcome);
    finishWithSuccess();
}

QString CancelOutcome::kindKey() const
{
    switch (kind) {
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::AlreadyCancelled:
        return u"already-cancelled"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::Failed:
        return u"failed"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString CancelOutcome::summary() const
{
    const QString detail = error ? error->userMessage() : QString();
    switch (kind) {
    case Kind::Cancelled:
        return tr("The order was cancelled.");
    case Kind::AlreadyCancelled:
        return tr("The order had already been cancelled; nothing changed.");
    case Kind::Refused:
        return tr("The platform refused the cancel. %1").arg(detail).trimmed();
    case Kind::Failed:
        return tr("The cancel request was not sent. %1").arg(detail).trimmed();
    case Kind::Unknown:
        break;
    }
    switch (reRead) {
    case ReRead::ShowsCancelled:
        return tr("No answer came back to the cancel request (%1), but reading the order again shows it is "
                  "cancelled.")
            .arg(detail);
    case ReRead::ShowsNotCancelled:
        return tr("No answer came back to the cancel request (%1); reading the order again shows it is still "
                  "not cancelled.")
            .arg(detail);
    case ReRead::Failed:
    case ReRead::NotNeeded:
        break;
    }
    return tr("No answer came back to the cancel request (%1), and the order could not be read again: the outcome "
              "is unknown. Check the order before trying again.")
        .arg(detail);
}

} // namespace OrderDesk
