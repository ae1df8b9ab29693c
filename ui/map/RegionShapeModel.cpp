#include "ui/map/RegionShapeModel.h"

#include "app/core/Statistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QList<QGeoCoordinate> ringPath(const QJsonArray& ring)
{
    QList<QGeoCoordinate> path;
    path.reserve(ring.size());
    for (const QJsonValue& point : ring) {
        const QJsonArray lonLat = point.toArray();
        path.append(QGeoCoordinate(lonLat.at(1).toDouble(), lonLat.at(0).toDouble()));
    }
    return path;
}

} // namespace

RegionShapeModel::RegionShapeModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

bool RegionShapeModel::load(const QString& geoJsonPath, QString* error)
{
    QFile file(geoJsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(geoJsonPath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = tr("%1 is not valid GeoJSON: %2").arg(geoJsonPath, parseError.errorString());
        return false;
    }
    beginResetModel();
    m_rings.clear();
    for (const QJsonValue& value : doc.object().value(QLatin1String("features")).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonObject props = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString code = props.value(QLatin1String("code")).toString();
        const QString name = props.value(QLatin1String("nom")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        // Outer rings only: the régions' holes are other régions, drawn on top anyway.
        if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Polygon")) {
            m_rings.append({ code, name, ringPath(coordinates.at(0).toArray()) });
        } else {
            for (const QJsonValue& polygon : coordinates) {
                m_rings.append({ code, name, ringPath(polygon.toArray().at(0).toArray()) });
            }
        }
    }
    endResetModel();
    return true;
}

void RegionShapeModel::setStatistics(const Statistics& statistics)
{
    m_labelled.clear();
    m_maxLabelled = 0;
    for (const TerritoryFigures& region : statistics.regions) {
        m_labelled.insert(region.code, region.labelled);
        m_maxLabelled = std::max(m_maxLabelled, region.labelled);
    }
    if (!m_rings.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), { FillColorRole, LabelledRole });
    }
}

QColor RegionShapeModel::colourFor(int labelled, int maxLabelled)
{
    // A sequential blue scale: pale for few labelled events, deep for many.
    const double t = maxLabelled > 0 ? double(labelled) / maxLabelled : 0.0;
    const QColor pale(0xde, 0xeb, 0xf7);
    const QColor deep(0x08, 0x51, 0x9c);
    return QColor::fromRgbF(float(pale.redF() + t * (deep.redF() - pale.redF())),
        float(pale.greenF() + t * (deep.greenF() - pale.greenF())),
        float(pale.blueF() + t * (deep.blueF() - pale.blueF())));
}

int RegionShapeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rings.size());
}

QVariant RegionShapeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Ring& ring = m_rings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return ring.name;
    case CodeRole:
        return ring.code;
    case PathRole:
        return QVariant::fromValue(ring.path);
    case FillColorRole:
        return colourFor(m_labelled.value(ring.code), m_maxLabelled);
    case LabelledRole:
        return m_labelled.value(ring.code);
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionShapeModel::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" }, { PathRole, "path" }, { FillColorRole, "fillColor" },
        { LabelledRole, "labelled" } };
}
