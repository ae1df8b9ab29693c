#include "tests/bench/BenchTiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include <time.h>
#include <unistd.h>

namespace BenchTiming {
namespace {

    // The CPU time every process of the machine used so far, every core, in milliseconds: /proc/stat's
    // first line (user nice system idle iowait irq softirq steal ...), all but idle and iowait. -1 when
    // it cannot be read.
    qint64 machineBusyMs()
    {
        QFile stat(QStringLiteral("/proc/stat"));
        if (!stat.open(QIODevice::ReadOnly)) {
            return -1;
        }
        const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
        if (fields.size() < 9 || fields.at(0) != "cpu") {
            return -1;
        }
        qint64 ticks = 0;
        for (int field = 1; field <= 8; ++field) {
            ticks += field == 4 || field == 5 ? 0 : fields.at(field).toLongLong();
        }
        return ticks * 1000 / sysconf(_SC_CLK_TCK);
    }

    // "  <what>: CPU time <median> ms median, <slowest> ms most of <runs>".
    QString cpuLine(const QString& what, const QList<qint64>& cpuTimes)
    {
        const Figure measured = figure(cpuTimes);
        return QStringLiteral("  %1: CPU time %2 ms median, %3 ms most of %4")
            .arg(what)
            .arg(measured.median)
            .arg(measured.slowest)
            .arg(measured.runs);
    }

} // namespace
} // namespace BenchTiming

qint64 BenchTiming::median(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

qint64 BenchTiming::processCpuMs()
{
    timespec used {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return qint64(used.tv_sec) * 1000 + used.tv_nsec / 1000000;
}

void BenchTiming::printCpu(QTextStream& out, const QString& what, const QList<qint64>& cpuTimes)
{
    out << cpuLine(what, cpuTimes) << Qt::endl;
}

BenchTiming::MachineLoad::MachineLoad()
    : m_machineMs(machineBusyMs())
    , m_ownMs(processCpuMs())
{
    m_wall.start();
}

int BenchTiming::MachineLoad::othersPercent() const
{
    const qint64 machineMs = machineBusyMs();
    const qint64 available = m_wall.elapsed() * QThread::idealThreadCount();
    if (m_machineMs < 0 || machineMs < 0 || available <= 0) {
        return -1;
    }
    const qint64 others = (machineMs - m_machineMs) - (processCpuMs() - m_ownMs);
    return int(std::clamp<qint64>(others * 100 / available, 0, 100));
}

void BenchTiming::printCpu(
    QTextStream& out, const QString& what, const QList<qint64>& cpuTimes, const MachineLoad& load)
{
    out << cpuLine(what, cpuTimes)
        << QStringLiteral(" (meanwhile other processes kept %1 % of the machine's %2 cores busy)")
               .arg(load.othersPercent())
               .arg(QThread::idealThreadCount())
        << Qt::endl;
}

BenchTiming::Figure BenchTiming::figure(const QList<qint64>& times)
{
    if (times.isEmpty()) {
        return {};
    }
    return { median(times), *std::max_element(times.cbegin(), times.cend()), int(times.size()) };
}

QList<qint64> BenchTiming::time(int runs, const std::function<void()>& run)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(timer.elapsed());
    }
    return times;
}

namespace {
bool targetsApply = true;
}

void BenchTiming::setTargetsApply(bool apply) { targetsApply = apply; }

QString BenchTiming::verdict(const QString& target, bool met)
{
    return targetsApply ? QStringLiteral(" (target %1): %2")
                              .arg(target, met ? QStringLiteral("met") : QStringLiteral("MISSED"))
                        : QStringLiteral(" (target at 100,000 requests: %1)").arg(target);
}

void BenchTiming::printTarget(
    QTextStream& out, const QString& area, const QString& what, qint64 ms, qint64 limit)
{
    out << QStringLiteral("%1: %2 in %3 ms (target %4 ms): %5")
               .arg(area, what)
               .arg(ms)
               .arg(limit)
               .arg(ms <= limit ? QStringLiteral("ok") : QStringLiteral("OVER"))
        << Qt::endl;
}

BenchTiming::Figure BenchTiming::printTargets(
    QTextStream& out, const QString& what, const QList<qint64>& times, qint64 limit)
{
    const Figure measured = figure(times);
    out << QStringLiteral("%1 %2 ms median, %3 ms slowest of %4")
               .arg(what, -44)
               .arg(measured.median, 6)
               .arg(measured.slowest, 6)
               .arg(measured.runs);
    if (limit > 0) {
        out << verdict(QStringLiteral("%1 ms").arg(limit), measured.median >= 0 && measured.median <= limit);
    }
    out << Qt::endl;
    return measured;
}

void BenchTiming::printRuns(QTextStream& out, const QString& area, const QString& what,
    const QList<double>& values, const QString& unit, double limit, Better better)
{
    if (values.isEmpty()) {
        out << QStringLiteral("%1: %2: not measured").arg(area, what) << Qt::endl;
        return;
    }
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.at(sorted.size() / 2);
    const double slowest = better == Better::Lower ? sorted.last() : sorted.first();
    const bool met = better == Better::Lower ? median <= limit : median >= limit;
    out << QStringLiteral("%1: %2: %3 %4 median, %5 %4 slowest of %6")
               .arg(area, what)
               .arg(median, 0, 'f', 1)
               .arg(unit)
               .arg(slowest, 0, 'f', 1)
               .arg(values.size())
        << verdict(QStringLiteral("%1 %2").arg(limit).arg(unit), met) << Qt::endl;
}
