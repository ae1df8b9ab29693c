#pragma once

#include "app/core/MapPoint.h"

#include <QAbstractListModel>
#include <QList>

// Sits on the map points of the shared filter and keeps the online requests: they have no place on
// the map, so a list beside it shows each by its id and status, title and organiser (many online
// requests share a title).
class OnlineEventModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { EventIdRole = Qt::UserRole + 1 };

    explicit OnlineEventModel(QObject* parent = nullptr);

    void setPoints(const QList<MapPoint>& points);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Online {
        qint64 id;
        QString requestId;
        EventStatus status;
        QString title;
        QString organiser;
    };
    QList<Online> m_events;
};
