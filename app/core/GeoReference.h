#pragma once

#include <QHash>
#include <QList>
#include <QSpan>
#include <QString>
#include <QStringList>

struct Region {
    QString code; // INSEE 2016 code
    QString name;
    qint64 population = 0;
};

struct Departement {
    QString code; // "01", "2A", "974"…
    QString name;
    QString regionCode;
    qint64 population = 0;
};

struct Commune {
    QString inseeCode;
    QString name;
    QStringList postalCodes;
    QString departement;
    QString region;
    double latitude = 0;
    double longitude = 0;
    int population = 0;
    bool isArrondissement = false; // Paris, Lyon and Marseille districts
};

// The 18 régions, 101 départements and the communes with their postal codes and centre points,
// read from the embedded open data (see resources/geo/SOURCES.md).
class GeoReference {
public:
    // The embedded reference, loaded on first use.
    static const GeoReference& embedded();

    // Replaces the content; on failure the reference is left incomplete and must not be used.
    bool load(const QString& communesCsvPath, const QString& departementsGeoJsonPath,
        const QString& regionsGeoJsonPath, QString* error);

    const QList<Region>& regions() const { return m_regions; }
    const QList<Departement>& departements() const { return m_departements; }
    const QList<Commune>& communes() const { return m_communes; }

    const Region* region(const QString& code) const;
    const Departement* departement(const QString& code) const;
    const Commune* communeByInseeCode(const QString& code) const;
    QList<const Commune*> communesForPostalCode(const QString& postalCode) const;
    // The same as indexes into communes(), in the file's order, without building a list: the
    // label rules look one up per request.
    QSpan<const int> communeIndexesForPostalCode(QStringView postalCode) const;

    // Whether a point lies in the boxes around mainland France with Corsica and the five overseas
    // régions: a coarse check that catches swapped or mistyped coordinates, not a border test.
    static bool isInFrance(double latitude, double longitude);
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

private:
    QList<Region> m_regions;
    QList<Departement> m_departements;
    QList<Commune> m_communes;
    QHash<QString, int> m_regionIndex;
    QHash<QString, int> m_departementIndex;
    QHash<QString, int> m_communeIndex;
    // Each postal code's communes, in the file's order, by the code's five digits as a number.
    QHash<int, QList<int>> m_postalIndex;
};
