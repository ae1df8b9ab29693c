#pragma once

#include "ui/map/MapLayer.h"
#include "ui/map/RegionShapeModel.h"

#include <QPointer>
#include <QtQmlIntegration>

// The régions or the départements of a RegionShapeModel, all drawn by this one item laid under
// the markers, instead of one MapPolygon each: those redid their clipped outline at every camera
// step, hidden ones too, and the first frame of the départements built a hundred shapes at once
// (the slowest step of the map). The outlines are projected once, as the model loads them; a
// frame fills and outlines those in view through the map's projection.
class ShapeLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RegionShapeModel* model READ model WRITE setModel NOTIFY modelChanged)
    // The outlines' width in pixels, whatever the zoom.
    Q_PROPERTY(qreal borderWidth READ borderWidth WRITE setBorderWidth NOTIFY borderWidthChanged)

public:
    explicit ShapeLayer(QQuickItem* parent = nullptr);

    RegionShapeModel* model() const { return m_model; }
    void setModel(RegionShapeModel* model);
    qreal borderWidth() const { return m_borderWidth; }
    void setBorderWidth(qreal width);

    void paint(QPainter* painter) override;

signals:
    void modelChanged();
    void borderWidthChanged();

private:
    QPointer<RegionShapeModel> m_model;
    qreal m_borderWidth = 1;
};
