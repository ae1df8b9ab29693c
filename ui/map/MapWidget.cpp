#include "ui/map/MapWidget.h"

#include "app/core/GeoReference.h"
#include "app/core/Statistics.h"
#include "ui/ReviewQueueModel.h"
#include "ui/map/EventMarkerModel.h"
#include "ui/map/MapBridge.h"
#include "ui/map/RegionShapeModel.h"

#include <QLabel>
#include <QQmlContext>
#include <QQmlError>
#include <QQuickWidget>

MapWidget::MapWidget(ReviewQueueModel* queue, QWidget* parent)
    : QStackedWidget(parent)
    , m_queue(queue)
    , m_regions(new RegionShapeModel(this))
    , m_markers(new EventMarkerModel(this))
    , m_bridge(new MapBridge(this))
    , m_quick(new QQuickWidget(this))
    , m_error(new QLabel(this))
{
    m_quick->setObjectName(QStringLiteral("mapQuickWidget"));
    m_error->setObjectName(QStringLiteral("mapError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_quick);
    addWidget(m_error);

    QString error;
    if (!m_regions->load(QStringLiteral(":/geo/regions-avec-outre-mer-simplifie.geojson"), &error)) {
        showError(error);
        return;
    }
    connect(m_queue, &ReviewQueueModel::eventsChanged, this, &MapWidget::markStale);
    connect(m_bridge, &MapBridge::eventClicked, this, &MapWidget::eventClicked);
}

void MapWidget::showEvent(QShowEvent* event)
{
    QStackedWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
    if (!m_loadTried) {
        loadMap();
    }
}

// The QML map (one item per marker) is built the first time the map is shown, not at start-up:
// a reviewer who never opens it pays nothing for it.
void MapWidget::loadMap()
{
    m_loadTried = true;
    if (!m_errorString.isEmpty()) {
        return; // the boundaries did not load: the error page stays
    }
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->rootContext()->setContextProperty(QStringLiteral("regionModel"), m_regions);
    m_quick->rootContext()->setContextProperty(QStringLiteral("markerModel"), m_markers);
    m_quick->rootContext()->setContextProperty(QStringLiteral("mapBridge"), m_bridge);
    m_quick->setSource(QUrl(QStringLiteral("qrc:/map/EventMap.qml")));
    if (m_quick->status() == QQuickWidget::Error) {
        QStringList messages;
        for (const QQmlError& qmlError : m_quick->errors()) {
            messages << qmlError.toString();
        }
        showError(messages.join(QLatin1Char('\n')));
        return;
    }
    m_ready = true;
}

void MapWidget::showError(const QString& message)
{
    m_errorString = message;
    m_error->setText(
        tr("The map cannot be shown; the rest of the application works as usual.\n\n%1").arg(message));
    setCurrentWidget(m_error);
}

// The map reads the filter's requests in full: it does so only while it is shown.
void MapWidget::markStale()
{
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void MapWidget::refresh()
{
    m_stale = false;
    const QList<Event> events = m_queue->matchingEvents();
    m_regions->setStatistics(Statistics::compute(events, GeoReference::embedded()));
    m_markers->setEvents(events, m_queue->context(false));
}
