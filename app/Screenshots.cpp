#include "app/Screenshots.h"

#include "ui/ReviewQueueModel.h"
#include "ui/MainWindow.h"
#include "ui/map/MapWidget.h"
#include "ui/queue/QueueView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QAction>
#include <QPixmap>
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
    window.resize(1400, 860);
    window.show();
    // The event view shows a request that fails a condition: the most telling example.
    const ReviewQueueModel* events = window.queueModel();
    for (int row = 0; row < events->rowCount(); ++row) {
        if (!events->report(row).failedConditions().isEmpty()
            && events->report(row).result(Check::DataProblems).outcome == Outcome::Pass) {
            window.queueView()->selectEvent(events->event(row).id);
            break;
        }
    }
    const QList<std::pair<MainWindow::Place, QString>> places
        = { { MainWindow::QueuePlace, QStringLiteral("queue.png") },
              { MainWindow::EventPlace, QStringLiteral("event.png") },
              { MainWindow::StatisticsPlace, QStringLiteral("statistics.png") },
              { MainWindow::MapPlace, QStringLiteral("map.png") } };
    for (const auto& place : places) {
        window.showPlace(place.first);
        if (place.first == MainWindow::MapPlace) {
            // The whole of mainland France rather than the selected request's surroundings.
            settle(500);
            if (auto* mainland = window.findChild<QAction*>(QStringLiteral("show-mainland"))) {
                mainland->trigger();
            }
        }
        settle(place.first == MainWindow::MapPlace ? 1500 : 200);
        // A map that could not load (a QML module or plugin missing) is an error, not a picture of it.
        if (place.first == MainWindow::MapPlace && !window.mapWidget()->errorString().isEmpty()) {
            *error = tr("The map cannot be shown: %1").arg(window.mapWidget()->errorString());
            return false;
        }
        const QString path = QDir(directory).filePath(place.second);
        if (!window.grab().save(path)) {
            *error = tr("Cannot write %1").arg(path);
            return false;
        }
    }
    return true;
}
