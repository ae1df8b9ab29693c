#include "db/RequestImport.h"

#include "app/core/EventDiff.h"
#include "app/core/GeoReference.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/RequestChange.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace {

// Shares of the progress bar: reading the file, parsing it, storing it.
constexpr int readShare = 5;
constexpr int parseShare = 45;

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
    const ImportParser parser(edition->year, GeoReference::embedded());
    const auto parseProgress = [&](qint64 done, qint64 total) {
        return !progress || progress(readShare + int(parseShare * done / std::max<qint64>(total, 1)));
    };
    // A .json file is read as JSON whatever it holds, so that it is told what is wrong with its JSON.
    const QString suffix = QFileInfo(options.file).suffix().toLower();
    ParsedImport parsed = suffix == QLatin1String("json")
        ? parser.parse(bytes, ParsedImport::Format::Json, parseProgress)
        : suffix == QLatin1String("csv") ? parser.parse(bytes, ParsedImport::Format::Csv, parseProgress)
                                         : parser.parse(bytes, parseProgress);
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
    Counts counts;
    const qsizetype eventCount = parsed.events.size();
    const WriteResult stored = store(
        database, std::move(parsed.events), options.who, QFileInfo(options.file).fileName(), &counts,
        [&](qsizetype done, qsizetype total) {
            return !progress
                || progress(readShare + parseShare
                    + int((100 - readShare - parseShare) * done / std::max<qsizetype>(total, 1)));
        },
        options.dryRun ? Mode::DryRun : Mode::Store);
    if (!stored.ok()) {
        return stored.message.isEmpty()
            ? stop(Outcome::Status::Cancelled, tr("The import was cancelled; nothing was changed."))
            : stop(Outcome::Status::Failed,
                  tr("The import failed and nothing was changed: %1").arg(stored.message));
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
    const auto abandon = [&](const WriteResult& failure) {
        *counts = {};
        return failure;
    };
    // The stored requests of the editions concerned, by request id.
    QHash<int, QHash<QString, qint64>> storedIds;
    for (const Event& event : std::as_const(events)) {
        if (storedIds.contains(event.editionYear)) {
            continue;
        }
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
    QList<Event> fresh;
    QList<qint64> matchedIds;
    QHash<qint64, qsizetype> importedById;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const qint64 id = storedIds.value(events.at(i).editionYear).value(events.at(i).requestId);
        if (id == 0) {
            fresh.append(std::move(events[i]));
        } else {
            matchedIds.append(id);
            importedById.insert(id, i);
        }
    }
    const qsizetype total = events.size();
    qsizetype done = 0;
    const auto step = [&] {
        ++done;
        return !progress || done % RequestStore::ProgressEvery != 0 || progress(done, total);
    };
    const QString reason = tr("Import of %1").arg(source);
    AuditTrail audit(database);
    PendingUpdates pendingUpdates(database);
    const StoreResult<QList<Event>> matched = EventRepository(database).findMany(matchedIds);
    if (!matched) {
        return abandon(matched);
    }
    for (const Event& stored : *matched) {
        Event imported = importedOver(events.at(importedById.value(stored.id)), stored);
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
            if (const WriteResult written = RequestChange::writeEdit(database, imported); !written) {
                return abandon(written);
            }
            if (const WriteResult audited
                = audit.append({ 0, stored.id, QDateTime::currentDateTimeUtc(), who, QStringLiteral("edit"),
                    stored.status, stored.status, reason, EventDiff::describe(changes) });
                !audited) {
                return abandon(audited);
            }
            ++counts->updated;
        }
        if (!step()) {
            return abandon(WriteResult::failure(StoreStatus::Failed, {}));
        }
    }
    const RequestStore::Progress insertProgress = progress
        ? RequestStore::Progress(
              [&](qsizetype inserted, qsizetype) { return progress(done + inserted, total); })
        : RequestStore::Progress();
    if (const WriteResult inserted = RequestStore(database).insertInTransaction(fresh, who, insertProgress);
        !inserted) {
        return abandon(inserted);
    }
    counts->created = int(fresh.size());
    if (mode == Mode::DryRun) {
        return WriteResult::success();
    }
    if (const WriteResult committed = transaction.commit(); !committed) {
        return abandon(committed);
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
