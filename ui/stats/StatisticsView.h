#pragma once

#include <QWidget>

class EventListModel;
class RegionStatsModel;
class SharedFilter;
class QLabel;
class QTableView;

// National headline against the previous edition and the per-région table.
class StatisticsView : public QWidget {
    Q_OBJECT

public:
    StatisticsView(EventListModel* events, SharedFilter* filter, QWidget* parent = nullptr);

    RegionStatsModel* regionModel() const { return m_regions; }

private:
    void refresh();

    EventListModel* m_events;
    SharedFilter* m_filter;
    RegionStatsModel* m_regions;
    QLabel* m_headline;
    QTableView* m_table;
};
