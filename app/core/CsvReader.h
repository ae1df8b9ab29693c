#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One record of a CSV file: its fields and the line it starts on (1-based; a quoted field may
// span several lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Reads CSV as spreadsheets and back offices write it: UTF-8 with or without a BOM, or
// Windows-1252 as Excel saves it in France; ';', ',' or tab as separator, detected on the header;
// quoted fields with doubled quotes, separators and line breaks inside.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding {
        Utf8,
        Windows1252,
    };

    // Decodes the whole file: UTF-8 after a BOM, or unless its invalid bytes outnumber its valid
    // multibyte sequences tenfold; Windows-1252 otherwise (every byte is a character there, so nothing is
    // dropped).
    explicit CsvReader(const QByteArray& bytes);

    Encoding encoding() const { return m_encoding; }
    // UTF-8 with some bytes that are not, read as U+FFFD.
    bool undecodable() const { return m_undecodable; }

    struct Utf8Evidence {
        qsizetype multibyteSequences = 0;
        qsizetype invalidBytes = 0;
    };
    static Utf8Evidence utf8Evidence(QByteArrayView bytes);
    QChar separator() const { return m_separator; }
    // Reads the next record; false at the end of the text. A quote left open at the end of the
    // text ends the record there and sets `unterminatedQuote`.
    bool next(CsvRecord* record);
    bool unterminatedQuote() const { return m_unterminated; }
    // Characters read so far, out of size(): for progress.
    qsizetype position() const { return m_position; }
    qsizetype size() const { return m_text.size(); }

    static QString decodeWindows1252(QByteArrayView bytes);

private:
    QString m_text;
    Encoding m_encoding = Encoding::Utf8;
    bool m_undecodable = false;
    QChar m_separator = QLatin1Char(';');
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_unterminated = false;
};
