#pragma once

#include "api/orderbackend.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace OrderDesk {

// The backends of the configured accounts, in the accounts' order. Owned by the composition root
// and handed to the services that talk to platforms. Clearing it (the accounts changed) stops the
// jobs of the backends it held: each finishes, stopped, and none is left waiting.
class BackendRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendRegistry)

public:
    explicit BackendRegistry(QObject* parent = nullptr);
    ~BackendRegistry() override;

    void add(std::unique_ptr<OrderBackend> backend);
    // The accounts changed: every job of the backends held finishes, stopped, and the backends go.
    void clear();
    // OrderDesk is closing: the same, while the services that hear of the jobs are still there.
    void close();

    OrderBackend* backend(const QString& accountId) const;
    QList<OrderBackend*> backends() const;
    bool isEmpty() const { return m_backends.empty(); }

signals:
    void changed();

private:
    void release(const QString& why);

    std::vector<std::unique_ptr<OrderBackend>> m_backends;
};

} // namespace OrderDesk
