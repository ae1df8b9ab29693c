#include "ui/map/MapLayer.h"

#include "ui/map/WebMercator.h"

#include <QGeoCoordinate>

#include <cmath>

MapLayer::MapLayer(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
}

void MapLayer::setMap(QQuickItem* map)
{
    if (map == m_map) {
        return;
    }
    if (m_map) {
        disconnect(m_map, nullptr, this, nullptr);
    }
    m_map = map;
    if (m_map) {
        connect(m_map, SIGNAL(centerChanged(QGeoCoordinate)), this, SLOT(followCamera()));
        connect(m_map, SIGNAL(zoomLevelChanged(double)), this, SLOT(followCamera()));
        connect(m_map, SIGNAL(bearingChanged(double)), this, SLOT(followCamera()));
        connect(m_map, SIGNAL(tiltChanged(double)), this, SLOT(followCamera()));
    }
    followCamera();
    emit mapChanged();
}

void MapLayer::followCamera() { polish(); }

void MapLayer::followModel(
    QAbstractItemModel* previous, QAbstractItemModel* next, const std::function<void()>& changed)
{
    if (previous) {
        disconnect(previous, nullptr, this, nullptr);
    }
    if (next) {
        connect(next, &QAbstractItemModel::dataChanged, this, changed);
        connect(next, &QAbstractItemModel::rowsInserted, this, changed);
        connect(next, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(next, &QAbstractItemModel::modelReset, this, changed);
    }
    changed();
}

void MapLayer::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    polish();
}

void MapLayer::updatePolish()
{
    m_projected = false;
    if (m_map) {
        const auto centre = m_map->property("center").value<QGeoCoordinate>();
        const double step = 1e-4;
        const QPointF anchor(WebMercator::x(centre.longitude()), WebMercator::y(centre.latitude()));
        const double dy = anchor.y() + step < 1 ? step : -step;
        const auto project = [this](double x, double y, QPointF* pixel) {
            QPointF onMap;
            const bool called
                = QMetaObject::invokeMethod(m_map, "fromCoordinate", Q_RETURN_ARG(QPointF, onMap),
                    Q_ARG(QGeoCoordinate, WebMercator::coordinate(x, y)), Q_ARG(bool, false));
            *pixel = mapFromItem(m_map, onMap);
            return called && !std::isnan(onMap.x()) && !std::isnan(onMap.y());
        };
        QPointF origin;
        QPointF east;
        QPointF south;
        if (centre.isValid() && project(anchor.x(), anchor.y(), &origin)
            && project(anchor.x() + step, anchor.y(), &east)
            && project(anchor.x(), anchor.y() + dy, &south)) {
            // pixel = origin + axisX * (x - anchor.x) + axisY * (y - anchor.y)
            const QPointF axisX = (east - origin) / step;
            const QPointF axisY = (south - origin) / dy;
            const QPointF shift = origin - axisX * anchor.x() - axisY * anchor.y();
            m_projection = QTransform(axisX.x(), axisX.y(), axisY.x(), axisY.y(), shift.x(), shift.y());
            m_projected = true;
        }
    }
    update();
}
