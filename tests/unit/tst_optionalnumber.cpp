// OptionalNumber, the 8-byte optional number of order amounts: it reads, compares and converts as
// std::optional<double> does, keeps the sign of zero, and holds absent as nothing a JSON number is.
#include "domain/optionalnumber.h"

#include <QTest>

#include <cmath>

using namespace OrderDesk;

class TestOptionalNumber : public QObject
{
    Q_OBJECT

private slots:
    void absent_readsAsAbsent()
    {
        const OptionalNumber n;
        QVERIFY(!n.has_value());
        QVERIFY(!n);
        QCOMPARE(n.value_or(-1.0), -1.0);
        QCOMPARE(std::optional<double>(n), std::optional<double>());
        QCOMPARE(OptionalNumber(std::nullopt), n);
        QCOMPARE(OptionalNumber(std::optional<double>()), n);
    }

    void present_readsItsValue()
    {
        const OptionalNumber n = 49.25;
        QVERIFY(n.has_value());
        QCOMPARE(*n, 49.25);
        QCOMPARE(n.value_or(-1.0), 49.25);
        QCOMPARE(std::optional<double>(n), std::optional<double>(49.25));
        QCOMPARE(OptionalNumber(std::optional<double>(49.25)), n);
        QVERIFY(n != OptionalNumber());
        QVERIFY(n != OptionalNumber(49.5));
    }

    void zero_isPresent_andKeepsItsSign()
    {
        const OptionalNumber zero = 0.0;
        const OptionalNumber negativeZero = -0.0;
        QVERIFY(zero.has_value());
        QVERIFY(negativeZero.has_value());
        QVERIFY(std::signbit(*negativeZero));
        QVERIFY(!std::signbit(*zero));
        QCOMPARE(zero, negativeZero); // as std::optional<double> compares
    }

    void isHalfTheSizeOfStdOptional() { QCOMPARE(sizeof(OptionalNumber), sizeof(double)); }
};

QTEST_APPLESS_MAIN(TestOptionalNumber)
#include "tst_optionalnumber.moc"
