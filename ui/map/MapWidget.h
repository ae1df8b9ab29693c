#pragma once

#include "app/core/MapPoint.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QStackedWidget>

class MapBridge;
class MarkerClusterModel;
class OnlineEventModel;
class RegionShapeModel;
class ReviewQueueModel;
class SharedFilter;
class QAction;
class QComboBox;
class QLabel;
class QListView;
class QQuickWidget;
class QTimer;

// The QtLocation map (a QML Map, offline on the "itemsoverlay" plugin unless a tiled basemap is
// set) of the régions, départements and the requests of the shared filter, loaded when first
// shown, with the online requests listed beside it. If the QML cannot load, a readable error
// takes its place and the rest of the app works.
class MapWidget : public QStackedWidget {
    Q_OBJECT

public:
    MapWidget(ReviewQueueModel* queue, SharedFilter* filter, QWidget* parent = nullptr);
    ~MapWidget() override;

    bool isReady() const { return m_ready; }
    // The markers are grouped for the view as it is now: the regrouping that follows a pan or a
    // zoom, a frame after the camera stops, has run.
    bool isViewApplied() const;
    QString errorString() const { return m_errorString; }
    QQuickWidget* quickWidget() const { return m_quick; }
    MapBridge* bridge() const { return m_bridge; }
    RegionShapeModel* regionModel() const { return m_regions; }
    RegionShapeModel* departementModel() const { return m_departements; }
    MarkerClusterModel* clusterModel() const { return m_clusters; }
    OnlineEventModel* onlineModel() const { return m_online; }

    // The rows selected in the queue: their markers stand out and the map centres on them.
    void setSelectedEvents(const QList<qint64>& eventIds);
    // Loads the QML again, after the basemap settings changed.
    void reloadMap();
    bool exportImage(const QString& path);

signals:
    // Markers chosen on the map (a click, a cluster at the deepest zoom, a Shift+drag rectangle).
    void eventsSelected(const QList<qint64>& eventIds);
    // A marker or an online request double-clicked, or "open" in the popup.
    void eventOpened(qint64 eventId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void initUi();
    void setupConnections();
    void loadMap();
    void showError(const QString& message);
    void markStale();
    void refresh();
    void applyView();
    void updateLegend();
    void restrictQueueToView();
    // Highlights the selected markers; `centre`: and moves the view to them.
    void applySelection(bool centre);
    void selectOnMap(const QList<qint64>& eventIds);
    void markerClicked(int row);
    void markerDoubleClicked(int row);
    void showPopup(qint64 eventId, const QGeoCoordinate& where);
    // Moves the view so that `box` fills the map's width or height, whichever it reaches first.
    void fitArea(const QGeoRectangle& box);
    void exportImageAs();
    void editBasemap();
    void checkBasemap();

    ReviewQueueModel* m_queue;
    SharedFilter* m_filter;
    RegionShapeModel* m_regions;
    RegionShapeModel* m_departements;
    MarkerClusterModel* m_clusters;
    OnlineEventModel* m_online;
    MapBridge* m_bridge;
    QWidget* m_page;
    QQuickWidget* m_quick;
    QListView* m_onlineList;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_measure;
    QAction* m_onlyVisible;
    QAction* m_closePopup;
    QLabel* m_error;
    QTimer* m_viewTimer;
    QTimer* m_restrictTimer;
    bool m_ready = false;
    bool m_loadTried = false;
    bool m_stale = true;
    QPointF m_pressedAt; // where the last click on the map began
    QSet<qint64> m_selected;
    bool m_selectionStale = false;
    QString m_errorString;
    QString m_readError; // the store's, shown as the map's notice
};
