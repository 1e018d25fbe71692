#include "backendregistry.h"

#include <utility>

namespace OrderDesk {

BackendRegistry::BackendRegistry(QObject* parent)
    : QObject(parent)
{}

BackendRegistry::~BackendRegistry()
{
    close();
}

void BackendRegistry::add(std::unique_ptr<OrderBackend> backend)
{
    m_backends.push_back(std::move(backend));
    emit changed();
}

void BackendRegistry::clear()
{
    release(tr("The accounts or their settings were changed while this was running."));
    emit changed();
}

void BackendRegistry::close()
{
    release(tr("OrderDesk closed while this was running."));
}

void BackendRegistry::release(const QString& why)
{
    // Out of the registry first: whoever hears of a stopped job no longer finds its backend here.
    std::vector<std::unique_ptr<OrderBackend>> gone = std::exchange(m_backends, {});
    // Every job still running finishes, stopped, while its backend is whole; then the backends go.
    const ApiError stopped(ApiError::Kind::Aborted, why);
    for (const auto& backend : gone)
        ApiJob::abortChildren(backend.get(), stopped);
    gone.clear();
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
