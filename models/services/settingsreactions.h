#pragma once

namespace OrderDesk {

class AccountsService;
class BulkCancelService;
class CancelService;
class ConnectionTester;
class CredentialStore;
class SettingsStore;
class SubscriptionCancelService;

// Whoever follows a setting while the desk runs; any may be null.
struct SettingsListeners
{
    CancelService* cancel = nullptr;
    BulkCancelService* bulkCancel = nullptr;
    SubscriptionCancelService* subscriptions = nullptr;
    AccountsService* accounts = nullptr;
    ConnectionTester* tester = nullptr;
    CredentialStore* keychain = nullptr;
};

// What follows SettingsStore::changed, so that whoever saves a setting (the settings dialog through the
// main window) only saves:
// - the agent name: the cancel services name the new agent (or the operating system's user) from the
//   next attempt on;
// - the request timeout or HTTP/2: the accounts' backends are made again with them (once for both),
//   and the accounts dialog's connection test uses them;
// - the team history switched off: its PostgreSQL password leaves the keychain.
// The history's place and the language take effect at the next start (the dialog says so).
// Each connection lives as long as its listener.
void connectSettingsReactions(SettingsStore* settings, const SettingsListeners& listeners);

} // namespace OrderDesk
