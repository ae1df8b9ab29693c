#include "tests/bench/ScalingTable.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>

namespace {

struct Row {
    ScalingTable::Step step;
    const char* name;
    qint64 limitAtMillion; // 0: none
};

const Row rows[] = {
    { ScalingTable::Step::Insert, "insert with the rules", 0 },
    { ScalingTable::Step::Import, "import CSV", 0 },
    { ScalingTable::Step::FirstPaint, "queue first paint", 1000 },
    { ScalingTable::Step::Keystroke, "search keystroke to painted rows", 100 },
    { ScalingTable::Step::SearchCounted, "search to every row and count", 0 },
    { ScalingTable::Step::RegionFilter, "région filter", 0 },
    { ScalingTable::Step::Decision, "decision with its audit", 10 },
    { ScalingTable::Step::Statistics, "statistics, all figures", 0 },
    { ScalingTable::Step::MapPoints, "map points read", 0 },
    { ScalingTable::Step::Memory, "queue process resident memory (MB)", 400 },
};

} // namespace

bool ScalingTable::write(const QString& path, const Figures& figures)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QTextStream stream(&file);
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        stream << int(it.key()) << ' ' << it->median << ' ' << it->slowest << ' ' << it->runs << '\n';
    }
    return true;
}

ScalingTable::Figures ScalingTable::read(const QString& path)
{
    Figures figures;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return figures;
    }
    QTextStream stream(&file);
    while (!stream.atEnd()) {
        const QStringList fields = stream.readLine().split(QLatin1Char(' '));
        if (fields.size() == 4) {
            figures.insert(Step(fields.at(0).toInt()),
                { fields.at(1).toLongLong(), fields.at(2).toLongLong(), fields.at(3).toInt() });
        }
    }
    return figures;
}

void ScalingTable::add(int requests, const Figures& figures) { m_sizes[requests].insert(figures); }

void ScalingTable::print(QTextStream& out) const
{
    const QLocale english(QLocale::English);
    out << Qt::endl
        << QStringLiteral("scaling: median / slowest in ms (runs when fewer than %1)").arg(BenchTiming::Runs)
        << Qt::endl;
    out << QStringLiteral("| step |");
    for (auto size = m_sizes.cbegin(); size != m_sizes.cend(); ++size) {
        out << ' ' << english.toString(size.key()) << " |";
    }
    out << QStringLiteral(" target at 1,000,000 |") << Qt::endl << QStringLiteral("|---|");
    for (qsizetype i = 0; i < m_sizes.size(); ++i) {
        out << QStringLiteral("---|");
    }
    out << QStringLiteral("---|") << Qt::endl;
    for (const Row& row : rows) {
        out << QStringLiteral("| %1 |").arg(QString::fromUtf8(row.name));
        for (const Figures& figures : m_sizes) {
            const BenchTiming::Figure figure = figures.value(row.step);
            if (!figure.isMeasured()) {
                out << QStringLiteral(" – |");
            } else if (row.step == Step::Memory) {
                out << QStringLiteral(" %1 |").arg(english.toString(figure.median));
            } else {
                out << QStringLiteral(" %1 / %2%3 |")
                           .arg(english.toString(figure.median), english.toString(figure.slowest),
                               figure.runs < BenchTiming::Runs ? QStringLiteral(" (%1 run)").arg(figure.runs)
                                                               : QString());
            }
        }
        const BenchTiming::Figure million = m_sizes.value(1000000).value(row.step);
        if (row.limitAtMillion == 0) {
            out << QStringLiteral(" |");
        } else {
            out << QStringLiteral(" ≤ %1: %2 |")
                       .arg(english.toString(row.limitAtMillion),
                           !million.isMeasured()                      ? QStringLiteral("not measured")
                               : million.median <= row.limitAtMillion ? QStringLiteral("met")
                                                                      : QStringLiteral("MISSED"));
        }
        out << Qt::endl;
    }
}
