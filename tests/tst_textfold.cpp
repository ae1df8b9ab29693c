// TextFold: the folding the queue's search and its sort keys use, written in place for the
// characters that fold to one, the long way from the first that does not.
#include "app/core/TextFold.h"

#include <QTest>

class TestTextFold : public QObject {
    Q_OBJECT

private slots:
    void folded_data();
    void folded();
    void tablesFoldAsTheLongWay();
    void appendFolded();
};

namespace {

// The folding by its definition: decomposed, accents dropped, case folded.
QString foldedByDefinition(const QString& text)
{
    QString result;
    for (const QChar ch : text.normalized(QString::NormalizationForm_D)) {
        if (ch.category() != QChar::Mark_NonSpacing) {
            result.append(ch.toCaseFolded());
        }
    }
    return result;
}

} // namespace

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
    QTest::newRow("typographic apostrophe, dash and ellipsis")
        << QStringLiteral("L’Usine — Journée… PORTES") << QStringLiteral("l’usine — journee… portes");
    QTest::newRow("an accent typed apart after a dash")
        << QStringLiteral("Forge \u2014E\u0301tain") << QStringLiteral("forge \u2014etain");
    QTest::newRow("outside the basic plane") << QStringLiteral("Usine 🏭 A") << QStringLiteral("usine 🏭 a");
}

void TestTextFold::folded()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextFold::folded(text), expected);
}

void TestTextFold::tablesFoldAsTheLongWay()
{
    // Every character of the basic plane but the surrogates, among others and before an accent
    // typed apart, folds as the definition says: those the tables fold and those they leave.
    for (int code = 1; code < 0x10000; ++code) {
        if (QChar::isSurrogate(char32_t(code))) {
            continue;
        }
        const QString ch { QChar(char16_t(code)) };
        for (const QString& text : { ch, QStringLiteral("Élan ") + ch + QStringLiteral("Œ"),
                 QStringLiteral("a") + ch + QStringLiteral("E\u0301") }) {
            QCOMPARE(TextFold::folded(text), foldedByDefinition(text));
        }
    }
}

void TestTextFold::appendFolded()
{
    // Appended after what the string holds, whichever way each piece folds.
    QString text = QStringLiteral("déjà ");
    TextFold::appendFolded(QStringLiteral("Île—"), text);
    TextFold::appendFolded(QStringLiteral("E\u0301COLE 東京"), text);
    TextFold::appendFolded(QStringView(), text);
    TextFold::appendFolded(QStringLiteral("75001"), text);
    QCOMPARE(text, QStringLiteral("déjà ile—ecole 東京75001"));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
