#pragma once

#include "app/core/EventFilter.h"
#include "app/core/Statistics.h"

#include <QWidget>

class Database;
class RegionSortProxy;
class ReviewQueueModel;
class RegionStatsModel;
class SharedFilter;
class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTabWidget;

// The statistics dashboard: the headline against the previous edition, the per-région table with
// its drill-down to départements, and the charts, for the requests of the shared filter, with its
// exports. The figures are worked out in the store (StatisticsRepository) and only while shown.
class StatisticsView : public QWidget {
    Q_OBJECT

public:
    StatisticsView(
        ReviewQueueModel* queue, SharedFilter* filter, Database& database, QWidget* parent = nullptr);
    ~StatisticsView() override;

    // Whether the previous edition's figures may be edited (not on a shared store without the right).
    void setMayEditPreviousFigures(bool may);
    RegionStatsModel* regionModel() const { return m_regions; }
    RegionStatsModel* departementModel() const { return m_departements; }
    const Statistics& statistics() const { return m_statistics; }
    // The charts, in the order of the list that picks the one shown.
    const QList<QChart*>& charts() const { return m_charts; }
    // The région whose départements are shown.
    void showDepartementsOf(const QString& regionCode);

    bool exportPdf(const QString& path, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;
    bool exportXlsx(const QString& path, QString* error) const;
    // Every chart as PNG and SVG into `directory`, named after the chart.
    bool exportCharts(const QString& directory, QString* error) const;
    // Works the figures out again now (the view does it by itself when shown).
    void refresh();

signals:
    // A région was chosen as the shared filter: the queue should show its requests.
    void queueRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void initUi();
    void setupConnections();
    void markStale();
    void updateHeadline();
    // The shared filter as the figures follow it: without the queue tab's statuses unless asked.
    EventFilter scope() const;
    QString describeScope() const;
    void showWholeEdition();
    void updateCharts();
    void showCurrentChart();
    void putInView(QChart* chart);
    void editPreviousFigures();
    void applyRegion(const QModelIndex& index);
    void exportWithDialog(const QString& title, const QString& filter, const QString& suffix,
        bool (StatisticsView::*write)(const QString&, QString*) const);
    void exportChartsWithDialog();
    QString title() const;

    ReviewQueueModel* m_queue;
    SharedFilter* m_filter;
    Database& m_database;
    Statistics m_statistics;
    QHash<QString, PreviousFigures> m_previous;
    QString m_drillRegion;
    RegionStatsModel* m_regions;
    RegionStatsModel* m_departements;
    RegionSortProxy* m_regionProxy;
    RegionSortProxy* m_departementProxy;
    QLabel* m_headline = nullptr;
    QLabel* m_scope = nullptr;
    QCheckBox* m_followTab = nullptr;
    QPushButton* m_dropScope = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_drillTitle = nullptr;
    QTableView* m_departementTable = nullptr;
    QPushButton* m_previousButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QListWidget* m_chartList = nullptr;
    QChartView* m_chartView = nullptr;
    QList<QChart*> m_charts;
    bool m_stale = true;
};
