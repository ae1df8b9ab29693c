#pragma once

#include <QList>
#include <QString>

class QTextStream;

// What the benches share: the median of several runs and one line per target.
namespace BenchTiming {
qint64 median(QList<qint64> times);
// "<area>: <what> in <ms> ms (target <limit> ms): ok" (or OVER).
void printTarget(QTextStream& out, const QString& area, const QString& what, qint64 ms, qint64 limit);
enum class Better { Lower, Higher };
// Several runs of one measure: "<area>: <what>: <median> <unit> median, <slowest> slowest of <n>
// (target <limit> <unit>): met" (or MISSED), the slowest being the highest time or the lowest rate.
void printRuns(QTextStream& out, const QString& area, const QString& what, const QList<double>& values, const QString& unit,
    double limit, Better better);
} // namespace BenchTiming
