#include "networkthread.h"

#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace OrderDesk {

NetworkThread::NetworkThread()
    : m_manager(new QNetworkAccessManager)
{
    m_thread.setObjectName(u"orderdesk-network"_s);
    adopt(m_manager);
    // Deferred deletes still run after finished(), in the thread: the manager goes after the
    // objects deleted before, whose requests are its replies.
    QObject::connect(&m_thread, &QThread::finished, m_manager, &QObject::deleteLater);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    m_thread.quit();
    m_thread.wait();
}

void NetworkThread::adopt(QObject* object)
{
    Q_ASSERT(!object->parent());
    object->moveToThread(&m_thread);
}

} // namespace OrderDesk
