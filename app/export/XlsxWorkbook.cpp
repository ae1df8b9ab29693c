#include "app/export/XlsxWorkbook.h"

#include <QIODevice>

#include <cstdlib>
#include <xlsxwriter.h>

XlsxWorkbook::XlsxWorkbook(bool constantMemory)
    : m_numbersInC(newlocale(LC_NUMERIC_MASK, "C", duplocale(LC_GLOBAL_LOCALE)))
    , m_previous(uselocale(m_numbersInC))
{
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.output_buffer = const_cast<const char**>(&m_buffer);
    options.output_buffer_size = &m_size;
    m_workbook = workbook_new_opt(nullptr, &options);
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook) {
        workbook_close(m_workbook);
    }
    std::free(m_buffer);
    uselocale(m_previous);
    if (m_numbersInC) {
        freelocale(m_numbersInC);
    }
}

bool XlsxWorkbook::closeTo(QIODevice* device, QString* error)
{
    if (!m_workbook) {
        *error = QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        return false;
    }
    const lxw_error status = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (status != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(status));
        return false;
    }
    if (device->write(m_buffer, qint64(m_size)) != qint64(m_size)) {
        *error = device->errorString();
        return false;
    }
    return true;
}
