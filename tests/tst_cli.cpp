// The command-line verbs, called in this process as the executable calls them (CommandLine), on an
// SQLite file and, under ctest's PostgreSQL fixture, on a shared store; a few checks run the real
// executable for its exit statuses.

#include "TestStore.h"
#include "app/cli/Command.h"
#include "app/cli/CommandLine.h"
#include "db/Database.h"
#include "db/StoreCopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyVerbOnThisEngine();
    void executableExitStatus_data();
    void executableExitStatus();
    void importCountsEveryRow();
    void importExitStatus_data();
    void importExitStatus();
    void reportNeverOverwritesAnotherFile();
    void importMeansTheSameInEveryLanguage();
    void listAsJson();
    void listFilters_data();
    void listFilters();
    void exportCsvThenImportIntoAFreshStore();
    void exportGeoJson();
    void migrateCopiesAndCounts();
    void exportEachFormat_data();
    void exportEachFormat();
    void exportTemplates();
    void exportSaysWhatChangedSinceTheLastOne();
    void languageBeforeOrAfterTheVerb_data();
    void languageBeforeOrAfterTheVerb();
    void listEscapesControlCharacters();
    void commonOptionsBeforeEveryVerb_data();
    void commonOptionsBeforeEveryVerb();
    void mailSendsListsAndCounts();
    void mailBadUsage_data();
    void mailBadUsage();
    void decideChecksAndQueuesMessages();
    void decideBadUsage_data();
    void decideBadUsage();
    void helpAndVersionWithoutDisplay_data();
    void helpAndVersionWithoutDisplay();
    void attestationOfLabelledRequests();
    void aStoreThatCannotBeReadIsNotAnEmptyOne();
    void anOutboxThatCannotBeReadIsNotAnEmptyOne();

private:
    // Runs semaine-admin --lang en --db <store> ARGS in this process (the messages checked are
    // English, whatever the workstation's locale); returns the exit status.
    int run(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr);
    // Runs SQL statements on the test's store, as another program would change it.
    void changeStore(const QStringList& statements);
    // The same through the executable.
    int runExecutable(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr);
    QString m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    // The example imported once: copied for the functions that start from it and change it, shared by those
    // whose commands leave its requests as they are (reads, bad usage, the same file imported again, an
    // export). A database made and the example imported per row were most of this test's time on PostgreSQL.
    QTemporaryDir m_importedDir;
    QString m_imported;
};

namespace {
const QString example = QStringLiteral(SEMAINE_SOURCE_DIR "/resources/examples/demandes-exemple.csv");
}

void TestCli::initTestCase()
{
    // What the executable does before it runs a verb.
    CommandLine::setIdentity();
    m_store = TestStore::create(m_importedDir);
    QString out;
    QCOMPARE(run({ u"import"_s, example }, &out), 0);
    QVERIFY2(out.startsWith(u"4 row(s) read = 4 created"_s), qPrintable(out));
    m_imported = m_store;
}

void TestCli::init()
{
    enum class Start { Empty, ImportedCopy, ImportedShared };
    static const QHash<QByteArray, Start> starts {
        { "listAsJson", Start::ImportedCopy },
        { "exportGeoJson", Start::ImportedCopy },
        { "migrateCopiesAndCounts", Start::ImportedCopy },
        { "exportEachFormat", Start::ImportedCopy },
        { "exportTemplates", Start::ImportedCopy },
        { "exportSaysWhatChangedSinceTheLastOne", Start::ImportedCopy },
        { "listEscapesControlCharacters", Start::ImportedCopy },
        { "mailSendsListsAndCounts", Start::ImportedCopy },
        { "decideChecksAndQueuesMessages", Start::ImportedCopy },
        { "attestationOfLabelledRequests", Start::ImportedCopy },
        { "aStoreThatCannotBeReadIsNotAnEmptyOne", Start::ImportedCopy },
        { "exportCsvThenImportIntoAFreshStore", Start::ImportedCopy },
        { "reportNeverOverwritesAnotherFile", Start::ImportedCopy },
        { "importExitStatus", Start::ImportedShared },
        { "listFilters", Start::ImportedShared },
        { "languageBeforeOrAfterTheVerb", Start::ImportedShared },
        { "commonOptionsBeforeEveryVerb", Start::ImportedShared },
        { "mailBadUsage", Start::ImportedShared },
        { "decideBadUsage", Start::ImportedShared },
        { "helpAndVersionWithoutDisplay", Start::ImportedShared },
        { "executableExitStatus", Start::ImportedShared },
    };
    m_dir = std::make_unique<QTemporaryDir>();
    switch (starts.value(QTest::currentTestFunction(), Start::Empty)) {
    case Start::Empty:
        m_store = TestStore::create(*m_dir);
        break;
    case Start::ImportedCopy:
        m_store = TestStore::copyOfStore(m_imported, *m_dir);
        break;
    case Start::ImportedShared:
        m_store = m_imported;
        break;
    }
}

int TestCli::run(const QStringList& arguments, QString* out, QString* err)
{
    const QStringList full = QStringList { QStringLiteral(SEMAINE_ADMIN), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--db"), m_store }
        + arguments;
    Command* command = CommandLine::find(CommandLine::verbOf(full, {}));
    if (!command) {
        return -1;
    }
    QString written;
    QString said;
    QTextStream outStream(&written);
    QTextStream errStream(&said);
    const int status = command->run(full, outStream, errStream);
    if (out) {
        *out = written;
    }
    if (err) {
        *err = said;
    }
    return status;
}

void TestCli::changeStore(const QStringList& statements)
{
    Database database;
    QVERIFY2(database.open(m_store), qPrintable(database.errorString()));
    QSqlQuery query(database.connection());
    for (const QString& sql : statements) {
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + u": "_s + sql));
    }
}

int TestCli::runExecutable(const QStringList& arguments, QString* out, QString* err)
{
    QProcess process;
    process.start(QStringLiteral(SEMAINE_ADMIN),
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_store }
            + arguments);
    if (!process.waitForFinished(60000)) {
        return -1;
    }
    if (out) {
        *out = QString::fromUtf8(process.readAllStandardOutput());
    }
    if (err) {
        *err = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestCli::importCountsEveryRow()
{
    QString out;
    QCOMPARE(run({ QStringLiteral("import"), example }, &out), 0);
    QVERIFY2(
        out.startsWith(QStringLiteral("4 row(s) read = 4 created + 0 updated + 0 unchanged + 0 rejected")),
        qPrintable(out));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--dry-run"), example }, &out), 0);
    QVERIFY2(
        out.contains(QStringLiteral("0 created + 0 updated + 4 unchanged + 0 rejected")), qPrintable(out));
    // Rejected rows are reported, not an error.
    const QString report = m_dir->filePath(QStringLiteral("report.csv"));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral(SEMAINE_TEST_DATA "/import/duplicate_ids.csv"),
                     QStringLiteral("--report"), report },
                 &out),
        0);
    QVERIFY(out.contains(QStringLiteral("1 created + 0 updated + 0 unchanged + 1 rejected")));
    QVERIFY(out.contains(QStringLiteral("line 3, column id_demande")));
    QVERIFY(QFile::exists(report));
}

void TestCli::importExitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList { QStringLiteral("import") } << 2 << "Usage: semaine-admin";
    QTest::newRow("unknown option") << QStringList { QStringLiteral("import"), QStringLiteral("--bogus"),
        example } << 2 << "Unknown option 'bogus'.";
    QTest::newRow("missing file") << QStringList { QStringLiteral("import"),
        QStringLiteral("/nonexistent/x.csv") }
                                  << 2 << "Cannot read /nonexistent/x.csv";
    QTest::newRow("binary file") << QStringList { QStringLiteral("import"),
        QStringLiteral(SEMAINE_TEST_DATA "/import/binary.csv") }
                                 << 2 << "The file is not a text file";
    QTest::newRow("report cannot be written")
        << QStringList { QStringLiteral("import"), QStringLiteral(SEMAINE_TEST_DATA "/import/bad_date.csv"),
               QStringLiteral("--report"), QStringLiteral("/nonexistent/report.csv") }
        << 1 << "Cannot write the report of rejected rows /nonexistent/report.csv";
    QTest::newRow("bad status") << QStringList { QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("done") } << 2
                                << "--status expects submitted";
    QTest::newRow("bad failing") << QStringList { QStringLiteral("list"), QStringLiteral("--failing"),
        QStringLiteral("C5") } << 2
                                 << "--failing expects any, none";
}

void TestCli::importExitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QString err;
    QCOMPARE(run(arguments, nullptr, &err), status);
    QVERIFY2(err.contains(message), qPrintable(err));
}

// --report naming the store, the input or any file that is not a previous report is refused
// before anything is read or written.
void TestCli::reportNeverOverwritesAnotherFile()
{
    const auto contents = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // On PostgreSQL the store is no file that a report could overwrite.
    const bool storeIsAFile = !TestStore::onPostgresql();
    const QByteArray store = contents(m_store);
    QVERIFY(!storeIsAFile || !store.isEmpty());
    const QString input = m_dir->filePath(u"doublons.csv"_s);
    QVERIFY(QFile::copy(QStringLiteral(SEMAINE_TEST_DATA "/import/duplicate_ids.csv"), input));
    const QByteArray inputBytes = contents(input);
    const QString notes = m_dir->filePath(u"notes.txt"_s);
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("à ne pas perdre\n");
    }
    QList<std::pair<QString, QString>> refused = { { input, u"would overwrite the file being imported"_s },
        { notes, u"would overwrite an existing file that is not a report"_s } };
    if (storeIsAFile) {
        refused += { { m_store, u"would overwrite the store"_s },
            { m_store + u"-wal"_s, u"would overwrite the store"_s } };
    }
    for (const auto& [report, message] : refused) {
        QString out;
        QString err;
        QCOMPARE(run({ u"import"_s, input, u"--report"_s, report }, &out, &err), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(u"Nothing was imported"_s), qPrintable(err));
    }
    QCOMPARE(contents(m_store), store);
    QCOMPARE(contents(input), inputBytes);
    QCOMPARE(contents(notes), QByteArray("à ne pas perdre\n"));
    // A previous report is replaced by the next one.
    const QString report = m_dir->filePath(u"rejets.csv"_s);
    QCOMPARE(run({ u"import"_s, input, u"--report"_s, report }), 0);
    const QByteArray first = contents(report);
    QVERIFY(!first.isEmpty());
    QString out;
    QCOMPARE(run({ u"import"_s, input, u"--report"_s, report }, &out), 0);
    QVERIFY2(out.contains(u"1 unchanged + 1 rejected"_s), qPrintable(out));
    QCOMPARE(contents(report), first);
}

// A file in the French the window shows imports the same from a script in the C locale.
void TestCli::importMeansTheSameInEveryLanguage()
{
    const QString file = m_dir->filePath(u"types.csv"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("id_demande;titre;type_evenement;type_organisateur\r\n"
                  "SI-1;Visite;Visite d'entreprise;Entreprise\r\n"
                  "SI-2;Salon;FORUM OU SALON;Fédération industrielle\r\n"
                  "SI-3;Grillades;barbecue;Association\r\n");
    }
    QString out;
    QCOMPARE(run({ u"import"_s, file }, &out), 0);
    QVERIFY2(
        out.startsWith(u"3 row(s) read = 3 created + 0 updated + 0 unchanged + 0 rejected + 1 warning\n"_s),
        qPrintable(out));
    QVERIFY2(
        out.contains(u"line 4, column type_evenement: “barbecue” is not an event type"_s), qPrintable(out));
    // The warned row is imported and kept in the report too.
    QVERIFY(QFile::exists(m_dir->filePath(u"types-rejects.csv"_s)));
}

void TestCli::listAsJson()
{
    QString out;
    QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--json") }, &out), 0);
    const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(array.size(), 4);
    const QJsonObject reunion = array.at(3).toObject();
    QCOMPARE(reunion.value(QStringLiteral("id_demande")).toString(), QStringLiteral("SI2018-00004"));
    QStringList keys = reunion.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({ QStringLiteral("conditions"), QStringLiteral("departement"),
            QStringLiteral("id_demande"), QStringLiteral("late"), QStringLiteral("latitude"),
            QStringLiteral("longitude"), QStringLiteral("problems"), QStringLiteral("region"),
            QStringLiteral("status"), QStringLiteral("titre") }));
    QVERIFY(!reunion.value(QStringLiteral("titre")).toString().isEmpty());
    QCOMPARE(reunion.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(reunion.value(QStringLiteral("region")).toString(), QStringLiteral("04"));
    QCOMPARE(reunion.value(QStringLiteral("departement")).toString(), QStringLiteral("974"));
    QVERIFY(reunion.value(QStringLiteral("latitude")).toDouble() < -20);
    QVERIFY(reunion.value(QStringLiteral("longitude")).toDouble() > 55);
    const QJsonObject conditions = reunion.value(QStringLiteral("conditions")).toObject();
    QCOMPARE(conditions.value(QStringLiteral("dates")).toString(), QStringLiteral("pass"));
    QCOMPARE(conditions.value(QStringLiteral("free")).toString(), QStringLiteral("fail"));
    QCOMPARE(reunion.value(QStringLiteral("late")).toBool(), false);
    QVERIFY(reunion.value(QStringLiteral("problems")).isArray());
    // The online conference has no place.
    QVERIFY(array.at(2).toObject().value(QStringLiteral("latitude")).isNull());
}

void TestCli::listFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("all") << QStringList {}
                         << QStringList { u"SI2018-00001"_s, u"SI2018-00002"_s, u"SI2018-00003"_s,
                                u"SI2018-00004"_s };
    QTest::newRow("failing free") << QStringList { u"--failing"_s, u"free"_s }
                                  << QStringList { u"SI2018-00004"_s };
    QTest::newRow("failing none") << QStringList { u"--failing"_s, u"none"_s }
                                  << QStringList { u"SI2018-00001"_s, u"SI2018-00002"_s, u"SI2018-00003"_s };
    QTest::newRow("région Bretagne") << QStringList { u"--region"_s, u"53"_s }
                                     << QStringList { u"SI2018-00002"_s };
    QTest::newRow("département 75") << QStringList { u"--departement"_s, u"75"_s }
                                    << QStringList { u"SI2018-00001"_s };
    QTest::newRow("labelled") << QStringList { u"--status"_s, u"labelled"_s } << QStringList {};
}

void TestCli::listFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    QString out;
    QCOMPARE(run(QStringList { QStringLiteral("list") } + arguments, &out), 0);
    QStringList listed;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        listed << line.section(QLatin1Char('\t'), 0, 0);
    }
    QCOMPARE(listed, ids);
}

void TestCli::exportCsvThenImportIntoAFreshStore()
{
    const QString exported = m_dir->filePath(QStringLiteral("export.csv"));
    QString out;
    // Nothing is labelled yet: the default list is empty.
    QCOMPARE(
        run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), exported }, &out),
        0);
    QVERIFY2(out.startsWith(QStringLiteral("0 requests exported")), qPrintable(out));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--status"), QStringLiteral("all"), exported },
                 &out),
        0);
    QVERIFY2(out.startsWith(QStringLiteral("4 requests exported")), qPrintable(out));
    QString before;
    QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--json") }, &before), 0);
    m_store = TestStore::create(*m_dir, QStringLiteral("fresh.sqlite"));
    QCOMPARE(run({ QStringLiteral("import"), exported }, &out), 0);
    QVERIFY(out.startsWith(QStringLiteral("4 row(s) read = 4 created")));
    QString after;
    QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--json") }, &after), 0);
    QCOMPARE(after, before);
}

void TestCli::exportGeoJson()
{
    const QString exported = m_dir->filePath(QStringLiteral("map.geojson"));
    QString out;
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("geojson"),
                     QStringLiteral("--status"), QStringLiteral("submitted"), QStringLiteral("--region"),
                     QStringLiteral("53"), exported },
                 &out),
        0);
    QVERIFY2(out.startsWith(QStringLiteral("1 request exported")), qPrintable(out));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray features
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 1);
    const QJsonArray coordinates = features.at(0)
                                       .toObject()
                                       .value(QStringLiteral("geometry"))
                                       .toObject()
                                       .value(QStringLiteral("coordinates"))
                                       .toArray();
    QVERIFY(coordinates.at(0).toDouble() < -4); // Brest: longitude first
    QVERIFY(coordinates.at(1).toDouble() > 48);
    QString err;
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls"), exported },
                 nullptr, &err),
        2);
    QVERIFY(err.contains(QStringLiteral("--format expects csv, xlsx, ods, pdf, geojson or ics")));
}

void TestCli::exportEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start"); // what a file of the format starts with
    QTest::newRow("XLSX") << u"xlsx"_s << QByteArray("PK\x03\x04");
    QTest::newRow("ODS") << u"ods"_s << QByteArray("PK\x03\x04");
    QTest::newRow("PDF") << u"pdf"_s << QByteArray("%PDF-");
    QTest::newRow("iCalendar") << u"ics"_s << QByteArray("BEGIN:VCALENDAR\r\n");
}

void TestCli::exportEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString exported = m_dir->filePath(u"export."_s + format);
    QString out;
    QString err;
    QCOMPARE(run({ u"export"_s, u"--format"_s, format, u"--status"_s, u"all"_s, exported }, &out, &err), 0);
    QVERIFY2(out.startsWith(u"4 requests exported"_s), qPrintable(out + err));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(start));
}

void TestCli::exportTemplates()
{
    const QString exported = m_dir->filePath(u"export.csv"_s);
    QString err;
    QCOMPARE(run({ u"export"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"all"_s, u"--columns"_s,
                 u"commune,id_demande"_s, u"--save-template"_s, u"presse"_s, exported }),
        0);
    QCOMPARE(run({ u"export"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"all"_s, u"--template"_s,
                 u"presse"_s, exported }),
        0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(),
        QByteArray("\xEF\xBB\xBF"
                   "commune;id_demande\r\n"));
    QCOMPARE(
        run({ u"export"_s, u"--format"_s, u"csv"_s, u"--template"_s, u"autre"_s, exported }, nullptr, &err),
        2);
    QVERIFY2(err.contains(u"No export template is named “autre” (the templates: presse)"_s), qPrintable(err));
    QCOMPARE(run({ u"export"_s, u"--format"_s, u"csv"_s, u"--columns"_s, u"titre,nope"_s, exported }, nullptr,
                 &err),
        2);
    QVERIFY2(err.contains(u"“nope” is not a column"_s), qPrintable(err));
    QCOMPARE(
        run({ u"export"_s, u"--format"_s, u"csv"_s, u"--save-template"_s, u"x"_s, exported }, nullptr, &err),
        2);
    QCOMPARE(
        run({ u"export"_s, u"--format"_s, u"ics"_s, u"--template"_s, u"presse"_s, exported }, nullptr, &err),
        2);
    QVERIFY2(err.contains(u"apply to csv, xlsx, ods and pdf, not ics"_s), qPrintable(err));
}

void TestCli::exportSaysWhatChangedSinceTheLastOne()
{
    const QString exported = m_dir->filePath(u"export.ods"_s);
    QString out;
    QCOMPARE(run({ u"export"_s, u"--format"_s, u"ods"_s, exported }, &out), 0);
    QVERIFY2(!out.contains(u"since the export of"_s), qPrintable(out));
    QCOMPARE(run({ u"export"_s, u"--format"_s, u"ods"_s, exported }, &out), 0);
    QVERIFY2(
        out.contains(QRegularExpression(
            u"since the export of \\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d: 0 added, 0 removed, 0 modified"_s)),
        qPrintable(out));
    // Not the approved list: no snapshot, no comparison.
    QCOMPARE(run({ u"export"_s, u"--format"_s, u"ods"_s, u"--status"_s, u"all"_s, exported }, &out), 0);
    QVERIFY2(!out.contains(u"since the export of"_s), qPrintable(out));
}

void TestCli::migrateCopiesAndCounts()
{
    // A labelled request: its label number, the edition's counter and its message to send.
    QCOMPARE(run({ u"decide"_s, u"--label"_s, u"SI2018-00001"_s }), 0);
    const QString copy = m_dir->filePath(QStringLiteral("copie.sqlite"));
    QString out;
    QString err;
    QCOMPARE(
        run({ QStringLiteral("migrate"), QStringLiteral("--from"), m_store, QStringLiteral("--to"), copy },
            &out, &err),
        0);
    // The copy is a store of its own, with the same requests, counted as such.
    const QStringList everyStatus { QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--status"),
        QStringLiteral("submitted,in_review,info_requested,labelled,refused,withdrawn") };
    QString listed;
    QCOMPARE(run(everyStatus, &listed), 0);
    const qsizetype requests = QJsonDocument::fromJson(listed.toUtf8()).array().size();
    QVERIFY(requests > 0);
    for (const char* table : { "event", "event_queue" }) {
        QVERIFY2(out.contains(QRegularExpression(
                     QStringLiteral("%1\\s*: %2 rows copied").arg(QLatin1String(table)).arg(requests))),
            qPrintable(out + err));
    }
    // The import's entries and the decision's.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("audit\\s*: %1 rows copied").arg(requests + 1))),
        qPrintable(out + err));
    for (const char* table : { "label_counter", "label_number", "outbox" }) {
        QVERIFY2(out.contains(
                     QRegularExpression(QStringLiteral("\\b%1\\s*: 1 row copied").arg(QLatin1String(table)))),
            qPrintable(out + err));
    }
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("letter_template\\s*: 8 rows copied"))),
        qPrintable(out + err));
    // Every table of a store is copied but the schema's own (meta) and the search index, which
    // each store builds from the copied rows.
    {
        Database copied;
        QVERIFY2(copied.open(copy), qPrintable(copied.errorString()));
        QSqlQuery tables(copied.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> "
                                           "'meta' AND name NOT LIKE 'sqlite%' AND name NOT LIKE "
                                           "'event_queue_search%' ORDER BY name")));
        QStringList present;
        while (tables.next()) {
            present << tables.value(0).toString();
        }
        QStringList copiedTables = StoreCopy::tables();
        copiedTables.sort();
        QCOMPARE(copiedTables, present);
    }
    const QString original = m_store;
    m_store = copy;
    QString listedCopy;
    QCOMPARE(run(everyStatus, &listedCopy), 0);
    QCOMPARE(listedCopy, listed);
    m_store = original;
    // Never into a store that holds requests; bad usage and a missing source say so.
    QCOMPARE(
        run({ QStringLiteral("migrate"), QStringLiteral("--from"), m_store, QStringLiteral("--to"), copy },
            nullptr, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("already holds")), qPrintable(err));
    QCOMPARE(run({ QStringLiteral("migrate"), QStringLiteral("--from"), m_store }, nullptr, &err), 2);
    QCOMPARE(run({ QStringLiteral("migrate"), QStringLiteral("--from"),
                     m_dir->filePath(QStringLiteral("absente.sqlite")), QStringLiteral("--to"), copy },
                 nullptr, &err),
        2);
    QVERIFY2(err.contains(QStringLiteral("absente.sqlite")), qPrintable(err));
}

// --lang as --help shows it, before the verb, or after it; the last one given wins.
void TestCli::languageBeforeOrAfterTheVerb_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("import, French after the verb")
        << QStringList { u"import"_s, example, u"--lang"_s, u"fr"_s } << 0 << u"4 lignes lues"_s;
    QTest::newRow("list, French before the verb")
        << QStringList { u"--lang=fr"_s, u"list"_s } << 0 << u"SI2018"_s;
    QTest::newRow("export, unknown language") << QStringList { u"export"_s, u"--lang"_s, u"de"_s, u"x.csv"_s }
                                              << 2 << u"--lang expects fr or en, not “de”."_s;
    QTest::newRow("migrate, unknown language")
        << QStringList { u"migrate"_s, u"--lang"_s, u"xx"_s } << 2 << u"“xx”"_s;
    QTest::newRow("demo, French") << QStringList { u"demo"_s, u"--lang"_s, u"fr"_s, u"--events"_s, u"0"_s }
                                  << 2 << u"--events attend"_s;
}

void TestCli::languageBeforeOrAfterTheVerb()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QString out;
    QString err;
    QCOMPARE(run(arguments, &out, &err), status);
    QVERIFY2((out + err).contains(expected), qPrintable(out + err));
}

// Attestations of labelled requests, in a folder or a ZIP file, read back by pdftotext.
void TestCli::attestationOfLabelledRequests()
{
    // SI2018-00001 labelled with its number, as a decision leaves it; SI2018-00002 still submitted.
    changeStore({ u"UPDATE event SET status = 'labelled' WHERE request_id = 'SI2018-00001'"_s,
        u"INSERT INTO audit (event_id, at, who, action, old_status, new_status) SELECT id, "
        "'2018-03-19T23:30:00.000Z', 'alice', 'status', 'in_review', 'labelled' FROM event WHERE request_id = 'SI2018-00001'"_s,
        u"INSERT INTO label_number (event_id, edition_year, number, assigned_at) SELECT id, 2018, 7, "
        "'2018-03-19T23:30:00.000Z' FROM event WHERE request_id = 'SI2018-00001'"_s });
    if (QTest::currentTestFailed()) {
        return;
    }
    QString out;
    QString err;
    const QString folder = m_dir->filePath(u"attestations"_s);
    // One line per request: the file written, or why not (exit 1 when any is missing).
    QCOMPARE(
        run({ u"attestation"_s, u"SI2018-00001"_s, u"SI2018-00002"_s, u"SI2018-99999"_s, u"--out"_s, folder },
            &out, &err),
        1);
    const QString pdf = folder + u"/attestation-SI2018-L-00007.pdf"_s;
    QCOMPARE(out, u"SI2018-00001\t%1\n"_s.arg(pdf));
    QVERIFY2(err.contains(u"SI2018-00002\tThe request SI2018-00002 is not labelled"_s), qPrintable(err));
    QVERIFY2(err.contains(u"SI2018-99999\tThe edition 2018 has no request SI2018-99999."_s), qPrintable(err));
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    if (text.waitForFinished(60000)) {
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(u"SI2018-L-00007"_s) && content.contains(u"Visite de l'usine Mécatech"_s),
            qPrintable(content));
        // Labelled at 00:30 in Paris on 20 March: the day of the decision is Paris's.
        QVERIFY2(content.contains(u"20 March 2018"_s), qPrintable(content));
    }
    const QString zip = m_dir->filePath(u"attestations.zip"_s);
    QCOMPARE(run({ u"attestation"_s, u"SI2018-00001"_s, u"--zip"_s, zip }, &out), 0);
    QCOMPARE(out, u"SI2018-00001\t%1:attestation-SI2018-L-00007.pdf\n"_s.arg(zip));
    QVERIFY(QFileInfo(zip).size() > 1000);
    // Bad usage: no id, or neither or both of --out and --zip.
    QCOMPARE(run({ u"attestation"_s, u"--out"_s, folder }, nullptr, &err), 2);
    QCOMPARE(run({ u"attestation"_s, u"SI2018-00001"_s }, nullptr, &err), 2);
    QCOMPARE(
        run({ u"attestation"_s, u"SI2018-00001"_s, u"--out"_s, folder, u"--zip"_s, zip }, nullptr, &err), 2);
}

// The outbox delivered to the tests' SMTP server (tests/smtp-server.py): counts, then the list.
void TestCli::mailSendsListsAndCounts()
{
    const QString smtp = qEnvironmentVariable("SEMAINE_TEST_SMTP");
    QFile port(smtp + u"/port"_s);
    if (!port.open(QIODevice::ReadOnly)) {
        QSKIP("SEMAINE_TEST_SMTP names no running server: run through ctest");
    }
    const QString url = u"smtp://127.0.0.1:%1"_s.arg(QString::fromLatin1(port.readAll().trimmed()));
    const QString domain = u"cli%1.example.fr"_s.arg(QCoreApplication::applicationPid());
    QStringList messages;
    for (const QString& local : { u"claire"_s, u"reject"_s, u"yann"_s }) {
        messages << u"INSERT INTO outbox (event_id, kind, recipient, subject, body, created_at, who) "
                    "SELECT MIN(id), 'labelled', '%1@%2', 'Label', 'Bonjour', '2018-03-14T10:00:00.000Z', "
                    "'alice' FROM event"_s.arg(local, domain);
    }
    changeStore(messages);
    if (QTest::currentTestFailed()) {
        return;
    }
    QString out;
    QString err;
    QCOMPARE(run({ u"mail"_s, u"list"_s, u"--state"_s, u"queued"_s }, &out), 0);
    QCOMPARE(out.count(QLatin1Char('\n')), 3);
    // Without TLS the server is refused unless allowed: nothing leaves, and it says why.
    QCOMPARE(run({ u"mail"_s, u"send"_s, u"--smtp"_s, url, u"--from"_s, u"label@semaine.example.fr"_s }, &out,
                 &err),
        1);
    QVERIFY2(out.contains(u"sent: 0, failed: 0, queued: 3"_s), qPrintable(out));
    QVERIFY2(err.contains(u"TLS"_s), qPrintable(err));
    QCOMPARE(run({ u"mail"_s, u"send"_s, u"--smtp"_s, url, u"--from"_s, u"label@semaine.example.fr"_s,
                     u"--allow-plain"_s },
                 &out, &err),
        0);
    QVERIFY2(out.contains(u"sent: 2, failed: 1, queued: 0"_s), qPrintable(out + err));
    QCOMPARE(run({ u"mail"_s, u"list"_s, u"--json"_s }, &out), 0);
    const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    // The failed one first, with the server's reason.
    QCOMPARE(array.first()[u"state"_s].toString(), u"failed"_s);
    QCOMPARE(array.first()[u"error_code"_s].toInt(), 550);
    QVERIFY(array.first()[u"error"_s].toString().contains(u"rejected"_s));
    QCOMPARE(array.at(1)[u"state"_s].toString(), u"sent"_s);
    QVERIFY(array.at(1)[u"message_id"_s].toString().startsWith(u"outbox-"_s));
    QCOMPARE(run({ u"mail"_s, u"list"_s, u"--state"_s, u"sent"_s }, &out), 0);
    QCOMPARE(out.count(QLatin1Char('\n')), 2);
}

void TestCli::mailBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no sub-verb") << QStringList { u"mail"_s } << u"mail expects send or list"_s;
    QTest::newRow("unknown sub-verb")
        << QStringList { u"mail"_s, u"post"_s } << u"mail expects send or list"_s;
    QTest::newRow("unknown state") << QStringList { u"mail"_s, u"list"_s, u"--state"_s, u"lost"_s }
                                   << u"--state expects"_s;
    QTest::newRow("no server") << QStringList { u"mail"_s, u"send"_s, u"--from"_s, u"a@example.fr"_s }
                               << u"No mail server"_s;
    QTest::newRow("extra argument") << QStringList { u"mail"_s, u"list"_s, u"file"_s }
                                    << u"unexpected arguments"_s;
    QTest::newRow("the other action's option") << QStringList { u"mail"_s, u"list"_s, u"--smtp"_s,
        u"smtp://localhost"_s } << u"--smtp does not go with mail list"_s;
}

void TestCli::mailBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QString err;
    QCOMPARE(run(arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(expected), qPrintable(err));
}

// Decisions from the command line, checked as in the window, each queuing its message.
void TestCli::decideChecksAndQueuesMessages()
{
    QString out;
    // The Réunion request charges admission (C4): no label without an override.
    QCOMPARE(
        run({ u"decide"_s, u"--label"_s, u"SI2018-00001"_s, u"SI2018-00004"_s, u"SI2018-09999"_s }, &out), 1);
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"SI2018-00001: labelled, message queued"_s);
    QVERIFY2(
        lines.at(1).startsWith(u"SI2018-00004: not decided: does not pass C4"_s), qPrintable(lines.at(1)));
    QVERIFY2(
        lines.at(2).startsWith(u"SI2018-09999: not decided: no such request"_s), qPrintable(lines.at(2)));
    QCOMPARE(run({ u"decide"_s, u"--label"_s, u"--override"_s, u"Entrée offerte aux scolaires"_s,
                     u"SI2018-00004"_s },
                 &out),
        0);
    QCOMPARE(out.trimmed(), u"SI2018-00004: labelled, message queued"_s);
    // Already decided: the workflow says no.
    QCOMPARE(run({ u"decide"_s, u"--refuse"_s, u"--reason"_s, u"Hors délai"_s, u"SI2018-00001"_s }, &out), 1);
    QVERIFY2(out.startsWith(u"SI2018-00001: not decided:"_s), qPrintable(out));
    QCOMPARE(run({ u"decide"_s, u"--refuse"_s, u"--reason"_s, u"Programme sans lien avec l'industrie"_s,
                     u"SI2018-00002"_s },
                 &out),
        0);
    QCOMPARE(run({ u"decide"_s, u"--request-info"_s, u"--reason"_s, u"Le programme détaillé"_s,
                     u"SI2018-00003"_s },
                 &out),
        0);
    QCOMPARE(out.trimmed(), u"SI2018-00003: info_requested, message queued"_s);
    QCOMPARE(run({ u"mail"_s, u"list"_s, u"--json"_s }, &out), 0);
    const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(array.size(), 4);
    QStringList kinds;
    for (const QJsonValue& message : array) {
        QCOMPARE(message[u"state"_s].toString(), u"queued"_s);
        kinds << message[u"id_demande"_s].toString() + u' ' + message[u"kind"_s].toString();
    }
    kinds.sort();
    QCOMPARE(kinds,
        (QStringList { u"SI2018-00001 labelled"_s, u"SI2018-00002 refused"_s,
            u"SI2018-00003 info_requested"_s, u"SI2018-00004 labelled"_s }));
    QCOMPARE(array.first()[u"recipient"_s].toString(), u"claire.martin@mecatech.example"_s);
}

void TestCli::decideBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no decision") << QStringList { u"decide"_s, u"SI2018-00001"_s } << u"one of --label"_s;
    QTest::newRow("two decisions") << QStringList { u"decide"_s, u"--label"_s, u"--refuse"_s,
        u"SI2018-00001"_s } << u"one of --label"_s;
    QTest::newRow("no id") << QStringList { u"decide"_s, u"--label"_s } << u"ids of the requests"_s;
    QTest::newRow("override of a refusal") << QStringList { u"decide"_s, u"--refuse"_s, u"--override"_s,
        u"x"_s, u"SI2018-00001"_s } << u"--override goes with --label"_s;
    QTest::newRow("information without what")
        << QStringList { u"decide"_s, u"--request-info"_s, u"SI2018-00001"_s } << u"needs --reason"_s;
}

void TestCli::decideBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QString err;
    QCOMPARE(run(arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(expected), qPrintable(err));
}

// A title's newline or escape sequence must not split the line or drive the terminal.
void TestCli::listEscapesControlCharacters()
{
    {
        Database database;
        QVERIFY2(database.open(m_store), qPrintable(database.errorString()));
        QSqlQuery query(database.connection());
        QVERIFY(query.prepare(u"UPDATE event SET title = ?"_s));
        query.addBindValue(u"Portes\nouvertes \x1b[31mrouge"_s);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QString out;
    QCOMPARE(run({ u"list"_s }, &out), 0);
    QCOMPARE(out.count(QLatin1Char('\n')), 4);
    QVERIFY(!out.contains(QChar(0x1b)));
    QVERIFY2(out.contains(uR"(Portes\nouvertes \x1b[31mrouge)"_s), qPrintable(out));
    // JSON escapes by itself: the title is kept as it is.
    QCOMPARE(run({ u"list"_s, u"--json"_s }, &out), 0);
    const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.first()[u"titre"_s].toString(), u"Portes\nouvertes \x1b[31mrouge"_s);
}

// --lang and --db as --help shows them, before the verb, for every verb.
void TestCli::commonOptionsBeforeEveryVerb_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("import") << QStringList { u"import"_s, example } << 0 << u"4 row(s) read"_s;
    QTest::newRow("list") << QStringList { u"list"_s } << 0 << u"SI2018"_s;
    QTest::newRow("stats") << QStringList { u"stats"_s } << 0 << u"Bretagne"_s;
    QTest::newRow("export") << QStringList { u"export"_s, u"--format"_s, u"csv"_s, u"OUT"_s } << 0
                            << u"OUT"_s;
    QTest::newRow("migrate") << QStringList { u"migrate"_s, u"--to"_s, u"COPY"_s } << 0 << u"COPY"_s;
    QTest::newRow("demo") << QStringList { u"demo"_s, u"--events"_s, u"0"_s } << 2 << u"--events expects"_s;
}

void TestCli::commonOptionsBeforeEveryVerb()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, expected);
    arguments.replaceInStrings(u"OUT"_s, m_dir->filePath(u"out.csv"_s));
    arguments.replaceInStrings(u"COPY"_s, m_dir->filePath(u"copy.sqlite"_s));
    expected.replace(u"OUT"_s, m_dir->filePath(u"out.csv"_s))
        .replace(u"COPY"_s, m_dir->filePath(u"copy.sqlite"_s));
    // run() puts --lang en --db STORE before the verb.
    QString out;
    QString err;
    QCOMPARE(run(arguments, &out, &err), status);
    QVERIFY2((out + err).contains(expected), qPrintable(out + err));
}

void TestCli::helpAndVersionWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << u"--help"_s << u"--screenshot <DIR>"_s;
    QTest::newRow("-h") << u"-h"_s << u"migrate --from PATH --to URL"_s;
    QTest::newRow("--version") << u"--version"_s << u"semaine-admin "_s;
}

// In a terminal without a display (ssh, help2man building the man page), as the window would refuse.
void TestCli::helpAndVersionWithoutDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s }) {
        environment.remove(name);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEMAINE_ADMIN), { u"--lang"_s, u"en"_s, option });
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
}

// Every verb, on the engine this run tests: the store opens from its file or its URL alike.
void TestCli::everyVerbOnThisEngine()
{
    QStringList ran;
    const auto verb = [&](const QStringList& arguments, QString* out = nullptr) {
        ran << arguments.first();
        QString err;
        const int status = run(arguments, out, &err);
        if (status != 0) {
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(err));
        }
        return status;
    };
    QString out;
    QCOMPARE(verb({ u"import"_s, example }, &out), 0);
    QVERIFY2(out.startsWith(u"4 row(s) read = 4 created"_s), qPrintable(out));
    QCOMPARE(verb({ u"list"_s }, &out), 0);
    QCOMPARE(out.count(QLatin1Char('\n')), 4);
    QCOMPARE(verb({ u"decide"_s, u"--label"_s, u"SI2018-00001"_s }, &out), 0);
    QCOMPARE(out.trimmed(), u"SI2018-00001: labelled, message queued"_s);
    QCOMPARE(
        verb({ u"attestation"_s, u"SI2018-00001"_s, u"--out"_s, m_dir->filePath(u"attestations"_s) }, &out),
        0);
    QVERIFY2(out.contains(u"attestation-SI2018-L-00001.pdf"_s), qPrintable(out));
    QCOMPARE(verb({ u"mail"_s, u"list"_s, u"--state"_s, u"queued"_s }, &out), 0);
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    QCOMPARE(verb({ u"export"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"all"_s,
                      m_dir->filePath(u"export.csv"_s) },
                 &out),
        0);
    QVERIFY2(out.startsWith(u"4 requests exported"_s), qPrintable(out));
    QCOMPARE(verb({ u"stats"_s, u"--json"_s }, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8())[u"national"_s][u"received"_s].toInt(), 4);
    const QString copy = m_dir->filePath(u"copy.sqlite"_s);
    QCOMPARE(verb({ u"migrate"_s, u"--to"_s, copy }, &out), 0);
    QVERIFY2(out.contains(u"copied into "_s + copy), qPrintable(out));
    m_store = TestStore::create(*m_dir, u"demo.sqlite"_s);
    QCOMPARE(verb({ u"demo"_s, u"--events"_s, u"30"_s }, &out), 0);
    QVERIFY2(out.startsWith(u"30 requests generated"_s), qPrintable(out));
    QCOMPARE(ran.join(u", "_s), u"import, list, decide, attestation, mail, export, stats, migrate, demo"_s);
    QStringList names = CommandLine::names().split(u", "_s);
    names.sort();
    ran.sort();
    QCOMPARE(ran, names);
}

// The executable's own exit statuses: done, bad usage, failure, an unknown verb, --help.
void TestCli::executableExitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("done") << QStringList { u"list"_s } << 0 << u"SI2018-00001"_s;
    QTest::newRow("help") << QStringList { u"export"_s, u"--help"_s } << 0 << u"--format <FORMAT>"_s;
    QTest::newRow("bad usage") << QStringList { u"import"_s, u"--bogus"_s, example } << 2
                               << u"Unknown option 'bogus'."_s;
    // In the window's language: the verb that would have read --lang is unknown.
    QTest::newRow("unknown verb") << QStringList {
        u"lsit"_s
    } << 2 << u"demo, import, list, decide, export, attestation, mail, stats, migrate."_s;
    QTest::newRow("failure") << QStringList { u"stats"_s, u"--edition"_s, u"2016"_s } << 1
                             << u"no 2016 edition"_s;
    QTest::newRow("an option's value that names a verb") << QStringList { u"--template"_s, u"list"_s,
        u"export"_s, u"--columns"_s, u"titre"_s, u"--format"_s, u"csv"_s, u"x.csv"_s }
                                                         << 2 << u"--template and --columns go apart"_s;
}

void TestCli::executableExitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QString out;
    QString err;
    QCOMPARE(runExecutable(arguments, &out, &err), status);
    QVERIFY2((out + err).contains(expected), qPrintable(out + err));
}

// A read that fails is said, with the engine's words, and the exit status says it: never an
// empty list or file with status 0.
void TestCli::aStoreThatCannotBeReadIsNotAnEmptyOne()
{
    changeStore({ u"ALTER TABLE event RENAME TO event_gone"_s });
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString file = m_dir->filePath(u"labelled.csv"_s);
    for (const QStringList& arguments :
        { QStringList { u"list"_s }, QStringList { u"export"_s, u"--format"_s, u"csv"_s, file },
            QStringList { u"decide"_s, u"--label"_s, u"SI2018-00001"_s },
            QStringList { u"attestation"_s, u"SI2018-00001"_s, u"--out"_s, m_dir->path() } }) {
        QString out;
        QString err;
        QCOMPARE(run(arguments, &out, &err), 1);
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QVERIFY2(
            err.contains(u"The requests cannot be read:"_s) && err.contains(u"event"_s), qPrintable(err));
    }
    QVERIFY(!QFileInfo::exists(file));
}

void TestCli::anOutboxThatCannotBeReadIsNotAnEmptyOne()
{
    changeStore({ u"ALTER TABLE outbox RENAME TO outbox_gone"_s });
    if (QTest::currentTestFailed()) {
        return;
    }
    QString out;
    QString err;
    QCOMPARE(run({ u"mail"_s, u"list"_s }, &out, &err), 1);
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY2(err.contains(u"Cannot read the outbox:"_s) && err.contains(u"outbox"_s), qPrintable(err));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
