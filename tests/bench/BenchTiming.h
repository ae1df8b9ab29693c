#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

class QTextStream;

// What the benches share: a step run several times, its median and slowest, one line per target.
namespace BenchTiming {

// The runs of one step. "met" means the median is inside the target: these machines are noisy
// (±30 %), the slowest is shown beside it.
struct Figure {
    qint64 median = -1;
    qint64 slowest = -1;
    int runs = 0;

    bool isMeasured() const { return runs > 0; }
};

constexpr int Runs = 5;

qint64 median(QList<qint64> times);
// The CPU time of the whole process so far, every thread (SQLite's sorters too), in milliseconds: on
// a shared machine a step's wall time swings with the load, its CPU time much less.
qint64 processCpuMs();
// "  <what>: CPU time <median> ms median, <slowest> ms most of <runs>".
void printCpu(QTextStream& out, const QString& what, const QList<qint64>& cpuTimes);

// How busy the machine's other processes kept its cores from construction on. On a shared virtual
// machine the same work costs this process up to 1.5 times the CPU time when the others are busy
// (the same instructions, counted by callgrind): a CPU time means little without the load beside it.
class MachineLoad {
public:
    MachineLoad();
    // In percent of every core, or -1 when /proc/stat cannot be read.
    int othersPercent() const;

private:
    qint64 m_machineMs;
    qint64 m_ownMs;
    QElapsedTimer m_wall;
};
// printCpu's line, then "(meanwhile other processes kept <n> % of the machine's cores busy)".
void printCpu(QTextStream& out, const QString& what, const QList<qint64>& cpuTimes, const MachineLoad& load);
Figure figure(const QList<qint64>& times);
// `run` timed `runs` times, in milliseconds.
QList<qint64> time(int runs, const std::function<void()>& run);
// The targets are those of 100,000 requests. At the scaling table's other sizes, a line shows its
// target beside the figure without saying met or missed: the table has the targets of 1,000,000.
void setTargetsApply(bool apply);
// " (target <target>): met" (or MISSED); " (target at 100,000 requests: <target>)" at another size.
QString verdict(const QString& target, bool met);

// "<area>: <what> in <ms> ms (target <limit> ms): ok" (or OVER).
void printTarget(QTextStream& out, const QString& area, const QString& what, qint64 ms, qint64 limit);
// "<what>  <median> ms median, <slowest> ms slowest of <runs>" and its verdict(); without a target
// when `limit` is 0.
Figure printTargets(QTextStream& out, const QString& what, const QList<qint64>& times, qint64 limit);

enum class Better { Lower, Higher };
// Several runs of one measure: "<area>: <what>: <median> <unit> median, <slowest> slowest of <n>"
// and its verdict(), the slowest being the highest time or the lowest rate.
void printRuns(QTextStream& out, const QString& area, const QString& what, const QList<double>& values,
    const QString& unit, double limit, Better better);
} // namespace BenchTiming
