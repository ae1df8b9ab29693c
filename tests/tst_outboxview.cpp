// The Outbox place driven by keyboard at 1366×768: the failed message first with its reason, its
// preview, retry and cancel, the status bar's count of waiting messages, and "send now" delivering
// in the background to the tests' SMTP server (tests/smtp-server.py), its password asked once per session.
#include "DemoStore.h"
#include "app/mail/SmtpSettingsStore.h"
#include "app/secrets/PasswordStore.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/OutboxRepository.h"
#include "ui/MainWindow.h"
#include "ui/mail/OutboxModel.h"

#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

class TestOutboxView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failedFirstRetryCancelAndSendByKeyboard();
    void aHiddenOutboxReadsItsMessagesWhenShown();
    void passwordAskedOncePerSessionWithoutKeyring();
    void anOutboxThatCannotBeReadSaysSo();

private:
    // The tests' SMTP server (no TLS); nothing outside ctest.
    static std::optional<SmtpSettings> testServer();

    std::unique_ptr<DemoStore> m_store;
    QList<qint64> m_messages;
};

void TestOutboxView::initTestCase()
{
    // No keyring answers here (no D-Bus session), as offscreen on a workstation without one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/semaine-admin-tests-bus");
}

std::optional<SmtpSettings> TestOutboxView::testServer()
{
    QFile port(qEnvironmentVariable("SEMAINE_TEST_SMTP") + QStringLiteral("/port"));
    if (!port.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    SmtpSettings settings;
    settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(QString::fromLatin1(port.readAll().trimmed()));
    settings.from = QStringLiteral("label@semaine.example.fr");
    settings.allowPlain = true;
    return settings;
}

void TestOutboxView::init()
{
    QSettings().clear();
    m_store = std::make_unique<DemoStore>();
    QCOMPARE(m_store->open(40, 5), QString());
    // Three decisions, three messages; the first one refused by the server for good.
    EventRepository events(m_store->database);
    OutboxRepository outbox(m_store->database);
    m_messages.clear();
    for (const Event& event : events.all(2018).value()) {
        if (m_messages.size() == 3) {
            break;
        }
        if (event.status != EventStatus::InReview && event.status != EventStatus::Submitted) {
            continue;
        }
        const WriteResult asked
            = Decisions(m_store->database)
                  .changeStatus(event.id, event.version, EventStatus::InformationRequested,
                      QStringLiteral("Le programme de la journée."), QStringLiteral("alice"));
        QVERIFY2(asked.ok(), qPrintable(asked.message));
        m_messages.append(outbox.forEvent(event.id)->last().id);
    }
    QCOMPARE(m_messages.size(), 3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(outbox.claim(QStringLiteral("test"), now, now.addSecs(-60)).value()->id, m_messages.first());
    QVERIFY(
        outbox.markFailed(m_messages.first(), 550, QStringLiteral("5.1.1 Recipient address rejected")).ok());
}

void TestOutboxView::anOutboxThatCannotBeReadSaysSo()
{
    QSqlQuery query(m_store->database.connection());
    QVERIFY2(query.exec(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_gone")),
        qPrintable(query.lastError().text()));
    const QString why = OutboxRepository(m_store->database).list().message;
    QVERIFY(!why.isEmpty());
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto* table = window.findChild<QTableView*>(QStringLiteral("outboxTable"));
    auto* counts = window.findChild<QLabel*>(QStringLiteral("outboxCounts"));
    QVERIFY(table && counts);
    QCOMPARE(table->model()->rowCount(), 0);
    // Said where the counts are, not shown as an empty outbox.
    QCOMPARE(counts->text(), why);
}

void TestOutboxView::cleanup() { m_store.reset(); }

void TestOutboxView::failedFirstRetryCancelAndSendByKeyboard()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* waiting = window.findChild<QLabel*>(QStringLiteral("outboxLabel"));
    QVERIFY(waiting);
    QVERIFY2(waiting->isVisible() && waiting->text().contains(QLatin1Char('2')), qPrintable(waiting->text()));

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto* places = window.findChild<QTabWidget*>(QStringLiteral("places"));
    QCOMPARE(places->currentWidget()->objectName(), QStringLiteral("outboxView"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("outboxTable"));
    auto* preview = window.findChild<QTextBrowser*>(QStringLiteral("outboxPreview"));
    auto* counts = window.findChild<QLabel*>(QStringLiteral("outboxCounts"));
    QVERIFY(table && preview && counts);
    QCOMPARE(table->model()->rowCount(), 3);
    // The failed one first, current, with its reason in the row and the preview.
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->model()->index(0, OutboxModel::StateColumn).data().toString(),
        OutboxStates::displayName(OutboxMessage::State::Failed));
    QVERIFY(table->model()
            ->index(0, OutboxModel::ResultColumn)
            .data()
            .toString()
            .startsWith(QStringLiteral("550")));
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("Recipient address rejected")),
        qPrintable(preview->toPlainText()));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Le programme de la journée.")));
    QVERIFY(counts->text().contains(
        OutboxStates::displayName(OutboxMessage::State::Failed) + QStringLiteral(": 1")));

    OutboxRepository outbox(m_store->database);
    // Alt+R retries the failed message: it waits again.
    auto* retry = window.findChild<QPushButton*>(QStringLiteral("outboxRetry"));
    QVERIFY(retry->isEnabled() && retry->isVisible());
    table->setFocus();
    // A button's key clicks it as the mouse would, once its press is shown.
    QTest::keyClick(table, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(outbox.find(m_messages.first())->state, OutboxMessage::State::Queued);
    QVERIFY2(waiting->text().contains(QLatin1Char('3')), qPrintable(waiting->text()));
    // Down to the second, Alt+C cancels it.
    QTest::keyClick(table, Qt::Key_Down);
    const qint64 second = m_messages.at(1);
    QCOMPARE(table->model()->index(table->currentIndex().row(), OutboxModel::RequestColumn).data().toString(),
        outbox.find(second)->requestId);
    QTest::keyClick(table, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(outbox.find(second)->state, OutboxMessage::State::Cancelled);
    QVERIFY2(waiting->text().contains(QLatin1Char('2')), qPrintable(waiting->text()));

    // Alt+W sends now, in the background, to the tests' server.
    const std::optional<SmtpSettings> settings = testServer();
    if (!settings) {
        QSKIP("SEMAINE_TEST_SMTP names no running server: run through ctest");
    }
    SmtpSettingsStore::save(*settings);
    QTest::keyClick(table, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!waiting->isVisible(), 60000);
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("outboxSend"))->isEnabled());
    QCOMPARE(outbox.find(m_messages.first())->state, OutboxMessage::State::Sent);
    QCOMPARE(outbox.find(m_messages.last())->state, OutboxMessage::State::Sent);
    QCOMPARE(outbox.find(second)->state, OutboxMessage::State::Cancelled);
    QVERIFY(!waiting->isVisible());
    QVERIFY2(window.findChild<QLabel*>(QStringLiteral("outboxSendStatus"))->text().contains(QLatin1Char('2')),
        qPrintable(window.findChild<QLabel*>(QStringLiteral("outboxSendStatus"))->text()));
}

// Behind the queue, a decision's message updates the count in the status bar; the messages
// themselves are read when the outbox is shown, with the new one among them.
void TestOutboxView::aHiddenOutboxReadsItsMessagesWhenShown()
{
    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("outboxTable"));
    auto* waiting = window.findChild<QLabel*>(QStringLiteral("outboxLabel"));
    QVERIFY(table && waiting);
    QVERIFY2(waiting->text().contains(QLatin1Char('2')), qPrintable(waiting->text()));
    QCOMPARE(table->model()->rowCount(), 0);

    std::optional<Event> pending;
    for (const Event& event : EventRepository(m_store->database).all(2018).value()) {
        if (event.status == EventStatus::InReview || event.status == EventStatus::Submitted) {
            pending = event;
            break;
        }
    }
    QVERIFY(pending);
    QVERIFY(Decisions(m_store->database)
            .changeStatus(pending->id, pending->version, EventStatus::InformationRequested,
                QStringLiteral("Les horaires."), QStringLiteral("alice"))
            .ok());
    QVERIFY2(waiting->text().contains(QLatin1Char('3')), qPrintable(waiting->text()));
    QCOMPARE(table->model()->rowCount(), 0);

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->currentIndex().row(), 0);
    auto* preview = window.findChild<QTextBrowser*>(QStringLiteral("outboxPreview"));
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("Recipient address rejected")),
        qPrintable(preview->toPlainText()));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("outboxCounts"))
            ->text()
            .contains(OutboxStates::displayName(OutboxMessage::State::Queued) + QStringLiteral(": 3")));
}

void TestOutboxView::passwordAskedOncePerSessionWithoutKeyring()
{
    std::optional<SmtpSettings> server = testServer();
    if (!server) {
        QSKIP("SEMAINE_TEST_SMTP names no running server: run through ctest");
    }
    SmtpSettings& settings = *server;
    // The tests' server offers no AUTH: libcurl then sends without logging in.
    settings.user = QStringLiteral("label");
    SmtpSettingsStore::save(settings);
    const QString password = QStringLiteral("s3cret-%1").arg(QCoreApplication::applicationPid());

    MainWindow window(m_store->database);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto* send = window.findChild<QPushButton*>(QStringLiteral("outboxSend"));
    QVERIFY(send && send->isVisible());
    // Answers the password dialog whenever it shows, and counts how often it did.
    int asked = 0;
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == QLatin1String("passwordDialog")) {
            ++asked;
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            QVERIFY(dialog->labelText().contains(settings.url));
            dialog->setTextValue(password);
            dialog->accept();
        }
    });
    answerer.start();
    OutboxRepository outbox(m_store->database);
    for (int run = 1; run <= 2; ++run) {
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 60000);
        QCOMPARE(asked, 1);
    }
    QCOMPARE(outbox.find(m_messages.last())->state, OutboxMessage::State::Sent);
    // Kept in memory for the session, never in the settings.
    QCOMPARE(PasswordStore::remembered(PasswordStore::smtpAccount(settings.user, settings.url)), password);
    QSettings stored;
    stored.sync();
    for (const QString& key : stored.allKeys()) {
        QVERIFY2(!stored.value(key).toString().contains(password), qPrintable(key));
    }
    QFile file(stored.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
}

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
