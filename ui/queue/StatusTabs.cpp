#include "ui/queue/StatusTabs.h"

#include "db/EventRepository.h"
#include "ui/EventListModel.h"
#include "ui/SharedFilter.h"

#include <QLocale>

StatusTabs::StatusTabs(EventListModel* events, SharedFilter* filter, QWidget* parent)
    : QTabBar(parent)
    , m_events(events)
    , m_filter(filter)
{
    const QList<EventStatus> pending { EventStatus::Submitted, EventStatus::InReview };
    m_tabs = { { tr("To review"), pending, false }, { tr("Mine"), pending, true },
        { tr("Information requested"), { EventStatus::InformationRequested }, false },
        { tr("Labelled"), { EventStatus::Labelled }, false }, { tr("Refused"), { EventStatus::Refused }, false },
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
        filter.assignee = m_tabs.at(index).mine ? std::optional<QString>(EventRepository::currentUser()) : std::nullopt;
        m_filter->setFilter(filter);
    });
    connect(m_filter, &SharedFilter::changed, this, &StatusTabs::refresh);
    connect(m_events, &QAbstractItemModel::modelReset, this, &StatusTabs::refresh);
    connect(m_events, &QAbstractItemModel::dataChanged, this, &StatusTabs::refresh);
    refresh();
}

void StatusTabs::refresh()
{
    // Counts over the filter without its statuses and assignee, so that each tab says what it
    // would show.
    EventFilter others = m_filter->filter();
    others.statuses.clear();
    others.assignee.reset();
    const QString me = EventRepository::currentUser();
    QHash<EventStatus, int> byStatus;
    QHash<EventStatus, int> mineByStatus;
    int all = 0;
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const Event& event = m_events->event(row);
        if (others.matches(event, m_events->report(row), m_events->searchText(row))) {
            ++byStatus[event.status];
            mineByStatus[event.status] += event.assignee == me ? 1 : 0;
            ++all;
        }
    }
    const QLocale locale;
    const EventFilter& current = m_filter->filter();
    m_updating = true;
    m_counts.clear();
    for (int index = 0; index < m_tabs.size(); ++index) {
        const Tab& tab = m_tabs.at(index);
        int count = tab.statuses.isEmpty() ? all : 0;
        for (EventStatus status : tab.statuses) {
            count += tab.mine ? mineByStatus.value(status) : byStatus.value(status);
        }
        m_counts.append(count);
        setTabText(index, tr("%1 (%2)").arg(tab.title, locale.toString(count)));
        const bool assigneeMatches = tab.mine ? current.assignee == std::optional<QString>(me) : !current.assignee;
        if (current.statuses == tab.statuses && assigneeMatches) {
            setCurrentIndex(index);
        }
    }
    m_updating = false;
}
