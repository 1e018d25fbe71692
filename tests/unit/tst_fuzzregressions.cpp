// Every input that once made a fuzz target fail (tests/fuzz/regressions/<target>/), and the fuzzers'
// hand-written seeds (tests/fuzz/seeds/), fed to the same code the fuzz target runs: each must pass its
// invariants. Under the asan preset this also runs with AddressSanitizer and UBSan, as the fuzzers do.
#include "../fuzz/fuzzinputs.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void input_passesItsTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");

        const QString fuzzDir = Test::fixturePath(u"../fuzz"_s);
        QVERIFY2(QDir(fuzzDir).exists(u"fuzzinputs.h"_s), qPrintable(fuzzDir));
        const auto addAll = [](const QString& target, const QDir& dir) {
            const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo& file : files) {
                const QString name = target + u'/' + file.fileName();
                QTest::newRow(qPrintable(name)) << target << file.absoluteFilePath();
            }
        };
        addAll(u"fuzz_accounts"_s, QDir(fuzzDir + u"/seeds/accounts"_s));
        addAll(u"fuzz_history_csv"_s, QDir(fuzzDir + u"/seeds/history_csv"_s));
        const QDir regressions(fuzzDir + u"/regressions"_s);
        const QStringList targets = regressions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& target : targets)
            addAll(target, QDir(regressions.filePath(target)));
    }

    void input_passesItsTarget()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        bool known = false;
        const bool passed = Fuzz::run(target, f.readAll(), &known);
        QVERIFY2(known, qPrintable(u"no fuzz target is called "_s + target));
        QVERIFY(passed);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
