#include "app/export/XlsxExport.h"

#include "app/export/ExportBatches.h"
#include "app/export/XlsxWorkbook.h"

#include <QIODevice>

#include <cctype>
#include <charconv>
#include <cstdio>
#include <xlsxwriter.h>

namespace {

// A batch of rows: their XML deflated, and the cells cut to Excel's limit.
struct Batch {
    std::optional<DeflatedPiece> piece;
    int truncated = 0;
};

// `<c r="B2" s="2"><v>43186.375</v></c>`: a number as libxlsxwriter writes it, "%.16G" in the C
// locale, whatever the thread's.
void appendNumberCell(QByteArray& xml, const char* reference, int style, double value)
{
    xml.append("<c r=\"").append(reference);
    if (style != 0) {
        xml.append("\" s=\"").append(QByteArray::number(style));
    }
    char digits[32];
    const std::to_chars_result end
        = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::general, 16);
    for (char* c = digits; c != end.ptr; ++c) {
        *c = char(std::toupper(static_cast<unsigned char>(*c)));
    }
    xml.append("\"><v>").append(digits, end.ptr - digits).append("</v></c>");
}

// An inline string as libxlsxwriter writes it: control characters as _xHHHH_ (but tabs and line
// feeds), then & < > escaped, and xml:space="preserve" when it starts or ends with a space.
void appendInlineString(QByteArray& xml, const char* reference, const QByteArray& utf8)
{
    // libxlsxwriter takes a C string: it ends at the first NUL.
    const QByteArrayView text(utf8.constData(), qstrlen(utf8.constData()));
    if (text.isEmpty()) {
        return;
    }
    QByteArray escaped;
    escaped.reserve(text.size() + 16);
    for (const char c : text) {
        if (c > 0 && c < 0x20 && c != '\t' && c != '\n') {
            char code[8];
            std::snprintf(code, sizeof code, "_x%04X_", c);
            escaped.append(code);
        } else if (c == '&') {
            escaped.append("&amp;");
        } else if (c == '<') {
            escaped.append("&lt;");
        } else if (c == '>') {
            escaped.append("&gt;");
        } else {
            escaped.append(c);
        }
    }
    const bool preserve = std::isspace(static_cast<unsigned char>(escaped.front()))
        || std::isspace(static_cast<unsigned char>(escaped.back()));
    xml.append("<c r=\"")
        .append(reference)
        .append(preserve ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>")
        .append(escaped)
        .append("</t></is></c>");
}

// A row as libxlsxwriter's constant memory mode writes it, its empty cells left out, or nothing
// when every cell is empty.
void appendRow(QByteArray& xml, lxw_row_t row, const QList<ExportColumns::Column>& columns,
    const QStringList& cells, int dateStyle, int* truncated)
{
    const qsizetype start = xml.size();
    xml.append("<row r=\"").append(QByteArray::number(row + 1)).append("\">");
    const qsizetype empty = xml.size();
    for (lxw_col_t c = 0; c < lxw_col_t(columns.size()); ++c) {
        const QString& cell = cells.at(c);
        if (cell.isEmpty()) {
            continue;
        }
        char reference[LXW_MAX_CELL_NAME_LENGTH] = {};
        lxw_rowcol_to_cell(reference, row, c);
        switch (ExportColumns::kind(columns.at(c))) {
        case ExportColumns::Kind::Number:
            appendNumberCell(xml, reference, 0, ExportColumns::number(cell));
            break;
        case ExportColumns::Kind::DateTime: {
            const QDateTime value = ExportColumns::dateTime(cell);
            lxw_datetime when { value.date().year(), value.date().month(), value.date().day(),
                value.time().hour(), value.time().minute(), double(value.time().second()) };
            appendNumberCell(xml, reference, dateStyle, lxw_datetime_to_excel_datetime(&when));
            break;
        }
        case ExportColumns::Kind::Text:
            appendInlineString(xml, reference, XlsxExport::fitted(cell, truncated).toUtf8());
            break;
        }
    }
    if (xml.size() == empty) {
        xml.truncate(start);
    } else {
        xml.append("</row>");
    }
}

} // namespace

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
    // constant_memory writes the header row as the rows below write their text: inline.
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
    // The filter's range also gives the sheet's dimension, which the rows below fill.
    book.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(events.size()), last));
    for (lxw_col_t c = 0; c <= last; ++c) {
        book.check(worksheet_write_string(
            sheet, 0, c, RequestColumns::key(chosen.at(c)).toUtf8().constData(), bold));
    }
    // The styles numbered in the order the cells once written by libxlsxwriter used them.
    lxw_format_get_xf_index(bold);
    const int dateStyle = lxw_format_get_xf_index(dateFormat);
    // The rows as libxlsxwriter writes them, made and deflated on other threads, a batch at a
    // time: libxlsxwriter's own calls per cell and its deflate at level 6 took 3.4 s of 100,000
    // rows on one core.
    const auto rows = [&](qsizetype first, qsizetype end) {
        Batch batch;
        QByteArray xml;
        for (qsizetype i = first; i < end; ++i) {
            appendRow(xml, lxw_row_t(i + 1), chosen, columns.readableCells(events.at(i)), dateStyle,
                &batch.truncated);
        }
        batch.piece = deflatePiece(xml, false);
        return batch;
    };
    QList<DeflatedPiece> pieces;
    bool deflated = true;
    const bool goOn = ExportBatches::run(events.size(), rows, [&](Batch& batch, qsizetype end) {
        deflated = batch.piece.has_value();
        if (!deflated) {
            return false;
        }
        pieces.append(std::move(*batch.piece));
        *truncated += batch.truncated;
        return ExportWriter::goOn(progress, end, events.size());
    });
    if (!deflated) {
        *error = QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        return false;
    }
    // Stopped: nothing is written, and the caller does not replace the file.
    return goOn && book.closeTo(device, error, std::move(pieces));
}
