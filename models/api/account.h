#pragma once

#include "api/result.h"
#include "domain/order.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace OrderDesk {

// One configured connection to a platform. Holds no secret: the key comes from the keychain or
// from the environment variable named in secretEnv.
struct Account
{
    QString id;          // stable, unique: "fp-eu"
    QString displayName; // "FlexPortal EU"
    Platform platform = Platform::FlexPortal;
    QString region; // FlexPortal: "eu", "us", "qatar" or "custom"
    QUrl baseUrl;
    QString tenantId;  // FlexPortal only
    QString secretEnv; // environment variable holding the key, for automation
    bool enabled = true;
    bool managed = false;        // provisioned by IT from a system-wide file: read-only here
    bool builtInSandbox = false; // served by the in-process sandbox; its address is set at start

    // The environment variable that overrides the keychain for this account: secretEnv, or
    // ORDERDESK_KEY_<ID> (upper case, other characters as "_").
    QString secretVariable() const;

    QString displayLabel() const; // display name, or the id
};

namespace Accounts {

QUrl flexPortalRegionUrl(QStringView region); // empty for an unknown region
QUrl offerGridDefaultUrl();

// https only, except for loopback hosts (the sandbox and tests); no user info, query or fragment.
// Returns an empty string when the URL is acceptable, else the problem in words.
QString checkBaseUrl(const QUrl& url);
bool isLoopbackHost(const QString& host);

// What is wrong with the account, or an empty string.
QString validate(const Account& account);
// Keychain entries of OrderDesk's own (the team history's password) begin with this; no account
// id may, so that an account's key can never overwrite one of them.
inline const QString ReservedIdPrefix = QStringLiteral("orderdesk:");

// The accounts JSON file shared by orderdesk-cli and the desktop application:
// {"accounts": [{"id", "api": "flexportal"|"offergrid", "baseUrl" | "region", "tenantId", "secretEnv",
//  "displayName", "enabled"}]}. A broken file is an error naming the file and the problem.
Result<QList<Account>> parseFile(const QByteArray& json, const QString& fileName);
Result<QList<Account>> readFile(const QString& fileName);

} // namespace Accounts

} // namespace OrderDesk
