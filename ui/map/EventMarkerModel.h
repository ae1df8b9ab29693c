#pragma once

#include "app/core/Event.h"
#include "app/core/LabelRules.h"

#include <QAbstractListModel>
#include <QColor>
#include <QGeoCoordinate>

// One marker per request that has coordinates, for the map's QML.
class EventMarkerModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        CoordinateRole,
        TitleRole,
        StatusColorRole,
        FailsConditionRole,
    };

    explicit EventMarkerModel(QObject* parent = nullptr);

    // The requests to show; the context decides which conditions fail.
    void setEvents(const QList<Event>& events, const RuleContext& context);
    static QColor statusColour(int status);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Marker {
        qint64 id;
        QGeoCoordinate coordinate;
        QString title;
        EventStatus status;
        bool failsCondition;
    };
    QList<Marker> m_markers;
};
