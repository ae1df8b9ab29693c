#include "db/RequestImport.h"

#include "app/core/BatchPipeline.h"
#include "app/core/EventDiff.h"
#include "app/core/GeoReference.h"
#include "db/AuditTrail.h"
#include "db/BulkInsert.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/QueueIndex.h"
#include "db/RequestChange.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <optional>
#include <utility>

namespace {

// Shares of the progress bar: reading the file, then parsing and storing it together, then the
// rest (the stored requests compared, the report, the commit).
constexpr int readShare = 5;
constexpr int streamShare = 90;

// Requests read, with their rows worked out (their queue digests included), and how far the
// reading is.
struct ImportBatch {
    QList<Event> events;
    BulkInsert::Rows rows;
    qint64 done = 0;
    qint64 total = 0;
};
using NextBatch = std::function<std::optional<ImportBatch>()>;

// Every batch `next` gives, inside the caller's transaction: the new requests written as they come
// (BulkInsert), the stored ones compared with their files' rows after the last batch, so that the
// audit is as it always was (the edits, then the creations, each in their order). `progress` is
// called with each batch's done and total. A failure leaves `counts` empty.
WriteResult writeBatches(Database& database, const NextBatch& next, const QString& who, const QString& source,
    RequestImport::Counts* counts, qsizetype* eventCount, const RequestStore::Progress& progress)
{
    *counts = {};
    *eventCount = 0;
    const auto abandon = [&](const WriteResult& failure) {
        *counts = {};
        return failure;
    };
    // The stored requests of the editions concerned, by request id, read when an edition is first
    // met, before any of its requests is written here.
    QHash<int, QHash<QString, qint64>> storedIds;
    QList<Event> matchedEvents;
    QList<qint64> matchedIds;
    BulkInsert insert(database, who);
    qint64 done = 0;
    qint64 total = 0;
    while (std::optional<ImportBatch> batch = next()) {
        QList<Event> fresh;
        QList<qsizetype> freshRows;
        fresh.reserve(batch->events.size());
        freshRows.reserve(batch->events.size());
        for (qsizetype i = 0; i < batch->events.size(); ++i) {
            Event& event = batch->events[i];
            if (!storedIds.contains(event.editionYear)) {
                QHash<QString, qint64>& ids = storedIds[event.editionYear];
                Statement query(database.connection(),
                    QStringLiteral("SELECT request_id, id FROM event WHERE edition_year = %1")
                        .arg(event.editionYear));
                while (query.next()) {
                    ids.insert(QString::fromUtf8(query.columnText(0)), query.columnInteger(1));
                }
                if (!query.errorString().isEmpty()) {
                    return abandon(WriteResult::failure(StoreStatus::Failed, query.errorString()));
                }
            }
            const qint64 id = storedIds.value(event.editionYear).value(event.requestId);
            if (id == 0) {
                fresh.append(std::move(event));
                freshRows.append(i);
            } else {
                matchedIds.append(id);
                matchedEvents.append(std::move(event));
            }
        }
        *eventCount += batch->events.size();
        // As many more as the part of the file still to read: from the first batch on, a large
        // file is written as a bulk (the indexes built once at the end). Until then, with the
        // search trigger, each row's statement flushed the search index and journalled its pages.
        if (batch->done > 0) {
            insert.expect(qsizetype(double(*eventCount) * double(batch->total) / double(batch->done)));
        }
        if (const WriteResult added = insert.add(fresh, std::move(batch->rows), freshRows); !added) {
            return abandon(added);
        }
        counts->created += int(fresh.size());
        done = batch->done;
        total = batch->total;
        if (progress && !progress(done, total)) {
            return abandon(WriteResult::failure(StoreStatus::Failed, {}));
        }
    }
    QHash<qint64, qsizetype> importedById;
    for (qsizetype i = 0; i < matchedIds.size(); ++i) {
        importedById.insert(matchedIds.at(i), i);
    }
    const QString reason = RequestImport::tr("Import of %1").arg(source);
    AuditTrail audit(database);
    PendingUpdates pendingUpdates(database);
    const StoreResult<QList<Event>> matched = EventRepository(database).findMany(matchedIds);
    if (!matched) {
        return abandon(matched);
    }
    // The edits are written a batch at a time (the editions read once, the queue rows' statement
    // prepared once), then audited in their order.
    QList<Event> edits;
    QList<AuditEntry> editAudits;
    const auto writeEdits = [&]() {
        if (const WriteResult written = RequestChange::writeEdits(database, edits); !written) {
            return written;
        }
        for (const AuditEntry& entry : std::as_const(editAudits)) {
            if (const WriteResult audited = audit.append(entry); !audited) {
                return audited;
            }
        }
        edits.clear();
        editAudits.clear();
        return WriteResult::success();
    };
    qsizetype compared = 0;
    for (const Event& stored : *matched) {
        Event imported = RequestImport::importedOver(matchedEvents.at(importedById.value(stored.id)), stored);
        const QList<FieldChange> changes = EventDiff::changes(stored, imported);
        if (changes.isEmpty()) {
            ++counts->unchanged;
        } else if (EventStatuses::isDecided(stored.status)) {
            const StoreResult<bool> added
                = pendingUpdates.add(stored, imported, EventDiff::describe(changes), who, source);
            if (!added) {
                return abandon(added);
            }
            ++(*added ? counts->pending : counts->unchanged);
        } else {
            editAudits.append({ 0, stored.id, QDateTime::currentDateTimeUtc(), who, QStringLiteral("edit"),
                stored.status, stored.status, reason, EventDiff::describe(changes) });
            edits.append(std::move(imported));
            ++counts->updated;
            if (edits.size() == RequestStore::ProgressEvery) {
                if (const WriteResult written = writeEdits(); !written) {
                    return abandon(written);
                }
            }
        }
        // Cancelling stays possible while a large file of known requests is compared.
        if (progress && ++compared % RequestStore::ProgressEvery == 0 && !progress(done, total)) {
            return abandon(WriteResult::failure(StoreStatus::Failed, {}));
        }
    }
    if (const WriteResult written = writeEdits(); !written) {
        return abandon(written);
    }
    if (const WriteResult finished = insert.finish(); !finished) {
        return abandon(finished);
    }
    return WriteResult::success();
}

} // namespace

QString RequestImport::defaultReportPath(const QString& file)
{
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName() + tr("-rejects") + QStringLiteral(".csv"));
}

QString RequestImport::reportPathProblem(
    const QString& reportPath, const QString& file, const QString& storePath)
{
    const QFileInfo report(reportPath);
    const auto same = [&](const QString& other) {
        const QFileInfo info(other);
        return info.exists() && report.exists() ? info.canonicalFilePath() == report.canonicalFilePath()
                                                : info.absoluteFilePath() == report.absoluteFilePath();
    };
    if (same(file)) {
        return tr("The report %1 would overwrite the file being imported.").arg(reportPath);
    }
    if (!storePath.isEmpty()) {
        for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
            if (same(storePath + QLatin1String(suffix))) {
                return tr("The report %1 would overwrite the store %2.").arg(reportPath, storePath);
            }
        }
    }
    if (report.exists()) {
        QFile existing(reportPath);
        // A previous report is recognised by its header, which ends with the line, column and reason.
        if (!report.isFile() || !existing.open(QIODevice::ReadOnly)
            || !ImportParser::isReportHeader(existing.readLine(1 << 20))) {
            return tr("The report %1 would overwrite an existing file that is not a report of rejected rows: "
                      "choose another path or remove it.")
                .arg(reportPath);
        }
    }
    return {};
}

RequestImport::Outcome RequestImport::run(
    Database& database, const Options& options, const Progress& progress)
{
    Outcome outcome;
    outcome.dryRun = options.dryRun;
    const auto stop = [&](Outcome::Status status, const QString& message) {
        const bool dryRun = outcome.dryRun;
        outcome = {};
        outcome.dryRun = dryRun;
        outcome.status = status;
        outcome.message = message;
        return outcome;
    };
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        return stop(
            Outcome::Status::Unreadable, tr("Cannot read %1: %2").arg(options.file, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return stop(
            Outcome::Status::Unreadable, tr("Cannot read %1: %2").arg(options.file, file.errorString()));
    }
    file.close();
    if (progress && !progress(readShare)) {
        return stop(Outcome::Status::Cancelled, tr("The import was cancelled; nothing was changed."));
    }
    const QString reportPath
        = options.reportPath.isEmpty() ? defaultReportPath(options.file) : options.reportPath;
    const QString storePath = database.isPostgresql() ? QString() : database.path();
    if (const QString problem = reportPathProblem(reportPath, options.file, storePath); !problem.isEmpty()) {
        return stop(Outcome::Status::BadReportPath, tr("%1 Nothing was imported.").arg(problem));
    }
    const StoreResult<Edition> edition = EditionRepository(database).latest();
    if (!edition) {
        return stop(Outcome::Status::Failed,
            edition.status == StoreStatus::NotFound ? tr("The store %1 has no edition.").arg(database.path())
                                                    : edition.message);
    }
    // The file is parsed and checked on one thread, its label rules worked out on another, a batch
    // at a time, while this thread writes the batches before them. Parsing and the rules together
    // took longer than the writing: on one thread, the writer waited for them (0.9 s of 100,000 rows).
    const ImportParser parser(edition->year, GeoReference::embedded());
    const QHash<int, Edition> editions { { edition->year, *edition } };
    // A .json file is read as JSON whatever it holds, so that it is told what is wrong with its JSON.
    const QString suffix = QFileInfo(options.file).suffix().toLower();
    const ParsedImport::Format format = suffix == QLatin1String("json") ? ParsedImport::Format::Json
        : suffix == QLatin1String("csv")                                ? ParsedImport::Format::Csv
                                                                        : ImportParser::formatOf(bytes);
    ParsedImport parsed;
    BatchPipeline<ImportBatch> read([&](BatchPipeline<ImportBatch>& made) {
        parsed = parser.parse(bytes, format, RequestStore::ProgressEvery,
            [&](QList<Event>&& events, qint64 done, qint64 total) {
                return made.put({ std::move(events), {}, done, total });
            });
    });
    BatchPipeline<ImportBatch> pipeline([&](BatchPipeline<ImportBatch>& made) {
        while (std::optional<ImportBatch> batch = read.take()) {
            batch->rows = BulkInsert::encode(batch->events, QueueIndex::digests(batch->events, editions));
            if (!made.put(std::move(*batch))) {
                return;
            }
        }
    });
    std::optional<ImportBatch> first = pipeline.take();
    // A file that cannot be imported says so before its first row: the store is not touched.
    if (!first && !parsed.error.isEmpty()) {
        return stop(
            Outcome::Status::Unreadable, tr("%1: %2 Nothing was imported.").arg(options.file, parsed.error));
    }
    Counts counts;
    qsizetype eventCount = 0;
    Transaction transaction(database);
    const WriteResult stored = !transaction.isOpen()
        ? transaction.failure()
        : writeBatches(
              database, [&] { return first ? std::exchange(first, std::nullopt) : pipeline.take(); },
              options.who, QFileInfo(options.file).fileName(), &counts, &eventCount,
              [&](qint64 done, qint64 total) {
                  return !progress
                      || progress(readShare + int(streamShare * done / std::max<qint64>(total, 1)));
              });
    if (!stored.ok()) {
        return stored.message.isEmpty()
            ? stop(Outcome::Status::Cancelled, tr("The import was cancelled; nothing was changed."))
            : stop(Outcome::Status::Failed,
                  tr("The import failed and nothing was changed: %1").arg(stored.message));
    }
    // The whole file is read: take() answered nothing.
    if (parsed.cancelled) {
        return stop(Outcome::Status::Cancelled, tr("The import was cancelled; nothing was changed."));
    }
    if (!parsed.error.isEmpty()) {
        return stop(
            Outcome::Status::Unreadable, tr("%1: %2 Nothing was imported.").arg(options.file, parsed.error));
    }
    outcome.read = parsed.read;
    outcome.rejected = int(parsed.rejected.size());
    outcome.warnings = int(parsed.warnings.size());
    outcome.unknownColumns = parsed.unknownColumns;
    outcome.encoding = parsed.encoding;
    if (!parsed.rejected.isEmpty() || !parsed.warnings.isEmpty()) {
        outcome.reportPath = reportPath;
        QSaveFile report(outcome.reportPath);
        if (!report.open(QIODevice::WriteOnly) || !ImportParser::writeRejected(parsed, &report)
            || !report.commit()) {
            return stop(Outcome::Status::Failed,
                tr("Cannot write the report of rejected rows %1: %2. Nothing was imported, so that no row is "
                   "lost.")
                    .arg(outcome.reportPath, report.errorString()));
        }
    }
    outcome.rejections = std::move(parsed.rejected);
    outcome.rejections += parsed.warnings;
    if (!options.dryRun) {
        if (const WriteResult committed = transaction.commit(); !committed) {
            return stop(Outcome::Status::Failed,
                tr("The import failed and nothing was changed: %1").arg(committed.message));
        }
    }
    Q_ASSERT(counts.created + counts.updated + counts.pending + counts.unchanged == eventCount);
    outcome.created = counts.created;
    outcome.updated = counts.updated + counts.pending;
    outcome.pending = counts.pending;
    outcome.unchanged = counts.unchanged;
    if (progress) {
        progress(100);
    }
    return outcome;
}

// RequestImport's context, named: lupdate would otherwise file these under the nested struct.
QString RequestImport::Outcome::summary() const
{
    if (status != Status::Done) {
        return message;
    }
    QStringList lines;
    lines << (dryRun ? RequestImport::tr("Dry run, nothing was stored: %n row(s) read", nullptr, read)
                     : RequestImport::tr("%n row(s) read", nullptr, read))
            + QStringLiteral(" = ")
            + RequestImport::tr("%1 created + %2 updated + %3 unchanged + %4 rejected")
                  .arg(created)
                  .arg(updated)
                  .arg(unchanged)
                  .arg(rejected)
            + (warnings > 0 ? QStringLiteral(" + ") + RequestImport::tr("%n warning(s)", nullptr, warnings)
                            : QString());
    if (pending > 0) {
        lines << RequestImport::tr("%n decided request(s) changed in the file: the change is kept for a "
                                   "reviewer to accept, not applied.",
            nullptr, pending);
    }
    if (!unknownColumns.isEmpty()) {
        // Named once, and only the first few: a file may have thousands.
        constexpr int named = 20;
        QString names = unknownColumns.first(std::min<qsizetype>(named, unknownColumns.size()))
                            .join(QStringLiteral(", "));
        if (unknownColumns.size() > named) {
            names
                = RequestImport::tr("%1 and %n more", nullptr, int(unknownColumns.size() - named)).arg(names);
        }
        lines << RequestImport::tr("Unknown columns, not imported: %1").arg(names);
    }
    if (rejected + warnings > 0) {
        lines << RequestImport::tr("Rejected rows and warnings, with their reasons, written to %1:")
                     .arg(reportPath);
        constexpr int shown = 10;
        for (const ImportRejection& rejection :
            rejections.first(std::min<qsizetype>(shown, rejections.size()))) {
            lines << (rejection.column.isEmpty()
                    ? RequestImport::tr("  line %1: %2").arg(rejection.line).arg(rejection.reason)
                    : RequestImport::tr("  line %1, column %2: %3")
                          .arg(rejection.line)
                          .arg(rejection.column, rejection.reason));
        }
        if (rejected + warnings > shown) {
            lines << RequestImport::tr("  … and %n more", nullptr, rejected + warnings - shown);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

WriteResult RequestImport::store(Database& database, QList<Event> events, const QString& who,
    const QString& source, Counts* counts, const RequestStore::Progress& progress, Mode mode)
{
    *counts = {};
    Transaction transaction(database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    const StoreResult<QHash<int, Edition>> editions = QueueIndex(database).editionsOf(events);
    if (!editions) {
        return WriteResult::failure(
            StoreStatus::Failed, RequestStore::tr("Cannot store requests: %1").arg(editions.message));
    }
    // As an import's: the digests worked out a batch ahead on another core. Only the maker touches
    // `events` meanwhile.
    BatchPipeline<ImportBatch> pipeline([&events, &editions](BatchPipeline<ImportBatch>& made) {
        for (qsizetype from = 0; from < events.size(); from += RequestStore::ProgressEvery) {
            ImportBatch batch;
            const qsizetype to = std::min<qsizetype>(from + RequestStore::ProgressEvery, events.size());
            batch.events.reserve(to - from);
            for (qsizetype i = from; i < to; ++i) {
                batch.events.append(std::move(events[i]));
            }
            batch.rows = BulkInsert::encode(batch.events, QueueIndex::digests(batch.events, *editions));
            batch.done = to;
            batch.total = events.size();
            if (!made.put(std::move(batch))) {
                return;
            }
        }
    });
    qsizetype eventCount = 0;
    if (const WriteResult written = writeBatches(
            database, [&pipeline] { return pipeline.take(); }, who, source, counts, &eventCount, progress);
        !written) {
        return written;
    }
    if (mode == Mode::DryRun) {
        return WriteResult::success();
    }
    if (const WriteResult committed = transaction.commit(); !committed) {
        *counts = {};
        return committed;
    }
    return WriteResult::success();
}

Event RequestImport::importedOver(Event imported, const Event& stored)
{
    imported.id = stored.id;
    imported.version = stored.version;
    imported.status = stored.status;
    imported.reviewerNotes = stored.reviewerNotes;
    imported.assignee = stored.assignee;
    return imported;
}
