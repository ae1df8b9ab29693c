#pragma once

#include "app/core/MapPoint.h"

#include <QAbstractListModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QHash>
#include <QList>
#include <QPainterPath>

class GeoReference;

// Sits on the embedded boundaries of the régions (or of the départements): one row per outer
// ring (a territory with islands has several), coloured by the chosen measure over the requests
// of the shared filter.
class RegionShapeModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        PathRole,
        FillColorRole,
        FiguresRole, // the territory's figures, one line each, for hovering
    };
    enum class Level { Region, Departement };
    enum class Measure { Labelled, Requests, Pending, FailingShare, LabelledPerPopulation };

    explicit RegionShapeModel(Level level, QObject* parent = nullptr);

    // Reads the GeoJSON once; returns false with an error when it cannot.
    bool load(const QString& geoJsonPath, QString* error);
    void setPoints(const QList<MapPoint>& points, const GeoReference& geo);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    static QList<Measure> measures();
    static QString measureName(Measure measure);
    // The measure's highest value over the territories, as the legend's dark end says it.
    QString maximumText() const;
    static QColor colourFor(double value, double maximum);
    // The figures of the territory at this point, empty outside every territory.
    Q_INVOKABLE QString figuresAt(const QGeoCoordinate& coordinate) const;
    // What the map draws of a row: its ring in Web Mercator units (projected once, at load), and
    // its colour.
    const QPainterPath& outline(int row) const { return m_rings.at(row).outline; }
    QColor fillColour(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Ring {
        QString code;
        QString name;
        QList<QGeoCoordinate> path;
        QPainterPath outline;
    };
    struct Figures {
        int requests = 0;
        int labelled = 0;
        int pending = 0;
        int failing = 0;
        qint64 population = 0;
    };
    double valueOf(const Figures& figures) const;
    QString figuresText(const Ring& ring) const;
    QString valueText(double value) const;
    void recolour();

    Level m_level;
    Measure m_measure = Measure::Labelled;
    QList<Ring> m_rings;
    QHash<QString, Figures> m_figures;
    double m_maximum = 0;
};
