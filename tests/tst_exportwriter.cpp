// Exports parsed back: CSV as the import reads it (the round trip), GeoJSON as JSON with
// longitude first and no contact details.

#include "TestData.h"

#include "app/core/ExportWriter.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestExportWriter : public QObject {
    Q_OBJECT

private slots:
    void csvOpensInFrenchSpreadsheetsAndReadsBack();
    void geoJsonForThePublicMap();

private:
    QByteArray write(ExportWriter::Format format, const QList<Event>& events, int* skipped);
};

QByteArray TestExportWriter::write(ExportWriter::Format format, const QList<Event>& events, int* skipped)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!ExportWriter::write(format, events, &buffer, skipped)) {
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
    const QList<Event> events { passingEvent(), formula };
    int skipped = -1;
    const QByteArray csv = write(ExportWriter::Format::Csv, events, &skipped);
    QCOMPARE(skipped, 0);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "id_demande;date_demande;titre;"));
    const QString text = QString::fromUtf8(csv);
    QVERIFY(text.contains(QStringLiteral(";28/03/2018 10:00;28/03/2018 12:00;")));
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")));
    QVERIFY(text.contains(QStringLiteral(";'@SUM(1+1);")));
    QVERIFY(text.contains(QStringLiteral(";-1,55;")));
    QVERIFY(text.contains(QStringLiteral(";12,5;")));
    const ParsedImport parsed = ImportParser(2018, GeoReference::embedded()).parse(csv);
    QCOMPARE(parsed.events.size(), 2);
    for (int i = 0; i < 2; ++i) {
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
    const QByteArray json = write(ExportWriter::Format::GeoJson, { passingEvent(), online, reunion }, &skipped);
    QCOMPARE(skipped, 1);
    QJsonParseError error;
    const QJsonObject collection = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 2);
    const QJsonObject feature = features.at(1).toObject();
    QCOMPARE(feature.value(QStringLiteral("type")).toString(), QStringLiteral("Feature"));
    const QJsonArray coordinates = feature.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
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
    QVERIFY(features.at(0).toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("tarif")).isNull());
    for (const QString& key : properties.keys()) {
        QVERIFY2(!key.startsWith(QStringLiteral("contact")) && key != QStringLiteral("siret"), qPrintable(key));
    }
    QVERIFY(!json.contains("secret@example.org"));
    QVERIFY(!json.contains(passingEvent().siret.toUtf8()));
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
