#include "ui/queue/StatusTabs.h"

#include "app/core/SessionUser.h"
#include "db/EventRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"

#include <QLocale>

StatusTabs::StatusTabs(ReviewQueueModel* queue, SharedFilter* filter, QWidget* parent)
    : QTabBar(parent)
    , m_queue(queue)
    , m_filter(filter)
{
    const QList<EventStatus> pending { EventStatus::Submitted, EventStatus::InReview };
    m_tabs = { { tr("To review"), pending, false }, { tr("Mine"), pending, true },
        { tr("Information requested"), { EventStatus::InformationRequested }, false },
        { tr("Labelled"), { EventStatus::Labelled }, false },
        { tr("Refused"), { EventStatus::Refused }, false },
        { tr("Withdrawn"), { EventStatus::Withdrawn }, false }, { tr("All"), {}, false } };
    setObjectName(QStringLiteral("statusTabs"));
    setDocumentMode(true);
    setExpanding(false);
    m_updating = true; // adding the first tab makes it current: that must not touch the filter
    for (const Tab& tab : std::as_const(m_tabs)) {
        addTab(tab.title);
    }
    m_updating = false;
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (m_updating || index < 0) {
            return;
        }
        EventFilter filter = m_filter->filter();
        filter.statuses = m_tabs.at(index).statuses;
        filter.assignee = m_tabs.at(index).mine ? std::optional<QString>(SessionUser::name()) : std::nullopt;
        m_filter->setFilter(filter);
    });
    connect(m_queue, &ReviewQueueModel::countsChanged, this, &StatusTabs::refresh);
    refresh();
}

void StatusTabs::refresh()
{
    // The counts are over the filter without its statuses and assignee, so that each tab says
    // what it would show.
    const QueueIndex::Counts& counts = m_queue->counts();
    const QString me = SessionUser::name();
    const QLocale locale;
    const EventFilter& current = m_filter->filter();
    m_updating = true;
    m_counts.clear();
    for (int index = 0; index < m_tabs.size(); ++index) {
        const Tab& tab = m_tabs.at(index);
        int count = tab.statuses.isEmpty() ? counts.total : 0;
        for (EventStatus status : tab.statuses) {
            count += tab.mine ? counts.mineByStatus.value(status) : counts.byStatus.value(status);
        }
        m_counts.append(count);
        setTabText(index, tr("%1 (%2)").arg(tab.title, locale.toString(count)));
        const bool assigneeMatches
            = tab.mine ? current.assignee == std::optional<QString>(me) : !current.assignee;
        if (current.statuses == tab.statuses && assigneeMatches) {
            setCurrentIndex(index);
        }
    }
    m_updating = false;
}
