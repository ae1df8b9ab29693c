#include "ui/stats/StatisticsView.h"

#include "app/core/GeoReference.h"
#include "app/core/StatisticsReport.h"
#include "app/export/StatisticsFiles.h"
#include "db/Database.h"
#include "db/StatisticsRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/common/FileDialogs.h"
#include "ui/stats/PreviousFiguresDialog.h"
#include "ui/stats/RegionSortProxy.h"
#include "ui/stats/RegionStatsModel.h"
#include "ui/stats/StatisticsCharts.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

StatisticsView::StatisticsView(
    ReviewQueueModel* queue, SharedFilter* filter, Database& database, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_filter(filter)
    , m_database(database)
    , m_regions(new RegionStatsModel(this))
    , m_departements(new RegionStatsModel(this))
    , m_regionProxy(new RegionSortProxy(this))
    , m_departementProxy(new RegionSortProxy(this))
{
    initUi();
    setupConnections();
}

void StatisticsView::initUi()
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("statisticsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // What the figures count, where the eye lands first, with one click back to the whole edition.
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("statisticsScope"));
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::RichText);
    m_scope->setAutoFillBackground(true);
    m_scope->setBackgroundRole(QPalette::ToolTipBase);
    m_scope->setForegroundRole(QPalette::ToolTipText);
    m_scope->setMargin(6);
    m_dropScope = new QPushButton(tr("Whole edition"), this);
    m_dropScope->setObjectName(QStringLiteral("statisticsWholeEdition"));
    m_dropScope->setToolTip(
        tr("Count every request of the edition: clears the filter shared with the queue and the map."));
    m_followTab = new QCheckBox(tr("Only the statuses of the queue's tab"), this);
    m_followTab->setObjectName(QStringLiteral("statisticsFollowTab"));
    m_followTab->setToolTip(tr("Otherwise the figures count every status, whichever tab the queue shows."));

    m_previousButton = new QPushButton(tr("&Previous edition figures…"), this);
    m_previousButton->setObjectName(QStringLiteral("previousFiguresButton"));
    m_exportButton = new QPushButton(tr("E&xport"), this);
    m_exportButton->setObjectName(QStringLiteral("statisticsExport"));
    auto* exports = new QMenu(m_exportButton);
    const auto addExport = [&](const QString& name, const QString& text, auto slot) {
        QAction* action = exports->addAction(text, this, slot);
        action->setObjectName(name);
    };
    addExport(QStringLiteral("exportPdf"), tr("Report (PDF)…"), [this] {
        exportWithDialog(tr("Export the report"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"),
            &StatisticsView::exportPdf);
    });
    addExport(QStringLiteral("exportCsv"), tr("Tables (CSV)…"), [this] {
        exportWithDialog(tr("Export the table"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
            &StatisticsView::exportCsv);
    });
    addExport(QStringLiteral("exportXlsx"), tr("Tables (XLSX)…"), [this] {
        exportWithDialog(tr("Export the tables"), tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx"),
            &StatisticsView::exportXlsx);
    });
    addExport(
        QStringLiteral("exportCharts"), tr("Charts (PNG and SVG)…"), [this] { exportChartsWithDialog(); });
    m_exportButton->setMenu(exports);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_previousButton);
    buttons->addWidget(m_exportButton);

    const auto setUpTable = [](QTableView* table, RegionSortProxy* proxy, RegionStatsModel* model) {
        proxy->setSourceModel(model);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(-1, Qt::AscendingOrder);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    };
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("regionTable"));
    m_table->setToolTip(tr("Double-click a région (or press Enter) to filter the queue on it."));
    setUpTable(m_table, m_regionProxy, m_regions);
    m_drillTitle = new QLabel(this);
    m_drillTitle->setObjectName(QStringLiteral("departementTitle"));
    m_departementTable = new QTableView(this);
    m_departementTable->setObjectName(QStringLiteral("departementTable"));
    setUpTable(m_departementTable, m_departementProxy, m_departements);
    auto* drill = new QWidget(this);
    auto* drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_departementTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(drill);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // One chart at a time, as large as the window allows, picked from the list of their titles:
    // at 1366×768 a grid leaves no room for the régions' names.
    m_chartList = new QListWidget(this);
    m_chartList->setObjectName(QStringLiteral("chartList"));
    m_chartList->setWordWrap(true);
    m_chartList->setTextElideMode(Qt::ElideNone);
    m_chartList->setMaximumWidth(260);
    m_chartList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("chartsPage"));
    charts->addWidget(m_chartList);
    charts->addWidget(m_chartView);
    charts->setStretchFactor(1, 1);
    charts->setChildrenCollapsible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));
    m_tabs->addTab(splitter, tr("Régions and départements"));
    m_tabs->addTab(charts, tr("Charts"));

    auto* layout = new QVBoxLayout(this);
    auto* scope = new QHBoxLayout;
    scope->addWidget(m_scope, 1);
    scope->addWidget(m_followTab);
    scope->addWidget(m_dropScope);
    layout->addLayout(scope);
    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addLayout(buttons);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

void StatisticsView::setupConnections()
{
    connect(m_queue, &ReviewQueueModel::eventsChanged, this, &StatisticsView::markStale);
    connect(m_previousButton, &QPushButton::clicked, this, &StatisticsView::editPreviousFigures);
    connect(m_followTab, &QCheckBox::toggled, this, &StatisticsView::markStale);
    connect(m_chartList, &QListWidget::currentRowChanged, this, &StatisticsView::showCurrentChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatisticsView::showCurrentChart);
    connect(m_dropScope, &QPushButton::clicked, this, &StatisticsView::showWholeEdition);
    // Double-click, or Enter: the platform's activation.
    connect(m_table, &QTableView::activated, this, &StatisticsView::applyRegion);
    // Under a région filter the drill-down stays on that région: the others have no request.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const QString code = current.data(RegionStatsModel::CodeRole).toString();
            if (!code.isEmpty() && m_filter->filter().region.isEmpty()) {
                showDepartementsOf(code);
            }
        });
}

// The figures follow every change of the requests or of the filter, but only while shown.
void StatisticsView::markStale()
{
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

StatisticsView::~StatisticsView()
{
    // The view deletes the chart it shows: an empty one, not one of ours.
    putInView(new QChart);
    qDeleteAll(m_charts);
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
    const Edition& edition = m_queue->edition();
    const StatisticsRepository repository(m_database);
    const StoreResult<Statistics> computed
        = repository.compute(edition, scope(), m_queue->today(), GeoReference::embedded());
    const StoreResult<QHash<QString, PreviousFigures>> previous = repository.previousFigures(edition.year);
    m_statistics = computed.value_or(Statistics::empty(GeoReference::embedded()));
    m_previous = previous.value_or({});
    m_regions->setStatistics(m_statistics, edition, m_previous);
    // A région filter opens its départements at once.
    if (!m_filter->filter().region.isEmpty()) {
        m_drillRegion = m_filter->filter().region;
    }
    showDepartementsOf(m_drillRegion.isEmpty() ? m_statistics.regions.value(0).code : m_drillRegion);
    updateHeadline();
    updateCharts();
    // Empty figures would read as "no request": the store's words are shown instead.
    if (const QString error = !computed ? computed.message : previous.message; !error.isEmpty()) {
        m_headline->setText(tr("<h3>%1</h3><p>%2</p>").arg(title().toHtmlEscaped(), error.toHtmlEscaped()));
    }
}

EventFilter StatisticsView::scope() const
{
    return m_followTab->isChecked() ? m_filter->filter() : m_filter->filter().withoutStatusesAndAssignee();
}

QString StatisticsView::describeScope() const
{
    const EventFilter filter = scope();
    return filter.isEmpty() ? tr("every request of the edition %1").arg(m_queue->edition().year)
                            : SharedFilter::describe(filter);
}

void StatisticsView::showWholeEdition()
{
    m_followTab->setChecked(false);
    EventFilter filter;
    // The queue keeps its tab.
    filter.statuses = m_filter->filter().statuses;
    filter.assignee = m_filter->filter().assignee;
    m_filter->setFilter(filter);
}

void StatisticsView::showDepartementsOf(const QString& regionCode)
{
    m_drillRegion = regionCode;
    m_departements->setStatistics(m_statistics, m_queue->edition(), m_previous, regionCode);
    const TerritoryFigures* region = m_statistics.region(regionCode);
    m_drillTitle->setText(tr("Départements of %1").arg(region ? region->name : regionCode));
}

QString StatisticsView::title() const
{
    return tr("Semaine de l'industrie %1: statistics").arg(m_queue->edition().year);
}

void StatisticsView::updateHeadline()
{
    const StatisticsReport report(m_statistics, m_queue->edition(), m_previous);
    QStringList lines;
    for (const QString& line : report.headlineLines(scope().region)) {
        lines << line.toHtmlEscaped();
    }
    m_headline->setText(
        tr("<h3>%1</h3><p>%2</p>").arg(title().toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    const bool whole = scope().isEmpty();
    m_scope->setText(whole ? tr("<b>Figures of %1</b>").arg(describeScope().toHtmlEscaped())
                           : tr("<b>Figures filtered:</b> %1").arg(describeScope().toHtmlEscaped()));
    m_dropScope->setVisible(!whole || m_followTab->isChecked());
}

void StatisticsView::updateCharts()
{
    const int current = std::max(0, m_chartList->currentRow());
    const QSignalBlocker blocker(m_chartList);
    m_chartList->clear();
    putInView(new QChart);
    qDeleteAll(m_charts);
    m_charts = StatisticsCharts::build(m_statistics, m_queue->edition(), m_previous);
    for (QChart* chart : std::as_const(m_charts)) {
        m_chartList->addItem(chart->title());
    }
    m_chartList->setCurrentRow(current);
    showCurrentChart();
}

// A chart laid out while hidden keeps the labels it elided then (Qt Charts): each is put in the
// view only once the view is shown, at its size.
void StatisticsView::showCurrentChart()
{
    QChart* chart = m_charts.value(m_chartList->currentRow());
    if (chart && m_chartView->isVisible() && m_chartView->chart() != chart) {
        putInView(chart);
    }
}

// The view gives its previous chart back rather than deleting it: ours stay in m_charts, an
// empty placeholder goes.
void StatisticsView::putInView(QChart* chart)
{
    QChart* previous = m_chartView->chart();
    m_chartView->setChart(chart);
    if (!m_charts.contains(previous)) {
        delete previous;
    }
}

void StatisticsView::applyRegion(const QModelIndex& index)
{
    const QString code = index.data(RegionStatsModel::CodeRole).toString();
    if (code.isEmpty()) {
        return;
    }
    EventFilter filter = m_filter->filter();
    filter.region = code;
    filter.departement.clear();
    m_filter->setFilter(filter);
    emit queueRequested();
}

void StatisticsView::editPreviousFigures()
{
    const Edition& edition = m_queue->edition();
    PreviousFiguresDialog dialog(edition.year - 1, m_previous, GeoReference::embedded(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const WriteResult saved
        = StatisticsRepository(m_database).setPreviousFigures(edition.year, dialog.figures());
        !saved) {
        QMessageBox::warning(
            this, dialog.windowTitle(), tr("The figures could not be saved: %1").arg(saved.message));
        return;
    }
    refresh();
}

bool StatisticsView::exportCsv(const QString& path, QString* error) const
{
    // The régions, then the départements of the région shown.
    return StatisticsFiles::writeCsv(path, { m_regions, m_departements }, RegionStatsModel::SortRole, error);
}

bool StatisticsView::exportXlsx(const QString& path, QString* error) const
{
    const TerritoryFigures* region = m_statistics.region(m_drillRegion);
    return StatisticsFiles::writeXlsx(path,
        { { tr("Régions"), m_regions }, { region ? region->name : tr("Départements"), m_departements } },
        RegionStatsModel::SortRole, error);
}

bool StatisticsView::exportPdf(const QString& path, QString* error) const
{
    const StatisticsReport report(m_statistics, m_queue->edition(), m_previous);
    return StatisticsFiles::writePdf(path,
        { title(), tr("Filter: %1").arg(describeScope()), report.headlineLines(scope().region),
            m_regions->rows() },
        StatisticsCharts::forFiles(m_statistics, m_queue->edition(), m_previous), error);
}

bool StatisticsView::exportCharts(const QString& directory, QString* error) const
{
    const QDir dir(directory);
    for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg") }) {
        for (const StatisticsFiles::Chart& chart :
            StatisticsCharts::forFiles(m_statistics, m_queue->edition(), m_previous)) {
            const QString name = dir.filePath(QStringLiteral("%1.%2").arg(chart.name, suffix));
            if (!StatisticsFiles::writeChart(chart, name, error)) {
                return false;
            }
        }
    }
    return true;
}

void StatisticsView::exportWithDialog(const QString& caption, const QString& filter, const QString& suffix,
    bool (StatisticsView::*write)(const QString&, QString*) const)
{
    const QString name = FileDialogs::datedName(
        tr("semaine-industrie-%1-statistics").arg(m_queue->edition().year), suffix, m_queue->today());
    const QString path
        = FileDialogs::saveFileName(this, FileDialogs::Kind::Statistics, caption, name, filter);
    QString error;
    if (!path.isEmpty() && !(this->*write)(path, &error)) {
        QMessageBox::warning(this, caption, error);
    }
}

void StatisticsView::exportChartsWithDialog()
{
    const QString directory
        = FileDialogs::existingDirectory(this, FileDialogs::Kind::Statistics, tr("Export the charts into"));
    QString error;
    if (!directory.isEmpty() && !exportCharts(directory, &error)) {
        QMessageBox::warning(this, tr("Export the charts into"), error);
    }
}

void StatisticsView::setMayEditPreviousFigures(bool may) { m_previousButton->setEnabled(may); }
