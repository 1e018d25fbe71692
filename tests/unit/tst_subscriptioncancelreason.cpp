// The reasons FlexPortal takes for a subscription cancel, and the words a subscription cancel's
// outcome is told in: the API values are the YAML's enum, the labels are people's words, the notes
// are counted as the platform counts them, and every outcome has a stable key and a sentence.
#include "api/apijobs.h"
#include "domain/subscriptioncancelreason.h"

#include <QSet>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

using Reason = SubscriptionCancelReason::Value;
using Kind = SubscriptionCancelOutcome::Kind;

Q_DECLARE_METATYPE(OrderDesk::SubscriptionCancelReason::Value)

class TestSubscriptionCancelReason : public QObject
{
    Q_OBJECT

private slots:
    void apiValues_areTheYamlsEnumInItsOrder()
    {
        QCOMPARE(SubscriptionCancelReason::apiValues(), (QStringList{u"customer_request"_s, u"payment_failure"_s,
                                                                     u"fraud"_s, u"admin_decision"_s, u"other"_s}));
        QCOMPARE(SubscriptionCancelReason::values().size(), 5);
    }

    void fromApiValue_roundTripsEveryValue()
    {
        for (const Reason value : SubscriptionCancelReason::values())
            QCOMPARE(SubscriptionCancelReason::fromApiValue(SubscriptionCancelReason::apiValue(value)),
                     std::optional<Reason>(value));
    }

    void fromApiValue_anythingElse_isNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitals") << u"FRAUD"_s;
        QTest::newRow("a label") << u"Customer request"_s;
        QTest::newRow("spaces around") << u" fraud "_s;
        QTest::newRow("a hyphen") << u"customer-request"_s;
    }

    void fromApiValue_anythingElse_isNothing()
    {
        QFETCH(QString, text);
        QVERIFY(!SubscriptionCancelReason::fromApiValue(text));
    }

    void labels_areWordsForPeople_oneEach()
    {
        QSet<QString> labels;
        for (const Reason value : SubscriptionCancelReason::values()) {
            const QString label = SubscriptionCancelReason::label(value);
            QVERIFY(!label.isEmpty());
            QVERIFY2(!label.contains(u'_'), qPrintable(label));
            labels << label;
        }
        QCOMPARE(labels.size(), 5);
        QCOMPARE(SubscriptionCancelReason::label(Reason::AdminDecision), u"Admin decision"_s);
    }

    void notes_areTrimmedAndCountedInUtf16CodeUnits_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<bool>("fits");
        QString emoji500;
        for (int i = 0; i < 500; ++i)
            emoji500 += QString::fromUcs4(U"\U0001F600");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("1000 characters") << QString(1000, u'é') << true;
        QTest::newRow("1000 characters and spaces around") << u"  "_s + QString(1000, u'x') + u"\n"_s << true;
        QTest::newRow("1001 characters") << QString(1001, u'x') << false;
        QTest::newRow("500 emoji, 1000 code units") << emoji500 << true;
        QTest::newRow("501 emoji, 1002 code units") << emoji500 + QString::fromUcs4(U"\U0001F600") << false;
    }

    void notes_areTrimmedAndCountedInUtf16CodeUnits()
    {
        QFETCH(QString, notes);
        QFETCH(bool, fits);
        QCOMPARE(SubscriptionCancelReason::notesFit(notes), fits);
        QCOMPARE(SubscriptionCancelReason::normalizedNotes(notes), notes.trimmed());
        QCOMPARE(SubscriptionCancelReason::MaxNotes, 1000);
    }

    void outcome_everyKind_hasItsKeyAndASentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("settled");
        QTest::newRow("cancelled") << int(Kind::Cancelled) << u"cancelled"_s << true;
        QTest::newRow("already cancelled") << int(Kind::AlreadyCancelled) << u"already-cancelled"_s << true;
        QTest::newRow("already ended") << int(Kind::AlreadyEnded) << u"already-ended"_s << true;
        QTest::newRow("refused") << int(Kind::Refused) << u"refused"_s << false;
        QTest::newRow("failed") << int(Kind::Failed) << u"failed"_s << false;
        QTest::newRow("unknown") << int(Kind::Unknown) << u"unknown"_s << false;
    }

    void outcome_everyKind_hasItsKeyAndASentence()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QFETCH(bool, settled);
        SubscriptionCancelOutcome o;
        o.kind = Kind(kind);
        o.subscriptionId = u"sub_abc123"_s;
        o.requestSent = o.kind != Kind::Failed;
        if (o.kind != Kind::Cancelled)
            o.error = ApiError(ApiError::Kind::Network, u"Connection closed."_s);
        QCOMPARE(o.kindKey(), key);
        QCOMPARE(o.isSettled(), settled);
        const QString sentence = o.summary();
        QVERIFY2(sentence.contains(u"sub_abc123"_s), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u'%'), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    }

    void outcome_summary_tellsWhatFlexPortalSaidAndTheAsset()
    {
        SubscriptionCancelOutcome o;
        o.kind = Kind::Cancelled;
        o.subscriptionId = u"sub_abc123"_s;
        o.assetSerialNumber = u"C02ABC123XYZ"_s;
        o.platformMessage = u"Subscription cancelled"_s;
        const QString sentence = o.summary();
        QVERIFY2(sentence.contains(u"C02ABC123XYZ"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(u"Subscription cancelled"_s), qPrintable(sentence));
    }

    void outcome_unknown_saysNothingCanBeReadAndNothingWasSentAgain()
    {
        SubscriptionCancelOutcome o;
        o.kind = Kind::Unknown;
        o.subscriptionId = u"sub_abc123"_s;
        o.requestSent = true;
        o.error = ApiError(ApiError::Kind::Timeout, u"No data arrived within the timeout."_s);
        const QString sentence = o.summary();
        QVERIFY2(sentence.contains(u"unknown"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(u"did not answer in time"_s), qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionCancelReason)
#include "tst_subscriptioncancelreason.moc"
