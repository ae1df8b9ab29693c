#pragma once

#include <QSortFilterProxyModel>

// Sits on RegionStatsModel: sorts the territories on the column's plain figures and keeps the
// national total last, whatever the order.
class RegionSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RegionSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
