#include "accountsservice.h"

#include "api/backendfactory.h"
#include "credentials/secretresolver.h"
#include "services/backendregistry.h"

#include <QSet>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

AccountsService::AccountsService(AccountStore* store, SecretResolver* secrets, BackendRegistry* backends,
                                 QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_backends(backends)
    , m_network(network)
{}

QList<Account> AccountsService::defaultSandboxAccounts()
{
    Account fp;
    fp.id = u"sandbox-flexportal"_s;
    fp.displayName = tr("Sandbox");
    fp.platform = Platform::FlexPortal;
    fp.region = u"custom"_s;
    fp.builtInSandbox = true;
    Account og = fp;
    og.id = u"sandbox-offergrid"_s;
    og.platform = Platform::OfferGrid;
    return {fp, og};
}

void AccountsService::setProvisioned(const AccountStore::Provisioned& provisioned)
{
    m_provisioned = provisioned.accounts;
    m_provisioningProblems = provisioned.problems;
}

Account AccountsService::resolvedForUse(const Account& account) const
{
    Account a = account;
    if (a.builtInSandbox) {
        a.baseUrl = m_sandbox.baseUrl;
        if (a.platform == Platform::FlexPortal)
            a.tenantId = m_sandbox.tenantId;
    }
    return a;
}

void AccountsService::activate()
{
    ++m_generation;
    const int generation = m_generation;
    QList<Account> user = m_store->userAccounts();
    if (user.isEmpty() && m_provisioned.isEmpty())
        user = defaultSandboxAccounts();
    m_accounts = AccountStore::merge(m_provisioned, user);
    m_problems = m_provisioningProblems;
    m_settled.clear();
    m_backends->clear();

    QList<Account> enabled;
    for (const Account& a : std::as_const(m_accounts)) {
        if (a.enabled)
            enabled << resolvedForUse(a);
    }
    m_pending = int(enabled.size());
    if (m_pending == 0) {
        emit ready(m_problems);
        return;
    }
    for (const Account& a : enabled) {
        if (a.builtInSandbox) {
            const QString key = a.platform == Platform::FlexPortal ? m_sandbox.flexPortalKey : m_sandbox.offerGridKey;
            settle(a, key, m_sandbox.baseUrl.isValid() ? QString() : tr("The built-in sandbox is not running."));
            continue;
        }
        const QString problem = Accounts::validate(a);
        if (!problem.isEmpty()) {
            settle(a, {}, problem);
            continue;
        }
        m_secrets->resolve(a, [this, a, generation](const SecretResolver::Resolved& r) {
            if (generation != m_generation)
                return; // a newer activation took over
            if (r.source != SecretResolver::Source::Missing) {
                settle(a, r.secret, {});
            } else if (r.keychainUnavailable) {
                emit keyNeeded(a, r.problem); // provideKey() settles it
            } else {
                settle(a, {}, r.problem);
            }
        });
    }
}

void AccountsService::provideKey(const QString& accountId, const QString& secret)
{
    for (const Account& a : std::as_const(m_accounts)) {
        if (a.id != accountId || m_settled.contains(accountId))
            continue;
        if (secret.isEmpty()) {
            settle(resolvedForUse(a), {}, tr("No API key was given."));
            return;
        }
        m_secrets->store(a, secret, [](const CredentialStore::Reply&) {});
        settle(resolvedForUse(a), secret, {});
        return;
    }
}

void AccountsService::settle(const Account& account, const QString& secret, const QString& problem)
{
    if (m_settled.contains(account.id))
        return;
    m_settled.insert(account.id, secret);
    if (problem.isEmpty())
        m_backends->add(createBackend(account, secret, m_network, m_settings, m_pagingThread, m_workerPool));
    else
        m_problems << tr("%1: %2").arg(account.displayLabel(), problem);
    if (--m_pending == 0)
        emit ready(m_problems);
}

void AccountsService::apply(const QList<Account>& accounts, const QHash<QString, QString>& newSecrets)
{
    // The keys of the agent's accounts that are gone leave the keychain with them; an id still in
    // use (kept, or one IT provisions) keeps its key.
    QSet<QString> inUse;
    for (const Account& a : accounts)
        inUse.insert(a.id);
    for (const Account& a : std::as_const(m_provisioned))
        inUse.insert(a.id);
    for (const Account& before : m_store->userAccounts()) {
        if (!before.builtInSandbox && !inUse.contains(before.id))
            m_secrets->forget(before);
    }
    m_store->saveUserAccounts(accounts);
    QList<std::pair<Account, QString>> writes;
    for (const Account& a : accounts) {
        if (newSecrets.contains(a.id) && !a.builtInSandbox)
            writes.append({a, newSecrets.value(a.id)});
    }
    if (writes.isEmpty()) {
        activate();
        return;
    }
    // Activate once every key has been stored (a key the keychain could not take is kept in
    // memory for this run by the resolver, so activation finds it either way).
    auto remaining = std::make_shared<int>(int(writes.size()));
    for (const auto& [account, secret] : std::as_const(writes)) {
        m_secrets->store(account, secret, [this, remaining](const CredentialStore::Reply&) {
            if (--*remaining == 0)
                activate();
        });
    }
}

} // namespace OrderDesk
