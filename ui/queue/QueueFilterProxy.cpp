#include "ui/queue/QueueFilterProxy.h"

#include "ui/EventListModel.h"

QueueFilterProxy::QueueFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventListModel::SortRole);
    setSortLocaleAware(true);
}

void QueueFilterProxy::setStatus(std::optional<EventStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void QueueFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void QueueFilterProxy::setOnlyFailing(bool onlyFailing)
{
    m_onlyFailing = onlyFailing;
    invalidateRowsFilter();
}

bool QueueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const EventListModel*>(sourceModel());
    const Event& event = model->event(sourceRow);
    if (m_status && event.status != *m_status) {
        return false;
    }
    if (m_onlyFailing && model->report(sourceRow).failedConditions().isEmpty()) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (const QString* field :
        { &event.title, &event.organiserName, &event.commune, &event.requestId, &event.postalCode }) {
        if (field->contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
