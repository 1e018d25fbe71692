#pragma once

#include "clicommands.h"
#include "history/historyfilter.h"

namespace OrderDesk {
class SqlCancellationHistory;
}

namespace OrderDesk::Cli {

// history export: the attempts the filter selects, newest first (as the store and the desktop's
// history window list them), written with the desktop's own export: CSV with a BOM or JSON lines.
// Reads the local history file only; talks to no platform.
class HistoryExportCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExportCommand)

public:
    HistoryExportCommand(const SqlCancellationHistory* history, const Options& options, QObject* parent = nullptr);
    void start() override;

private:
    const SqlCancellationHistory* m_history;
    HistoryFilter m_filter;
    Format m_format;
};

} // namespace OrderDesk::Cli
