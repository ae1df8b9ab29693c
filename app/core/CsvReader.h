#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file: its fields, as UTF-8 bytes, and the line it starts on (1-based; a
// quoted field may span several lines). The fields point into the reader: they last until its next
// record.
struct CsvRecord {
    int line = 0;
    QList<QByteArrayView> fields;

    // The fields decoded, for what keeps them all (a header, a rejected row).
    QStringList texts() const;
};

// Reads CSV as spreadsheets and back offices write it: UTF-8 with or without a BOM, or
// Windows-1252 as Excel saves it in France; ';', ',' or tab as separator, detected on the header;
// quoted fields with doubled quotes, separators and line breaks inside. It reads the file's bytes
// as they are (no copy of the whole file as UTF-16): whatever the file, its records are valid
// UTF-8, so that a field is decoded only when it is kept, and every separator, quote and line
// break is the ASCII byte it is in UTF-8 and Windows-1252 alike.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding {
        Utf8,
        Windows1252,
    };

    // UTF-8 after a BOM, or unless its invalid bytes outnumber its valid multibyte sequences
    // tenfold; Windows-1252 otherwise (every byte is a character there, so nothing is dropped).
    // Only a file that is not valid UTF-8 is copied, as UTF-8 (its invalid bytes as U+FFFD).
    explicit CsvReader(const QByteArray& bytes);

    Encoding encoding() const { return m_encoding; }
    // UTF-8 with some bytes that are not, read as U+FFFD.
    bool undecodable() const { return m_undecodable; }

    struct Utf8Evidence {
        qsizetype multibyteSequences = 0;
        qsizetype invalidBytes = 0;
    };
    static Utf8Evidence utf8Evidence(QByteArrayView bytes);
    // Reads the next record; false at the end of the text. A quote left open at the end of the
    // text ends the record there and sets `unterminatedQuote`.
    bool next(CsvRecord* record);
    bool unterminatedQuote() const { return m_unterminated; }
    // Bytes read so far, out of size(): for progress.
    qsizetype position() const { return m_position; }
    qsizetype size() const { return m_text.size(); }

    // UTF-8 without what QString::trimmed() takes off its decoded text (ASCII and Unicode spaces).
    static QByteArrayView trimmed(QByteArrayView utf8);
    // A field decoded. QString::fromUtf8() drops a BOM its bytes start with: a field keeps it, as
    // the decoding of the whole file did.
    static QString text(QByteArrayView utf8);

private:
    // A field's bytes: in the text, or in m_unquoted when its quotes had to be taken out.
    struct Span {
        qsizetype offset = 0;
        qsizetype size = 0;
        bool unquoted = false;
    };

    QByteArray m_bytes; // the file, or its UTF-8 copy
    QByteArrayView m_text; // m_bytes without the BOM
    QByteArray m_unquoted; // the current record's fields made of several pieces ("a""b")
    QList<Span> m_spans;
    Encoding m_encoding = Encoding::Utf8;
    bool m_undecodable = false;
    char m_separator = ';';
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_unterminated = false;
};
