#pragma once

#include "app/export/ExportWriter.h"

// The requests as an Excel workbook through libxlsxwriter: real dates and numbers, a frozen
// header row with an autofilter, text neutralised as in the CSV so that both files agree.
class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    static bool write(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
        const ExportWriter::Progress& progress);
    // The width of a column, in characters.
    static double width(ExportColumns::Column column);
};
