#include "fontwarmup.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QTextLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

void warmFallbackFonts(const QFont& font)
{
    // Names from every region the platforms serve, a status mark and emoji as customers type them.
    static const QString sample =
        u"Aé ß ÄÖÜ — عبد الله 日本語 かな カナ 株式会社 שלום ✔ ✖ 🙂 🦄"_s;
    QFont bold(font); // headers and the details pane's titles
    bold.setBold(true);
    for (const QFont& f : {font, bold}) {
        QTextLayout layout(sample, f);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(4000);
        layout.endLayout();
        // Painting, not only shaping: the glyph cache and the colour emoji's bitmaps are set up too.
        QImage image(int(line.naturalTextWidth()) + 1, int(line.height()) + 1, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        layout.draw(&painter, QPointF());
    }
}

} // namespace OrderDesk
