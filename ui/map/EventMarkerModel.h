#pragma once

#include <QAbstractListModel>
#include <QColor>

class EventListModel;

// Sits on EventListModel: one marker per request that has coordinates, coloured by status.
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

    explicit EventMarkerModel(EventListModel* events, QObject* parent = nullptr);

    static QColor statusColour(int status);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();

    EventListModel* m_events;
    QList<int> m_rows; // rows of m_events that have a place on the map
};
