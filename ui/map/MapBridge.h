#pragma once

#include <QGeoCoordinate>
#include <QObject>

// What the QML map and the C++ side say to each other: C++ moves the view, QML reports clicks.
class MapBridge : public QObject {
    Q_OBJECT
    Q_PROPERTY(QGeoCoordinate center READ center NOTIFY viewRequested)
    Q_PROPERTY(double zoomLevel READ zoomLevel NOTIFY viewRequested)

public:
    explicit MapBridge(QObject* parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    double zoomLevel() const { return m_zoomLevel; }
    void showArea(const QGeoCoordinate& center, double zoomLevel);

    Q_INVOKABLE void reportEventClicked(qint64 eventId) { emit eventClicked(eventId); }

signals:
    void viewRequested();
    void eventClicked(qint64 eventId);

private:
    QGeoCoordinate m_center { 46.6, 2.4 };
    double m_zoomLevel = 6.0; // mainland France and Corsica fill a 1400 × 800 view
};
