#include "ui/map/EventMarkerModel.h"

#include "ui/EventListModel.h"
#include "ui/SharedFilter.h"

#include <QGeoCoordinate>

EventMarkerModel::EventMarkerModel(EventListModel* events, SharedFilter* filter, QObject* parent)
    : QAbstractListModel(parent)
    , m_events(events)
    , m_filter(filter)
{
    connect(m_events, &QAbstractItemModel::modelReset, this, &EventMarkerModel::rebuild);
    connect(m_events, &QAbstractItemModel::dataChanged, this, &EventMarkerModel::rebuild);
    connect(m_filter, &SharedFilter::changed, this, &EventMarkerModel::rebuild);
    rebuild();
}

void EventMarkerModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (int row : m_filter->matchingRows(*m_events)) {
        const Event& event = m_events->event(row);
        if (event.latitude && event.longitude) {
            m_rows.append(row);
        }
    }
    endResetModel();
}

QColor EventMarkerModel::statusColour(int status)
{
    switch (static_cast<EventStatus>(status)) {
    case EventStatus::Labelled:
        return QColor(0x2e, 0x7d, 0x32);
    case EventStatus::Refused:
        return QColor(0xc6, 0x28, 0x28);
    case EventStatus::InformationRequested:
        return QColor(0xef, 0x6c, 0x00);
    case EventStatus::Withdrawn:
        return QColor(0x75, 0x75, 0x75);
    case EventStatus::Submitted:
    case EventStatus::InReview:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

int EventMarkerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EventMarkerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = m_rows.at(index.row());
    const Event& event = m_events->event(row);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return event.title;
    case EventIdRole:
        return event.id;
    case CoordinateRole:
        return QVariant::fromValue(QGeoCoordinate(*event.latitude, *event.longitude));
    case StatusColorRole:
        return statusColour(int(event.status));
    case FailsConditionRole:
        return !m_events->report(row).failedConditions().isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> EventMarkerModel::roleNames() const
{
    return { { EventIdRole, "eventId" }, { CoordinateRole, "coordinate" }, { TitleRole, "title" },
        { StatusColorRole, "statusColor" }, { FailsConditionRole, "failsCondition" } };
}
