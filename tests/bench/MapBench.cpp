#include "tests/bench/MapBench.h"

#include "tests/bench/BenchTiming.h"

#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/map/MapBridge.h"
#include "ui/map/MapWidget.h"
#include "ui/map/MarkerClusterModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWidget>
#include <QTextStream>

#include <algorithm>

namespace {

using BenchTiming::median;

void print(QTextStream& out, const QString& what, qint64 ms, qint64 limit)
{
    BenchTiming::printTarget(out, QStringLiteral("map"), what, ms, limit);
}

} // namespace

void benchMap(Database& database, QTextStream& out)
{
    MainWindow window(database);
    window.resize(1400, 860);
    window.show();
    QCoreApplication::processEvents();
    const ReviewQueueModel* queue = window.queueModel();

    // The points and their grouping for mainland France at the opening zoom, as a refresh does.
    const QGeoRectangle mainland(QGeoCoordinate(51.5, -5.5), QGeoCoordinate(41.0, 10.0));
    QList<qint64> readTimes;
    QList<qint64> groupTimes;
    int placed = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<MapPoint> points = queue->mapPoints().value();
        readTimes.append(timer.elapsed());
        timer.start();
        MarkerClusterModel model;
        model.setPoints(points);
        model.setView(6.0, mainland);
        groupTimes.append(timer.elapsed());
        placed = model.placedCount();
    }
    out << QStringLiteral("map: %1 placed requests of %2").arg(placed).arg(queue->rowCount()) << Qt::endl;
    print(out, QStringLiteral("points read from the store"), median(readTimes), 100);
    print(out, QStringLiteral("cluster model built for a view"), median(groupTimes), 100);

    // The first frame: the tab shown, its QML loaded, its points read and grouped, a frame drawn.
    QElapsedTimer timer;
    timer.start();
    window.showPlace(MainWindow::MapPlace);
    QCoreApplication::processEvents();
    MapWidget* map = window.mapWidget();
    if (!map->isReady()) {
        out << QStringLiteral("map: not ready: %1").arg(map->errorString()) << Qt::endl;
        return;
    }
    map->quickWidget()->grabFramebuffer();
    print(out, QStringLiteral("first frame"), timer.elapsed(), 1000);

    // Pan and zoom steps from the whole of France down to a town, each one settled and drawn, in
    // its parts: the camera move (Qt redoes the shapes), the regrouping (this map's own code, with
    // the marker layer reading the new rows), the events left, the frame drawn (the layer placing
    // and painting every marker) and read back.
    QList<qint64> stepTimes;
    QList<qint64> cameraTimes;
    QList<qint64> regroupTimes;
    QList<qint64> eventTimes;
    QList<qint64> drawTimes;
    const QGeoCoordinate lyon(45.76, 4.84);
    for (double zoom = 6.0; zoom <= 12.0; zoom += 0.5) {
        const QGeoCoordinate centre(
            lyon.latitude() + (12.0 - zoom) * 0.1, lyon.longitude() - (12.0 - zoom) * 0.1);
        timer.start();
        QElapsedTimer part;
        part.start();
        map->bridge()->showArea(centre, zoom);
        QCoreApplication::processEvents();
        cameraTimes.append(part.restart());
        map->clusterModel()->setView(map->bridge()->viewZoomLevel(), map->bridge()->viewArea());
        regroupTimes.append(part.restart());
        QCoreApplication::processEvents();
        eventTimes.append(part.restart());
        map->quickWidget()->grabFramebuffer();
        drawTimes.append(part.elapsed());
        stepTimes.append(timer.elapsed());
    }
    out << QStringLiteral(
        "map: step parts (medians): camera and shapes %1 ms, regrouping %2 ms, events left %3 ms, "
        "frame drawn and read back %4 ms")
               .arg(median(cameraTimes))
               .arg(median(regroupTimes))
               .arg(median(eventTimes))
               .arg(median(drawTimes))
        << Qt::endl;
    print(out, QStringLiteral("regrouping for one pan or zoom step"), median(regroupTimes), 50);
    print(out, QStringLiteral("one pan or zoom step, drawn (median)"), median(stepTimes), 50);
    // Which step is the slowest tells whether the camera, the grouping or the first use of a zoom costs.
    const auto slowest = std::max_element(stepTimes.cbegin(), stepTimes.cend());
    out << QStringLiteral(
        "map: slowest step %1 ms (to zoom %2: camera %3, regrouping %4, events %5, frame %6 "
        "ms), %7 markers or clusters at zoom 12")
               .arg(*slowest)
               .arg(6.0 + 0.5 * double(slowest - stepTimes.cbegin()))
               .arg(cameraTimes.at(slowest - stepTimes.cbegin()))
               .arg(regroupTimes.at(slowest - stepTimes.cbegin()))
               .arg(eventTimes.at(slowest - stepTimes.cbegin()))
               .arg(drawTimes.at(slowest - stepTimes.cbegin()))
               .arg(map->clusterModel()->rowCount())
        << Qt::endl;
}
