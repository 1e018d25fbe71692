#pragma once

#include "history/cancelattempt.h"

#include <QByteArray>
#include <QList>

namespace OrderDesk::HistoryExport {

// Every field of every attempt, a header row first; UTF-8 with a BOM, RFC 4180, formulas
// neutralised (see Csv::field). The machine columns hold times in UTC, ISO 8601, plain numbers and
// the stored keys; the human columns after them follow the default locale (see humanFieldsOf).
QByteArray toCsv(const QList<CancelAttempt>& attempts);
// One JSON object per line, the same fields under camelCase keys.
QByteArray toJsonLines(const QList<CancelAttempt>& attempts);

} // namespace OrderDesk::HistoryExport
