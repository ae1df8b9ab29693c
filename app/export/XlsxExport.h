#pragma once

#include "app/export/ExportWriter.h"

// The requests as an Excel workbook through libxlsxwriter: real dates and numbers, a frozen
// header row with an autofilter. Text exactly as entered: a string cell is never a formula.
class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // Excel's limit for a cell's text, in UTF-16 code units.
    static constexpr qsizetype maxCellText = 32767;
    // `truncated` counts the cells cut to maxCellText, ending with truncationMark(). `error` gets
    // libxlsxwriter's message, or the device's, when the workbook could not be written.
    static bool write(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
        const ExportWriter::Progress& progress, int* truncated, QString* error);
    static QString truncationMark();
    // The text as Excel can hold it: cut and marked when longer than maxCellText.
    static QString fitted(const QString& text, int* truncated);
    // The width of a column, in characters.
    static double width(ExportColumns::Column column);
};
