// The label attestation read back by independent readers: pdftotext for its text, and the page
// rendered by pdftoppm then decoded by zbarimg for its QR code (poppler-utils, zbar-tools).

#include "TestData.h"

#include "app/export/AttestationFiles.h"
#include "app/export/AttestationPdf.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The program's standard output; fails the test when it does not run or exits with an error.
QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

Event labelledEvent()
{
    Event event = passingEvent();
    event.title = QStringLiteral("Journée portes ouvertes de l'aciérie « Île-de-France »");
    event.organiserName = QStringLiteral("Société d'Études Électriques");
    event.status = EventStatus::Labelled;
    return event;
}

} // namespace

class TestAttestationPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readersFindTheTextAndTheQrCode_data();
    void readersFindTheTextAndTheQrCode();
    void aLabelNumberIsNeeded();
    void fileName();
    void oneFilePerRequestInAFolderOrAZip();
    void aRequestWithoutNumberStopsTheBatch();
    void speed();

private:
    QTemporaryDir m_dir;
};

void TestAttestationPdf::initTestCase()
{
    for (const char* tool : { "pdftotext", "pdftoppm", "zbarimg" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
        }
    }
}

void TestAttestationPdf::readersFindTheTextAndTheQrCode_data()
{
    QTest::addColumn<QString>("labelNumber");
    QTest::addColumn<QString>("departement");
    QTest::addColumn<QString>("week");
    QTest::newRow("mainland") << QStringLiteral("SI2018-L-00123") << QStringLiteral("75")
                              << QStringLiteral("from 26 mars 2018 to 1er avril 2018");
    QTest::newRow("La Réunion's own week") << QStringLiteral("SI2018-L-03000") << QStringLiteral("974")
                                           << QStringLiteral("from 3 avril 2018 to 8 avril 2018");
}

void TestAttestationPdf::readersFindTheTextAndTheQrCode()
{
    QFETCH(QString, labelNumber);
    QFETCH(QString, departement);
    QFETCH(QString, week);
    Event event = labelledEvent();
    event.departement = departement;
    const QByteArray pdf = AttestationPdf::write(event, edition2018(), labelNumber, QDate(2018, 3, 20));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = m_dir.filePath(labelNumber + QStringLiteral(".pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();

    // One A4 page.
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), { path }));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));

    // The text, in reading order, with its accents; words are joined whatever the layout's line breaks.
    const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                               { QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                   QStringLiteral("UTF-8"), path, QStringLiteral("-") }))
                             .simplified();
    QVERIFY2(text.contains(QStringLiteral("Label attestation")), qPrintable(text));
    QVERIFY2(text.contains(event.title), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Société d'Études Électriques")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 rue de Rivoli, 75001 Paris")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("le mercredi 28 mars 2018 de 10 h à 12 h")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Label number %1").arg(labelNumber)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Date of the decision 20 mars 2018")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Semaine de l'industrie 2018, %1").arg(week)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("For the organising committee of the Semaine de l'industrie")),
        qPrintable(text));

    // The QR code, read from the printed page as a phone would.
    const QString image = m_dir.filePath(labelNumber);
    run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
            path, image });
    QVERIFY(QFile::exists(image + QStringLiteral(".png")));
    const QByteArray decoded = run(QStringLiteral("zbarimg"),
        { QStringLiteral("--quiet"), QStringLiteral("--raw"), image + QStringLiteral(".png") });
    QCOMPARE(QString::fromUtf8(decoded).trimmed(), labelNumber);
}

void TestAttestationPdf::aLabelNumberIsNeeded()
{
    QVERIFY(AttestationPdf::write(labelledEvent(), edition2018(), QString(), QDate(2018, 3, 20)).isEmpty());
}

void TestAttestationPdf::fileName()
{
    QCOMPARE(AttestationPdf::fileName(QStringLiteral("SI2018-L-00123")),
        QStringLiteral("attestation-SI2018-L-00123.pdf"));
}

namespace {

QList<LabelledRequest> twoRequests()
{
    Event second = labelledEvent();
    second.requestId = QStringLiteral("SI2018-TEST02");
    second.title = QStringLiteral("Forum des métiers de l'énergie");
    return { { labelledEvent(), edition2018(), QStringLiteral("SI2018-L-00001"), QDate(2018, 3, 20) },
        { second, edition2018(), QStringLiteral("SI2018-L-00002"), QDate(2018, 3, 21) } };
}

} // namespace

void TestAttestationPdf::oneFilePerRequestInAFolderOrAZip()
{
    QString error;
    QStringList written;
    const QString folder = m_dir.filePath(QStringLiteral("lot/attestations"));
    QVERIFY2(AttestationFiles::writeFolder(twoRequests(), folder, &written, &error), qPrintable(error));
    QCOMPARE(written,
        QStringList({ folder + QStringLiteral("/attestation-SI2018-L-00001.pdf"),
            folder + QStringLiteral("/attestation-SI2018-L-00002.pdf") }));
    const QString text
        = QString::fromUtf8(run(QStringLiteral("pdftotext"), { written.at(1), QStringLiteral("-") }));
    QVERIFY2(text.contains(QStringLiteral("Forum des métiers de l'énergie")), qPrintable(text));

    // The ZIP read by Python's zipfile: its entries' names, and each one a PDF with its number.
    const QString zip = m_dir.filePath(QStringLiteral("attestations.zip"));
    QVERIFY2(AttestationFiles::writeZip(twoRequests(), zip, &error), qPrintable(error));
    const QByteArray listing = run(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "assert z.testzip() is None\n"
                           "for n in z.namelist():\n"
                           "    d = z.read(n)\n"
                           "    print(n, d[:5].decode(), len(d) > 1000)\n"),
            zip });
    QCOMPARE(listing,
        QByteArray("attestation-SI2018-L-00001.pdf %PDF- True\nattestation-SI2018-L-00002.pdf %PDF- True\n"));
}

void TestAttestationPdf::aRequestWithoutNumberStopsTheBatch()
{
    QList<LabelledRequest> requests = twoRequests();
    requests[1].labelNumber.clear();
    QString error;
    QStringList written;
    QVERIFY(!AttestationFiles::writeFolder(
        requests, m_dir.filePath(QStringLiteral("partial")), &written, &error));
    QVERIFY2(error.contains(QStringLiteral("SI2018-TEST02")), qPrintable(error));
    QCOMPARE(written.size(), 1);
    error.clear();
    const QString zip = m_dir.filePath(QStringLiteral("partial.zip"));
    QVERIFY(!AttestationFiles::writeZip(requests, zip, &error));
    QVERIFY2(error.contains(QStringLiteral("SI2018-TEST02")), qPrintable(error));
    // Nothing half-written is left under the ZIP's name.
    QVERIFY(!QFile::exists(zip));
}

// What one attestation costs (the target is 30 ms); a figure to read, never asserted.
void TestAttestationPdf::speed()
{
    const Event event = labelledEvent();
    const Edition edition = edition2018();
    QBENCHMARK
    {
        QVERIFY(!AttestationPdf::write(event, edition, QStringLiteral("SI2018-L-00123"), QDate(2018, 3, 20))
                .isEmpty());
    }
}

QTEST_MAIN(TestAttestationPdf)
#include "tst_attestationpdf.moc"
