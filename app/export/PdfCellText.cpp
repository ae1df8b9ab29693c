#include "app/export/PdfCellText.h"

#include <QFont>
#include <QList>
#include <QPointF>

PdfCellText::PdfCellText(const QFont& font, QPaintDevice* device)
    : m_font(QRawFont::fromFont(QFont(font, device)))
{
    const QList<quint32> ellipsis = m_font.glyphIndexesForString(QString(QChar(0x2026)));
    if (ellipsis.size() == 1 && ellipsis.first() != 0) {
        m_ellipsis = ellipsis.first();
        m_ellipsisWidth = m_font.advancesForGlyphIndexes(ellipsis).first().x();
    }
}

bool PdfCellText::layOut(const QString& text, qreal width, QGlyphRun* run) const
{
    if (!m_font.isValid() || m_ellipsis == 0) {
        return false;
    }
    QList<quint32> glyphs = m_font.glyphIndexesForString(text);
    // One glyph per UTF-16 unit, or the text needs more than a character map (surrogates).
    if (glyphs.size() != text.size() || glyphs.contains(0u)) {
        return false;
    }
    const QList<QPointF> advances = m_font.advancesForGlyphIndexes(glyphs);
    QList<QPointF> positions;
    positions.reserve(glyphs.size() + 1);
    qreal x = 0;
    for (const QPointF& advance : advances) {
        positions << QPointF(x, 0);
        x += advance.x();
    }
    if (x > width) {
        // As QFontMetricsF::elidedText(Qt::ElideRight): as many characters as fit with the ellipsis.
        qsizetype kept = 0;
        while (kept < glyphs.size()
            && positions.at(kept).x() + advances.at(kept).x() + m_ellipsisWidth <= width) {
            ++kept;
        }
        glyphs.resize(kept);
        positions.resize(kept);
        glyphs << m_ellipsis;
        positions << QPointF(kept > 0 ? positions.last().x() + advances.at(kept - 1).x() : 0, 0);
    }
    run->setRawFont(m_font);
    run->setGlyphIndexes(glyphs);
    run->setPositions(positions);
    return true;
}
