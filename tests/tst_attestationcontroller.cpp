// The window's attestations of a selection, written without the file dialogs: one request to a
// PDF, several to a folder or a ZIP file, the requests that are not labelled skipped and named.

#include "TestData.h"

#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/LabelNumberRepository.h"
#include "db/RequestStore.h"
#include "ui/letters/AttestationController.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(AttestationController::Target)

class TestAttestationController : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writes_data();
    void writes();
    void nothingLabelledWritesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QList<qint64> m_ids; // a labelled request with its number, then one in review
};

void TestAttestationController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("store.sqlite"))),
        qPrintable(m_database->errorString()));
    EventRepository events(*m_database);
    Event labelled = passingEvent();
    QVERIFY(RequestStore(*m_database).insert(labelled, QStringLiteral("alice")).ok());
    QVERIFY(Decisions(*m_database)
            .changeStatus(labelled.id, labelled.version, EventStatus::Labelled, {}, QStringLiteral("alice"))
            .ok());
    QVERIFY(m_database->beginWrite());
    QCOMPARE(LabelNumberRepository(*m_database).assign(labelled.id, 2018).value(),
        QStringLiteral("SI2018-L-00001"));
    QVERIFY(m_database->connection().commit());
    Event inReview = passingEvent();
    inReview.requestId = QStringLiteral("SI2018-TEST02");
    inReview.status = EventStatus::InReview;
    QVERIFY(RequestStore(*m_database).insert(inReview, QStringLiteral("alice")).ok());
    m_ids = { labelled.id, inReview.id };
}

void TestAttestationController::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestAttestationController::writes_data()
{
    QTest::addColumn<AttestationController::Target>("target");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file"); // what must exist afterwards, under the temporary folder
    QTest::newRow("one request to a file")
        << AttestationController::Target::File << QStringLiteral("mine.pdf") << QStringLiteral("mine.pdf");
    QTest::newRow("a selection to a folder") << AttestationController::Target::Folder << QStringLiteral("lot")
                                             << QStringLiteral("lot/attestation-SI2018-L-00001.pdf");
    QTest::newRow("a selection to a ZIP file")
        << AttestationController::Target::Zip << QStringLiteral("lot.zip") << QStringLiteral("lot.zip");
}

void TestAttestationController::writes()
{
    QFETCH(AttestationController::Target, target);
    QFETCH(QString, name);
    QFETCH(QString, file);
    QWidget parent;
    const AttestationController controller(*m_database, &parent);
    bool written = false;
    const QString summary = controller.write(m_ids, target, m_dir->filePath(name), &written);
    QVERIFY(written);
    QVERIFY2(summary.startsWith(QStringLiteral("1 attestation(s) written to ")), qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral("\nThe request SI2018-TEST02 is not labelled")), qPrintable(summary));
    QFile output(m_dir->filePath(file));
    QVERIFY(output.open(QIODevice::ReadOnly));
    QCOMPARE(output.read(4),
        target == AttestationController::Target::Zip ? QByteArray("PK\x03\x04") : QByteArray("%PDF"));
}

void TestAttestationController::nothingLabelledWritesNothing()
{
    QWidget parent;
    const AttestationController controller(*m_database, &parent);
    bool written = true;
    const QString zip = m_dir->filePath(QStringLiteral("none.zip"));
    const QString summary
        = controller.write({ m_ids.last() }, AttestationController::Target::Zip, zip, &written);
    QVERIFY(!written);
    QVERIFY(!QFile::exists(zip));
    QVERIFY2(summary.contains(QStringLiteral("SI2018-TEST02")), qPrintable(summary));
}

QTEST_MAIN(TestAttestationController)
#include "tst_attestationcontroller.moc"
