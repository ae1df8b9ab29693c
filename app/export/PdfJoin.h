#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;

// PDF files written apart, as one file, through qpdf: the later files' pages appended to the
// first's, their streams copied as they are (no inflating and deflating again), the fonts of each
// file kept, and the first file's document information (title, creator, dates) that of the whole.
class PdfJoin {
public:
    // False, with qpdf's reason as a warning, when a part does not read as a PDF or the device
    // refused the result.
    static bool join(const QList<QByteArray>& parts, QIODevice* device);
};
