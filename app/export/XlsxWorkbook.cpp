#include "app/export/XlsxWorkbook.h"

#include "app/core/DeviceWrite.h"

#include <QIODevice>

#include <cstdlib>
#include <xlsxwriter.h>

XlsxWorkbook::XlsxWorkbook(bool constantMemory)
    : m_cLocale(newlocale(LC_NUMERIC_MASK, "C", duplocale(LC_GLOBAL_LOCALE)))
    , m_previousLocale(m_cLocale ? uselocale(m_cLocale) : nullptr)
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
    if (m_cLocale) {
        uselocale(m_previousLocale);
        freelocale(m_cLocale);
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
    if (!writeAll(device, QByteArrayView(m_buffer, qsizetype(m_size)))) {
        *error = device->errorString();
        return false;
    }
    return true;
}
