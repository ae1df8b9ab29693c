#pragma once

#include "app/core/Event.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

// Approved lists as files for the regional services, the press and the public map.
class ExportWriter {
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    enum class Format {
        Csv, // the import format: UTF-8 with BOM, ';', French dates, formulas neutralised
        GeoJson, // one Feature per request with coordinates, public fields only, [longitude, latitude]
    };

    // Writes the events; false when the device refused it. `skipped` counts the requests a
    // format cannot hold (GeoJSON: those without coordinates).
    static bool write(Format format, const QList<Event>& events, QIODevice* device, int* skipped);

private:
    static bool writeCsv(const QList<Event>& events, QIODevice* device);
    static bool writeGeoJson(const QList<Event>& events, QIODevice* device, int* skipped);
};
