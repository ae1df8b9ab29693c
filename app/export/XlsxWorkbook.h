#pragma once

#include <QString>

#include <clocale>

class QIODevice;
typedef struct lxw_workbook lxw_workbook;

// A libxlsxwriter workbook built in memory and then written to a device. Always in memory, never
// to a file name: QuaZip (in the same process for the ODS) exports minizip's function names, and
// its zipOpen() takes a QIODevice where libxlsxwriter passes a file name; in the buffer mode
// libxlsxwriter hands over its own file functions, which both implementations call alike.
// libxlsxwriter formats numbers with snprintf, which follows LC_NUMERIC: under fr_FR it wrote
// "45,84056", which spreadsheets read as 45. The workbook's thread uses the C locale while it lives.
class XlsxWorkbook {
public:
    // `constantMemory`: rows are written in order and only the current one is kept.
    explicit XlsxWorkbook(bool constantMemory);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    // Null when libxlsxwriter could not start one.
    lxw_workbook* get() const { return m_workbook; }
    // Closes the workbook and writes it to `device`; false with `error` set when either failed.
    bool closeTo(QIODevice* device, QString* error);

private:
    locale_t m_cLocale = nullptr;
    locale_t m_previousLocale = nullptr;
    lxw_workbook* m_workbook = nullptr;
    char* m_buffer = nullptr;
    size_t m_size = 0;
};
