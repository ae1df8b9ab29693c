#include "app/export/XlsxWorkbook.h"

#include "app/core/DeviceWrite.h"

#include <QIODevice>

#include <cstdlib>
#include <xlsxwriter.h>

namespace {

// The C locale for numbers, the rest as the process has it.
locale_t newCNumericLocale() { return newlocale(LC_NUMERIC_MASK, "C", duplocale(LC_GLOBAL_LOCALE)); }

} // namespace

void XlsxWorkbook::CloseWorkbook::operator()(lxw_workbook* workbook) const { workbook_close(workbook); }

void XlsxWorkbook::FreeBuffer::operator()(char* buffer) const { std::free(buffer); }

void XlsxWorkbook::RestoreLocale::operator()(locale_t locale) const
{
    uselocale(previous);
    freelocale(locale);
}

XlsxWorkbook::XlsxWorkbook(bool constantMemory)
    : m_cLocale(nullptr, RestoreLocale { nullptr })
{
    if (locale_t c = newCNumericLocale()) {
        m_cLocale = { c, RestoreLocale { uselocale(c) } };
    }
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.output_buffer = const_cast<const char**>(&m_bufferData);
    options.output_buffer_size = &m_size;
    m_workbook.reset(workbook_new_opt(nullptr, &options));
}

XlsxWorkbook::~XlsxWorkbook()
{
    // Not written: closing fills the buffer, which is then ours to free.
    if (m_workbook) {
        m_workbook.reset();
        m_buffer.reset(m_bufferData);
    }
}

lxw_worksheet* XlsxWorkbook::addSheet(const QString& name)
{
    if (!m_workbook) {
        return nullptr;
    }
    const QByteArray utf8 = name.toUtf8();
    const lxw_error valid = workbook_validate_sheet_name(m_workbook.get(), utf8.constData());
    if (valid != LXW_NO_ERROR) {
        check(valid);
        return nullptr;
    }
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook.get(), utf8.constData());
    if (!sheet) {
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    }
    return sheet;
}

bool XlsxWorkbook::close(QString* error)
{
    if (!m_workbook) {
        *error = QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        return false;
    }
    const lxw_error status = workbook_close(m_workbook.release());
    m_buffer.reset(m_bufferData);
    if (m_status == LXW_NO_ERROR) {
        m_status = status;
    }
    if (m_status != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(lxw_error(m_status)));
        return false;
    }
    return true;
}

bool XlsxWorkbook::closeTo(QIODevice* device, QString* error)
{
    if (!close(error)) {
        return false;
    }
    if (!writeAll(device, QByteArrayView(m_buffer.get(), qsizetype(m_size)))) {
        *error = device->errorString();
        return false;
    }
    return true;
}

bool XlsxWorkbook::closeTo(QIODevice* device, QString* error, QList<DeflatedPiece> rows)
{
    if (!close(error)) {
        return false;
    }
    // libxlsxwriter's package zipped again, the rows put at the end of the first sheet's data.
    QByteArray package;
    if (!insertIntoZipEntry(QByteArray::fromRawData(m_buffer.get(), qsizetype(m_size)),
            QStringLiteral("xl/worksheets/sheet1.xml"), "</sheetData>", std::move(rows), &package)) {
        *error = QString::fromUtf8(lxw_strerror(LXW_ERROR_ZIP_FILE_OPERATION));
        return false;
    }
    if (!writeAll(device, package)) {
        *error = device->errorString();
        return false;
    }
    return true;
}
