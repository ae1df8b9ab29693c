#include "app/export/PdfCellText.h"

#include <QFont>
#include <QList>
#include <QPainter>
#include <QPointF>

#include <cmath>
#include <limits>

PdfCellText::PdfCellText(const QFont& font, QPaintDevice* device)
    : m_font(QRawFont::fromFont(QFont(font, device)))
    , m_glyphs(std::numeric_limits<char16_t>::max() + 1)
{
    const QList<quint32> ellipsis = m_font.glyphIndexesForString(QString(QChar(0x2026)));
    if (ellipsis.size() == 1 && ellipsis.first() != 0) {
        m_ellipsis = ellipsis.first();
        m_ellipsisWidth = m_font.advancesForGlyphIndexes(ellipsis).first().x();
    }
}

const PdfCellText::Glyph& PdfCellText::glyph(char16_t character)
{
    Glyph& glyph = m_glyphs[character];
    if (!glyph.known) {
        glyph.known = true;
        // A surrogate alone has no glyph: such text needs more than a character map.
        const QList<quint32> index = QChar::isSurrogate(character)
            ? QList<quint32>()
            : m_font.glyphIndexesForString(QString(QChar(character)));
        if (index.size() == 1 && index.first() != 0) {
            glyph.index = index.first();
            glyph.advance = m_font.advancesForGlyphIndexes(index).first().x();
        }
    }
    return glyph;
}

bool PdfCellText::add(const QString& text, const QPointF& origin, qreal width)
{
    if (!m_font.isValid() || m_ellipsis == 0) {
        return false;
    }
    qreal right = 0;
    for (const QChar character : text) {
        const Glyph& known = glyph(character.unicode());
        if (known.index == 0) {
            return false;
        }
        right += known.advance;
    }
    // Every glyph at a whole device pixel (1/300 inch at most 1/600 inch from where it was): the
    // PDF writer writes each glyph's move, and whole numbers take a third of the page's bytes less.
    const qreal left = std::round(origin.x());
    const qreal baseline = std::round(origin.y());
    qreal x = 0;
    for (const QChar character : text) {
        const Glyph& next = glyph(character.unicode());
        // As QFontMetricsF::elidedText(Qt::ElideRight): as many characters as fit with the ellipsis.
        // The ellipsis rounded down, never past the cell.
        if (right > width && x + next.advance + m_ellipsisWidth > width) {
            m_indexes << m_ellipsis;
            m_positions << QPointF(left + std::floor(x), baseline);
            return true;
        }
        m_indexes << next.index;
        m_positions << QPointF(left + std::round(x), baseline);
        x += next.advance;
    }
    return true;
}

QGlyphRun PdfCellText::take()
{
    QGlyphRun run;
    run.setRawFont(m_font);
    run.setGlyphIndexes(m_indexes);
    run.setPositions(m_positions);
    m_indexes.clear();
    m_positions.clear();
    return run;
}

void PdfCellText::draw(QPainter* painter)
{
    if (!m_indexes.isEmpty()) {
        painter->drawGlyphRun(QPointF(0, 0), take());
    }
}
