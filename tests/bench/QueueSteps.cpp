#include "tests/bench/QueueSteps.h"

#include "tests/PaintCount.h"
#include "tests/bench/BenchTiming.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTableView>

void QueueSteps::chooseRegion(MainWindow& window, const QString& code)
{
    auto* region = window.findChild<QComboBox*>(QStringLiteral("filterRegion"));
    region->setCurrentIndex(code.isEmpty() ? 0 : region->findData(code));
    QApplication::processEvents();
}

QList<qint64> QueueSteps::regionFilterTimes(MainWindow& window, QList<qint64>* cpuTimes)
{
    QList<qint64> times;
    QWidget* rows = window.findChild<QTableView*>(QStringLiteral("queueTable"))->viewport();
    for (const QString& code : { QStringLiteral("53"), QStringLiteral("84"), QStringLiteral("11"),
             QStringLiteral("76"), QStringLiteral("44") }) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = BenchTiming::processCpuMs();
        PaintCount paints(rows);
        chooseRegion(window, code);
        // Timed to the rows on screen: the window's own paint of the change draws them once
        // (tst_queuedecisions checks it). A grab of the whole window after it drew them all again,
        // a third of the step's instructions that no reviewer waits for.
        if (paints.count() == 0) {
            rows->repaint();
        }
        times << timer.elapsed();
        if (cpuTimes) {
            cpuTimes->append(BenchTiming::processCpuMs() - cpu);
        }
        chooseRegion(window, {});
    }
    return times;
}
