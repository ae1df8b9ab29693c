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
