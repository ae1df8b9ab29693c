#include "ui/queue/QueueFilterProxy.h"

#include "ui/EventListModel.h"
#include "ui/SharedFilter.h"

QueueFilterProxy::QueueFilterProxy(SharedFilter* filter, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_filter(filter)
{
    setSortRole(EventListModel::SortRole);
    setSortLocaleAware(true);
    connect(m_filter, &SharedFilter::changed, this, &QueueFilterProxy::invalidateRowsFilter);
}

bool QueueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const EventListModel*>(sourceModel());
    return m_filter->filter().matches(model->event(sourceRow), model->report(sourceRow), model->searchText(sourceRow));
}
