#include "app/cli/Cli.h"

#include "app/Language.h"
#include "db/Database.h"
#include "db/EditionRepository.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <clocale>

namespace Cli {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DGE"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("entreprises.gouv.fr"));
    QCoreApplication::setApplicationName(QStringLiteral("semaine-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEMAINE_ADMIN_VERSION));
    // QCoreApplication took the whole locale from LANG; libraries that print numbers with the C
    // library (libxlsxwriter) would write "45,84056" under fr_FR. Qt's own formatting uses QLocale.
    std::setlocale(LC_NUMERIC, "C");
}

void useOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

QString languageSetting() { return QSettings().value(QStringLiteral("language")).toString(); }

bool isLanguage(const QString& choice) { return choice == QLatin1String("fr") || choice == QLatin1String("en"); }

// The last valid "--lang X" or "--lang=X" wherever it stands, before or after the verb; empty
// when there is none.
QString languageArgument(const QStringList& arguments)
{
    QString chosen;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString value = arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size() ? arguments.at(++i)
            : arguments.at(i).startsWith(QLatin1String("--lang="))                                 ? arguments.at(i).mid(7)
                                                                                                    : QString();
        chosen = isLanguage(value) ? value : chosen;
    }
    return chosen;
}

void start(QCoreApplication& app)
{
    setIdentity();
    // The messages are in the chosen language from the first one (an unknown choice is reported
    // by parse(), in the window's language).
    const QString chosen = languageArgument(app.arguments());
    Language::apply(app, chosen.isEmpty() ? languageSetting() : chosen);
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("Cli", "Language: fr or en."),
        QStringLiteral("LANG"));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The store (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH"), Database::defaultPath());
}

bool parse(QCommandLineParser& parser, const QCoreApplication& app, int* exitStatus)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption lang = languageOption();
    parser.addOption(lang);
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        *exitStatus = BadUsage;
        return false;
    }
    if (parser.isSet(lang) && !isLanguage(parser.value(lang))) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "--lang expects fr or en, not “%1”.").arg(parser.value(lang))
                            << Qt::endl;
        *exitStatus = BadUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        *exitStatus = Done;
        return false;
    }
    return true;
}

}

bool Cli::parseStatuses(const QString& keys, QList<EventStatus>* statuses, QTextStream& err)
{
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<EventStatus> parsed = EventStatuses::fromKey(key.trimmed());
        if (!parsed) {
            err << QCoreApplication::translate("Cli",
                "--status expects submitted, in_review, labelled, refused, info_requested or withdrawn, not “%1”.")
                       .arg(key)
                << Qt::endl;
            return false;
        }
        statuses->append(*parsed);
    }
    return true;
}

std::optional<Edition> Cli::openLatestEdition(Database& database, const QString& path, QTextStream& err)
{
    if (!database.open(path)) {
        err << database.errorString() << Qt::endl;
        return std::nullopt;
    }
    std::optional<Edition> edition = EditionRepository(database).latest();
    if (!edition) {
        err << QCoreApplication::translate("Cli", "The store %1 has no edition.").arg(database.path()) << Qt::endl;
    }
    return edition;
}

bool Cli::isWritable(const Database& database, QTextStream& err)
{
    if (database.isReadOnly()) {
        err << QCoreApplication::translate("Cli", "%1 can only be read: %2. Nothing was changed.")
                   .arg(database.path(), database.readOnlyReason())
            << Qt::endl;
    }
    return !database.isReadOnly();
}

QString Cli::escaped(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\')) {
            result += QLatin1String("\\\\");
        } else if (c == QLatin1Char('\n')) {
            result += QLatin1String("\\n");
        } else if (c == QLatin1Char('\r')) {
            result += QLatin1String("\\r");
        } else if (c == QLatin1Char('\t')) {
            result += QLatin1String("\\t");
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph) {
            result += QStringLiteral("\\x%1").arg(c.unicode(), c.unicode() > 0xff ? 4 : 2, 16, QLatin1Char('0'));
        } else {
            result += c;
        }
    }
    return result;
}
