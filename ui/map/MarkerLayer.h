#pragma once

#include "ui/map/MapLayer.h"
#include "ui/map/MarkerClusterModel.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QtQmlIntegration>

// Every marker of a MarkerClusterModel drawn by this one item laid over the QML Map, instead of
// one QML item per marker: a camera change moves every marker by the map's projection, then
// repaints. It also answers the clicks and the Shift+drag rectangle: which marker is on top at a
// point, which requests a rectangle holds.
class MarkerLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MarkerClusterModel* model READ model WRITE setModel NOTIFY modelChanged)

public:
    explicit MarkerLayer(QQuickItem* parent = nullptr);

    MarkerClusterModel* model() const { return m_model; }
    void setModel(MarkerClusterModel* model);

    // The model's row whose marker is drawn on top at this point of the layer, -1 for none.
    Q_INVOKABLE int rowAt(const QPointF& position) const;
    // The requests, single or in clusters, whose place is drawn inside this rectangle of the layer.
    Q_INVOKABLE QList<qint64> eventsIn(const QRectF& area) const;

    void paint(QPainter* painter) override;

signals:
    void modelChanged();

private:
    // How a marker looks: markers that look alike share one picture.
    struct Look {
        qreal diameter;
        QRgb fill;
        QRgb border;
        qreal borderWidth;
        int count; // a cluster's, 1 for a single request
        int failing; // how many of a cluster's requests fail a condition
        bool operator==(const Look& other) const
        {
            return diameter == other.diameter && fill == other.fill && border == other.border
                && borderWidth == other.borderWidth && count == other.count && failing == other.failing;
        }
    };
    friend size_t qHash(const Look& look, size_t seed)
    {
        return qHashMulti(
            seed, look.diameter, look.fill, look.border, look.borderWidth, look.count, look.failing);
    }
    // A marker drawn once: each frame copies it where the map puts its place.
    struct Sprite {
        QImage image;
        QPoint centre; // where the marker's place falls in the image, in the layer's pixels
    };
    // One marker as drawn, the selected ones last (on top).
    struct Shown {
        int row;
        QPointF place; // Web Mercator units
        bool selected;
        qreal radius;
        Sprite sprite;
    };

    Sprite spriteOf(const Look& look, qreal pixelRatio) const;
    void readMarkers();

    QPointer<MarkerClusterModel> m_model;
    QList<Shown> m_shown;
    QHash<Look, Sprite> m_sprites;
    qreal m_spriteRatio = 0; // the device pixel ratio m_sprites are drawn for
};
