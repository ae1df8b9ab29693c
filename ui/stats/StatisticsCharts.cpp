#include "ui/stats/StatisticsCharts.h"

#include "app/core/LabelRules.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <memory>

namespace {

struct BarSet {
    QString name;
    QList<qreal> values;
};

QChart* newChart(const QString& name, const QString& title)
{
    auto* chart = new QChart;
    chart->setObjectName(name);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Categories along one axis, counts along the other; horizontal bars for long category names.
// `names` are the categories' full names for the tooltips when the axis shows shorter ones.
QChart* barChart(const QString& name, const QString& title, const QStringList& categories,
    const QStringList& names, const QList<BarSet>& sets, bool horizontal, bool stacked = false)
{
    QChart* chart = newChart(name, title);
    QAbstractBarSeries* series = nullptr;
    if (horizontal) {
        series = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                         : new QHorizontalBarSeries;
    } else {
        series = new QBarSeries;
    }
    qreal highest = 0;
    for (const BarSet& set : sets) {
        auto* bars = new QBarSet(set.name);
        bars->append(set.values);
        series->append(bars);
        // The value under the mouse, with its category's full name (an axis may show a shorter one).
        const QString setName = set.name;
        QObject::connect(bars, &QBarSet::hovered, bars, [bars, names, setName](bool over, int index) {
            if (!over) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                StatisticsCharts::tr("%1\n%2: %3")
                    .arg(names.value(index), setName, QLocale().toString(qint64(bars->at(index)))));
        });
        for (qreal value : set.values) {
            highest = std::max(highest, value);
        }
    }
    if (stacked) {
        highest = 0;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            qreal sum = 0;
            for (const BarSet& set : sets) {
                sum += set.values.value(i);
            }
            highest = std::max(highest, sum);
        }
    }
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, std::max<qreal>(1, highest));
    counts->applyNiceNumbers();
    chart->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(counts);
    chart->legend()->setVisible(sets.size() > 1);
    if (horizontal) {
        // Qt Charts elides a category that is taller than its share of the axis: the legend goes
        // beside the bars, where the long names leave room, and the plot keeps every line.
        chart->legend()->setAlignment(Qt::AlignRight);
    }
    return chart;
}

// One bar per kind (event type, organiser type), named as the application shows it.
template <typename Kind>
QChart* countsChart(const QString& name, const QString& title, const QString& setName,
    const QMap<Kind, int>& counts, QString (*displayName)(Kind))
{
    QStringList kinds;
    BarSet bars { setName, {} };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        kinds << displayName(it.key());
        bars.values << it.value();
    }
    return barChart(name, title, kinds, kinds, { bars }, true);
}

QDateTime noon(const QDate& day) { return QDateTime(day, QTime(12, 0), QTimeZone::UTC); }

} // namespace

QList<QChart*> StatisticsCharts::build(
    const Statistics& statistics, const Edition& edition, const QHash<QString, PreviousFigures>& previous)
{
    const QLocale locale;
    QList<QChart*> charts;

    // Régions from the bottom up in reference order, so that the first reads at the top.
    QStringList regions;
    BarSet labelled { tr("Labelled %1").arg(edition.year), {} };
    BarSet before { tr("Labelled %1 (where known)").arg(edition.year - 1), {} };
    QList<BarSet> mix { { EventStatuses::displayName(EventStatus::Labelled), {} },
        { EventStatuses::displayName(EventStatus::Refused), {} }, { tr("Pending"), {} },
        { EventStatuses::displayName(EventStatus::InformationRequested), {} } };
    bool anyBefore = false;
    for (auto it = statistics.regions.crbegin(); it != statistics.regions.crend(); ++it) {
        regions << it->name;
        labelled.values << it->labelled;
        const std::optional<int> events = previous.value(PreviousFigures::regionKey(it->code)).events;
        anyBefore = anyBefore || events.has_value();
        before.values << events.value_or(0);
        mix[0].values << it->labelled;
        mix[1].values << it->refused;
        mix[2].values << it->pending;
        mix[3].values << it->informationRequested;
    }
    QList<BarSet> versus { labelled };
    QString versusTitle = tr("Labelled events per région against %1").arg(edition.year - 1);
    if (anyBefore) {
        versus << before;
    } else if (edition.previousEvents) {
        // No région's figure of the previous edition is known: compare nationally, in the title.
        versusTitle = tr("Labelled events per région (%1 per région not known; France: %2 against %3 in %1)")
                          .arg(edition.year - 1)
                          .arg(locale.toString(statistics.national.labelled),
                              locale.toString(*edition.previousEvents));
    } else {
        versusTitle = tr("Labelled events per région (%1 not known)").arg(edition.year - 1);
    }
    charts << barChart(QStringLiteral("labelled-by-region"), versusTitle, regions, regions, versus, true);
    charts << barChart(QStringLiteral("status-by-region"), tr("Status of the requests per région"), regions,
        regions, mix, true, true);

    QStringList days;
    QStringList longDays;
    BarSet running { tr("Labelled events running"), {} };
    for (auto it = statistics.labelledPerDay.cbegin(); it != statistics.labelledPerDay.cend(); ++it) {
        days << locale.toString(it.key(), QStringLiteral("ddd d"));
        longDays << locale.toString(it.key(), QLocale::LongFormat);
        running.values << it.value();
    }
    charts << barChart(QStringLiteral("labelled-per-day"), tr("Labelled events running on each day"), days,
        longDays, { running }, false);

    QChart* audiences = newChart(
        QStringLiteral("audiences"), tr("Audiences of the requests (one request may have several)"));
    auto* pie = new QPieSeries;
    for (auto it = statistics.audiences.cbegin(); it != statistics.audiences.cend(); ++it) {
        const QString name = AudienceNames::displayNames(Audiences(it.key())).value(0);
        pie->append(tr("%1: %2").arg(name, locale.toString(it.value())), it.value());
    }
    for (QPieSlice* slice : pie->slices()) {
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice](bool over) {
            slice->setExploded(over);
            if (over) {
                QToolTip::showText(QCursor::pos(), slice->label());
            } else {
                QToolTip::hideText();
            }
        });
    }
    audiences->addSeries(pie);
    audiences->legend()->setAlignment(Qt::AlignRight);
    charts << audiences;

    charts << countsChart(QStringLiteral("event-types"), tr("Event types"), tr("Requests"),
        statistics.eventTypes, &EventTypes::displayName);
    charts << countsChart(QStringLiteral("organiser-types"), tr("Organiser types"), tr("Requests"),
        statistics.organiserTypes, &OrganiserTypes::displayName);

    QStringList conditions;
    QStringList conditionTitles;
    BarSet failing { tr("Requests failing the condition"), {} };
    const QList<Check>& checks = LabelRules::conditions();
    for (int c = 0; c < 4; ++c) {
        conditions << LabelRules::code(checks.at(c)); // the titles are too long for an axis
        conditionTitles << tr("%1 (%2)").arg(LabelRules::code(checks.at(c)), LabelRules::title(checks.at(c)));
        failing.values << statistics.failing[c];
    }
    charts << barChart(QStringLiteral("failing-conditions"), tr("Label conditions failed"), conditions,
        conditionTitles, { failing }, false);

    // The campaign's pace: one point a day, the deadline as an upright line. The axis spans the
    // campaign, from its first request to the end of the week (or its last decision, within a
    // month after the week), so that a request dated years later does not squash it to a line.
    QDate first = edition.requestDeadline;
    QDate last = std::max(edition.requestDeadline, edition.weekEnd);
    const QDate latest = last.addMonths(1);
    int outside = 0;
    for (const QMap<QDate, int>* perDay : { &statistics.receivedPerDay, &statistics.decisionsPerDay }) {
        for (auto it = perDay->cbegin(); it != perDay->cend(); ++it) {
            if (it.key() > latest || it.key() < edition.requestDeadline.addYears(-1)) {
                outside += it.value();
                continue;
            }
            first = std::min(first, it.key());
            last = std::max(last, it.key());
        }
    }
    QChart* pace = newChart(QStringLiteral("campaign-pace"),
        outside == 0 ? tr("Requests received and decisions per day")
                     : tr("Requests received and decisions per day (%n outside the campaign not shown)",
                           nullptr, outside));
    auto* received = new QLineSeries;
    received->setName(tr("Requests received"));
    auto* decisions = new QLineSeries;
    decisions->setName(tr("Decisions (labelled or refused)"));
    int highest = 1;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        const int in = statistics.receivedPerDay.value(day);
        const int out = statistics.decisionsPerDay.value(day);
        received->append(qreal(noon(day).toMSecsSinceEpoch()), in);
        decisions->append(qreal(noon(day).toMSecsSinceEpoch()), out);
        highest = std::max({ highest, in, out });
    }
    for (QLineSeries* series : { received, decisions }) {
        QObject::connect(series, &QLineSeries::hovered, series, [series](const QPointF& point, bool over) {
            if (!over) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), QTimeZone::UTC).date();
            const QPointF nearest = series->at(int(
                std::clamp<qsizetype>(qsizetype(std::llround((point.x() - series->at(0).x()) / 86400000.0)),
                    0, series->count() - 1)));
            QToolTip::showText(QCursor::pos(),
                tr("%1\n%2: %3")
                    .arg(QLocale().toString(day, QLocale::LongFormat), series->name(),
                        QLocale().toString(qint64(nearest.y()))));
        });
    }
    auto* deadline = new QLineSeries;
    deadline->setName(
        tr("Deadline (%1)").arg(locale.toString(edition.requestDeadline, QLocale::ShortFormat)));
    const qreal deadlineX = qreal(noon(edition.requestDeadline).toMSecsSinceEpoch());
    deadline->append(deadlineX, 0);
    deadline->append(deadlineX, highest);
    QPen pen(Qt::red);
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    deadline->setPen(pen);
    auto* dates = new QDateTimeAxis;
    dates->setFormat(locale.dateFormat(QLocale::ShortFormat)); // with the year
    dates->setTickCount(std::clamp(int(first.daysTo(last) / 7) + 2, 3, 9));
    dates->setRange(noon(first.addDays(-1)), noon(last.addDays(1)));
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, highest);
    counts->applyNiceNumbers();
    pace->addAxis(dates, Qt::AlignBottom);
    pace->addAxis(counts, Qt::AlignLeft);
    for (QLineSeries* series : { received, decisions, deadline }) {
        pace->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(counts);
    }
    charts << pace;
    return charts;
}

QList<StatisticsFiles::Chart> StatisticsCharts::forFiles(
    const Statistics& statistics, const Edition& edition, const QHash<QString, PreviousFigures>& previous)
{
    QList<StatisticsFiles::Chart> charts;
    for (QChart* chart : build(statistics, edition, previous)) {
        // Shared by the copies of the drawing function; the scene deletes the chart with itself.
        auto scene = std::make_shared<QGraphicsScene>();
        scene->addItem(chart);
        chart->resize(StatisticsFiles::ChartSize);
        scene->setSceneRect(QRectF(QPointF(0, 0), StatisticsFiles::ChartSize));
        charts.append(
            { chart->objectName(), chart->title(), [scene](QPainter* painter, const QRectF& target) {
                 scene->render(painter, target, scene->sceneRect(), Qt::KeepAspectRatio);
             } });
    }
    return charts;
}
