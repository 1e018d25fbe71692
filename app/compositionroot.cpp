#include "compositionroot.h"

#include "api/backendfactory.h"
#include "history/cancellationhistory.h"
#include "itemmodels/orderlistmodel.h"
#include "mainwindow.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "services/backendregistry.h"
#include "services/cancelservice.h"
#include "services/orderloader.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

CompositionRoot::CompositionRoot(StartOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_history(std::make_unique<MemoryCancellationHistory>())
    , m_backends(new BackendRegistry(this))
    , m_orders(new OrderListModel(this))
    , m_loader(new OrderLoader(m_backends, m_orders, this))
{
    const QString agentName = QSettings().value(u"agent/displayName"_s).toString();
    m_cancel = new CancelService(m_backends, m_history.get(), m_orders, AgentInfo::fromEnvironment(agentName), this);
}

CompositionRoot::~CompositionRoot()
{
    // The window goes first (it uses the services), the sandbox last (backends may still talk to it).
    m_window.reset();
    m_loader->stop();
}

bool CompositionRoot::startSandbox()
{
    m_sandbox = std::make_unique<SandboxThread>(SandboxConfig{});
    if (!m_sandbox->start(0)) {
        std::fprintf(stderr, "orderdesk: the built-in sandbox could not listen on a loopback port\n");
        return false;
    }
    TransportSettings settings;
    settings.http2 = false;  // plain http on loopback: no h2c upgrade offers
    for (const SandboxAccount& sandbox : sandboxAccounts(*m_sandbox->server()))
        m_backends->add(createBackend(sandbox.account, sandbox.secret, &m_network, settings));
    return true;
}

bool CompositionRoot::start()
{
    if (!startSandbox())
        return false;

    m_window = std::make_unique<MainWindow>(MainWindowServices{m_orders, m_loader, m_cancel, m_backends});
    m_window->show();

    if (m_options.smokeTest) {
        connect(m_loader, &OrderLoader::finished, this, [this] {
            const bool ok = m_orders->rowCount() > 0;
            std::fprintf(stdout, "orderdesk: smoke test %s, %d orders loaded\n", ok ? "passed" : "FAILED",
                         m_orders->rowCount());
            std::fflush(stdout);
            m_window->close();
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    m_loader->reload();
    return true;
}

} // namespace OrderDesk
