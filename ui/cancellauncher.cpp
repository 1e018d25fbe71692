#include "cancellauncher.h"

#include "canceldialog.h"
#include "services/cancelservice.h"
#include "services/subscriptioncancelservice.h"
#include "subscriptioncanceldialog.h"
#include "windowlayout.h"

namespace OrderDesk {

CancelLauncher::CancelLauncher(const MainWindowServices& services, QWidget* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{}

void CancelLauncher::cancelSubscriptions(const Order& order, const QHash<QString, CancelAttempt>& known)
{
    // The dialog collects; the service sends, one subscription after the other, the history first.
    auto* dialog = new SubscriptionCancelDialog(order, known, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::SubscriptionCancelDialogSize);
    dialog->attach(m_services.subscriptions);
    dialog->open();
}

void CancelLauncher::cancelOrder(const Order& order)
{
    auto* dialog = new CancelDialog(order, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLayout::keepSize(dialog, m_services.settings, Setting::CancelDialogSize);
    connect(dialog, &CancelDialog::confirmed, this, [this, dialog](const CancelReason& reason) {
        if (const std::optional<ApiError> refused = m_services.cancel->submit(dialog->order(), reason))
            dialog->showNotStarted(refused->message);
        else
            dialog->showInProgress();
    });
    const auto isDialogs = [dialog](const QString& accountId, const QString& orderId) {
        return accountId == dialog->order().accountId && orderId == dialog->order().id;
    };
    connect(m_services.cancel, &CancelService::cancelFinished, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId, const CancelOutcome& outcome) {
                if (isDialogs(accountId, orderId))
                    dialog->showOutcome(outcome);
            });
    // The history could not take the entry (it is written on the history's thread): nothing was sent.
    connect(m_services.cancel, &CancelService::cancelNotStarted, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId, const ApiError& why) {
                if (isDialogs(accountId, orderId))
                    dialog->showNotStarted(why.message);
            });
    // Check before cancelling: the agent decides on the order as it is now, read when the dialog opens.
    connect(m_services.cancel, &CancelService::orderRefreshed, dialog, [dialog, isDialogs](const Order& fresh) {
        if (isDialogs(fresh.accountId, fresh.id))
            dialog->showFreshOrder(fresh);
    });
    connect(m_services.cancel, &CancelService::refreshFailed, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId, const ApiError& error) {
                if (isDialogs(accountId, orderId))
                    dialog->showCheckFailed(error.userMessage());
            });
    connect(m_services.cancel, &CancelService::cancelRequestSent, dialog,
            [dialog, isDialogs](const QString& accountId, const QString& orderId) {
                if (isDialogs(accountId, orderId))
                    dialog->showRequestSent();
            });
    dialog->open();
    m_services.cancel->refresh(order);
}

} // namespace OrderDesk
