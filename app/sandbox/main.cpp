// orderdesk-sandbox: the sandbox server on its own, for demos, scripts and manual testing.
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}

// SIGINT and SIGTERM end the event loop (exit code 0) instead of killing the process mid-write.
void quitOnSignals(QCoreApplication* app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication*) {}
#endif

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));

    QString error;
    const std::optional<OrderDesk::SandboxCommandLine> options =
        OrderDesk::parseSandboxCommandLine(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "orderdesk-sandbox: %s\nTry 'orderdesk-sandbox --help'.\n", qPrintable(error));
        return 2;
    }
    if (options->helpRequested || options->versionRequested) {
        std::fputs(qPrintable(options->helpRequested ? options->helpText
                                                     : QStringLiteral("orderdesk-sandbox " ORDERDESK_VERSION "\n")),
                   stdout);
        return 0;
    }

    OrderDesk::SandboxServer server(options->config);
    server.setFaults(OrderDesk::Platform::FlexPortal, options->flexPortalFaults);
    server.setFaults(OrderDesk::Platform::OfferGrid, options->offerGridFaults);
    if (!server.listen(options->port)) {
        std::fprintf(stderr, "orderdesk-sandbox: cannot listen on 127.0.0.1:%u: %s\n", unsigned(options->port),
                     qPrintable(server.errorString()));
        return 1;
    }
    std::fprintf(stdout, "Listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "orderdesk-sandbox: %d FlexPortal and %d OfferGrid orders generated in %lld ms (seed %u)\n",
                 options->config.flexPortalOrders, options->config.offerGridOrders,
                 static_cast<long long>(server.generationMs()), options->config.seed);

    quitOnSignals(&app);
    return QCoreApplication::exec();
}
