// The contract check's hook for the one call orderdesk-cli does not make yet: FlexPortal's
// subscription cancel, sent by the client's own FlexPortalBackend::cancelSubscription, one subscription
// after the other, exactly as the product sends it. A test tool, not installed: it writes no
// cancellation history (the product's commands do, before anything is sent).
//
// usage: orderdesk-subscription-probe ACCOUNTS_FILE ACCOUNT_ID REASON NOTES SUBSCRIPTION_ID...
//   REASON is an API value (customer_request, payment_failure, fraud, admin_decision, other); NOTES
//   may be empty. The key is read from the variable the account's secretEnv names.
// Prints one JSON object a line per subscription: subscriptionId, outcome (kindKey), httpStatus, code,
// message, assetSerialNumber. Exit status 0 once every subscription has an outcome, 2 on bad usage.
#include "api/account.h"
#include "api/backendfactory.h"
#include "api/flexportal/flexportalbackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

int usage(const QString& problem)
{
    std::fprintf(stderr, "orderdesk-subscription-probe: %s\n", qUtf8Printable(problem));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.*.debug=false\norderdesk.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6)
        return usage(u"usage: ACCOUNTS_FILE ACCOUNT_ID REASON NOTES SUBSCRIPTION_ID..."_s);
    const Result<QList<Account>> accounts = Accounts::readFile(args.at(1));
    if (!accounts.ok())
        return usage(accounts.error().message);
    const QList<Account>& all = accounts.value();
    const auto account = std::find_if(all.cbegin(), all.cend(), [&](const Account& a) { return a.id == args.at(2); });
    if (account == all.cend() || account->platform != Platform::FlexPortal)
        return usage(u"no FlexPortal account \"%1\""_s.arg(args.at(2)));
    const std::optional<SubscriptionCancelReason::Value> reason = SubscriptionCancelReason::fromApiValue(args.at(3));
    if (!reason)
        return usage(u"unknown reason \"%1\""_s.arg(args.at(3)));
    const QString notes = args.at(4);
    const QStringList ids = args.mid(5);

    QNetworkAccessManager network;
    const std::unique_ptr<OrderBackend> backend =
        createBackend(*account, qEnvironmentVariable(qPrintable(account->secretVariable())), &network, {});
    auto* flexPortal = qobject_cast<FlexPortalBackend*>(backend.get());
    if (!flexPortal)
        return usage(u"the account is not a FlexPortal account"_s);

    qsizetype next = 0;
    std::function<void()> sendNext = [&] {
        if (next == ids.size()) {
            QCoreApplication::exit(0);
            return;
        }
        CancelSubscriptionJob* job = flexPortal->cancelSubscription(ids.at(next++), *reason, notes);
        QObject::connect(job, &ApiJob::finished, job, [job, &sendNext] {
            const SubscriptionCancelOutcome& o = job->outcome();
            const QJsonObject line{
                {u"subscriptionId"_s, o.subscriptionId}, {u"outcome"_s, o.kindKey()},
                {u"httpStatus"_s, o.httpStatus},         {u"code"_s, o.error ? o.error->code : QString()},
                {u"message"_s, o.platformMessage},       {u"assetSerialNumber"_s, o.assetSerialNumber}};
            std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
            std::fflush(stdout);
            sendNext(); // one after the other, as the product sends them
        });
    };
    sendNext();
    return QCoreApplication::exec();
}
