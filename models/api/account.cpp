#include "account.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// Gives the free functions below a translation context lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};
} // namespace

QString Account::displayLabel() const
{
    return displayName.isEmpty() ? id : displayName;
}

QString Account::secretVariable() const
{
    if (!secretEnv.isEmpty())
        return secretEnv;
    QString name = u"ORDERDESK_KEY_"_s;
    for (const QChar c : id)
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c.toUpper() : u'_';
    return name;
}

namespace Accounts {

QUrl flexPortalRegionUrl(QStringView region)
{
    if (region == u"eu")
        return QUrl(u"https://api-eu.flexportal.io"_s);
    if (region == u"us")
        return QUrl(u"https://api-us.flexportal.io"_s);
    if (region == u"qatar")
        return QUrl(u"https://api-qatar.flexportal.io"_s);
    return {};
}

QUrl offerGridDefaultUrl()
{
    return QUrl(u"https://api.offergrid.io"_s);
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Text::tr("\"%1\" is not a complete web address (for example https://api.example.com).")
            .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return Text::tr("The address must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return Text::tr("The address must not contain a query or fragment.");
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return Text::tr("Plain http is refused for %1: API keys would travel unencrypted. Use https.").arg(url.host());
    }
    return Text::tr("The address must start with https://.");
}

QString validate(const Account& a)
{
    if (a.id.trimmed().isEmpty())
        return Text::tr("The account has no id.");
    if (a.id.startsWith(ReservedIdPrefix))
        return Text::tr("Ids starting with \"%1\" are kept for OrderDesk's own keychain entries.")
            .arg(ReservedIdPrefix);
    const QString urlProblem = checkBaseUrl(a.baseUrl);
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (a.platform == Platform::FlexPortal && a.tenantId.trimmed().isEmpty())
        return Text::tr("A FlexPortal account needs a Tenant-ID (Dashboard → Settings → General).");
    return {};
}

Result<QList<Account>> parseFile(const QByteArray& json, const QString& fileName)
{
    const auto fail = [&fileName](const QString& problem) {
        return ApiError(ApiError::Kind::Configuration, Text::tr("%1: %2").arg(fileName, problem));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(u"accounts").isArray())
        return fail(Text::tr("expected an object with a list \"accounts\""));

    QList<Account> accounts;
    QSet<QString> ids;
    const QJsonArray list = doc.object().value(u"accounts").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = Text::tr("account %1").arg(i + 1);
        if (!list.at(i).isObject())
            return fail(Text::tr("%1 is not an object").arg(where));
        const QJsonObject o = list.at(i).toObject();
        for (const QString& key :
             {u"id"_s, u"api"_s, u"baseUrl"_s, u"region"_s, u"tenantId"_s, u"secretEnv"_s, u"displayName"_s}) {
            if (o.contains(key) && !o.value(key).isString())
                return fail(Text::tr("%1: \"%2\" must be text").arg(where, key));
        }
        Account a;
        a.id = o.value(u"id").toString().trimmed();
        if (a.id.isEmpty())
            return fail(Text::tr("%1 has no \"id\"").arg(where));
        if (ids.contains(a.id))
            return fail(Text::tr("the id \"%1\" is used twice").arg(a.id));
        ids.insert(a.id);
        const QString api = o.value(u"api").toString();
        const std::optional<Platform> platform = platformFromKey(api);
        if (!platform)
            return fail(Text::tr("account \"%1\": unknown api \"%2\" (expected \"flexportal\" or \"offergrid\")")
                            .arg(a.id, api));
        a.platform = *platform;
        a.displayName = o.value(u"displayName").toString();
        a.tenantId = o.value(u"tenantId").toString();
        a.secretEnv = o.value(u"secretEnv").toString();
        a.enabled = o.value(u"enabled").toBool(true);
        a.region = o.value(u"region").toString();
        if (o.contains(u"baseUrl")) {
            a.baseUrl = QUrl(o.value(u"baseUrl").toString(), QUrl::StrictMode);
            if (a.region.isEmpty())
                a.region = u"custom"_s;
        } else if (a.platform == Platform::FlexPortal) {
            a.baseUrl = flexPortalRegionUrl(a.region);
            if (a.baseUrl.isEmpty())
                return fail(
                    Text::tr("account \"%1\": give a \"baseUrl\" or a \"region\" of eu, us or qatar").arg(a.id));
        } else {
            a.baseUrl = offerGridDefaultUrl();
        }
        const QString problem = validate(a);
        if (!problem.isEmpty())
            return fail(Text::tr("account \"%1\": %2").arg(a.id, problem));
        accounts.append(a);
    }
    return accounts;
}

Result<QList<Account>> readFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError(ApiError::Kind::Configuration,
                        Text::tr("%1: cannot be read (%2)").arg(fileName, file.errorString()));
    return parseFile(file.readAll(), fileName);
}

} // namespace Accounts

} // namespace OrderDesk
