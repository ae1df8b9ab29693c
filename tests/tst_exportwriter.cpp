// Exports parsed back: CSV as the import reads it (the round trip), GeoJSON as JSON with
// longitude first and no contact details, XLSX and ODS as zips of XML with typed cells,
// iCalendar line by line, the PDF's pages against its layout.

#include "TestData.h"

#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "app/export/ExportWriter.h"
#include "app/export/IcsExport.h"
#include "app/export/OdsExport.h"
#include "app/export/PdfCellText.h"
#include "app/export/PdfExport.h"
#include "app/export/StatisticsFiles.h"
#include "app/export/XlsxExport.h"
#include "app/export/XlsxWorkbook.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <clocale>
#include <cmath>
#include <csignal>
#include <cstring>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

#include <quazip.h>
#include <quazipfile.h>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

// A zip's entries in their order, with their content and whether they are stored uncompressed.
struct ZipEntry {
    QString name;
    QByteArray content;
    bool stored = false;
    QFile::Permissions permissions;
};

QList<ZipEntry> unzip(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    QList<ZipEntry> entries;
    if (!zip.open(QuaZip::mdUnzip)) {
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        entries.append({ info.name, file.readAll(), info.method == 0, info.getPermissions() });
    }
    return entries;
}

QByteArray entry(const QList<ZipEntry>& entries, const QString& name)
{
    for (const ZipEntry& e : entries) {
        if (e.name == name) {
            return e.content;
        }
    }
    return {};
}

// A spreadsheet cell as read back: its type and value as stored, and the text shown.
struct SheetCell {
    QString type;
    QString value;
    QString text;
    bool hasFormula = false;
};

// An XLSX sheet's cells by reference ("B2"), and the sheet's other elements' attributes by name.
QHash<QString, SheetCell> xlsxCells(const QByteArray& xml, QHash<QString, QXmlStreamAttributes>* others)
{
    QHash<QString, SheetCell> cells;
    QXmlStreamReader reader(xml);
    QString current;
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (!reader.isStartElement()) {
            continue;
        }
        const QString name = reader.name().toString();
        if (name == QLatin1String("c")) {
            current = reader.attributes().value(QLatin1String("r")).toString();
            cells[current].type = reader.attributes().value(QLatin1String("t")).toString();
        } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
            cells[current].value = reader.readElementText();
        } else if (name != QLatin1String("is") && name != QLatin1String("row")) {
            others->insert(name, reader.attributes());
        }
    }
    return reader.hasError() ? QHash<QString, SheetCell>() : cells;
}

// An ODS table's rows of cells.
QList<QList<SheetCell>> odsRows(const QByteArray& xml, QString* autofilter)
{
    QList<QList<SheetCell>> rows;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        const QStringView name = reader.name();
        if (name == QLatin1String("table-row")) {
            rows.append(QList<SheetCell>());
        } else if (name == QLatin1String("table-cell")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            SheetCell cell { attributes.value(QLatin1String("office:value-type")).toString(),
                attributes.hasAttribute(QLatin1String("office:date-value"))
                    ? attributes.value(QLatin1String("office:date-value")).toString()
                    : attributes.value(QLatin1String("office:value")).toString(),
                {}, attributes.hasAttribute(QLatin1String("table:formula")) };
            rows.last().append(cell);
        } else if (name == QLatin1String("p")) {
            rows.last().last().text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == QLatin1String("database-range")) {
            *autofilter = reader.attributes().value(QLatin1String("table:target-range-address")).toString();
        }
    }
    return reader.hasError() ? QList<QList<SheetCell>>() : rows;
}

Event formulaEvent()
{
    Event formula = passingEvent();
    formula.requestId = QStringLiteral("SI-2");
    formula.title = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    formula.organiserName = QStringLiteral("@SUM(1+1)");
    formula.description = QStringLiteral("ligne 1\nligne 2");
    formula.price = 12.5;
    formula.longitude = -1.55;
    formula.expectedParticipants.reset();
    return formula;
}

// A PDF writer at the list's resolution, and the list's body font.
struct PdfBody {
    QBuffer buffer;
    QPdfWriter pdf { &buffer };
    QFont font { QStringLiteral("DejaVu Sans") };

    PdfBody()
    {
        buffer.open(QIODevice::WriteOnly);
        pdf.setResolution(300);
        font.setPointSizeF(7.5);
    }
};

} // namespace

class TestExportWriter : public QObject {
    Q_OBJECT

private slots:
    void csvOpensInFrenchSpreadsheetsAndReadsBack();
    void geoJsonForThePublicMap();
    void csvInATemplatesColumns();
    void xlsxHasTypedCellsAFrozenHeaderAndAFilter();
    void xlsxRowsAsLibxlsxwriterWritesThem();
    void odsIsAnOpenDocumentSpreadsheet();
    void batchedRowsStopMidwayAndKeepTheirOrder_data();
    void batchedRowsStopMidwayAndKeepTheirOrder();
    void icsEscapesAndFolds_data();
    void icsEscapesAndFolds();
    void icsOneEventPerRequestInItsZone();
    void pdfPaginatesByRegion();
    void pdfHasThePagesOfItsLayout();
    void pdfCellTextFitsItsWidth_data();
    void pdfCellTextFitsItsWidth();
    void formatKeys();
    void xlsxNumbersUnderAFrenchLocale();
    void pdfCellsShareOneRun();
    void pdfHeadingInLocalTime();
    void aFullFileSaysWhy_data();
    void aFullFileSaysWhy();
    void xlsxTruncatesTextBeyondExcelsLimit();
    void statisticsFileRefusedNamesItAndLeavesNothing_data();
    void statisticsFileRefusedNamesItAndLeavesNothing();
    void statisticsXlsxSaysLibxlsxwritersError();

private:
    QByteArray write(ExportWriter::Format format, const QList<Event>& events, int* skipped,
        const ExportOptions& options = {});
};

QByteArray TestExportWriter::write(
    ExportWriter::Format format, const QList<Event>& events, int* skipped, const ExportOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!ExportWriter::write(format, events, &buffer, skipped, {}, options)) {
        return {};
    }
    return buffer.data();
}

void TestExportWriter::csvOpensInFrenchSpreadsheetsAndReadsBack()
{
    Event formula = passingEvent();
    formula.requestId = QStringLiteral("SI-2");
    formula.title = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    formula.organiserName = QStringLiteral("@SUM(1+1)");
    formula.price = 12.5;
    formula.longitude = -1.55;
    formula.address = QStringLiteral("1, rue de la Paix\tbâtiment B");
    // Online, in a known commune, without coordinates: read back without them, as exported.
    Event online = passingEvent();
    online.requestId = QStringLiteral("SI-3");
    online.online = true;
    online.latitude.reset();
    online.longitude.reset();
    const QList<Event> events { passingEvent(), formula, online };
    int skipped = -1;
    const QByteArray csv = write(ExportWriter::Format::Csv, events, &skipped);
    QCOMPARE(skipped, 0);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "id_demande;date_demande;titre;"));
    const QString text = QString::fromUtf8(csv);
    QVERIFY(text.contains(QStringLiteral(";28/03/2018 10:00;28/03/2018 12:00;")));
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")));
    QVERIFY(text.contains(QStringLiteral(";'@SUM(1+1);")));
    // Quoted wherever a comma or a tab is: LibreOffice's default options split on both.
    QVERIFY(text.contains(QStringLiteral(";\"-1,55\";")));
    QVERIFY(text.contains(QStringLiteral(";\"12,5\";")));
    QVERIFY(text.contains(QStringLiteral(";\"1, rue de la Paix\tbâtiment B\";")));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QString unquoted = line;
        unquoted.remove(QRegularExpression(QStringLiteral("\"([^\"]|\"\")*\"")));
        QVERIFY2(
            !unquoted.contains(QLatin1Char(',')) && !unquoted.contains(QLatin1Char('\t')), qPrintable(line));
    }
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(csv);
    QCOMPARE(parsed.events.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(ImportParser::record(parsed.events.at(i)), ImportParser::record(events.at(i)));
    }
}

void TestExportWriter::geoJsonForThePublicMap()
{
    Event online = passingEvent();
    online.requestId = QStringLiteral("SI-ONLINE");
    online.online = true;
    online.latitude.reset();
    online.longitude.reset();
    Event reunion = passingEvent();
    reunion.requestId = QStringLiteral("SI-974");
    reunion.latitude = -20.88;
    reunion.longitude = 55.45;
    reunion.contactEmail = QStringLiteral("secret@example.org");
    reunion.title = QStringLiteral("Visite « spéciale » \"guillemets\" \\ barre\nligne 2\ttab");
    reunion.price = 2.5;
    reunion.free = false;
    int skipped = 0;
    const QByteArray json
        = write(ExportWriter::Format::GeoJson, { passingEvent(), online, reunion }, &skipped);
    QCOMPARE(skipped, 1);
    QJsonParseError error;
    const QJsonObject collection = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 2);
    const QJsonObject feature = features.at(1).toObject();
    QCOMPARE(feature.value(QStringLiteral("type")).toString(), QStringLiteral("Feature"));
    const QJsonArray coordinates
        = feature.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
    QCOMPARE(coordinates.at(0).toDouble(), 55.45); // longitude first
    QCOMPARE(coordinates.at(1).toDouble(), -20.88);
    const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("id_demande")).toString(), QStringLiteral("SI-974"));
    QCOMPARE(properties.value(QStringLiteral("date_debut")).toString(), QStringLiteral("2018-03-28T10:00"));
    QCOMPARE(properties.value(QStringLiteral("publics")).toArray().size(), 2);
    QCOMPARE(properties.value(QStringLiteral("titre")).toString(), reunion.title);
    QCOMPARE(properties.value(QStringLiteral("tarif")).toDouble(), 2.5);
    QCOMPARE(properties.value(QStringLiteral("gratuit")), QJsonValue(false));
    QCOMPARE(properties.value(QStringLiteral("region")).toString(), reunion.region);
    // Every property the public map reads, each as JSON of its kind.
    QStringList keys = properties.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({ u"adresse"_s, u"code_insee"_s, u"code_postal"_s, u"commune"_s, u"date_debut"_s,
            u"date_fin"_s, u"departement"_s, u"description"_s, u"en_ligne"_s, u"gratuit"_s, u"id_demande"_s,
            u"organisateur"_s, u"publics"_s, u"region"_s, u"tarif"_s, u"titre"_s, u"type_evenement"_s,
            u"type_organisateur"_s }));
    QCOMPARE(properties.value(u"type_evenement"_s), QJsonValue(u"company_visit"_s));
    QCOMPARE(properties.value(u"type_organisateur"_s), QJsonValue(u"company"_s));
    QCOMPARE(properties.value(u"en_ligne"_s), QJsonValue(false));
    QCOMPARE(properties.value(u"date_fin"_s), QJsonValue(u"2018-03-28T12:00"_s));
    QCOMPARE(
        properties.value(u"publics"_s).toArray(), QJsonArray({ u"general_public"_s, u"young_people"_s }));
    QCOMPARE(properties.value(u"description"_s), QJsonValue(QString()));
    QCOMPARE(properties.value(u"code_insee"_s), QJsonValue(reunion.inseeCode));
    QVERIFY(features.at(0)
            .toObject()
            .value(QStringLiteral("properties"))
            .toObject()
            .value(QStringLiteral("tarif"))
            .isNull());
    for (const QString& key : properties.keys()) {
        QVERIFY2(
            !key.startsWith(QStringLiteral("contact")) && key != QStringLiteral("siret"), qPrintable(key));
    }
    QVERIFY(!json.contains("secret@example.org"));
    QVERIFY(!json.contains(passingEvent().siret.toUtf8()));
}

void TestExportWriter::csvInATemplatesColumns()
{
    QString error;
    const std::optional<ExportColumns> columns = ExportColumns::fromKeys(
        { QStringLiteral("titre"), QStringLiteral("id_demande"), QStringLiteral("date_debut") }, &error);
    QVERIFY2(columns, qPrintable(error));
    int skipped = 0;
    ExportOptions options;
    options.columns = columns;
    const QByteArray csv = write(ExportWriter::Format::Csv, { passingEvent() }, &skipped, options);
    QCOMPARE(csv,
        QByteArray("\xEF\xBB\xBFtitre;id_demande;date_debut\r\nVisite de l'usine;SI2018-TEST01;28/03/2018 "
                   "10:00\r\n"));
    QVERIFY(!ExportColumns::fromKeys({ QStringLiteral("titre"), QStringLiteral("nope") }, &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
    QVERIFY(!ExportColumns::fromKeys({ QStringLiteral("titre"), QStringLiteral("titre") }, &error));
}

void TestExportWriter::xlsxHasTypedCellsAFrozenHeaderAndAFilter()
{
    int skipped = 0;
    const QList<ZipEntry> entries
        = unzip(write(ExportWriter::Format::Xlsx, { passingEvent(), formulaEvent() }, &skipped));
    QVERIFY(!entries.isEmpty());
    QHash<QString, QXmlStreamAttributes> others;
    const QHash<QString, SheetCell> cells
        = xlsxCells(entry(entries, QStringLiteral("xl/worksheets/sheet1.xml")), &others);
    QVERIFY(!cells.isEmpty());
    QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("id_demande"));
    QCOMPARE(cells.value(QStringLiteral("A3")).value, QStringLiteral("SI-2"));
    // Text exactly as entered: a string cell is never run, so no apostrophe as in the CSV.
    QCOMPARE(cells.value(QStringLiteral("C3")).value, QStringLiteral("=HYPERLINK(\"http://evil.example\")"));
    QCOMPARE(cells.value(QStringLiteral("G3")).value, QStringLiteral("@SUM(1+1)"));
    QCOMPARE(cells.value(QStringLiteral("C3")).type,
        QStringLiteral("inlineStr")); // text, never a formula's result
    // Dates as Excel's day numbers since 30/12/1899, with a date format.
    const double start = QDate(1899, 12, 30).daysTo(QDate(2018, 3, 28)) + 10.0 / 24;
    QCOMPARE(cells.value(QStringLiteral("S2")).type, QString());
    QVERIFY(qAbs(cells.value(QStringLiteral("S2")).value.toDouble() - start) < 1e-6);
    QCOMPARE(cells.value(QStringLiteral("Z3")).value.toDouble(), 12.5);
    QCOMPARE(cells.value(QStringLiteral("R3")).value.toDouble(), -1.55);
    QVERIFY(!cells.contains(QStringLiteral("AA3"))); // no expected participants: no cell
    QCOMPARE(others.value(QStringLiteral("pane")).value(QLatin1String("state")).toString(),
        QStringLiteral("frozen"));
    QCOMPARE(
        others.value(QStringLiteral("pane")).value(QLatin1String("ySplit")).toString(), QStringLiteral("1"));
    QCOMPARE(others.value(QStringLiteral("autoFilter")).value(QLatin1String("ref")).toString(),
        QStringLiteral("A1:AB3"));
    QVERIFY(others.contains(QStringLiteral("col")));
    const QByteArray styles = entry(entries, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("formatCode=\"dd/mm/yyyy hh:mm\""));
}

// The rows are written apart from libxlsxwriter: byte for byte as its own calls write them,
// for text to escape, spaces to keep, control characters, numbers and dates.
void TestExportWriter::xlsxRowsAsLibxlsxwriterWritesThem()
{
    Event odd = formulaEvent();
    odd.requestId = QStringLiteral(" SI-3");
    odd.submittedAt = parisTime(QDate(2018, 3, 1), QTime(9, 15, 42));
    odd.title = QStringLiteral("Visite <usine> & atelier\t");
    odd.description = QStringLiteral("ligne 1\nligne 2 \x01\x1f\r fin _x0041_ ");
    odd.organiserName = QStringLiteral("Forges \"Dupont\" & fils\n");
    odd.commune = QStringLiteral("Saint-Denis") + QChar(0) + QStringLiteral("cut");
    odd.address = QString(QChar(0)) + QStringLiteral("nothing");
    odd.price = 0.1 + 0.2;
    odd.latitude = 1e-7;
    odd.longitude = -123456789.123;
    odd.expectedParticipants = 1234567;
    const QList<Event> events { passingEvent(), odd, formulaEvent() };
    int skipped = 0;
    const QByteArray ours = entry(unzip(write(ExportWriter::Format::Xlsx, events, &skipped)),
        QStringLiteral("xl/worksheets/sheet1.xml"));

    XlsxWorkbook book(true);
    lxw_worksheet* sheet = book.addSheet(QStringLiteral("Requests"));
    QVERIFY(sheet);
    lxw_format* bold = workbook_add_format(book.get());
    format_set_bold(bold);
    lxw_format* dateFormat = workbook_add_format(book.get());
    format_set_num_format(dateFormat, "dd/mm/yyyy hh:mm");
    const ExportColumns columns;
    for (lxw_col_t c = 0; c < lxw_col_t(columns.columns().size()); ++c) {
        worksheet_write_string(
            sheet, 0, c, RequestColumns::key(columns.columns().at(c)).toUtf8().constData(), bold);
    }
    int truncated = 0;
    for (qsizetype r = 0; r < events.size(); ++r) {
        const QStringList cells = columns.readableCells(events.at(r));
        const auto row = lxw_row_t(r + 1);
        for (lxw_col_t c = 0; c < lxw_col_t(cells.size()); ++c) {
            const QString& cell = cells.at(c);
            if (cell.isEmpty()) {
                continue;
            }
            switch (ExportColumns::kind(columns.columns().at(c))) {
            case ExportColumns::Kind::Number:
                worksheet_write_number(sheet, row, c, ExportColumns::number(cell), nullptr);
                break;
            case ExportColumns::Kind::DateTime: {
                const QDateTime value = ExportColumns::dateTime(cell);
                lxw_datetime when { value.date().year(), value.date().month(), value.date().day(),
                    value.time().hour(), value.time().minute(), double(value.time().second()) };
                worksheet_write_datetime(sheet, row, c, &when, dateFormat);
                break;
            }
            case ExportColumns::Kind::Text:
                worksheet_write_string(
                    sheet, row, c, XlsxExport::fitted(cell, &truncated).toUtf8().constData(), nullptr);
                break;
            }
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(book.closeTo(&buffer, &error), qPrintable(error));
    const QByteArray theirs = entry(unzip(buffer.data()), QStringLiteral("xl/worksheets/sheet1.xml"));
    const auto rows = [](const QByteArray& xml) {
        const qsizetype start = xml.indexOf("<sheetData>");
        return start < 0 ? QByteArray() : xml.sliced(start, xml.indexOf("</sheetData>") - start);
    };
    QVERIFY(rows(theirs).contains("xml:space=\"preserve\">Visite &lt;usine&gt; &amp; atelier\t<"));
    QVERIFY(rows(theirs).contains("_x0001__x001F__x000D_"));
    QCOMPARE(rows(ours), rows(theirs));
}

void TestExportWriter::odsIsAnOpenDocumentSpreadsheet()
{
    int skipped = 0;
    const QByteArray ods = write(ExportWriter::Format::Ods, { passingEvent(), formulaEvent() }, &skipped);
    // The mimetype first, stored, its name and content at fixed offsets as the format requires.
    QCOMPARE(ods.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(ods.mid(38, OdsExport::mimeType().size()), OdsExport::mimeType());
    const QList<ZipEntry> entries = unzip(ods);
    QCOMPARE(entries.size(), 4);
    // Readable once unzipped: rw-r--r--, not the 000 a plain unzip left unreadable.
    for (const ZipEntry& e : entries) {
        QCOMPARE(e.permissions, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    // The header row frozen as LibreOffice saves it.
    const QByteArray settings = entry(entries, QStringLiteral("settings.xml"));
    QVERIFY(settings.contains("<config:config-item config:name=\"VerticalSplitMode\" "
                              "config:type=\"short\">2</config:config-item>"));
    QVERIFY(settings.contains("<config:config-item config:name=\"VerticalSplitPosition\" "
                              "config:type=\"int\">1</config:config-item>"));
    QVERIFY(entry(entries, QStringLiteral("META-INF/manifest.xml"))
            .contains("manifest:full-path=\"settings.xml\""));
    QCOMPARE(entries.first().name, QStringLiteral("mimetype"));
    QVERIFY(entries.first().stored);
    QCOMPARE(entries.first().content, OdsExport::mimeType());
    const QByteArray manifest = entry(entries, QStringLiteral("META-INF/manifest.xml"));
    QVERIFY(manifest.contains("manifest:full-path=\"/\""));
    QVERIFY(manifest.contains("manifest:full-path=\"content.xml\""));
    QString autofilter;
    const QList<QList<SheetCell>> rows = odsRows(entry(entries, QStringLiteral("content.xml")), &autofilter);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).size(), ImportParser::keys().size());
    QCOMPARE(rows.at(0).at(0).text, QStringLiteral("id_demande"));
    const QList<SheetCell>& formula = rows.at(2);
    QCOMPARE(formula.at(0).text, QStringLiteral("SI-2"));
    QCOMPARE(formula.at(2).type, QStringLiteral("string"));
    QCOMPARE(formula.at(2).text, QStringLiteral("=HYPERLINK(\"http://evil.example\")"));
    QVERIFY(!formula.at(2).hasFormula);
    QCOMPARE(formula.at(6).text, QStringLiteral("@SUM(1+1)"));
    QCOMPARE(formula.at(3).text, QStringLiteral("ligne 1ligne 2")); // a line break between them
    QCOMPARE(formula.at(18).type, QStringLiteral("date"));
    QCOMPARE(formula.at(18).value, QStringLiteral("2018-03-28T10:00:00"));
    QCOMPARE(formula.at(18).text, QStringLiteral("28/03/2018 10:00"));
    QCOMPARE(formula.at(25).type, QStringLiteral("float"));
    QCOMPARE(formula.at(25).value, QStringLiteral("12.5"));
    QCOMPARE(formula.at(17).value, QStringLiteral("-1.55"));
    QCOMPARE(formula.at(26).type, QString());
    QCOMPARE(autofilter, QStringLiteral("'Requests'.A1:'Requests'.AB3"));
}

void TestExportWriter::batchedRowsStopMidwayAndKeepTheirOrder_data()
{
    QTest::addColumn<ExportWriter::Format>("format");
    QTest::newRow("xlsx") << ExportWriter::Format::Xlsx;
    QTest::newRow("ods") << ExportWriter::Format::Ods;
    QTest::newRow("csv") << ExportWriter::Format::Csv;
}

// The rows are made on other threads in batches: the progress is still told on the caller's
// thread, in order, and a stop there ends the export with nothing written (a CSV's rows go out as
// they come: it stops after the batch told last, and its QSaveFile is then never committed).
void TestExportWriter::batchedRowsStopMidwayAndKeepTheirOrder()
{
    QFETCH(ExportWriter::Format, format);
    const QList<Event> events(2500, passingEvent());
    QList<qsizetype> told;
    bool onCallersThread = true;
    const ExportWriter::Progress stopAtTwoThousand = [&](qsizetype done, qsizetype total) {
        onCallersThread = onCallersThread && QThread::currentThread() == thread();
        told << done;
        return total == events.size() && done < 2000;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int skipped = 0;
    QVERIFY(!ExportWriter::write(format, events, &buffer, &skipped, stopAtTwoThousand));
    QCOMPARE(told, QList<qsizetype>({ 1000, 2000 }));
    QVERIFY(onCallersThread);
    const bool csv = format == ExportWriter::Format::Csv;
    QCOMPARE(buffer.data().count("\r\n"), csv ? 2001 : 0);

    // Let through, the same rows are all there, in order.
    QList<Event> numbered = events;
    for (qsizetype i = 0; i < numbered.size(); ++i) {
        numbered[i].requestId = QStringLiteral("SI-%1").arg(i + 1);
    }
    told.clear();
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    QVERIFY(ExportWriter::write(format, numbered, &whole, &skipped, [&](qsizetype done, qsizetype) {
        told << done;
        return true;
    }));
    QCOMPARE(told, QList<qsizetype>({ 1000, 2000 }));
    if (csv) {
        const QList<QByteArray> lines = whole.data().split('\n');
        QCOMPARE(lines.size(), 2502); // the header, 2,500 rows and the empty piece after the last
        for (int i = 1; i <= 2500; ++i) {
            QVERIFY2(
                lines.at(i).startsWith(QStringLiteral("SI-%1;").arg(i).toUtf8()), lines.at(i).constData());
        }
        return;
    }
    const QList<ZipEntry> entries = unzip(whole.data());
    const QByteArray sheet = entry(entries,
        format == ExportWriter::Format::Ods ? QStringLiteral("content.xml")
                                            : QStringLiteral("xl/worksheets/sheet1.xml"));
    QCOMPARE(sheet.count(format == ExportWriter::Format::Ods ? "<table:table-row>" : "<row "), 2501);
    QVERIFY(sheet.indexOf("SI-999<") < sheet.indexOf("SI-1000<")
        && sheet.indexOf("SI-2000<") < sheet.indexOf("SI-2001<"));
}

void TestExportWriter::icsEscapesAndFolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Visite") << QStringLiteral("Visite");
    QTest::newRow("comma and semicolon") << QStringLiteral("a, b; c") << QStringLiteral("a\\, b\\; c");
    QTest::newRow("backslash") << QStringLiteral("C:\\dossier") << QStringLiteral("C:\\\\dossier");
    QTest::newRow("line ends") << QStringLiteral("un\r\ndeux\ntrois\rquatre")
                               << QStringLiteral("un\\ndeux\\ntrois\\nquatre");
    QTest::newRow("control character") << QStringLiteral("a\u0001b") << QStringLiteral("ab");
}

void TestExportWriter::icsEscapesAndFolds()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(IcsExport::escaped(text), escaped);
    QCOMPARE(IcsExport::folded(escaped), escaped.toUtf8() + "\r\n");
}

void TestExportWriter::icsOneEventPerRequestInItsZone()
{
    Event long_ = formulaEvent();
    long_.title = QStringLiteral(
        "Journée « portes ouvertes » de l'usine, avec démonstrations; ateliers et découverte des métiers é");
    long_.address = QStringLiteral("2 rue Haute");
    Event reunion = passingEvent();
    reunion.requestId = QStringLiteral("SI-974");
    reunion.departement = QStringLiteral("974");
    Event undated = passingEvent();
    undated.requestId = QStringLiteral("SI-X");
    undated.startsAt = QDateTime();
    int skipped = 0;
    ExportOptions options;
    options.exportedAt = QDateTime(QDate(2018, 3, 20), QTime(8, 30), QTimeZone::UTC);
    const QByteArray ics = write(
        ExportWriter::Format::ICalendar, { passingEvent(), long_, reunion, undated }, &skipped, options);
    QCOMPARE(skipped, 1);
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\r\r") && ics.count('\n') == ics.count("\r\n"));
    QList<QByteArray> lines = ics.split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    QStringList unfolded;
    for (QByteArray line : lines) {
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // never cut inside a character
        if (line.startsWith(' ')) {
            unfolded.last() += QString::fromUtf8(line.mid(1));
        } else {
            unfolded << QString::fromUtf8(line);
        }
    }
    QCOMPARE(unfolded.first(), QStringLiteral("BEGIN:VCALENDAR"));
    QCOMPARE(unfolded.count(QStringLiteral("BEGIN:VEVENT")), 3);
    QCOMPARE(unfolded.count(QStringLiteral("BEGIN:VTIMEZONE")), 2);
    QVERIFY(unfolded.contains(QStringLiteral("TZID:Europe/Paris")));
    QVERIFY(unfolded.contains(QStringLiteral("TZID:Indian/Reunion")));
    QVERIFY(unfolded.contains(QStringLiteral("UID:SI2018-TEST01@semaine-industrie.entreprises.gouv.fr")));
    QVERIFY(unfolded.contains(QStringLiteral("DTSTAMP:20180320T083000Z")));
    QVERIFY(unfolded.contains(QStringLiteral("DTSTART;TZID=Europe/Paris:20180328T100000")));
    QVERIFY(unfolded.contains(QStringLiteral("DTEND;TZID=Europe/Paris:20180328T120000")));
    QVERIFY(unfolded.contains(QStringLiteral("DTSTART;TZID=Indian/Reunion:20180328T100000")));
    QVERIFY(unfolded.contains(QStringLiteral("SUMMARY:") + IcsExport::escaped(long_.title)));
    QVERIFY(unfolded.contains(QStringLiteral("DESCRIPTION:ligne 1\\nligne 2")));
    QVERIFY(unfolded.contains(QStringLiteral("LOCATION:2 rue Haute\\, 75001 Paris")));
    QVERIFY(!unfolded.contains(QStringLiteral("UID:SI-X@semaine-industrie.entreprises.gouv.fr")));
    QVERIFY(lines.size() > unfolded.size()); // the long title was folded
}

void TestExportWriter::pdfPaginatesByRegion()
{
    QList<Event> events;
    for (int i = 0; i < 7; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-%1").arg(i);
        event.region
            = i < 4 ? QStringLiteral("84") : QStringLiteral("11"); // Auvergne-Rhône-Alpes, Île-de-France
        event.startsAt = event.startsAt.addDays(-i);
        events << event;
    }
    const QList<const Event*> sorted = PdfExport::sorted(events);
    QCOMPARE(sorted.first()->region, QStringLiteral("84"));
    QCOMPARE(sorted.at(0)->requestId, QStringLiteral("SI-3")); // the earliest first
    QCOMPARE(sorted.at(4)->requestId, QStringLiteral("SI-6"));
    // 5 lines a page, a heading takes 2; Île-de-France's heading and first request do not fit after SI-0.
    const QList<PdfExport::Page> pages = PdfExport::paginate(sorted, 5, 2);
    QCOMPARE(pages.size(), 3);
    const auto describe = [&](const PdfExport::Page& page) {
        QStringList items;
        for (const PdfExport::Line& line : page) {
            items << (line.event < 0 ? QStringLiteral("[%1]").arg(line.region)
                                     : sorted.at(line.event)->requestId);
        }
        return items.join(QLatin1Char(' '));
    };
    QCOMPARE(describe(pages.at(0)), QStringLiteral("[84] SI-3 SI-2 SI-1"));
    QCOMPARE(describe(pages.at(1)), QStringLiteral("[84] SI-0"));
    QCOMPARE(describe(pages.at(2)), QStringLiteral("[11] SI-6 SI-5 SI-4"));
}

void TestExportWriter::pdfHasThePagesOfItsLayout()
{
    QList<Event> events;
    for (int i = 0; i < 250; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-%1").arg(i);
        event.region
            = QStringList { QStringLiteral("11"), QStringLiteral("84"), QStringLiteral("93") }.at(i % 3);
        events << event;
    }
    const QList<PdfExport::Page> pages
        = PdfExport::paginate(PdfExport::sorted(events), PdfExport::linesPerPage(), PdfExport::headingLines);
    QVERIFY(pages.size() >= 3);
    int skipped = 0;
    ExportOptions options;
    options.editionYear = 2018;
    const QByteArray pdf = write(ExportWriter::Format::Pdf, events, &skipped, options);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))),
        qsizetype(pages.size()));
}

void TestExportWriter::pdfCellTextFitsItsWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("ems"); // the cell's width in the font's em
    QTest::addColumn<bool>("laidOut");
    QTest::addColumn<bool>("elided");
    QTest::newRow("fits") << QStringLiteral("Visite d'entreprise à Saint-Étienne") << 40.0 << true << false;
    QTest::newRow("cut") << QStringLiteral("Forum des métiers de l'industrie de Saint-Étienne-de-Cuines")
                         << 10.0 << true << true;
    QTest::newRow("nothing but the ellipsis") << QStringLiteral("Œuvres") << 1.2 << true << true;
    QTest::newRow("empty") << QString() << 5.0 << true << false;
    // Han characters are not in DejaVu Sans: the painter finds a font that has them.
    QTest::newRow("not in the font") << QStringLiteral("Visite 工厂") << 40.0 << false << false;
}

void TestExportWriter::pdfCellTextFitsItsWidth()
{
    QFETCH(QString, text);
    QFETCH(qreal, ems);
    QFETCH(bool, laidOut);
    QFETCH(bool, elided);
    PdfBody body;
    const QFontMetricsF metrics(body.font, &body.pdf);
    const qreal width = ems * metrics.height();
    PdfCellText cells(body.font, &body.pdf);
    QCOMPARE(cells.add(text, QPointF(0, 0), width), laidOut);
    const QGlyphRun run = cells.take();
    if (!laidOut) {
        // Nothing half-added for the painter to draw twice.
        QVERIFY(run.glyphIndexes().isEmpty());
        return;
    }
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    QCOMPARE(positions.size(), glyphs.size());
    const quint32 ellipsis = run.rawFont().glyphIndexesForString(QString(QChar(0x2026))).value(0);
    QCOMPARE(!glyphs.isEmpty() && glyphs.last() == ellipsis, elided);
    QCOMPARE(glyphs.size() == text.size(), !elided);
    if (!glyphs.isEmpty()) {
        const qreal right
            = positions.last().x() + run.rawFont().advancesForGlyphIndexes({ glyphs.last() }).first().x();
        QVERIFY2(elided ? right <= width : right > 0, qPrintable(QString::number(right)));
        // The glyphs are the text's own, in its order.
        const QList<quint32> own = run.rawFont().glyphIndexesForString(text);
        QCOMPARE(glyphs.first(elided ? glyphs.size() - 1 : glyphs.size()),
            own.first(elided ? glyphs.size() - 1 : glyphs.size()));
    }
}

void TestExportWriter::formatKeys()
{
    for (const ExportWriter::Format format : ExportWriter::all()) {
        QCOMPARE(ExportWriter::fromKey(ExportWriter::key(format)), format);
    }
    QCOMPARE(ExportWriter::fromKey(QStringLiteral("XLSX")), ExportWriter::Format::Xlsx);
    QVERIFY(!ExportWriter::fromKey(QStringLiteral("docx")));
    QVERIFY(!ExportWriter::hasColumns(ExportWriter::Format::ICalendar));
}

void TestExportWriter::xlsxNumbersUnderAFrenchLocale()
{
    // As QCoreApplication leaves the process on a French workstation.
    if (!std::setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
        QSKIP("The fr_FR.UTF-8 locale is not installed.");
    }
    int skipped = 0;
    const QByteArray xlsx = write(ExportWriter::Format::Xlsx, { passingEvent(), formulaEvent() }, &skipped);
    std::setlocale(LC_NUMERIC, "C");
    const QList<ZipEntry> entries = unzip(xlsx);
    const QByteArray sheet = entry(entries, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(!QString::fromUtf8(sheet).contains(
                 QRegularExpression(QStringLiteral("<v>-?\\d+,\\d*</v>|width=\"\\d+,"))),
        sheet.constData());
    QHash<QString, QXmlStreamAttributes> others;
    const QHash<QString, SheetCell> cells = xlsxCells(sheet, &others);
    QCOMPARE(cells.value(QStringLiteral("R3")).value, QStringLiteral("-1.55"));
    const double start = QDate(1899, 12, 30).daysTo(QDate(2018, 3, 28)) + 10.0 / 24;
    bool ok = false;
    QVERIFY(qAbs(cells.value(QStringLiteral("S2")).value.toDouble(&ok) - start) < 1e-6);
    QVERIFY(ok);
}

void TestExportWriter::pdfCellsShareOneRun()
{
    PdfBody body;
    PdfCellText cells(body.font, &body.pdf);
    const QStringList texts { QStringLiteral("SI2018-000123"), QStringLiteral("Évry-Courcouronnes"),
        QStringLiteral("Forum des métiers de l'industrie de Saint-Étienne-de-Cuines") };
    const QList<QPointF> origins { QPointF(0.4, 40.6), QPointF(295.125, 40.6), QPointF(608.6875, 77.5) };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QVERIFY(cells.add(texts.at(i), origins.at(i), 2000));
    }
    const QGlyphRun run = cells.take();
    QVERIFY(cells.take().glyphIndexes().isEmpty());
    const QRawFont& raw = run.rawFont();
    QCOMPARE(run.glyphIndexes(), raw.glyphIndexesForString(texts.join(QString())));
    const QList<QPointF> positions = run.positions();
    qsizetype first = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // Each cell from its own origin, rounded to the device's pixel.
        QCOMPARE(positions.at(first), QPointF(std::round(origins.at(i).x()), std::round(origins.at(i).y())));
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(raw.glyphIndexesForString(texts.at(i)));
        qreal x = positions.at(first).x();
        for (qsizetype g = 0; g < texts.at(i).size(); ++g) {
            const QPointF at = positions.at(first + g);
            // Whole pixels, within half of one of where the advances put the glyph.
            QCOMPARE(at.x(), std::round(at.x()));
            QVERIFY2(std::abs(at.x() - x) <= 0.5, qPrintable(texts.at(i)));
            QCOMPARE(at.y(), positions.at(first).y());
            x += advances.at(g).x();
        }
        first += texts.at(i).size();
    }
}

void TestExportWriter::pdfHeadingInLocalTime()
{
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Paris");
    tzset();
    const QString heading
        = PdfExport::exportedOn(QDateTime(QDate(2018, 3, 20), QTime(13, 32), QTimeZone::UTC));
    if (zone.isNull()) {
        qunsetenv("TZ");
    } else {
        qputenv("TZ", zone);
    }
    tzset();
    QVERIFY2(heading.endsWith(QStringLiteral(" 14:32")), qPrintable(heading));
}

void TestExportWriter::aFullFileSaysWhy_data()
{
    QTest::addColumn<QString>("format");
    // The XLSX too: libxlsxwriter's temporary sheet file, whose write errors it does not check,
    // holds only the header row.
    for (const ExportWriter::Format format : ExportWriter::all()) {
        QTest::newRow(qPrintable(ExportWriter::key(format))) << ExportWriter::key(format);
    }
}

void TestExportWriter::aFullFileSaysWhy()
{
    QFETCH(QString, format);
    // A file size limit fills the file as a full disk does: the write that crosses it is cut
    // short without an error, the next one fails.
    QList<Event> events;
    for (int i = 0; i < 2000; ++i) {
        Event e = passingEvent();
        e.requestId = QStringLiteral("SI-%1").arg(i);
        // Hashes, which no zip compresses much.
        e.description = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        events << e;
    }
    QTemporaryDir dir;
    QSaveFile file(dir.filePath(QStringLiteral("export")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    rlimit previous {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 20000;
    const auto handler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    int skipped = 0;
    const bool written = ExportWriter::write(*ExportWriter::fromKey(format), events, &file, &skipped);
    const bool committed = written && file.commit();
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, handler);
    QVERIFY(!committed);
    QCOMPARE(file.errorString(), QString::fromLocal8Bit(std::strerror(EFBIG)));
}

void TestExportWriter::xlsxTruncatesTextBeyondExcelsLimit()
{
    Event big = passingEvent();
    big.description = QString(100000, QLatin1Char('x'));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int skipped = 0;
    int truncated = -1;
    QVERIFY(ExportWriter::write(
        ExportWriter::Format::Xlsx, { big, passingEvent() }, &buffer, &skipped, {}, {}, &truncated));
    QCOMPARE(truncated, 1);
    QHash<QString, QXmlStreamAttributes> others;
    const QHash<QString, SheetCell> cells
        = xlsxCells(entry(unzip(buffer.data()), QStringLiteral("xl/worksheets/sheet1.xml")), &others);
    const QString kept = cells.value(QStringLiteral("D2")).value;
    QCOMPARE(kept.size(), 32767);
    QVERIFY(kept.startsWith(QStringLiteral("xxxx")));
    QVERIFY(kept.endsWith(XlsxExport::truncationMark()));
    QCOMPARE(cells.value(QStringLiteral("D3")).value, passingEvent().description);
    // The ODS has no such limit and keeps every character.
    const QByteArray ods = write(ExportWriter::Format::Ods, { big }, &skipped);
    QString autofilter;
    QCOMPARE(odsRows(entry(unzip(ods), QStringLiteral("content.xml")), &autofilter).at(1).at(3).text,
        big.description);
}

namespace {

// The dashboard's statistics in small: a name, a count and a percentage per row.
void fillStatistics(QStandardItemModel* model)
{
    model->setHorizontalHeaderLabels(
        { QStringLiteral("Région"), QStringLiteral("Reçues"), QStringLiteral("Taux") });
    const auto row = [&](const QString& name, int received, double rate) {
        auto* count = new QStandardItem(QString::number(received));
        count->setData(received, Qt::UserRole);
        auto* percent = new QStandardItem(QStringLiteral("%1 %").arg(rate));
        percent->setData(rate, Qt::UserRole);
        model->appendRow({ new QStandardItem(name), count, percent });
    };
    row(QStringLiteral("Bretagne"), 120, 54.5);
    row(QStringLiteral("Corse"), 7, 100);
}

bool writeStatistics(const QString& suffix, const QString& path, QString* error)
{
    QStandardItemModel model;
    fillStatistics(&model);
    const StatisticsFiles::Chart chart { QStringLiteral("bars"), QStringLiteral("Bars"),
        [](QPainter* painter, const QRectF& target) {
            painter->fillRect(target.adjusted(10, 10, -10, -10), Qt::darkBlue);
        } };
    if (suffix == QLatin1String("csv")) {
        return StatisticsFiles::writeCsv(path, { &model }, Qt::UserRole, error);
    }
    if (suffix == QLatin1String("xlsx")) {
        return StatisticsFiles::writeXlsx(
            path, { { QStringLiteral("Régions"), &model } }, Qt::UserRole, error);
    }
    if (suffix == QLatin1String("pdf")) {
        return StatisticsFiles::writePdf(path,
            { QStringLiteral("Semaine"), QStringLiteral("all"), { QStringLiteral("127 requests") },
                { { QStringLiteral("Région"), QStringLiteral("Reçues") },
                    { QStringLiteral("Bretagne"), QStringLiteral("120") } } },
            { chart }, error);
    }
    return StatisticsFiles::writeChart(chart, path, error);
}

} // namespace

void TestExportWriter::statisticsFileRefusedNamesItAndLeavesNothing_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("readOnlyFolder");
    for (const QString& suffix : { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
             QStringLiteral("png"), QStringLiteral("svg") }) {
        // A folder that is a file refuses everyone, root included (the build root runs as root).
        QTest::addRow("%s in a file", qPrintable(suffix)) << suffix << false;
        if (geteuid() != 0) {
            QTest::addRow("%s in a read-only folder", qPrintable(suffix)) << suffix << true;
        }
    }
}

void TestExportWriter::statisticsFileRefusedNamesItAndLeavesNothing()
{
    QFETCH(QString, suffix);
    QFETCH(bool, readOnlyFolder);
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("statistics"));
    if (readOnlyFolder) {
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else {
        QFile notAFolder(folder);
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
    }
    const QString path = folder + QStringLiteral("/figures.") + suffix;
    QString error;
    QVERIFY(!writeStatistics(suffix, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    // Nothing besides the folder, not even a temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        { QStringLiteral("statistics") });
    if (readOnlyFolder) {
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // And written where it can be.
    const QString written = dir.filePath(QStringLiteral("figures.") + suffix);
    QVERIFY2(writeStatistics(suffix, written, &error), qPrintable(error));
    QVERIFY(QFileInfo(written).size() > 0);
}

void TestExportWriter::statisticsXlsxSaysLibxlsxwritersError()
{
    // libxlsxwriter refuses a sheet named with a colon: its own message, after the file's name,
    // and the previous file stays as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.xlsx"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();
    QStandardItemModel model;
    fillStatistics(&model);
    QString error;
    QVERIFY(!StatisticsFiles::writeXlsx(
        path, { { QStringLiteral("Régions : total"), &model } }, Qt::UserRole, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path))
            && error.contains(QStringLiteral("name"), Qt::CaseInsensitive),
        qPrintable(error));
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), { QStringLiteral("figures.xlsx") });
}

QTEST_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
