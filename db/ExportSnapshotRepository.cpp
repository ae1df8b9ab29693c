#include "db/ExportSnapshotRepository.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

ExportSnapshotRepository::ExportSnapshotRepository(Database& database)
    : m_database(database)
{
}

bool ExportSnapshotRepository::record(const ExportSnapshot& snapshot, std::optional<ExportSnapshot>* previous)
{
    *previous = latest(snapshot.editionYear, snapshot.filter);
    if (!m_database.beginWrite()) {
        return false;
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    // The id given here, as PostgreSQL would not generate it for an INTEGER key.
    const bool ok = [&] {
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM export_snapshot"))
            || !query.next()) {
            return false;
        }
        const qint64 id = query.value(0).toLongLong();
        query.prepare(
            QStringLiteral("INSERT INTO export_snapshot (id, edition_year, exported_at, who, format, filter) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value : { QVariant(id), QVariant(snapshot.editionYear),
                 QVariant(snapshot.exportedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(snapshot.who),
                 QVariant(snapshot.format), QVariant(snapshot.filter) }) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return false;
        }
        query.prepare(QStringLiteral("INSERT INTO export_snapshot_row (snapshot_id, request_id, title, "
                                     "content_hash) VALUES (?, ?, ?, ?)"));
        for (const ExportSnapshot::Row& row : snapshot.rows) {
            query.addBindValue(id);
            query.addBindValue(row.requestId);
            query.addBindValue(row.title);
            query.addBindValue(QString::fromLatin1(row.hash));
            if (!query.exec()) {
                return false;
            }
        }
        return true;
    }();
    if (ok && db.commit()) {
        return true;
    }
    db.rollback();
    return false;
}

std::optional<ExportSnapshot> ExportSnapshotRepository::latest(int editionYear, const QString& filter) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, exported_at, who, format FROM export_snapshot WHERE edition_year = ? "
                       "AND filter = ? ORDER BY exported_at DESC, id DESC LIMIT 1"));
    query.addBindValue(editionYear);
    query.addBindValue(filter);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    ExportSnapshot snapshot;
    const qint64 id = query.value(0).toLongLong();
    snapshot.editionYear = editionYear;
    snapshot.exportedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    snapshot.who = query.value(2).toString();
    snapshot.format = query.value(3).toString();
    snapshot.filter = filter;
    query.prepare(QStringLiteral(
        "SELECT request_id, title, content_hash FROM export_snapshot_row WHERE snapshot_id = ? "
        "ORDER BY request_id"));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::nullopt;
    }
    while (query.next()) {
        snapshot.rows.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString().toLatin1() });
    }
    return snapshot;
}
