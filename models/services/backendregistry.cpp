#include "backendregistry.h"

namespace OrderDesk {

BackendRegistry::BackendRegistry(QObject* parent)
    : QObject(parent)
{}

BackendRegistry::~BackendRegistry() = default;

void BackendRegistry::add(std::unique_ptr<OrderBackend> backend)
{
    m_backends.push_back(std::move(backend));
    emit changed();
}

void BackendRegistry::clear()
{
    m_backends.clear();
    emit changed();
}

OrderBackend* BackendRegistry::backend(const QString& accountId) const
{
    for (const auto& b : m_backends) {
        if (b->account().id == accountId)
            return b.get();
    }
    return nullptr;
}

QList<OrderBackend*> BackendRegistry::backends() const
{
    QList<OrderBackend*> out;
    for (const auto& b : m_backends)
        out.append(b.get());
    return out;
}

} // namespace OrderDesk
