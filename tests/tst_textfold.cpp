// TextFold: the folding the queue's search and its sort keys use, written in place for the
// characters that fold to one, the long way from the first that does not.
#include "app/core/TextFold.h"

#include <QTest>

class TestTextFold : public QObject {
    Q_OBJECT

private slots:
    void folded_data();
    void folded();
};

void TestTextFold::folded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ASCII") << QStringLiteral("Journée Portes OUVERTES")
                           << QStringLiteral("journee portes ouvertes");
    QTest::newRow("accents and capitals")
        << QStringLiteral("Île-de-France, Élancourt") << QStringLiteral("ile-de-france, elancourt");
    QTest::newRow("a letter without decomposition") << QStringLiteral("Œuvre") << QStringLiteral("œuvre");
    QTest::newRow("sharp s kept") << QStringLiteral("Straße") << QStringLiteral("straße");
    QTest::newRow("accent typed apart, in the middle")
        << QStringLiteral("Caf\u00E9 E\u0301COLE") << QStringLiteral("cafe ecole");
    QTest::newRow("accent typed apart, at the start")
        << QStringLiteral("\u0301Elancourt") << QStringLiteral("elancourt");
    QTest::newRow("another script after Latin")
        << QStringLiteral("Tōkyō 東京 Usine") << QStringLiteral("tokyo 東京 usine");
    QTest::newRow("another script first") << QStringLiteral("東京 Paris") << QStringLiteral("東京 paris");
    QTest::newRow("outside the basic plane") << QStringLiteral("Usine 🏭 A") << QStringLiteral("usine 🏭 a");
}

void TestTextFold::folded()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextFold::folded(text), expected);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
