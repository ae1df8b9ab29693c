#include "tests/bench/QueueSteps.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>

QList<qint64> QueueSteps::regionFilterTimes(MainWindow& window)
{
    auto* region = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    QList<qint64> times;
    for (const QString& code : { QStringLiteral("53"), QStringLiteral("84"), QStringLiteral("11"),
             QStringLiteral("76"), QStringLiteral("44") }) {
        QElapsedTimer timer;
        timer.start();
        region->setCurrentIndex(region->findData(code));
        QApplication::processEvents();
        window.grab();
        times << timer.elapsed();
        region->setCurrentIndex(0);
        QApplication::processEvents();
    }
    return times;
}
