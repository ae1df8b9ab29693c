#include "app/cli/ImportCommand.h"

#include "app/core/SessionUser.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/RequestImport.h"

#include <QCommandLineParser>
#include <QTextStream>

ImportCommand::ImportCommand()
    : DatabaseCommand(QStringLiteral("import"), Access::Writes)
{
}

QString ImportCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "Imports label requests from a CSV or JSON file of the website's back office, in one transaction. "
        "Rejected rows are written to a report file with their line, column and reason.");
}

void ImportCommand::addPositionalArguments(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The file to import."));
}

QList<QCommandLineOption> ImportCommand::verbOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("report"),
            QCoreApplication::translate("Cli", "Where to write the rejected rows (default: next to FILE)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("dry-run"),
            QCoreApplication::translate(
                "Cli", "Read and check everything, say what would change, store nothing.")),
    };
}

int ImportCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    if (parser.positionalArguments().size() != 2) {
        return badUsage(err,
            QCoreApplication::translate(
                "Cli", "Usage: semaine-admin [--db PATH] import FILE [--report FILE] [--dry-run]"));
    }
    return Done;
}

int ImportCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    RequestImport::Options options;
    options.file = parser.positionalArguments().at(1);
    options.reportPath = parser.value(QStringLiteral("report"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    // On a shared store, the name the server knows.
    options.who = database.isPostgresql() ? database.userName() : SessionUser::name();
    const RequestImport::Outcome outcome = RequestImport::run(database, options);
    switch (outcome.status) {
    case RequestImport::Outcome::Status::Done:
        out << outcome.summary() << Qt::endl;
        return Done;
    case RequestImport::Outcome::Status::Unreadable:
    case RequestImport::Outcome::Status::BadReportPath:
        return badUsage(err, outcome.summary());
    case RequestImport::Outcome::Status::Cancelled:
    case RequestImport::Outcome::Status::Failed:
        break;
    }
    return failed(err, outcome.summary());
}
