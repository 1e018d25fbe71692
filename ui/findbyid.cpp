#include "findbyid.h"

#include "mainwindow.h"
#include "messagebar.h"
#include "services/orderfinder.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// An account that could not answer for a reason a second try may cure: the connection, a timeout,
// the server's own trouble or a garbled answer. A wrong key or a refused permission fails again.
bool askingAgainMayHelp(const OrderMiss& miss)
{
    for (const LookupProblem& p : miss.problems)
        if (p.error.isTransient() || p.error.kind == ApiError::Kind::Protocol)
            return true;
    return false;
}
} // namespace

FindById::FindById(OrderFinder* finder, MainWindow* window, QLineEdit* search, MessageBar* bar)
    : QObject(window)
    , m_finder(finder)
    , m_window(window)
    , m_search(search)
    , m_bar(bar)
    , m_again(new QAction(tr("Look &up again"), this))
{
    m_again->setObjectName(u"findByIdRetry"_s);
    connect(m_again, &QAction::triggered, this, [this] {
        m_bar->dismiss();
        if (!m_missed.isEmpty())
            lookUp(m_missed);
    });
    // Looking is progress, not an outcome: the status bar says it, as it says the list's loading.
    connect(m_finder, &OrderFinder::lookupStarted, this, [this](const QString& id, int accounts) {
        if (!m_told.isEmpty() && !m_bar->isHidden() && m_bar->text() == m_told)
            m_bar->dismiss(); // the last lookup's outcome is not this one's
        m_window->statusBar()->showMessage(tr("Looking for order %1 in %n account(s)…", nullptr, accounts).arg(id));
    });
    connect(m_finder, &OrderFinder::found, this, &FindById::onFound);
    connect(m_finder, &OrderFinder::notFound, this, &FindById::onNotFound);
    // Typing on drops what an earlier term of the search is still being looked for.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_fromSearch && m_finder->isLooking() && m_finder->currentId() != text.trimmed()) {
            m_finder->stop();
            m_window->statusBar()->clearMessage(); // "Looking for …" no more
        }
    });
}

void FindById::openGoToDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new QInputDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setObjectName(u"goToOrderDialog"_s);
    m_dialog->setWindowTitle(tr("Go to order"));
    m_dialog->setLabelText(tr("Order id, exactly as the platform shows it. Every enabled account is asked for it, "
                              "also when it is not loaded yet:"));
    m_dialog->setInputMode(QInputDialog::TextInput);
    m_dialog->setOkButtonText(tr("&Go"));
    connect(m_dialog, &QInputDialog::textValueSelected, this, &FindById::lookUp);
    m_dialog->open();
}

void FindById::lookUp(const QString& id)
{
    m_fromSearch = false;
    m_finder->find(id);
}

void FindById::searchSettled(const QString& term, int rowsShown)
{
    if (!m_finder->isWorthLookingUp(term, rowsShown))
        return;
    m_fromSearch = true;
    m_finder->find(term);
}

void FindById::onFound(const Order& order)
{
    if (!m_window->selectOrder(order.accountId, order.id, !m_fromSearch))
        return;
    tell(MessageType::Success, tr("Order %1 is shown and selected.").arg(order.id));
}

// An id no account has is information (the agent tells the customer); an account that could not
// be asked is an error, with "Look up again" where a second try may get through. Either stays until
// the agent dismisses it or looks up another id: long enough to read out on the phone.
void FindById::onNotFound(const OrderMiss& miss)
{
    if (miss.problems.isEmpty()) {
        tell(MessageType::Information, miss.summary());
        return;
    }
    m_missed = miss.id;
    tell(MessageType::Error, miss.summary(), askingAgainMayHelp(miss) ? m_again : nullptr);
}

void FindById::tell(MessageType type, const QString& text, QAction* action)
{
    m_window->statusBar()->clearMessage();
    QList<QAction*> actions;
    if (action)
        actions << action;
    m_bar->showMessage(type, text, actions, type == MessageType::Success ? -1 : 0);
    m_told = m_bar->text();
}

} // namespace OrderDesk
