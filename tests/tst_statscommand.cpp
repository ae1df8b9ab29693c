// `semaine-admin stats` run as a user or a script runs it: the JSON's figures against a plain loop
// over the store's requests (Statistics::compute), one région, the aligned French table, and the
// exit status of bad usage (2) and other errors (1).
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/RequestStore.h"
#include "db/StatisticsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestStatsCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonEqualsAPlainCount();
    void oneRegion();
    void frenchTable();
    void exitStatus_data();
    void exitStatus();

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList& arguments) const;
    QString m_path;
    QTemporaryDir m_dir;
    Statistics m_expected;
};

void TestStatsCommand::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
    Database database;
    QVERIFY2(database.open(m_path), qPrintable(database.errorString()));
    const Edition edition = *EditionRepository(database).find(2018);
    QList<Event> events = DemoGenerator(edition, GeoReference::embedded(), 4).generate(1300);
    EventRepository repository(database);
    QVERIFY(RequestStore(database).insertAll(events, QStringLiteral("test")).ok());
    const WriteResult saved = StatisticsRepository(database).setPreviousFigures(2018,
        { { PreviousFigures::regionKey(QStringLiteral("53")), { 101, 12000 } },
            { QStringLiteral("28"), { 7, 700 } } });
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    m_expected = Statistics::compute(repository.all(2018).value(), GeoReference::embedded());
}

TestStatsCommand::Run TestStatsCommand::run(const QStringList& arguments) const
{
    QProcess process;
    process.start(QStringLiteral(SEMAINE_ADMIN_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

static void compareFigures(const QJsonObject& json, const TerritoryFigures& f)
{
    QCOMPARE(json.value(QStringLiteral("received")).toInt(), f.received);
    QCOMPARE(json.value(QStringLiteral("labelled")).toInt(), f.labelled);
    QCOMPARE(json.value(QStringLiteral("refused")).toInt(), f.refused);
    QCOMPARE(json.value(QStringLiteral("pending")).toInt(), f.pending);
    QCOMPARE(json.value(QStringLiteral("info_requested")).toInt(), f.informationRequested);
    QCOMPARE(json.value(QStringLiteral("withdrawn")).toInt(), f.withdrawn);
    QCOMPARE(json.value(QStringLiteral("expected_participants")).toInteger(), f.expectedParticipants);
}

void TestStatsCommand::jsonEqualsAPlainCount()
{
    const Run result
        = run({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), m_path });
    QVERIFY2(result.status == 0, result.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("edition")).toInt(), 2018);
    const QJsonObject national = root.value(QStringLiteral("national")).toObject();
    compareFigures(national, m_expected.national);
    QVERIFY(m_expected.national.withdrawn > 0);
    const QJsonObject previous = national.value(QStringLiteral("previous_edition")).toObject();
    QCOMPARE(previous.value(QStringLiteral("events")).toInt(), 2400);
    QCOMPARE(previous.value(QStringLiteral("participants")).toInt(), 300000);
    const QJsonObject regions = root.value(QStringLiteral("regions")).toObject();
    QCOMPARE(regions.size(), 18);
    for (const TerritoryFigures& region : m_expected.regions) {
        compareFigures(regions.value(region.code).toObject(), region);
    }
    // Known for Bretagne only (and for the département 28, not the région 28): the others' previous
    // figures are null, never 0.
    const QJsonObject bretagne
        = regions.value(QStringLiteral("53")).toObject().value(QStringLiteral("previous_edition")).toObject();
    QCOMPARE(bretagne.value(QStringLiteral("events")).toInt(), 101);
    const QJsonObject normandie
        = regions.value(QStringLiteral("28")).toObject().value(QStringLiteral("previous_edition")).toObject();
    QVERIFY(normandie.value(QStringLiteral("events")).isNull());
    QVERIFY(normandie.value(QStringLiteral("participants")).isNull());
}

void TestStatsCommand::oneRegion()
{
    const Run result = run(
        { QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--region"), QStringLiteral("04"),
            QStringLiteral("--edition"), QStringLiteral("2018"), QStringLiteral("--db"), m_path });
    QVERIFY2(result.status == 0, result.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    const QJsonObject regions = root.value(QStringLiteral("regions")).toObject();
    QCOMPARE(regions.keys(), QStringList { QStringLiteral("04") });
    const TerritoryFigures* reunion = m_expected.region(QStringLiteral("04"));
    QVERIFY(reunion && reunion->received > 0);
    compareFigures(regions.value(QStringLiteral("04")).toObject(), *reunion);
    compareFigures(root.value(QStringLiteral("national")).toObject(), *reunion);
}

void TestStatsCommand::frenchTable()
{
    const Run result = run({ QStringLiteral("stats"), QStringLiteral("--lang"), QStringLiteral("fr"),
        QStringLiteral("--db"), m_path });
    QVERIFY2(result.status == 0, result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    const QLocale french(QLocale::French, QLocale::France);
    // 1 300 with a narrow no-break space; the table's lines all have the same width.
    QVERIFY2(text.contains(QStringLiteral("1\u202F300")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("France (total)")));
    QVERIFY(text.contains(QStringLiteral("% de 2017")));
    QVERIFY(text.contains(QStringLiteral("n/c")));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("Territoire .*")));
    QVERIFY(header > 0);
    for (qsizetype i = header; i < header + 20; ++i) {
        QCOMPARE(lines.at(i).size(), lines.at(header).size());
    }
    QVERIFY(lines.at(header + 19).startsWith(QStringLiteral("France (total)")));
    QVERIFY(lines.at(header + 19).contains(french.toString(m_expected.national.labelled)));
}

void TestStatsCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << 2;
    QTest::newRow("unknown région") << QStringList { QStringLiteral("--region"), QStringLiteral("99") } << 2;
    QTest::newRow("edition not a year")
        << QStringList { QStringLiteral("--edition"), QStringLiteral("last") } << 2;
    QTest::newRow("extra argument") << QStringList { QStringLiteral("everything") } << 2;
    QTest::newRow("no such edition") << QStringList { QStringLiteral("--edition"), QStringLiteral("2016") }
                                     << 1;
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0;
}

void TestStatsCommand::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    const Run result
        = run(QStringList { QStringLiteral("stats"), QStringLiteral("--db"), m_path } + arguments);
    QCOMPARE(result.status, status);
    QCOMPARE(result.err.isEmpty(), status == 0);
    const Run missing = run(
        { QStringLiteral("stats"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")) });
    QCOMPARE(missing.status, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
}

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
