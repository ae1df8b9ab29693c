#include "ui/queue/StatusTabs.h"

#include "ui/EventListModel.h"
#include "ui/SharedFilter.h"

#include <QLocale>

namespace {

QString tabTitle(int tab)
{
    switch (tab) {
    case 0:
        return StatusTabs::tr("To review");
    case 1:
        return StatusTabs::tr("Information requested");
    case 2:
        return StatusTabs::tr("Labelled");
    case 3:
        return StatusTabs::tr("Refused");
    case 4:
        return StatusTabs::tr("Withdrawn");
    default:
        return StatusTabs::tr("All");
    }
}

} // namespace

StatusTabs::StatusTabs(EventListModel* events, SharedFilter* filter, QWidget* parent)
    : QTabBar(parent)
    , m_events(events)
    , m_filter(filter)
    , m_statuses { { EventStatus::Submitted, EventStatus::InReview }, { EventStatus::InformationRequested },
        { EventStatus::Labelled }, { EventStatus::Refused }, { EventStatus::Withdrawn }, {} }
{
    setObjectName(QStringLiteral("statusTabs"));
    setDocumentMode(true);
    setExpanding(false);
    m_updating = true; // adding the first tab makes it current: that must not touch the filter
    for (int tab = 0; tab < m_statuses.size(); ++tab) {
        addTab(tabTitle(tab));
    }
    m_updating = false;
    connect(this, &QTabBar::currentChanged, this, [this](int tab) {
        if (m_updating || tab < 0) {
            return;
        }
        EventFilter filter = m_filter->filter();
        filter.statuses = m_statuses.at(tab);
        m_filter->setFilter(filter);
    });
    connect(m_filter, &SharedFilter::changed, this, &StatusTabs::refresh);
    connect(m_events, &QAbstractItemModel::modelReset, this, &StatusTabs::refresh);
    connect(m_events, &QAbstractItemModel::dataChanged, this, &StatusTabs::refresh);
    refresh();
}

void StatusTabs::refresh()
{
    // Counts over the filter without its statuses, so that each tab says what it would show.
    EventFilter others = m_filter->filter();
    others.statuses.clear();
    QHash<EventStatus, int> byStatus;
    int all = 0;
    for (int row = 0; row < m_events->rowCount(); ++row) {
        if (others.matches(m_events->event(row), m_events->report(row))) {
            ++byStatus[m_events->event(row).status];
            ++all;
        }
    }
    const QLocale locale;
    m_updating = true;
    m_counts.clear();
    for (int tab = 0; tab < m_statuses.size(); ++tab) {
        int count = m_statuses.at(tab).isEmpty() ? all : 0;
        for (EventStatus status : m_statuses.at(tab)) {
            count += byStatus.value(status);
        }
        m_counts.append(count);
        setTabText(tab, tr("%1 (%2)").arg(tabTitle(tab), locale.toString(count)));
        if (m_filter->filter().statuses == m_statuses.at(tab)) {
            setCurrentIndex(tab);
        }
    }
    m_updating = false;
}
