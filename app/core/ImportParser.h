#pragma once

#include "app/core/Event.h"
#include "app/core/RequestColumns.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct CsvRecord;
class GeoReference;
class QIODevice;

// A row the import could not take, with what and where, and the row itself so that nothing is lost.
struct ImportRejection {
    int line = 0; // CSV: the line the row starts on; JSON: the object's position in the array
    QString column; // the header's name of the column at fault, empty for the whole row
    QString reason;
    QStringList fields; // the row as read, in the file's column order
};

// What a file gave: the requests read, the rows rejected, or an error for the file as a whole.
struct ParsedImport {
    enum class Format {
        Csv,
        Json,
    };
    Format format = Format::Csv;
    QString error; // set when the file as a whole cannot be imported: nothing is
    bool cancelled = false;
    QString encoding; // "UTF-8" or "Windows-1252"
    bool undecodable = false; // UTF-8 with bytes that are not: the rows holding them are rejected
    QStringList header; // as written in the file
    QStringList unknownColumns;
    QList<Event> events;
    QList<int> lines; // where each event was read
    QList<ImportRejection> rejected;
    // Rows imported with a remark (an unknown type kept as "other", say), reported like rejections.
    QList<ImportRejection> warnings;
    int read = 0; // rows read (blank lines are not rows)
};

// Reads label requests exported by the website's back office, CSV or JSON, in the documented
// format (README, "Import"): columns matched by name whatever their order, case or accents;
// French or ISO dates, oui/non booleans, decimal commas; the département, région and centre point
// filled from the postal or INSEE code. Pure: safe on any thread.
class ImportParser {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)

public:
    using Column = RequestColumns::Column;
    // The documented columns, in the documented order: those RequestColumns says are imported.
    static const QList<Column>& columns();
    static QStringList keys();

    // Called now and then with the work done out of the total (bytes of CSV, objects of JSON); returning
    // false stops the parse.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ImportParser(int editionYear, const GeoReference& geo);

    // Takes the requests read, in the file's order, with the work done out of the total; returning
    // false stops the parse, as a cancel.
    using Batches = std::function<bool(QList<Event>&& events, qint64 done, qint64 total)>;

    // JSON when the text starts with '[' or '{', CSV otherwise.
    static ParsedImport::Format formatOf(const QByteArray& bytes);
    ParsedImport parse(const QByteArray& bytes, const Progress& progress = {}) const;
    // In the format the file's name says (a .json file that holds no list is told so, not read as CSV).
    ParsedImport parse(
        const QByteArray& bytes, ParsedImport::Format format, const Progress& progress = {}) const;
    // The same, the requests handed to `batches` as soon as `batchSize` of them are read, and at
    // least every 2,000 rows (maybe none), and those left at the end, instead of kept in the result's
    // events and lines: a bulk import writes them while the rest of the file is read.
    ParsedImport parse(const QByteArray& bytes, ParsedImport::Format format, qsizetype batchSize,
        const Batches& batches) const;

    // One request as a row of the documented format, in columns() order, in French notation
    // (27/03/2018 09:00, oui/non, decimal commas): what parse() reads back as the same request.
    static QStringList record(const Event& event);
    // One cell of record().
    static QString fileText(Column column, const Event& event);

    // The rejected rows as read, then the rows imported with a warning, each followed by its line,
    // column and reason: CSV that can be corrected and imported again (the three extra columns are
    // reported as unknown, not fatal).
    static bool writeRejected(const ParsedImport& parsed, QIODevice* device);
    // Whether `firstLine` is the header of such a report, in either language (a report may be
    // overwritten by the next one; any other file may not).
    static bool isReportHeader(const QByteArray& firstLine);

private:
    // Where the rows read go: progress reports, or batches of requests.
    struct Delivery {
        const Progress* progress = nullptr;
        qsizetype batchSize = 0;
        const Batches* batches = nullptr;

        // After a row, or at the end (`last`); false when the parse is to stop.
        bool deliver(ParsedImport* result, qint64 done, qint64 total, bool last) const;
    };
    ParsedImport parseWith(
        const QByteArray& bytes, ParsedImport::Format format, const Delivery& delivery) const;
    ParsedImport parseCsv(const QByteArray& bytes, const Delivery& delivery) const;
    ParsedImport parseJson(const QByteArray& bytes, const Delivery& delivery) const;
    // Matches the header to the columns; false (with result->error) when a required one is missing.
    bool mapHeader(ParsedImport* result, QList<int>* columnOf) const;
    // Reads one row (a CSV record, or a JSON object's values in the header's order, as UTF-8), or
    // says why not.
    bool readRow(const CsvRecord& row, const QList<int>& columnOf, const QStringList& header, Event* event,
        ImportRejection* rejection, QList<ImportRejection>* warnings) const;
    void fillPlace(Event* event) const;
    static QStringList reportColumns();
    // Reads one row into the result, as a request or a rejection; `seen` finds ids given twice.
    void take(ParsedImport* result, QHash<QString, int>* seen, const QList<int>& columnOf,
        const CsvRecord& row) const;

    int m_editionYear;
    const GeoReference& m_geo;
};
