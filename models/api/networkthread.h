#pragma once

#include <QThread>

class QNetworkAccessManager;

namespace OrderDesk {

// A thread of its own with its own QNetworkAccessManager, for requests that follow one another
// (a list's pages): each reply is answered by the next request at once, however busy the GUI
// thread is inserting rows or painting. The composition root owns one, and destroys it only after
// the jobs that use it have let go of their objects.
class NetworkThread
{
public:
    NetworkThread();
    ~NetworkThread(); // stops the thread, after deleting what lives in it
    NetworkThread(const NetworkThread&) = delete;
    NetworkThread& operator=(const NetworkThread&) = delete;

    // Lives in the thread: only objects adopted by it may use it.
    QNetworkAccessManager* manager() const { return m_manager; }
    // Moves `object` (which has no parent) into the thread. Its owner deletes it with deleteLater(),
    // which runs in the thread: before the thread stops, or as it stops.
    void adopt(QObject* object);

private:
    QThread m_thread;
    QNetworkAccessManager* m_manager;
};

} // namespace OrderDesk
