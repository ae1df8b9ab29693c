#pragma once

#include <QStackedWidget>

class ReviewQueueModel;
class EventMarkerModel;
class MapBridge;
class RegionShapeModel;
class QLabel;
class QQuickWidget;

// The QtLocation map (a QML Map on the offline "itemsoverlay" plugin) of the régions and the
// requests, loaded when first shown. If the QML cannot load, a readable error takes its place
// and the rest of the app works.
class MapWidget : public QStackedWidget {
    Q_OBJECT

public:
    explicit MapWidget(ReviewQueueModel* queue, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_errorString; }
    MapBridge* bridge() const { return m_bridge; }
    RegionShapeModel* regionModel() const { return m_regions; }
    EventMarkerModel* markerModel() const { return m_markers; }

signals:
    void eventClicked(qint64 eventId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadMap();
    void showError(const QString& message);
    void markStale();
    void refresh();

    ReviewQueueModel* m_queue;
    RegionShapeModel* m_regions;
    EventMarkerModel* m_markers;
    MapBridge* m_bridge;
    QQuickWidget* m_quick;
    QLabel* m_error;
    bool m_ready = false;
    bool m_loadTried = false;
    bool m_stale = true;
    QString m_errorString;
};
