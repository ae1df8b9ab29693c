#pragma once

#include <QAbstractItemModel>
#include <QPointF>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTransform>
#include <QtQmlIntegration>

#include <functional>

// An item laid over the QML Map (QtLocation's Map item) that draws places given in Web Mercator
// units itself. A camera change reads where the map now puts three places (its fromCoordinate):
// that gives the map's projection as an affine step, exact for Web Mercator without tilt, so that
// every place then costs two multiplications, not a call into the map. It paints rather than
// building geometry nodes because the software scene graph (offscreen, and machines without a
// GPU) draws painted items but ignores custom geometry.
class MapLayer : public QQuickPaintedItem {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QQuickItem* map READ map WRITE setMap NOTIFY mapChanged)

public:
    explicit MapLayer(QQuickItem* parent = nullptr);

    // The QML Map the layer follows.
    QQuickItem* map() const { return m_map; }
    void setMap(QQuickItem* map);

signals:
    void mapChanged();

protected:
    // False until the map has a camera: nothing is placed then.
    bool isProjected() const { return m_projected; }
    // The map's projection: from Web Mercator units to the layer's pixels.
    QTransform projection() const { return m_projection; }
    QPointF pixelOf(const QPointF& place) const { return m_projection.map(place); }
    // Stops following `previous` and follows `next`: `changed` runs now and after any change of
    // its rows or their data.
    void followModel(
        QAbstractItemModel* previous, QAbstractItemModel* next, const std::function<void()>& changed);

    void updatePolish() override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private slots:
    void followCamera();

private:
    QPointer<QQuickItem> m_map;
    QTransform m_projection;
    bool m_projected = false;
};
