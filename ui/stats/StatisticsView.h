#pragma once

#include <QWidget>

class ReviewQueueModel;
class RegionStatsModel;
class SharedFilter;
class QLabel;
class QTableView;

// National headline against the previous edition and the per-région table.
class StatisticsView : public QWidget {
    Q_OBJECT

public:
    StatisticsView(ReviewQueueModel* queue, SharedFilter* filter, QWidget* parent = nullptr);

    RegionStatsModel* regionModel() const { return m_regions; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    void refresh();

    ReviewQueueModel* m_queue;
    SharedFilter* m_filter;
    RegionStatsModel* m_regions;
    QLabel* m_headline;
    QTableView* m_table;
    bool m_stale = true;
};
