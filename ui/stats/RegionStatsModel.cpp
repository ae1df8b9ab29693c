#include "ui/stats/RegionStatsModel.h"

#include <QFont>
#include <QLocale>

RegionStatsModel::RegionStatsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RegionStatsModel::setStatistics(const Statistics& statistics)
{
    beginResetModel();
    m_statistics = statistics;
    endResetModel();
}

int RegionStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statistics.regions.size()) + 1;
}

int RegionStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TerritoryFigures& RegionStatsModel::figures(int row) const
{
    return row < m_statistics.regions.size() ? m_statistics.regions.at(row) : m_statistics.national;
}

QVariant RegionStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TerritoryFigures& f = figures(index.row());
    const bool isTotal = index.row() == m_statistics.regions.size();
    if (role == Qt::FontRole && isTotal) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Region) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const int decided = f.labelled + f.refused;
    const std::optional<double> acceptance
        = decided > 0 ? std::optional<double>(100.0 * f.labelled / decided) : std::nullopt;
    const int nationalLabelled = m_statistics.national.labelled;
    const std::optional<double> share
        = nationalLabelled > 0 ? std::optional<double>(100.0 * f.labelled / nationalLabelled) : std::nullopt;
    const std::optional<double> per100k = f.population > 0
        ? std::optional<double>(100000.0 * f.labelled / double(f.population))
        : std::nullopt;
    const QLocale locale;
    auto percent = [&](const std::optional<double>& value) -> QVariant {
        if (role == SortRole) {
            return value ? QVariant(*value) : QVariant(-1.0);
        }
        return value ? QVariant(tr("%1 %").arg(locale.toString(*value, 'f', 1))) : QVariant(tr("n/a"));
    };
    auto number = [&](qint64 value) -> QVariant {
        return role == SortRole ? QVariant(value) : QVariant(locale.toString(value));
    };
    switch (static_cast<Column>(index.column())) {
    case Region:
        return isTotal ? tr("France (total)") : f.name;
    case Received:
        return number(f.received);
    case Labelled:
        return number(f.labelled);
    case Refused:
        return number(f.refused);
    case Pending:
        return number(f.pending);
    case InformationRequested:
        return number(f.informationRequested);
    case AcceptanceRate:
        return percent(acceptance);
    case ExpectedParticipants:
        return number(f.expectedParticipants);
    case ShareOfLabelled:
        return percent(share);
    case LabelledPer100k:
        if (role == SortRole) {
            return per100k.value_or(-1.0);
        }
        return per100k ? QVariant(locale.toString(*per100k, 'f', 2)) : QVariant(tr("n/a"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RegionStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Region:
        return tr("Région");
    case Received:
        return tr("Requests");
    case Labelled:
        return tr("Labelled");
    case Refused:
        return tr("Refused");
    case Pending:
        return tr("Pending");
    case InformationRequested:
        return tr("Information requested");
    case AcceptanceRate:
        return tr("Acceptance rate");
    case ExpectedParticipants:
        return tr("Expected participants");
    case ShareOfLabelled:
        return tr("Share of labelled");
    case LabelledPer100k:
        return tr("Labelled per 100,000 inhabitants");
    case ColumnCount:
        break;
    }
    return {};
}
