#pragma once

#include "api/orderbackend.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace OrderDesk {

// The backends of the configured accounts, in the accounts' order. Owned by the composition root
// and handed to the services that talk to platforms.
class BackendRegistry : public QObject
{
    Q_OBJECT

public:
    explicit BackendRegistry(QObject* parent = nullptr);
    ~BackendRegistry() override;

    void add(std::unique_ptr<OrderBackend> backend);
    void clear();

    OrderBackend* backend(const QString& accountId) const;
    QList<OrderBackend*> backends() const;
    bool isEmpty() const { return m_backends.empty(); }

signals:
    void changed();

private:
    std::vector<std::unique_ptr<OrderBackend>> m_backends;
};

} // namespace OrderDesk
