#include "app/Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/map/MapWidget.h"
#include "ui/queue/QueueView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QThread>

namespace {

void settle(int milliseconds)
{
    // The map renders asynchronously; give it a few frames.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

} // namespace

bool Screenshots::write(MainWindow& window, const QString& directory, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1").arg(directory);
        return false;
    }
    // The ministry's laptops: what reads at 1366×768 reads everywhere.
    window.resize(1366, 768);
    window.show();
    // The event view shows a request that fails a condition: the most telling example.
    const ReviewQueueModel* events = window.queueModel();
    for (int row = 0; row < events->rowCount(); ++row) {
        if (!events->report(row).failedConditions().isEmpty()
            && events->report(row).result(Check::DataProblems).outcome == Outcome::Pass) {
            window.queueView()->selectEvent(events->eventAt(row).id);
            break;
        }
    }
    const auto save = [&](const QString& name) {
        const QString path = QDir(directory).filePath(name);
        if (!window.grab().save(path)) {
            *error = tr("Cannot write %1").arg(path);
            return false;
        }
        return true;
    };
    const QList<std::pair<MainWindow::Place, QString>> places
        = { { MainWindow::QueuePlace, QStringLiteral("queue.png") },
              { MainWindow::EventPlace, QStringLiteral("event.png") },
              { MainWindow::StatisticsPlace, QStringLiteral("statistics.png") },
              { MainWindow::MapPlace, QStringLiteral("map.png") },
              { MainWindow::OutboxPlace, QStringLiteral("outbox.png") } };
    for (const auto& place : places) {
        window.showPlace(place.first);
        settle(place.first == MainWindow::MapPlace ? 1500 : 200);
        // A map that could not load (a QML module or plugin missing) is an error, not a picture of it.
        if (place.first == MainWindow::MapPlace && !window.mapWidget()->errorString().isEmpty()) {
            *error = tr("The map cannot be shown: %1").arg(window.mapWidget()->errorString());
            return false;
        }
        if (!save(place.second)) {
            return false;
        }
    }
    // The charts tab of the statistics, on the régions' chart and on the campaign's pace.
    window.showPlace(MainWindow::StatisticsPlace);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("statisticsTabs"));
    auto* charts = window.findChild<QListWidget*>(QStringLiteral("chartList"));
    if (!tabs || !charts) {
        *error = tr("The statistics have no charts tab");
        return false;
    }
    tabs->setCurrentIndex(tabs->count() - 1);
    const QList<std::pair<int, QString>> chartShots = { { 0, QStringLiteral("charts.png") },
        { charts->count() - 1, QStringLiteral("campaign-pace.png") } };
    for (const auto& shot : chartShots) {
        charts->setCurrentRow(shot.first);
        settle(200);
        if (!save(shot.second)) {
            return false;
        }
    }
    tabs->setCurrentIndex(0);
    return true;
}
