#include "app/cli/Command.h"

#include "app/Language.h"
#include "app/cli/CommandLine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

bool isLanguage(const QString& choice)
{
    return choice == QLatin1String("fr") || choice == QLatin1String("en");
}

// The last valid "--lang X" or "--lang=X" wherever it stands, before or after the verb; empty
// when there is none.
QString languageArgument(const QStringList& arguments)
{
    QString chosen;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString value = arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()
            ? arguments.at(++i)
            : arguments.at(i).startsWith(QLatin1String("--lang=")) ? arguments.at(i).mid(7)
                                                                   : QString();
        chosen = isLanguage(value) ? value : chosen;
    }
    return chosen;
}

} // namespace

Command::Command(const QString& name)
    : m_name(name)
{
}

Command::~Command() = default;

void Command::addPositionalArguments(QCommandLineParser&) const { }

QCommandLineOption Command::languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language: fr or en."), QStringLiteral("LANG"));
}

QString Command::escaped(const QString& text)
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
            result
                += QStringLiteral("\\x%1").arg(c.unicode(), c.unicode() > 0xff ? 4 : 2, 16, QLatin1Char('0'));
        } else {
            result += c;
        }
    }
    return result;
}

int Command::badUsage(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return BadUsage;
}

int Command::failed(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return Failed;
}

int Command::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // The messages are in the chosen language from the first one, --help included (an unknown
    // choice is reported below, in the window's language).
    const QString chosen = languageArgument(arguments);
    Language::apply(
        *QCoreApplication::instance(), chosen.isEmpty() ? CommandLine::languageSetting() : chosen);
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(m_name, QCoreApplication::translate("Cli", "The command."));
    addPositionalArguments(parser);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption lang = languageOption();
    parser.addOption(lang);
    parser.addOptions(options());
    if (!parser.parse(arguments)) {
        return badUsage(err, parser.errorText());
    }
    if (parser.isSet(lang) && !isLanguage(parser.value(lang))) {
        return badUsage(err,
            QCoreApplication::translate("Cli", "--lang expects fr or en, not “%1”.").arg(parser.value(lang)));
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Done;
    }
    const int status = execute(parser, out, err);
    out.flush();
    err.flush();
    return status;
}
