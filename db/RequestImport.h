#pragma once

#include "app/core/ImportParser.h"
#include "db/RequestStore.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// One import of a back-office file, as the command line and the window run it: read and parse
// the file, store its requests in one transaction (store()), and write the rejected rows to a
// report so that nothing is lost. Runs on any thread with its own Database.
class RequestImport {
    Q_DECLARE_TR_FUNCTIONS(RequestImport)

public:
    struct Options {
        QString file;
        QString reportPath; // empty: defaultReportPath(file)
        bool dryRun = false;
        QString who;
    };

    struct Outcome {
        enum class Status {
            Done,
            Cancelled,
            Unreadable, // the file cannot be read or is not an import file: nothing imported
            BadReportPath, // the report would replace the input, the store or another file
            Failed, // the store refused the import: nothing imported
        };
        Status status = Status::Done;
        QString message; // why, when not done
        bool dryRun = false;
        int read = 0;
        int created = 0;
        int updated = 0; // including those kept as pending updates
        int pending = 0;
        int unchanged = 0;
        int rejected = 0;
        int warnings = 0; // imported with a remark, counted in created, updated or unchanged too
        QStringList unknownColumns;
        QList<ImportRejection> rejections;
        QString encoding;
        QString reportPath; // written when rows were rejected or warned about

        // read = created + updated + unchanged + rejected, in words, with the unknown columns and
        // where the report is.
        QString summary() const;
    };

    // Called with the percentage done; returning false cancels (the store is left as it was).
    using Progress = std::function<bool(int percent)>;

    static Outcome run(Database& database, const Options& options, const Progress& progress = {});

    // What storing imported requests did with them.
    struct Counts {
        int created = 0;
        int updated = 0; // undecided requests that changed
        int pending = 0; // decided requests that changed: kept for a reviewer, not applied
        int unchanged = 0;
    };
    enum class Mode {
        Store,
        DryRun, // does all of it and says what it would do, then rolls back
    };
    // Stores imported requests in one transaction, matched to the stored ones by edition and
    // request id: new ones are created, undecided ones updated (audited as edits), and a decided
    // one that changed gets a pending update instead. A cancel through `progress`, or any error,
    // leaves the store as it was (the result then fails with an empty message for a cancel).
    static WriteResult store(Database& database, QList<Event> events, const QString& who,
        const QString& source, Counts* counts, const RequestStore::Progress& progress = {},
        Mode mode = Mode::Store);
    // An imported row as an edit of the stored request: what an import does not carry (the
    // status, the reviewers' notes and assignee) stays as stored.
    static Event importedOver(Event imported, const Event& stored);
    // Next to the file: "demandes.csv" gives "demandes-rejets.csv".
    static QString defaultReportPath(const QString& file);
    // Why the report may not be written at `reportPath` (the input, the store or one of its files,
    // an existing file that is not a previous report), or empty when it may.
    static QString reportPathProblem(
        const QString& reportPath, const QString& file, const QString& storePath);
};

Q_DECLARE_METATYPE(RequestImport::Outcome)
