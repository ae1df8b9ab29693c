#include "db/LabelNumberRepository.h"

#include "db/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

LabelNumberRepository::LabelNumberRepository(Database& database)
    : m_database(database)
{
}

QString LabelNumberRepository::format(int editionYear, int number)
{
    return QStringLiteral("SI%1-L-%2").arg(editionYear).arg(number, 5, 10, QLatin1Char('0'));
}

StoreResult<QString> LabelNumberRepository::assign(qint64 eventId, int editionYear)
{
    const StoreResult<QString> known = find(eventId);
    if (!known || !known->isEmpty()) {
        return known;
    }
    QSqlQuery query(m_database.connection());
    const auto run = [&](const QString& sql, const QVariantList& values) {
        if (!query.prepare(sql)) {
            return false;
        }
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        return query.exec();
    };
    const auto failed = [&] {
        return StoreResult<QString>::failure(
            StoreStatus::Failed, tr("Cannot give a label number: %1").arg(query.lastError().text()));
    };
    // The counter's row is locked by its update until the caller commits: two workstations
    // labelling at once get two numbers.
    if (!run(QStringLiteral("INSERT INTO label_counter (edition_year, last_number) VALUES (?, 0) "
                            "ON CONFLICT (edition_year) DO NOTHING"),
            { editionYear })
        || !run(
            QStringLiteral("UPDATE label_counter SET last_number = last_number + 1 WHERE edition_year = ?"),
            { editionYear })
        || !run(
            QStringLiteral("SELECT last_number FROM label_counter WHERE edition_year = ?"), { editionYear })
        || !query.next()) {
        return failed();
    }
    const int number = query.value(0).toInt();
    query.finish();
    if (!run(
            QStringLiteral(
                "INSERT INTO label_number (event_id, edition_year, number, assigned_at) VALUES (?, ?, ?, ?)"),
            { eventId, editionYear, number, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) })) {
        return failed();
    }
    return format(editionYear, number);
}

StoreResult<QString> LabelNumberRepository::find(qint64 eventId) const
{
    QSqlQuery query(m_database.connection());
    const bool prepared
        = query.prepare(QStringLiteral("SELECT edition_year, number FROM label_number WHERE event_id = ?"));
    query.addBindValue(eventId);
    if (!prepared || !query.exec()) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the label number: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return QString();
    }
    return format(query.value(0).toInt(), query.value(1).toInt());
}
