#include "app/cli/DemoCommand.h"

#include "app/DemoData.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

DemoCommand::DemoCommand()
    : DatabaseCommand(QStringLiteral("demo"), Access::Writes)
{
}

QString DemoCommand::description() const
{
    return QCoreApplication::translate("Cli", "Writes a generated edition into an empty store.");
}

QList<QCommandLineOption> DemoCommand::verbOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("events"),
            QCoreApplication::translate("Cli", "Number of requests."), QStringLiteral("N"),
            QString::number(DemoData::DefaultEvents)),
        QCommandLineOption(QStringLiteral("seed"),
            QCoreApplication::translate("Cli", "Random seed: the same seed gives the same data."),
            QStringLiteral("S"), QString::number(DemoData::DefaultSeed)),
    };
}

int DemoCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    bool countOk = false;
    bool seedOk = false;
    m_events = parser.value(QStringLiteral("events")).toInt(&countOk);
    m_seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!countOk || m_events < 1) {
        return badUsage(err,
            QCoreApplication::translate("Cli", "--events expects a positive whole number, not “%1”.")
                .arg(parser.value(QStringLiteral("events"))));
    }
    if (!seedOk) {
        return badUsage(err,
            QCoreApplication::translate("Cli", "--seed expects a whole number, not “%1”.")
                .arg(parser.value(QStringLiteral("seed"))));
    }
    // Never the workstation's own store by default.
    if (!parser.isSet(QStringLiteral("db"))) {
        return badUsage(err, QCoreApplication::translate("Cli", "demo needs --db PATH: the store to fill."));
    }
    return Done;
}

int DemoCommand::executeWithDatabase(
    Database& database, const QCommandLineParser&, QTextStream& out, QTextStream& err)
{
    const WriteResult result = DemoData::load(database, m_events, m_seed);
    if (!result.ok()) {
        return failed(err, result.message);
    }
    out << QCoreApplication::translate("Cli", "%1 requests generated (seed %2) in %3")
               .arg(m_events)
               .arg(m_seed)
               .arg(database.path())
        << Qt::endl;
    return Done;
}
