#include "app/cli/StatsCommand.h"

#include "app/Language.h"
#include "app/core/GeoReference.h"
#include "app/core/StatisticsReport.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/StatisticsRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

namespace {

// The context of the command's texts.
class StatsCommand {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};

} // namespace

int runStats(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), StatsCommand::tr("Print JSON for scripts instead of a table."));
    const QCommandLineOption region(QStringLiteral("region"), StatsCommand::tr("Only this région (INSEE code, e.g. 53)."), QStringLiteral("CODE"));
    const QCommandLineOption edition(QStringLiteral("edition"), StatsCommand::tr("The edition's year (default: the latest)."), QStringLiteral("YEAR"));
    const QCommandLineOption db(QStringLiteral("db"), StatsCommand::tr("The store to read (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH"), Database::defaultPath());
    const QCommandLineOption lang(QStringLiteral("lang"), StatsCommand::tr("Language: fr or en."), QStringLiteral("LANG"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, StatsCommand::tr("Show this help."));
    parser.addOptions({ json, region, edition, db, lang, help });
    parser.addPositionalArgument(QStringLiteral("stats"), StatsCommand::tr("The command."));
    const bool parsed = parser.parse(app.arguments());
    // The language first, so that every message is in it; the window's choice is the default.
    const QString language = parser.value(lang);
    Language::apply(app,
        language.isEmpty() ? QSettings(QStringLiteral("DGE"), QStringLiteral("semaine-admin")).value(QStringLiteral("language")).toString()
                           : language);
    parser.setApplicationDescription(StatsCommand::tr("The statistics dashboard's figures of the requests, nationally and per région."));
    if (!parsed) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments() != QStringList { QStringLiteral("stats") }) {
        err << StatsCommand::tr("Unexpected arguments: %1").arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))) << Qt::endl;
        return 2;
    }
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        err << StatsCommand::tr("--lang expects fr or en, not “%1”.").arg(language) << Qt::endl;
        return 2;
    }
    const GeoReference& geo = GeoReference::embedded();
    const QString regionCode = parser.value(region);
    if (parser.isSet(region) && !geo.region(regionCode)) {
        err << StatsCommand::tr("--region expects the INSEE code of a région (e.g. 53 for Bretagne), not “%1”.").arg(regionCode) << Qt::endl;
        return 2;
    }
    bool yearOk = true;
    const int year = parser.isSet(edition) ? parser.value(edition).toInt(&yearOk) : 0;
    if (!yearOk || (parser.isSet(edition) && year <= 0)) {
        err << StatsCommand::tr("--edition expects a year, not “%1”.").arg(parser.value(edition)) << Qt::endl;
        return 2;
    }
    // Reading never creates a store.
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path)) {
        err << StatsCommand::tr("No store at %1.").arg(path) << Qt::endl;
        return 1;
    }
    Database database;
    if (!database.open(path)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    const EditionRepository editions(database);
    const std::optional<Edition> chosen = year > 0 ? editions.find(year) : editions.latest();
    if (!chosen) {
        err << (year > 0 ? StatsCommand::tr("The store has no %1 edition.").arg(year) : StatsCommand::tr("The store has no edition.")) << Qt::endl;
        return 1;
    }
    EventFilter filter;
    filter.region = regionCode;
    StatisticsRepository repository(database);
    const Statistics statistics = repository.compute(*chosen, filter, QDate::currentDate(), geo);
    const QHash<QString, PreviousFigures> previous = repository.previousFigures(chosen->year);
    const StatisticsReport report(statistics, *chosen, previous);
    if (parser.isSet(json)) {
        out << QJsonDocument(report.json(regionCode)).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << StatsCommand::tr("Semaine de l'industrie %1").arg(chosen->year) << Qt::endl;
    if (!regionCode.isEmpty()) {
        out << StatsCommand::tr("Région: %1").arg(geo.region(regionCode)->name) << Qt::endl;
    }
    out << report.headlineLines(regionCode).join(QLatin1Char('\n')) << Qt::endl << Qt::endl;
    QList<QStringList> rows = report.regionTable();
    if (!regionCode.isEmpty()) {
        rows = report.departementTable(regionCode);
    }
    out << StatisticsReport::aligned(rows);
    return 0;
}
