#include "app/cli/CommandLine.h"

#include "app/cli/AttestationCommand.h"
#include "app/cli/DecideCommand.h"
#include "app/cli/DemoCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ListCommand.h"
#include "app/cli/MailCommand.h"
#include "app/cli/MigrateCommand.h"
#include "app/cli/StatsCommand.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <clocale>

namespace CommandLine {

const std::vector<std::unique_ptr<Command>>& commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> verbs;
        verbs.push_back(std::make_unique<DemoCommand>());
        verbs.push_back(std::make_unique<ImportCommand>());
        verbs.push_back(std::make_unique<ListCommand>());
        verbs.push_back(std::make_unique<DecideCommand>());
        verbs.push_back(std::make_unique<ExportCommand>());
        verbs.push_back(std::make_unique<AttestationCommand>());
        verbs.push_back(std::make_unique<MailCommand>());
        verbs.push_back(std::make_unique<StatsCommand>());
        verbs.push_back(std::make_unique<MigrateCommand>());
        return verbs;
    }();
    return all;
}

Command* find(const QString& name)
{
    const auto& all = commands();
    const auto found
        = std::find_if(all.begin(), all.end(), [&](const auto& command) { return command->name() == name; });
    return found == all.end() ? nullptr : found->get();
}

QString names()
{
    QStringList list;
    for (const auto& command : commands()) {
        list << command->name();
    }
    return list.join(QStringLiteral(", "));
}

QString verbOf(const QStringList& arguments, const QList<QCommandLineOption>& windowOptions)
{
    QStringList takingValue;
    const auto collect = [&](const QList<QCommandLineOption>& options) {
        for (const QCommandLineOption& option : options) {
            if (!option.valueName().isEmpty()) {
                for (const QString& name : option.names()) {
                    takingValue << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
                }
            }
        }
    };
    collect(windowOptions);
    collect({ Command::languageOption() });
    for (const auto& command : commands()) {
        collect(command->options());
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QLatin1Char('-'))) {
            i += takingValue.contains(argument) ? 1 : 0;
            continue;
        }
        return argument;
    }
    return {};
}

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

QString languageSetting() { return QSettings().value(QStringLiteral("language")).toString(); }

int exec(Command& command, int argc, char** argv)
{
    // The PDF lays its text out with Qt Gui's fonts; no window is ever shown.
    if (command.needsGui() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> app = command.needsGui()
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return command.run(QCoreApplication::arguments(), out, err);
}

}
