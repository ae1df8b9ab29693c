#pragma once

#include <QWidget>

class EventListModel;
class FilterBar;
class QueueFilterProxy;
class SharedFilter;
class QLabel;
class QTableView;

// The review queue: every request of the edition with its conditions, searchable and sortable.
class QueueView : public QWidget {
    Q_OBJECT

public:
    QueueView(EventListModel* model, SharedFilter* filter, QWidget* parent = nullptr);

    qint64 currentEventId() const;
    void selectEvent(qint64 eventId);

signals:
    void currentEventChanged(qint64 eventId);
    void eventActivated(qint64 eventId);

private:
    void initUi();
    void setupConnections();
    void updateCount();

    EventListModel* m_model;
    QueueFilterProxy* m_proxy;
    FilterBar* m_filterBar;
    QLabel* m_count;
    QTableView* m_table;
};
