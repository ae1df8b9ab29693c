#include "app/export/XlsxExport.h"

#include "app/export/XlsxWorkbook.h"

#include <QIODevice>

#include <xlsxwriter.h>

double XlsxExport::width(ExportColumns::Column column)
{
    switch (column) {
    case ExportColumns::Column::Title:
    case ExportColumns::Column::OrganiserName:
    case ExportColumns::Column::Address:
        return 36;
    case ExportColumns::Column::Description:
        return 60;
    case ExportColumns::Column::ContactEmail:
        return 28;
    default:
        break;
    }
    switch (ExportColumns::kind(column)) {
    case ExportColumns::Kind::DateTime:
        return 17;
    case ExportColumns::Kind::Number:
        return 11;
    case ExportColumns::Kind::Text:
        break;
    }
    return std::max<double>(14, double(RequestColumns::key(column).size()) + 2);
}

QString XlsxExport::truncationMark() { return tr("… [truncated]"); }

QString XlsxExport::fitted(const QString& text, int* truncated)
{
    if (text.size() <= maxCellText) {
        return text;
    }
    // libxlsxwriter leaves out a longer string altogether.
    ++*truncated;
    const QString mark = truncationMark();
    qsizetype keep = maxCellText - mark.size();
    if (text.at(keep - 1).isHighSurrogate()) {
        --keep;
    }
    return text.left(keep) + mark;
}

bool XlsxExport::write(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
    const ExportWriter::Progress& progress, int* truncated, QString* error)
{
    // constant_memory keeps only the current row of the sheet.
    XlsxWorkbook book(true);
    lxw_workbook* workbook = book.get();
    lxw_worksheet* sheet = book.addSheet(tr("Requests"));
    lxw_format* bold = sheet ? workbook_add_format(workbook) : nullptr;
    lxw_format* dateFormat = sheet ? workbook_add_format(workbook) : nullptr;
    if (!bold || !dateFormat) {
        // A refused sheet's reason, kept first, is the one closeTo() gives as it fails.
        book.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return book.closeTo(device, error);
    }
    format_set_bold(bold);
    format_set_num_format(dateFormat, "dd/mm/yyyy hh:mm");
    const QList<ExportColumns::Column>& chosen = columns.columns();
    const auto last = lxw_col_t(chosen.size() - 1);
    for (lxw_col_t c = 0; c <= last; ++c) {
        book.check(worksheet_set_column(sheet, c, c, width(chosen.at(c)), nullptr));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    book.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(events.size()), last));
    for (lxw_col_t c = 0; c <= last; ++c) {
        book.check(worksheet_write_string(
            sheet, 0, c, RequestColumns::key(chosen.at(c)).toUtf8().constData(), bold));
    }
    bool goOn = true;
    for (qsizetype i = 0; i < events.size() && goOn; ++i) {
        const QStringList cells = columns.readableCells(events.at(i));
        const auto row = lxw_row_t(i + 1);
        for (lxw_col_t c = 0; c <= last; ++c) {
            const QString& cell = cells.at(c);
            if (cell.isEmpty()) {
                continue;
            }
            switch (ExportColumns::kind(chosen.at(c))) {
            case ExportColumns::Kind::Number:
                book.check(worksheet_write_number(sheet, row, c, ExportColumns::number(cell), nullptr));
                break;
            case ExportColumns::Kind::DateTime: {
                const QDateTime value = ExportColumns::dateTime(cell);
                lxw_datetime when { value.date().year(), value.date().month(), value.date().day(),
                    value.time().hour(), value.time().minute(), double(value.time().second()) };
                book.check(worksheet_write_datetime(sheet, row, c, &when, dateFormat));
                break;
            }
            case ExportColumns::Kind::Text:
                book.check(worksheet_write_string(
                    sheet, row, c, fitted(cell, truncated).toUtf8().constData(), nullptr));
                break;
            }
        }
        goOn = ExportWriter::goOn(progress, i + 1, events.size());
    }
    // Stopped: nothing is written, and the caller does not replace the file.
    return goOn && book.closeTo(device, error);
}
