#include "tests/bench/QueueSteps.h"

#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>

void QueueSteps::chooseRegion(MainWindow& window, const QString& code)
{
    auto* region = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    region->setCurrentIndex(code.isEmpty() ? 0 : region->findData(code));
    QApplication::processEvents();
}

QList<qint64> QueueSteps::regionFilterTimes(MainWindow& window)
{
    QList<qint64> times;
    for (const QString& code : { QStringLiteral("53"), QStringLiteral("84"), QStringLiteral("11"),
             QStringLiteral("76"), QStringLiteral("44") }) {
        QElapsedTimer timer;
        timer.start();
        chooseRegion(window, code);
        window.grab();
        times << timer.elapsed();
        chooseRegion(window, {});
    }
    return times;
}

QList<qint64> QueueSteps::mapPointsTimes(MainWindow& window, qint64& firstMs)
{
    const ReviewQueueModel* queue = window.queueModel();
    QElapsedTimer timer;
    timer.start();
    queue->mapPoints();
    firstMs = timer.elapsed();
    QList<qint64> times;
    for (const QString& code : { QStringLiteral("53"), QStringLiteral("84"), QStringLiteral("11"),
             QStringLiteral("76"), QStringLiteral("44") }) {
        chooseRegion(window, code);
        timer.start();
        queue->mapPoints();
        times << timer.elapsed();
    }
    chooseRegion(window, {});
    return times;
}
