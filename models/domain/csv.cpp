#include "csv.h"

namespace OrderDesk::Csv {

using namespace Qt::Literals::StringLiterals;

QString field(const QString& value)
{
    QString out = value;
    if (!out.isEmpty()) {
        const QChar first = out.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            out.prepend(u'\'');
    }
    const bool quote = out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r');
    if (!quote)
        return out;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

QByteArray row(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << field(f);
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace OrderDesk::Csv
