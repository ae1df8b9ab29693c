#include "app/cli/ImportCommand.h"

#include "app/core/SessionUser.h"
#include "app/cli/Cli.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/RequestImport.h"

#include <QCommandLineParser>
#include <QTextStream>

int runImport(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Imports label requests from a CSV or JSON file of the website's back office, in one transaction. "
        "Rejected rows are written to a report file with their line, column and reason."));
    parser.addPositionalArgument(QStringLiteral("import"), QCoreApplication::translate("Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The file to import."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption report(QStringLiteral("report"),
        QCoreApplication::translate("Cli", "Where to write the rejected rows (default: next to FILE)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Read and check everything, say what would change, store nothing."));
    parser.addOptions({ db, report, dryRun });
    if (int status = Cli::Done; !Cli::parse(parser, app, &status)) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << QCoreApplication::translate("Cli", "Usage: semaine-admin [--db PATH] import FILE [--report FILE] [--dry-run]")
            << Qt::endl;
        return Cli::BadUsage;
    }
    Database database;
    if (!database.open(parser.value(db))) {
        err << database.errorString() << Qt::endl;
        return Cli::Failed;
    }
    if (!Cli::isWritable(database, err)) {
        return Cli::Failed;
    }
    RequestImport::Options options;
    options.file = positional.at(1);
    options.reportPath = parser.value(report);
    options.dryRun = parser.isSet(dryRun);
    // On a shared store, the name the server knows.
    options.who = database.isPostgresql() ? database.userName() : SessionUser::name();
    const RequestImport::Outcome outcome = RequestImport::run(database, options);
    switch (outcome.status) {
    case RequestImport::Outcome::Status::Done:
        out << outcome.summary() << Qt::endl;
        return Cli::Done;
    case RequestImport::Outcome::Status::Unreadable:
    case RequestImport::Outcome::Status::BadReportPath:
        err << outcome.summary() << Qt::endl;
        return Cli::BadUsage;
    case RequestImport::Outcome::Status::Cancelled:
    case RequestImport::Outcome::Status::Failed:
        break;
    }
    err << outcome.summary() << Qt::endl;
    return Cli::Failed;
}
