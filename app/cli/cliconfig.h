#pragma once

#include "api/account.h"
#include "api/result.h"
#include "history/sqlhistory.h"

namespace OrderDesk::Cli {

// The account with that id from the accounts file; a broken file, an unknown id or a disabled
// account is an error naming the file and the problem.
Result<Account> loadAccount(const QString& accountsFile, const QString& accountId);

// The account's API key, from the environment variable Account::secretVariable() names. The
// error names the variable, never a value.
Result<QString> secretOf(const Account& account);

// --history FILE, else $ORDERDESK_HISTORY, else history.sqlite in OrderDesk's data folder (the
// desktop application's default).
HistoryLocation historyLocation(const QString& historyOption);

} // namespace OrderDesk::Cli
