#pragma once

#include "app/core/Event.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

// Approved lists as files for the regional services, the press and the public map.
class ExportWriter {
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    enum class Format {
        Csv, // the import format: UTF-8 with BOM, ';', French dates, formulas neutralised
        GeoJson, // one Feature per request with coordinates, public fields only, [longitude, latitude]
    };

    // Called now and then with the requests done; returning false stops the export.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    // Writes the events; false when the device refused it or `progress` stopped it. `skipped`
    // counts the requests a format cannot hold (GeoJSON: those without coordinates).
    static bool write(
        Format format, const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress = {});

private:
    static bool writeCsv(const QList<Event>& events, QIODevice* device, const Progress& progress);
    static bool writeGeoJson(const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress);
};
