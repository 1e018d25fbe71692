#include "accountstore.h"

#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

AccountStore::AccountStore(QSettings* settings)
    : m_settings(settings)
{}

QList<Account> AccountStore::userAccounts() const
{
    QList<Account> accounts;
    const int n = m_settings->beginReadArray(u"accounts"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Account a;
        a.id = m_settings->value(u"id"_s).toString();
        a.displayName = m_settings->value(u"displayName"_s).toString();
        const std::optional<Platform> platform = platformFromKey(m_settings->value(u"api"_s).toString());
        if (a.id.isEmpty() || !platform)
            continue; // a damaged entry is skipped rather than guessed
        a.platform = *platform;
        a.region = m_settings->value(u"region"_s).toString();
        a.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
        a.tenantId = m_settings->value(u"tenantId"_s).toString();
        a.secretEnv = m_settings->value(u"secretEnv"_s).toString();
        a.enabled = m_settings->value(u"enabled"_s, true).toBool();
        a.builtInSandbox = m_settings->value(u"sandbox"_s, false).toBool();
        accounts.append(a);
    }
    m_settings->endArray();
    return accounts;
}

void AccountStore::saveUserAccounts(const QList<Account>& accounts)
{
    m_settings->remove(u"accounts"_s);
    m_settings->beginWriteArray(u"accounts"_s);
    int i = 0;
    for (const Account& a : accounts) {
        if (a.managed)
            continue; // IT's file is the source of those
        m_settings->setArrayIndex(i++);
        m_settings->setValue(u"id"_s, a.id);
        m_settings->setValue(u"displayName"_s, a.displayName);
        m_settings->setValue(u"api"_s, platformKey(a.platform));
        m_settings->setValue(u"region"_s, a.region);
        m_settings->setValue(u"baseUrl"_s, a.builtInSandbox ? QString() : a.baseUrl.toString());
        m_settings->setValue(u"tenantId"_s, a.tenantId);
        m_settings->setValue(u"secretEnv"_s, a.secretEnv);
        m_settings->setValue(u"enabled"_s, a.enabled);
        m_settings->setValue(u"sandbox"_s, a.builtInSandbox);
    }
    m_settings->endArray();
    m_settings->sync();
}

QStringList AccountStore::systemProvisioningFiles()
{
    QStringList files;
    for (const QString& dir : QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        // The user's own config folder comes first in that list; provisioning is IT's, so skip it.
        if (dir == QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            continue;
        const QString file = dir + u"/OrderDesk/accounts.json"_s;
        if (QFileInfo::exists(file))
            files << file;
    }
    return files;
}

AccountStore::Provisioned AccountStore::readProvisioned(const QStringList& files)
{
    Provisioned out;
    QSet<QString> ids;
    for (const QString& file : files) {
        Result<QList<Account>> parsed = Accounts::readFile(file);
        if (!parsed.ok()) {
            out.problems << parsed.error().message;
            continue;
        }
        for (Account a : parsed.value()) {
            if (ids.contains(a.id))
                continue; // the first file that names an id wins
            ids.insert(a.id);
            a.managed = true;
            out.accounts << a;
        }
    }
    return out;
}

QList<Account> AccountStore::merge(const QList<Account>& provisioned, const QList<Account>& user)
{
    QList<Account> all = provisioned;
    QSet<QString> ids;
    for (const Account& a : provisioned)
        ids.insert(a.id);
    for (const Account& a : user) {
        if (!ids.contains(a.id))
            all << a;
    }
    return all;
}

} // namespace OrderDesk
