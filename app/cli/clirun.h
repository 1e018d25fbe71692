#pragma once

class QCoreApplication;

namespace OrderDesk {
class CredentialStore;
}

namespace OrderDesk::Cli {

// One orderdesk-cli run, from the command line to the exit status: names the application as the
// desktop does (so both find the same settings and history), parses, prepares and runs the command.
// `keychain` is where the desktop's accounts keep their keys: the operating system's keychain in
// orderdesk-cli, an in-memory one in the test host (tests/cli/clitesthost.cpp).
int run(QCoreApplication& app, CredentialStore* keychain);

} // namespace OrderDesk::Cli
