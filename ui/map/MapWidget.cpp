#include "ui/map/MapWidget.h"

#include "app/core/DateText.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/common/FileDialogs.h"
#include "ui/map/BasemapDialog.h"
#include "ui/map/MapBridge.h"
#include "ui/map/MarkerClusterModel.h"
#include "ui/map/OnlineEventModel.h"
#include "ui/map/RegionShapeModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

// The places the toolbar moves the view to, in one click each: the box each fits in the view.
struct Territory {
    const char* name;
    const char* objectName;
    double south;
    double west;
    double north;
    double east;
};

// Mainland France with Corsica first: the map's first view.
const Territory territories[] = {
    { QT_TRANSLATE_NOOP("MapWidget", "Mainland France"), "mainland", 41.3, -5.2, 51.15, 9.6 },
    { QT_TRANSLATE_NOOP("MapWidget", "Guadeloupe"), "guadeloupe", 15.8, -61.85, 16.55, -61.0 },
    { QT_TRANSLATE_NOOP("MapWidget", "Martinique"), "martinique", 14.38, -61.25, 14.9, -60.8 },
    { QT_TRANSLATE_NOOP("MapWidget", "Guyane"), "guyane", 2.1, -54.6, 5.8, -51.6 },
    { QT_TRANSLATE_NOOP("MapWidget", "La Réunion"), "reunion", -21.4, 55.2, -20.85, 55.85 },
    { QT_TRANSLATE_NOOP("MapWidget", "Mayotte"), "mayotte", -13.0, 44.95, -12.6, 45.3 },
};

QGeoRectangle boxOf(const Territory& territory)
{
    return QGeoRectangle(QGeoCoordinate(territory.north, territory.west), QGeoCoordinate(territory.south, territory.east));
}

// Web Mercator's northing of a latitude, in radians.
double mercatorY(double latitude)
{
    const double phi = qDegreesToRadians(latitude);
    return std::log(std::tan(M_PI / 4 + phi / 2));
}

// A cluster clicked at or beyond this zoom selects its requests instead of zooming further:
// they share a place (a commune's centre).
constexpr double DeepestZoom = 15.0;

} // namespace

MapWidget::MapWidget(ReviewQueueModel* queue, SharedFilter* filter, QWidget* parent)
    : QStackedWidget(parent)
    , m_queue(queue)
    , m_filter(filter)
    , m_regions(new RegionShapeModel(RegionShapeModel::Level::Region, this))
    , m_departements(new RegionShapeModel(RegionShapeModel::Level::Departement, this))
    , m_clusters(new MarkerClusterModel(this))
    , m_online(new OnlineEventModel(this))
    , m_bridge(new MapBridge(this))
    , m_page(new QWidget(this))
    , m_quick(new QQuickWidget(m_page))
    , m_onlineList(new QListView(m_page))
    , m_measure(new QComboBox(m_page))
    , m_onlyVisible(new QAction(tr("Only what the map shows"), this))
    , m_closePopup(new QAction(tr("Close the popup"), this))
    , m_error(new QLabel(this))
    , m_viewTimer(new QTimer(this))
    , m_restrictTimer(new QTimer(this))
{
    initUi();
    QString error;
    if (!m_regions->load(QStringLiteral(":/geo/regions-avec-outre-mer-simplifie.geojson"), &error)
        || !m_departements->load(QStringLiteral(":/geo/departements-avec-outre-mer-simplifie.geojson"), &error)) {
        showError(error);
        return;
    }
    setupConnections();
}

// The QML goes first: its bindings read the models and the bridge until it is gone.
MapWidget::~MapWidget()
{
    delete m_quick;
}

void MapWidget::initUi()
{
    m_quick->setObjectName(QStringLiteral("mapQuickWidget"));
    m_error->setObjectName(QStringLiteral("mapError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* tools = new QToolBar(m_page);
    tools->setObjectName(QStringLiteral("mapTools"));
    int key = Qt::Key_0;
    for (const Territory& territory : territories) {
        QAction* action = tools->addAction(tr(territory.name));
        action->setObjectName(QStringLiteral("show-%1").arg(QLatin1String(territory.objectName)));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(key++)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("Show %1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, box = boxOf(territory)] { fitArea(box); });
    }
    tools->addSeparator();
    m_measure->setObjectName(QStringLiteral("mapMeasure"));
    m_measure->setToolTip(tr("What colours the régions and départements"));
    for (RegionShapeModel::Measure measure : RegionShapeModel::measures()) {
        m_measure->addItem(RegionShapeModel::measureName(measure), int(measure));
    }
    tools->addWidget(m_measure);
    m_onlyVisible->setObjectName(QStringLiteral("mapOnlyVisible"));
    m_onlyVisible->setCheckable(true);
    m_onlyVisible->setToolTip(tr("Restricts the queue, the statistics and the map to the requests in view"));
    tools->addAction(m_onlyVisible);
    tools->addSeparator();
    QAction* exportImage = tools->addAction(tr("Export as PNG…"));
    exportImage->setObjectName(QStringLiteral("mapExportImage"));
    connect(exportImage, &QAction::triggered, this, &MapWidget::exportImageAs);
    QAction* basemap = tools->addAction(tr("Basemap…"));
    basemap->setObjectName(QStringLiteral("mapBasemap"));
    connect(basemap, &QAction::triggered, this, &MapWidget::editBasemap);

    auto* online = new QWidget(m_page);
    auto* onlineLayout = new QVBoxLayout(online);
    onlineLayout->setContentsMargins(0, 0, 0, 0);
    auto* onlineTitle = new QLabel(tr("Online events (no place on the map)"), online);
    onlineTitle->setWordWrap(true);
    onlineLayout->addWidget(onlineTitle);
    m_onlineList->setObjectName(QStringLiteral("mapOnlineList"));
    m_onlineList->setModel(m_online);
    m_onlineList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_onlineList->setUniformItemSizes(true); // three lines each
    m_onlineList->setAlternatingRowColors(true);
    m_onlineList->setToolTip(tr("Enter or double-click opens the request."));
    onlineLayout->addWidget(m_onlineList);

    auto* splitter = new QSplitter(m_page);
    splitter->addWidget(m_quick);
    splitter->addWidget(online);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    // Long titles would otherwise widen the list at the map's expense.
    splitter->setSizes({ 1100, 260 });
    // Which requests the map shows: the filter shared with the queue and the statistics.
    m_filterLabel = new QLabel(m_page);
    m_filterLabel->setObjectName(QStringLiteral("mapFilter"));
    // One line whatever the filter says (the whole of it in the tooltip): a line more would shrink
    // the map under the reviewer's eyes, and move the area it shows, when the filter changes.
    m_filterLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_filterLabel->setContentsMargins(6, 2, 6, 2);
    auto* layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_filterLabel);
    layout->addWidget(splitter, 1); // the map takes every pixel the two lines above leave
    addWidget(m_page);
    addWidget(m_error);

    // A camera change is reported every frame while panning: the grouping follows once it settles.
    m_viewTimer->setSingleShot(true);
    m_viewTimer->setInterval(16);
    m_restrictTimer->setSingleShot(true);
    m_restrictTimer->setInterval(400);
    m_bridge->setBasemap(BasemapSettings::load());
    m_quick->installEventFilter(this);
    // Escape closes the popup, wherever the focus is on the map's page.
    m_closePopup->setObjectName(QStringLiteral("mapClosePopup"));
    m_closePopup->setShortcut(QKeySequence(Qt::Key_Escape));
    m_closePopup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_closePopup->setEnabled(false);
    m_page->addAction(m_closePopup);
}

void MapWidget::setupConnections()
{
    connect(m_queue, &ReviewQueueModel::eventsChanged, this, &MapWidget::markStale);
    connect(m_bridge, &MapBridge::viewChanged, m_viewTimer, qOverload<>(&QTimer::start));
    connect(m_viewTimer, &QTimer::timeout, this, &MapWidget::applyView);
    connect(m_restrictTimer, &QTimer::timeout, this, &MapWidget::restrictQueueToView);
    connect(m_onlyVisible, &QAction::toggled, this, &MapWidget::restrictQueueToView);
    // The option follows the filter: a restored filter with the map's box turns it on, a reset
    // filter turns it off.
    const auto followFilter = [this] {
        const QSignalBlocker blocker(m_onlyVisible);
        m_onlyVisible->setChecked(m_filter->filter().area.has_value());
    };
    followFilter();
    connect(m_filter, &SharedFilter::changed, this, followFilter);
    const auto describeFilter = [this] {
        m_filterLabel->setText(tr("<b>Shown:</b> %1").arg(m_filter->describe().toHtmlEscaped()));
        m_filterLabel->setToolTip(m_filter->describe());
    };
    describeFilter();
    connect(m_filter, &SharedFilter::changed, this, describeFilter);
    connect(m_bridge, &MapBridge::markerClicked, this, &MapWidget::markerClicked);
    connect(m_bridge, &MapBridge::markerDoubleClicked, this, &MapWidget::markerDoubleClicked);
    connect(m_bridge, &MapBridge::areaSelected, this, [this](const QGeoRectangle& area) {
        selectOnMap(m_clusters->eventsIn(area));
    });
    connect(m_bridge, &MapBridge::eventOpened, this, &MapWidget::eventOpened);
    connect(m_bridge, &MapBridge::popupChanged, this, [this] { m_closePopup->setEnabled(m_bridge->popupEventId() != 0); });
    connect(m_closePopup, &QAction::triggered, m_bridge, &MapBridge::closePopup);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        const auto measure = RegionShapeModel::Measure(m_measure->currentData().toInt());
        m_regions->setMeasure(measure);
        m_departements->setMeasure(measure);
        updateLegend();
    });
    connect(m_onlineList->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex& index : m_onlineList->selectionModel()->selectedRows()) {
            ids.append(index.data(OnlineEventModel::EventIdRole).toLongLong());
        }
        if (!ids.isEmpty()) {
            emit eventsSelected(ids);
        }
    });
    connect(m_onlineList, &QListView::activated, this, [this](const QModelIndex& index) {
        emit eventOpened(index.data(OnlineEventModel::EventIdRole).toLongLong());
    });
}

void MapWidget::showEvent(QShowEvent* event)
{
    QStackedWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
    // The first view is mainland France whatever request the queue has selected.
    const bool firstShow = !m_loadTried;
    if (firstShow) {
        loadMap();
    }
    if (m_selectionStale) {
        applySelection(!firstShow);
    }
}

// The QML map is built the first time the map is shown, not at start-up: a reviewer who never
// opens it pays nothing for it.
void MapWidget::loadMap()
{
    m_loadTried = true;
    if (!m_errorString.isEmpty()) {
        return; // the boundaries did not load: the error page stays
    }
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    fitArea(boxOf(territories[0]));
    // The QML's required properties are set as it is created (QQuickWidget has no
    // setInitialProperties()).
    const QUrl url(QStringLiteral("qrc:/qt/qml/SemaineAdmin/Map/EventMap.qml"));
    auto* component = new QQmlComponent(m_quick->engine(), url, m_quick);
    QObject* root = component->isReady()
        ? component->createWithInitialProperties({ { QStringLiteral("regionModel"), QVariant::fromValue(m_regions) },
              { QStringLiteral("departementModel"), QVariant::fromValue(m_departements) },
              { QStringLiteral("clusterModel"), QVariant::fromValue(m_clusters) },
              { QStringLiteral("mapBridge"), QVariant::fromValue(m_bridge) } },
              m_quick->rootContext())
        : nullptr;
    if (!root) {
        QStringList messages;
        for (const QQmlError& qmlError : component->errors()) {
            messages << qmlError.toString();
        }
        delete component;
        showError(messages.join(QLatin1Char('\n')));
        return;
    }
    m_quick->setContent(url, component, root);
    m_ready = true;
    setCurrentWidget(m_page);
    checkBasemap();
}

void MapWidget::reloadMap()
{
    if (!m_ready) {
        return;
    }
    m_quick->setSource({});
    m_quick->engine()->clearComponentCache();
    m_bridge->setNotice({});
    loadMap();
}

void MapWidget::showError(const QString& message)
{
    m_ready = false;
    m_errorString = message;
    m_error->setText(
        tr("The map cannot be shown; the rest of the application works as usual.\n\n%1").arg(message));
    setCurrentWidget(m_error);
}

// The map reads the filter's requests only while it is shown.
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
    const QList<MapPoint> points = m_queue->mapPoints();
    const GeoReference& geo = GeoReference::embedded();
    m_regions->setPoints(points, geo);
    m_departements->setPoints(points, geo);
    m_clusters->setPoints(points);
    m_online->setPoints(points);
    updateLegend();
    // A popup whose request the filter no longer shows goes with its marker.
    const qint64 popup = m_bridge->popupEventId();
    if (popup && std::none_of(points.cbegin(), points.cend(), [popup](const MapPoint& p) { return p.id == popup; })) {
        m_bridge->closePopup();
    }
}

bool MapWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A click on the map outside the popup closes it; a marker clicked opens its own right after,
    // as the map handles the click once this has seen it. A drag (panning) is not a click.
    if (watched == m_quick && m_bridge->popupEventId()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressedAt = static_cast<QMouseEvent*>(event)->position();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const QPointF at = static_cast<QMouseEvent*>(event)->position();
            const QQuickItem* popup
                = m_quick->rootObject() ? m_quick->rootObject()->findChild<QQuickItem*>(QStringLiteral("mapPopup")) : nullptr;
            const bool inPopup = popup && popup->contains(popup->mapFromScene(at));
            if (!inPopup && (at - m_pressedAt).manhattanLength() < QApplication::startDragDistance()) {
                m_bridge->closePopup();
            }
        }
    }
    return QStackedWidget::eventFilter(watched, event);
}

void MapWidget::applyView()
{
    m_clusters->setView(m_bridge->viewZoomLevel(), m_bridge->viewArea());
    if (m_onlyVisible->isChecked()) {
        m_restrictTimer->start();
    }
}

void MapWidget::updateLegend()
{
    m_bridge->setLegend(RegionShapeModel::measureName(m_regions->measure()), m_regions->maximumText());
}

// The shared filter keeps the view's box while the option is on: the queue and the statistics
// show what the map shows.
void MapWidget::restrictQueueToView()
{
    EventFilter filter = m_filter->filter();
    const QGeoRectangle view = m_bridge->viewArea();
    if (m_onlyVisible->isChecked() && view.isValid()) {
        filter.area = EventFilter::Area { view.bottomRight().latitude(), view.topLeft().longitude(),
            view.topLeft().latitude(), view.bottomRight().longitude() };
    } else {
        filter.area.reset();
    }
    if (filter != m_filter->filter()) {
        m_filter->setFilter(filter);
    }
}

// While the map is hidden the selection waits: each step in the queue would otherwise regroup
// every point for a map nobody sees.
void MapWidget::setSelectedEvents(const QList<qint64>& eventIds)
{
    m_selected = QSet<qint64>(eventIds.cbegin(), eventIds.cend());
    m_selectionStale = true;
    if (isVisible()) {
        applySelection(true);
    }
}

void MapWidget::applySelection(bool centre)
{
    m_selectionStale = false;
    m_clusters->setSelected(m_selected);
    // While the queue shows only what the map shows, the map stays still: centring it on the
    // queue's current row (the first one after each filter change) would move the area, which
    // changes the queue, which selects another first row...
    const QGeoRectangle bounds = m_clusters->boundsOf(m_selected);
    if (centre && bounds.isValid() && !m_filter->filter().area) {
        m_bridge->showArea(bounds.center(), m_bridge->viewZoomLevel());
    }
}

// Chosen on the map: highlighted here, and the queue selects their rows (without the map
// moving, as a selection from the queue would).
void MapWidget::selectOnMap(const QList<qint64>& eventIds)
{
    m_selected = QSet<qint64>(eventIds.cbegin(), eventIds.cend());
    m_clusters->setSelected(m_selected);
    emit eventsSelected(eventIds);
}

void MapWidget::markerClicked(int row)
{
    if (row < 0 || row >= m_clusters->rowCount()) {
        return;
    }
    const QModelIndex index = m_clusters->index(row);
    const auto where = index.data(MarkerClusterModel::CoordinateRole).value<QGeoCoordinate>();
    const qint64 eventId = index.data(MarkerClusterModel::EventIdRole).toLongLong();
    const double zoom = m_bridge->viewZoomLevel();
    if (eventId > 0) {
        selectOnMap({ eventId });
        showPopup(eventId, where);
    } else if (zoom < DeepestZoom) {
        // Into the next grouping: région → département → cells, then closer.
        const double next = zoom < MarkerClusterModel::DepartementZoom ? MarkerClusterModel::DepartementZoom + 0.5
            : zoom < MarkerClusterModel::GridZoom                       ? MarkerClusterModel::GridZoom + 0.5
                                                                        : zoom + 2;
        m_bridge->showArea(where, std::min(next, DeepestZoom));
    } else {
        selectOnMap(m_clusters->eventsOf(row));
    }
}

void MapWidget::markerDoubleClicked(int row)
{
    if (row >= 0 && row < m_clusters->rowCount()) {
        const qint64 eventId = m_clusters->index(row).data(MarkerClusterModel::EventIdRole).toLongLong();
        if (eventId > 0) {
            emit eventOpened(eventId);
        }
    }
}

void MapWidget::fitArea(const QGeoRectangle& box)
{
    // With a margin; a map not laid out yet counts as a small one.
    const QSizeF view = QSizeF(m_quick->size().expandedTo(QSize(200, 200))) * 0.94;
    const double world = 256.0; // pixels of the whole world at zoom 0
    const double north = box.topLeft().latitude();
    const double south = box.bottomRight().latitude();
    const double byWidth = std::log2(view.width() * 360.0 / (world * box.width()));
    const double byHeight = std::log2(view.height() * 2 * M_PI / (world * (mercatorY(north) - mercatorY(south))));
    const double middle = (mercatorY(north) + mercatorY(south)) / 2;
    const QGeoCoordinate centre(qRadiansToDegrees(2 * std::atan(std::exp(middle)) - M_PI / 2), box.center().longitude());
    m_bridge->showArea(centre, std::min(byWidth, byHeight));
}

// The popup reads the request from the queue's page cache: one request, not the map's points.
void MapWidget::showPopup(qint64 eventId, const QGeoCoordinate& where)
{
    const int row = m_queue->rowOf(eventId);
    if (row < 0) {
        m_bridge->closePopup();
        return;
    }
    const Event& event = m_queue->event(row);
    QStringList failed;
    for (Check check : m_queue->report(row).failedConditions()) {
        failed << tr("%1 (%2)").arg(LabelRules::code(check), LabelRules::title(check));
    }
    const QString dates = event.startsAt.isValid()
        ? tr("%1 to %2").arg(DateText::longDateTime(event.startsAt), DateText::longDateTime(event.endsAt))
        : tr("Dates unknown");
    QString text = tr("<b>%1</b><br>%2<br>%3<br>Status: %4")
                       .arg(event.title.toHtmlEscaped(), event.organiserName.toHtmlEscaped(), dates.toHtmlEscaped(),
                           EventStatuses::displayName(event.status).toHtmlEscaped());
    if (!failed.isEmpty()) {
        text += tr("<br>Fails: %1").arg(failed.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_bridge->showPopup(eventId, where, text, tr("Open"));
}

bool MapWidget::exportImage(const QString& path)
{
    return m_ready && m_quick->grabFramebuffer().save(path, "PNG");
}

void MapWidget::exportImageAs()
{
    const QString path = FileDialogs::saveFileName(this, FileDialogs::Kind::MapImage, tr("Export the map"),
        FileDialogs::datedName(tr("map"), QStringLiteral("png"), QDate::currentDate()), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportImage(path)) {
        QMessageBox::warning(this, tr("Export the map"), tr("Cannot write the image %1.").arg(path));
    }
}

void MapWidget::editBasemap()
{
    BasemapDialog dialog(m_bridge->basemap(), this);
    if (dialog.exec() == QDialog::Accepted) {
        dialog.settings().save();
        m_bridge->setBasemap(dialog.settings());
        reloadMap();
    }
}

// The osm plugin says nothing when tiles fail: one tile is asked for here, and if it does not
// come the map says so discreetly, keeping its own layers.
void MapWidget::checkBasemap()
{
    const BasemapSettings& basemap = m_bridge->basemap();
    if (!basemap.enabled) {
        return;
    }
    auto* network = new QNetworkAccessManager(this);
    QNetworkRequest request(QUrl(basemap.tileHost + QStringLiteral("0/0/0.png")));
    request.setHeader(QNetworkRequest::UserAgentHeader, basemap.userAgent);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, network] {
        if (reply->error() != QNetworkReply::NoError) {
            m_bridge->setNotice(tr("Basemap unavailable (%1): the map shows its own layers.").arg(reply->errorString()));
        }
        reply->deleteLater();
        network->deleteLater();
    });
}
