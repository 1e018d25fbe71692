#include "sandboxdata.h"

#include <QElapsedTimer>

namespace OrderDesk {

SandboxData::SandboxData(const SandboxConfig& config)
{
    QElapsedTimer clock;
    clock.start();
    flexPortal.generate(config.seed, config.flexPortalOrders, config.credentials.tenantId.toUtf8());
    offerGrid.generate(config.seed, config.offerGridOrders);
    generationMs = clock.elapsed();
}

} // namespace OrderDesk
