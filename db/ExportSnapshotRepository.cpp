#include "db/ExportSnapshotRepository.h"

#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ExportSnapshotRepository::ExportSnapshotRepository(Database& database)
    : m_database(database)
{
}

StoreResult<std::optional<ExportSnapshot>> ExportSnapshotRepository::record(const ExportSnapshot& snapshot)
{
    using Recorded = StoreResult<std::optional<ExportSnapshot>>;
    const auto failed = [](const QString& why) {
        return Recorded::failure(StoreStatus::Failed, tr("Cannot record the export: %1").arg(why));
    };
    const Recorded previous = latest(snapshot.editionYear, snapshot.filter);
    if (!previous) {
        return previous;
    }
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return failed(transaction.failure().message);
    }
    QSqlQuery query(m_database.connection());
    // The id given here, as PostgreSQL would not generate it for an INTEGER key.
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM export_snapshot"))
        || !query.next()) {
        return failed(query.lastError().text());
    }
    const qint64 id = query.value(0).toLongLong();
    if (!query.prepare(
            QStringLiteral("INSERT INTO export_snapshot (id, edition_year, exported_at, who, format, filter) "
                           "VALUES (?, ?, ?, ?, ?, ?)"))) {
        return failed(query.lastError().text());
    }
    for (const QVariant& value : { QVariant(id), QVariant(snapshot.editionYear),
             QVariant(snapshot.exportedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(snapshot.who),
             QVariant(snapshot.format), QVariant(snapshot.filter) }) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return failed(query.lastError().text());
    }
    if (!query.prepare(QStringLiteral("INSERT INTO export_snapshot_row (snapshot_id, request_id, title, "
                                      "content_hash) VALUES (?, ?, ?, ?)"))) {
        return failed(query.lastError().text());
    }
    for (const ExportSnapshot::Row& row : snapshot.rows) {
        query.addBindValue(id);
        query.addBindValue(row.requestId);
        query.addBindValue(row.title);
        query.addBindValue(QString::fromLatin1(row.hash));
        if (!query.exec()) {
            return failed(query.lastError().text());
        }
    }
    query.finish();
    if (const WriteResult committed = transaction.commit(); !committed) {
        return failed(committed.message);
    }
    return previous;
}

StoreResult<std::optional<ExportSnapshot>> ExportSnapshotRepository::latest(
    int editionYear, const QString& filter) const
{
    using Found = StoreResult<std::optional<ExportSnapshot>>;
    QSqlQuery query(m_database.connection());
    const auto failed = [&] {
        return Found::failure(
            StoreStatus::Failed, tr("Cannot read the previous export: %1").arg(query.lastError().text()));
    };
    if (!query.prepare(
            QStringLiteral("SELECT id, exported_at, who, format FROM export_snapshot WHERE edition_year = ? "
                           "AND filter = ? ORDER BY exported_at DESC, id DESC LIMIT 1"))) {
        return failed();
    }
    query.addBindValue(editionYear);
    query.addBindValue(filter);
    if (!query.exec()) {
        return failed();
    }
    if (!query.next()) {
        return std::optional<ExportSnapshot>();
    }
    ExportSnapshot snapshot;
    const qint64 id = query.value(0).toLongLong();
    snapshot.editionYear = editionYear;
    snapshot.exportedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    snapshot.who = query.value(2).toString();
    snapshot.format = query.value(3).toString();
    snapshot.filter = filter;
    if (!query.prepare(QStringLiteral(
            "SELECT request_id, title, content_hash FROM export_snapshot_row WHERE snapshot_id = ? "
            "ORDER BY request_id"))) {
        return failed();
    }
    query.addBindValue(id);
    if (!query.exec()) {
        return failed();
    }
    while (query.next()) {
        snapshot.rows.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString().toLatin1() });
    }
    return std::optional<ExportSnapshot>(snapshot);
}
