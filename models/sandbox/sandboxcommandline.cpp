#include "sandboxcommandline.h"

#include "domain/order.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxCommandLine", text);
}

// A whole number in [low, high], or nothing.
std::optional<qint64> parseNumber(const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

bool applyFaultSpec(const QString& spec, SandboxCommandLine* commandLine, QString* error)
{
    const qsizetype colon = spec.indexOf(u':');
    const std::optional<Platform> platform = colon < 0 ? std::nullopt : platformFromKey(QStringView(spec).first(colon));
    if (!platform) {
        *error = tr("--fault %1: expected \"flexportal:...\" or \"offergrid:...\"").arg(spec);
        return false;
    }
    SandboxFaults& faults =
        *platform == Platform::FlexPortal ? commandLine->flexPortalFaults : commandLine->offerGridFaults;
    const QStringList settings = spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    if (settings.isEmpty()) {
        *error = tr("--fault %1: name a fault, e.g. %2:latency=200").arg(spec, spec.left(colon));
        return false;
    }
    for (const QString& setting : settings) {
        const qsizetype eq = setting.indexOf(u'=');
        const QString name = setting.left(eq).trimmed();
        const std::optional<qint64> value = eq < 0 ? std::nullopt : parseNumber(setting.mid(eq + 1), 0, 100000000);
        if (!value) {
            *error = tr("--fault %1: \"%2\" needs a whole number from 0 to 100000000, as in %3=2")
                         .arg(spec, setting, name.isEmpty() ? u"server-errors"_s : name);
            return false;
        }
        const int n = int(*value);
        if (name == u"latency")
            faults.latencyMs = n;
        else if (name == u"server-errors")
            faults.serverErrors = n;
        else if (name == u"rate-limits")
            faults.rateLimits = n;
        else if (name == u"retry-after")
            faults.retryAfterSeconds = n;
        else if (name == u"rate-limit")
            faults.rateLimitPerSecond = n;
        else if (name == u"drop-after-cancel")
            faults.dropAfterCancel = n;
        else if (name == u"truncated-pages")
            faults.truncatedPages = n;
        else if (name == u"stall")
            faults.stallMs = n;
        else if (name == u"strict-body") {
            if (*platform != Platform::OfferGrid) {
                *error = tr("--fault %1: strict-body is OfferGrid's (offergrid:strict-body=1); FlexPortal documents "
                            "the reason property")
                             .arg(spec);
                return false;
            }
            if (n > 1) {
                *error = tr("--fault %1: strict-body is on (1) or off (0)").arg(spec);
                return false;
            }
            faults.strictBody = n == 1;
        } else {
            *error = tr("--fault %1: unknown fault \"%2\" (known: latency, server-errors, rate-limits, retry-after, "
                        "rate-limit, drop-after-cancel, truncated-pages, stall, strict-body)")
                         .arg(spec, name);
            return false;
        }
    }
    return true;
}

std::optional<SandboxCommandLine> parseSandboxCommandLine(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local stand-in for the FlexPortal and OfferGrid order APIs, for OrderDesk, its tests and demos.\n"
           "Both platforms are served on one loopback port: FlexPortal under /v1/orders and "
           "/v1/subscriptions/ID/cancel (Authorization: Bearer <key>, Tenant-ID), OfferGrid under /reseller/orders "
           "(x-api-key). The data is generated from the seed: "
           "the same seed gives the same bytes. The first line on standard output is\n"
           "  Listening on http://127.0.0.1:PORT\n"
           "It runs until SIGINT or SIGTERM.\n\n"
           "Faults (--fault PLATFORM:NAME=VALUE[,NAME=VALUE...], repeatable; PLATFORM is flexportal or offergrid):\n"
           "  latency=MS            delay every response of the platform by MS milliseconds\n"
           "  server-errors=N       answer the next N requests 503 with an HTML page\n"
           "  rate-limits=N         answer the next N requests 429 (FlexPortal: Retry-After header;\n"
           "                        OfferGrid: retryAfter in the body and X-RateLimit-* headers)\n"
           "  retry-after=SECONDS   the wait those 429s ask for (default 1)\n"
           "  rate-limit=N          a mode: at most N cancel requests per second per key; beyond it 429 as\n"
           "                        above, waiting until the second ends (the same as --rate-limit N)\n"
           "  drop-after-cancel=N   apply the next N cancels (FlexPortal: of orders and of subscriptions), then\n"
           "                        close the connection without answering\n"
           "  truncated-pages=N     cut the next N list bodies in half (valid HTTP, malformed JSON)\n"
           "  stall=MS              send the next response only partly, then stall for MS milliseconds\n"
           "  strict-body=1         OfferGrid only, a mode: its cancel takes no body property at all, as a NestJS\n"
           "                        server whitelisting the reference page's empty body would: {\"reason\": ...}\n"
           "                        is answered 400 {\"statusCode\":400,\"message\":[\"property reason should not\n"
           "                        exist\"],\"error\":\"Bad Request\"}; a cancel without a body (or with {}) goes\n"
           "                        through. The same as --offergrid-strict-body.\n"
           "Example: orderdesk-sandbox --port 8080 --fault flexportal:latency=200 --fault offergrid:server-errors=3"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption port(u"port"_s, tr("Listen on 127.0.0.1:<port>; 0 picks a free port (default)."),
                                  tr("port"), u"0"_s);
    const QCommandLineOption flexPortalOrders(
        u"flexportal-orders"_s, tr("How many FlexPortal orders to serve (default 500)."), tr("count"), u"500"_s);
    const QCommandLineOption offerGridOrders(
        u"offergrid-orders"_s, tr("How many OfferGrid orders to serve (default 200)."), tr("count"), u"200"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed of the generated data (default 42)."), tr("number"), u"42"_s);
    const SandboxCredentials defaults;
    const QCommandLineOption flexPortalKey(
        u"flexportal-key"_s, tr("The FlexPortal API key to accept (default %1).").arg(defaults.flexPortalKey),
        tr("key"), defaults.flexPortalKey);
    const QCommandLineOption tenant(u"tenant"_s,
                                    tr("The FlexPortal Tenant-ID to accept (default %1).").arg(defaults.tenantId),
                                    tr("id"), defaults.tenantId);
    const QCommandLineOption offerGridKey(
        u"offergrid-key"_s, tr("The OfferGrid x-api-key to accept (default %1).").arg(defaults.offerGridKey), tr("key"),
        defaults.offerGridKey);
    const QCommandLineOption fault(u"fault"_s, tr("Inject a fault (see above); repeatable."),
                                   tr("platform:name=value"));
    const QCommandLineOption offerGridStrictBody(
        u"offergrid-strict-body"_s,
        tr("OfferGrid's cancel refuses any body property (\"property reason should not exist\"), as a NestJS "
           "server with forbidNonWhitelisted would; a cancel without a body goes through. Same as --fault "
           "offergrid:strict-body=1."));
    const QCommandLineOption rateLimit(
        u"rate-limit"_s,
        tr("Accept at most N cancel requests per second per key on both platforms; beyond it the cancel is not "
           "applied and answered 429 (FlexPortal: Retry-After; OfferGrid: retryAfter and X-RateLimit-*), asking to "
           "wait until the second ends. 0 (default) is off. Reads are not limited."),
        tr("N"), u"0"_s);
    parser.addOptions({help, version, port, flexPortalOrders, offerGridOrders, seed, flexPortalKey, tenant,
                       offerGridKey, fault, offerGridStrictBody, rateLimit});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    SandboxCommandLine result;
    result.helpRequested = parser.isSet(help);
    result.versionRequested = parser.isSet(version);
    result.helpText = parser.helpText();
    if (result.helpRequested || result.versionRequested)
        return result;

    const auto number = [&](const QCommandLineOption& option, qint64 low, qint64 high) -> std::optional<qint64> {
        const std::optional<qint64> value = parseNumber(parser.value(option), low, high);
        if (!value) {
            *error = tr("--%1 %2: expected a whole number from %3 to %4")
                         .arg(option.names().constLast(), parser.value(option))
                         .arg(low)
                         .arg(high);
        }
        return value;
    };
    const std::optional<qint64> portValue = number(port, 0, 65535);
    const std::optional<qint64> fpCount = portValue ? number(flexPortalOrders, 0, 1000000) : std::nullopt;
    const std::optional<qint64> ogCount = fpCount ? number(offerGridOrders, 0, 200000) : std::nullopt;
    const std::optional<qint64> seedValue = ogCount ? number(seed, 0, 4294967295LL) : std::nullopt;
    const std::optional<qint64> rateValue = seedValue ? number(rateLimit, 0, 100000) : std::nullopt;
    if (!rateValue)
        return std::nullopt;
    result.port = quint16(*portValue);
    result.config.flexPortalOrders = int(*fpCount);
    result.config.offerGridOrders = int(*ogCount);
    result.config.seed = quint32(*seedValue);

    for (const auto& [option, target] : {std::pair{&flexPortalKey, &result.config.credentials.flexPortalKey},
                                         std::pair{&tenant, &result.config.credentials.tenantId},
                                         std::pair{&offerGridKey, &result.config.credentials.offerGridKey}}) {
        const QString value = parser.value(*option);
        if (value.trimmed().isEmpty() || value != value.trimmed()) {
            *error = tr("--%1: expected a non-empty value without surrounding spaces").arg(option->names().constLast());
            return std::nullopt;
        }
        *target = value;
    }
    result.offerGridFaults.strictBody = parser.isSet(offerGridStrictBody);
    result.flexPortalFaults.rateLimitPerSecond = int(*rateValue);
    result.offerGridFaults.rateLimitPerSecond = int(*rateValue);
    for (const QString& spec : parser.values(fault)) {
        if (!applyFaultSpec(spec, &result, error))
            return std::nullopt;
    }
    return result;
}

} // namespace OrderDesk
