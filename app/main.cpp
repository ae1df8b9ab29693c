#include "app/DemoData.h"
#include "app/Language.h"
#include "app/Screenshots.h"
#include "app/cli/Command.h"
#include "app/cli/CommandLine.h"
#include "app/core/GeoReference.h"
#include "app/core/SessionUser.h"
#include "app/secrets/PasswordStore.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/common/FileDialogs.h"
#include "ui/widgets/PasswordPrompt.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>

#include <cstring>
#include <future>

namespace {

using CommandLine::languageSetting;
using CommandLine::setIdentity;

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

// The window's options; the command line's verbs have theirs.
QList<QCommandLineOption> windowOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"),
            QCoreApplication::translate("main", "The store to open (default: %1).")
                .arg(Database::defaultPath()),
            QStringLiteral("PATH"), Database::defaultPath()),
        QCommandLineOption(QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Render each main view to a PNG file in DIR and exit."),
            QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Language: fr or en."),
            QStringLiteral("LANG")),
        QCommandLineOption(QStringLiteral("no-demo"),
            QCoreApplication::translate("main", "Do not load demonstration data into an empty store.")),
    };
}

// The value of an option ("--lang fr" or "--lang=fr") before any parser exists; empty when absent.
QString optionValue(int argc, char** argv, const char* name)
{
    const QByteArray option(name);
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (arg.startsWith(option + '=')) {
            return QString::fromLocal8Bit(arg.mid(option.size() + 1));
        }
    }
    return {};
}

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const QString verb = CommandLine::verbOf(arguments, windowOptions());
    if (Command* command = CommandLine::find(verb)) {
        return CommandLine::exec(*command, argc, argv);
    }
    if (!verb.isEmpty()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::apply(app, languageSetting());
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "Unknown command “%1”; the commands are: %2.")
                                   .arg(verb, CommandLine::names())
                            << Qt::endl;
        return 2;
    }
    // Screenshots, the help and the version need no display (help2man and scripts run them in a terminal).
    static const char* const headlessOptions[]
        = { "--screenshot", "--help", "-h", "--help-all", "--version", "-v" };
    for (int i = 1; i < argc; ++i) {
        const bool headlessOption = std::any_of(std::begin(headlessOptions), std::end(headlessOptions),
            [&](const char* option) { return std::strcmp(argv[i], option) == 0; });
        if (headlessOption && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::apply(app, languageSetting());
        QTextStream(stderr) << QCoreApplication::translate("main",
            "semaine-admin needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty).\n"
            "Start it from a desktop session or under a virtual one (xvfb-run -a semaine-admin),\n"
            "or render every screen to PNG files without a display: semaine-admin --screenshot DIR\n");
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    // Desktops find the window's icon and name through the installed .desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.gouv.entreprises.semaine_admin"));
    // The language comes first, so that --help is already in it.
    const QString language = optionValue(argc, argv, "--lang");
    Language::apply(app, language.isEmpty() ? languageSetting() : language);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Label requests of the Semaine de l'industrie.\n\n"
        "Commands:\n"
        "  demo --events N [--seed S] --db PATH   write a generated edition into an empty store\n"
        "  import FILE [--report FILE] [--dry-run]   import label requests (CSV or JSON)\n"
        "  list [--json] [--status S] [--region CODE] [--departement CODE] [--failing WHICH]\n"
        "                                         the requests with their label conditions\n"
        "  decide --label|--refuse|--request-info [--reason TEXT] [--override JUSTIFICATION] ID...\n"
        "                                         decide requests as the window does, queuing the "
        "organisers' messages\n"
        "  export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] [--departement CODE] "
        "OUT\n"
        "                                         the labelled requests as a file\n"
        "  attestation ID... (--out DIR | --zip FILE)   the label attestations as PDF files\n"
        "  mail send [--smtp URL] [--from ADDRESS] [--allow-plain] | mail list [--json] [--state S]\n"
        "                                         deliver the outbox over SMTP, or list its messages\n"
        "  stats [--json] [--region CODE] [--edition YEAR]\n"
        "                                         the figures of the statistics, national and per région\n"
        "  migrate --from PATH --to URL           copy a store (e.g. into PostgreSQL), audit trail "
        "included\n\n"
        "--db takes a file or a shared PostgreSQL store: postgresql://user@host:port/database"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options = windowOptions();
    const QCommandLineOption& db = options.at(0);
    const QCommandLineOption& screenshot = options.at(1);
    const QCommandLineOption& lang = options.at(2);
    const QCommandLineOption& noDemo = options.at(3);
    parser.addOptions(options);
    parser.process(app);
    if (parser.isSet(lang) && parser.value(lang) != QLatin1String("fr")
        && parser.value(lang) != QLatin1String("en")) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--lang expects fr or en, not “%1”.")
                                   .arg(parser.value(lang))
                            << Qt::endl;
        return 2;
    }
    const bool headless = parser.isSet(screenshot);

    // The reference data (communes, départements, régions) is read on the second core while the
    // store is opened and checked, instead of before the queue's first paint; every return
    // below waits for it (the future's destructor).
    const std::future<void> reference = std::async(std::launch::async, [] { GeoReference::embedded(); });
    Database database;
    // --db, or the shared store chosen in the window (File → Shared store…), or this workstation's.
    const QString chosen = QSettings().value(QStringLiteral("store/location")).toString();
    QString path = parser.isSet(db) || chosen.isEmpty() ? parser.value(db) : chosen;
    // The window writes (decisions, imports, the queue's index): a read-only store is refused here.
    while (!database.open(path) || database.isReadOnly()) {
        const QString why = database.isOpen()
            ? QCoreApplication::translate("main",
                  "%1 can only be read: %2. The window needs to write to its store; "
                  "use the command line (list, export, stats) to read it.")
                  .arg(database.path(), database.readOnlyReason())
            : database.errorString();
        database.close();
        if (headless) {
            QTextStream(stderr) << why << Qt::endl;
            return 1;
        }
        // A shared store's password: the keyring's, else asked and kept (PasswordStore); asked
        // again when the one this session tried was refused.
        if (Database::isPostgresqlUrl(path) && database.errorString().contains(QLatin1String("password"))) {
            const QString account = PasswordStore::storeAccount(path);
            if (!PasswordPrompt::password(nullptr, QCoreApplication::translate("main", "Shared store"),
                    QCoreApplication::translate("main", "Password for %1:").arg(database.path()), account,
                    !PasswordStore::remembered(account).isEmpty())) {
                return 1;
            }
            continue;
        }
        QMessageBox box(QMessageBox::Critical,
            QCoreApplication::translate("main", "The store cannot be opened"), why,
            QMessageBox::Open | QMessageBox::Close);
        QPushButton* shared
            = box.addButton(QCoreApplication::translate("main", "Shared store…"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == shared) {
            ConnectionDialog dialog(path);
            if (dialog.exec() != QDialog::Accepted) {
                return 1;
            }
            path = dialog.url();
            continue;
        }
        if (box.clickedButton() != box.button(QMessageBox::Open)) {
            return 1;
        }
        path = FileDialogs::openFileName(nullptr, FileDialogs::Kind::Store,
            QCoreApplication::translate("main", "Open a store"),
            QCoreApplication::translate("main", "semaine-admin stores (*.sqlite);;All files (*)"));
        if (path.isEmpty()) {
            return 1;
        }
    }
    if (database.isPostgresql()) {
        // Decisions are signed with the name the server knows, the one its rights apply to.
        SessionUser::set(database.userName());
    }
    if (!parser.isSet(noDemo) && DemoData::isEmpty(database)) {
        const WriteResult loaded = DemoData::load(database, DemoData::DefaultEvents, DemoData::DefaultSeed);
        if (!loaded.ok()) {
            QTextStream(stderr) << loaded.message << Qt::endl;
        }
    }

    MainWindow window(database);
    if (headless) {
        QString error;
        if (!Screenshots::write(window, parser.value(screenshot), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
