#include "loadstatus.h"

#include "itemmodels/orderlistmodel.h"
#include "services/orderloader.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

LoadStatus::LoadStatus(OrderLoader* loader, const OrderListModel* orders, QAction* stop, QStatusBar* bar)
    : QObject(bar)
    , m_orders(orders)
    , m_stop(stop)
    , m_progress(new QProgressBar(bar))
    , m_text(new QLabel(bar))
    , m_stopButton(new QToolButton(bar))
{
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setAccessibleName(tr("Loading orders"));
    m_progress->setRange(0, 0); // the platforms send no grand total
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_text->setObjectName(u"loadText"_s);
    m_stopButton->setDefaultAction(m_stop);
    m_stopButton->hide();
    bar->addPermanentWidget(m_text);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_stopButton);
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(100);
    connect(&m_textTimer, &QTimer::timeout, this,
            [this] { m_text->setText(tr("Loading… %n order(s) so far", nullptr, m_ordersSoFar)); });
    connect(loader, &OrderLoader::loadingChanged, this, &LoadStatus::onLoadingChanged);
    connect(loader, &OrderLoader::progress, this, &LoadStatus::onProgress);
}

void LoadStatus::onLoadingChanged(bool loading)
{
    m_progress->setVisible(loading);
    m_stopButton->setVisible(loading);
    m_stop->setEnabled(loading);
    if (!loading) {
        m_textTimer.stop();
        m_text->setText(tr("%n order(s)", nullptr, m_orders->rowCount()));
    }
}

void LoadStatus::onProgress(int orders)
{
    m_ordersSoFar = orders;
    if (!m_textTimer.isActive())
        m_textTimer.start();
}

} // namespace OrderDesk
