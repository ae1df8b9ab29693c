#include "ui/map/MapBridge.h"

MapBridge::MapBridge(QObject* parent)
    : QObject(parent)
{
}

void MapBridge::showArea(const QGeoCoordinate& center, double zoomLevel)
{
    m_center = center;
    m_zoomLevel = zoomLevel;
    emit viewRequested();
}
