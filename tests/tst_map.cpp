// The map, offscreen, through the real main window: it loads without a QML warning and draws the
// régions' colours where they are; the clusters add up to the filter's placed requests at every
// grouping; clicks, rectangles and the queue's selection go both ways; the tiled basemap without
// a network keeps the offline layers; the view exports as PNG.
#include "DemoStore.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/map/BasemapSettings.h"
#include "ui/map/MapBridge.h"
#include "ui/map/MapWidget.h"
#include "ui/map/MarkerClusterModel.h"
#include "ui/map/MarkerLayer.h"
#include "ui/map/OnlineEventModel.h"
#include "ui/map/RegionShapeModel.h"
#include "ui/map/WebMercator.h"
#include "ui/queue/QueueView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace {

QStringList capturedWarnings;

void captureWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform plugin says this of every top-level window; it is not the map's.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    if (type != QtDebugMsg && type != QtInfoMsg) {
        capturedWarnings << QStringLiteral("[%1] %2").arg(
            QLatin1String(context.category ? context.category : ""), message);
    }
}

// The QML Map item inside the MapView.
QQuickItem* mapItem(MapWidget* map)
{
    for (QQuickItem* item : map->quickWidget()->rootObject()->findChildren<QQuickItem*>()) {
        if (QByteArray(item->metaObject()->className()).startsWith("QDeclarativeGeoMap")) {
            return item;
        }
    }
    return nullptr;
}

// Where the map draws this coordinate, in the widget's pixels.
// The markers are grouped for the view as it is and a frame has been drawn since: what the layer
// hit-tests and the pixels read are those of that view. Waited for, however loaded the machine.
bool drawnAsItIs(MapWidget* map)
{
    if (!QTest::qWaitFor([map] { return map->isViewApplied(); }, 15000)) {
        return false;
    }
    QQuickWindow* window = map->quickWidget()->quickWindow();
    QSignalSpy drawn(window, &QQuickWindow::afterRendering);
    window->update();
    return drawn.wait(15000) || !drawn.isEmpty();
}

QPoint pixelOf(MapWidget* map, const QGeoCoordinate& coordinate)
{
    QPointF point;
    QMetaObject::invokeMethod(mapItem(map), "fromCoordinate", Q_RETURN_ARG(QPointF, point),
        Q_ARG(QGeoCoordinate, coordinate), Q_ARG(bool, false));
    return mapItem(map)->mapToScene(point).toPoint();
}

// The coordinate the map draws at this pixel of the widget.
QGeoCoordinate coordinateAt(MapWidget* map, const QPointF& pixel)
{
    QGeoCoordinate coordinate;
    QMetaObject::invokeMethod(mapItem(map), "toCoordinate", Q_RETURN_ARG(QGeoCoordinate, coordinate),
        Q_ARG(QPointF, mapItem(map)->mapFromScene(pixel)), Q_ARG(bool, false));
    return coordinate;
}

MarkerLayer* markerLayer(MapWidget* map)
{
    return map->quickWidget()->rootObject()->findChild<MarkerLayer*>();
}

// A Shift+drag on the map, as the hand does it: pressed, moved in steps, released.
void shiftDrag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::ShiftModifier, from);
    for (int step = 1; step <= 10; ++step) {
        QTest::mouseEvent(
            QTest::MouseMove, widget, Qt::NoButton, Qt::ShiftModifier, from + (to - from) * step / 10);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::ShiftModifier, to);
}

QColor fillOf(const RegionShapeModel* model, const QString& code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(RegionShapeModel::CodeRole).toString() == code) {
            return model->index(row).data(RegionShapeModel::FillColorRole).value<QColor>();
        }
    }
    return {};
}

// Fontainebleau: inside Île-de-France, away from the région's cluster around Paris.
const QGeoCoordinate inIleDeFrance(48.40, 2.70);
const QGeoCoordinate inBretagne(48.10, -2.90);

// Points spread over the whole world, crowded around Paris, some on the world's edges and on one
// meridian, some without a place; their ids in the order given.
QList<MapPoint> scatteredPoints()
{
    QRandomGenerator random(16);
    QList<MapPoint> points;
    for (int i = 0; i < 3000; ++i) {
        MapPoint point;
        point.id = i + 1;
        point.status = EventStatus(random.bounded(6));
        point.failing = random.bounded(4) == 0 ? 1 : 0;
        point.region = QString::number(random.bounded(3));
        point.departement = QString::number(random.bounded(9));
        switch (i % 6) {
        case 0: // anywhere
            point.latitude = random.bounded(170.0) - 85.0;
            point.longitude = random.bounded(360.0) - 180.0;
            break;
        case 1: // Paris and around
        case 2:
            point.latitude = 48.85 + random.bounded(0.2) - 0.1;
            point.longitude = 2.35 + random.bounded(0.2) - 0.1;
            break;
        case 3: // on the world's edges
            point.latitude = random.bounded(20.0) - 10.0;
            point.longitude = random.bounded(2) == 0 ? -180.0 : 180.0;
            break;
        case 4: // on one meridian, the edge of a rectangle below
            point.latitude = random.bounded(20.0) - 10.0;
            point.longitude = -175.0;
            break;
        default: // no place
            break;
        }
        points.append(point);
    }
    return points;
}

// The clusters of a grid pass, worked out the long way: every point, in its order, into the cell
// it falls in when that cell is in the view or one around it. Each group holds its points' ids.
QList<QList<qint64>> gridByHand(const QList<MapPoint>& points, double zoomLevel, const QGeoRectangle& visible)
{
    const double cells = 256.0 * std::pow(2.0, zoomLevel) / MarkerClusterModel::CellPixels;
    const bool wholeWorld = !visible.isValid() || visible.isEmpty();
    const double left
        = wholeWorld ? 0.0 : std::floor(WebMercator::x(visible.topLeft().longitude()) * cells) - 1;
    const double right
        = wholeWorld ? cells : std::floor(WebMercator::x(visible.bottomRight().longitude()) * cells) + 1;
    const double top
        = wholeWorld ? 0.0 : std::floor(WebMercator::y(visible.topLeft().latitude()) * cells) - 1;
    const double bottom
        = wholeWorld ? cells : std::floor(WebMercator::y(visible.bottomRight().latitude()) * cells) + 1;
    QList<QList<qint64>> groups;
    QList<std::pair<double, double>> cellOfGroup;
    for (const MapPoint& point : points) {
        if (!point.hasPlace()) {
            continue;
        }
        const double cx = std::floor(WebMercator::x(point.longitude) * cells);
        const double cy = std::floor(WebMercator::y(point.latitude) * cells);
        if (cx < left || cx > right || cy < top || cy > bottom) {
            continue;
        }
        const qsizetype group = cellOfGroup.indexOf(std::pair(cx, cy));
        if (group < 0) {
            cellOfGroup.append({ cx, cy });
            groups.append(QList<qint64> { point.id });
        } else {
            groups[group].append(point.id);
        }
    }
    return groups;
}

} // namespace

class TestMap : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clustersAddUpAtEveryGrouping();
    void gridPassGivesTheClustersOfTheFullWalk_data();
    void gridPassGivesTheClustersOfTheFullWalk();
    void rectangleGivesThePointsOfTheFullWalk_data();
    void rectangleGivesThePointsOfTheFullWalk();
    void regionShapesAndFigures();
    void loadsWithoutWarningsAndDrawsTheRegions();
    void boundariesWaitForTheMapYetItOpensWhole();
    void departementsTakeTheRegionsPlaceWhenZoomedIn();
    void markerClickSelectsTheEvent();
    void firstViewIsMainlandFrance();
    void popupClosesByEscapeAClickElsewhereOrTheFilter();
    void rectangleSelectsTheMarkersInside();
    void markerLayerHitTestsClicksAndRectangles();
    void queueSelectionCentresTheMap();
    void onlineEventsAreListedApart();
    void saysWhichFilterApplies();
    void onlyWhatTheMapShowsRestrictsTheQueue();
    void basemapWithoutNetworkKeepsTheRegions();
    void exportsThePicture();

private:
    // The window on the map, the filter on Île-de-France: its région alone is coloured.
    void showMap(MainWindow& window);
    QList<Event> placedIn(const QString& region) const;
    // Zooms in on a request until its marker stands alone; that marker's row, -1 when it never does.
    static int zoomOnASingleMarker(MapWidget* map, const Event& target);

    std::unique_ptr<DemoStore> m_store;
};

void TestMap::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(400, 7), QString());
}

void TestMap::cleanup() { m_store.reset(); }

QList<Event> TestMap::placedIn(const QString& region) const
{
    QList<Event> placed;
    for (const Event& event : EventRepository(m_store->database).all(2018).value()) {
        if ((region.isEmpty() || event.region == region) && event.latitude && event.longitude) {
            placed.append(event);
        }
    }
    return placed;
}

void TestMap::showMap(MainWindow& window)
{
    EventFilter filter;
    filter.region = QStringLiteral("11");
    window.findChild<SharedFilter*>()->setFilter(filter);
    window.resize(1400, 900);
    window.show();
    window.showPlace(MainWindow::MapPlace);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.mapWidget()->isReady(), qPrintable(window.mapWidget()->errorString()));
    QTRY_VERIFY(mapItem(window.mapWidget()) != nullptr);
    QVERIFY(drawnAsItIs(window.mapWidget()));
}

void TestMap::clustersAddUpAtEveryGrouping()
{
    MainWindow window(m_store->database);
    MarkerClusterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPoints(window.queueModel()->mapPoints().value());
    const QList<Event> placed = placedIn({});
    QCOMPARE(model.placedCount(), int(placed.size()));
    QSet<QString> regions;
    QSet<QString> departements;
    int failingPlaced = 0;
    for (const Event& event : placed) {
        failingPlaced += LabelRules::evaluateAll(event, window.queueModel()->context(false))
                             .failedConditions()
                             .isEmpty()
            ? 0
            : 1;
        regions.insert(event.region);
        departements.insert(event.departement);
    }
    const QList<std::pair<double, int>> levels { { 5.0, int(regions.size()) },
        { 7.0, int(departements.size()) }, { 10.0, -1 } };
    for (const auto& [zoom, groups] : levels) {
        model.setView(zoom, QGeoRectangle()); // the whole world in view
        int sum = 0;
        int failingSum = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const int count = index.data(MarkerClusterModel::CountRole).toInt();
            QVERIFY(count > 0);
            QCOMPARE(index.data(MarkerClusterModel::EventIdRole).toLongLong() > 0, count == 1);
            QVERIFY(index.data(MarkerClusterModel::CoordinateRole).value<QGeoCoordinate>().isValid());
            const int failing = index.data(MarkerClusterModel::FailingCountRole).toInt();
            QVERIFY(failing >= 0 && failing <= count);
            QCOMPARE(index.data(MarkerClusterModel::FailsConditionRole).toBool(), failing > 0);
            failingSum += failing;
            sum += count;
        }
        QCOMPARE(sum, int(placed.size()));
        QCOMPARE(failingSum, failingPlaced);
        if (groups > 0) {
            QCOMPARE(model.rowCount(), groups);
        } else {
            // Screen cells split the départements further.
            QVERIFY(model.rowCount() > int(departements.size()));
        }
    }
    // A visible part keeps only the cells in and around it.
    model.setView(10.0, QGeoRectangle(QGeoCoordinate(49.2, 1.4), QGeoCoordinate(48.1, 3.6)));
    int inView = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        inView += model.index(row).data(MarkerClusterModel::CountRole).toInt();
    }
    QVERIFY(inView > 0);
    QVERIFY(inView < int(placed.size()));
}

// The grid pass reads only the visible columns' points: its rows are still exactly those of a walk
// over every point, in the same order, with the same members, at the world's edges too.
void TestMap::gridPassGivesTheClustersOfTheFullWalk_data()
{
    QTest::addColumn<double>("zoomLevel");
    QTest::addColumn<QGeoRectangle>("visible");
    QTest::newRow("a town") << 12.0 << QGeoRectangle(QGeoCoordinate(48.9, 2.3), QGeoCoordinate(48.8, 2.4));
    QTest::newRow("a région") << 9.0 << QGeoRectangle(QGeoCoordinate(49.5, 1.0), QGeoCoordinate(48.0, 4.0));
    QTest::newRow("the western edge")
        << 9.0 << QGeoRectangle(QGeoCoordinate(10.0, -180.0), QGeoCoordinate(-10.0, -175.0));
    QTest::newRow("the eastern edge")
        << 9.0 << QGeoRectangle(QGeoCoordinate(10.0, 176.0), QGeoCoordinate(-10.0, 180.0));
    QTest::newRow("across the antimeridian")
        << 9.0 << QGeoRectangle(QGeoCoordinate(10.0, 178.0), QGeoCoordinate(-10.0, -178.0));
    QTest::newRow("the whole world") << 9.0 << QGeoRectangle();
}

void TestMap::gridPassGivesTheClustersOfTheFullWalk()
{
    QFETCH(double, zoomLevel);
    QFETCH(QGeoRectangle, visible);
    const QList<MapPoint> points = scatteredPoints();
    MarkerClusterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPoints(points);
    model.setView(zoomLevel, visible);
    const QList<QList<qint64>> expected = gridByHand(points, zoomLevel, model.visible());
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.eventsOf(row), expected.at(row));
        QCOMPARE(model.marker(row).count, int(expected.at(row).size()));
    }
    // Back to the régions, every point counts again.
    model.setView(5.0, visible);
    int sum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        sum += model.marker(row).count;
    }
    QCOMPARE(sum, model.placedCount());
}

// A rectangle reads only its columns' points: the same ids, in the same order, as a check of every
// point, edges included.
void TestMap::rectangleGivesThePointsOfTheFullWalk_data()
{
    QTest::addColumn<QRectF>("place");
    const auto at = [](double latitude, double longitude) {
        return QPointF(WebMercator::x(longitude), WebMercator::y(latitude));
    };
    QTest::newRow("around Paris") << QRectF(at(48.9, 2.3), at(48.8, 2.4));
    QTest::newRow("from the meridian of a column of points") << QRectF(at(10.0, -175.0), at(-10.0, -170.0));
    QTest::newRow("up to that meridian") << QRectF(at(10.0, -178.0), at(-10.0, -175.0));
    QTest::newRow("the western edge") << QRectF(at(10.0, -180.0), at(-10.0, -179.0));
    QTest::newRow("the eastern edge") << QRectF(at(10.0, 179.0), at(-10.0, 180.0));
    QTest::newRow("the whole world") << QRectF(0.0, 0.0, 1.0, 1.0);
    QTest::newRow("empty") << QRectF(at(10.0, 100.0), at(10.0, 100.0));
}

void TestMap::rectangleGivesThePointsOfTheFullWalk()
{
    QFETCH(QRectF, place);
    const QList<MapPoint> points = scatteredPoints();
    MarkerClusterModel model;
    model.setPoints(points);
    QList<qint64> expected;
    for (const MapPoint& point : points) {
        const double x = WebMercator::x(point.longitude);
        const double y = WebMercator::y(point.latitude);
        if (point.hasPlace() && x >= place.left() && x <= place.right() && y >= place.top()
            && y <= place.bottom()) {
            expected.append(point.id);
        }
    }
    QCOMPARE(model.eventsIn(place), expected);
}

void TestMap::regionShapesAndFigures()
{
    RegionShapeModel shapes(RegionShapeModel::Level::Region);
    QAbstractItemModelTester tester(&shapes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(!shapes.load(QStringLiteral("/nonexistent/regions.geojson"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/regions.geojson")));
    QVERIFY(shapes.load(QStringLiteral(":/geo/regions-avec-outre-mer-simplifie.geojson"), &error));
    QSet<QString> codes;
    for (int row = 0; row < shapes.rowCount(); ++row) {
        codes.insert(shapes.index(row).data(RegionShapeModel::CodeRole).toString());
        QVERIFY(
            shapes.index(row).data(RegionShapeModel::PathRole).value<QList<QGeoCoordinate>>().size() >= 4);
    }
    QCOMPARE(codes.size(), 18);

    MainWindow window(m_store->database);
    shapes.setPoints(window.queueModel()->mapPoints().value(), GeoReference::embedded());
    int inRegion = 0;
    for (const Event& event : EventRepository(m_store->database).all(2018).value()) {
        inRegion += event.region == QLatin1String("11") ? 1 : 0;
    }
    const QString figures = shapes.figuresAt(QGeoCoordinate(48.8566, 2.3522));
    QVERIFY2(figures.startsWith(QStringLiteral("Île-de-France\n")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("Requests: %1 ").arg(inRegion)), qPrintable(figures));
    QVERIFY(shapes.figuresAt(QGeoCoordinate(40.0, -30.0)).isEmpty()); // the Atlantic
    QCOMPARE(RegionShapeModel::colourFor(0, 10), RegionShapeModel::colourFor(0, 0));
    QVERIFY(RegionShapeModel::colourFor(10, 10).lightness() < RegionShapeModel::colourFor(1, 10).lightness());
}

void TestMap::loadsWithoutWarningsAndDrawsTheRegions()
{
    capturedWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureWarnings);
    {
        MainWindow window(m_store->database);
        showMap(window);
        MapWidget* map = window.mapWidget();
        const QImage image = map->quickWidget()->grabFramebuffer();
        const QColor ileDeFrance = fillOf(map->regionModel(), QStringLiteral("11"));
        const QColor bretagne = fillOf(map->regionModel(), QStringLiteral("53"));
        QVERIFY(ileDeFrance != bretagne); // only Île-de-France has requests in the filter
        const QPoint fontainebleau = pixelOf(map, inIleDeFrance);
        const QPoint rennes = pixelOf(map, inBretagne);
        QVERIFY(image.rect().contains(fontainebleau) && image.rect().contains(rennes));
        QCOMPARE(image.pixelColor(fontainebleau), ileDeFrance);
        QCOMPARE(image.pixelColor(rennes), bretagne);
        // The other measures recolour the same shapes.
        auto* measure = map->findChild<QComboBox*>(QStringLiteral("mapMeasure"));
        measure->setCurrentIndex(measure->findData(int(RegionShapeModel::Measure::FailingShare)));
        QCOMPARE(map->bridge()->legendTitle(),
            RegionShapeModel::measureName(RegionShapeModel::Measure::FailingShare));
    }
    qInstallMessageHandler(previous);
    QVERIFY2(capturedWarnings.isEmpty(), qPrintable(capturedWarnings.join(QLatin1Char('\n'))));
}

void TestMap::boundariesWaitForTheMapYetItOpensWhole()
{
    // The queue is painted without the boundaries: they are read when the map is first shown.
    MainWindow window(m_store->database);
    EventFilter filter;
    filter.region = QStringLiteral("11"); // no marker over Bretagne, whose colour is looked at
    window.findChild<SharedFilter*>()->setFilter(filter);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MapWidget* map = window.mapWidget();
    QCOMPARE(map->regionModel()->rowCount(), 0);
    QVERIFY(map->clusterModel()->rowCount() == 0);
    // Shown at once, it has its régions and markers from its first frame.
    window.showPlace(MainWindow::MapPlace);
    QVERIFY2(map->isReady(), qPrintable(map->errorString()));
    QVERIFY(map->regionModel()->rowCount() >= 18);
    QVERIFY(map->clusterModel()->rowCount() > 0);
    QTRY_VERIFY(mapItem(map) != nullptr);
    QVERIFY(drawnAsItIs(map));
    const QImage image = map->quickWidget()->grabFramebuffer();
    QCOMPARE(image.pixelColor(pixelOf(map, inBretagne)), fillOf(map->regionModel(), QStringLiteral("53")));
    MarkerLayer* layer = markerLayer(map);
    QVERIFY(layer);
    const QModelIndex first = map->clusterModel()->index(0);
    const QPointF marker
        = pixelOf(map, first.data(MarkerClusterModel::CoordinateRole).value<QGeoCoordinate>());
    QVERIFY(layer->rowAt(layer->mapFromScene(marker)) >= 0);
}

void TestMap::departementsTakeTheRegionsPlaceWhenZoomedIn()
{
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    // Seine-et-Marne's colour is its own requests', not its région's (the only one with requests);
    // compared as drawn, 8 bits a channel.
    const QColor ileDeFrance = fillOf(map->regionModel(), QStringLiteral("11"));
    const QColor seineEtMarne = fillOf(map->departementModel(), QStringLiteral("77"));
    QVERIFY(seineEtMarne.isValid() && seineEtMarne.rgb() != ileDeFrance.rgb());
    QCOMPARE(map->quickWidget()->grabFramebuffer().pixel(pixelOf(map, inIleDeFrance)), ileDeFrance.rgb());
    // Fontainebleau, zoomed in past the threshold, then back out.
    for (const auto& [zoom, colour] : { std::pair { MarkerClusterModel::DepartementZoom + 0.5, seineEtMarne },
             std::pair { MarkerClusterModel::DepartementZoom - 0.5, ileDeFrance } }) {
        map->bridge()->showArea(inIleDeFrance, zoom);
        QVERIFY(drawnAsItIs(map));
        const QPoint fontainebleau = pixelOf(map, inIleDeFrance);
        QCOMPARE(
            markerLayer(map)->rowAt(markerLayer(map)->mapFromScene(fontainebleau)), -1); // no marker over it
        QCOMPARE(map->quickWidget()->grabFramebuffer().pixel(fontainebleau), colour.rgb());
    }
}

void TestMap::markerClickSelectsTheEvent()
{
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    const int row = zoomOnASingleMarker(map, placedIn(QStringLiteral("11")).first());
    QVERIFY(row >= 0);
    const qint64 id = map->clusterModel()->index(row).data(MarkerClusterModel::EventIdRole).toLongLong();
    const auto where
        = map->clusterModel()->index(row).data(MarkerClusterModel::CoordinateRole).value<QGeoCoordinate>();
    QSignalSpy selected(map, &MapWidget::eventsSelected);
    QTest::mouseClick(map->quickWidget(), Qt::LeftButton, {}, pixelOf(map, where));
    QTRY_COMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().value<QList<qint64>>(), QList<qint64>({ id }));
    QCOMPARE(window.queueView()->selectedEventIds(), QList<qint64>({ id }));
    // The popup says which request it is, and "open" opens it.
    QVERIFY(map->bridge()->popupText().contains(
        window.queueModel()->eventAt(window.queueModel()->rowOf(id)).title.toHtmlEscaped()));
    QSignalSpy opened(map, &MapWidget::eventOpened);
    map->bridge()->openPopupEvent();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), id);
    // A double-click opens the request's form.
    QTest::mouseDClick(map->quickWidget(), Qt::LeftButton, {}, pixelOf(map, where));
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    QTRY_COMPARE(places->currentWidget(), window.findChild<QWidget*>(QStringLiteral("eventView")));
}

int TestMap::zoomOnASingleMarker(MapWidget* map, const Event& target)
{
    // Close enough for the request to stand alone in its cell.
    map->bridge()->showArea(QGeoCoordinate(*target.latitude, *target.longitude), 16);
    int row = -1;
    const auto single = [&] {
        if (map->bridge()->viewZoomLevel() != 16
            || MarkerClusterModel::groupingAt(map->bridge()->viewZoomLevel())
                != MarkerClusterModel::Grouping::Grid) {
            return false;
        }
        for (int r = 0; r < map->clusterModel()->rowCount(); ++r) {
            if (map->clusterModel()->index(r).data(MarkerClusterModel::EventIdRole).toLongLong() > 0) {
                row = r;
                return true;
            }
        }
        return false;
    };
    if (!QTest::qWaitFor(single, 15000) || !drawnAsItIs(map) || !single()) {
        return -1;
    }
    return row;
}

void TestMap::firstViewIsMainlandFrance()
{
    // At 1366×768, whatever request the queue has selected (one in Provence here).
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Event provence = placedIn(QStringLiteral("93")).first();
    window.queueView()->selectEvents({ provence.id });
    window.showPlace(MainWindow::MapPlace);
    MapWidget* map = window.mapWidget();
    QVERIFY2(map->isReady(), qPrintable(map->errorString()));
    // Dunkirk, Brest, Strasbourg, Menton and the south of Corsica are all in view.
    const QList<QGeoCoordinate> ends { { 51.05, 2.37 }, { 48.39, -4.49 }, { 48.58, 7.75 }, { 43.77, 7.5 },
        { 41.39, 9.16 } };
    QTRY_VERIFY(mapItem(map) != nullptr);
    QVERIFY(drawnAsItIs(map));
    const QRect shown = map->quickWidget()->rect();
    const auto allInView = [&] {
        return std::all_of(ends.cbegin(), ends.cend(),
            [&](const QGeoCoordinate& end) { return shown.contains(pixelOf(map, end)); });
    };
    for (const QGeoCoordinate& end : ends) {
        QVERIFY2(shown.contains(pixelOf(map, end)), qPrintable(end.toString()));
    }
    // And the toolbar's "Mainland France" comes back to it.
    map->bridge()->showArea(QGeoCoordinate(48.85, 2.35), 10);
    QTRY_VERIFY(!allInView());
    map->findChild<QAction*>(QStringLiteral("show-mainland"))->trigger();
    QTRY_VERIFY(allInView());
}

void TestMap::popupClosesByEscapeAClickElsewhereOrTheFilter()
{
    MainWindow window(m_store->database);
    showMap(window);
    window.resize(1366, 768);
    MapWidget* map = window.mapWidget();
    const int row = zoomOnASingleMarker(map, placedIn(QStringLiteral("11")).first());
    QVERIFY(row >= 0);
    const auto where
        = map->clusterModel()->index(row).data(MarkerClusterModel::CoordinateRole).value<QGeoCoordinate>();
    const auto openPopup = [&] {
        QTest::qWait(QApplication::doubleClickInterval() + 50); // a click, not the second of a double-click
        QTest::mouseClick(map->quickWidget(), Qt::LeftButton, {}, pixelOf(map, where));
        return map->bridge()->popupEventId() != 0;
    };
    QTRY_VERIFY(openPopup());
    // Escape.
    map->quickWidget()->setFocus();
    QTest::keyClick(map->quickWidget(), Qt::Key_Escape);
    QCOMPARE(map->bridge()->popupEventId(), 0);
    QVERIFY(map->bridge()->popupText().isEmpty());
    // A click elsewhere on the map, away from any marker.
    QTRY_VERIFY(openPopup());
    QPoint away = pixelOf(map, where) + QPoint(0, 150);
    for (int r = 0; r < map->clusterModel()->rowCount(); ++r) {
        const auto other
            = map->clusterModel()->index(r).data(MarkerClusterModel::CoordinateRole).value<QGeoCoordinate>();
        QVERIFY((pixelOf(map, other) - away).manhattanLength() > 30);
    }
    QTest::mouseClick(map->quickWidget(), Qt::LeftButton, {}, away);
    QCOMPARE(map->bridge()->popupEventId(), 0);
    // The request leaving the filter.
    QTRY_VERIFY(openPopup());
    EventFilter filter = window.sharedFilter()->filter();
    filter.region = QStringLiteral("93");
    window.sharedFilter()->setFilter(filter);
    QTRY_COMPARE(map->bridge()->popupEventId(), 0);
}

void TestMap::rectangleSelectsTheMarkersInside()
{
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    QSignalSpy selected(map, &MapWidget::eventsSelected);
    // Dragged from the bottom right up to the top left: corners in any order.
    const QPoint from = pixelOf(map, QGeoCoordinate(48.6, 2.6));
    const QPoint to = pixelOf(map, QGeoCoordinate(49.0, 2.0));
    const auto before = mapItem(map)->property("center").value<QGeoCoordinate>();
    shiftDrag(map->quickWidget(), from, to);
    // The map stays still under the rectangle.
    QCOMPARE(mapItem(map)->property("center").value<QGeoCoordinate>(), before);
    QTRY_COMPARE(selected.size(), 1);
    // What the rectangle's pixels cover on the map.
    const QGeoRectangle area(coordinateAt(map, to), coordinateAt(map, from));
    QSet<qint64> expected;
    for (const Event& event : placedIn(QStringLiteral("11"))) {
        if (area.contains(QGeoCoordinate(*event.latitude, *event.longitude))) {
            expected.insert(event.id);
        }
    }
    QVERIFY(!expected.isEmpty());
    const auto ids = selected.first().first().value<QList<qint64>>();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
    const QList<qint64> rows = window.queueView()->selectedEventIds();
    QCOMPARE(QSet<qint64>(rows.cbegin(), rows.cend()), expected);
}

// The one item that draws every marker finds the one on top under a click, a cluster's requests
// with it, and the requests in a rectangle, clustered or not; it draws each where the map puts it.
void TestMap::markerLayerHitTestsClicksAndRectangles()
{
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    MarkerLayer* layer = markerLayer(map);
    QVERIFY(layer);
    const double zoom = 12;
    map->bridge()->showArea(QGeoCoordinate(48.85, 2.35), zoom);
    QTRY_COMPARE(map->bridge()->viewZoomLevel(), zoom);
    QVERIFY(drawnAsItIs(map));
    // A screen cell's edge near the centre: two requests 6 pixels apart on either side of it are
    // two markers that overlap; five at one place in a cell further are one cluster; one more
    // stands alone.
    const double cells = 256.0 * std::pow(2.0, zoom) / MarkerClusterModel::CellPixels;
    const QGeoCoordinate centre = coordinateAt(map, map->quickWidget()->rect().center());
    const double edgeX = std::round(WebMercator::x(centre.longitude()) * cells) / cells;
    const double middleY = (std::floor(WebMercator::y(centre.latitude()) * cells) + 0.5) / cells;
    const QPointF edge = pixelOf(map, WebMercator::coordinate(edgeX, middleY));
    const auto pointAt = [&](qint64 id, const QPointF& pixel, EventStatus status) {
        MapPoint point;
        point.id = id;
        const QGeoCoordinate where = coordinateAt(map, pixel);
        point.latitude = where.latitude();
        point.longitude = where.longitude();
        point.status = status;
        point.region = QStringLiteral("11");
        point.departement = QStringLiteral("75");
        return point;
    };
    const QPointF west = edge - QPointF(3, 0);
    const QPointF east = edge + QPointF(3, 0);
    const QPointF crowd = edge + QPointF(2 * MarkerClusterModel::CellPixels, 0);
    const QPointF alone = edge - QPointF(2 * MarkerClusterModel::CellPixels, 0);
    QList<MapPoint> points { pointAt(1, west, EventStatus::Submitted),
        pointAt(2, east, EventStatus::Refused) };
    for (qint64 id = 10; id < 15; ++id) {
        points.append(pointAt(id, crowd, EventStatus::Labelled));
    }
    points.append(pointAt(20, alone, EventStatus::Withdrawn));
    map->clusterModel()->setPoints(points);
    QCOMPARE(map->clusterModel()->rowCount(), 4);
    const auto eventsAt = [&](const QPointF& pixel) {
        const int row = layer->rowAt(layer->mapFromScene(pixel));
        return row < 0 ? QList<qint64>() : map->clusterModel()->eventsOf(row);
    };
    // Overlapping: the one drawn last is on top, until the other is selected.
    QCOMPARE(eventsAt(edge), QList<qint64>({ 2 }));
    QCOMPARE(eventsAt(west - QPointF(3, 0)), QList<qint64>({ 1 }));
    QCOMPARE(eventsAt(east + QPointF(3, 0)), QList<qint64>({ 2 }));
    map->clusterModel()->setSelected({ 1 });
    QCOMPARE(eventsAt(edge), QList<qint64>({ 1 }));
    QCOMPARE(eventsAt(crowd + QPointF(0, 8)), QList<qint64>({ 10, 11, 12, 13, 14 }));
    QCOMPARE(eventsAt(alone), QList<qint64>({ 20 }));
    QVERIFY(eventsAt(edge + QPointF(0, 20)).isEmpty());
    // Rectangles hold the places inside them, a cluster's one by one.
    const auto eventsIn = [&](const QPointF& corner, const QPointF& opposite) {
        QList<qint64> ids
            = layer->eventsIn(QRectF(layer->mapFromScene(corner), layer->mapFromScene(opposite)));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(eventsIn(west - QPointF(1, 1), east + QPointF(1, 1)), QList<qint64>({ 1, 2 }));
    QCOMPARE(eventsIn(edge - QPointF(1, 1), east + QPointF(1, 1)), QList<qint64>({ 2 }));
    QCOMPARE(
        eventsIn(crowd + QPointF(1, 1), west - QPointF(1, 1)), QList<qint64>({ 1, 2, 10, 11, 12, 13, 14 }));
    QVERIFY(eventsIn(alone + QPointF(2, 2), alone + QPointF(20, 20)).isEmpty());
    // Drawn where the map puts it, in its status's colour.
    const QImage image = map->quickWidget()->grabFramebuffer();
    QCOMPARE(image.pixelColor(alone.toPoint()), MarkerClusterModel::statusColour(EventStatus::Withdrawn));
}

void TestMap::queueSelectionCentresTheMap()
{
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    const QList<Event> placed = placedIn(QStringLiteral("11"));
    const Event target = placed.last();
    window.queueView()->selectEvents({ target.id });
    const QGeoCoordinate expected(*target.latitude, *target.longitude);
    QTRY_VERIFY(mapItem(map)->property("center").value<QGeoCoordinate>().distanceTo(expected) < 100);
    bool highlighted = false;
    for (int row = 0; row < map->clusterModel()->rowCount(); ++row) {
        highlighted
            = highlighted || map->clusterModel()->index(row).data(MarkerClusterModel::SelectedRole).toBool();
    }
    QVERIFY(highlighted);
    // Chosen while the map is hidden, shown when it comes back.
    window.showPlace(MainWindow::QueuePlace);
    const Event other = placed.first();
    window.queueView()->selectEvents({ other.id });
    window.showPlace(MainWindow::MapPlace);
    const QGeoCoordinate otherPlace(*other.latitude, *other.longitude);
    QTRY_VERIFY(mapItem(map)->property("center").value<QGeoCoordinate>().distanceTo(otherPlace) < 100);
    // Overseas in one click.
    map->findChild<QAction*>(QStringLiteral("show-reunion"))->trigger();
    QTRY_VERIFY(map->bridge()->viewArea().contains(QGeoCoordinate(-21.1, 55.5)));
}

void TestMap::onlineEventsAreListedApart()
{
    MainWindow window(m_store->database);
    window.resize(1400, 900);
    window.show();
    window.showPlace(MainWindow::MapPlace);
    int online = 0;
    for (const Event& event : EventRepository(m_store->database).all(2018).value()) {
        online += event.online ? 1 : 0;
    }
    QVERIFY(online > 0);
    OnlineEventModel* model = window.mapWidget()->onlineModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), online);
    // Each says which request it is: id, status, title and organiser; Enter opens it.
    const qint64 firstId = model->index(0).data(OnlineEventModel::EventIdRole).toLongLong();
    const Event first = *EventRepository(m_store->database).find(firstId);
    const QString text = model->index(0).data().toString();
    for (const QString& part :
        { first.requestId, EventStatuses::displayName(first.status), first.title, first.organiserName }) {
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
    }
    auto* list = window.findChild<QListView*>(QStringLiteral("mapOnlineList"));
    QSignalSpy opened(window.mapWidget(), &MapWidget::eventOpened);
    list->setFocus();
    list->setCurrentIndex(model->index(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), firstId);
}

// The map says which filter applies.
void TestMap::saysWhichFilterApplies()
{
    EventFilter filter;
    filter.region = QStringLiteral("53");
    MainWindow window(m_store->database);
    window.findChild<SharedFilter*>()->setFilter(filter);
    window.resize(1366, 768);
    window.show();
    window.showPlace(MainWindow::MapPlace);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MapWidget* map = window.mapWidget();
    const QString shown = map->findChild<QLabel*>(QStringLiteral("mapFilter"))->text();
    QVERIFY2(shown.contains(QStringLiteral("Bretagne")), qPrintable(shown));
    window.findChild<SharedFilter*>()->setFilter({});
    QVERIFY(
        !map->findChild<QLabel*>(QStringLiteral("mapFilter"))->text().contains(QStringLiteral("Bretagne")));
}

void TestMap::onlyWhatTheMapShowsRestrictsTheQueue()
{
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    const int inRegion = window.queueModel()->rowCount();
    map->bridge()->showArea(QGeoCoordinate(48.85, 2.35), 10);
    QTRY_COMPARE(map->bridge()->viewZoomLevel(), 10.0);
    auto* onlyVisible = map->findChild<QAction*>(QStringLiteral("mapOnlyVisible"));
    onlyVisible->setChecked(true);
    // The area the map showed then (it may have moved to the queue's current row meanwhile, and
    // stays still from then on): the map's view, as the filter keeps it.
    QVERIFY(window.findChild<SharedFilter*>()->filter().area.has_value());
    const EventFilter::Area area = *window.findChild<SharedFilter*>()->filter().area;
    const QGeoRectangle view(QGeoCoordinate(area.north, area.west), QGeoCoordinate(area.south, area.east));
    QCOMPARE(view.center(), map->bridge()->viewArea().center());
    int inView = 0;
    for (const Event& event : placedIn(QStringLiteral("11"))) {
        inView += view.contains(QGeoCoordinate(*event.latitude, *event.longitude)) ? 1 : 0;
    }
    QVERIFY(inView > 0 && inView < inRegion);
    QTRY_COMPARE(window.queueModel()->rowCount(), inView);
    QVERIFY(window.findChild<SharedFilter*>()->filter().area.has_value());
    onlyVisible->setChecked(false);
    QTRY_COMPARE(window.queueModel()->rowCount(), inRegion);
    // Again, on what the map shows now: with the whole région in the queue, the map may have
    // followed its current row.
    onlyVisible->setChecked(true);
    QVERIFY(window.findChild<SharedFilter*>()->filter().area.has_value());
    const EventFilter::Area again = *window.findChild<SharedFilter*>()->filter().area;
    int inViewAgain = 0;
    for (const Event& event : placedIn(QStringLiteral("11"))) {
        inViewAgain += again.contains(*event.latitude, *event.longitude) ? 1 : 0;
    }
    QTRY_COMPARE(window.queueModel()->rowCount(), inViewAgain);
    // The filter bar's controls keep the box; its reset clears it and turns the option off.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("e"));
    QTRY_VERIFY(window.findChild<SharedFilter*>()->filter().text == QLatin1String("e"));
    QVERIFY(window.findChild<SharedFilter*>()->filter().area.has_value());
    QVERIFY(onlyVisible->isChecked());
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("filterReset")), Qt::LeftButton);
    QVERIFY(!onlyVisible->isChecked());
}

void TestMap::basemapWithoutNetworkKeepsTheRegions()
{
    BasemapSettings basemap;
    basemap.enabled = true;
    basemap.tileHost = QStringLiteral("http://127.0.0.1:9/"); // the discard port: nothing answers
    basemap.cacheDirectory = m_store->dir.filePath(QStringLiteral("tiles"));
    basemap.save();
    MainWindow window(m_store->database);
    showMap(window);
    MapWidget* map = window.mapWidget();
    QVERIFY(map->bridge()->tiles());
    QTRY_VERIFY_WITH_TIMEOUT(!map->bridge()->notice().isEmpty(), 15000);
    const QImage image = map->quickWidget()->grabFramebuffer();
    QCOMPARE(image.pixelColor(pixelOf(map, inIleDeFrance)), fillOf(map->regionModel(), QStringLiteral("11")));
    QCOMPARE(image.pixelColor(pixelOf(map, inBretagne)), fillOf(map->regionModel(), QStringLiteral("53")));
}

void TestMap::exportsThePicture()
{
    MainWindow window(m_store->database);
    showMap(window);
    const QString path = m_store->dir.filePath(QStringLiteral("map.png"));
    QVERIFY(window.mapWidget()->exportImage(path));
    const QImage image(path);
    QCOMPARE(image.size(), window.mapWidget()->quickWidget()->size());
    QCOMPARE(image.pixelColor(pixelOf(window.mapWidget(), inIleDeFrance)),
        fillOf(window.mapWidget()->regionModel(), QStringLiteral("11")));
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
