#include "app/DemoData.h"
#include "app/core/SessionUser.h"
#include "app/secrets/PasswordStore.h"
#include "app/Language.h"
#include "app/Screenshots.h"
#include "app/cli/Cli.h"
#include "app/cli/AttestationCommand.h"
#include "app/cli/DecideCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ListCommand.h"
#include "app/cli/MailCommand.h"
#include "app/cli/MigrateCommand.h"
#include "app/cli/StatsCommand.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/widgets/PasswordPrompt.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace {

using Cli::languageSetting;
using Cli::setIdentity;

// semaine-admin demo --events N [--seed S] --db PATH
int runDemo(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Writes a generated edition into an empty store."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("demo"), QCoreApplication::translate("main", "The command."));
    const QCommandLineOption events(QStringLiteral("events"),
        QCoreApplication::translate("main", "Number of requests."), QStringLiteral("N"),
        QString::number(DemoData::DefaultEvents));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("main", "Random seed: the same seed gives the same data."),
        QStringLiteral("S"), QString::number(DemoData::DefaultSeed));
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("main", "The store to fill."), QStringLiteral("PATH"));
    parser.addOptions({ events, seed, db, Cli::languageOption() });
    parser.process(app);
    bool countOk = false;
    bool seedOk = false;
    const int count = parser.value(events).toInt(&countOk);
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!countOk || count < 1) {
        err << QCoreApplication::translate("main", "--events expects a positive whole number, not “%1”.")
                   .arg(parser.value(events))
            << Qt::endl;
        return 2;
    }
    if (!seedOk) {
        err << QCoreApplication::translate("main", "--seed expects a whole number, not “%1”.")
                   .arg(parser.value(seed))
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(db)) {
        err << QCoreApplication::translate("main", "demo needs --db PATH: the store to fill.") << Qt::endl;
        return 2;
    }
    Database database;
    if (!database.open(parser.value(db))) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    if (!Cli::isWritable(database, err)) {
        return 1;
    }
    const WriteResult result = DemoData::load(database, count, seedValue);
    if (!result.ok()) {
        err << result.message << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("main", "%1 requests generated (seed %2) in %3")
               .arg(count)
               .arg(seedValue)
               .arg(database.path())
        << Qt::endl;
    return 0;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

// The command word (e.g. "demo"), wherever it stands among the options; empty for the window.
QByteArray verbOf(int argc, char** argv)
{
    static const char* const optionsWithValue[] = { "--db", "--lang", "--screenshot", "--events", "--seed", "--region",
        "--departement", "--edition", "--status", "--failing", "--format", "--report", "--from", "--to", "--smtp", "--state", "--reason", "--override", "--out", "--zip" };
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith('-')) {
            const bool takesValue = std::any_of(std::begin(optionsWithValue), std::end(optionsWithValue),
                [&](const char* option) { return arg == option; });
            i += takesValue ? 1 : 0;
            continue;
        }
        return arg;
    }
    return {};
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
    const QByteArray verb = verbOf(argc, argv);
    if (verb == "demo") {
        return runDemo(argc, argv);
    }
    if (verb == "stats") {
        return runStats(argc, argv);
    }
    if (verb == "import") {
        return runImport(argc, argv);
    }
    if (verb == "list") {
        return runList(argc, argv);
    }
    if (verb == "decide") {
        return runDecide(argc, argv);
    }
    if (verb == "attestation") {
        return runAttestation(argc, argv);
    }
    if (verb == "mail") {
        return runMail(argc, argv);
    }
    if (verb == "export") {
        return runExport(argc, argv);
    }
    if (verb == "migrate") {
        return runMigrate(argc, argv);
    }
    if (!verb.isEmpty()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::apply(app, languageSetting());
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown command “%1”; the commands are: demo, import, list, export, stats, migrate, mail, attestation.")
                                   .arg(QString::fromLocal8Bit(verb))
                            << Qt::endl;
        return 2;
    }
    // Screenshots, the help and the version need no display (help2man and scripts run them in a terminal).
    static const char* const headlessOptions[] = { "--screenshot", "--help", "-h", "--help-all", "--version", "-v" };
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
        "  export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] [--departement CODE] OUT\n"
        "                                         the labelled requests as a file\n"
        "  stats [--json] [--region CODE] [--edition YEAR]\n"
        "                                         the figures of the statistics, national and per région\n"
        "  migrate --from PATH --to URL           copy a store (e.g. into PostgreSQL), audit trail included\n\n"
        "--db takes a file or a shared PostgreSQL store: postgresql://user@host:port/database"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("main", "The store to open (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH"), Database::defaultPath());
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render each main view to a PNG file in DIR and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language: fr or en."), QStringLiteral("LANG"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
        QCoreApplication::translate("main", "Do not load demonstration data into an empty store."));
    parser.addOptions({ db, screenshot, lang, noDemo });
    parser.process(app);
    if (parser.isSet(lang) && parser.value(lang) != QLatin1String("fr") && parser.value(lang) != QLatin1String("en")) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--lang expects fr or en, not “%1”.").arg(parser.value(lang))
                            << Qt::endl;
        return 2;
    }
    const bool headless = parser.isSet(screenshot);

    Database database;
    // --db, or the shared store chosen in the window (File → Shared store…), or this workstation's.
    const QString chosen = QSettings().value(QStringLiteral("store/location")).toString();
    QString path = parser.isSet(db) || chosen.isEmpty() ? parser.value(db) : chosen;
    // The window writes (decisions, imports, the queue's index): a read-only store is refused here.
    while (!database.open(path) || database.isReadOnly()) {
        const QString why = database.isOpen()
            ? QCoreApplication::translate("main", "%1 can only be read: %2. The window needs to write to its store; "
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
        QPushButton* shared = box.addButton(QCoreApplication::translate("main", "Shared store…"), QMessageBox::ActionRole);
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
        path = QFileDialog::getOpenFileName(nullptr, QCoreApplication::translate("main", "Open a store"),
            QString(), QCoreApplication::translate("main", "semaine-admin stores (*.sqlite);;All files (*)"));
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
