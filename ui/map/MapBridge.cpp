#include "ui/map/MapBridge.h"

#include "ui/map/MarkerClusterModel.h"
#include "ui/map/RegionShapeModel.h"

MapBridge::MapBridge(QObject* parent)
    : QObject(parent)
{
}

double MapBridge::departementZoom() const
{
    // Départements are drawn from the zoom at which the markers group by département.
    return MarkerClusterModel::DepartementZoom;
}

void MapBridge::showArea(const QGeoCoordinate& center, double zoomLevel)
{
    m_center = center;
    m_zoomLevel = zoomLevel;
    emit viewRequested();
}

void MapBridge::showPopup(
    qint64 eventId, const QGeoCoordinate& where, const QString& text, const QString& openText)
{
    m_popupEventId = eventId;
    m_popupCoordinate = where;
    m_popupText = text;
    m_popupOpenText = openText;
    emit popupChanged();
}

void MapBridge::closePopup() { showPopup(0, {}, {}, {}); }

void MapBridge::setLegend(const QString& title, const QString& maximum)
{
    m_legendTitle = title;
    m_legendMaximum = maximum;
    emit legendChanged();
}

// The legend's ends are the shapes' own scale.
QColor MapBridge::legendPale() const { return RegionShapeModel::colourFor(0, 1); }

QColor MapBridge::legendDeep() const { return RegionShapeModel::colourFor(1, 1); }

void MapBridge::setNotice(const QString& notice)
{
    m_notice = notice;
    emit noticeChanged();
}

void MapBridge::reportView(double zoomLevel, const QGeoCoordinate& topLeft, const QGeoCoordinate& bottomRight)
{
    m_viewZoomLevel = zoomLevel;
    m_viewArea = QGeoRectangle(topLeft, bottomRight);
    emit viewChanged();
}
