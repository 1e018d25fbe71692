#include "backendfactory.h"

#include "api/flexportal/flexportalbackend.h"
#include "api/offergrid/offergridbackend.h"

namespace OrderDesk {

std::unique_ptr<OrderBackend> createBackend(const Account& account, const QString& secret,
                                            QNetworkAccessManager* manager, const TransportSettings& settings,
                                            NetworkThread* pagingThread, QThreadPool* workers)
{
    std::unique_ptr<OrderBackend> backend;
    if (account.platform == Platform::FlexPortal)
        backend = std::make_unique<FlexPortalBackend>(account, secret, manager, settings);
    else
        backend = std::make_unique<OfferGridBackend>(account, secret, manager, settings);
    backend->setPagingThread(pagingThread);
    backend->setWorkerPool(workers);
    return backend;
}

} // namespace OrderDesk
