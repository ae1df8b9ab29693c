#pragma once

#include <QAbstractListModel>
#include <QColor>

class EventListModel;
class SharedFilter;

// Sits on EventListModel: one marker per request of the shared filter that has coordinates.
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

    EventMarkerModel(EventListModel* events, SharedFilter* filter, QObject* parent = nullptr);

    static QColor statusColour(int status);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();

    EventListModel* m_events;
    SharedFilter* m_filter;
    QList<int> m_rows; // rows of m_events that have a place on the map
};
