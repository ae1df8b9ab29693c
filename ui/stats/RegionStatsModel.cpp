#include "ui/stats/RegionStatsModel.h"

#include "app/core/StatisticsReport.h"

#include <QFont>

RegionStatsModel::RegionStatsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RegionStatsModel::setStatistics(const Statistics& statistics, const Edition& edition,
    const QHash<QString, PreviousFigures>& previous, const QString& departementsOf)
{
    beginResetModel();
    m_statistics = statistics;
    m_previous = previous;
    m_figures.clear();
    const StatisticsReport report(m_statistics, edition, m_previous);
    m_withTotal = departementsOf.isEmpty();
    if (m_withTotal) {
        m_rows = report.regionTable();
        for (const TerritoryFigures& region : std::as_const(m_statistics.regions)) {
            m_figures.append(&region);
        }
        m_figures.append(&m_statistics.national);
    } else {
        m_rows = report.departementTable(departementsOf);
        for (const TerritoryFigures& departement : m_statistics.departements[departementsOf]) {
            m_figures.append(&departement);
        }
    }
    endResetModel();
}

int RegionStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int RegionStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionStatsModel::sortValue(int row, int column) const
{
    const TerritoryFigures& f = *m_figures.at(row);
    PreviousFigures previous;
    if (!m_withTotal) {
        previous = m_previous.value(f.code);
    } else if (row < m_figures.size() - 1) {
        previous = m_previous.value(PreviousFigures::regionKey(f.code));
    }
    const auto orMissing
        = [](const auto& value) { return value ? QVariant(double(*value)) : QVariant(-1.0); };
    switch (static_cast<Column>(column)) {
    case Territory:
        return f.name;
    case Received:
        return f.received;
    case Labelled:
        return f.labelled;
    case Refused:
        return f.refused;
    case Pending:
        return f.pending;
    case AcceptanceRate:
        return orMissing(StatisticsReport::acceptanceRate(f));
    case ExpectedParticipants:
        return f.expectedParticipants;
    case ActualParticipants:
        return f.actualReported > 0 ? QVariant(f.actualParticipants) : QVariant(-1.0);
    case ShareOfLabelled:
        return orMissing(StatisticsReport::shareOf(f, m_statistics.national));
    case LabelledPer100k:
        return orMissing(StatisticsReport::per100k(f));
    case PreviousLabelled:
        return orMissing(previous.events);
    case VersusPrevious:
        return previous.events ? QVariant(double(f.labelled - *previous.events)) : QVariant(-1e12);
    case PreviousParticipants:
        return orMissing(previous.participants);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RegionStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const bool isTotal = m_withTotal && index.row() == m_figures.size() - 1;
    switch (role) {
    case Qt::DisplayRole:
        return m_rows.at(index.row() + 1).at(index.column());
    case SortRole:
        return sortValue(index.row(), index.column());
    case CodeRole:
        return isTotal ? QString() : m_figures.at(index.row())->code;
    case TotalRole:
        return isTotal;
    case Qt::FontRole:
        if (isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Territory ? QVariant()
                                           : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RegionStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || m_rows.isEmpty() || section < 0
        || section >= ColumnCount) {
        return {};
    }
    return m_rows.first().at(section);
}
