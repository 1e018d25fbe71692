#include "fixtures.h"

#include <QFile>
#include <QTest>

namespace OrderDesk::Test {

QString fixturePath(const QString& relativePath)
{
    return qEnvironmentVariable("ORDERDESK_TEST_DATA") + u'/' + relativePath;
}

QByteArray fixture(const QString& relativePath)
{
    QFile file(fixturePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing fixture %1").arg(file.fileName())), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

} // namespace OrderDesk::Test
