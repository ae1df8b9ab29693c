#include "ui/map/MarkerLayer.h"

#include "ui/map/MarkerClusterModel.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// The sizes and colours the markers had as QML items.
constexpr qreal SingleDiameter = 10;
constexpr qreal BadgeHeight = 14;
const QColor BadgeColour(0xb7, 0x1c, 0x1c);
const QColor SelectedBorder(0xff, 0xd6, 0x00);

QFont countFont()
{
    QFont font;
    font.setPixelSize(10);
    font.setBold(true);
    return font;
}

QFont badgeFont()
{
    QFont font;
    font.setPixelSize(9);
    return font;
}

} // namespace

MarkerLayer::MarkerLayer(QQuickItem* parent)
    : MapLayer(parent)
{
}

void MarkerLayer::setModel(MarkerClusterModel* model)
{
    if (model == m_model) {
        return;
    }
    const QPointer<MarkerClusterModel> previous = std::exchange(m_model, model);
    // The model changes its rows in place: one read of them all after each change.
    followModel(previous, m_model, [this] { readMarkers(); });
    emit modelChanged();
}

void MarkerLayer::readMarkers()
{
    m_shown.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_shown.reserve(rows);
    const qreal pixelRatio = window() ? window()->effectiveDevicePixelRatio() : qApp->devicePixelRatio();
    // Pictures of counts no longer shown go, once in a while.
    if (pixelRatio != m_spriteRatio || m_sprites.size() > 4096) {
        m_sprites.clear();
        m_spriteRatio = pixelRatio;
    }
    for (int row = 0; row < rows; ++row) {
        const MarkerClusterModel::Marker marker = m_model->marker(row);
        // A single request is a dot; a cluster grows with the log of its count.
        const Look look { marker.count > 1 ? 18 + 12 * std::log10(marker.count) : SingleDiameter,
            marker.statusColour.rgba(),
            marker.selected ? SelectedBorder.rgba()
                            : (marker.failing > 0 ? QColor(Qt::black) : QColor(Qt::white)).rgba(),
            marker.selected || marker.failing > 0 ? 2.0 : 1.0, marker.count,
            marker.count > 1 ? marker.failing : 0 };
        auto sprite = m_sprites.constFind(look);
        if (sprite == m_sprites.cend()) {
            sprite = m_sprites.insert(look, spriteOf(look, pixelRatio));
        }
        m_shown.append({ row, marker.place, marker.selected, look.diameter / 2, *sprite });
    }
    // The selected ones on top.
    std::stable_partition(m_shown.begin(), m_shown.end(), [](const Shown& shown) { return !shown.selected; });
    update();
}

// The marker as its QML Rectangle was: the border inside the diameter, a cluster at 85 % opacity
// with its count, and a badge at its top right saying how many of its requests fail a condition.
// Drawn opaque, the border as a disc under the fill's, and made translucent at the end: the
// raster engine strokes a translucent ellipse four times slower than it fills two opaque ones,
// and a zoom step draws a hundred new markers (one per count).
MarkerLayer::Sprite MarkerLayer::spriteOf(const Look& look, qreal pixelRatio) const
{
    const bool cluster = look.count > 1;
    const QString failing = look.failing > 0 ? QString::number(look.failing) : QString();
    const qreal badgeWidth = std::max(BadgeHeight, QFontMetricsF(badgeFont()).horizontalAdvance(failing) + 6);
    // The dot's box, then the badge's, relative to the dot's top left corner.
    const QRectF dot(0, 0, look.diameter, look.diameter);
    const QRectF badge(
        dot.right() - badgeWidth * 0.7, dot.top() - BadgeHeight * 0.3, badgeWidth, BadgeHeight);
    const QRectF drawn = failing.isEmpty() ? dot : dot.united(badge);
    // The place falls on a whole pixel of the image, so that a copy at a whole pixel stays sharp.
    const QPoint centre(int(std::ceil(dot.center().x() - drawn.left())) + 1,
        int(std::ceil(dot.center().y() - drawn.top())) + 1);
    const QPointF shift = QPointF(centre) - dot.center();
    const QSize size(
        int(std::ceil(shift.x() + drawn.right())) + 1, int(std::ceil(shift.y() + drawn.bottom())) + 1);
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(shift);
    const qreal inset = look.borderWidth;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgba(look.border));
    painter.drawEllipse(dot);
    painter.setBrush(QColor::fromRgba(look.fill));
    painter.drawEllipse(dot.adjusted(inset, inset, -inset, -inset));
    if (cluster) {
        painter.setPen(Qt::white);
        painter.setFont(countFont());
        painter.drawText(dot, Qt::AlignCenter, QString::number(look.count));
    }
    if (!failing.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(BadgeColour);
        painter.drawRoundedRect(badge, BadgeHeight / 2, BadgeHeight / 2);
        painter.setPen(Qt::white);
        painter.setFont(badgeFont());
        painter.drawText(badge, Qt::AlignCenter, failing);
    }
    if (cluster) {
        painter.resetTransform();
        painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        painter.fillRect(QRect(QPoint(0, 0), size), QColor::fromRgbF(0, 0, 0, 0.85f));
    }
    return { image, centre };
}

void MarkerLayer::paint(QPainter* painter)
{
    if (!isProjected()) {
        return;
    }
    const QRectF bounds = boundingRect();
    for (const Shown& shown : std::as_const(m_shown)) {
        const QPointF centre = pixelOf(shown.place);
        const QPointF topLeft(std::round(centre.x()) - shown.sprite.centre.x(),
            std::round(centre.y()) - shown.sprite.centre.y());
        if (bounds.intersects(QRectF(topLeft, shown.sprite.image.deviceIndependentSize()))) {
            painter->drawImage(topLeft, shown.sprite.image);
        }
    }
}

int MarkerLayer::rowAt(const QPointF& position) const
{
    if (!isProjected()) {
        return -1;
    }
    // From the top down: of overlapping markers, the one drawn last is the one seen.
    for (auto shown = m_shown.crbegin(); shown != m_shown.crend(); ++shown) {
        const QPointF offset = position - pixelOf(shown->place);
        if (offset.x() * offset.x() + offset.y() * offset.y() <= shown->radius * shown->radius) {
            return shown->row;
        }
    }
    return -1;
}

QList<qint64> MarkerLayer::eventsIn(const QRectF& area) const
{
    if (!isProjected() || !m_model) {
        return {};
    }
    // The box of the rectangle's corners in Web Mercator units.
    return m_model->eventsIn(projection().inverted().mapRect(area.normalized()));
}
