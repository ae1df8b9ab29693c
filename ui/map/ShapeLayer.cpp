#include "ui/map/ShapeLayer.h"

#include <QPainter>
#include <QPen>

#include <utility>

ShapeLayer::ShapeLayer(QQuickItem* parent)
    : MapLayer(parent)
{
}

void ShapeLayer::setModel(RegionShapeModel* model)
{
    if (model == m_model) {
        return;
    }
    const QPointer<RegionShapeModel> previous = std::exchange(m_model, model);
    // New colours (the measure, the filter) or new shapes: the next frame reads them.
    followModel(previous, m_model, [this] { update(); });
    emit modelChanged();
}

void ShapeLayer::setBorderWidth(qreal width)
{
    if (width == m_borderWidth) {
        return;
    }
    m_borderWidth = width;
    update();
    emit borderWidthChanged();
}

void ShapeLayer::paint(QPainter* painter)
{
    if (!isProjected() || !m_model) {
        return;
    }
    painter->setPen(QPen(Qt::white, m_borderWidth));
    const QRectF bounds = boundingRect();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QPainterPath& outline = m_model->outline(row);
        // The world repeats east and west, as the map draws it when zoomed out.
        for (const double world : { -1.0, 0.0, 1.0 }) {
            QTransform projection = this->projection();
            projection.translate(world, 0);
            if (projection.mapRect(outline.controlPointRect()).intersects(bounds)) {
                painter->setBrush(m_model->fillColour(row));
                painter->drawPath(projection.map(outline));
            }
        }
    }
}
