#include "tests/bench/StatisticsBench.h"

#include "tests/bench/BenchTiming.h"

#include "app/core/GeoReference.h"
#include "app/core/StatisticsReport.h"
#include "app/export/StatisticsFiles.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/StatisticsRepository.h"
#include "ui/stats/StatisticsCharts.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

namespace {

QList<qint64> runs(const std::function<void()>& run) { return BenchTiming::time(BenchTiming::Runs, run); }

BenchTiming::Figure print(QTextStream& out, const QString& what, const QList<qint64>& times, qint64 limit)
{
    return BenchTiming::printTargets(out, QStringLiteral("statistics: ") + what, times, limit);
}

} // namespace

BenchTiming::Figure benchStatistics(Database& database, QTextStream& out)
{
    const StoreResult<Edition> edition = EditionRepository(database).latest();
    if (!edition) {
        out << "statistics: the store has no edition" << Qt::endl;
        return {};
    }
    const GeoReference& geo = GeoReference::embedded();
    const StatisticsRepository repository(database);
    const QDate today(2018, 3, 20);
    Statistics statistics;
    QHash<QString, PreviousFigures> previous;
    const auto recompute = [&](const EventFilter& filter) {
        return runs([&] {
            statistics = repository.compute(*edition, filter, today, geo).value();
            previous = repository.previousFigures(edition->year).value();
            // The tables as the view shows them.
            const StatisticsReport report(statistics, *edition, previous);
            report.regionTable();
            report.headlineLines();
        });
    };
    EventFilter visits;
    visits.eventType = EventType::CompanyVisit;
    EventFilter bretagne;
    bretagne.region = QStringLiteral("53");
    const QList<qint64> visitsMs = recompute(visits);
    const QList<qint64> bretagneMs = recompute(bretagne);
    const QList<qint64> allMs = recompute(EventFilter());
    const BenchTiming::Figure all = print(
        out, QStringLiteral("all figures of %1 requests").arg(statistics.national.received), allMs, 150);
    print(out, QStringLiteral("all figures, company visits only"), visitsMs, 150);
    print(out, QStringLiteral("all figures, one région"), bretagneMs, 150);

    // Built afresh and drawn at the size of the export, as the view's charts are on each change.
    const QList<qint64> chartsMs = runs([&] {
        QImage image(StatisticsFiles::ChartSize.toSize(), QImage::Format_ARGB32_Premultiplied);
        for (const StatisticsFiles::Chart& chart :
            StatisticsCharts::forFiles(statistics, *edition, previous)) {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            chart.paint(&painter, QRectF(QPointF(0, 0), StatisticsFiles::ChartSize));
        }
    });
    print(out, QStringLiteral("8 charts built and drawn"), chartsMs, 300);

    QTemporaryDir dir;
    const StatisticsReport report(statistics, *edition, previous);
    QString error;
    bool written = true;
    const QList<qint64> pdfMs = runs([&] {
        written = written
            && StatisticsFiles::writePdf(dir.filePath(QStringLiteral("report.pdf")),
                { QStringLiteral("Semaine de l'industrie"), QStringLiteral("no filter"),
                    report.headlineLines(), report.regionTable() },
                StatisticsCharts::forFiles(statistics, *edition, previous), &error);
    });
    print(out, written ? QStringLiteral("PDF report") : QStringLiteral("PDF report failed (%1)").arg(error),
        pdfMs, 2000);
    return all;
}
