#include "historyexport.h"

#include "attemptlabels.h"
#include "domain/csv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace OrderDesk::HistoryExport {

using namespace Qt::Literals::StringLiterals;

namespace {

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The one list of exported fields, in order: name and value.
QList<std::pair<QString, QString>> fieldsOf(const CancelAttempt& a)
{
    return {{u"startedAt"_s, utc(a.startedAt)},
            {u"completedAt"_s, utc(a.completedAt)},
            {u"agent"_s, a.agent},
            {u"machine"_s, a.machine},
            {u"appVersion"_s, a.appVersion},
            {u"account"_s, a.accountId},
            {u"platform"_s, a.platform},
            {u"baseUrl"_s, a.baseUrl},
            {u"orderId"_s, a.orderId},
            {u"customer"_s, a.customer},
            {u"statusBefore"_s, a.statusBefore},
            {u"progressBefore"_s, a.progressBefore},
            {u"reasonPreset"_s, a.reasonPreset},
            {u"reason"_s, a.reasonText},
            {u"outcome"_s, a.outcome},
            {u"httpStatus"_s, a.httpStatus ? QString::number(a.httpStatus) : QString()},
            {u"errorCode"_s, a.errorCode},
            {u"message"_s, a.message},
            {u"reReadStatus"_s, a.reReadStatus},
            {u"uuid"_s, a.uuid},
            // Appended, so that scripts reading the earlier columns by position keep working.
            {u"platformMessage"_s, a.platformMessage},
            {u"reasonNotTaken"_s, a.reasonNotTaken ? u"true"_s : u"false"_s},
            // Schema 4, appended likewise: an order's or a subscription's cancel, and of which one.
            {u"kind"_s, a.kind},
            {u"subscriptionId"_s, a.subscriptionId},
            {u"notes"_s, a.notes},
            {u"assetSerial"_s, a.assetSerial},
            {u"batchId"_s, a.batchId}};
}

// For people reading the file in a spreadsheet, after every machine column: times in the local time
// zone and outcome and reason as the desk words them, all in the user's language and locale.
QList<std::pair<QString, QString>> humanFieldsOf(const CancelAttempt& a)
{
    const QLocale locale;
    const auto local = [&](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    return {{u"startedAtLocal"_s, local(a.startedAt)},
            {u"completedAtLocal"_s, local(a.completedAt)},
            {u"outcomeLabel"_s, a.outcome.isEmpty() ? QString() : AttemptLabels::outcome(a.outcome)},
            {u"reasonLabel"_s, AttemptLabels::reason(a)}};
}

} // namespace

QByteArray toCsv(const QList<CancelAttempt>& attempts)
{
    QByteArray out(Csv::Utf8Bom);
    QStringList header;
    for (const auto& [name, value] : fieldsOf(CancelAttempt{}) + humanFieldsOf(CancelAttempt{}))
        header << name;
    out += Csv::row(header);
    for (const CancelAttempt& a : attempts) {
        QStringList values;
        for (const auto& [name, value] : fieldsOf(a) + humanFieldsOf(a))
            values << value;
        out += Csv::row(values);
    }
    return out;
}

QByteArray toJsonLines(const QList<CancelAttempt>& attempts)
{
    QByteArray out;
    for (const CancelAttempt& a : attempts) {
        QJsonObject o;
        for (const auto& [name, value] : fieldsOf(a))
            o.insert(name, value);
        o.insert(u"httpStatus"_s, a.httpStatus);
        o.insert(u"reasonNotTaken"_s, a.reasonNotTaken);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace OrderDesk::HistoryExport
