#pragma once

#include <QGlyphRun>
#include <QRawFont>

class QFont;
class QPaintDevice;
class QString;

// A table cell's text as glyphs straight from the font's character map and advances, cut with
// an ellipsis to the cell's width. A list of 100,000 requests has half a million cells: shaping
// each twice (once to elide it, once to draw it) was most of the PDF's time. Plain French text
// in one font needs no shaping; text the font lacks is left to the painter.
class PdfCellText {
public:
    PdfCellText(const QFont& font, QPaintDevice* device);

    // False when the font lacks one of the characters.
    bool layOut(const QString& text, qreal width, QGlyphRun* run) const;

private:
    QRawFont m_font;
    quint32 m_ellipsis = 0;
    qreal m_ellipsisWidth = 0;
};
