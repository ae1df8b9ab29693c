#include "app/core/ExportColumns.h"

#include <QSet>
#include <QTimeZone>

ExportColumns::ExportColumns()
    : ExportColumns(RequestColumns::with(RequestColumns::Use::Exported))
{
}

ExportColumns::ExportColumns(const QList<Column>& columns)
    : m_columns(columns)
{
    const QList<Column> recorded = ImportParser::columns();
    for (const Column column : m_columns) {
        m_cells << int(recorded.indexOf(column));
    }
}

std::optional<ExportColumns> ExportColumns::fromKeys(const QStringList& keys, QString* error)
{
    const ExportColumns all;
    QList<Column> columns;
    for (const QString& key : keys) {
        const std::optional<Column> column = RequestColumns::fromKey(key.trimmed());
        if (!column || !all.columns().contains(*column)) {
            *error = tr("“%1” is not a column (%2).").arg(key, all.keys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (columns.contains(*column)) {
            *error = tr("The column “%1” is chosen twice.").arg(key);
            return std::nullopt;
        }
        columns << *column;
    }
    if (columns.isEmpty()) {
        *error = tr("No column is chosen.");
        return std::nullopt;
    }
    return ExportColumns(columns);
}

QStringList ExportColumns::keys() const
{
    QStringList result;
    for (const Column column : m_columns) {
        result << RequestColumns::key(column);
    }
    return result;
}

ExportColumns::Kind ExportColumns::kind(Column column)
{
    switch (RequestColumns::of(column).type) {
    case RequestColumns::Type::Instant:
    case RequestColumns::Type::WallClock:
        return Kind::DateTime;
    case RequestColumns::Type::Number:
    case RequestColumns::Type::Count:
        return Kind::Number;
    default:
        return Kind::Text;
    }
}

QStringList ExportColumns::readableRecord(const Event& event)
{
    static const qsizetype eventType = ImportParser::columns().indexOf(Column::EventType);
    static const qsizetype organiserType = ImportParser::columns().indexOf(Column::OrganiserType);
    QStringList record = ImportParser::record(event);
    record[eventType] = EventTypes::displayName(event.type);
    record[organiserType] = OrganiserTypes::displayName(event.organiserType);
    return record;
}

QStringList ExportColumns::pick(const QStringList& record) const
{
    QStringList result;
    result.reserve(m_columns.size());
    for (const int cell : m_cells) {
        result << record.at(cell);
    }
    return result;
}

double ExportColumns::number(const QString& cell)
{
    QString text = cell;
    return text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

// Read by hand, as written by ImportParser::record(): QDateTime::fromString() with a format costs
// several times more on 100,000 rows.
QDateTime ExportColumns::dateTime(const QString& cell)
{
    if (cell.size() != 16 && cell.size() != 19) {
        return {};
    }
    const auto digits = [&](int from, int count) { return QStringView(cell).mid(from, count).toInt(); };
    const QDate date(digits(6, 4), digits(3, 2), digits(0, 2));
    const QTime time(digits(11, 2), digits(14, 2), cell.size() == 19 ? digits(17, 2) : 0);
    // Held as UTC: a local time would look its offset up on every construction, ten times the cost.
    return QDateTime(date, time, QTimeZone::UTC);
}
