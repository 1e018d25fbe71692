#pragma once

#include "sandbox/sandboxconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace OrderDesk {

// What `orderdesk-sandbox` was asked to do.
struct SandboxCommandLine
{
    SandboxConfig config;
    quint16 port = 0;
    SandboxFaults flexPortalFaults;
    SandboxFaults offerGridFaults;
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;
};

// Parses the arguments (argv[0] first). On a bad option or value, returns nothing and sets *error
// to a sentence naming it.
std::optional<SandboxCommandLine> parseSandboxCommandLine(const QStringList& arguments, QString* error);

// One fault spec, "platform:name=value[,name=value...]" (e.g. "flexportal:latency=200"), applied to
// the faults of its platform. False with *error set when it is malformed.
bool applyFaultSpec(const QString& spec, SandboxCommandLine* commandLine, QString* error);

} // namespace OrderDesk
