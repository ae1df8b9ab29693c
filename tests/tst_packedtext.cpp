// PackedText: the numbers of the server's packed texts read as Qt's conversions read them, the
// server's own forms (decimals, doubles' bits in hexadecimal) and anything else alike.
#include "db/PackedText.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

class TestPackedText : public QObject {
    Q_OBJECT

private slots:
    void integersAreReadAsQtReadsThem_data();
    void integersAreReadAsQtReadsThem();
    void hexadecimalsAreReadAsQtReadsThem_data();
    void hexadecimalsAreReadAsQtReadsThem();
    void doublesComeBackBitForBit();
};

void TestPackedText::integersAreReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("an id") << QByteArray("73512") << qint64(73512);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("leading zeros") << QByteArray("007") << qint64(7);
    QTest::newRow("negative") << QByteArray("-42") << qint64(-42);
    QTest::newRow("18 digits") << QByteArray("999999999999999999") << qint64(999999999999999999);
    QTest::newRow("the largest") << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
    QTest::newRow("the smallest") << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::min();
    QTest::newRow("too large") << QByteArray("9223372036854775808") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("a sign alone") << QByteArray("-") << qint64(0);
    QTest::newRow("a plus sign") << QByteArray("+5") << qint64(5);
    QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12);
    QTest::newRow("a letter after") << QByteArray("12a") << qint64(0);
    QTest::newRow("a word") << QByteArray("true") << qint64(0);
    QTest::newRow("a decimal point") << QByteArray("1.5") << qint64(0);
}

void TestPackedText::integersAreReadAsQtReadsThem()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QCOMPARE(QByteArrayView(text).toLongLong(), expected); // the reference this row states
    QCOMPARE(PackedText::integer(text), expected);
}

void TestPackedText::hexadecimalsAreReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("a latitude's bits") << QByteArray("4048706d6b2e1a7a") << quint64(0x4048706d6b2e1a7aULL);
    QTest::newRow("capitals") << QByteArray("C00ABCDEF0123456") << quint64(0xC00ABCDEF0123456ULL);
    QTest::newRow("all bits") << QByteArray("ffffffffffffffff") << std::numeric_limits<quint64>::max();
    QTest::newRow("short") << QByteArray("1f") << quint64(0x1f);
    QTest::newRow("17 digits") << QByteArray("10000000000000000") << quint64(0);
    QTest::newRow("17 digits with a leading zero")
        << QByteArray("0ffffffffffffffff") << std::numeric_limits<quint64>::max();
    QTest::newRow("a prefix") << QByteArray("0x1f") << quint64(0x1f);
    QTest::newRow("empty") << QByteArray() << quint64(0);
    QTest::newRow("not a digit") << QByteArray("12g4") << quint64(0);
    QTest::newRow("a sign") << QByteArray("-1") << quint64(0);
}

void TestPackedText::hexadecimalsAreReadAsQtReadsThem()
{
    QFETCH(QByteArray, text);
    QFETCH(quint64, expected);
    QCOMPARE(QByteArrayView(text).toULongLong(nullptr, 16), expected);
    QCOMPARE(PackedText::hexadecimal(text), expected);
}

void TestPackedText::doublesComeBackBitForBit()
{
    // As the server writes them: encode(float8send(x), 'hex'), the bits in big-endian order.
    for (const double value : { 48.8566, -4.4861, 0.0, -0.0, 1e-300, std::numeric_limits<double>::max() }) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        const QByteArray text = QByteArray::number(bits, 16).rightJustified(16, '0');
        const quint64 read = PackedText::hexadecimal(text);
        double back = 0;
        std::memcpy(&back, &read, sizeof back);
        QCOMPARE(read, bits);
        QVERIFY(std::signbit(back) == std::signbit(value));
        QCOMPARE(back, value);
    }
}

QTEST_GUILESS_MAIN(TestPackedText)
#include "tst_packedtext.moc"
