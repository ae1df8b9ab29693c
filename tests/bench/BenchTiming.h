#pragma once

#include <QList>
#include <QString>

class QTextStream;

// What the benches share: the median of several runs and one line per target.
namespace BenchTiming {
qint64 median(QList<qint64> times);
// "<area>: <what> in <ms> ms (target <limit> ms): ok" (or OVER).
void printTarget(QTextStream& out, const QString& area, const QString& what, qint64 ms, qint64 limit);
} // namespace BenchTiming
