// EncodedRows: values worked out on one thread (texts in UTF-8, times as the store writes them)
// and bound on another arrive in the store as they were given, on both engines.
#include "db/Database.h"
#include "db/EncodedRows.h"
#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

#include "TestStore.h"
#include <QTest>

using namespace Qt::StringLiterals;

class TestEncodedRows : public QObject {
    Q_OBJECT

private slots:
    void init();
    void valuesArriveAsGiven();
    void timesAreWrittenAsIso8601_data();
    void timesAreWrittenAsIso8601();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestEncodedRows::init()
{
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(TestStore::create(m_dir)), qPrintable(m_database->errorString()));
}

// Enough rows that the texts' buffer grows many times while they are encoded: the bound texts are
// read where they ended, not where they were first written.
void TestEncodedRows::valuesArriveAsGiven()
{
    QSqlQuery query(m_database->connection());
    QVERIFY2(query.exec(u"CREATE TEMP TABLE encoded (row_number INTEGER, number BIGINT, real_number DOUBLE "
                        "PRECISION, label TEXT, empty_text TEXT, absent TEXT, starts TEXT, submitted TEXT, "
                        "no_time TEXT, maybe INTEGER, bytes TEXT)"_s),
        qPrintable(query.lastError().text()));
    constexpr int rowCount = 3000;
    const auto label = [](int row) { return u"Journée portes ouvertes – Filature 🏭 n° %1"_s.arg(row); };
    const QDateTime starts(QDate(2018, 3, 26), QTime(9, 30));
    const QDateTime submitted(
        QDate(2018, 3, 1), QTime(23, 15, 7), QTimeZone(QByteArrayLiteral("Europe/Paris")));
    EncodedRows rows;
    // Made on another thread, as a bulk write's batches are.
    std::thread maker([&] {
        for (int row = 0; row < rowCount; ++row) {
            rows.startRow();
            rows.appendInteger(row);
            rows.appendInteger(qint64(1) << 40 | row);
            rows.appendReal(row + 0.25);
            rows.appendText(QStringView(label(row)));
            rows.appendText(QStringView(QString()));
            rows.appendNull();
            rows.appendTime(starts, false);
            rows.appendTime(submitted, true);
            rows.appendTime(QDateTime(), true);
            rows.appendOptionalInteger(row % 2 == 0 ? std::optional<qint64>(row) : std::nullopt);
            rows.appendText(QByteArrayView("déjà"));
        }
    });
    maker.join();
    QCOMPARE(rows.rowCount(), rowCount);
    Statement insert(
        m_database->connection(), u"INSERT INTO encoded VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QVERIFY2(insert.isValid(), qPrintable(insert.errorString()));
    // Backwards, so that each row's values come from its own place in the buffer.
    for (qsizetype row = rowCount - 1; row >= 0; --row) {
        rows.bind(insert, row);
        QVERIFY2(insert.step(), qPrintable(insert.errorString()));
    }
    QVERIFY(
        query.exec(u"SELECT row_number, number, real_number, label, empty_text, absent, starts, submitted, "
                   "no_time, maybe, bytes FROM encoded ORDER BY row_number"_s));
    int row = 0;
    for (; query.next(); ++row) {
        QCOMPARE(query.value(0).toInt(), row);
        QCOMPARE(query.value(1).toLongLong(), qint64(1) << 40 | row);
        QCOMPARE(query.value(2).toDouble(), row + 0.25);
        QCOMPARE(query.value(3).toString(), label(row));
        QVERIFY(!query.isNull(4));
        QCOMPARE(query.value(4).toString(), QString());
        QVERIFY(query.isNull(5));
        QCOMPARE(query.value(6).toString(), u"2018-03-26T09:30:00"_s);
        QCOMPARE(query.value(7).toString(), u"2018-03-01T22:15:07Z"_s);
        QVERIFY(query.isNull(8));
        QCOMPARE(query.isNull(9), row % 2 != 0);
        if (row % 2 == 0) {
            QCOMPARE(query.value(9).toInt(), row);
        }
        QCOMPARE(query.value(10).toString(), u"déjà"_s);
    }
    QCOMPARE(row, rowCount);
}

void TestEncodedRows::timesAreWrittenAsIso8601_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<bool>("instant");
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    QTest::newRow("wall clock") << QDateTime(QDate(2018, 3, 26), QTime(9, 30), QTimeZone::UTC) << false;
    QTest::newRow("wall clock, last second of the year")
        << QDateTime(QDate(2018, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC) << false;
    QTest::newRow("wall clock, midnight")
        << QDateTime(QDate(2018, 4, 1), QTime(0, 0), QTimeZone::UTC) << false;
    QTest::newRow("instant in summer time") << QDateTime(QDate(2018, 7, 14), QTime(1, 2, 3), paris) << true;
    QTest::newRow("instant the day before in UTC")
        << QDateTime(QDate(2018, 3, 1), QTime(0, 15, 7), paris) << true;
    QTest::newRow("instant overseas")
        << QDateTime(QDate(2018, 4, 3), QTime(22, 0), QTimeZone(QByteArrayLiteral("Indian/Reunion"))) << true;
    QTest::newRow("year of three digits")
        << QDateTime(QDate(987, 6, 5), QTime(4, 3, 2), QTimeZone::UTC) << false;
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0, 1), QTimeZone::UTC) << true;
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 58), QTimeZone::UTC) << true;
}

// As Qt writes ISO 8601, to the second: instants in UTC with their "Z", wall-clock times without.
void TestEncodedRows::timesAreWrittenAsIso8601()
{
    QFETCH(QDateTime, value);
    QFETCH(bool, instant);
    QString expected = (instant ? value.toUTC() : value).toString(Qt::ISODate);
    if (!instant) {
        expected.chop(1); // the "Z" of the floating time's UTC spec
    }
    char buffer[32];
    QCOMPARE(QString::fromLatin1(buffer, storedTime(value, instant, buffer)), expected);
    const QDate day = (instant ? value.toUTC() : value).date();
    QCOMPARE(QString::fromLatin1(buffer, storedDay(day, buffer)), day.toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestEncodedRows)
#include "tst_encodedrows.moc"
