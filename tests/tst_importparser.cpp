#include "TestData.h"

#include "app/core/CsvReader.h"
#include "app/core/CsvWriter.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestImportParser : public QObject {
    Q_OBJECT

private slots:
    void exampleFile();
    void malformed_data();
    void malformed();
    void encodingsAndSeparators_data();
    void encodingsAndSeparators();
    void headersMatchLooselyAndUnknownColumnsAreReported();
    void values_data();
    void values();
    void formulasAndSqlAreKeptAsText();
    void recordReadsBackAsTheSameRequest();
    void longLinesAndManyRows();
    void rejectedRowsReport();
    void progressCanCancel();
    void neutralisation_data();
    void neutralisation();

private:
    ParsedImport parseFile(const QString& name);
    ParsedImport parseText(const QString& text) { return ImportParser(2018, GeoReference::embedded()).parse(text.toUtf8()); }
};

namespace {

const QString header = ImportParser::keys().join(QLatin1Char(';'));

QString fixture(const QString& name) { return QStringLiteral(SEMAINE_TEST_DATA "/import/") + name; }

}

ParsedImport TestImportParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path;
        return {};
    }
    ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(file.readAll());
    // Every row is accounted for.
    if (parsed.read != parsed.events.size() + parsed.rejected.size()) {
        qWarning() << "accounting broken" << parsed.read << parsed.events.size() << parsed.rejected.size();
        return {};
    }
    return parsed;
}

void TestImportParser::exampleFile()
{
    const ParsedImport parsed = parseFile(QStringLiteral(SEMAINE_SOURCE_DIR "/resources/examples/demandes-exemple.csv"));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(parsed.read, 4);
    QCOMPARE(parsed.events.size(), 4);
    QVERIFY(parsed.unknownColumns.isEmpty());
    QCOMPARE(parsed.lines, QList<int>({ 2, 4, 5, 6 }));

    const Event& paris = parsed.events.at(0);
    QCOMPARE(paris.requestId, QStringLiteral("SI2018-00001"));
    QCOMPARE(paris.description, QStringLiteral("Visite guidée de la chaîne; démonstration\nde robots"));
    QCOMPARE(paris.submittedAt, QDateTime(QDate(2018, 3, 1), QTime(8, 15), QTimeZone::UTC)); // 09:15 in Paris
    QCOMPARE(paris.startsAt, wallClock(QDate(2018, 3, 28), QTime(10, 0)));
    QCOMPARE(paris.type, EventType::CompanyVisit);
    QCOMPARE(paris.organiserType, OrganiserType::Company);
    QCOMPARE(paris.latitude, std::optional<double>(48.86));
    QCOMPARE(paris.departement, QStringLiteral("75"));
    QCOMPARE(paris.region, QStringLiteral("11"));
    QCOMPARE(paris.audiences, std::optional<Audiences>(Audience::GeneralPublic | Audience::YoungPeople));
    QCOMPARE(paris.free, std::optional<bool>(true));
    QCOMPARE(paris.expectedParticipants, std::optional<int>(40));
    QVERIFY(!paris.actualParticipants);

    // The place is filled from the postal code alone.
    const Event& brest = parsed.events.at(1);
    QCOMPARE(brest.submittedAt, QDateTime(QDate(2018, 3, 2), QTime(13, 30), QTimeZone::UTC));
    QCOMPARE(brest.inseeCode, QStringLiteral("29019"));
    QCOMPARE(brest.departement, QStringLiteral("29"));
    QCOMPARE(brest.region, QStringLiteral("53"));
    QVERIFY(brest.latitude && std::abs(*brest.latitude - 48.4) < 0.2);
    QVERIFY(brest.longitude && std::abs(*brest.longitude + 4.5) < 0.2);

    const Event& online = parsed.events.at(2);
    QVERIFY(online.online);
    QVERIFY(!online.latitude);
    QCOMPARE(online.audiences, std::optional<Audiences>(Audience::GeneralPublic));

    const Event& reunion = parsed.events.at(3);
    QCOMPARE(reunion.departement, QStringLiteral("974"));
    QCOMPARE(reunion.price, std::optional<double>(5.5));
    QCOMPARE(reunion.free, std::optional<bool>(false));
}

void TestImportParser::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error"); // the file as a whole; empty when rows are read
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty file") << "empty.csv" << "The file is empty." << 0 << 0 << "" << "";
    QTest::newRow("blank lines only") << "blank_lines.csv" << "The file is empty." << 0 << 0 << "" << "";
    QTest::newRow("binary") << "binary.csv" << "The file is not a text file" << 0 << 0 << "" << "";
    QTest::newRow("no id column") << "no_id_column.csv" << "The header has no column id_demande, titre" << 0 << 0 << ""
                                  << "";
    QTest::newRow("truncated JSON") << "truncated.json" << "The file is not valid JSON" << 0 << 0 << "" << "";
    QTest::newRow("JSON object") << "not_an_array.json" << "The JSON file must hold an array of objects" << 0 << 0 << "" << "";
    QTest::newRow("header only") << "header_only.csv" << "" << 0 << 0 << "" << "";
    QTest::newRow("bad date") << "bad_date.csv" << "" << 1 << 2 << "date_debut" << "“32/03/2018 10:00” is not a date";
    QTest::newRow("bad boolean") << "bad_boolean.csv" << "" << 1 << 2 << "gratuit" << "“peut-être” is not a yes or no";
    QTest::newRow("coordinates in words") << "bad_coordinates.csv" << "" << 1 << 2 << "latitude"
                                          << "“quarante-huit” is not a number.";
    QTest::newRow("coordinates out of range") << "out_of_range_coordinates.csv" << "" << 1 << 2 << "latitude"
                                              << "(248,5, 2,3) are not coordinates";
    QTest::newRow("half coordinates") << "half_coordinates.csv" << "" << 1 << 2 << "longitude"
                                      << "A latitude goes with a longitude";
    QTest::newRow("duplicate id") << "duplicate_ids.csv" << "" << 2 << 3 << "id_demande"
                                  << "The request SI-1 already appears on line 2 of this file";
    QTest::newRow("extra field") << "wrong_field_count.csv" << "" << 1 << 2 << "" << "The row has 4 fields where the header has 3";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv" << "" << 1 << 2 << "" << "never closed";
    QTest::newRow("unknown event type") << "unknown_type.csv" << "" << 1 << 2 << "type_evenement"
                                        << "“barbecue” is not an event type (company_visit, open_day";
    QTest::newRow("no title") << "missing_title.csv" << "" << 1 << 2 << "titre" << "The title is empty.";
    QTest::newRow("no id") << "missing_id.csv" << "" << 1 << 2 << "id_demande" << "The request id is empty.";
    QTest::newRow("negative count") << "negative_count.csv" << "" << 1 << 2 << "participants_attendus"
                                    << "“-3” is not a number of people.";
    QTest::newRow("JSON list value") << "nested_value.json" << "" << 1 << 1 << "titre" << "not a list or an object";
    QTest::newRow("JSON number element") << "not_an_object.json" << "" << 2 << 1 << "" << "not an object";
}

void TestImportParser::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFETCH(int, read);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    const ParsedImport parsed = parseFile(fixture(file));
    if (!error.isEmpty()) {
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
        QVERIFY(parsed.events.isEmpty());
        return;
    }
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.read, read);
    if (reason.isEmpty()) {
        QVERIFY(parsed.rejected.isEmpty());
        return;
    }
    QVERIFY(!parsed.rejected.isEmpty());
    const ImportRejection& rejection = parsed.rejected.first();
    QCOMPARE(rejection.line, line);
    QCOMPARE(rejection.column, column);
    QVERIFY2(rejection.reason.contains(reason), qPrintable(rejection.reason));
    QVERIFY(!rejection.fields.isEmpty());
}

void TestImportParser::encodingsAndSeparators_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("id_demande%1titre%1commune%1description\r\nSI-1%1Fête de l'acier%1Besançon%1"
                                        "\"Œuvres, forges%1et « savoir-faire »\"\r\n");
    QTest::newRow("UTF-8 ;") << text.arg(QLatin1Char(';')).toUtf8() << "UTF-8";
    QTest::newRow("UTF-8 with BOM ,") << QByteArray("\xEF\xBB\xBF") + text.arg(QLatin1Char(',')).toUtf8() << "UTF-8";
    QStringEncoder encoder("windows-1252");
    QByteArray windows = encoder.encode(text.arg(QLatin1Char('\t')));
    QVERIFY(!encoder.hasError());
    QTest::newRow("Windows-1252 tab") << windows << "Windows-1252";
    // LF alone, as Unix tools write it.
    QTest::newRow("UTF-8 LF") << text.arg(QLatin1Char(';')).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).toUtf8()
                              << "UTF-8";
}

void TestImportParser::encodingsAndSeparators()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.encoding, encoding);
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().title, QStringLiteral("Fête de l'acier"));
    QCOMPARE(parsed.events.first().commune, QStringLiteral("Besançon"));
    QVERIFY(parsed.events.first().description.startsWith(QStringLiteral("Œuvres, forges")));
    QVERIFY(parsed.events.first().description.endsWith(QStringLiteral("et « savoir-faire »")));
}

void TestImportParser::headersMatchLooselyAndUnknownColumnsAreReported()
{
    const ParsedImport parsed
        = parseText(QStringLiteral("Couleur;TITRE;Code Postal;ID Démande;Date-Début\r\nbleu;Visite;29200;SI-1;28/03/2018 10:00\r\n"));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.unknownColumns, QStringList { QStringLiteral("Couleur") });
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().requestId, QStringLiteral("SI-1"));
    QCOMPARE(parsed.events.first().postalCode, QStringLiteral("29200"));
    QCOMPARE(parsed.events.first().startsAt, wallClock(QDate(2018, 3, 28), QTime(10, 0)));
}

void TestImportParser::values_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the field as record() writes it back

    QTest::newRow("French date and time") << "date_debut" << "27/03/2018 09:00" << "27/03/2018 09:00";
    QTest::newRow("French date alone starts the day") << "date_debut" << "27/03/2018" << "27/03/2018 00:00";
    QTest::newRow("date alone ends the day") << "date_fin" << "2018-03-27" << "27/03/2018 23:59";
    QTest::newRow("ISO without seconds") << "date_debut" << "2018-03-27T09:00" << "27/03/2018 09:00";
    QTest::newRow("ISO with a space") << "date_debut" << "2018-03-27 09:00:30" << "27/03/2018 09:00:30";
    QTest::newRow("wall clock keeps the written time") << "date_debut" << "2018-03-27T09:00:00+02:00" << "27/03/2018 09:00";
    QTest::newRow("submission in Paris time") << "date_demande" << "01/03/2018 09:15" << "01/03/2018 09:15";
    QTest::newRow("submission in UTC") << "date_demande" << "2018-03-01T08:15:00Z" << "01/03/2018 09:15";
    QTest::newRow("oui") << "gratuit" << "OUI" << "oui";
    QTest::newRow("yes") << "gratuit" << "yes" << "oui";
    QTest::newRow("1") << "gratuit" << "1" << "oui";
    QTest::newRow("x") << "gratuit" << "X" << "oui";
    QTest::newRow("non") << "gratuit" << "Non" << "non";
    QTest::newRow("0") << "gratuit" << "0" << "non";
    QTest::newRow("empty is unknown") << "gratuit" << "" << "";
    QTest::newRow("decimal comma") << "tarif" << "12,5" << "12,5";
    QTest::newRow("decimal dot") << "tarif" << "12.5" << "12,5";
    QTest::newRow("euros and spaces") << "tarif" << "1 200,00 €" << "1200";
    QTest::newRow("thousands") << "participants_attendus" << "1 500" << "1500";
    QTest::newRow("postal code without its zero") << "code_postal" << "1000" << "01000";
    QTest::newRow("event type by name") << "type_evenement" << "Company visit" << "company_visit";
    QTest::newRow("organiser type any case") << "type_organisateur" << "ASSOCIATION" << "association";
}

void TestImportParser::values()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ParsedImport parsed = parseText(QStringLiteral("id_demande;titre;%1\r\nSI-1;Visite;%2\r\n").arg(column, text));
    QVERIFY2(parsed.rejected.isEmpty(), qPrintable(parsed.rejected.value(0).reason));
    QCOMPARE(parsed.events.size(), 1);
    const QStringList record = ImportParser::record(parsed.events.first());
    QCOMPARE(record.at(ImportParser::keys().indexOf(column)), expected);
}

void TestImportParser::formulasAndSqlAreKeptAsText()
{
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\";\"clic\")");
    const QString sql = QStringLiteral("Visite'); DROP TABLE event; --");
    ParsedImport parsed = parseText(QStringLiteral("id_demande;titre;organisateur\r\nSI-1;\"%1\";\"%2\"\r\n")
                                        .arg(QString(formula).replace(QLatin1Char('"'), QStringLiteral("\"\"")), sql));
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().title, formula);
    QCOMPARE(parsed.events.first().organiserName, sql);
    // What our export neutralised comes back as it was.
    parsed = parseText(QStringLiteral("id_demande;titre\r\nSI-1;'=1+2\r\n"));
    QCOMPARE(parsed.events.first().title, QStringLiteral("=1+2"));
}

void TestImportParser::recordReadsBackAsTheSameRequest()
{
    Event event = passingEvent();
    event.description = QStringLiteral("Ligne 1; suite\nLigne 2 « citée »");
    event.price = 12.35;
    event.expectedParticipants = 1200;
    event.actualParticipants = 0;
    event.latitude = 48.85661234567;
    event.longitude = -1.5;
    event.submittedAt = QDateTime(QDate(2018, 3, 1), QTime(8, 15, 42), QTimeZone::UTC);
    event.contactEmail = QStringLiteral("x@example.org");
    event.audiences = Audiences(Audience::JobSeekers);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, CsvWriter::Formulas::Neutralise);
        writer.writeRow(ImportParser::keys());
        writer.writeRow(ImportParser::record(event));
    }
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(buffer.data());
    QCOMPARE(parsed.events.size(), 1);
    Event back = parsed.events.first();
    QCOMPARE(ImportParser::record(back), ImportParser::record(event));
    QCOMPARE(back.submittedAt, event.submittedAt);
    QCOMPARE(back.latitude, event.latitude);
    QCOMPARE(back.longitude, event.longitude);
    QCOMPARE(back.departement, event.departement);
    QCOMPARE(back.region, event.region);
}

void TestImportParser::longLinesAndManyRows()
{
    // A description of 1 MB, then many short rows.
    const QString description(1 << 20, QLatin1Char('a'));
    QString text = header + QStringLiteral("\r\nSI-LONG;;Visite;\"") + description + QStringLiteral("\"")
        + QString(ImportParser::ColumnCount - 4, QLatin1Char(';')) + QStringLiteral("\r\n");
    for (int i = 0; i < 5000; ++i) {
        text += QStringLiteral("SI-%1;;Visite %1").arg(i) + QString(ImportParser::ColumnCount - 3, QLatin1Char(';'))
            + QStringLiteral("\r\n");
    }
    const ParsedImport parsed = parseText(text);
    QCOMPARE(parsed.read, 5001);
    QCOMPARE(parsed.events.size(), 5001);
    QCOMPARE(parsed.events.first().description.size(), description.size());
    QCOMPARE(parsed.lines.last(), 5002);
}

void TestImportParser::rejectedRowsReport()
{
    const ParsedImport parsed = parseFile(fixture(QStringLiteral("duplicate_ids.csv")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportParser::writeRejected(parsed, &buffer));
    CsvReader reader(buffer.data());
    CsvRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, QStringList({ u"id_demande"_s, u"titre"_s, u"commune"_s, u"line"_s, u"column"_s, u"reason"_s }));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields.mid(0, 4), QStringList({ u"SI-1"_s, u"Visite bis"_s, u"Brest"_s, u"3"_s }));
    QCOMPARE(record.fields.at(4), QStringLiteral("id_demande"));
    QVERIFY(record.fields.at(5).contains(QStringLiteral("already appears on line 2")));
    QVERIFY(!reader.next(&record));
    // The report imports again: the three added columns are unknown, not fatal.
    const ParsedImport again = ImportParser(2018, GeoReference::embedded()).parse(buffer.data());
    QCOMPARE(again.events.size(), 1);
    QCOMPARE(again.unknownColumns, QStringList({ u"line"_s, u"column"_s, u"reason"_s }));
}

void TestImportParser::progressCanCancel()
{
    QString text = QStringLiteral("id_demande;titre\r\n");
    for (int i = 0; i < 10000; ++i) {
        text += QStringLiteral("SI-%1;Visite\r\n").arg(i);
    }
    int calls = 0;
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(text.toUtf8(), [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(parsed.cancelled);
    QVERIFY(calls >= 2);
    QVERIFY(parsed.read < 10000);
}

void TestImportParser::neutralisation_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << "=SUM(A1:A2)" << "'=SUM(A1:A2)";
    QTest::newRow("plus") << "+33 1 23" << "'+33 1 23";
    QTest::newRow("minus command") << "-2+3+cmd|' /C calc'!A0" << "'-2+3+cmd|' /C calc'!A0";
    QTest::newRow("at") << "@SUM(1)" << "'@SUM(1)";
    QTest::newRow("tab") << "\tx" << "'\tx";
    QTest::newRow("carriage return") << "\rx" << "'\rx";
    QTest::newRow("negative number") << "-1,55" << "-1,55";
    QTest::newRow("plain text") << "Visite = fête" << "Visite = fête";
}

void TestImportParser::neutralisation()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralised(cell), written);
    QCOMPARE(CsvWriter::isNeutralised(written), written != cell);
}

QTEST_GUILESS_MAIN(TestImportParser)
#include "tst_importparser.moc"
