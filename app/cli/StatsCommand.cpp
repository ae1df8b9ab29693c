#include "app/cli/StatsCommand.h"

#include "app/core/GeoReference.h"
#include "app/core/StatisticsReport.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/StatisticsRepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

StatsCommand::StatsCommand()
    : DatabaseCommand(QStringLiteral("stats"), Access::Reads)
{
}

QString StatsCommand::description() const
{
    return tr("The statistics dashboard's figures of the requests, nationally and per région.");
}

QList<QCommandLineOption> StatsCommand::verbOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON for scripts instead of a table.")),
        QCommandLineOption(
            QStringLiteral("region"), tr("Only this région (INSEE code, e.g. 53)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("edition"), tr("The edition's year (default: the latest)."),
            QStringLiteral("YEAR")),
    };
}

int StatsCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    if (parser.positionalArguments() != QStringList { name() }) {
        return badUsage(err,
            tr("Unexpected arguments: %1").arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))));
    }
    const QString regionCode = parser.value(QStringLiteral("region"));
    if (parser.isSet(QStringLiteral("region")) && !GeoReference::embedded().region(regionCode)) {
        return badUsage(err,
            tr("--region expects the INSEE code of a région (e.g. 53 for Bretagne), not “%1”.")
                .arg(regionCode));
    }
    bool yearOk = true;
    const bool edition = parser.isSet(QStringLiteral("edition"));
    m_year = edition ? parser.value(QStringLiteral("edition")).toInt(&yearOk) : 0;
    if (!yearOk || (edition && m_year <= 0)) {
        return badUsage(
            err, tr("--edition expects a year, not “%1”.").arg(parser.value(QStringLiteral("edition"))));
    }
    return Done;
}

int StatsCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const EditionRepository editions(database);
    const StoreResult<Edition> chosen = m_year > 0 ? editions.find(m_year) : editions.latest();
    if (!chosen) {
        return failed(err, chosen.message);
    }
    const GeoReference& geo = GeoReference::embedded();
    const QString regionCode = parser.value(QStringLiteral("region"));
    EventFilter filter;
    filter.region = regionCode;
    StatisticsRepository repository(database);
    const StoreResult<Statistics> statistics = repository.compute(*chosen, filter, QDate::currentDate(), geo);
    if (!statistics) {
        return failed(err, statistics.message);
    }
    const StoreResult<QHash<QString, PreviousFigures>> previous = repository.previousFigures(chosen->year);
    if (!previous) {
        return failed(err, previous.message);
    }
    const StatisticsReport report(*statistics, *chosen, *previous);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(report.json(regionCode)).toJson(QJsonDocument::Indented);
        return Done;
    }
    out << tr("Semaine de l'industrie %1").arg(chosen->year) << Qt::endl;
    if (!regionCode.isEmpty()) {
        out << tr("Région: %1").arg(geo.region(regionCode)->name) << Qt::endl;
    }
    out << report.headlineLines(regionCode).join(QLatin1Char('\n')) << Qt::endl << Qt::endl;
    const QList<QStringList> rows
        = regionCode.isEmpty() ? report.regionTable() : report.departementTable(regionCode);
    out << StatisticsReport::aligned(rows);
    return Done;
}
