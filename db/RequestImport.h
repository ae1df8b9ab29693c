#pragma once

#include "app/core/ImportParser.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// One import of a back-office file, as the command line and the window run it: read and parse
// the file, store its requests in one transaction (EventRepository::importEvents), and write the
// rejected rows to a report so that nothing is lost. Runs on any thread with its own Database.
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
    // Next to the file: "demandes.csv" gives "demandes-rejets.csv".
    static QString defaultReportPath(const QString& file);
    // Why the report may not be written at `reportPath` (the input, the store or one of its files,
    // an existing file that is not a previous report), or empty when it may.
    static QString reportPathProblem(
        const QString& reportPath, const QString& file, const QString& storePath);
};

Q_DECLARE_METATYPE(RequestImport::Outcome)
