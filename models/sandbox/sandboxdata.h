#pragma once

#include "flexportalstore.h"
#include "offergridstore.h"
#include "sandboxconfig.h"

namespace OrderDesk {

// Everything the sandbox serves, generated from the config: the same seed, counts and credentials
// give the same orders, byte for byte. Not thread-safe: the server guards it.
struct SandboxData
{
    explicit SandboxData(const SandboxConfig& config);

    FlexPortalStore flexPortal;
    OfferGridStore offerGrid;
    qint64 generationMs = 0; // how long generating took
};

} // namespace OrderDesk
