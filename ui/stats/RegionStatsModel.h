#pragma once

#include "app/core/Statistics.h"

#include <QAbstractTableModel>

// Sits on Statistics: one row per région, then the national total.
class RegionStatsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Region,
        Received,
        Labelled,
        Refused,
        Pending,
        InformationRequested,
        AcceptanceRate,
        ExpectedParticipants,
        ShareOfLabelled,
        LabelledPer100k,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RegionStatsModel(QObject* parent = nullptr);

    void setStatistics(const Statistics& statistics);
    const Statistics& statistics() const { return m_statistics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TerritoryFigures& figures(int row) const;

    Statistics m_statistics;
};
