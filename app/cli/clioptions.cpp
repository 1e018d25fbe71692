#include "clioptions.h"

#include "history/historystats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

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
    return Text::tr("The scriptable face of OrderDesk: list, show and cancel FlexPortal and OfferGrid orders, cancel\n"
                    "FlexPortal subscriptions, and export the cancellation history.\n"
                    "\n"
                    "Commands:\n"
                    "  orders list   --account ID [--status S] [--format table|json|csv]\n"
                    "  orders show   --account ID ORDER_ID [--format table|json]\n"
                    "  orders cancel --account ID ORDER_ID --reason TEXT [--preset KEY] [--agent NAME] [--yes]\n"
                    "  orders cancel --account ID --ids-from FILE|- --reason TEXT [--preset KEY] [--agent NAME]\n"
                    "                [--yes] [--dry-run] [--format table|json]\n"
                    "  subscriptions cancel --account ID SUBSCRIPTION_ID... --reason REASON [--notes TEXT]\n"
                    "                [--agent NAME] [--yes] [--format table|json]\n"
                    "  history export --format csv|json [--since DATE] [--until DATE] [--agent NAME]\n"
                    "                 [--account ID] [--outcome KEY]\n"
                    "\n"
                    "Accounts: with --accounts FILE, the accounts in that file, each key from the environment\n"
                    "variable its \"secretEnv\" names. Without it, the desktop application's accounts: those IT\n"
                    "provisioned (OrderDesk/accounts.json in a system configuration folder, such as /etc/xdg),\n"
                    "then the user's own from OrderDesk's settings. Their keys: the variable \"secretEnv\" names,\n"
                    "else ORDERDESK_KEY_<ID> (the id in upper case, other characters as _), else the keychain\n"
                    "the desktop stored them in. Without a keychain (a server, a CI job), set the variable.\n"
                    "Every cancel that is sent is written to the cancellation history first. The history file:\n"
                    "--history FILE, else $ORDERDESK_HISTORY, else the file the desktop application is set to\n"
                    "use. history export reads only that file: it needs no --accounts and no network.\n"
                    "--ids-from reads one order id a line (blank lines ignored, an id given twice handled once),\n"
                    "reads and judges every order, asks once for the whole batch, then cancels them one after\n"
                    "the other, waiting when the platform's rate limit answers 429; one result per id.\n"
                    "subscriptions cancel sends one request per subscription (an order line's rentalIds, as\n"
                    "orders show --format json lists them), one after the other, never one twice. REASON is\n"
                    "FlexPortal's: customer_request, payment_failure, fraud, admin_decision or other; the notes\n"
                    "hold at most 1000 characters. One result per subscription: cancelled, already-cancelled,\n"
                    "already-ended, failed or unknown.\n"
                    "DATE is YYYY-MM-DD (a local day; --until includes it) or an ISO 8601 timestamp with Z or\n"
                    "an offset.\n"
                    "\n"
                    "Exit status: 0 done (or already cancelled), 2 usage or configuration error,\n"
                    "3 refused by OrderDesk's cancellation policy (nothing sent), 4 refused by the platform,\n"
                    "5 network error or unknown outcome. With --ids-from: the highest among the orders (a dry\n"
                    "run: 0 when every order could be read). subscriptions cancel: 0 when every subscription is\n"
                    "cancelled, already cancelled or already ended, else the highest among them.");
}

// A DATE of --since/--until, in UTC. YYYY-MM-DD is a local calendar day: --since starts at its first
// moment; --until includes the whole day, so its exclusive bound is the first moment of the next day.
// A timestamp needs Z or an offset (a script's clock and this machine's may not agree on a zone).
std::optional<QDateTime> parseDateBound(const QString& text, bool isUntil)
{
    static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression stamp(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}([.,]\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)$"_s);
    if (day.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        // startOfDay(): the day's first moment even where a clock change skips midnight.
        const QDateTime bound = (isUntil ? date.addDays(1) : date).startOfDay();
        return bound.isValid() ? std::optional<QDateTime>(bound.toUTC()) : std::nullopt;
    }
    if (stamp.match(text).hasMatch()) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        return time.isValid() ? std::optional<QDateTime>(time.toUTC()) : std::nullopt;
    }
    return std::nullopt;
}

ParsedCommandLine usageError(const QString& problem)
{
    ParsedCommandLine parsed;
    parsed.exitStatus = ExitUsage;
    parsed.output = Text::tr("orderdesk-cli: %1\nTry 'orderdesk-cli --help'.").arg(problem);
    return parsed;
}

// The options only history export reads.
struct ExportOptions
{
    const QCommandLineOption& format;
    const QCommandLineOption& agent;
    const QCommandLineOption& account;
    const QCommandLineOption& since;
    const QCommandLineOption& until;
    const QCommandLineOption& outcome;
};

ParsedCommandLine parseHistoryExport(const QCommandLineParser& parser, Options o, const ExportOptions& options)
{
    if (!parser.isSet(options.format))
        return usageError(Text::tr("history export needs --format csv or --format json"));
    const QString format = parser.value(options.format);
    if (format == u"csv")
        o.format = Format::Csv;
    else if (format == u"json")
        o.format = Format::Json;
    else
        return usageError(Text::tr("unknown format \"%1\" (expected csv or json)").arg(format));

    HistoryFilter& filter = o.historyFilter;
    const auto badDate = [&parser](const QCommandLineOption& option) {
        return usageError(Text::tr("--%1 expects a date, YYYY-MM-DD (a local day), or an ISO 8601 timestamp with Z "
                                   "or an offset, such as 2026-11-30T08:00:00Z; not \"%2\"")
                              .arg(option.names().constFirst(), parser.value(option)));
    };
    if (parser.isSet(options.since)) {
        const std::optional<QDateTime> since = parseDateBound(parser.value(options.since), false);
        if (!since)
            return badDate(options.since);
        filter.since = *since;
    }
    if (parser.isSet(options.until)) {
        const std::optional<QDateTime> until = parseDateBound(parser.value(options.until), true);
        if (!until)
            return badDate(options.until);
        filter.until = *until;
    }
    if (filter.since.isValid() && filter.until.isValid() && filter.until <= filter.since)
        return usageError(Text::tr("--until %1 is not after --since %2, so no attempt could match")
                              .arg(parser.value(options.until), parser.value(options.since)));

    filter.agent = parser.value(options.agent).trimmed();
    if (parser.isSet(options.account) && parser.value(options.account).isEmpty())
        return usageError(Text::tr("--account needs an id"));
    filter.accountId = parser.value(options.account);
    if (parser.isSet(options.outcome)) {
        const QStringList known = HistoryStats::outcomeKeys();
        if (!known.contains(parser.value(options.outcome)))
            return usageError(Text::tr("unknown outcome \"%1\" (expected one of %2)")
                                  .arg(parser.value(options.outcome), known.join(u", ")));
        filter.outcome = parser.value(options.outcome);
    }
    return {o, {}, ExitOk};
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption accounts(
        u"accounts"_s,
        Text::tr("The accounts JSON file, keys from the environment (default: the desktop application's accounts, "
                 "keys from the environment, else the keychain; not needed by history export)."),
        u"file"_s);
    const QCommandLineOption history(u"history"_s,
                                     Text::tr("The cancellation history (SQLite file; default: $ORDERDESK_HISTORY, "
                                              "else the file set in OrderDesk's settings, else history.sqlite in "
                                              "OrderDesk's data folder)."),
                                     u"file"_s);
    const QCommandLineOption timeout(u"timeout"_s, Text::tr("Transfer timeout of every request (default 30)."),
                                     u"seconds"_s);
    const QCommandLineOption account(
        u"account"_s,
        Text::tr("The id of the account (in the accounts file, else among the desktop's); history export: only its "
                 "attempts."),
        u"id"_s);
    const QCommandLineOption status(u"status"_s, Text::tr("list: only orders of this native status."), u"status"_s);
    const QCommandLineOption format(u"format"_s,
                                    Text::tr("Output: table (default), json (one object a line) or csv; history "
                                             "export: csv or json."),
                                    u"format"_s);
    const QCommandLineOption reason(u"reason"_s,
                                    Text::tr("orders cancel: why the order is cancelled (sent to the platform); "
                                             "subscriptions cancel: FlexPortal's reason, one of %1.")
                                        .arg(SubscriptionCancelReason::apiValues().join(u", ")),
                                    u"text"_s);
    const QCommandLineOption notes(
        u"notes"_s,
        Text::tr("subscriptions cancel: notes sent with the cancel, at most %1 characters (an emoji counts two).")
            .arg(SubscriptionCancelReason::MaxNotes),
        u"text"_s);
    const QCommandLineOption preset(u"preset"_s, Text::tr("cancel: a preset reason: %1.").arg(presetKeys().join(u", ")),
                                    u"key"_s);
    const QCommandLineOption yes(u"yes"_s, Text::tr("cancel: do not ask for confirmation."));
    const QCommandLineOption idsFrom(
        u"ids-from"_s, Text::tr("cancel: the order ids to cancel, one a line, from FILE, or from stdin with -."),
        u"file"_s);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    Text::tr("cancel --ids-from: read and judge every order; send nothing."));
    const QCommandLineOption agent(u"agent"_s,
                                   Text::tr("cancel: the agent the history entry names (default: the name set in "
                                            "OrderDesk's settings, else the user's login); history export: only "
                                            "this agent's attempts."),
                                   u"name"_s);
    const QCommandLineOption since(u"since"_s, Text::tr("history export: attempts started on or after DATE."),
                                   u"date"_s);
    const QCommandLineOption until(u"until"_s,
                                   Text::tr("history export: attempts started before DATE ends (a day is included "
                                            "whole; a timestamp is an exclusive bound)."),
                                   u"date"_s);
    const QCommandLineOption outcome(
        u"outcome"_s,
        Text::tr("history export: only attempts with this outcome: %1.").arg(HistoryStats::outcomeKeys().join(u", ")),
        u"key"_s);
    parser.addOptions({accounts, history, timeout, account, status, format, reason, notes, preset, yes, idsFrom, dryRun,
                       agent, since, until, outcome});
    parser.addPositionalArgument(u"command"_s,
                                 Text::tr("orders list, show or cancel (with the order id for show and cancel), or "
                                          "history export."),
                                 u"orders list|show|cancel [ORDER_ID] | subscriptions cancel SUBSCRIPTION_ID... | "
                                 "history export"_s);

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
    if (words.size() == 1 && words.at(0) == u"history")
        return usageError(Text::tr("history needs a command: export"));
    if (words.size() == 1 && words.at(0) == u"subscriptions")
        return usageError(Text::tr("subscriptions needs a command: cancel"));
    if (words.size() < 2 || (words.at(0) != u"orders" && words.at(0) != u"history" && words.at(0) != u"subscriptions"))
        return usageError(Text::tr("unknown command \"%1\"").arg(words.join(u' ')));

    Options o;
    const QString command = words.at(0) + u' ' + words.at(1);
    const QString& verb = words.at(1);
    if (words.at(0) == u"history") {
        if (verb != u"export")
            return usageError(Text::tr("unknown command \"history %1\" (expected export)").arg(verb));
        o.command = Command::HistoryExport;
    } else if (words.at(0) == u"subscriptions") {
        if (verb != u"cancel")
            return usageError(Text::tr("unknown command \"subscriptions %1\" (expected cancel)").arg(verb));
        o.command = Command::SubscriptionsCancel;
    } else if (verb == u"list") {
        o.command = Command::List;
    } else if (verb == u"show") {
        o.command = Command::Show;
    } else if (verb == u"cancel") {
        o.command = Command::Cancel;
    } else {
        return usageError(Text::tr("unknown command \"orders %1\" (expected list, show or cancel)").arg(verb));
    }

    const bool bulk = o.command == Command::Cancel && parser.isSet(idsFrom);
    const bool subscriptions = o.command == Command::SubscriptionsCancel;
    if (subscriptions) {
        if (words.size() < 3)
            return usageError(Text::tr("subscriptions cancel needs at least one subscription id"));
        for (const QString& id : words.mid(2)) {
            if (id.trimmed().isEmpty())
                return usageError(Text::tr("a subscription id may not be empty"));
            if (!o.subscriptionIds.contains(id)) // given twice, sent once
                o.subscriptionIds << id;
        }
    }
    const int expectedWords = o.command == Command::Show || (o.command == Command::Cancel && !bulk) ? 3 : 2;
    if (!subscriptions && words.size() < expectedWords)
        return usageError(o.command == Command::Cancel ? Text::tr("orders cancel needs an order id, or --ids-from FILE")
                                                       : Text::tr("orders %1 needs an order id").arg(verb));
    if (bulk && words.size() > expectedWords)
        return usageError(Text::tr("orders cancel takes an order id or --ids-from, not both"));
    if (!subscriptions && words.size() > expectedWords)
        return usageError(Text::tr("unexpected argument \"%1\"").arg(words.at(expectedWords)));
    if (!subscriptions && expectedWords == 3)
        o.orderId = words.at(2);

    // Options that mean nothing for this command are mistakes, not silently ignored. --accounts is
    // the exception: history export does not read it, so that one wrapper can serve every command.
    const bool exporting = o.command == Command::HistoryExport;
    QList<const QCommandLineOption*> notForThis;
    if (o.command != Command::List)
        notForThis << &status;
    if (o.command == Command::Cancel && !bulk)
        notForThis << &format << &dryRun;
    if (o.command != Command::Cancel && !subscriptions)
        notForThis << &reason << &yes;
    if (o.command != Command::Cancel)
        notForThis << &preset << &idsFrom << &dryRun;
    if (o.command != Command::Cancel && !subscriptions && !exporting)
        notForThis << &agent;
    if (!subscriptions)
        notForThis << &notes;
    if (!exporting)
        notForThis << &since << &until << &outcome;
    else
        notForThis << &timeout;
    for (const QCommandLineOption* option : std::as_const(notForThis)) {
        if (parser.isSet(*option))
            return usageError(option == &dryRun && o.command == Command::Cancel
                                  ? Text::tr("--dry-run applies to orders cancel --ids-from")
                                  : Text::tr("--%1 does not apply to %2").arg(option->names().constFirst(), command));
    }
    if (bulk && parser.value(idsFrom).isEmpty())
        return usageError(Text::tr("--ids-from needs a file, or - for stdin"));

    o.historyFile = parser.value(history);
    if (parser.isSet(agent) && parser.value(agent).trimmed().isEmpty())
        return usageError(Text::tr("--agent needs a name"));
    if (exporting)
        return parseHistoryExport(parser, o, {format, agent, account, since, until, outcome});

    if (parser.isSet(accounts) && parser.value(accounts).isEmpty())
        return usageError(Text::tr("--accounts needs a file"));
    o.accountsFile = parser.value(accounts); // empty: the desktop's accounts
    if (!parser.isSet(account))
        return usageError(Text::tr("--account ID is required"));
    o.accountId = parser.value(account);
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

    if (subscriptions) {
        const QString value = parser.value(reason);
        if (!parser.isSet(reason) || value.isEmpty())
            return usageError(Text::tr("subscriptions cancel needs --reason, one of %1")
                                  .arg(SubscriptionCancelReason::apiValues().join(u", ")));
        o.subscriptionReason = SubscriptionCancelReason::fromApiValue(value);
        if (!o.subscriptionReason)
            return usageError(Text::tr("unknown subscription cancel reason \"%1\" (expected one of %2); nothing was "
                                       "sent")
                                  .arg(value, SubscriptionCancelReason::apiValues().join(u", ")));
        o.notes = parser.value(notes);
        if (!SubscriptionCancelReason::notesFit(o.notes))
            return usageError(Text::tr("the notes may hold at most %1 characters (counted in UTF-16 code units, so an "
                                       "emoji counts as two); these hold %2; nothing was sent")
                                  .arg(SubscriptionCancelReason::MaxNotes)
                                  .arg(SubscriptionCancelReason::normalizedNotes(o.notes).size()));
        o.yes = parser.isSet(yes);
        o.agentName = parser.value(agent).trimmed();
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
                Text::tr("the reason must be 1 to %1 characters (preset included; counted in UTF-16 code units, so "
                         "an emoji counts as two); this one has %2")
                    .arg(CancelReason::MaxLength)
                    .arg(o.reason.toRequestText().size()));
        o.yes = parser.isSet(yes);
        o.agentName = parser.value(agent).trimmed();
        o.idsFrom = parser.value(idsFrom);
        o.dryRun = parser.isSet(dryRun);
    }
    return {o, {}, ExitOk};
}

} // namespace OrderDesk::Cli
