#pragma once

#include "app/core/Edition.h"
#include "app/core/Statistics.h"

#include <QAbstractTableModel>

// Sits on Statistics: one row per région then the national total, or one row per département of
// a région (the drill-down). The cells are the report's (StatisticsReport), so the table on screen,
// its CSV, XLSX and PDF say the same; SortRole gives plain numbers, missing ones below any figure.
class RegionStatsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Territory,
        Received,
        Labelled,
        Refused,
        Pending,
        AcceptanceRate,
        ExpectedParticipants,
        ActualParticipants,
        ShareOfLabelled,
        LabelledPer100k,
        PreviousLabelled,
        VersusPrevious,
        PreviousParticipants,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CodeRole = Qt::UserRole + 2; // the territory's code; empty on the total row
    static constexpr int TotalRole = Qt::UserRole + 3; // true on the national total row

    explicit RegionStatsModel(QObject* parent = nullptr);

    // The régions and the total, or with `departementsOf` the départements of that région.
    void setStatistics(const Statistics& statistics, const Edition& edition = {},
        const QHash<QString, PreviousFigures>& previous = {}, const QString& departementsOf = {});
    const Statistics& statistics() const { return m_statistics; }
    // The table as shown, header first.
    const QList<QStringList>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(int row, int column) const;

    Statistics m_statistics;
    QHash<QString, PreviousFigures> m_previous;
    QList<const TerritoryFigures*> m_figures; // per row, into m_statistics
    QList<QStringList> m_rows;
    bool m_withTotal = true;
};
