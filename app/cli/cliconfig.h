#pragma once

#include "api/account.h"
#include "api/result.h"
#include "history/sqlhistory.h"
#include "services/appsettings.h"
#include "services/cancelattempts.h"

namespace OrderDesk::Cli {

// The account with that id from the accounts file; a broken file, an unknown id or a disabled
// account is an error naming the file and the problem.
Result<Account> loadAccount(const QString& accountsFile, const QString& accountId);

// The account's API key, from the environment variable Account::secretVariable() names. The
// error names the variable, never a value.
Result<QString> secretOf(const Account& account);

// The desktop application's settings, from the same QSettings it uses (organisation and application
// "OrderDesk", the default format): on Linux $XDG_CONFIG_HOME/OrderDesk/OrderDesk.conf.
AppSettings desktopSettings();

// --history FILE, else $ORDERDESK_HISTORY, else the local file the desktop writes every attempt to
// first: its "history/file" setting, else history.sqlite in OrderDesk's data folder. (A desk with the
// team's PostgreSQL database copies from that file, so the CLI writes and reads that file too.)
HistoryLocation historyLocation(const QString& historyOption, const AppSettings& desktop);

// Who a cancel's history entry names: --agent NAME, else the desktop's agent name, else the login.
AgentInfo agentInfo(const QString& agentOption, const AppSettings& desktop);

} // namespace OrderDesk::Cli
