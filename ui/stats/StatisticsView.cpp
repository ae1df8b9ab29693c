#include "ui/stats/StatisticsView.h"

#include "app/core/GeoReference.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/stats/RegionStatsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

StatisticsView::StatisticsView(ReviewQueueModel* queue, SharedFilter* filter, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_filter(filter)
    , m_regions(new RegionStatsModel(this))
    , m_headline(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_headline->setObjectName(QStringLiteral("statisticsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_regions);
    proxy->setSortRole(RegionStatsModel::SortRole);
    m_table->setObjectName(QStringLiteral("regionTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_table);

    connect(m_queue, &ReviewQueueModel::eventsChanged, this, &StatisticsView::markStale);
}

// The figures read the filter's requests in full: only while they are shown.
void StatisticsView::markStale()
{
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void StatisticsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void StatisticsView::refresh()
{
    m_stale = false;
    const Statistics stats = Statistics::compute(m_queue->matchingEvents(), GeoReference::embedded());
    m_regions->setStatistics(stats);
    const Edition& edition = m_queue->edition();
    const QLocale locale;
    const TerritoryFigures& n = stats.national;
    QString comparison;
    if (edition.previousEvents && *edition.previousEvents > 0) {
        const int previous = *edition.previousEvents;
        comparison = tr("%1 % of %2 (%3 events), difference %4")
                         .arg(locale.toString(100.0 * n.labelled / previous, 'f', 0))
                         .arg(edition.year - 1)
                         .arg(locale.toString(previous))
                         .arg(locale.toString(n.labelled - previous));
    } else {
        comparison = tr("no figures for the previous edition");
    }
    m_headline->setText(
        tr("<h2>Semaine de l'industrie %1</h2>"
           "<p><b>%2</b> requests received · <b>%3</b> labelled · %4 refused · %5 pending · "
           "%6 information requested · %7 withdrawn</p>"
           "<p>Labelled events: %8. Expected participants of labelled events: <b>%9</b>.</p>")
            .arg(edition.year)
            .arg(locale.toString(n.received), locale.toString(n.labelled), locale.toString(n.refused),
                locale.toString(n.pending), locale.toString(n.informationRequested),
                locale.toString(n.withdrawn), comparison, locale.toString(n.expectedParticipants))
        + tr("<p><i>Filter: %1</i></p>").arg(m_filter->describe().toHtmlEscaped()));
}
