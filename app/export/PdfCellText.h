#pragma once

#include <QGlyphRun>
#include <QRawFont>

#include <vector>

class QFont;
class QPaintDevice;
class QPainter;
class QPointF;
class QString;

// Table cells' text as glyphs straight from the font's character map and advances, cut with an
// ellipsis to the cell's width, gathered into one glyph run for many cells. A list of 100,000
// requests has half a million cells: shaping each twice (once to elide it, once to draw it) was
// most of the PDF's time, and the PDF writer opens and closes a text object around every run it
// draws. Plain French text in one font needs no shaping; text the font lacks is left to the painter.
class PdfCellText {
public:
    PdfCellText(const QFont& font, QPaintDevice* device);

    // The text's glyphs added to the pending run from `origin` (the baseline's left end). False,
    // and nothing added, when the font lacks one of the characters.
    bool add(const QString& text, const QPointF& origin, qreal width);
    // The glyphs added since the last take, as one run; then none are pending.
    QGlyphRun take();
    // The pending glyphs drawn by the painter, if any.
    void draw(QPainter* painter);

private:
    // A character's glyph and advance, read from the font the first time the character is met.
    struct Glyph {
        quint32 index = 0;
        qreal advance = 0;
        bool known = false;
    };
    const Glyph& glyph(char16_t character);

    QRawFont m_font;
    std::vector<Glyph> m_glyphs;
    quint32 m_ellipsis = 0;
    qreal m_ellipsisWidth = 0;
    QList<quint32> m_indexes;
    QList<QPointF> m_positions;
};
