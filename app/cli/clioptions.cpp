#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

constexpr CancelReason::Preset AllPresets[] = {
    CancelReason::Preset::CustomerChangedMind, CancelReason::Preset::CreatedInError,
    CancelReason::Preset::ItemsUnavailable, CancelReason::Preset::Duplicate, CancelReason::Preset::Other};

QStringList presetKeys()
{
    QStringList keys;
    for (const CancelReason::Preset preset : AllPresets)
        keys << CancelReason::presetKey(preset);
    return keys;
}

std::optional<CancelReason::Preset> presetFromKey(const QString& key)
{
    for (const CancelReason::Preset preset : AllPresets) {
        if (CancelReason::presetKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

QString description()
{
    return Text::tr("The scriptable face of OrderDesk: list, show and cancel FlexPortal and OfferGrid orders.\n"
                    "\n"
                    "Commands:\n"
                    "  orders list   --account ID [--status S] [--format table|json|csv]\n"
                    "  orders show   --account ID ORDER_ID [--format table|json]\n"
                    "  orders cancel --account ID ORDER_ID --reason TEXT [--preset KEY] [--agent NAME] [--yes]\n"
                    "\n"
                    "The API key of an account is read from the environment variable its \"secretEnv\" names.\n"
                    "Every cancel that is sent is written to the cancellation history first. The history file:\n"
                    "--history FILE, else $ORDERDESK_HISTORY, else the file the desktop application is set to\n"
                    "use.\n"
                    "\n"
                    "Exit status: 0 done (or already cancelled), 2 usage or configuration error,\n"
                    "3 refused by OrderDesk's cancellation policy (nothing sent), 4 refused by the platform,\n"
                    "5 network error or unknown outcome.");
}

ParsedCommandLine usageError(const QString& problem)
{
    ParsedCommandLine parsed;
    parsed.exitStatus = ExitUsage;
    parsed.output = Text::tr("orderdesk-cli: %1\nTry 'orderdesk-cli --help'.").arg(problem);
    return parsed;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption accounts(u"accounts"_s, Text::tr("The accounts JSON file."), u"file"_s);
    const QCommandLineOption history(u"history"_s,
                                     Text::tr("The cancellation history (SQLite file; default: $ORDERDESK_HISTORY, "
                                              "else the file set in OrderDesk's settings, else history.sqlite in "
                                              "OrderDesk's data folder)."),
                                     u"file"_s);
    const QCommandLineOption timeout(u"timeout"_s, Text::tr("Transfer timeout of every request (default 30)."),
                                     u"seconds"_s);
    const QCommandLineOption account(u"account"_s, Text::tr("The id of the account in the accounts file."), u"id"_s);
    const QCommandLineOption status(u"status"_s, Text::tr("list: only orders of this native status."), u"status"_s);
    const QCommandLineOption format(u"format"_s, Text::tr("Output: table (default), json (one object a line) or csv."),
                                    u"format"_s);
    const QCommandLineOption reason(u"reason"_s, Text::tr("cancel: why the order is cancelled (sent to the platform)."),
                                    u"text"_s);
    const QCommandLineOption preset(u"preset"_s, Text::tr("cancel: a preset reason: %1.").arg(presetKeys().join(u", ")),
                                    u"key"_s);
    const QCommandLineOption yes(u"yes"_s, Text::tr("cancel: do not ask for confirmation."));
    const QCommandLineOption agent(u"agent"_s,
                                   Text::tr("cancel: the agent the history entry names (default: the name set in "
                                            "OrderDesk's settings, else the user's login)."),
                                   u"name"_s);
    parser.addOptions({accounts, history, timeout, account, status, format, reason, preset, yes, agent});
    parser.addPositionalArgument(u"orders"_s, Text::tr("list, show or cancel, and the order id for show and cancel."),
                                 u"orders list|show|cancel [ORDER_ID]"_s);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help) || parser.isSet(u"help-all"_s))
        return {std::nullopt, parser.helpText(), ExitOk};
    if (parser.isSet(version))
        return {std::nullopt, u"orderdesk-cli "_s + QStringLiteral(ORDERDESK_VERSION) + u'\n', ExitOk};

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usageError(Text::tr("no command given"));
    if (words.size() == 1 && words.at(0) == u"orders")
        return usageError(Text::tr("orders needs a command: list, show or cancel"));
    if (words.size() < 2 || words.at(0) != u"orders")
        return usageError(Text::tr("unknown command \"%1\"").arg(words.join(u' ')));

    Options o;
    const QString& verb = words.at(1);
    if (verb == u"list")
        o.command = Command::List;
    else if (verb == u"show")
        o.command = Command::Show;
    else if (verb == u"cancel")
        o.command = Command::Cancel;
    else
        return usageError(Text::tr("unknown command \"orders %1\" (expected list, show or cancel)").arg(verb));

    const int expectedWords = o.command == Command::List ? 2 : 3;
    if (words.size() < expectedWords)
        return usageError(Text::tr("orders %1 needs an order id").arg(verb));
    if (words.size() > expectedWords)
        return usageError(Text::tr("unexpected argument \"%1\"").arg(words.at(expectedWords)));
    if (expectedWords == 3)
        o.orderId = words.at(2);

    // Options that mean nothing for this command are mistakes, not silently ignored.
    QList<const QCommandLineOption*> notForThis;
    if (o.command != Command::List)
        notForThis << &status;
    if (o.command == Command::Cancel)
        notForThis << &format;
    if (o.command != Command::Cancel)
        notForThis << &reason << &preset << &yes << &agent;
    for (const QCommandLineOption* option : std::as_const(notForThis)) {
        if (parser.isSet(*option))
            return usageError(Text::tr("--%1 does not apply to orders %2").arg(option->names().constFirst(), verb));
    }

    if (!parser.isSet(accounts))
        return usageError(Text::tr("--accounts FILE is required"));
    o.accountsFile = parser.value(accounts);
    if (!parser.isSet(account))
        return usageError(Text::tr("--account ID is required"));
    o.accountId = parser.value(account);
    o.historyFile = parser.value(history);
    o.status = parser.value(status);

    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(Text::tr("--timeout expects a number of seconds above 0 and up to 3600, not \"%1\"")
                                  .arg(parser.value(timeout)));
        o.timeoutMs = int(seconds * 1000);
    }

    if (parser.isSet(format)) {
        const QString f = parser.value(format);
        if (f == u"table")
            o.format = Format::Table;
        else if (f == u"json")
            o.format = Format::Json;
        else if (f == u"csv" && o.command == Command::List)
            o.format = Format::Csv;
        else
            return usageError(Text::tr("unknown format \"%1\" (expected %2)")
                                  .arg(f, o.command == Command::List ? u"table, json or csv"_s : u"table or json"_s));
    }

    if (o.command == Command::Cancel) {
        if (parser.isSet(preset)) {
            const std::optional<CancelReason::Preset> p = presetFromKey(parser.value(preset));
            if (!p)
                return usageError(Text::tr("unknown preset \"%1\" (expected one of %2)")
                                      .arg(parser.value(preset), presetKeys().join(u", ")));
            o.reason.preset = *p;
        }
        if (!parser.isSet(reason) || parser.value(reason).trimmed().isEmpty())
            return usageError(Text::tr("orders cancel needs --reason TEXT"));
        o.reason.text = parser.value(reason);
        if (!o.reason.isValid())
            return usageError(
                Text::tr("the reason must be 1 to %1 characters (preset included)").arg(CancelReason::MaxLength));
        o.yes = parser.isSet(yes);
        if (parser.isSet(agent) && parser.value(agent).trimmed().isEmpty())
            return usageError(Text::tr("--agent needs a name"));
        o.agentName = parser.value(agent).trimmed();
    }
    return {o, {}, ExitOk};
}

} // namespace OrderDesk::Cli
