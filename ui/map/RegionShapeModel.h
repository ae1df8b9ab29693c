#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QHash>
#include <QList>

struct Statistics;

// Sits on the embedded région boundaries: one row per outer ring (a région with islands has
// several), coloured by the région's number of labelled events.
class RegionShapeModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        PathRole,
        FillColorRole,
        LabelledRole,
    };

    explicit RegionShapeModel(QObject* parent = nullptr);

    // Reads the GeoJSON once; returns false with an error when it cannot.
    bool load(const QString& geoJsonPath, QString* error);
    void setStatistics(const Statistics& statistics);
    static QColor colourFor(int labelled, int maxLabelled);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Ring {
        QString code;
        QString name;
        QList<QGeoCoordinate> path;
    };
    QList<Ring> m_rings;
    QHash<QString, int> m_labelled;
    int m_maxLabelled = 0;
};
