#pragma once

#include <QByteArray>
#include <QStringList>

namespace OrderDesk::Csv {

// One field as RFC 4180 wants it: quoted when it holds a comma, a quote, CR or LF (quotes
// doubled). A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
// gets a leading apostrophe first, so an exported customer name can never become a formula.
QString field(const QString& value);
// The fields joined by commas and ended with CRLF, in UTF-8.
QByteArray row(const QStringList& fields);
// What spreadsheet applications need to read a UTF-8 file as UTF-8.
inline constexpr char Utf8Bom[] = "\xEF\xBB\xBF";

} // namespace OrderDesk::Csv
