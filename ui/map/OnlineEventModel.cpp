#include "ui/map/OnlineEventModel.h"

OnlineEventModel::OnlineEventModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void OnlineEventModel::setPoints(const QList<MapPoint>& points)
{
    beginResetModel();
    m_events.clear();
    for (const MapPoint& point : points) {
        if (point.online) {
            m_events.append({ point.id, point.requestId, point.status, point.title, point.organiser });
        }
    }
    endResetModel();
}

int OnlineEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant OnlineEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Online& online = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return tr("%1 · %2\n%3\n%4")
            .arg(online.requestId, EventStatuses::displayName(online.status), online.title, online.organiser);
    case EventIdRole:
        return online.id;
    default:
        return {};
    }
}
