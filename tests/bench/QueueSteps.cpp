#include "tests/bench/QueueSteps.h"

#include "tests/bench/BenchTiming.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>

void QueueSteps::chooseRegion(MainWindow& window, const QString& code)
{
    auto* region = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    region->setCurrentIndex(code.isEmpty() ? 0 : region->findData(code));
    QApplication::processEvents();
}

QList<qint64> QueueSteps::regionFilterTimes(MainWindow& window, QList<qint64>* cpuTimes)
{
    QList<qint64> times;
    for (const QString& code : { QStringLiteral("53"), QStringLiteral("84"), QStringLiteral("11"),
             QStringLiteral("76"), QStringLiteral("44") }) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = BenchTiming::processCpuMs();
        chooseRegion(window, code);
        window.grab();
        times << timer.elapsed();
        if (cpuTimes) {
            cpuTimes->append(BenchTiming::processCpuMs() - cpu);
        }
        chooseRegion(window, {});
    }
    return times;
}
