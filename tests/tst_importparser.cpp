#include "TestData.h"

#include "app/core/CsvReader.h"
#include "app/core/CsvWriter.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EventType)
Q_DECLARE_METATYPE(OrganiserType)

class TestImportParser : public QObject {
    Q_OBJECT

private slots:
    void exampleFile();
    void malformed_data();
    void malformed();
    void encodingsAndSeparators_data();
    void encodingsAndSeparators();
    void records_data();
    void records();
    void bytesAreTrimmedAsTheirText();
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
    void typesReadTheSameInEveryLanguage_data();
    void typesReadTheSameInEveryLanguage();
    void catalogueSaysTheTableFrenchNames();
    void unknownTypeIsKeptAsOtherWithAWarning();
    void oneBadByteDoesNotRedecodeTheFile_data();
    void oneBadByteDoesNotRedecodeTheFile();
    void unknownKeysAreReportedOnce();
    void shortRowsUnderAWideHeaderMakeASmallReport();
    void nulAnywhereIsRefused_data();
    void nulAnywhereIsRefused();
    void jsonWithoutAList_data();
    void jsonWithoutAList();
    void reportHeaderIsRecognised();
    void fuzzFindings_data();
    void fuzzFindings();
    void batchesGiveWhatOneParseGives_data();
    void batchesGiveWhatOneParseGives();
    void recordsSplitWhereverTheirBytesFall_data();
    void recordsSplitWhereverTheirBytesFall();
    void numbersReadAsQLocaleReadsThem_data();
    void numbersReadAsQLocaleReadsThem();
    void plainNumbersReadExactly();
    void parisTimesAroundTheChanges();

private:
    ParsedImport parseFile(const QString& name);
    ParsedImport parseText(const QString& text)
    {
        return ImportParser(2018, GeoReference::embedded()).parse(text.toUtf8());
    }
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
    const ParsedImport parsed
        = parseFile(QStringLiteral(SEMAINE_SOURCE_DIR "/resources/examples/demandes-exemple.csv"));
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
    QTest::newRow("no id column") << "no_id_column.csv" << "The header has no column id_demande, titre" << 0
                                  << 0 << ""
                                  << "";
    QTest::newRow("truncated JSON") << "truncated.json" << "The file is not valid JSON" << 0 << 0 << "" << "";
    QTest::newRow("JSON object") << "not_an_array.json" << "The JSON file must hold an array of objects" << 0
                                 << 0 << "" << "";
    QTest::newRow("header only") << "header_only.csv" << "" << 0 << 0 << "" << "";
    QTest::newRow("bad date") << "bad_date.csv" << "" << 1 << 2 << "date_debut"
                              << "“32/03/2018 10:00” is not a date";
    QTest::newRow("bad boolean") << "bad_boolean.csv" << "" << 1 << 2 << "gratuit"
                                 << "“peut-être” is not a yes or no";
    QTest::newRow("coordinates in words") << "bad_coordinates.csv" << "" << 1 << 2 << "latitude"
                                          << "“quarante-huit” is not a number.";
    QTest::newRow("coordinates out of range") << "out_of_range_coordinates.csv" << "" << 1 << 2 << "latitude"
                                              << "(248,5, 2,3) are not coordinates";
    QTest::newRow("half coordinates") << "half_coordinates.csv" << "" << 1 << 2 << "longitude"
                                      << "A latitude goes with a longitude";
    // The column at fault is not in the file: it is named by its key.
    QTest::newRow("longitude column alone") << "longitude_column_only.csv"
                                            << "" << 1 << 2 << "latitude"
                                            << "A latitude goes with a longitude";
    QTest::newRow("longitude key alone in JSON") << "longitude_column_only.json"
                                                 << "" << 1 << 1 << "latitude"
                                                 << "A latitude goes with a longitude";
    QTest::newRow("duplicate id") << "duplicate_ids.csv" << "" << 2 << 3 << "id_demande"
                                  << "The request SI-1 already appears on line 2 of this file";
    QTest::newRow("extra field") << "wrong_field_count.csv" << "" << 1 << 2 << ""
                                 << "The row has 4 fields where the header has 3";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv"
                                        << "" << 1 << 2 << ""
                                        << "never closed";
    QTest::newRow("no title") << "missing_title.csv" << "" << 1 << 2 << "titre" << "The title is empty.";
    QTest::newRow("no id") << "missing_id.csv" << "" << 1 << 2 << "id_demande" << "The request id is empty.";
    QTest::newRow("negative count") << "negative_count.csv" << "" << 1 << 2 << "participants_attendus"
                                    << "“-3” is not a number of people.";
    QTest::newRow("JSON list value") << "nested_value.json" << "" << 1 << 1 << "titre"
                                     << "not a list or an object";
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
    const QString text
        = QStringLiteral("id_demande%1titre%1commune%1description\r\nSI-1%1Fête de l'acier%1Besançon%1"
                         "\"Œuvres, forges%1et « savoir-faire »\"\r\n");
    QTest::newRow("UTF-8 ;") << text.arg(QLatin1Char(';')).toUtf8() << "UTF-8";
    QTest::newRow("UTF-8 with BOM ,")
        << QByteArray("\xEF\xBB\xBF") + text.arg(QLatin1Char(',')).toUtf8() << "UTF-8";
    QStringEncoder encoder("windows-1252");
    QByteArray windows = encoder.encode(text.arg(QLatin1Char('\t')));
    QVERIFY(!encoder.hasError());
    QTest::newRow("Windows-1252 tab") << windows << "Windows-1252";
    // LF alone, as Unix tools write it.
    QTest::newRow("UTF-8 LF")
        << text.arg(QLatin1Char(';')).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).toUtf8()
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

void TestImportParser::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("doubled quotes") << QByteArray("a;b\r\n\"x\"\"y\";\"\"\"z\"\"\"\r\n")
                                    << QList<QStringList> { { u"a"_s, u"b"_s }, { u"x\"y"_s, u"\"z\""_s } }
                                    << QList<int> { 1, 2 };
    // Text after a closing quote is part of the field; a quote inside an unquoted field is text.
    QTest::newRow("a field split by its quotes")
        << QByteArray("\"ab\"cd;x\"y\";\"\";\"\"\"\"\n")
        << QList<QStringList> { { u"abcd"_s, u"x\"y\""_s, u""_s, u"\""_s } } << QList<int> { 1 };
    QTest::newRow("a quoted field over two lines")
        << QByteArray("\"a\r\nb\";c\r\nd;e\r\n")
        << QList<QStringList> { { u"a\r\nb"_s, u"c"_s }, { u"d"_s, u"e"_s } } << QList<int> { 1, 3 };
    QTest::newRow("multibyte characters at the fields' edges")
        << QByteArray("é;ü\r\n\"é\"\"ü\";€\"\r\n")
        << QList<QStringList> { { u"é"_s, u"ü"_s }, { u"é\"ü"_s, u"€\""_s } } << QList<int> { 1, 2 };
    QTest::newRow("BOM and commas") << QByteArray("\xEF\xBB\xBF"
                                                  "a,b,c;d\r\n1,2,3;4\r\n")
                                    << QList<QStringList> { { u"a"_s, u"b"_s, u"c;d"_s },
                                           { u"1"_s, u"2"_s, u"3;4"_s } }
                                    << QList<int> { 1, 2 };
    QTest::newRow("tabs") << QByteArray("a\tb\tc,d\n1\t2\t3,4")
                          << QList<QStringList> { { u"a"_s, u"b"_s, u"c,d"_s }, { u"1"_s, u"2"_s, u"3,4"_s } }
                          << QList<int> { 1, 2 };
    // Qt's decoder skipped a second BOM at the start; one inside a field is a character.
    QTest::newRow("BOMs") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                        "a;b\r\n\xEF\xBB\xBFx;y\xEF\xBB\xBF\r\n")
                          << QList<QStringList> { { u"a"_s, u"b"_s }, { u"\uFEFFx"_s, u"y\uFEFF"_s } }
                          << QList<int> { 1, 2 };
    QTest::newRow("Windows-1252") << QByteArray("a;b\r\nM\xE9"
                                                "catech;\x80\x85\xA0\r\n")
                                  << QList<QStringList> { { u"a"_s, u"b"_s },
                                         { u"Mécatech"_s, u"€…\u00A0"_s } }
                                  << QList<int> { 1, 2 };
    // Each byte of a sequence cut short is a U+FFFD, as Qt decodes it.
    QTest::newRow("UTF-8 with a stray byte")
        << QByteArray("a;b\r\nMécatech;x\xE9y\xE2\x82;\r\n")
        << QList<QStringList> { { u"a"_s, u"b"_s }, { u"Mécatech"_s, u"x\uFFFDy\uFFFD\uFFFD"_s, u""_s } }
        << QList<int> { 1, 2 };
}

// Records as read from the bytes: the fields point into the file, or into the reader when their
// quotes are taken out; whatever the file's encoding, they are UTF-8.
void TestImportParser::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    CsvReader reader(bytes);
    CsvRecord record;
    QList<QStringList> read;
    QList<int> readLines;
    while (reader.next(&record)) {
        read << record.texts();
        readLines << record.line;
    }
    QCOMPARE(read, records);
    QCOMPARE(readLines, lines);
    QCOMPARE(reader.position(), reader.size());
}

// Every character QString::trimmed() takes off a text, and no other, is taken off its UTF-8.
void TestImportParser::bytesAreTrimmedAsTheirText()
{
    QString wrong;
    for (char32_t code = 0; code < 0x110000 && wrong.isEmpty(); ++code) {
        if (QChar::isSurrogate(code)) {
            continue;
        }
        const QString ch = QString::fromUcs4(&code, 1);
        for (const QString& text : { ch, ch + u"x"_s + ch, u"x"_s + ch + ch + u"y"_s, ch + ch }) {
            if (CsvReader::text(CsvReader::trimmed(text.toUtf8())) != text.trimmed()) {
                wrong = u"U+%1 in “%2”"_s.arg(quint32(code), 4, 16, QLatin1Char('0')).arg(text);
                break;
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

void TestImportParser::headersMatchLooselyAndUnknownColumnsAreReported()
{
    const ParsedImport parsed = parseText(QStringLiteral(
        "Couleur;TITRE;Code Postal;ID Démande;Date-Début\r\nbleu;Visite;29200;SI-1;28/03/2018 10:00\r\n"));
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
    QTest::newRow("wall clock keeps the written time")
        << "date_debut" << "2018-03-27T09:00:00+02:00" << "27/03/2018 09:00";
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
    // Spaces of any kind around a value, as QString::trimmed() takes them off.
    QTest::newRow("yes between no-break spaces") << "gratuit" << "\u00A0oui\u202F" << "oui";
    QTest::newRow("number between thin and ideographic spaces") << "tarif" << "\u2009 12,5\u3000" << "12,5";
    QTest::newRow("narrow no-break space between thousands")
        << "participants_attendus" << "1\u202F500" << "1500";
    QTest::newRow("date after a line separator") << "date_debut" << "\u202827/03/2018 09:00\u0085"
                                                 << "27/03/2018 09:00";
    QTest::newRow("accented yes, folded") << "gratuit" << "Ôui" << "oui";
    QTest::newRow("text between em spaces") << "commune" << "\u2003Besançon\u2003" << "Besançon";
    QTest::newRow("vrai") << "gratuit" << "VRAI" << "oui";
    QTest::newRow("faux") << "gratuit" << "Faux" << "non";
    // Digits other than ASCII's are digits all the same.
    QTest::newRow("Arabic-Indic digits")
        << "date_debut" << "\u0662\u0667/\u0660\u0663/\u0662\u0660\u0661\u0668"
        << "27/03/2018 00:00";
}

void TestImportParser::values()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ParsedImport parsed
        = parseText(QStringLiteral("id_demande;titre;%1\r\nSI-1;Visite;%2\r\n").arg(column, text));
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
        + QString(ImportParser::keys().size() - 4, QLatin1Char(';')) + QStringLiteral("\r\n");
    for (int i = 0; i < 5000; ++i) {
        text += QStringLiteral("SI-%1;;Visite %1").arg(i)
            + QString(ImportParser::keys().size() - 3, QLatin1Char(';')) + QStringLiteral("\r\n");
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
    QCOMPARE(record.texts(),
        QStringList({ u"id_demande"_s, u"titre"_s, u"commune"_s, u"line"_s, u"column"_s, u"reason"_s }));
    QVERIFY(reader.next(&record));
    const QStringList fields = record.texts();
    QCOMPARE(fields.mid(0, 4), QStringList({ u"SI-1"_s, u"Visite bis"_s, u"Brest"_s, u"3"_s }));
    QCOMPARE(fields.at(4), QStringLiteral("id_demande"));
    QVERIFY(fields.at(5).contains(QStringLiteral("already appears on line 2")));
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
    const ParsedImport parsed
        = ImportParser(2018, GeoReference::embedded()).parse(text.toUtf8(), [&](qint64 done, qint64 total) {
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
    QTest::newRow("quoted formula, accents") << "=SUM(\"é\";1)" << "'=SUM(\"é\";1)";
    QTest::newRow("beyond the BMP") << "🏭 Usine; ouverte" << "🏭 Usine; ouverte";
}

void TestImportParser::neutralisation()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QByteArray row;
    CsvWriter::appendRow(row, { cell }, CsvWriter::Formulas::Neutralise);
    // The cell as the file holds it, inside the quotes that a tab, a line break or a quote asks for.
    QByteArray inFile = row.chopped(2);
    if (inFile.startsWith('"')) {
        inFile = inFile.sliced(1).chopped(1).replace("\"\"", "\"");
    }
    QCOMPARE(QString::fromUtf8(inFile), written);
    QCOMPARE(CsvWriter::isNeutralised(written), written != cell);
}

void TestImportParser::typesReadTheSameInEveryLanguage_data()
{
    QTest::addColumn<bool>("french"); // the French catalogue installed, as in the window
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("organiserType");
    QTest::addColumn<EventType>("expectedEvent");
    QTest::addColumn<OrganiserType>("expectedOrganiser");
    for (const bool french : { false, true }) {
        const char* language = french ? "French window" : "no catalogue";
        QTest::addRow("%s, French names", language) << french << u"Visite d'entreprise"_s << u"Entreprise"_s
                                                    << EventType::CompanyVisit << OrganiserType::Company;
        QTest::addRow("%s, French names folded", language)
            << french << u"  ÉVÉNEMENT EN LIGNE"_s << u"ecole ou universite"_s << EventType::OnlineEvent
            << OrganiserType::SchoolUniversity;
        QTest::addRow("%s, English names", language)
            << french << u"company visit"_s << u"Local authority"_s << EventType::CompanyVisit
            << OrganiserType::LocalAuthority;
        QTest::addRow("%s, keys", language) << french << u"open_day"_s << u"STATE_SERVICE"_s
                                            << EventType::OpenDay << OrganiserType::StateService;
    }
}

// What a file means does not depend on the language of whoever imports it.
void TestImportParser::typesReadTheSameInEveryLanguage()
{
    QFETCH(bool, french);
    QFETCH(QString, eventType);
    QFETCH(QString, organiserType);
    QFETCH(EventType, expectedEvent);
    QFETCH(OrganiserType, expectedOrganiser);
    QTranslator translator;
    if (french) {
        QVERIFY(translator.load(u":/i18n/semaine-admin_fr.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const ParsedImport parsed
        = parseText(u"id_demande;titre;type_evenement;type_organisateur\r\nSI-1;Visite;%1;%2\r\n"_s.arg(
            eventType, organiserType));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(parsed.rejected.isEmpty());
    QVERIFY(parsed.warnings.isEmpty());
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().type, expectedEvent);
    QCOMPARE(parsed.events.first().organiserType, expectedOrganiser);
}

// The window shows the catalogue's names; the import reads the table's: they are the same.
void TestImportParser::catalogueSaysTheTableFrenchNames()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/semaine-admin_fr.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    for (const EventType type : EventTypes::all()) {
        QCOMPARE(EventTypes::displayName(type), EventTypes::frenchName(type));
    }
    for (const OrganiserType type : OrganiserTypes::all()) {
        QCOMPARE(OrganiserTypes::displayName(type), OrganiserTypes::frenchName(type));
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(EventTypes::displayName(EventType::CompanyVisit), u"Company visit"_s);
}

void TestImportParser::unknownTypeIsKeptAsOtherWithAWarning()
{
    const ParsedImport parsed = parseText(u"id_demande;titre;description;type_evenement;type_organisateur\r\n"
                                          "SI-1;Visite;Chaîne de montage;barbecue;Entreprise\r\n"
                                          "SI-2;Salon;;Forum ou salon;fanfare\r\n"_s);
    QVERIFY(parsed.rejected.isEmpty());
    QCOMPARE(parsed.events.size(), 2);
    QCOMPARE(parsed.events.at(0).type, EventType::Other);
    QCOMPARE(parsed.events.at(0).description, u"Chaîne de montage\n\nType indiqué : barbecue"_s);
    QCOMPARE(parsed.events.at(1).type, EventType::ForumFair);
    QCOMPARE(parsed.events.at(1).organiserType, OrganiserType::Other);
    QCOMPARE(parsed.events.at(1).description, u"Type d'organisateur indiqué : fanfare"_s);
    QCOMPARE(parsed.warnings.size(), 2);
    QCOMPARE(parsed.warnings.at(0).line, 2);
    QCOMPARE(parsed.warnings.at(0).column, u"type_evenement"_s);
    QVERIFY2(parsed.warnings.at(0).reason.contains(u"“barbecue” is not an event type"_s),
        qPrintable(parsed.warnings.at(0).reason));
    QCOMPARE(parsed.warnings.at(1).line, 3);
    QCOMPARE(parsed.warnings.at(1).column, u"type_organisateur"_s);
    // The report says so, under the rejected rows.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportParser::writeRejected(parsed, &buffer));
    CsvReader reader(buffer.data());
    CsvRecord record;
    QVERIFY(reader.next(&record));
    QVERIFY(reader.next(&record));
    const QStringList fields = record.texts();
    QCOMPARE(fields.first(), u"SI-1"_s);
    QCOMPARE(fields.at(fields.size() - 3), u"2"_s);
    QVERIFY(fields.last().startsWith(u"imported, with a warning: “barbecue”"_s));
}

void TestImportParser::oneBadByteDoesNotRedecodeTheFile_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::newRow("with BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("without BOM") << QByteArray();
}

// One stray byte in a UTF-8 file: the other rows keep their accents; the row with the byte is
// rejected, naming its line, rather than stored with U+FFFD in it.
void TestImportParser::oneBadByteDoesNotRedecodeTheFile()
{
    QFETCH(QByteArray, bom);
    const QByteArray bytes = bom
        + "id_demande;titre;organisateur\r\nSI-1;Visite;Mécatech\r\nSI-2;Atelier;Forges\xE9\r\n"
          "SI-3;Portes ouvertes;Métallerie\r\n";
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(bytes);
    QCOMPARE(parsed.encoding, u"UTF-8"_s);
    QCOMPARE(parsed.events.size(), 2);
    QCOMPARE(parsed.events.at(0).organiserName, u"Mécatech"_s);
    QCOMPARE(parsed.events.at(1).organiserName, u"Métallerie"_s);
    QCOMPARE(parsed.rejected.size(), 1);
    QCOMPARE(parsed.rejected.first().line, 3);
    QCOMPARE(parsed.rejected.first().column, u"organisateur"_s);
    QVERIFY(parsed.rejected.first().reason.contains(u"not UTF-8"_s));
    // A file of Windows-1252 is still read as such.
    const ParsedImport windows = ImportParser(2018, GeoReference::embedded())
                                     .parse("id_demande;titre;organisateur\r\nSI-1;Visite;M\xE9"
                                            "catech\r\nSI-2;F\xEAte;Forges\r\n");
    QCOMPARE(windows.encoding, u"Windows-1252"_s);
    QCOMPARE(windows.events.size(), 2);
    QCOMPARE(windows.events.first().organiserName, u"Mécatech"_s);
}

// 3,000 objects each with a key of its own: the keys are named once, rows stay narrow.
void TestImportParser::unknownKeysAreReportedOnce()
{
    QByteArray json = "[";
    for (int i = 0; i < 3000; ++i) {
        json += QStringLiteral(R"(%1{"id_demande": "SI-%2", "titre": "", "cle_%2": "x"})")
                    .arg(i ? u","_s : QString())
                    .arg(i)
                    .toUtf8();
    }
    json += "]";
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(json);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.header, QStringList({ u"id_demande"_s, u"titre"_s }));
    QCOMPARE(parsed.unknownColumns.size(), 3000);
    QCOMPARE(parsed.unknownColumns.first(), u"cle_0"_s);
    QCOMPARE(parsed.rejected.size(), 3000);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportParser::writeRejected(parsed, &buffer));
    // One line per rejected row, each a few dozen bytes (it was 3,000 columns wide).
    QCOMPARE(buffer.data().count('\n'), 3001);
    QVERIFY2(buffer.data().size() < 3001 * 100, QByteArray::number(buffer.data().size()));
}

void TestImportParser::shortRowsUnderAWideHeaderMakeASmallReport()
{
    QString text = u"id_demande;titre"_s;
    for (int i = 0; i < 5000; ++i) {
        text += u";c%1"_s.arg(i);
    }
    text += u"\r\n"_s;
    for (int i = 0; i < 1000; ++i) {
        text += u"SI-%1;Visite\r\n"_s.arg(i);
    }
    const QByteArray bytes = text.toUtf8();
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(bytes);
    QCOMPARE(parsed.rejected.size(), 1000);
    QCOMPARE(parsed.unknownColumns.size(), 5000);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportParser::writeRejected(parsed, &buffer));
    QCOMPARE(buffer.data().count('\n'), 1001);
    // No bigger than the file and its reasons: the rows are not padded to the header's width.
    QVERIFY2(buffer.data().size() < bytes.size() + 1000 * 150, QByteArray::number(buffer.data().size()));
}

void TestImportParser::nulAnywhereIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QByteArray csv = "id_demande;titre;description\r\nSI-1;Visite;" + QByteArray(70000, 'a') + "\r\nSI-";
    csv.append('\0').append("2;Atelier;\r\n");
    QTest::newRow("CSV id after 64 KiB") << csv << 3 << u"id_demande"_s;
    QTest::newRow("JSON escape") << QByteArray(R"([{"id_demande": "SI-1", "titre": "Vis\u0000ite"}])") << 1
                                 << u"titre"_s;
}

void TestImportParser::nulAnywhereIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, column);
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    for (const Event& event : parsed.events) {
        QVERIFY(!event.requestId.contains(QChar(0)));
        QVERIFY(!event.title.contains(QChar(0)));
    }
    QCOMPARE(parsed.rejected.size(), 1);
    QCOMPARE(parsed.rejected.first().line, line);
    QCOMPARE(parsed.rejected.first().column, column);
    QVERIFY(parsed.rejected.first().reason.contains(u"NUL"_s));
}

void TestImportParser::jsonWithoutAList_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("null") << QByteArray("null\n") << "The file is JSON but holds no list of requests";
    QTest::newRow("string") << QByteArray("\"x\"") << "The file is JSON but holds no list of requests";
    QTest::newRow("empty list") << QByteArray("[]") << "The file is JSON but its list of requests is empty";
    QTest::newRow("list of numbers") << QByteArray("[1, 2]")
                                     << "The file is JSON but its list holds no object";
    QTest::newRow("objects without ids")
        << QByteArray(R"([{"nom": "x"}])") << "The JSON objects have no key id_demande";
    QTest::newRow("not JSON") << QByteArray("id_demande;titre") << "The file is not valid JSON";
}

// A .json file is read as JSON: it is told what is wrong with its JSON, not with a CSV header.
void TestImportParser::jsonWithoutAList()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ParsedImport parsed
        = ImportParser(2018, GeoReference::embedded()).parse(bytes, ParsedImport::Format::Json);
    QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
}

void TestImportParser::reportHeaderIsRecognised()
{
    const ParsedImport parsed = parseFile(fixture(QStringLiteral("duplicate_ids.csv")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ImportParser::writeRejected(parsed, &buffer));
    QVERIFY(ImportParser::isReportHeader(buffer.data()));
    QVERIFY(ImportParser::isReportHeader("id_demande;titre;ligne;colonne;motif\r\n"));
    QVERIFY(!ImportParser::isReportHeader("id_demande;titre;commune\r\nSI-1;line;column;reason\r\n"));
    QVERIFY(!ImportParser::isReportHeader("SQLite format 3"));
}

void TestImportParser::fuzzFindings_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SEMAINE_TEST_DATA "/fuzz"));
    const QStringList names = dir.entryList(QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString& name : names) {
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

// What ./dev fuzz ever found stays here: read as CSV and as JSON, every row is accounted for.
void TestImportParser::fuzzFindings()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ImportParser parser(2018, GeoReference::embedded());
    for (const ParsedImport::Format format : { ParsedImport::Format::Csv, ParsedImport::Format::Json }) {
        const ParsedImport parsed = parser.parse(bytes, format);
        QVERIFY(!parsed.error.isEmpty() || parsed.read == parsed.events.size() + parsed.rejected.size());
    }
}

void TestImportParser::batchesGiveWhatOneParseGives_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("batchSize");
    QStringList files { QStringLiteral(SEMAINE_SOURCE_DIR "/resources/examples/demandes-exemple.csv") };
    for (const QString& name : QDir(QStringLiteral(SEMAINE_TEST_DATA "/import")).entryList(QDir::Files)) {
        files << fixture(name);
    }
    for (const QString& file : std::as_const(files)) {
        for (int batchSize : { 1, 2, 1000 }) {
            QTest::addRow("%s by %d", qPrintable(QFileInfo(file).fileName()), batchSize) << file << batchSize;
        }
    }
}

// Handed over in batches (a bulk import writes them meanwhile), the requests are those of one
// parse, in the same order, with the same rejections, lines and errors.
void TestImportParser::batchesGiveWhatOneParseGives()
{
    QFETCH(QString, file);
    QFETCH(int, batchSize);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    const ImportParser parser(2018, GeoReference::embedded());
    const ParsedImport::Format format = ImportParser::formatOf(bytes);
    const ParsedImport whole = parser.parse(bytes, format);
    QList<QStringList> batched;
    qint64 lastDone = -1;
    const ParsedImport inBatches
        = parser.parse(bytes, format, batchSize, [&](QList<Event>&& events, qint64 done, qint64 total) {
              [&] { QVERIFY(events.size() <= batchSize && done >= lastDone && done <= total); }();
              lastDone = done;
              for (const Event& event : events) {
                  batched << ImportParser::record(event);
              }
              return true;
          });
    QList<QStringList> expected;
    for (const Event& event : whole.events) {
        expected << ImportParser::record(event);
    }
    QCOMPARE(batched, expected);
    QVERIFY(inBatches.events.isEmpty());
    QCOMPARE(inBatches.error, whole.error);
    QCOMPARE(inBatches.read, whole.read);
    QCOMPARE(inBatches.cancelled, false);
    QCOMPARE(inBatches.header, whole.header);
    QCOMPARE(inBatches.unknownColumns, whole.unknownColumns);
    QCOMPARE(inBatches.rejected.size(), whole.rejected.size());
    for (qsizetype i = 0; i < whole.rejected.size(); ++i) {
        QCOMPARE(inBatches.rejected.at(i).line, whole.rejected.at(i).line);
        QCOMPARE(inBatches.rejected.at(i).column, whole.rejected.at(i).column);
        QCOMPARE(inBatches.rejected.at(i).reason, whole.rejected.at(i).reason);
    }
    QCOMPARE(inBatches.warnings.size(), whole.warnings.size());
    // A taker that refuses the first batch stops the parse, as a cancel.
    if (!whole.events.isEmpty()) {
        const ParsedImport stopped
            = parser.parse(bytes, format, batchSize, [](QList<Event>&&, qint64, qint64) { return false; });
        QVERIFY(stopped.cancelled);
    }
}

void TestImportParser::recordsSplitWhereverTheirBytesFall_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    // The reader skips eight bytes at a time until one ends the field: each end, at each place of
    // the word, after ASCII and after accents.
    for (int size = 1; size <= 20; ++size) {
        for (const QString& piece : { u"x"_s, u"é"_s }) {
            const QString field = piece.repeated(size);
            const QByteArray utf8 = field.toUtf8();
            QTest::addRow("%d×%s, separator", size, qPrintable(piece)) << utf8
                    + ";y\n" << QList<QStringList> { { field, u"y"_s } };
            QTest::addRow("%d×%s, line feed", size, qPrintable(piece))
                << utf8 + "\ny" << QList<QStringList> { { field }, { u"y"_s } };
            QTest::addRow("%d×%s, CR LF", size, qPrintable(piece))
                << utf8 + "\r\ny" << QList<QStringList> { { field }, { u"y"_s } };
            QTest::addRow("%d×%s, quote", size, qPrintable(piece))
                << utf8 + "\"y;z" << QList<QStringList> { { field + u"\"y"_s, u"z"_s } };
            QTest::addRow("%d×%s, end of file", size, qPrintable(piece))
                << utf8 << QList<QStringList> { { field } };
        }
    }
}

void TestImportParser::recordsSplitWhereverTheirBytesFall()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    CsvReader reader(bytes);
    CsvRecord record;
    QList<QStringList> read;
    while (reader.next(&record)) {
        read << record.texts();
    }
    QCOMPARE(read, records);
}

void TestImportParser::numbersReadAsQLocaleReadsThem_data()
{
    QTest::addColumn<QString>("text");
    // Read without QLocale.
    QTest::newRow("integer") << "12";
    QTest::newRow("decimal comma") << "48,8566";
    QTest::newRow("decimal point") << "-3.25";
    QTest::newRow("zero") << "0";
    QTest::newRow("negative zero") << "-0";
    QTest::newRow("below one") << "0,1";
    QTest::newRow("fifteen digits") << "89,9999999999999";
    QTest::newRow("not exact in binary") << "0.3";
    // By QLocale.
    QTest::newRow("sixteen digits") << "1,234567890123456";
    QTest::newRow("leading zero") << "007";
    QTest::newRow("plus sign") << "+5";
    QTest::newRow("mark first") << ",5";
    QTest::newRow("mark last") << "5.";
    QTest::newRow("two marks") << "1,2,3";
    QTest::newRow("minus alone") << "-";
    QTest::newRow("spaces") << "1 2,5";
    QTest::newRow("exponent") << "1e1";
    QTest::newRow("letters") << "douze";
}

// The latitude as QLocale reads its text once spaces are dropped and a comma is a point, or a
// rejection where it reads none.
void TestImportParser::numbersReadAsQLocaleReadsThem()
{
    QFETCH(QString, text);
    const ParsedImport parsed
        = parseText(u"id_demande;titre;latitude;longitude\r\nSI-1;Visite;%1;2\r\n"_s.arg(text));
    bool ok = false;
    const double expected = QLocale::c().toDouble(
        QString(text).remove(QLatin1Char(' ')).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    if (!ok) {
        QCOMPARE(parsed.rejected.size(), 1);
        QCOMPARE(parsed.rejected.first().column, u"latitude"_s);
        return;
    }
    QVERIFY2(parsed.rejected.isEmpty(), qPrintable(parsed.rejected.value(0).reason));
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(*parsed.events.first().latitude, expected);
    QCOMPARE(std::signbit(*parsed.events.first().latitude), std::signbit(expected));
}

// Numbers of every length read to the very double QLocale reads.
void TestImportParser::plainNumbersReadExactly()
{
    QRandomGenerator random(2018);
    QStringList texts;
    QString csv = u"id_demande;titre;latitude;longitude\r\n"_s;
    for (int i = 0; i < 5000; ++i) {
        QString text = QString::number(random.bounded(-89, 90));
        if (const int decimals = random.bounded(14); decimals > 0) {
            text += (i % 2 == 0 ? u',' : u'.');
            for (int d = 0; d < decimals; ++d) {
                text += QChar(u'0' + random.bounded(10));
            }
        }
        texts << text;
        csv += u"SI-%1;Visite;%2;2\r\n"_s.arg(i).arg(text);
    }
    const ParsedImport parsed = parseText(csv);
    QCOMPARE(parsed.events.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const double expected
            = QLocale::c().toDouble(QString(texts.at(i)).replace(QLatin1Char(','), QLatin1Char('.')));
        if (*parsed.events.at(i).latitude != expected) {
            QFAIL(qPrintable(u"%1 read as %2, not %3"_s.arg(texts.at(i))
                    .arg(*parsed.events.at(i).latitude, 0, 'g', 17)
                    .arg(expected, 0, 'g', 17)));
        }
    }
}

// Submissions in Paris time every quarter of an hour of the days Paris changes its offset, and of
// the days around, read to the instants QDateTime gives.
void TestImportParser::parisTimesAroundTheChanges()
{
    const QTimeZone paris("Europe/Paris");
    QList<QDateTime> expected;
    QString csv = u"id_demande;titre;date_demande\r\n"_s;
    for (const QDate& change : { QDate(2018, 3, 25), QDate(2018, 10, 28), QDate(2019, 3, 31) }) {
        for (QDate date = change.addDays(-1); date <= change.addDays(1); date = date.addDays(1)) {
            for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
                const QTime time(minutes / 60, minutes % 60);
                expected << QDateTime(date, time, paris).toUTC();
                csv += u"SI-%1;Visite;%2 %3\r\n"_s.arg(expected.size())
                           .arg(date.toString(u"dd/MM/yyyy"_s), time.toString(u"HH:mm"_s));
            }
        }
    }
    const ParsedImport parsed = parseText(csv);
    QCOMPARE(parsed.events.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(parsed.events.at(i).submittedAt, expected.at(i));
        QCOMPARE(parsed.events.at(i).submittedAt.timeSpec(), expected.at(i).timeSpec());
    }
}

QTEST_GUILESS_MAIN(TestImportParser)
#include "tst_importparser.moc"
