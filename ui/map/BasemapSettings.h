#pragma once

#include <QCoreApplication>
#include <QString>

// The optional tiled basemap under the map's own layers (QSettings "map/…"). Off by default: the
// map works offline on its embedded boundaries.
struct BasemapSettings {
    Q_DECLARE_TR_FUNCTIONS(BasemapSettings)

public:
    bool enabled = false;
    // The tile server's address up to the tiles: the osm plugin appends "z/x/y.png".
    QString tileHost = QStringLiteral("https://tile.openstreetmap.org/");
    QString userAgent = QStringLiteral("semaine-admin");
    QString cacheDirectory; // empty: Qt's default cache

    static BasemapSettings load();
    void save() const;
    // Empty when usable; otherwise what is wrong, for the settings dialog.
    QString problem() const;
};
