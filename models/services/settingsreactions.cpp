#include "settingsreactions.h"

#include "credentials/credentialstore.h"
#include "services/accountsservice.h"
#include "services/appsettings.h"
#include "services/bulkcancelservice.h"
#include "services/cancelattempts.h"
#include "services/cancelservice.h"
#include "services/connectiontester.h"
#include "services/settingsstore.h"
#include "services/subscriptioncancelservice.h"

#include <QTimer>

namespace OrderDesk {

namespace {

template <typename Service> void followAgentName(SettingsStore* settings, Service* service)
{
    if (!service)
        return;
    QObject::connect(settings, &SettingsStore::changed, service, [settings, service](SettingsKey key) {
        if (key == SettingsKey::AgentName)
            service->setAgent(AgentInfo::fromEnvironment(settings->value(Setting::AgentName)));
    });
}

void followTransport(SettingsStore* settings, AccountsService* accounts)
{
    if (!accounts)
        return;
    // The timeout and HTTP/2 are saved one after the other: the backends are made again once.
    auto* rebuild = new QTimer(accounts);
    rebuild->setSingleShot(true);
    rebuild->setInterval(0);
    QObject::connect(rebuild, &QTimer::timeout, accounts, &AccountsService::activate);
    QObject::connect(settings, &SettingsStore::changed, accounts, [settings, accounts, rebuild](SettingsKey key) {
        if (key != SettingsKey::TimeoutSeconds && key != SettingsKey::Http2)
            return;
        accounts->setTransportSettings(settings->appSettings().transport());
        rebuild->start();
    });
}

void followTransport(SettingsStore* settings, ConnectionTester* tester)
{
    if (!tester)
        return;
    QObject::connect(settings, &SettingsStore::changed, tester, [settings, tester](SettingsKey key) {
        if (key == SettingsKey::TimeoutSeconds || key == SettingsKey::Http2)
            tester->setTransportSettings(settings->appSettings().transport());
    });
}

void forgetTeamPassword(SettingsStore* settings, CredentialStore* keychain)
{
    if (!keychain)
        return;
    QObject::connect(settings, &SettingsStore::changed, keychain, [settings, keychain](SettingsKey key) {
        if (key != SettingsKey::HistoryKind || settings->appSettings().teamHistory())
            return;
        // No secret stays behind what it was for.
        keychain->remove(AppSettings::teamHistoryPasswordKey(), [](const CredentialStore::Reply& reply) {
            if (reply.status != CredentialStore::Status::Ok && reply.status != CredentialStore::Status::NotFound)
                qWarning("orderdesk: the PostgreSQL password could not be removed from the keychain: %s",
                         qPrintable(reply.message));
        });
    });
}

} // namespace

void connectSettingsReactions(SettingsStore* settings, const SettingsListeners& listeners)
{
    followAgentName(settings, listeners.cancel);
    followAgentName(settings, listeners.bulkCancel);
    followAgentName(settings, listeners.subscriptions);
    followTransport(settings, listeners.accounts);
    followTransport(settings, listeners.tester);
    forgetTeamPassword(settings, listeners.keychain);
}

} // namespace OrderDesk
