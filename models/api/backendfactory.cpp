#include "backendfactory.h"

#include "api/flexportal/flexportalbackend.h"
#include "api/offergrid/offergridbackend.h"

namespace OrderDesk {

std::unique_ptr<OrderBackend> createBackend(const Account& account, const QString& secret,
                                            QNetworkAccessManager* manager, const TransportSettings& settings)
{
    if (account.platform == Platform::FlexPortal)
        return std::make_unique<FlexPortalBackend>(account, secret, manager, settings);
    return std::make_unique<OfferGridBackend>(account, secret, manager, settings);
}

} // namespace OrderDesk
