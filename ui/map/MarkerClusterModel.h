#pragma once

#include "app/core/MapPoint.h"

#include <QAbstractListModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include <array>

// Sits on the map points of the shared filter and groups them for the zoom level: zoomed out the
// requests of a région make one row, then those of a département, then those of a screen cell
// (a grid of CellPixels over the visible part); a group of one is that request's own marker.
// Each pass is one walk over the points (no pairwise distances); a grid pass walks only those in
// the visible columns, so a pan or zoom step at a town's scale costs its own points, not 100,000.
class MarkerClusterModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CoordinateRole = Qt::UserRole + 1,
        CountRole,
        EventIdRole, // the request of a single marker; 0 for a cluster
        StatusColorRole, // the status of the request, or the most frequent one of a cluster
        FailsConditionRole, // at least one request fails a condition
        FailingCountRole, // how many fail one
        SelectedRole, // at least one request is selected
    };
    enum class Grouping { Region, Departement, Grid };
    // What the map draws of one row.
    struct Marker {
        QPointF place; // in Web Mercator units, where the map projects coordinates
        int count = 0;
        QColor statusColour;
        int failing = 0;
        bool selected = false;
    };

    static constexpr double DepartementZoom = 6.5; // from here on, départements instead of régions
    static constexpr double GridZoom = 8.5; // from here on, screen cells
    static constexpr int CellPixels = 64;

    explicit MarkerClusterModel(QObject* parent = nullptr);

    // The requests to show; those without coordinates are left out. The selection stays.
    void setPoints(const QList<MapPoint>& points);
    // What the map shows: the grouping follows the zoom, the grid covers the visible part only.
    void setView(double zoomLevel, const QGeoRectangle& visible);
    double zoomLevel() const { return m_zoomLevel; }
    QGeoRectangle visible() const { return m_visible; }
    void setSelected(const QSet<qint64>& eventIds);

    static Grouping groupingAt(double zoomLevel);
    static QColor statusColour(EventStatus status);

    // The requests with coordinates, shown or not.
    int placedCount() const { return int(m_points.size()); }
    Marker marker(int row) const;
    QList<qint64> eventsOf(int row) const;
    // The requests placed inside this rectangle of Web Mercator units, in a cluster or not.
    QList<qint64> eventsIn(const QRectF& place) const;
    // The box around these requests' points; invalid when none has one.
    QGeoRectangle boundsOf(const QSet<qint64>& eventIds) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // A point in Web Mercator units (0…1 across the world), as the map projects it.
    struct Placed {
        qint64 id;
        double x;
        double y;
        EventStatus status;
        bool failing;
        bool selected;
        int region; // index into m_territoryCodes
        int departement;
    };
    struct Cluster {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        int failing = 0;
        int selected = 0;
        qint64 firstId = 0;
        std::array<int, 6> byStatus {};
    };

    void regroup();
    void publishRows(QList<Cluster> clusters);
    // The points whose x lies in [from, to], as indices into m_points in their order (the
    // requests' order), found through m_byX without a walk over the others.
    QList<int> pointsBetween(double from, double to) const;

    QList<Placed> m_points;
    // Every point's index into m_points, by increasing x: a grid step or a rectangle reads only
    // the visible columns of the map, a few hundred points at a town's zoom instead of all.
    QList<int> m_byX;
    QList<Cluster> m_clusters;
    QList<int> m_clusterOf; // per point: its row, -1 when outside the grid
    QHash<QString, int> m_territoryCodes;
    QSet<qint64> m_selectedIds;
    double m_zoomLevel = 6;
    QGeoRectangle m_visible;
};
