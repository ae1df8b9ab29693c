#pragma once

#include <QColor>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QObject>

#include "ui/map/BasemapSettings.h"

// What the QML map and the C++ side say to each other: C++ moves the view and sets what the map
// writes (popup, legend, notice); QML reports the view, clicks and the Shift+drag rectangle.
class MapBridge : public QObject {
    Q_OBJECT
    Q_PROPERTY(QGeoCoordinate center READ center NOTIFY viewRequested)
    Q_PROPERTY(double zoomLevel READ zoomLevel NOTIFY viewRequested)
    Q_PROPERTY(double departementZoom READ departementZoom CONSTANT)
    Q_PROPERTY(QString popupText READ popupText NOTIFY popupChanged)
    Q_PROPERTY(QString popupOpenText READ popupOpenText NOTIFY popupChanged)
    Q_PROPERTY(QGeoCoordinate popupCoordinate READ popupCoordinate NOTIFY popupChanged)
    Q_PROPERTY(QString legendTitle READ legendTitle NOTIFY legendChanged)
    Q_PROPERTY(QString legendMaximum READ legendMaximum NOTIFY legendChanged)
    Q_PROPERTY(QColor legendPale READ legendPale CONSTANT)
    Q_PROPERTY(QColor legendDeep READ legendDeep CONSTANT)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // Read once when the QML loads: a map's plugin cannot change afterwards.
    Q_PROPERTY(bool tiles READ tiles CONSTANT)
    Q_PROPERTY(QString tileHost READ tileHost CONSTANT)
    Q_PROPERTY(QString userAgent READ userAgent CONSTANT)
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory CONSTANT)

public:
    explicit MapBridge(QObject* parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    double zoomLevel() const { return m_zoomLevel; }
    double departementZoom() const;
    void showArea(const QGeoCoordinate& center, double zoomLevel);

    QString popupText() const { return m_popupText; }
    QString popupOpenText() const { return m_popupOpenText; }
    QGeoCoordinate popupCoordinate() const { return m_popupCoordinate; }
    qint64 popupEventId() const { return m_popupEventId; }
    void showPopup(qint64 eventId, const QGeoCoordinate& where, const QString& text, const QString& openText);
    Q_INVOKABLE void closePopup();

    QString legendTitle() const { return m_legendTitle; }
    QString legendMaximum() const { return m_legendMaximum; }
    QColor legendPale() const;
    QColor legendDeep() const;
    void setLegend(const QString& title, const QString& maximum);
    bool tiles() const { return m_basemap.enabled; }
    QString tileHost() const { return m_basemap.tileHost; }
    QString userAgent() const { return m_basemap.userAgent; }
    QString cacheDirectory() const { return m_basemap.cacheDirectory; }
    const BasemapSettings& basemap() const { return m_basemap; }
    void setBasemap(const BasemapSettings& basemap) { m_basemap = basemap; }
    QString notice() const { return m_notice; }
    void setNotice(const QString& notice);

    // The view the map shows, reported after each camera change.
    Q_INVOKABLE void reportView(
        double zoomLevel, const QGeoCoordinate& topLeft, const QGeoCoordinate& bottomRight);
    Q_INVOKABLE void reportMarkerClicked(int row) { emit markerClicked(row); }
    Q_INVOKABLE void reportMarkerDoubleClicked(int row) { emit markerDoubleClicked(row); }
    // The requests the markers' layer found in the Shift+drag rectangle.
    Q_INVOKABLE void reportAreaSelected(const QList<qint64>& eventIds) { emit areaSelected(eventIds); }
    Q_INVOKABLE void openPopupEvent() { emit eventOpened(m_popupEventId); }

    double viewZoomLevel() const { return m_viewZoomLevel; }
    QGeoRectangle viewArea() const { return m_viewArea; }

signals:
    void viewRequested();
    void viewChanged();
    void markerClicked(int row);
    void markerDoubleClicked(int row);
    void areaSelected(const QList<qint64>& eventIds);
    void eventOpened(qint64 eventId);
    void popupChanged();
    void legendChanged();
    void noticeChanged();

private:
    QGeoCoordinate m_center { 46.6, 2.4 };
    double m_zoomLevel = 6.0; // mainland France and Corsica fill a 1400 × 800 view
    double m_viewZoomLevel = 6.0;
    QGeoRectangle m_viewArea;
    QString m_popupText;
    QString m_popupOpenText;
    QGeoCoordinate m_popupCoordinate;
    qint64 m_popupEventId = 0;
    QString m_legendTitle;
    QString m_legendMaximum;
    QString m_notice;
    BasemapSettings m_basemap;
};
