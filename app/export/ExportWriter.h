#pragma once

#include "app/core/Event.h"
#include "app/core/ExportColumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

class QIODevice;

// What the export formats need besides the requests.
struct ExportOptions {
    std::optional<ExportColumns> columns; // CSV, XLSX, ODS, PDF; each format's own default when unset
    int editionYear = 0; // the PDF's heading
    QDateTime exportedAt; // the PDF's heading and iCalendar's DTSTAMP; now when invalid
};

// Approved lists as files for the regional services, the press and the public map.
class ExportWriter {
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    enum class Format {
        Csv, // the import format: UTF-8 with BOM, ';', French dates, formulas neutralised
        Xlsx, // Excel: typed dates and numbers, frozen header, autofilter
        Ods, // OpenDocument spreadsheet, as LibreOffice saves it
        Pdf, // A4, by région then start date, for reading and printing
        GeoJson, // one Feature per request with coordinates, public fields only, [longitude, latitude]
        ICalendar, // RFC 5545, one VEVENT per request with dates
    };
    static QList<Format> all();
    // "csv", "xlsx", "ods", "pdf", "geojson", "ics": the CLI's --format and the file suffix.
    static QString key(Format format);
    static std::optional<Format> fromKey(const QString& key);
    // Whether the format writes the chosen columns (an export template's).
    static bool hasColumns(Format format);

    // Called now and then with the requests done; returning false stops the export.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    // Calls `progress` every thousand requests; false when it asked to stop.
    static bool goOn(const Progress& progress, qsizetype done, qsizetype total);

    // What `skipped` means for the format, as a sentence.
    static QString skippedText(Format format, int skipped);

    // Writes the events; false when the device refused it or `progress` stopped it. `skipped`
    // counts the requests a format cannot hold (GeoJSON: those without coordinates; iCalendar:
    // those without dates). `truncated`, when given, counts the cells cut to Excel's limit (XLSX).
    // `error`, when given, gets why a format that knows said it failed (XLSX: libxlsxwriter's
    // message, or the device's); otherwise it stays empty and the device's errorString() says why.
    static bool write(Format format, const QList<Event>& events, QIODevice* device, int* skipped,
        const Progress& progress = {}, const ExportOptions& options = {}, int* truncated = nullptr,
        QString* error = nullptr);
    // What `truncated` means, as a sentence.
    static QString truncatedText(int truncated);

private:
    static bool writeCsv(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
        const Progress& progress);
    static bool writeGeoJson(
        const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress);
};
