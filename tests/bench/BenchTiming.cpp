#include "tests/bench/BenchTiming.h"

#include <QTextStream>

#include <algorithm>

qint64 BenchTiming::median(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void BenchTiming::printTarget(QTextStream& out, const QString& area, const QString& what, qint64 ms, qint64 limit)
{
    out << QStringLiteral("%1: %2 in %3 ms (target %4 ms): %5")
               .arg(area, what)
               .arg(ms)
               .arg(limit)
               .arg(ms <= limit ? QStringLiteral("ok") : QStringLiteral("OVER"))
        << Qt::endl;
}

void BenchTiming::printRuns(QTextStream& out, const QString& area, const QString& what, const QList<double>& values,
    const QString& unit, double limit, Better better)
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
    out << QStringLiteral("%1: %2: %3 %4 median, %5 %4 slowest of %6 (target %7 %4): %8")
               .arg(area, what)
               .arg(median, 0, 'f', 1)
               .arg(unit)
               .arg(slowest, 0, 'f', 1)
               .arg(values.size())
               .arg(limit)
               .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"))
        << Qt::endl;
}
