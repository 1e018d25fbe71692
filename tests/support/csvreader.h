#pragma once

#include <QList>
#include <QStringList>

namespace OrderDesk::Test {

// RFC 4180 as a spreadsheet reads it: CRLF ends a record, fields in quotes may hold commas,
// doubled quotes and line breaks. Strict enough to check what OrderDesk's exports write.
QList<QStringList> parseCsv(const QString& text);

} // namespace OrderDesk::Test
