// The German and Arabic translation sources, as a translator's reviewer reads them: every
// placeholder of the English text is in every form of its translation, German has two plural
// forms and Arabic six, Arabic puts no keyboard mnemonic under an Arabic letter and closes every
// directional isolate it opens. Unfinished strings (new ones waiting for a translator) fall back to
// English at run time: they are counted here, not failed.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool gone = false; // vanished or obsolete: no longer in the code
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message" && !gone)
            out << m;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes", false, {}};
        } else if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            gone = type == u"vanished" || type == u"obsolete";
            m.unfinished = type == u"unfinished";
            if (!m.numerus)
                m.forms << xml.readElementText();
        } else if (xml.name() == u"numerusform") {
            m.forms << xml.readElementText();
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(u"%L?(\\d)"_s);
    QSet<QString> out;
    for (const QRegularExpressionMatch& match : re.globalMatch(text))
        out.insert(match.captured(1));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void translations_keepEveryPlaceholderAndPluralForm_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << u"de"_s << 2;
        QTest::newRow("ar") << u"ar"_s << 6;
    }
    void translations_keepEveryPlaceholderAndPluralForm()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QList<Message> messages =
            readTs(u"%1/orderdesk_%2.ts"_s.arg(QStringLiteral(ORDERDESK_TRANSLATIONS_DIR), language));
        QVERIFY(messages.size() > 500);
        int unfinished = 0;
        const QRegularExpression arabicMnemonic(u"&[\\x{0600}-\\x{06FF}]"_s);
        for (const Message& m : messages) {
            if (m.unfinished) {
                ++unfinished;
                continue;
            }
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.forms.size() == (m.numerus ? pluralForms : 1), qPrintable(where));
            for (qsizetype i = 0; i < m.forms.size(); ++i) {
                const QString& form = m.forms.at(i);
                QVERIFY2(!form.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(form) == placeholders(m.source), qPrintable(where + u" -> "_s + form));
                // Arabic's zero, one and two forms name the count in words.
                if (m.numerus && !(language == u"ar" && i < 3))
                    QVERIFY2(form.contains(u"%n"_s) || form.contains(u"%Ln"_s), qPrintable(where + u" -> "_s + form));
                QVERIFY2(form.count(QChar(0x2068)) == form.count(QChar(0x2069)), qPrintable(where));
                if (language == u"ar")
                    QVERIFY2(!arabicMnemonic.match(form).hasMatch(), qPrintable(where + u" -> "_s + form));
            }
        }
        qInfo("%s: %lld of %lld strings translated", qPrintable(language), qsizetype(messages.size() - unfinished),
              qsizetype(messages.size()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
