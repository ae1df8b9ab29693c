// EncodedRows: values worked out on one thread (texts in UTF-8, times as the store writes them)
// and bound on another arrive in the store as they were given, on both engines.
#include "db/Database.h"
#include "db/EncodedRows.h"
#include "db/SqlValue.h"
#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
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
    void everyDayIsWrittenAsQDateWritesIt();
    void textsAreEncodedAsQt_data();
    void textsAreEncodedAsQt();
    void repeatedValuesStayBound();

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
    QTest::newRow("instant as summer time begins")
        << QDateTime(QDate(2018, 3, 25), QTime(3, 0), paris) << true;
    QTest::newRow("instant as summer time ends, the second 2:30")
        << QDateTime(QDate(2018, 10, 28), QTime(1, 30), QTimeZone::UTC).toTimeZone(paris) << true;
    QTest::newRow("instant half a second before 1970")
        << QDateTime::fromMSecsSinceEpoch(-500, QTimeZone::UTC) << true;
    QTest::newRow("instant before 1970 in Paris")
        << QDateTime(QDate(1969, 12, 31), QTime(0, 30, 1, 250), paris) << true;
    QTest::newRow("instant on the epoch") << QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC) << true;
    QTest::newRow("instant a leap day, in local time")
        << QDateTime(QDate(2024, 3, 1), QTime(0, 59, 59, 999), paris) << true;
    QTest::newRow("wall clock, leap day of a century")
        << QDateTime(QDate(2000, 2, 29), QTime(12, 0), QTimeZone::UTC) << false;
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

// The days are worked out from their Julian day rather than by QDate: the same text, every day
// from year 1 to 9999, and QDate's own numbering before year 1 (it has no year 0).
void TestEncodedRows::everyDayIsWrittenAsQDateWritesIt()
{
    char buffer[32];
    const qint64 last = QDate(9999, 12, 31).toJulianDay();
    for (qint64 day = QDate(1, 1, 1).toJulianDay(); day <= last; ++day) {
        const int written = storedDay(day, buffer);
        const QDate date = QDate::fromJulianDay(day);
        int year = 0;
        int month = 0;
        int dayOfMonth = 0;
        date.getDate(&year, &month, &dayOfMonth);
        // Compared by its parts: QDate::toString() for each of 3.6 million days takes long.
        const auto part = [&](int from, int size) { return QByteArrayView(buffer + from, size).toInt(); };
        if (written != 10 || part(0, 4) != year || buffer[4] != '-' || part(5, 2) != month || buffer[7] != '-'
            || part(8, 2) != dayOfMonth) {
            QCOMPARE(QByteArray(buffer, written), date.toString(Qt::ISODate).toLatin1());
        }
    }
    QCOMPARE(QByteArray(buffer, storedDay(QDate(1, 1, 1).toJulianDay(), buffer)), "0001-01-01"_ba);
    QCOMPARE(QByteArray(buffer, storedDay(QDate(-1, 12, 31), buffer)), "-001-12-31"_ba);
    QCOMPARE(QByteArray(buffer, storedDay(QDate(-44, 3, 15), buffer)), "-044-03-15"_ba);
    QCOMPARE(QByteArray(buffer, storedDay(QDate(10000, 1, 1), buffer)), "10000-01-01"_ba);
}

void TestEncodedRows::textsAreEncodedAsQt_data()
{
    QTest::addColumn<QString>("text");
    const QString ascii = u"Visite de l'usine (portes ouvertes) n. 12 - 8h30, accueil par l'equipe"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("ASCII") << ascii;
    QTest::newRow("the last ASCII unit") << QString(QChar(0x7f));
    QTest::newRow("the first unit past ASCII") << QString(QChar(0x80));
    QTest::newRow("accented, long") << ascii + u" à Besançon, cœur de l'industrie horlogère"_s;
    QTest::newRow("ASCII then one accent at the very end") << ascii + ascii + u"é"_s;
    QTest::newRow("two and three bytes' bounds") << u"\u07ff\u0800\uffff"_s;
    QTest::newRow("Greek") << u"Ημέρα ανοιχτών θυρών"_s;
    QTest::newRow("Japanese") << u"工場見学の日"_s;
    QTest::newRow("a pair of surrogates") << u"Filature 🏭"_s;
    QTest::newRow("half a pair at the end") << u"abc"_s + QChar(0xd83c);
    QTest::newRow("a low surrogate alone") << QChar(0xdfed) + u"abc"_s;
    QTest::newRow("a byte-order mark") << u"\ufeffabc"_s;
}

// Texts, ASCII or not, are stored as Qt's UTF-8 encoder writes them, broken UTF-16 too (U+FFFD for
// half a surrogate pair); a text is encoded on its own, whatever came before it.
void TestEncodedRows::textsAreEncodedAsQt()
{
    QFETCH(QString, text);
    const auto utf8 = [](const QString& given) {
        return QByteArray(
            QStringEncoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless).encode(given));
    };
    EncodedRows rows;
    rows.startRow();
    rows.appendText(QStringView(text));
    rows.appendText(QStringView(u"après"));
    rows.appendText(QStringView(text));
    QCOMPARE(rows.text(0, 0).toByteArray(), utf8(text));
    QCOMPARE(rows.text(0, 1).toByteArray(), "apr\xc3\xa8s"_ba);
    QCOMPARE(rows.text(0, 2).toByteArray(), utf8(text));
}

// Each row bound right after the one before, to the same statement: the values it repeats are
// left bound (SQLite), the others, however close, are bound again.
void TestEncodedRows::repeatedValuesStayBound()
{
    QSqlQuery query(m_database->connection());
    QVERIFY2(query.exec(
                 u"CREATE TEMP TABLE repeated (row_number INTEGER, a BIGINT, b TEXT, c DOUBLE PRECISION)"_s),
        qPrintable(query.lastError().text()));
    struct Row {
        std::optional<qint64> a;
        std::optional<QString> b;
        std::optional<double> c;
    };
    const QList<Row> given {
        { 1, u"abc"_s, 0.25 },
        { 1, u"abc"_s, 0.5 },
        { 2, u"abd"_s, 0.5 },
        { std::nullopt, u"abd"_s, std::nullopt },
        { 0, u""_s, std::nullopt },
        { 0, u""_s, 1.5 },
        { std::nullopt, std::nullopt, 1.5 },
        { std::nullopt, u""_s, 2.5 },
    };
    EncodedRows rows;
    for (qsizetype row = 0; row < given.size(); ++row) {
        rows.startRow();
        rows.appendInteger(row);
        rows.appendOptionalInteger(given.at(row).a);
        given.at(row).b ? rows.appendText(QStringView(*given.at(row).b)) : rows.appendNull();
        rows.appendOptionalReal(given.at(row).c);
    }
    Statement insert(m_database->connection(), u"INSERT INTO repeated VALUES (?, ?, ?, ?)"_s);
    QVERIFY2(insert.isValid(), qPrintable(insert.errorString()));
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        rows.bind(insert, row, 1, row - 1);
        QVERIFY2(insert.step(), qPrintable(insert.errorString()));
    }
    QVERIFY(query.exec(u"SELECT a, b, c FROM repeated ORDER BY row_number"_s));
    for (const Row& expected : given) {
        QVERIFY(query.next());
        QCOMPARE(SqlValue::optional<qint64>(query.value(0)), expected.a);
        QCOMPARE(SqlValue::optional<QString>(query.value(1)), expected.b);
        QCOMPARE(SqlValue::optional<double>(query.value(2)), expected.c);
    }
    QVERIFY(!query.next());
}

QTEST_GUILESS_MAIN(TestEncodedRows)
#include "tst_encodedrows.moc"
