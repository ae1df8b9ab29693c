#include "app/core/GeoReference.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool containsInsee(const QList<const Commune*>& communes, const QString& inseeCode)
{
    for (const Commune* commune : communes) {
        if (commune->inseeCode == inseeCode) {
            return true;
        }
    }
    return false;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString embeddedCommunes() { return QStringLiteral(":/geo/communes-centres-codes-postaux.csv"); }
QString embeddedDepartements()
{
    return QStringLiteral(":/geo/departements-avec-outre-mer-simplifie.geojson");
}
QString embeddedRegions() { return QStringLiteral(":/geo/regions-avec-outre-mer-simplifie.geojson"); }

} // namespace

class TestGeoReference : public QObject {
    Q_OBJECT

private slots:
    void counts();
    void regionNames_data();
    void regionNames();
    void departementRegions_data();
    void departementRegions();
    void unknownCodes();
    void communeByInseeCode();
    void communesForPostalCode_data();
    void communesForPostalCode();
    void postalCodeIsNotInseeCode();
    void communeIndexesForEveryPostalCode();
    void communeIndexesForOtherTexts_data();
    void communeIndexesForOtherTexts();
    void loadRejectsAPostalCodeOfOtherThanFiveDigits();
    void communesAgreeWithTheirDepartement();
    void isInFrance_data();
    void isInFrance();
    void distanceKm();
    void regionPopulations();
    void loadMissingFile_data();
    void loadMissingFile();
    void loadInvalidGeoJson();
    void loadWithoutErrorPointer();
    void loadFromPaths();
};

void TestGeoReference::counts()
{
    const GeoReference& geo = GeoReference::embedded();
    QCOMPARE(geo.regions().size(), 18);
    QCOMPARE(geo.departements().size(), 101);
    QCOMPARE(geo.communes().size(), 34920);

    int arrondissements = 0;
    for (const Commune& commune : geo.communes()) {
        if (commune.isArrondissement) {
            ++arrondissements;
        }
    }
    QCOMPARE(arrondissements, 45);
    // embedded() loads once and hands out the same reference.
    QCOMPARE(&GeoReference::embedded(), &geo);
}

void TestGeoReference::regionNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("84") << QStringLiteral("84") << QStringLiteral("Auvergne-Rhône-Alpes");
    QTest::newRow("11") << QStringLiteral("11") << QStringLiteral("Île-de-France");
    QTest::newRow("94") << QStringLiteral("94") << QStringLiteral("Corse");
    QTest::newRow("04") << QStringLiteral("04") << QStringLiteral("La Réunion");
    QTest::newRow("06") << QStringLiteral("06") << QStringLiteral("Mayotte");
}

void TestGeoReference::regionNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    const Region* region = GeoReference::embedded().region(code);
    QVERIFY(region);
    QCOMPARE(region->code, code);
    QCOMPARE(region->name, name);
}

void TestGeoReference::departementRegions_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");

    QTest::newRow("2A") << QStringLiteral("2A") << QStringLiteral("Corse-du-Sud") << QStringLiteral("94");
    QTest::newRow("2B") << QStringLiteral("2B") << QStringLiteral("Haute-Corse") << QStringLiteral("94");
    QTest::newRow("974") << QStringLiteral("974") << QStringLiteral("La Réunion") << QStringLiteral("04");
    QTest::newRow("976") << QStringLiteral("976") << QStringLiteral("Mayotte") << QStringLiteral("06");
    QTest::newRow("75") << QStringLiteral("75") << QStringLiteral("Paris") << QStringLiteral("11");
    QTest::newRow("01") << QStringLiteral("01") << QStringLiteral("Ain") << QStringLiteral("84");
}

void TestGeoReference::departementRegions()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, region);
    const Departement* departement = GeoReference::embedded().departement(code);
    QVERIFY(departement);
    QCOMPARE(departement->code, code);
    QCOMPARE(departement->name, name);
    QCOMPARE(departement->regionCode, region);
    QVERIFY(GeoReference::embedded().region(region));
}

void TestGeoReference::unknownCodes()
{
    const GeoReference& geo = GeoReference::embedded();
    QVERIFY(!geo.departement(QStringLiteral("20"))); // Corsica has been 2A and 2B since 1976
    QVERIFY(!geo.departement(QStringLiteral("975"))); // Saint-Pierre-et-Miquelon is in no région
    QVERIFY(!geo.departement(QString()));
    QVERIFY(!geo.region(QStringLiteral("05")));
    QVERIFY(!geo.region(QString()));
}

void TestGeoReference::communeByInseeCode()
{
    const GeoReference& geo = GeoReference::embedded();

    const Commune* saintDenis = geo.communeByInseeCode(QStringLiteral("97411"));
    QVERIFY(saintDenis);
    QCOMPARE(saintDenis->name, QStringLiteral("Saint-Denis"));
    QCOMPARE(saintDenis->departement, QStringLiteral("974"));
    QCOMPARE(saintDenis->region, QStringLiteral("04"));
    QVERIFY(saintDenis->postalCodes.contains(QStringLiteral("97400")));
    QVERIFY(!saintDenis->isArrondissement);

    const Commune* ajaccio = geo.communeByInseeCode(QStringLiteral("2A004"));
    QVERIFY(ajaccio);
    QCOMPARE(ajaccio->name, QStringLiteral("Ajaccio"));
    QCOMPARE(ajaccio->departement, QStringLiteral("2A"));
    QCOMPARE(ajaccio->region, QStringLiteral("94"));
    QVERIFY(qAbs(ajaccio->latitude - 41.93) < 0.1);
    QVERIFY(qAbs(ajaccio->longitude - 8.70) < 0.1);
    QVERIFY(ajaccio->population > 50000);

    const Commune* paris1 = geo.communeByInseeCode(QStringLiteral("75101"));
    QVERIFY(paris1);
    QVERIFY(paris1->isArrondissement);
    QCOMPARE(paris1->postalCodes, QStringList({ QStringLiteral("75001") }));

    QVERIFY(!geo.communeByInseeCode(QStringLiteral("99999")));
    QVERIFY(!geo.communeByInseeCode(QString()));
}

void TestGeoReference::communesForPostalCode_data()
{
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("20000 Ajaccio") << QStringLiteral("20000") << QStringList({ QStringLiteral("2A004") });
    QTest::newRow("97400 Saint-Denis de La Reunion")
        << QStringLiteral("97400") << QStringList({ QStringLiteral("97411") });
    QTest::newRow("75001 Paris 1er and Paris")
        << QStringLiteral("75001") << QStringList({ QStringLiteral("75101"), QStringLiteral("75056") });
    QTest::newRow("69003 Lyon 3e and Lyon")
        << QStringLiteral("69003") << QStringList({ QStringLiteral("69383"), QStringLiteral("69123") });
    QTest::newRow("01400 L'Abergement-Clemenciat")
        << QStringLiteral("01400") << QStringList({ QStringLiteral("01001") });
    QTest::newRow("99999 does not exist") << QStringLiteral("99999") << QStringList();
    QTest::newRow("00000 does not exist") << QStringLiteral("00000") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestGeoReference::communesForPostalCode()
{
    QFETCH(QString, postalCode);
    QFETCH(QStringList, mustContain);

    const QList<const Commune*> communes = GeoReference::embedded().communesForPostalCode(postalCode);
    QCOMPARE(communes.isEmpty(), mustContain.isEmpty());
    for (const QString& insee : mustContain) {
        QVERIFY2(containsInsee(communes, insee), qPrintable(insee));
    }
    for (const Commune* commune : communes) {
        QVERIFY2(commune->postalCodes.contains(postalCode), qPrintable(commune->inseeCode));
    }
}

void TestGeoReference::postalCodeIsNotInseeCode()
{
    // 97411 is Saint-Denis' INSEE code, but the postal code 97411 belongs to Saint-Paul (97415).
    const QList<const Commune*> communes
        = GeoReference::embedded().communesForPostalCode(QStringLiteral("97411"));
    QVERIFY(containsInsee(communes, QStringLiteral("97415")));
    QVERIFY(!containsInsee(communes, QStringLiteral("97411")));
}

void TestGeoReference::communeIndexesForEveryPostalCode()
{
    // For every postal code: the communes that list it, in the file's order, as the list gives them.
    const GeoReference& geo = GeoReference::embedded();
    QHash<QString, QList<int>> expected;
    for (int i = 0; i < geo.communes().size(); ++i) {
        for (const QString& code : geo.communes().at(i).postalCodes) {
            expected[code].append(i);
        }
    }
    QVERIFY(expected.size() > 6000);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QSpan<const int> indexes = geo.communeIndexesForPostalCode(it.key());
        QCOMPARE(QList<int>(indexes.begin(), indexes.end()), it.value());
        const QList<const Commune*> communes = geo.communesForPostalCode(it.key());
        QCOMPARE(communes.size(), it.value().size());
        for (int i = 0; i < communes.size(); ++i) {
            QCOMPARE(communes.at(i), &geo.communes().at(it.value().at(i)));
        }
    }
}

void TestGeoReference::communeIndexesForOtherTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("four digits") << QStringLiteral("7500");
    QTest::newRow("six digits") << QStringLiteral("750010");
    QTest::newRow("a space before") << QStringLiteral(" 7500");
    QTest::newRow("a space after") << QStringLiteral("7500 ");
    QTest::newRow("a letter") << QStringLiteral("7500A");
    QTest::newRow("a sign") << QStringLiteral("+7500");
    QTest::newRow("Corsica's département in an INSEE code") << QStringLiteral("2A004");
    QTest::newRow("full-width digits") << QStringLiteral("７５００１");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٧٥٠٠١");
}

void TestGeoReference::communeIndexesForOtherTexts()
{
    QFETCH(QString, text);
    QVERIFY(GeoReference::embedded().communeIndexesForPostalCode(text).isEmpty());
    QVERIFY(GeoReference::embedded().communesForPostalCode(text).isEmpty());
}

void TestGeoReference::loadRejectsAPostalCodeOfOtherThanFiveDigits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("communes.csv"));
    QVERIFY(writeFile(path,
        "code_insee,nom,type,code_commune_parent,codes_postaux,code_departement,code_region,"
        "latitude,longitude,population,source_centre\n"
        "01001,L'Abergement-Clémenciat,commune,,01400,01,84,46.15359,4.92582,860,ign2018\n"
        "01002,L'Abergement-de-Varey,commune,,01640 1640,01,84,46.00958,5.42799,270,ign2018\n"));

    GeoReference geo;
    QString error;
    QVERIFY(!geo.load(path, embeddedDepartements(), embeddedRegions(), &error));
    // The file and the faulty code of the second commune.
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("1640")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("01640")), qPrintable(error));
}

void TestGeoReference::communesAgreeWithTheirDepartement()
{
    const GeoReference& geo = GeoReference::embedded();
    QSet<QString> inseeCodes;
    for (const Commune& commune : geo.communes()) {
        const Departement* departement = geo.departement(commune.departement);
        QVERIFY2(departement, qPrintable(commune.inseeCode));
        QVERIFY2(departement->regionCode == commune.region, qPrintable(commune.inseeCode));
        QVERIFY2(geo.region(commune.region), qPrintable(commune.inseeCode));
        QVERIFY2(!commune.postalCodes.isEmpty(), qPrintable(commune.inseeCode));
        QVERIFY2(
            GeoReference::isInFrance(commune.latitude, commune.longitude), qPrintable(commune.inseeCode));
        QVERIFY2(!inseeCodes.contains(commune.inseeCode), qPrintable(commune.inseeCode));
        inseeCodes.insert(commune.inseeCode);
    }
}

void TestGeoReference::isInFrance_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("inFrance");

    QTest::newRow("Paris") << 48.8566 << 2.3522 << true;
    QTest::newRow("Ajaccio") << 41.9192 << 8.7386 << true;
    QTest::newRow("Brest") << 48.3904 << -4.4861 << true;
    QTest::newRow("Strasbourg") << 48.5734 << 7.7521 << true;
    QTest::newRow("Saint-Denis, La Reunion") << -20.8823 << 55.4504 << true;
    QTest::newRow("Cayenne") << 4.9224 << -52.3135 << true;
    QTest::newRow("Mamoudzou") << -12.7806 << 45.2278 << true;
    QTest::newRow("Fort-de-France") << 14.6161 << -61.0588 << true;
    QTest::newRow("Pointe-a-Pitre") << 16.2411 << -61.5331 << true;
    QTest::newRow("London") << 51.5074 << -0.1278 << false;
    QTest::newRow("Atlantic (45, -20)") << 45.0 << -20.0 << false;
    QTest::newRow("Madrid") << 40.4168 << -3.7038 << false;
    QTest::newRow("null island (0, 0)") << 0.0 << 0.0 << false;
    QTest::newRow("latitude and longitude swapped for Paris") << 2.3522 << 48.8566 << false;
    QTest::newRow("Mauritius, next to La Reunion") << -20.1609 << 57.5012 << false;
}

void TestGeoReference::isInFrance()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(bool, inFrance);
    QCOMPARE(GeoReference::isInFrance(latitude, longitude), inFrance);
}

void TestGeoReference::distanceKm()
{
    // Paris (Notre-Dame) to Lyon (Bellecour): about 392 km as the crow flies.
    const double parisLyon = GeoReference::distanceKm(48.8530, 2.3499, 45.7578, 4.8320);
    QVERIFY2(qAbs(parisLyon - 392.0) <= 10.0, qPrintable(QString::number(parisLyon)));
    QCOMPARE(GeoReference::distanceKm(45.7578, 4.8320, 48.8530, 2.3499), parisLyon);
    QCOMPARE(GeoReference::distanceKm(48.8530, 2.3499, 48.8530, 2.3499), 0.0);

    // One degree of latitude is about 111 km anywhere.
    const double oneDegree = GeoReference::distanceKm(45.0, 3.0, 46.0, 3.0);
    QVERIFY2(qAbs(oneDegree - 111.2) < 0.5, qPrintable(QString::number(oneDegree)));

    // Paris to Saint-Denis de La Reunion: about 9,350 km.
    const double parisReunion = GeoReference::distanceKm(48.8566, 2.3522, -20.8823, 55.4504);
    QVERIFY2(qAbs(parisReunion - 9350.0) < 100.0, qPrintable(QString::number(parisReunion)));

    // With the embedded centres as well.
    const GeoReference& geo = GeoReference::embedded();
    const Commune* paris = geo.communeByInseeCode(QStringLiteral("75056"));
    const Commune* lyon = geo.communeByInseeCode(QStringLiteral("69123"));
    QVERIFY(paris && lyon);
    const double centres
        = GeoReference::distanceKm(paris->latitude, paris->longitude, lyon->latitude, lyon->longitude);
    QVERIFY2(qAbs(centres - 392.0) <= 10.0, qPrintable(QString::number(centres)));
}

void TestGeoReference::regionPopulations()
{
    const GeoReference& geo = GeoReference::embedded();
    qint64 total = 0;
    for (const Region& region : geo.regions()) {
        QVERIFY2(region.population > 0, qPrintable(region.code));
        total += region.population;
    }
    // The "commune" rows of the CSV add up to 68,350,798 (see resources/geo/SOURCES.md); the
    // arrondissements must not be counted a second time.
    QCOMPARE(total, qint64(68350798));

    const Region* ileDeFrance = geo.region(QStringLiteral("11"));
    QVERIFY(ileDeFrance);
    QVERIFY2(ileDeFrance->population > 12000000 && ileDeFrance->population < 13000000,
        qPrintable(QString::number(ileDeFrance->population)));
    const Region* mayotte = geo.region(QStringLiteral("06"));
    QVERIFY(mayotte);
    QVERIFY2(mayotte->population > 200000 && mayotte->population < 350000,
        qPrintable(QString::number(mayotte->population)));
}

void TestGeoReference::loadMissingFile_data()
{
    QTest::addColumn<int>("missing"); // 0 communes, 1 départements, 2 régions

    QTest::newRow("communes CSV missing") << 0;
    QTest::newRow("departements GeoJSON missing") << 1;
    QTest::newRow("regions GeoJSON missing") << 2;
}

void TestGeoReference::loadMissingFile()
{
    QFETCH(int, missing);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missingPath = dir.filePath(QStringLiteral("absent/nothing-here.data"));
    const QString communes = missing == 0 ? missingPath : embeddedCommunes();
    const QString departements = missing == 1 ? missingPath : embeddedDepartements();
    const QString regions = missing == 2 ? missingPath : embeddedRegions();

    GeoReference geo;
    QString error;
    QVERIFY(!geo.load(communes, departements, regions, &error));
    QVERIFY2(error.contains(missingPath), qPrintable(error));
}

void TestGeoReference::loadInvalidGeoJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("regions.geojson"));
    QVERIFY(writeFile(broken, "{ \"type\": \"FeatureCollection\", \"features\": ["));

    GeoReference geo;
    QString error;
    QVERIFY(!geo.load(embeddedCommunes(), embeddedDepartements(), broken, &error));
    QVERIFY2(error.contains(broken), qPrintable(error));
}

void TestGeoReference::loadWithoutErrorPointer()
{
    GeoReference geo;
    QVERIFY(!geo.load(QStringLiteral("/nonexistent/communes.csv"),
        QStringLiteral("/nonexistent/departements.geojson"), QStringLiteral("/nonexistent/regions.geojson"),
        nullptr));
}

void TestGeoReference::loadFromPaths()
{
    GeoReference geo;
    QString error;
    QVERIFY2(
        geo.load(embeddedCommunes(), embeddedDepartements(), embeddedRegions(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(geo.regions().size(), GeoReference::embedded().regions().size());
    QCOMPARE(geo.departements().size(), GeoReference::embedded().departements().size());
    QCOMPARE(geo.communes().size(), GeoReference::embedded().communes().size());
    const Commune* ajaccio = geo.communeByInseeCode(QStringLiteral("2A004"));
    QVERIFY(ajaccio);
    QCOMPARE(ajaccio->name, QStringLiteral("Ajaccio"));
}

QTEST_GUILESS_MAIN(TestGeoReference)
#include "tst_georeference.moc"
