#include "ui/map/MarkerClusterModel.h"

#include "ui/map/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

static_assert(int(EventStatus::Withdrawn) == 5, "Cluster::byStatus holds one count per status");

MarkerClusterModel::MarkerClusterModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void MarkerClusterModel::setPoints(const QList<MapPoint>& points)
{
    m_points.clear();
    m_points.reserve(points.size());
    // Codes become small integers once here, so that each regrouping indexes an array.
    const auto territory = [this](const QString& code) {
        return *m_territoryCodes.insert(code, m_territoryCodes.value(code, int(m_territoryCodes.size())));
    };
    for (const MapPoint& point : points) {
        if (point.hasPlace()) {
            m_points.append({ point.id, WebMercator::x(point.longitude), WebMercator::y(point.latitude),
                point.status, point.failing != 0, m_selectedIds.contains(point.id), territory(point.region),
                territory(point.departement) });
        }
    }
    m_byX.resize(m_points.size());
    std::iota(m_byX.begin(), m_byX.end(), 0);
    std::sort(m_byX.begin(), m_byX.end(),
        [this](int left, int right) { return m_points.at(left).x < m_points.at(right).x; });
    regroup();
}

void MarkerClusterModel::setView(double zoomLevel, const QGeoRectangle& visible)
{
    const bool sameGroups
        = groupingAt(zoomLevel) == groupingAt(m_zoomLevel) && groupingAt(zoomLevel) != Grouping::Grid;
    m_zoomLevel = zoomLevel;
    m_visible = visible;
    // Régions and départements do not depend on the view: panning among them changes nothing.
    if (!sameGroups) {
        regroup();
    }
}

void MarkerClusterModel::setSelected(const QSet<qint64>& eventIds)
{
    m_selectedIds = eventIds;
    for (Placed& point : m_points) {
        point.selected = eventIds.contains(point.id);
    }
    regroup();
}

MarkerClusterModel::Grouping MarkerClusterModel::groupingAt(double zoomLevel)
{
    if (zoomLevel < DepartementZoom) {
        return Grouping::Region;
    }
    return zoomLevel < GridZoom ? Grouping::Departement : Grouping::Grid;
}

QColor MarkerClusterModel::statusColour(EventStatus status)
{
    switch (status) {
    case EventStatus::Labelled:
        return QColor(0x2e, 0x7d, 0x32);
    case EventStatus::Refused:
        return QColor(0xc6, 0x28, 0x28);
    case EventStatus::InformationRequested:
        return QColor(0xef, 0x6c, 0x00);
    case EventStatus::Withdrawn:
        return QColor(0x75, 0x75, 0x75);
    case EventStatus::Submitted:
    case EventStatus::InReview:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

void MarkerClusterModel::regroup()
{
    QList<Cluster> clusters;
    m_clusterOf.fill(-1, m_points.size());
    const Grouping grouping = groupingAt(m_zoomLevel);
    // Grid: cells of CellPixels at this zoom, over the visible part and one cell around it.
    const double cells = 256.0 * std::pow(2.0, m_zoomLevel) / CellPixels;
    const bool wholeWorld = !m_visible.isValid() || m_visible.isEmpty();
    const double left
        = wholeWorld ? 0.0 : std::floor(WebMercator::x(m_visible.topLeft().longitude()) * cells) - 1;
    const double right
        = wholeWorld ? cells : std::floor(WebMercator::x(m_visible.bottomRight().longitude()) * cells) + 1;
    const double top
        = wholeWorld ? 0.0 : std::floor(WebMercator::y(m_visible.topLeft().latitude()) * cells) - 1;
    const double bottom
        = wholeWorld ? cells : std::floor(WebMercator::y(m_visible.bottomRight().latitude()) * cells) + 1;
    QList<int> rowOfTerritory(m_territoryCodes.size(), -1);
    QHash<qint64, int> rowOfCell;
    const auto add = [&](int i) {
        const Placed& point = m_points.at(i);
        int* row = nullptr;
        if (grouping == Grouping::Grid) {
            const double cx = std::floor(point.x * cells);
            const double cy = std::floor(point.y * cells);
            if (cx < left || cx > right || cy < top || cy > bottom) {
                return;
            }
            const qint64 cell = (qint64(cx) << 32) | qint64(cy);
            auto found = rowOfCell.find(cell);
            if (found == rowOfCell.end()) {
                found = rowOfCell.insert(cell, -1);
            }
            row = &found.value();
        } else {
            row = &rowOfTerritory[grouping == Grouping::Region ? point.region : point.departement];
        }
        if (*row < 0) {
            *row = int(clusters.size());
            clusters.append(Cluster());
            clusters.last().firstId = point.id;
        }
        Cluster& cluster = clusters[*row];
        cluster.sumX += point.x;
        cluster.sumY += point.y;
        ++cluster.count;
        cluster.failing += point.failing ? 1 : 0;
        cluster.selected += point.selected ? 1 : 0;
        ++cluster.byStatus[size_t(point.status)];
        m_clusterOf[i] = *row;
    };
    // The grid's columns only (a column wider each side against rounding; add() keeps the cells);
    // régions and départements take every point.
    if (grouping == Grouping::Grid) {
        for (const int i : pointsBetween((left - 1) / cells, (right + 2) / cells)) {
            add(i);
        }
    } else {
        for (int i = 0; i < int(m_points.size()); ++i) {
            add(i);
        }
    }
    publishRows(std::move(clusters));
}

// The rows change in place rather than by a reset: the map keeps its marker items and only
// moves and repaints them, instead of making hundreds again at each step.
void MarkerClusterModel::publishRows(QList<Cluster> clusters)
{
    const int before = int(m_clusters.size());
    const int after = int(clusters.size());
    // Rows go first, then the kept ones change, then new ones come: at each signal the model is
    // what it announced.
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_clusters.resize(after);
        endRemoveRows();
    }
    const int kept = std::min(before, after);
    std::copy(clusters.cbegin(), clusters.cbegin() + kept, m_clusters.begin());
    if (kept > 0) {
        emit dataChanged(index(0), index(kept - 1));
    }
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_clusters = std::move(clusters);
        endInsertRows();
    }
}

QList<int> MarkerClusterModel::pointsBetween(double from, double to) const
{
    const auto xOf = [this](int point) { return m_points.at(point).x; };
    const auto first = std::lower_bound(
        m_byX.cbegin(), m_byX.cend(), from, [&xOf](int point, double x) { return xOf(point) < x; });
    const auto last
        = std::upper_bound(first, m_byX.cend(), to, [&xOf](double x, int point) { return x < xOf(point); });
    QList<int> points(first, last);
    std::sort(points.begin(), points.end());
    return points;
}

QList<qint64> MarkerClusterModel::eventsOf(int row) const
{
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_clusterOf.at(i) == row) {
            ids.append(m_points.at(i).id);
        }
    }
    return ids;
}

QList<qint64> MarkerClusterModel::eventsIn(const QRectF& place) const
{
    QList<qint64> ids;
    for (const int i : pointsBetween(place.left(), place.right())) {
        const Placed& point = m_points.at(i);
        if (point.y >= place.top() && point.y <= place.bottom()) {
            ids.append(point.id);
        }
    }
    return ids;
}

QGeoRectangle MarkerClusterModel::boundsOf(const QSet<qint64>& eventIds) const
{
    double left = 1;
    double right = 0;
    double top = 1;
    double bottom = 0;
    for (const Placed& point : m_points) {
        if (eventIds.contains(point.id)) {
            left = std::min(left, point.x);
            right = std::max(right, point.x);
            top = std::min(top, point.y);
            bottom = std::max(bottom, point.y);
        }
    }
    if (left > right) {
        return {};
    }
    return QGeoRectangle(WebMercator::coordinate(left, top), WebMercator::coordinate(right, bottom));
}

int MarkerClusterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

MarkerClusterModel::Marker MarkerClusterModel::marker(int row) const
{
    const Cluster& cluster = m_clusters.at(row);
    const auto most = std::max_element(cluster.byStatus.cbegin(), cluster.byStatus.cend());
    return { QPointF(cluster.sumX / cluster.count, cluster.sumY / cluster.count), cluster.count,
        statusColour(EventStatus(most - cluster.byStatus.cbegin())), cluster.failing, cluster.selected > 0 };
}

QVariant MarkerClusterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Marker shown = marker(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CountRole:
        return shown.count;
    case CoordinateRole:
        return QVariant::fromValue(WebMercator::coordinate(shown.place.x(), shown.place.y()));
    case EventIdRole:
        return shown.count == 1 ? m_clusters.at(index.row()).firstId : qint64(0);
    case StatusColorRole:
        return shown.statusColour;
    case FailsConditionRole:
        return shown.failing > 0;
    case FailingCountRole:
        return shown.failing;
    case SelectedRole:
        return shown.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> MarkerClusterModel::roleNames() const
{
    return { { CoordinateRole, "coordinate" }, { CountRole, "count" }, { EventIdRole, "eventId" },
        { StatusColorRole, "statusColor" }, { FailsConditionRole, "failsCondition" },
        { FailingCountRole, "failingCount" }, { SelectedRole, "selected" } };
}
