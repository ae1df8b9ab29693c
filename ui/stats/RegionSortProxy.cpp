#include "ui/stats/RegionSortProxy.h"

#include "ui/stats/RegionStatsModel.h"

RegionSortProxy::RegionSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegionStatsModel::SortRole);
    setSortLocaleAware(true);
}

bool RegionSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftTotal = left.data(RegionStatsModel::TotalRole).toBool();
    const bool rightTotal = right.data(RegionStatsModel::TotalRole).toBool();
    if (leftTotal != rightTotal) {
        // The total is "greatest" going up and "least" going down: last either way.
        return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
