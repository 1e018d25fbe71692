// Test helper: the sandbox server in a process of its own, driven over stdin and stdout, so that a
// test measuring its own memory (the desk soak) does not count the server's. Started by
// SandboxProcess (sandboxprocess.h) with orderdesk-sandbox's options (--seed, --flexportal-orders,
// --offergrid-orders; the port is always 0, a free one).
//
// It prints "listening <port>" once it listens, then answers one line per command line:
//   faults <spec>            replaces one platform's faults, spec as --fault's ("flexportal:latency=0,...")
//   ids <platform>           the order ids in list order, a JSON array
//   order <platform> <id>    what GET one would return, in base64
//   cancels <platform>       cancel requests per order id (ids with none left out), a JSON object
//   rss                      this process's resident memory in bytes
// Answers are "ok[ <payload>]" or "error <sentence>". It ends when its stdin closes.
#include "residentmemory.h"
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<Platform> platformNamed(const QString& name)
{
    if (name == u"flexportal")
        return Platform::FlexPortal;
    if (name == u"offergrid")
        return Platform::OfferGrid;
    return std::nullopt;
}

QByteArray answer(SandboxServer& server, const QString& line)
{
    const QString command = line.section(u' ', 0, 0);
    const QString argument = line.section(u' ', 1);
    if (command == u"rss")
        return "ok " + QByteArray::number(Test::residentBytes());
    if (command == u"faults") {
        SandboxCommandLine parsed; // fresh faults: the spec replaces what the platform had
        QString error;
        if (!applyFaultSpec(argument, &parsed, &error))
            return "error " + error.toUtf8();
        const Platform platform = *platformNamed(argument.section(u':', 0, 0));
        server.setFaults(platform, platform == Platform::FlexPortal ? parsed.flexPortalFaults : parsed.offerGridFaults);
        return "ok";
    }
    const std::optional<Platform> platform = platformNamed(argument.section(u' ', 0, 0));
    if (!platform)
        return "error name a platform: flexportal or offergrid";
    if (command == u"ids")
        return "ok " +
               QJsonDocument(QJsonArray::fromStringList(server.orderIds(*platform))).toJson(QJsonDocument::Compact);
    if (command == u"order") {
        const QByteArray json = server.orderJson(*platform, argument.section(u' ', 1));
        return json.isEmpty() ? QByteArray("error no such order") : "ok " + json.toBase64();
    }
    if (command == u"cancels") {
        QJsonObject counts;
        for (const QString& id : server.orderIds(*platform)) {
            if (const int n = server.cancelRequests(*platform, id); n > 0)
                counts.insert(id, n);
        }
        return "ok " + QJsonDocument(counts).toJson(QJsonDocument::Compact);
    }
    return "error unknown command: " + command.toUtf8();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const std::optional<SandboxCommandLine> options = parseSandboxCommandLine(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "orderdesk-sandbox-child: %s\n", qPrintable(error));
        return 2;
    }
    SandboxServer server(options->config);
    if (!server.listen(0)) {
        std::fprintf(stderr, "orderdesk-sandbox-child: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::fprintf(stdout, "listening %u\n", unsigned(server.port()));
    std::fflush(stdout);

    // Reads stdin on a thread of its own (portable, unlike a notifier on fd 0); the server answers
    // in its own thread, the main one, between requests.
    std::thread reader([&server, &app] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString command = QString::fromStdString(line).trimmed();
            QMetaObject::invokeMethod(
                &server,
                [&server, command] {
                    const QByteArray reply = answer(server, command);
                    std::fwrite(reply.constData(), 1, size_t(reply.size()), stdout);
                    std::fputc('\n', stdout);
                    std::fflush(stdout);
                },
                Qt::BlockingQueuedConnection);
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    const int code = QCoreApplication::exec();
    reader.join();
    return code;
}
