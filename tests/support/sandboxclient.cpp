#include "sandboxclient.h"

#include "api/backendfactory.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/offergrid/offergriddecoder.h"
#include "domain/cancellationpolicy.h"

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

SandboxClient::SandboxClient(SandboxConfig config)
    : m_sandbox(std::move(config))
{
    m_running = m_sandbox.start(0);
}

Account SandboxClient::account(Platform platform) const
{
    Account a;
    a.platform = platform;
    a.id = platform == Platform::FlexPortal ? u"fp-sandbox"_s : u"og-sandbox"_s;
    a.displayName = a.id;
    a.baseUrl = m_sandbox.baseUrl();
    a.region = u"custom"_s;
    a.tenantId = platform == Platform::FlexPortal ? server()->config().credentials.tenantId : QString();
    return a;
}

TransportSettings SandboxClient::fastSettings()
{
    TransportSettings s;
    s.timeoutMs = 3000;
    s.backoffBaseMs = 10;
    s.backoffCapMs = 100;
    s.http2 = false;
    return s;
}

std::unique_ptr<OrderBackend> SandboxClient::backend(Platform platform, const TransportSettings& settings,
                                                     NetworkThread* pagingThread)
{
    const SandboxCredentials& c = server()->config().credentials;
    return createBackend(account(platform), platform == Platform::FlexPortal ? c.flexPortalKey : c.offerGridKey,
                         &m_network, settings, pagingThread, &m_workers);
}

std::unique_ptr<OrderBackend> SandboxClient::backendWithSecret(Platform platform, const QString& secret,
                                                               const QString& tenantId)
{
    Account a = account(platform);
    if (!tenantId.isNull())
        a.tenantId = tenantId;
    return createBackend(a, secret, &m_network, fastSettings(), nullptr, &m_workers);
}

Order SandboxClient::serverOrder(Platform platform, const QString& orderId) const
{
    const QByteArray json = server()->orderJson(platform, orderId);
    Result<Order> r =
        platform == Platform::FlexPortal ? FlexPortalDecoder::decodeOrder(json) : OfferGridDecoder::decodeOrder(json);
    return r.ok() ? r.value() : Order{};
}

QString SandboxClient::findOrder(Platform platform, bool cancellable, const QString& status) const
{
    for (const QString& id : server()->orderIds(platform)) {
        const Order o = serverOrder(platform, id);
        if (!status.isEmpty() && o.status != status)
            continue;
        if (CancellationPolicy::evaluate(o).allowed == cancellable && server()->cancelRequests(platform, id) == 0)
            return id;
    }
    return {};
}

} // namespace OrderDesk::Test
