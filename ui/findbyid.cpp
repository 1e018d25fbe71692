#include "findbyid.h"

#include "mainwindow.h"
#include "services/orderfinder.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int FoundMessageMs = 10000;
constexpr int MissMessageMs = 30000; // long enough to read out to a customer on the phone
} // namespace

FindById::FindById(OrderFinder* finder, MainWindow* window, QLineEdit* search)
    : QObject(window)
    , m_finder(finder)
    , m_window(window)
    , m_search(search)
{
    connect(m_finder, &OrderFinder::lookupStarted, this, [this](const QString& id, int accounts) {
        say(tr("Looking for order %1 in %n account(s)…", nullptr, accounts).arg(id), 0);
    });
    connect(m_finder, &OrderFinder::found, this, &FindById::onFound);
    connect(m_finder, &OrderFinder::notFound, this, &FindById::onNotFound);
    // Typing on drops what an earlier term of the search is still being looked for.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_fromSearch && m_finder->isLooking() && m_finder->currentId() != text.trimmed()) {
            m_finder->stop();
            m_window->statusBar()->clearMessage();
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
    say(tr("Order %1 is shown and selected.").arg(order.id), FoundMessageMs);
}

void FindById::onNotFound(const OrderMiss& miss)
{
    say(miss.summary(), MissMessageMs);
}

void FindById::say(const QString& text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

} // namespace OrderDesk
