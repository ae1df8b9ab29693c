#include "app/core/GeoReference.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtMath>

namespace {

QJsonArray readFeatures(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QCoreApplication::translate("GeoReference", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("GeoReference", "%1 is not valid GeoJSON: %2 at byte %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    return doc.object().value(QLatin1String("features")).toArray();
}

struct Box {
    double south, north, west, east;
};

// Generous boxes around each territory: a point outside all of them is certainly not in France.
const Box franceBoxes[] = {
    { 41.3, 51.15, -5.3, 9.65 }, // mainland and Corsica
    { 15.8, 16.55, -61.85, -60.95 }, // Guadeloupe
    { 14.35, 14.9, -61.25, -60.75 }, // Martinique
    { 2.1, 5.8, -54.65, -51.6 }, // Guyane
    { -21.42, -20.85, 55.2, 55.85 }, // La Réunion
    { -13.05, -12.6, 45.0, 45.32 }, // Mayotte
};

// A postal code's five digits as a number, or -1 for any other text: no code has more or fewer.
int postalKey(QStringView code)
{
    if (code.size() != 5) {
        return -1;
    }
    int key = 0;
    for (const QChar ch : code) {
        if (ch < u'0' || ch > u'9') {
            return -1;
        }
        key = key * 10 + (ch.unicode() - u'0');
    }
    return key;
}

} // namespace

const GeoReference& GeoReference::embedded()
{
    static const GeoReference reference = [] {
        GeoReference geo;
        QString error;
        if (!geo.load(QStringLiteral(":/geo/communes-centres-codes-postaux.csv"),
                QStringLiteral(":/geo/departements-avec-outre-mer-simplifie.geojson"),
                QStringLiteral(":/geo/regions-avec-outre-mer-simplifie.geojson"), &error)) {
            qFatal("embedded reference data is broken: %s", qPrintable(error));
        }
        return geo;
    }();
    return reference;
}

bool GeoReference::load(const QString& communesCsvPath, const QString& departementsGeoJsonPath,
    const QString& regionsGeoJsonPath, QString* error)
{
    *this = GeoReference();
    QString localError;
    QString* err = error ? error : &localError;
    const QJsonArray regionFeatures = readFeatures(regionsGeoJsonPath, err);
    if (regionFeatures.isEmpty()) {
        return false;
    }
    for (const QJsonValue& feature : regionFeatures) {
        const QJsonObject props = feature.toObject().value(QLatin1String("properties")).toObject();
        m_regionIndex.insert(props.value(QLatin1String("code")).toString(), m_regions.size());
        m_regions.append({ props.value(QLatin1String("code")).toString(),
            props.value(QLatin1String("nom")).toString(), 0 });
    }
    const QJsonArray departementFeatures = readFeatures(departementsGeoJsonPath, err);
    if (departementFeatures.isEmpty()) {
        return false;
    }
    for (const QJsonValue& feature : departementFeatures) {
        const QJsonObject props = feature.toObject().value(QLatin1String("properties")).toObject();
        m_departementIndex.insert(props.value(QLatin1String("code")).toString(), m_departements.size());
        m_departements.append(
            { props.value(QLatin1String("code")).toString(), props.value(QLatin1String("nom")).toString(),
                props.value(QLatin1String("code_region")).toString() });
    }

    QFile csv(communesCsvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        *err = QCoreApplication::translate("GeoReference", "Cannot read %1: %2")
                   .arg(communesCsvPath, csv.errorString());
        return false;
    }
    // Read at every start (35,000 lines): views into the file's bytes rather than a list per line,
    // and one shared string per département and région code.
    const QByteArray bytes = csv.readAll();
    const QByteArrayView all(bytes);
    QHash<QByteArray, QString> codes;
    const auto shared = [&codes](QByteArrayView code) {
        auto it = codes.find(code.toByteArray());
        if (it == codes.end()) {
            it = codes.insert(code.toByteArray(), QString::fromLatin1(code));
        }
        return *it;
    };
    m_communes.reserve(all.count('\n'));
    m_communeIndex.reserve(m_communes.capacity());
    qsizetype lineStart = all.indexOf('\n') + 1; // after the header
    for (int lineNo = 2; lineStart > 0 && lineStart < all.size(); ++lineNo) {
        qsizetype lineEnd = all.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? all.size() : lineEnd;
        QByteArrayView line = all.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            continue;
        }
        std::array<QByteArrayView, 11> f;
        qsizetype count = 0;
        for (qsizetype from = 0; count < qsizetype(f.size());) {
            const qsizetype comma = line.indexOf(',', from);
            f[count++] = line.sliced(from, (comma < 0 ? line.size() : comma) - from);
            if (comma < 0) {
                break;
            }
            from = comma + 1;
        }
        if (count < qsizetype(f.size())) {
            *err = QCoreApplication::translate("GeoReference", "%1, line %2: expected 11 columns, found %3")
                       .arg(communesCsvPath)
                       .arg(lineNo)
                       .arg(count);
            return false;
        }
        Commune commune;
        commune.inseeCode = QString::fromLatin1(f[0]);
        commune.name = QString::fromUtf8(f[1]);
        commune.isArrondissement = f[2] == "arrondissement-municipal";
        commune.postalCodes = QString::fromLatin1(f[4]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        commune.departement = shared(f[5]);
        commune.region = shared(f[6]);
        commune.latitude = f[7].toDouble();
        commune.longitude = f[8].toDouble();
        commune.population = f[9].toInt();
        const int index = m_communes.size();
        m_communeIndex.insert(commune.inseeCode, index);
        for (const QString& pc : commune.postalCodes) {
            const int key = postalKey(pc);
            if (key < 0) {
                *err = QCoreApplication::translate("GeoReference", "%1, line %2: “%3” is not a postal code")
                           .arg(communesCsvPath)
                           .arg(lineNo)
                           .arg(pc);
                return false;
            }
            m_postalIndex[key].append(index);
        }
        if (!commune.isArrondissement) {
            const auto it = m_regionIndex.constFind(commune.region);
            if (it != m_regionIndex.constEnd()) {
                m_regions[*it].population += commune.population;
            }
            const auto departement = m_departementIndex.constFind(commune.departement);
            if (departement != m_departementIndex.constEnd()) {
                m_departements[*departement].population += commune.population;
            }
        }
        m_communes.append(commune);
    }
    return true;
}

const Region* GeoReference::region(const QString& code) const
{
    const auto it = m_regionIndex.constFind(code);
    return it == m_regionIndex.constEnd() ? nullptr : &m_regions.at(*it);
}

const Departement* GeoReference::departement(const QString& code) const
{
    const auto it = m_departementIndex.constFind(code);
    return it == m_departementIndex.constEnd() ? nullptr : &m_departements.at(*it);
}

const Commune* GeoReference::communeByInseeCode(const QString& code) const
{
    const auto it = m_communeIndex.constFind(code);
    return it == m_communeIndex.constEnd() ? nullptr : &m_communes.at(*it);
}

QList<const Commune*> GeoReference::communesForPostalCode(const QString& postalCode) const
{
    const QSpan<const int> indexes = communeIndexesForPostalCode(postalCode);
    QList<const Commune*> result;
    result.reserve(indexes.size());
    for (int index : indexes) {
        result.append(&m_communes.at(index));
    }
    return result;
}

QSpan<const int> GeoReference::communeIndexesForPostalCode(QStringView postalCode) const
{
    const auto indexes = m_postalIndex.constFind(postalKey(postalCode));
    return indexes == m_postalIndex.constEnd() ? QSpan<const int>() : QSpan<const int>(*indexes);
}

bool GeoReference::isInFrance(double latitude, double longitude)
{
    for (const Box& box : franceBoxes) {
        if (latitude >= box.south && latitude <= box.north && longitude >= box.west
            && longitude <= box.east) {
            return true;
        }
    }
    return false;
}

double GeoReference::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = qDegreesToRadians(lat2 - lat1);
    const double dLon = qDegreesToRadians(lon2 - lon1);
    const double a = qSin(dLat / 2) * qSin(dLat / 2)
        + qCos(qDegreesToRadians(lat1)) * qCos(qDegreesToRadians(lat2)) * qSin(dLon / 2) * qSin(dLon / 2);
    return 6371.0 * 2 * qAtan2(qSqrt(a), qSqrt(1 - a));
}
