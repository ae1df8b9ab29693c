#include "db/StoreCopy.h"

#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

// Its versions may be neither changed nor removed, in either engine: the target's seeded
// versions stay, and the copy adds the versions it lacks (the seeds are the same in both).
const QString appendOnlyTable = QStringLiteral("letter_template");

StoreResult<qint64> rowCount(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        return StoreResult<qint64>::failure(StoreStatus::Failed,
            StoreCopy::tr("Cannot count the rows of %1 in %2: %3")
                .arg(table, database.path(), query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

// The columns of `table` that PostgreSQL works out itself (event_queue's map_point): a target
// works them out again, and SQLite has none.
StoreResult<QStringList> generatedColumns(Database& database, const QString& table)
{
    QStringList names;
    if (!database.isPostgresql()) {
        return names;
    }
    QSqlQuery query(database.connection());
    const bool prepared = query.prepare(QStringLiteral(
        "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attgenerated <> ''"));
    query.addBindValue(table);
    if (!prepared || !query.exec()) {
        return StoreResult<QStringList>::failure(StoreStatus::Failed,
            StoreCopy::tr("Cannot read the columns of %1 in %2: %3")
                .arg(table, database.path(), query.lastError().text()));
    }
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

} // namespace

QStringList StoreCopy::tables()
{
    // meta is left out: each store keeps its own schema version; the queue's recipe follows from
    // the rows of event_queue, which are copied.
    return { QStringLiteral("edition"), QStringLiteral("edition_territory_window"),
        QStringLiteral("previous_territory"), QStringLiteral("event"), QStringLiteral("event_queue"),
        QStringLiteral("audit"), QStringLiteral("pending_update"), QStringLiteral("reviewer_region"),
        QStringLiteral("export_template"), QStringLiteral("export_snapshot"),
        QStringLiteral("export_snapshot_row"), QStringLiteral("label_counter"),
        QStringLiteral("label_number"), QStringLiteral("outbox"), appendOnlyTable };
}

StoreResult<StoreCopy::Counts> StoreCopy::copy(Database& from, Database& to)
{
    const auto abandon
        = [](const QString& message) { return StoreResult<Counts>::failure(StoreStatus::Failed, message); };
    const StoreResult<qint64> present = rowCount(to, QStringLiteral("event"));
    if (!present) {
        return present;
    }
    if (*present != 0) {
        return StoreResult<Counts>::failure(StoreStatus::NotAllowed,
            tr("%1 already holds %2 requests: a store is copied only into an empty one.")
                .arg(to.path())
                .arg(*present));
    }
    QSqlDatabase target = to.connection();
    Transaction transaction(to);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    Counts counts;
    QSqlQuery write(target);
    // Children first: the seeded edition goes, the copied ones come.
    const QStringList order = tables();
    for (auto table = order.crbegin(); table != order.crend(); ++table) {
        if (*table != appendOnlyTable && !write.exec(QStringLiteral("DELETE FROM %1").arg(*table))) {
            return abandon(tr("Cannot empty %1 in %2: %3").arg(*table, to.path(), write.lastError().text()));
        }
    }
    for (const QString& table : order) {
        const QSqlRecord record = from.connection().record(table);
        const StoreResult<QStringList> generated = generatedColumns(from, table);
        if (!generated) {
            return abandon(generated.message);
        }
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            if (!generated->contains(record.fieldName(i))) {
                columns << record.fieldName(i);
            }
        }
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
            return abandon(tr("Cannot read %1 in %2: %3").arg(table, from.path(), read.lastError().text()));
        }
        // Many rows per statement: a server answers each one over the network. Kept well under
        // both engines' limits on parameters.
        const qsizetype batchRows = std::max<qsizetype>(1, 8000 / columns.size());
        const auto insertOf = [&](qsizetype rows) {
            const QString row = QStringLiteral("(%1)").arg(
                QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, row).join(QLatin1Char(',')),
                    table == appendOnlyTable ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString());
        };
        // Prepared once a batch is full: SQLite parses each of a statement's thousands of
        // placeholders against the ones before it, which a table of a few rows must not pay.
        QSqlQuery batch(target);
        qint64 copied = 0;
        QVariantList values;
        const auto flush = [&](QSqlQuery& insert) {
            for (qsizetype i = 0; i < values.size(); ++i) {
                insert.bindValue(int(i), values.at(i));
            }
            const bool written = insert.exec();
            values.clear();
            return written;
        };
        bool more = read.next();
        while (more) {
            for (int i = 0; i < columns.size(); ++i) {
                values << read.value(i);
            }
            ++copied;
            more = read.next();
            const bool full = values.size() == batchRows * columns.size();
            if (full && batch.lastQuery().isEmpty() && !batch.prepare(insertOf(batchRows))) {
                return abandon(
                    tr("Cannot write %1 in %2: %3").arg(table, to.path(), batch.lastError().text()));
            }
            if (full && !flush(batch)) {
                return abandon(tr("Cannot copy rows %1 to %2 of %3 into %4: %5")
                        .arg(copied - batchRows + 1)
                        .arg(copied)
                        .arg(table, to.path(), batch.lastError().text()));
            }
            if (!more && !values.isEmpty()) {
                const qsizetype rows = values.size() / columns.size();
                QSqlQuery last(target);
                if (!last.prepare(insertOf(rows)) || !flush(last)) {
                    return abandon(tr("Cannot copy rows %1 to %2 of %3 into %4: %5")
                            .arg(copied - rows + 1)
                            .arg(copied)
                            .arg(table, to.path(), last.lastError().text()));
                }
            }
        }
        counts.insert(table, copied);
    }
    if (to.isPostgresql()) {
        // The identities go on after the copied ids.
        for (const QString& table : { QStringLiteral("event"), QStringLiteral("audit"),
                 QStringLiteral("pending_update"), QStringLiteral("outbox") }) {
            if (!write.exec(QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                    "false) FROM %1")
                        .arg(table))) {
                return abandon(
                    tr("Cannot write %1 in %2: %3").arg(table, to.path(), write.lastError().text()));
            }
        }
    }
    for (const QString& table : order) {
        const StoreResult<qint64> read = rowCount(from, table);
        const StoreResult<qint64> written = rowCount(to, table);
        if (!read || !written) {
            return read ? written : read;
        }
        if (*written != counts.value(table) || *read != counts.value(table)) {
            return abandon(tr("The copy of %1 does not add up: %2 rows read, %3 in %4. Nothing was copied.")
                    .arg(table)
                    .arg(*read)
                    .arg(*written)
                    .arg(to.path()));
        }
    }
    write.finish();
    if (const WriteResult committed = transaction.commit(); !committed) {
        return committed;
    }
    if (to.isPostgresql()) {
        // Statistics and the visibility map for the planner, as autovacuum would make them later:
        // the queue's first page then reads its ids from the index alone. Only speed is at stake.
        QSqlQuery(target).exec(QStringLiteral("VACUUM ANALYZE"));
    }
    return counts;
}
