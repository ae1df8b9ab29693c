#include "tests/bench/StatisticsBench.h"

#include "tests/bench/BenchTiming.h"

#include "app/core/GeoReference.h"
#include "app/core/StatisticsReport.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/StatisticsRepository.h"
#include "ui/stats/StatisticsCharts.h"
#include "ui/stats/StatisticsExport.h"

#include <QChart>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

namespace {

qint64 median(const std::function<void()>& run)
{
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(timer.elapsed());
    }
    return BenchTiming::median(times);
}

void print(QTextStream& out, const QString& what, qint64 ms, qint64 limit)
{
    BenchTiming::printTarget(out, QStringLiteral("statistics"), what, ms, limit);
}

} // namespace

void benchStatistics(Database& database, QTextStream& out)
{
    const StoreResult<Edition> edition = EditionRepository(database).latest();
    if (!edition) {
        out << "statistics: the store has no edition" << Qt::endl;
        return;
    }
    const GeoReference& geo = GeoReference::embedded();
    const StatisticsRepository repository(database);
    const QDate today(2018, 3, 20);
    Statistics statistics;
    QHash<QString, PreviousFigures> previous;
    const auto recompute = [&](const EventFilter& filter) {
        return median([&] {
            statistics = repository.compute(*edition, filter, today, geo);
            previous = repository.previousFigures(edition->year);
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
    const qint64 visitsMs = recompute(visits);
    const qint64 bretagneMs = recompute(bretagne);
    const qint64 allMs = recompute(EventFilter());
    print(out, QStringLiteral("all figures of %1 requests").arg(statistics.national.received), allMs, 150);
    print(out, QStringLiteral("all figures, company visits only"), visitsMs, 150);
    print(out, QStringLiteral("all figures, one région"), bretagneMs, 150);

    // Built afresh and drawn at the size of the export, as the view's charts are on each change.
    const qint64 chartsMs = median([&] {
        QImage image(StatisticsExport::ChartSize.toSize(), QImage::Format_ARGB32_Premultiplied);
        for (QChart* chart : StatisticsCharts::build(statistics, *edition, previous)) {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            StatisticsExport::paintChart(chart, &painter, QRectF(QPointF(0, 0), StatisticsExport::ChartSize));
        }
    });
    print(out, QStringLiteral("8 charts built and drawn"), chartsMs, 300);

    QTemporaryDir dir;
    const StatisticsReport report(statistics, *edition, previous);
    QString error;
    bool written = true;
    const qint64 pdfMs = median([&] {
        written = written
            && StatisticsExport::writePdf(dir.filePath(QStringLiteral("report.pdf")),
                { QStringLiteral("Semaine de l'industrie"), QStringLiteral("no filter"), report.headlineLines(),
                    report.regionTable() },
                StatisticsCharts::build(statistics, *edition, previous), &error);
    });
    print(out, written ? QStringLiteral("PDF report") : QStringLiteral("PDF report failed (%1)").arg(error), pdfMs, 2000);
}
