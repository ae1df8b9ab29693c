// The statistics dashboard in the real main window: its figures are the store's for the shared
// filter, the région table sorts with the total last and drills down to départements, a
// double-click filters the queue on a région, previous-edition figures come from CSV with "n/c"
// where unknown, French formatting, and every export writes a file of its kind.
#include "DemoStore.h"
#include "app/core/GeoReference.h"
#include "app/core/PreviousFiguresCsv.h"
#include "app/core/StatisticsReport.h"
#include "app/export/StatisticsFiles.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/StatisticsRepository.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/stats/PreviousFiguresDialog.h"
#include "ui/stats/RegionStatsModel.h"
#include "ui/stats/StatisticsView.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

namespace {

int rowOf(const QAbstractItemModel* model, const QString& code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RegionStatsModel::CodeRole).toString() == code) {
            return row;
        }
    }
    return -1;
}

int rowOf84(const QTableWidget* table)
{
    return int(table->findItems(QStringLiteral("R84"), Qt::MatchExactly).value(0)->row());
}

} // namespace

class TestStatisticsView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableIsTheStoresFigures();
    void sortKeepsTheTotalLast();
    void activatingARegionFiltersTheQueue();
    void headlineIgnoresTheQueuesTab();
    void aFailedReadIsShown();
    void chartLabelsAreWhole();
    void previousFiguresFromCsv_data();
    void previousFiguresFromCsv();
    void previousFiguresDialog();
    void frenchNumbers();
    void exportsWriteFiles();

private:
    StatisticsView* shownStatistics(MainWindow& window) const;

    std::unique_ptr<DemoStore> m_store;
};

void TestStatisticsView::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(1500, 11), QString());
}

void TestStatisticsView::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_store.reset();
}

StatisticsView* TestStatisticsView::shownStatistics(MainWindow& window) const
{
    window.show();
    window.showPlace(MainWindow::StatisticsPlace);
    if (!QTest::qWaitForWindowExposed(&window)) {
        return nullptr;
    }
    return window.findChild<StatisticsView*>(QStringLiteral("statisticsView"));
}

void TestStatisticsView::tableIsTheStoresFigures()
{
    MainWindow window(m_store->database);
    StatisticsView* view = shownStatistics(window);
    QVERIFY(view && view->isVisible());
    QAbstractItemModelTester tester(
        view->regionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester departements(
        view->departementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A plain count of the store's requests, region by region.
    const Statistics expected
        = Statistics::compute(EventRepository(m_store->database).all(2018).value(), GeoReference::embedded());
    const RegionStatsModel* model = view->regionModel();
    QCOMPARE(model->rowCount(), 19);
    for (int row = 0; row < 18; ++row) {
        const TerritoryFigures& region = expected.regions.at(row);
        QCOMPARE(model->index(row, RegionStatsModel::Territory).data().toString(), region.name);
        QCOMPARE(model->index(row, RegionStatsModel::Received).data(RegionStatsModel::SortRole).toInt(),
            region.received);
        QCOMPARE(model->index(row, RegionStatsModel::Labelled).data(RegionStatsModel::SortRole).toInt(),
            region.labelled);
        QCOMPARE(model->index(row, RegionStatsModel::Refused).data(RegionStatsModel::SortRole).toInt(),
            region.refused);
        QCOMPARE(model->index(row, RegionStatsModel::Pending).data(RegionStatsModel::SortRole).toInt(),
            region.pending);
        QCOMPARE(model->index(row, RegionStatsModel::ExpectedParticipants)
                     .data(RegionStatsModel::SortRole)
                     .toLongLong(),
            region.expectedParticipants);
    }
    QCOMPARE(model->index(18, RegionStatsModel::Received).data(RegionStatsModel::SortRole).toInt(), 1500);
    // The demonstration's decisions are dated: the campaign's pace counts every one.
    int decisions = 0;
    for (int count : view->statistics().decisionsPerDay) {
        decisions += count;
    }
    QCOMPARE(decisions, expected.national.labelled + expected.national.refused);
    QVERIFY(view->statistics().decisionsPerDay.size() > 10);
    QCOMPARE(model->index(18, RegionStatsModel::ShareOfLabelled).data(RegionStatsModel::SortRole).toDouble(),
        100.0);
    QCOMPARE(
        model->index(18, RegionStatsModel::PreviousLabelled).data().toString(), QLocale().toString(2400));
    // No région figures of 2017 are known: "n/c", never 0.
    QCOMPARE(model->index(0, RegionStatsModel::PreviousLabelled).data().toString(), QStringLiteral("n/c"));
    QCOMPARE(model->index(0, RegionStatsModel::VersusPrevious).data().toString(), QStringLiteral("n/c"));

    // Choosing a région shows its départements; they add up to it.
    auto* table = view->findChild<QTableView*>(QStringLiteral("regionTable"));
    const int bretagne = rowOf(table->model(), QStringLiteral("53"));
    QVERIFY(bretagne >= 0);
    table->setCurrentIndex(table->model()->index(bretagne, 0));
    const RegionStatsModel* drill = view->departementModel();
    QCOMPARE(drill->rowCount(), 4);
    int sum = 0;
    for (int row = 0; row < drill->rowCount(); ++row) {
        sum += drill->index(row, RegionStatsModel::Received).data(RegionStatsModel::SortRole).toInt();
    }
    QCOMPARE(sum, expected.region(QStringLiteral("53"))->received);
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("departementTitle"))
            ->text()
            .contains(QStringLiteral("Bretagne")));

    // Eight charts, the first with the labelled events of 2018 per région.
    QCOMPARE(view->charts().size(), 8);
    for (const QChart* chart : view->charts()) {
        QVERIFY(!chart->series().isEmpty());
    }
}

void TestStatisticsView::sortKeepsTheTotalLast()
{
    MainWindow window(m_store->database);
    StatisticsView* view = shownStatistics(window);
    auto* table = view->findChild<QTableView*>(QStringLiteral("regionTable"));
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        table->sortByColumn(RegionStatsModel::Labelled, order);
        const QAbstractItemModel* shown = table->model();
        QVERIFY(shown->index(18, 0).data(RegionStatsModel::TotalRole).toBool());
        for (int row = 1; row < 18; ++row) {
            const int before
                = shown->index(row - 1, RegionStatsModel::Labelled).data(RegionStatsModel::SortRole).toInt();
            const int after
                = shown->index(row, RegionStatsModel::Labelled).data(RegionStatsModel::SortRole).toInt();
            QVERIFY(order == Qt::AscendingOrder ? before <= after : before >= after);
        }
    }
}

void TestStatisticsView::activatingARegionFiltersTheQueue()
{
    MainWindow window(m_store->database);
    StatisticsView* view = shownStatistics(window);
    auto* table = view->findChild<QTableView*>(QStringLiteral("regionTable"));
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    const int occitanieRow = rowOf(table->model(), QStringLiteral("76"));
    const QModelIndex occitanie = table->model()->index(occitanieRow, RegionStatsModel::Labelled);
    QVERIFY(occitanie.isValid());
    const int inRegion
        = occitanie.siblingAtColumn(RegionStatsModel::Received).data(RegionStatsModel::SortRole).toInt();
    // Double-click activates a row, as Enter does: the keyboard's way is tested.
    table->setFocus();
    table->setCurrentIndex(occitanie);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(places->currentWidget()->objectName(), QStringLiteral("queueView"));
    QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("filterRegion"))->currentData().toString(),
        QStringLiteral("76"));
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("queueTable"))->model()->rowCount(), inRegion);

    // Back on the statistics, everything follows the filter and says so.
    window.showPlace(MainWindow::StatisticsPlace);
    QCOMPARE(view->statistics().national.received, inRegion);
    const QString scope = view->findChild<QLabel*>(QStringLiteral("statisticsScope"))->text();
    QVERIFY2(scope.contains(QStringLiteral("Occitanie")), qPrintable(scope));
    const RegionStatsModel* model = view->regionModel();
    QCOMPARE(model->index(rowOf(model, QStringLiteral("76")), RegionStatsModel::Received)
                 .data(RegionStatsModel::SortRole)
                 .toInt(),
        inRegion);
    QCOMPARE(model->index(rowOf(model, QStringLiteral("53")), RegionStatsModel::Received)
                 .data(RegionStatsModel::SortRole)
                 .toInt(),
        0);
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("departementTitle"))
            ->text()
            .contains(QStringLiteral("Occitanie")));

    // One click back to the whole edition, for the queue too.
    auto* whole = view->findChild<QPushButton*>(QStringLiteral("statisticsWholeEdition"));
    QVERIFY(whole->isVisible());
    QTest::mouseClick(whole, Qt::LeftButton);
    QCOMPARE(view->statistics().national.received, 1500);
    QVERIFY(window.findChild<SharedFilter*>()->filter().region.isEmpty());
    QVERIFY(!whole->isVisible());
}

// The queue's tabs choose statuses for the queue; the dashboard keeps counting the whole edition
// unless the reviewer asks it to follow them.
void TestStatisticsView::headlineIgnoresTheQueuesTab()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    StatisticsView* view = shownStatistics(window);
    auto* headline = view->findChild<QLabel*>(QStringLiteral("statisticsHeadline"));
    auto* tabs = window.findChild<QTabBar*>(QStringLiteral("statusTabs"));
    QVERIFY(headline && tabs && tabs->count() > 2);
    const QString before = headline->text();
    const int received = view->statistics().national.received;
    QCOMPARE(received, 1500);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCOMPARE(headline->text(), before);
        QCOMPARE(view->statistics().national.received, received);
    }
    // Following the tab is a choice, said on the scope line; the whole edition is one click away.
    tabs->setCurrentIndex(0);
    QVERIFY(!window.findChild<SharedFilter*>()->filter().statuses.isEmpty());
    auto* follow = view->findChild<QCheckBox*>(QStringLiteral("statisticsFollowTab"));
    follow->click();
    QVERIFY(view->statistics().national.received < received);
    QVERIFY(headline->text() != before);
    const EventStatus tabStatus = window.findChild<SharedFilter*>()->filter().statuses.first();
    const QString scope = view->findChild<QLabel*>(QStringLiteral("statisticsScope"))->text();
    QVERIFY2(scope.contains(EventStatuses::displayName(tabStatus)), qPrintable(scope));
    QTest::mouseClick(
        view->findChild<QPushButton*>(QStringLiteral("statisticsWholeEdition")), Qt::LeftButton);
    QVERIFY(!follow->isChecked());
    QCOMPARE(headline->text(), before);
}

// Figures the store cannot give are not shown as zeros: the headline says the store's words.
void TestStatisticsView::aFailedReadIsShown()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    StatisticsView* view = shownStatistics(window);
    QVERIFY(view);
    auto* headline = view->findChild<QLabel*>(QStringLiteral("statisticsHeadline"));
    QVERIFY(headline && !headline->text().contains(QStringLiteral("event_queue")));
    QSqlQuery query(m_store->database.connection());
    QVERIFY2(query.exec(QStringLiteral("ALTER TABLE event_queue RENAME TO event_queue_gone")),
        qPrintable(query.lastError().text()));
    view->findChild<QCheckBox*>(QStringLiteral("statisticsFollowTab"))->click();
    QVERIFY2(headline->text().contains(QStringLiteral("no such table: event_queue")),
        qPrintable(headline->text()));
}

// Every chart, shown alone at 1366×768, writes each of its categories whole: no label, title or
// legend elided.
void TestStatisticsView::chartLabelsAreWhole()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    StatisticsView* view = shownStatistics(window);
    QVERIFY(view);
    view->findChild<QTabWidget*>(QStringLiteral("statisticsTabs"))->setCurrentIndex(1);
    auto* list = view->findChild<QListWidget*>(QStringLiteral("chartList"));
    QCOMPARE(list->count(), view->charts().size());
    auto* shown = view->findChild<QChartView*>(QStringLiteral("chartView"));
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->chart(), view->charts().at(row));
        QCOMPARE(list->item(row)->text(), shown->chart()->title());
        QStringList categories;
        for (QAbstractAxis* axis : shown->chart()->axes()) {
            if (auto* names = qobject_cast<QBarCategoryAxis*>(axis)) {
                categories << names->categories();
            }
        }
        const auto texts = [shown] {
            QStringList found;
            for (QGraphicsItem* item : shown->scene()->items()) {
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
                    found << text->toPlainText();
                }
            }
            return found;
        };
        const auto missing = [&] {
            QStringList wanted;
            const QStringList found = texts();
            for (const QString& category : std::as_const(categories)) {
                if (!found.contains(category)) {
                    wanted << category;
                }
            }
            for (const QString& text : found) {
                if (text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026))) {
                    wanted << text;
                }
            }
            return wanted.join(QStringLiteral(" | "));
        };
        QTRY_VERIFY2(!texts().isEmpty() && missing().isEmpty(),
            qPrintable(shown->chart()->objectName() + QStringLiteral(": ") + missing()));
    }
}

void TestStatisticsView::previousFiguresFromCsv_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("header, commas, empty participants")
        << QStringLiteral("territory,events,participants\nR53,120,15000\n29,31,\n") << QString();
    QTest::newRow("semicolons, spaces in figures, BOM")
        << QStringLiteral("\uFEFFR53;120;15 000\r\n29;31;\r\n") << QString();
    QTest::newRow("unknown code")
        << QStringLiteral("R53,120,15000\nR99,1,2\n")
        << QStringLiteral("Line 2: “R99” is neither a département code nor R and a région code.");
    QTest::newRow("not a number") << QStringLiteral("R53,many,15000\n")
                                  << QStringLiteral("Line 1: “many” is not a whole number.");
}

void TestStatisticsView::previousFiguresFromCsv()
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    QHash<QString, PreviousFigures> figures;
    QString message;
    const bool ok = PreviousFiguresCsv::parse(csv, GeoReference::embedded(), &figures, &message);
    QCOMPARE(message, error);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        return;
    }
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.value(QStringLiteral("R53")).events, 120);
    QCOMPARE(figures.value(QStringLiteral("R53")).participants, 15000);
    QVERIFY(!figures.value(QStringLiteral("29")).participants);
    QVERIFY(StatisticsRepository(m_store->database).setPreviousFigures(2018, figures).ok());

    MainWindow window(m_store->database);
    StatisticsView* view = shownStatistics(window);
    const RegionStatsModel* model = view->regionModel();
    const int row = rowOf(model, QStringLiteral("53"));
    const QModelIndex bretagne = model->index(row, RegionStatsModel::PreviousLabelled);
    QCOMPARE(bretagne.data().toString(), QStringLiteral("120"));
    const int labelled
        = model->index(row, RegionStatsModel::Labelled).data(RegionStatsModel::SortRole).toInt();
    QCOMPARE(model->index(row, RegionStatsModel::VersusPrevious).data().toString(),
        QStringLiteral("%1 % (%2)")
            .arg(qRound(100.0 * labelled / 120))
            .arg(labelled - 120 < 0 ? QStringLiteral("\u2212%1").arg(120 - labelled)
                                    : QStringLiteral("+%1").arg(labelled - 120)));
    QCOMPARE(model->index(row, RegionStatsModel::PreviousParticipants).data().toString(),
        QLocale().toString(15000));
    view->showDepartementsOf(QStringLiteral("53"));
    QCOMPARE(view->departementModel()->index(0, RegionStatsModel::Territory).data().toString(),
        QStringLiteral("22 Côtes-d'Armor"));
    QCOMPARE(view->departementModel()->index(1, RegionStatsModel::PreviousLabelled).data().toString(),
        QStringLiteral("31"));
    QCOMPARE(view->departementModel()->index(1, RegionStatsModel::PreviousParticipants).data().toString(),
        QStringLiteral("n/c"));
}

void TestStatisticsView::previousFiguresDialog()
{
    PreviousFiguresDialog dialog(2017,
        { { QStringLiteral("R84"), { 300, std::nullopt } }, { QStringLiteral("84"), { 9, 90 } } },
        GeoReference::embedded());
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("previousFiguresTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 18 + 101);
    QCOMPARE(table->item(rowOf84(table), 2)->text(), QStringLiteral("300"));
    QCOMPARE(table->item(rowOf84(table), 3)->text(), QString());
    // An import replaces what the table shows; a typed figure is kept on OK; an empty cell is unknown.
    QString error;
    // Auvergne-Rhône-Alpes and Vaucluse share the code 84: each keeps its own figures.
    const int vaucluse = int(table->findItems(QStringLiteral("84"), Qt::MatchExactly).value(0)->row());
    QCOMPARE(table->item(vaucluse, 2)->text(), QStringLiteral("9"));
    QVERIFY2(dialog.importCsv(QStringLiteral("R53;120;15000\n"), &error), qPrintable(error));
    QCOMPARE(table->item(rowOf84(table), 2)->text(), QString());
    table->item(18, 3)->setText(QStringLiteral("4 200")); // the first département, Ain
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QHash<QString, PreviousFigures> figures = dialog.figures();
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.value(QStringLiteral("R53")).events, 120);
    QCOMPARE(figures.value(table->item(18, 0)->text()).participants, 4200);
    QVERIFY(!figures.value(table->item(18, 0)->text()).events);
    QVERIFY(!dialog.importCsv(QStringLiteral("R53;lots;1\n"), &error));
    QCOMPARE(error, QStringLiteral("Line 1: “lots” is not a whole number."));
}

void TestStatisticsView::frenchNumbers()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Statistics statistics = Statistics::empty(GeoReference::embedded());
    statistics.national.labelled = 2180;
    statistics.national.refused = 245;
    statistics.national.expectedParticipants = 312345;
    Edition edition;
    edition.year = 2018;
    edition.previousEvents = 2400;
    edition.previousParticipants = 300000;
    const StatisticsReport report(statistics, edition, {});
    // Untranslated here (no catalogue loaded): the numbers alone are French.
    QCOMPARE(report.compared(2180, 2400), QStringLiteral("2\u202F180, 91 % of 2017, \u2212220"));
    QCOMPARE(report.compared(312345, 300000), QStringLiteral("312\u202F345, 104 % of 2017, +12\u202F345"));
    QCOMPARE(report.compared(5, std::nullopt), QStringLiteral("5 (2017: n/c)"));
    QCOMPARE(report.percent(100.0 * 2180 / 2425), QStringLiteral("89,9 %"));
    QCOMPARE(report.regionTable().last().at(RegionStatsModel::AcceptanceRate), QStringLiteral("89,9 %"));
}

void TestStatisticsView::exportsWriteFiles()
{
    MainWindow window(m_store->database);
    StatisticsView* view = shownStatistics(window);
    QString error;
    const QString pdf = m_store->dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(view->exportPdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    const qsizetype pages
        = pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page\r") + pdfBytes.count("/Type /Page ");
    QCOMPARE(pages, 3);
    // Each page's foot names the report and the page, counted as the writer lays the charts out.
    QCOMPARE(StatisticsFiles::pdfPageCount(view->charts().size()), int(pages));
    const QString foot = StatisticsFiles::pdfFooter(QStringLiteral("Semaine de l'industrie 2018"), 2, 3);
    QVERIFY2(foot.contains(QStringLiteral("Semaine de l'industrie 2018"))
            && foot.contains(QStringLiteral("2")) && foot.contains(QStringLiteral("3")),
        qPrintable(foot));

    const QString csv = m_store->dir.filePath(QStringLiteral("table.csv"));
    QVERIFY2(view->exportCsv(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csvBytes);
    QVERIFY(text.contains(QStringLiteral("\r\nBretagne;")));
    // Figures as numbers, as the requests' CSV writes them: never grouped, percentages plain in a (%) column.
    QVERIFY2(
        !text.contains(QChar(0x202F)) && !text.contains(QChar(0xA0)) && !text.contains(QStringLiteral(" %;")),
        qPrintable(text));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QVERIFY(lines.first()
            .split(QLatin1Char(';'))
            .at(RegionStatsModel::AcceptanceRate)
            .endsWith(QStringLiteral(" (%)")));
    const auto total = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString& l) { return l.startsWith(QStringLiteral("France (total);")); });
    QVERIFY(total != lines.cend());
    QVERIFY2(total->startsWith(QStringLiteral("France (total);1500;")), qPrintable(*total));
    QString rate = total->split(QLatin1Char(';')).at(RegionStatsModel::AcceptanceRate);
    rate.remove(QLatin1Char('"'));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+(,\\d)?$")).match(rate).hasMatch(), qPrintable(rate));

    const QString xlsx = m_store->dir.filePath(QStringLiteral("table.xlsx"));
    QVERIFY2(view->exportXlsx(xlsx, &error), qPrintable(error));
    QFile xlsxFile(xlsx);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QVERIFY(xlsxFile.read(2) == "PK");
    xlsxFile.seek(0);
    // The same rate as a number with a percent format: 54,5 % is 0.545.
    QuaZip zip(&xlsxFile);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    const auto read = [&](const QString& name) {
        QuaZipFile file(&zip);
        return zip.setCurrentFile(name) && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                                          : QString();
    };
    const QString sheet = read(QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString rateColumn = QString(QChar(u'A' + RegionStatsModel::AcceptanceRate));
    const QRegularExpression cell(QStringLiteral("<c r=\"%1%2\" s=\"(\\d+)\"><v>([^<]+)</v>")
            .arg(rateColumn)
            .arg(lines.indexOf(*total) + 1));
    const QRegularExpressionMatch match = cell.match(sheet);
    QVERIFY2(match.hasMatch(), qPrintable(sheet));
    QVERIFY(qAbs(match.captured(2).toDouble()
                - QString(rate).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() / 100)
        < 0.0006);
    QVERIFY(read(QStringLiteral("xl/styles.xml")).contains(QStringLiteral("formatCode=\"0.0%\"")));
    zip.close();

    // Read as an office suite reads it (Debian's openpyxl, under this French locale): the total
    // row's figures are numbers, equal to the table's.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 (with python3-openpyxl) reads the workbook");
    QProcess reader;
    reader.start(python,
        { QStringLiteral("-c"),
            QStringLiteral("import sys, openpyxl\n"
                           "sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                           "for cell in sheet[int(sys.argv[2])]:\n"
                           "    print(type(cell.value).__name__, repr(cell.value))\n"),
            xlsx, QString::number(lines.indexOf(*total) + 1) });
    QVERIFY(reader.waitForFinished(60000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QStringList cells
        = QString::fromUtf8(reader.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const RegionStatsModel* regions = view->regionModel();
    QCOMPARE(cells.size(), regions->columnCount());
    for (int column = 1; column < cells.size(); ++column) {
        const QVariant figure = regions->index(18, column).data(RegionStatsModel::SortRole);
        const QString type = cells.at(column).section(QLatin1Char(' '), 0, 0);
        // Unknown figures ("n/c") stay text, as in the window.
        if (figure.isValid() && figure.canConvert<double>()
            && regions->index(18, column).data().toString() != QLatin1String("n/c")) {
            QVERIFY2(
                type == QLatin1String("int") || type == QLatin1String("float"), qPrintable(cells.at(column)));
        }
    }
    QCOMPARE(cells.at(RegionStatsModel::Received),
        QStringLiteral("int %1").arg(
            regions->index(18, RegionStatsModel::Received).data(RegionStatsModel::SortRole).toInt()));

    QVERIFY2(view->exportCharts(m_store->dir.path(), &error), qPrintable(error));
    for (const QString& name : { QStringLiteral("labelled-by-region"), QStringLiteral("campaign-pace"),
             QStringLiteral("labelled-per-day") }) {
        const QImage png(m_store->dir.filePath(name + QStringLiteral(".png")));
        QVERIFY2(!png.isNull(), qPrintable(name));
        QFile svg(m_store->dir.filePath(name + QStringLiteral(".svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }
}

QTEST_MAIN(TestStatisticsView)
#include "tst_statisticsview.moc"
