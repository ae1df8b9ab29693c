#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

class QIODevice;

// Writes CSV as Excel and LibreOffice read it in France: UTF-8 with a BOM, ';' between fields,
// CRLF between rows, quotes only where a field needs them.
class CsvWriter {
public:
    // Spreadsheet exports neutralise formulas; a report of rejected rows keeps them as read.
    enum class Formulas {
        Keep,
        Neutralise,
    };

    CsvWriter(QIODevice* device, Formulas formulas);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const QStringList& fields);
    // The same row appended to `out`, for rows made away from the writer (on other threads).
    static void appendRow(QByteArray& out, const QStringList& fields, Formulas formulas);
    // Writes what is buffered; false when the device refused it.
    bool flush();

    // With Formulas::Neutralise, a cell a spreadsheet would run as a formula (= + - @ tab or CR
    // first) is written with an apostrophe before it so that it shows as text; numbers such as
    // -1,5 are left alone. The import takes the apostrophe off again: these say whether it is one.
    static bool isNeutralised(const QString& cell);
    // The same, of a cell read as UTF-8: only one that starts with an apostrophe is decoded.
    static bool isNeutralised(QByteArrayView utf8);

private:
    QIODevice* m_device;
    Formulas m_formulas;
    QByteArray m_buffer;
    bool m_ok = true;
};
