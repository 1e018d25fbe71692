// CSV and JSON export of the cancellation history with hostile content: commas, quotes, newlines,
// spreadsheet formulas and emoji come back exactly (formulas neutralised) when the file is parsed
// as RFC 4180 says, and the file starts with the UTF-8 BOM spreadsheet applications need.
#include "csvreader.h"
#include "domain/csv.h"
#include "history/historyexport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OrderDesk;
using OrderDesk::Test::parseCsv;
using namespace Qt::Literals::StringLiterals;

namespace {

CancelAttempt hostile()
{
    CancelAttempt a;
    a.uuid = u"6f1c"_s;
    a.startedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 0, 250), Qt::UTC);
    a.agent = u"=HYPERLINK(\"http://evil\",\"click\")"_s;
    a.customer = u"O'Brien, \"Big\" 🙂 Ltd"_s;
    a.orderId = u"+ord/1#2"_s;
    a.reasonText = u"line one\nline two, with \"quotes\"\r\nand three"_s;
    a.message = u"@SUM(A1:A9)"_s;
    a.errorCode = u"-1"_s;
    a.outcome = u"refused"_s;
    a.httpStatus = 409;
    a.platformMessage = u"=cmd|' /C calc'!A0\nOrder \"+ord/1#2\", not cancelled"_s;
    a.reasonNotTaken = true;
    return a;
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"plain"_s << u"plain"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("formula +") << u"+1"_s << u"'+1"_s;
        QTest::newRow("formula -") << u"-1"_s << u"'-1"_s;
        QTest::newRow("formula @") << u"@cmd"_s << u"'@cmd"_s;
        QTest::newRow("formula and comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("emoji") << u"🙂 é"_s << u"🙂 é"_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(Csv::field(value), written);
    }

    void toCsv_hostileContent_readsBackFieldForField()
    {
        const CancelAttempt a = hostile();
        const QByteArray csv = HistoryExport::toCsv({a, a});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 3); // header and two attempts, newlines inside fields notwithstanding
        const QStringList header = rows.at(0);
        QCOMPARE(rows.at(1).size(), header.size());
        const auto value = [&](const QString& column) { return rows.at(1).at(header.indexOf(column)); };
        QCOMPARE(value(u"reason"_s), a.reasonText);
        QCOMPARE(value(u"customer"_s), a.customer);
        QCOMPARE(value(u"agent"_s), u"'"_s + a.agent);
        QCOMPARE(value(u"orderId"_s), u"'"_s + a.orderId);
        QCOMPARE(value(u"message"_s), u"'"_s + a.message);
        QCOMPARE(value(u"errorCode"_s), u"'-1"_s);
        QCOMPARE(value(u"startedAt"_s), u"2026-11-30T08:15:00.250Z"_s);
        QCOMPARE(value(u"httpStatus"_s), u"409"_s);
        QCOMPARE(value(u"outcome"_s), u"refused"_s);
        QCOMPARE(value(u"completedAt"_s), QString());
        QCOMPARE(value(u"platformMessage"_s), u"'"_s + a.platformMessage);
        QCOMPARE(value(u"reasonNotTaken"_s), u"true"_s);
    }

    void toCsv_platformMessageAndReasonNotTaken_comeAfterTheEarlierColumns()
    {
        CancelAttempt taken = hostile();
        taken.platformMessage = u"Order ord-1 cancelled"_s;
        taken.reasonNotTaken = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(HistoryExport::toCsv({taken}).mid(3)));
        QCOMPARE(rows.size(), 2);
        // Appended: a script reading the first twenty columns by position reads what it always did.
        QCOMPARE(rows.at(0).size(), 31);
        QCOMPARE(rows.at(0).at(19), u"uuid"_s);
        QCOMPARE(rows.at(0).mid(20, 2), (QStringList{u"platformMessage"_s, u"reasonNotTaken"_s}));
        QCOMPARE(rows.at(1).mid(20, 2), (QStringList{u"Order ord-1 cancelled"_s, u"false"_s}));
    }

    void toCsv_subscriptionAttempt_kindAndSubscriptionColumnsComeLast()
    {
        CancelAttempt order = hostile();
        CancelAttempt sub = hostile();
        sub.kind = u"subscription"_s;
        sub.subscriptionId = u"-sub/1 #ä"_s;
        sub.reasonPreset = u"payment_failure"_s;
        sub.notes = u"=notes, with \"quotes\"\nand 🙂"_s;
        sub.assetSerial = u"SN-00042"_s;
        sub.batchId = u"@batch-7"_s;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(HistoryExport::toCsv({order, sub}).mid(3)));
        QCOMPARE(rows.size(), 3);
        // Schema 4's fields after every earlier column, so scripts reading by position keep working.
        QCOMPARE(rows.at(0).mid(22, 5),
                 (QStringList{u"kind"_s, u"subscriptionId"_s, u"notes"_s, u"assetSerial"_s, u"batchId"_s}));
        QCOMPARE(rows.at(1).mid(22, 5), (QStringList{u"order"_s, QString(), QString(), QString(), QString()}));
        QCOMPARE(rows.at(2).mid(22, 5),
                 (QStringList{u"subscription"_s, u"'-sub/1 #ä"_s, u"'"_s + sub.notes, u"SN-00042"_s, u"'@batch-7"_s}));
        QCOMPARE(rows.at(2).at(12), u"payment_failure"_s); // reasonPreset: the API value sent
    }

    // The machine columns stay ISO 8601, plain numbers and keys whatever the language; the human
    // columns after them follow the default locale.
    void toCsv_humanColumnsFollowTheLocale_machineColumnsStayIso()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CancelAttempt a = hostile();
        a.startedAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0, 0, 250),
                                Qt::UTC); // the 30th in every zone but UTC+12 and beyond
        a.completedAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0, 2), Qt::UTC);
        a.outcome = u"cancelled"_s;
        a.httpStatus = 1200; // a plain number, never "1.200"
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(HistoryExport::toCsv({a}).mid(3)));
        QLocale::setDefault(before);
        const QStringList header = rows.at(0);
        const auto value = [&](const QString& column) { return rows.at(1).at(header.indexOf(column)); };
        QCOMPARE(header.mid(27),
                 (QStringList{u"startedAtLocal"_s, u"completedAtLocal"_s, u"outcomeLabel"_s, u"reasonLabel"_s}));
        QCOMPARE(value(u"startedAt"_s), u"2026-11-30T12:00:00.250Z"_s);
        QCOMPARE(value(u"httpStatus"_s), u"1200"_s);
        QCOMPARE(value(u"outcome"_s), u"cancelled"_s);
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(value(u"startedAtLocal"_s), german.toString(a.startedAt.toLocalTime(), QLocale::ShortFormat));
        QVERIFY2(value(u"startedAtLocal"_s).startsWith(u"30.11.26"_s), qPrintable(value(u"startedAtLocal"_s)));
        QCOMPARE(value(u"outcomeLabel"_s), u"Cancelled"_s); // no German catalogue in this test: the English label
    }

    void toJsonLines_oneObjectPerAttemptWithEveryField()
    {
        const CancelAttempt a = hostile();
        const QList<QByteArray> lines = HistoryExport::toJsonLines({a, a}).split('\n');
        QCOMPARE(lines.size(), 3); // two objects and the empty rest after the last newline
        QVERIFY(lines.last().isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(o.value(u"reason"_s).toString(), a.reasonText);
        QCOMPARE(o.value(u"agent"_s).toString(), a.agent); // JSON needs no neutralising
        QCOMPARE(o.value(u"httpStatus"_s).toInt(), 409);
        QCOMPARE(o.value(u"uuid"_s).toString(), a.uuid);
        QCOMPARE(o.value(u"platformMessage"_s).toString(), a.platformMessage);
        QVERIFY(o.value(u"reasonNotTaken"_s).isBool());
        QCOMPARE(o.value(u"reasonNotTaken"_s).toBool(), true);
        CancelAttempt taken = a;
        taken.reasonNotTaken = false;
        const QJsonObject t = QJsonDocument::fromJson(HistoryExport::toJsonLines({taken}).trimmed()).object();
        QVERIFY(t.value(u"reasonNotTaken"_s).isBool());
        QCOMPARE(t.value(u"reasonNotTaken"_s).toBool(), false);
        QCOMPARE(o.value(u"kind"_s).toString(), u"order"_s);
        QCOMPARE(o.value(u"subscriptionId"_s).toString(), QString());
    }

    void toJsonLines_subscriptionAttempt_carriesItsFields()
    {
        CancelAttempt sub = hostile();
        sub.kind = u"subscription"_s;
        sub.subscriptionId = u"sub/1 #ä"_s;
        sub.notes = u"two\nlines 🙂"_s;
        sub.assetSerial = u"SN-00042"_s;
        sub.batchId = u"b-1"_s;
        const QJsonObject o = QJsonDocument::fromJson(HistoryExport::toJsonLines({sub}).trimmed()).object();
        QCOMPARE(o.value(u"kind"_s).toString(), u"subscription"_s);
        QCOMPARE(o.value(u"subscriptionId"_s).toString(), sub.subscriptionId);
        QCOMPARE(o.value(u"notes"_s).toString(), sub.notes);
        QCOMPARE(o.value(u"assetSerial"_s).toString(), u"SN-00042"_s);
        QCOMPARE(o.value(u"batchId"_s).toString(), u"b-1"_s);
        QCOMPARE(o.value(u"orderId"_s).toString(), sub.orderId);
    }
};

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
