// Passwords where no keyring answers (no D-Bus session: offscreen, CI, a bare desktop): each is
// kept in this session's memory, found again without asking, read by other threads, and never
// written to QSettings or any other file of the settings' folder.
#include "app/secrets/PasswordStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QThread>

class TestPasswordStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void accountsCarryNoPassword_data();
    void accountsCarryNoPassword();
    void withoutKeyringKeptForTheSessionOnly();

private:
    void verifySettingsDoNotHold(const QString& password);
};

void TestPasswordStore::initTestCase()
{
    // The session bus is where the keyrings (Secret Service, KWallet) listen: none here.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/semaine-admin-tests-bus");
    // QtKeychain's plain-text fallback would write to this application's QSettings.
    QCoreApplication::setOrganizationName(QStringLiteral("semaine-admin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_passwordstore"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("mail/user"), QStringLiteral("label"));
}

void TestPasswordStore::accountsCarryNoPassword_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");
    QTest::newRow("store with a password in its URL")
        << PasswordStore::storeAccount(QStringLiteral("postgresql://alice:s3cret@db.example.fr:5432/semaine"))
        << QStringLiteral("store:postgresql://alice@db.example.fr:5432/semaine");
    QTest::newRow("store without") << PasswordStore::storeAccount(
        QStringLiteral("postgresql://alice@db.example.fr/semaine"))
                                   << QStringLiteral("store:postgresql://alice@db.example.fr/semaine");
    QTest::newRow("mail server") << PasswordStore::smtpAccount(
        QStringLiteral("label"), QStringLiteral("smtps://mail.example.fr:465"))
                                 << QStringLiteral("smtp:label@smtps://mail.example.fr:465");
}

void TestPasswordStore::accountsCarryNoPassword()
{
    QFETCH(QString, account);
    QFETCH(QString, expected);
    QCOMPARE(account, expected);
}

void TestPasswordStore::withoutKeyringKeptForTheSessionOnly()
{
    const QString smtp
        = PasswordStore::smtpAccount(QStringLiteral("label"), QStringLiteral("smtp://127.0.0.1:2525"));
    const QString store
        = PasswordStore::storeAccount(QStringLiteral("postgresql://alice@db.example.fr/semaine"));
    const QString password = QStringLiteral("s3cret-é-%1").arg(QCoreApplication::applicationPid());
    // Nothing yet: the caller asks the user.
    QVERIFY(PasswordStore::find(smtp).isEmpty());
    // No keyring: kept in memory only, and said so.
    QVERIFY(!PasswordStore::keep(smtp, password));
    QVERIFY(!PasswordStore::keep(store, password + QStringLiteral("-pg")));
    // Found again for the rest of the session, so not asked twice; each account its own.
    QCOMPARE(PasswordStore::find(smtp), password);
    QCOMPARE(PasswordStore::find(store), password + QStringLiteral("-pg"));
    // A worker's connection to the store reads it from its own thread.
    QString fromWorker;
    std::unique_ptr<QThread> worker(QThread::create([&] { fromWorker = PasswordStore::remembered(store); }));
    worker->start();
    QVERIFY(worker->wait());
    QCOMPARE(fromWorker, password + QStringLiteral("-pg"));
    verifySettingsDoNotHold(password);

    // A refused password is forgotten: the next attempt asks again.
    PasswordStore::forget(smtp);
    QVERIFY(PasswordStore::find(smtp).isEmpty());
    QCOMPARE(PasswordStore::find(store), password + QStringLiteral("-pg"));
}

void TestPasswordStore::verifySettingsDoNotHold(const QString& password)
{
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    for (const QString& key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    }
    // Nor any file beside them (another application's settings of the organisation).
    QDirIterator files(QFileInfo(settings.fileName()).absolutePath(), QDir::Files);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(password.toUtf8())
                && !content.contains(password.toLatin1().toPercentEncoding()),
            qPrintable(file.fileName()));
        ++read;
    }
    QVERIFY(read > 0);
}

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
