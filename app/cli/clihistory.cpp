#include "clihistory.h"

#include "history/historyexport.h"
#include "history/sqlhistory.h"

namespace OrderDesk::Cli {

HistoryExportCommand::HistoryExportCommand(const SqlCancellationHistory* history, const Options& options,
                                           QObject* parent)
    : CliCommand(nullptr, parent)
    , m_history(history)
    , m_filter(options.historyFilter)
    , m_format(options.format)
{}

void HistoryExportCommand::start()
{
    const Result<QList<CancelAttempt>> attempts = m_history->attempts(m_filter);
    if (!attempts.ok()) {
        reportError(attempts.error().message); // names the file
        finish(ExitUsage);
        return;
    }
    writeOut(m_format == Format::Csv ? HistoryExport::toCsv(attempts.value())
                                     : HistoryExport::toJsonLines(attempts.value()));
    finish(ExitOk);
}

} // namespace OrderDesk::Cli
