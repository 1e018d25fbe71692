#pragma once

#include <QByteArray>
#include <QString>

namespace OrderDesk::Test {

// The bytes of a fixture under tests/data; fails the calling test (QFAIL-style message) when absent.
QByteArray fixture(const QString& relativePath);
QString fixturePath(const QString& relativePath);

} // namespace OrderDesk::Test
