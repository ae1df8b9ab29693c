#pragma once

#include "app/export/ZipEntry.h"

#include <QString>

#include <clocale>
#include <memory>
#include <type_traits>

class QIODevice;
typedef struct lxw_workbook lxw_workbook;
typedef struct lxw_worksheet lxw_worksheet;

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
    lxw_workbook* get() const { return m_workbook.get(); }
    // A new worksheet; null, and the reason kept for closeTo(), when the name is refused.
    lxw_worksheet* addSheet(const QString& name);
    // Keeps the first failure of a libxlsxwriter call (its lxw_error) for closeTo().
    void check(int status)
    {
        if (m_status == 0) {
            m_status = status;
        }
    }
    // Closes the workbook and writes it to `device`; false with `error` set (libxlsxwriter's
    // message or the device's) when a call, the closing or the writing failed.
    bool closeTo(QIODevice* device, QString* error);
    // The same, with `rows` after the first sheet's own: the rows' XML made apart, as
    // libxlsxwriter's constant memory mode writes it, and deflated in pieces (ZipEntry.h).
    bool closeTo(QIODevice* device, QString* error, QList<DeflatedPiece> rows);

private:
    struct CloseWorkbook {
        void operator()(lxw_workbook* workbook) const;
    };
    struct FreeBuffer {
        void operator()(char* buffer) const;
    };
    struct RestoreLocale {
        locale_t previous;
        void operator()(locale_t locale) const;
    };

    // Restored last, after the workbook has closed in the C locale.
    std::unique_ptr<std::remove_pointer_t<locale_t>, RestoreLocale> m_cLocale;
    // libxlsxwriter's buffer of the whole file, set by closing the workbook.
    std::unique_ptr<char, FreeBuffer> m_buffer;
    char* m_bufferData = nullptr;
    size_t m_size = 0;
    std::unique_ptr<lxw_workbook, CloseWorkbook> m_workbook;
    int m_status = 0;

    // Closes the workbook into m_buffer; false with `error` set when a call or the closing failed.
    bool close(QString* error);
};
