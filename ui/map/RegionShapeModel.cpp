#include "ui/map/RegionShapeModel.h"

#include "app/core/GeoReference.h"
#include "ui/map/WebMercator.h"

#include <QLocale>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace {

// Douglas–Peucker in degrees, once at load: the map redraws every ring at each camera change,
// and detail finer than a pixel at the zoom the rings are seen at only costs time.
QList<QGeoCoordinate> ringPath(const QJsonArray& ring, double tolerance)
{
    QList<QPointF> points;
    points.reserve(ring.size());
    for (const QJsonValue& point : ring) {
        const QJsonArray lonLat = point.toArray();
        points.append(QPointF(lonLat.at(0).toDouble(), lonLat.at(1).toDouble()));
    }
    QList<bool> keep(points.size(), points.size() < 4);
    if (points.size() >= 4) {
        keep.first() = true;
        keep.last() = true;
        QList<std::pair<qsizetype, qsizetype>> spans { { 0, points.size() - 1 } };
        while (!spans.isEmpty()) {
            const auto [first, last] = spans.takeLast();
            const QPointF a = points.at(first);
            const QPointF d = points.at(last) - a;
            const double length = std::hypot(d.x(), d.y());
            double farthest = 0;
            qsizetype index = -1;
            for (qsizetype i = first + 1; i < last; ++i) {
                const QPointF p = points.at(i) - a;
                const double distance = length > 0 ? std::abs(d.x() * p.y() - d.y() * p.x()) / length
                                                   : std::hypot(p.x(), p.y());
                if (distance > farthest) {
                    farthest = distance;
                    index = i;
                }
            }
            if (index >= 0 && farthest > tolerance) {
                keep[index] = true;
                spans.append({ first, index });
                spans.append({ index, last });
            }
        }
    }
    // A small island would shrink to a line: it keeps its detail.
    if (std::count(keep.cbegin(), keep.cend(), true) < 4) {
        keep.fill(true);
    }
    QList<QGeoCoordinate> path;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (keep.at(i)) {
            path.append(QGeoCoordinate(points.at(i).y(), points.at(i).x()));
        }
    }
    return path;
}

QPainterPath outlineOf(const QList<QGeoCoordinate>& path)
{
    QPolygonF places;
    places.reserve(path.size());
    for (const QGeoCoordinate& point : path) {
        places.append(QPointF(WebMercator::x(point.longitude()), WebMercator::y(point.latitude())));
    }
    QPainterPath outline;
    outline.addPolygon(places);
    outline.closeSubpath();
    return outline;
}

double perPopulation(int labelled, qint64 population)
{
    return population > 0 ? 100000.0 * labelled / double(population) : 0.0;
}

} // namespace

RegionShapeModel::RegionShapeModel(Level level, QObject* parent)
    : QAbstractListModel(parent)
    , m_level(level)
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
    // Régions are seen whole (a pixel is about 2 km), départements zoomed in.
    const double tolerance = m_level == Level::Region ? 0.01 : 0.004;
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
        const auto addRing = [&](const QJsonArray& ring) {
            const QList<QGeoCoordinate> path = ringPath(ring, tolerance);
            m_rings.append({ code, name, path, outlineOf(path) });
        };
        if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Polygon")) {
            addRing(coordinates.at(0).toArray());
        } else {
            for (const QJsonValue& polygon : coordinates) {
                addRing(polygon.toArray().at(0).toArray());
            }
        }
    }
    endResetModel();
    return true;
}

void RegionShapeModel::setPoints(const QList<MapPoint>& points, const GeoReference& geo)
{
    m_figures.clear();
    for (const MapPoint& point : points) {
        Figures& figures = m_figures[m_level == Level::Region ? point.region : point.departement];
        ++figures.requests;
        figures.labelled += point.status == EventStatus::Labelled ? 1 : 0;
        figures.pending += EventStatuses::isPending(point.status) ? 1 : 0;
        figures.failing += point.failing != 0 ? 1 : 0;
    }
    for (auto it = m_figures.begin(); it != m_figures.end(); ++it) {
        if (m_level == Level::Region) {
            const Region* region = geo.region(it.key());
            it->population = region ? region->population : 0;
        } else {
            const Departement* departement = geo.departement(it.key());
            it->population = departement ? departement->population : 0;
        }
    }
    recolour();
}

void RegionShapeModel::setMeasure(Measure measure)
{
    m_measure = measure;
    recolour();
}

QList<RegionShapeModel::Measure> RegionShapeModel::measures()
{
    return { Measure::Labelled, Measure::Requests, Measure::Pending, Measure::FailingShare,
        Measure::LabelledPerPopulation };
}

QString RegionShapeModel::measureName(Measure measure)
{
    switch (measure) {
    case Measure::Labelled:
        return tr("Labelled events");
    case Measure::Requests:
        return tr("Requests");
    case Measure::Pending:
        return tr("Pending requests");
    case Measure::FailingShare:
        return tr("Share failing a condition");
    case Measure::LabelledPerPopulation:
        return tr("Labelled per 100,000 inhabitants");
    }
    return {};
}

double RegionShapeModel::valueOf(const Figures& figures) const
{
    switch (m_measure) {
    case Measure::Labelled:
        return figures.labelled;
    case Measure::Requests:
        return figures.requests;
    case Measure::Pending:
        return figures.pending;
    case Measure::FailingShare:
        return figures.requests > 0 ? 100.0 * figures.failing / figures.requests : 0.0;
    case Measure::LabelledPerPopulation:
        return perPopulation(figures.labelled, figures.population);
    }
    return 0;
}

QString RegionShapeModel::valueText(double value) const
{
    switch (m_measure) {
    case Measure::FailingShare:
        return tr("%1 %").arg(QLocale().toString(value, 'f', 1));
    case Measure::LabelledPerPopulation:
        return QLocale().toString(value, 'f', 2);
    case Measure::Labelled:
    case Measure::Requests:
    case Measure::Pending:
        break;
    }
    return QLocale().toString(qRound64(value));
}

QString RegionShapeModel::maximumText() const { return valueText(m_maximum); }

void RegionShapeModel::recolour()
{
    m_maximum = 0;
    for (const Figures& figures : std::as_const(m_figures)) {
        m_maximum = std::max(m_maximum, valueOf(figures));
    }
    if (!m_rings.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), { FillColorRole, FiguresRole });
    }
}

QColor RegionShapeModel::colourFor(double value, double maximum)
{
    // A sequential blue scale: pale for little, deep for the most.
    const double t = maximum > 0 ? value / maximum : 0.0;
    const QColor pale(0xde, 0xeb, 0xf7);
    const QColor deep(0x08, 0x51, 0x9c);
    return QColor::fromRgbF(float(pale.redF() + t * (deep.redF() - pale.redF())),
        float(pale.greenF() + t * (deep.greenF() - pale.greenF())),
        float(pale.blueF() + t * (deep.blueF() - pale.blueF())));
}

QColor RegionShapeModel::fillColour(int row) const
{
    return colourFor(valueOf(m_figures.value(m_rings.at(row).code)), m_maximum);
}

QString RegionShapeModel::figuresText(const Ring& ring) const
{
    const Figures figures = m_figures.value(ring.code);
    return tr("%1\nRequests: %2 · labelled: %3 · pending: %4\nFailing a condition: %5 · labelled per 100,000 "
              "inhabitants: %6")
        .arg(ring.name, QLocale().toString(figures.requests), QLocale().toString(figures.labelled),
            QLocale().toString(figures.pending), QLocale().toString(figures.failing),
            QLocale().toString(perPopulation(figures.labelled, figures.population), 'f', 2));
}

QString RegionShapeModel::figuresAt(const QGeoCoordinate& coordinate) const
{
    const double x = coordinate.longitude();
    const double y = coordinate.latitude();
    for (const Ring& ring : m_rings) {
        // Even–odd crossings of a horizontal ray.
        bool inside = false;
        for (qsizetype i = 0, j = ring.path.size() - 1; i < ring.path.size(); j = i++) {
            const QGeoCoordinate& a = ring.path.at(i);
            const QGeoCoordinate& b = ring.path.at(j);
            if ((a.latitude() > y) != (b.latitude() > y)
                && x < (b.longitude() - a.longitude()) * (y - a.latitude()) / (b.latitude() - a.latitude())
                        + a.longitude()) {
                inside = !inside;
            }
        }
        if (inside) {
            return figuresText(ring);
        }
    }
    return {};
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
        return fillColour(index.row());
    case FiguresRole:
        return figuresText(ring);
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionShapeModel::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" }, { PathRole, "path" }, { FillColorRole, "fillColor" },
        { FiguresRole, "figures" } };
}
