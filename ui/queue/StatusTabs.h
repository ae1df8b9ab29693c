#pragma once

#include "app/core/EventStatus.h"

#include <QTabBar>

class ReviewQueueModel;
class SharedFilter;

// Tabs over the queue with live counts: to review, mine (to review and assigned to me),
// information requested, labelled, refused, withdrawn, all. A tab sets the shared filter's
// statuses (and, for "mine", its assignee); the counts follow the rest of the filter.
class StatusTabs : public QTabBar {
    Q_OBJECT

public:
    StatusTabs(ReviewQueueModel* queue, SharedFilter* filter, QWidget* parent = nullptr);

    // The number shown on each tab, in tab order (for tests and the accessible names).
    QList<int> counts() const { return m_counts; }

private:
    void refresh();

    ReviewQueueModel* m_queue;
    SharedFilter* m_filter;
    struct Tab {
        QString title;
        QList<EventStatus> statuses; // empty = all
        bool mine;
    };
    QList<Tab> m_tabs;
    QList<int> m_counts;
    bool m_updating = false;
};
