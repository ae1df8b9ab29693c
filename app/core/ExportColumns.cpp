#include "app/core/ExportColumns.h"

#include <QSet>
#include <QTimeZone>

ExportColumns::ExportColumns()
    : m_columns(ImportParser::columns())
{
}

ExportColumns::ExportColumns(const QList<Column>& columns)
    : m_columns(columns)
{
}

std::optional<ExportColumns> ExportColumns::fromKeys(const QStringList& keys, QString* error)
{
    const QStringList known = ImportParser::keys();
    QList<Column> columns;
    for (const QString& key : keys) {
        const qsizetype index = known.indexOf(key.trimmed());
        if (index < 0) {
            *error = tr("“%1” is not a column (%2).").arg(key, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (columns.contains(Column(index))) {
            *error = tr("The column “%1” is chosen twice.").arg(key);
            return std::nullopt;
        }
        columns << Column(index);
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
    switch (column) {
    case Column::SubmittedAt:
    case Column::StartsAt:
    case Column::EndsAt:
        return Kind::DateTime;
    case Column::Latitude:
    case Column::Longitude:
    case Column::Price:
    case Column::ExpectedParticipants:
    case Column::ActualParticipants:
        return Kind::Number;
    default:
        return Kind::Text;
    }
}

QString ExportColumns::displayName(Column column)
{
    switch (column) {
    case Column::RequestId:
        return tr("Request id");
    case Column::SubmittedAt:
        return tr("Submitted at");
    case Column::Title:
        return tr("Title");
    case Column::Description:
        return tr("Description");
    case Column::EventType:
        return tr("Event type");
    case Column::Online:
        return tr("Online event");
    case Column::Organiser:
        return tr("Organiser");
    case Column::OrganiserType:
        return tr("Organiser type");
    case Column::Siret:
        return tr("SIRET");
    case Column::ContactName:
        return tr("Contact name");
    case Column::ContactEmail:
        return tr("E-mail");
    case Column::ContactPhone:
        return tr("Phone");
    case Column::Address:
        return tr("Address");
    case Column::PostalCode:
        return tr("Postal code");
    case Column::Commune:
        return tr("Commune");
    case Column::InseeCode:
        return tr("INSEE code");
    case Column::Latitude:
        return tr("Latitude");
    case Column::Longitude:
        return tr("Longitude");
    case Column::StartsAt:
        return tr("Starts");
    case Column::EndsAt:
        return tr("Ends");
    case Column::GeneralPublic:
        return tr("General public");
    case Column::YoungPeople:
        return tr("Young people");
    case Column::JobSeekers:
        return tr("Job seekers");
    case Column::AimsIndustry:
        return tr("Aims to inform about industry");
    case Column::Free:
        return tr("Free");
    case Column::Price:
        return tr("Price (€)");
    case Column::ExpectedParticipants:
        return tr("Expected participants");
    case Column::ActualParticipants:
        break;
    }
    return tr("Actual participants");
}

QStringList ExportColumns::readableRecord(const Event& event)
{
    QStringList record = ImportParser::record(event);
    record[int(Column::EventType)] = EventTypes::displayName(event.type);
    record[int(Column::OrganiserType)] = OrganiserTypes::displayName(event.organiserType);
    return record;
}

QStringList ExportColumns::pick(const QStringList& record) const
{
    QStringList result;
    result.reserve(m_columns.size());
    for (const Column column : m_columns) {
        result << record.at(int(column));
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
