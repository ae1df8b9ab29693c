// Our XLSX, ODS, PDF and iCalendar files as other programs read them, under the French locale
// every DGE workstation runs with (ctest sets LANG and LC_ALL to fr_FR.UTF-8): Debian's openpyxl,
// odfpy and icalendar read them (tests/readers/*.py), the sheets come back as CSV cell by cell
// equal to our own CSV export but for the types, named for people where the CSV keeps the import
// format's codes, and that CSV imports into the same requests; pdftotext reads the PDF list, and
// poppler and qpdf a long one drawn in two halves and joined. The statistics' workbook and PDF
// report read as well: figures as numbers, "n/c" as text.

#include "TestData.h"

#include "app/core/CsvReader.h"
#include "app/core/CsvWriter.h"
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "app/core/StatisticsReport.h"
#include "app/export/ExportBatches.h"
#include "app/export/ExportWriter.h"
#include "app/export/PdfExport.h"
#include "app/export/StatisticsFiles.h"

#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readerPath(const QString& name) { return QStringLiteral(SEMAINE_READERS_DIR "/") + name; }

// Runs a reader; its standard output, or a QSKIP-worthy reason in `skip`, or a failure in `error`.
QByteArray runReader(const QStringList& arguments, QString* skip, QString* error)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *skip = QStringLiteral("python3 is not installed.");
        return {};
    }
    QProcess process;
    process.start(python, arguments);
    if (!process.waitForFinished(120000)) {
        *error = QStringLiteral("%1 did not finish.").arg(arguments.first());
        return {};
    }
    if (process.exitCode() == 77) {
        *skip = QString::fromUtf8(process.readAllStandardError()).trimmed();
    } else if (process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
    }
    return process.readAllStandardOutput();
}

QList<QStringList> csvRows(const QByteArray& bytes)
{
    QList<QStringList> rows;
    CsvReader reader(bytes);
    CsvRecord record;
    while (reader.next(&record)) {
        rows << record.texts();
    }
    return rows;
}

// A program's standard output, or "" with a warning when it failed; `status` its exit code.
QByteArray runTool(const QString& program, const QStringList& arguments, int* status = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("%s did not finish", qPrintable(program));
        return {};
    }
    if (status) {
        *status = process.exitCode();
    }
    return process.readAllStandardOutput();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOfficeReaders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sheetsReadAsTheCsvAndImportBack_data();
    void sheetsReadAsTheCsvAndImportBack();
    void calendarReadsBack();
    void pdfListReadsWithNamesForPeople();
    void pdfHalvesJoinAtTheirSeam();
    void statisticsReadBack();

private:
    QList<Event> m_events;
    QTemporaryDir m_dir;
    QByteArray write(ExportWriter::Format format, const ExportOptions& options = {});
};

void TestOfficeReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // What the workstations run with: the test is only worth it in French.
    QCOMPARE(QLocale().language(), QLocale::French);
    // More rows than two of the batches the spreadsheets are written in (ExportBatches), so that
    // the readers see the batches joined, the awkward texts in the last one.
    m_events = DemoGenerator(edition2018(), GeoReference::embedded(), 7).generate(2100);
    QVERIFY(m_events.size() > 2 * ExportBatches::rowsPerBatch);
    Event formula = passingEvent();
    formula.requestId = QStringLiteral("SI-FORMULA");
    formula.title = QStringLiteral("=1+1");
    formula.organiserName = QStringLiteral("@SUM(1;2), \"quoted\"");
    formula.description = QStringLiteral("ligne 1\nligne 2\ttabulée; virgule, fin");
    formula.latitude = 45.84056;
    formula.longitude = -1.55;
    formula.price = 12.5;
    m_events << formula;
}

QByteArray TestOfficeReaders::write(ExportWriter::Format format, const ExportOptions& options)
{
    const QString path = m_dir.filePath(QStringLiteral("export.") + ExportWriter::key(format));
    QFile file(path);
    int skipped = 0;
    if (!file.open(QIODevice::WriteOnly)
        || !ExportWriter::write(format, m_events, &file, &skipped, {}, options)) {
        return {};
    }
    return path.toUtf8();
}

void TestOfficeReaders::sheetsReadAsTheCsvAndImportBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("ods") << QStringLiteral("ods");
}

void TestOfficeReaders::sheetsReadAsTheCsvAndImportBack()
{
    QFETCH(QString, format);
    const QString sheet = QString::fromUtf8(write(*ExportWriter::fromKey(format)));
    const QString ourCsv = QString::fromUtf8(write(ExportWriter::Format::Csv));
    QVERIFY(!sheet.isEmpty() && !ourCsv.isEmpty());
    const QString theirCsv = m_dir.filePath(format + QStringLiteral(".csv"));
    const QString types = m_dir.filePath(format + QStringLiteral(".types"));
    QString skip;
    QString error;
    runReader({ readerPath(QStringLiteral("sheet_to_csv.py")), sheet, theirCsv, types }, &skip, &error);
    if (!skip.isEmpty()) {
        QSKIP(qPrintable(skip));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Cell by cell as our CSV says, numbers read as numbers and dates as dates.
    const QList<QStringList> ours = csvRows(fileBytes(ourCsv));
    const QList<QStringList> theirs = csvRows(fileBytes(theirCsv));
    const QList<QStringList> kinds = csvRows(fileBytes(types));
    QCOMPARE(theirs.size(), ours.size());
    const ExportColumns columns;
    for (qsizetype r = 0; r < ours.size(); ++r) {
        for (qsizetype c = 0; c < ours.at(r).size(); ++c) {
            const QString where
                = QStringLiteral("%1 row %2 column %3").arg(format).arg(r + 1).arg(ours.first().at(c));
            const QString theirCell = theirs.at(r).value(c);
            // Our CSV guards against formulas with an apostrophe; the sheets hold the text as is.
            QString ourCell
                = CsvWriter::isNeutralised(ours.at(r).at(c)) ? ours.at(r).at(c).mid(1) : ours.at(r).at(c);
            // The sheets name the types, the CSV gives their codes.
            const ExportColumns::Column column = columns.columns().at(c);
            if (r > 0 && column == ExportColumns::Column::EventType) {
                QVERIFY2(theirCell != ourCell, qPrintable(where));
                ourCell = EventTypes::displayName(*EventTypes::fromKey(ourCell));
            } else if (r > 0 && column == ExportColumns::Column::OrganiserType) {
                QVERIFY2(theirCell != ourCell, qPrintable(where));
                ourCell = OrganiserTypes::displayName(*OrganiserTypes::fromKey(ourCell));
            }
            QVERIFY2(theirCell == ourCell,
                qPrintable(QStringLiteral("%1: %2 instead of %3").arg(where, theirCell, ourCell)));
            if (r == 0 || ourCell.isEmpty()) {
                continue;
            }
            const ExportColumns::Kind kind = ExportColumns::kind(column);
            const QString expected = kind == ExportColumns::Kind::Number ? QStringLiteral("n")
                : kind == ExportColumns::Kind::DateTime                  ? QStringLiteral("d")
                                                                         : QStringLiteral("s");
            QVERIFY2(kinds.at(r).value(c) == expected, qPrintable(where));
        }
    }

    // And that CSV, as an office suite saves it, imports into the same requests.
    const ParsedImport parsed
        = ImportParser(edition2018().year, GeoReference::embedded()).parse(fileBytes(theirCsv));
    QVERIFY2(parsed.rejected.isEmpty(),
        qPrintable(parsed.rejected.isEmpty() ? QString() : parsed.rejected.first().reason));
    QCOMPARE(parsed.events.size(), m_events.size());
    int changed = 0;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const QStringList before = ImportParser::record(m_events.at(i));
        const QStringList after = ImportParser::record(parsed.events.at(i));
        for (qsizetype c = 0; c < before.size(); ++c) {
            if (before.at(c) != after.at(c)) {
                ++changed;
                qWarning("%s %s: %s became %s", qPrintable(m_events.at(i).requestId),
                    qPrintable(RequestColumns::key(ExportColumns().columns().at(c))),
                    qPrintable(before.at(c)), qPrintable(after.at(c)));
            }
        }
    }
    QCOMPARE(changed, 0);
}

void TestOfficeReaders::calendarReadsBack()
{
    const QString ics = QString::fromUtf8(write(ExportWriter::Format::ICalendar));
    QVERIFY(!ics.isEmpty());
    QString skip;
    QString error;
    const QByteArray out = runReader({ readerPath(QStringLiteral("ics_events.py")), ics }, &skip, &error);
    if (!skip.isEmpty()) {
        QSKIP(qPrintable(skip));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, QStringList> read;
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        read.insert(fields.first(), fields);
    }
    int dated = 0;
    for (const Event& e : std::as_const(m_events)) {
        if (!e.startsAt.isValid() || !e.endsAt.isValid()) {
            continue;
        }
        ++dated;
        const auto found = std::find_if(read.cbegin(), read.cend(), [&](const QStringList& f) {
            return f.first().startsWith(e.requestId + QLatin1Char('@')) || f.first() == e.requestId;
        });
        QVERIFY2(found != read.cend(), qPrintable(e.requestId));
        QCOMPARE(found->at(1), e.title);
        // The wall-clock time of the request, whatever zone it is written in.
        QCOMPARE(found->at(2).left(16), e.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        QCOMPARE(found->at(3).left(16), e.endsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    }
    QCOMPARE(read.size(), dated);
}

void TestOfficeReaders::pdfListReadsWithNamesForPeople()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed.");
    }
    using Column = ExportColumns::Column;
    ExportOptions options;
    options.editionYear = 2018;
    options.exportedAt = QDateTime(QDate(2018, 3, 27), QTime(9, 5));
    options.columns
        = ExportColumns({ Column::RequestId, Column::Title, Column::EventType, Column::OrganiserType });
    const QString pdf = QString::fromUtf8(write(ExportWriter::Format::Pdf, options));
    QVERIFY(!pdf.isEmpty());
    QProcess process;
    process.start(pdftotext,
        { QStringLiteral("-layout"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    // The heading: the title, then the date with its time on the same line.
    QCOMPARE(lines.at(0).trimmed(), PdfExport::title(2018));
    QCOMPARE(lines.at(1).trimmed(), PdfExport::exportedOn(options.exportedAt));
    QVERIFY2(lines.at(1).contains(QStringLiteral("mars 2018"))
            && lines.at(1).trimmed().endsWith(QStringLiteral("09:05")),
        qPrintable(lines.at(1)));
    // The columns by their names, the types by theirs: no key, no code.
    const QString page = lines.join(QLatin1Char('\n'));
    const QString headings = lines.filter(RequestColumns::displayName(Column::RequestId)).value(0);
    for (const Column column : options.columns->columns()) {
        QVERIFY2(headings.contains(RequestColumns::displayName(column)), qPrintable(headings));
        QVERIFY2(!page.contains(RequestColumns::key(column)), qPrintable(RequestColumns::key(column)));
    }
    const QList<const Event*> shown = PdfExport::sorted(m_events).first(3);
    for (const Event* event : shown) {
        QVERIFY2(page.contains(event->requestId), qPrintable(event->requestId));
        QVERIFY2(!page.contains(EventTypes::key(event->type) + QLatin1Char(' ')),
            qPrintable(EventTypes::key(event->type)));
    }
    QVERIFY(page.contains(EventTypes::displayName(shown.first()->type).left(12)));
    // The titles, accents and all: the reader finds the characters behind the glyphs drawn.
    QVERIFY2(page.contains(shown.first()->title.left(12)), qPrintable(shown.first()->title));
}

void TestOfficeReaders::pdfHalvesJoinAtTheirSeam()
{
    for (const char* tool : { "pdfinfo", "pdftotext", "pdffonts", "qpdf" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            QSKIP(qPrintable(
                QStringLiteral("%1 (poppler-utils, qpdf) is not installed.").arg(QString::fromLatin1(tool))));
        }
    }
    // Long enough to be drawn in halves, with a région going on over the seam.
    const QList<Event> events = DemoGenerator(edition2018(), GeoReference::embedded(), 11).generate(3000);
    const QList<const Event*> sorted = PdfExport::sorted(events);
    const QList<PdfExport::Page> pages
        = PdfExport::paginate(sorted, PdfExport::linesPerPage(), PdfExport::headingLines);
    QVERIFY2(pages.size() >= PdfExport::pagesInHalves, qPrintable(QString::number(pages.size())));
    const qsizetype middle = pages.size() / 2;
    QCOMPARE(pages.at(middle).first().region, pages.at(middle - 1).last().region);
    ExportOptions options;
    options.editionYear = 2018;
    const QString pdf = m_dir.filePath(QStringLiteral("halves.pdf"));
    {
        QFile file(pdf);
        int skipped = 0;
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(ExportWriter::write(ExportWriter::Format::Pdf, events, &file, &skipped, {}, options));
    }

    // Sound as a file (qpdf exits 3 on warnings), with its document information.
    int status = -1;
    const QString check
        = QString::fromUtf8(runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf }, &status));
    QVERIFY2(status == 0 && check.contains(QStringLiteral("No syntax or stream encoding errors")),
        qPrintable(check));
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { pdf }));
    const auto field = [&](const QString& name) {
        const QRegularExpressionMatch match = QRegularExpression(
            QStringLiteral("^%1:\\s*(.*)$").arg(name), QRegularExpression::MultilineOption)
                                                  .match(info);
        return match.captured(1).trimmed();
    };
    QCOMPARE(field(QStringLiteral("Pages")), QString::number(pages.size()));
    QCOMPARE(field(QStringLiteral("Title")), PdfExport::title(2018));
    QCOMPARE(field(QStringLiteral("Creator")), QStringLiteral("semaine-admin"));
    // Each half's fonts, embedded: "name type encoding emb sub uni object ID" under two lines of heading.
    const QStringList fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), { pdf }))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QVERIFY2(fonts.size() >= 2, qPrintable(fonts.join(QLatin1Char('\n'))));
    for (const QString& font : fonts) {
        const QStringList words = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(words.size() >= 7 && words.at(words.size() - 5) == QLatin1String("yes"), qPrintable(font));
    }

    // Page by page in the order drawn: its number among all, its headings, its requests in order.
    const QStringList read = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }))
                                 .split(QLatin1Char('\f'));
    QCOMPARE(read.size(), pages.size() + 1); // after the last page's form feed, nothing
    const QRegularExpression requestId(QStringLiteral("SI2018-\\d{6}"));
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QString& text = read.at(p);
        QVERIFY2(
            text.contains(QStringLiteral("page %1 / %2").arg(p + 1).arg(pages.size())), qPrintable(text));
        QStringList expected;
        for (const PdfExport::Line& line : pages.at(p)) {
            if (line.event >= 0) {
                expected << sorted.at(line.event)->requestId;
                continue;
            }
            // A heading on a line of its own.
            const QString name = PdfExport::regionName(line.region);
            const bool continued = p > 0 && pages.at(p - 1).last().region == line.region;
            const QString heading = continued ? QStringLiteral("%1 (continued)").arg(name) : name;
            QVERIFY2(text.contains(QLatin1Char('\n') + heading + QLatin1Char('\n')),
                qPrintable(QStringLiteral("page %1: %2").arg(p + 1).arg(heading)));
        }
        QStringList found;
        for (const QRegularExpressionMatch& match : requestId.globalMatch(text)) {
            found << match.captured();
        }
        QCOMPARE(found, expected);
    }
    QVERIFY(read.at(middle).contains(
        QStringLiteral("%1 (continued)").arg(PdfExport::regionName(pages.at(middle).first().region))));
}

void TestOfficeReaders::statisticsReadBack()
{
    // Counts, a rate shown as "54,5 %" (0.545 with a percent format in the sheet) and an unknown figure.
    QStandardItemModel model;
    model.setHorizontalHeaderLabels(
        { QStringLiteral("Région"), QStringLiteral("Reçues"), QStringLiteral("Taux") });
    const auto figure = [](const QString& shown, const QVariant& value) {
        auto* item = new QStandardItem(shown);
        item->setData(value, Qt::UserRole);
        return item;
    };
    model.appendRow({ new QStandardItem(QStringLiteral("Bretagne")), figure(QStringLiteral("120"), 120),
        figure(QStringLiteral("54,5 %"), 54.5) });
    model.appendRow({ new QStandardItem(QStringLiteral("Mayotte")),
        figure(StatisticsReport::notKnown(), QString()), figure(QStringLiteral("100 %"), 100.0) });
    const QString xlsx = m_dir.filePath(QStringLiteral("statistics.xlsx"));
    QString error;
    QVERIFY2(
        StatisticsFiles::writeXlsx(xlsx, { { QStringLiteral("Régions"), &model } }, Qt::UserRole, &error),
        qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("statistics.csv"));
    const QString types = m_dir.filePath(QStringLiteral("statistics.types"));
    QString skip;
    runReader({ readerPath(QStringLiteral("sheet_to_csv.py")), xlsx, csv, types }, &skip, &error);
    if (!skip.isEmpty()) {
        QSKIP(qPrintable(skip));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QStringList> expected { { QStringLiteral("Région"), QStringLiteral("Reçues"),
                                            QStringLiteral("Taux") },
        { QStringLiteral("Bretagne"), QStringLiteral("120"), QStringLiteral("0,545") },
        { QStringLiteral("Mayotte"), StatisticsReport::notKnown(), QStringLiteral("1") } };
    QCOMPARE(csvRows(fileBytes(csv)), expected);
    const QList<QStringList> kinds { { QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("s") },
        { QStringLiteral("s"), QStringLiteral("n"), QStringLiteral("n") },
        { QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("n") } };
    QCOMPARE(csvRows(fileBytes(types)), kinds);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed.");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("statistics.pdf"));
    const StatisticsFiles::Report report { QStringLiteral("Semaine de l'industrie 2018"),
        QStringLiteral("Filtre : aucun"), { QStringLiteral("1 500 demandes reçues") },
        { { QStringLiteral("Région"), QStringLiteral("Reçues") },
            { QStringLiteral("Bretagne"), QStringLiteral("120") } } };
    const StatisticsFiles::Chart chart { QStringLiteral("bars"), QStringLiteral("Bars"),
        [](QPainter* painter, const QRectF& target) {
            painter->drawText(target, Qt::AlignCenter, QStringLiteral("Barres"));
        } };
    QVERIFY2(StatisticsFiles::writePdf(pdf, report, { chart }, &error), qPrintable(error));
    QProcess process;
    process.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList pages
        = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), StatisticsFiles::pdfPageCount(1));
    QVERIFY2(pages.at(0).contains(report.title) && pages.at(0).contains(report.headline.first()),
        qPrintable(pages.at(0)));
    QVERIFY2(QRegularExpression(QStringLiteral("Bretagne +120")).match(pages.at(0)).hasMatch(),
        qPrintable(pages.at(0)));
    QVERIFY2(pages.at(0).contains(StatisticsFiles::pdfFooter(report.title, 1, 2)), qPrintable(pages.at(0)));
    QVERIFY2(pages.at(1).contains(QStringLiteral("Barres"))
            && pages.at(1).contains(StatisticsFiles::pdfFooter(report.title, 2, 2)),
        qPrintable(pages.at(1)));
}

QTEST_MAIN(TestOfficeReaders)
#include "tst_officereaders.moc"
