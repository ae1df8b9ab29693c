#include "ui/map/EventMarkerModel.h"

EventMarkerModel::EventMarkerModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void EventMarkerModel::setEvents(const QList<Event>& events, const RuleContext& context)
{
    beginResetModel();
    m_markers.clear();
    for (const Event& event : events) {
        if (event.latitude && event.longitude) {
            m_markers.append({ event.id, QGeoCoordinate(*event.latitude, *event.longitude), event.title, event.status,
                !LabelRules::evaluateAll(event, context).failedConditions().isEmpty() });
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
    return parent.isValid() ? 0 : int(m_markers.size());
}

QVariant EventMarkerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Marker& marker = m_markers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return marker.title;
    case EventIdRole:
        return marker.id;
    case CoordinateRole:
        return QVariant::fromValue(marker.coordinate);
    case StatusColorRole:
        return statusColour(int(marker.status));
    case FailsConditionRole:
        return marker.failsCondition;
    default:
        return {};
    }
}

QHash<int, QByteArray> EventMarkerModel::roleNames() const
{
    return { { EventIdRole, "eventId" }, { CoordinateRole, "coordinate" }, { TitleRole, "title" },
        { StatusColorRole, "statusColor" }, { FailsConditionRole, "failsCondition" } };
}
