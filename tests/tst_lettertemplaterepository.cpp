// The letter templates in a fresh store (SQLite, and PostgreSQL under ctest's server): the
// defaults the migration seeds, versions kept at every save, faults refused with their line, and
// on a shared store only the administrators save, signed by the server.

#include "TestData.h"
#include "TestStore.h"

#include "db/Database.h"
#include "db/LetterTemplateRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(LetterKind)
Q_DECLARE_METATYPE(QLocale::Language)

class TestLetterTemplateRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsAreSeeded_data();
    void defaultsAreSeeded();
    void composeFillsTheLatestVersion();
    void everySaveIsANewVersion();
    void faultsAreRefusedWithTheirLine_data();
    void faultsAreRefusedWithTheirLine();
    void aSaveBasedOnAnOldVersionConflicts();
    void versionsCannotBeChanged();
    void onlyAdministratorsSaveOnTheServer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_location;
};

void TestLetterTemplateRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    m_location = TestStore::create(*m_dir);
    QVERIFY2(m_database->open(m_location), qPrintable(m_database->errorString()));
}

void TestLetterTemplateRepository::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestLetterTemplateRepository::defaultsAreSeeded_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("placeholder"); // the one the kind is about
    for (QLocale::Language language : LetterLanguages::all()) {
        const QString greeting = language == QLocale::French ? QStringLiteral("Bonjour {{contact_name}},\n\n")
                                                             : QStringLiteral("Dear {{contact_name}},\n\n");
        const QList<std::pair<LetterKind, QString>> kinds
            = { { LetterKind::Labelled, QStringLiteral("{{label_number}}") },
                  { LetterKind::Refused, QStringLiteral("\n{{refusal_reasons}}\n") },
                  { LetterKind::InformationRequested, QStringLiteral("\n{{information_asked}}\n") },
                  { LetterKind::Free, QStringLiteral("\n{{message}}\n") } };
        for (const auto& [kind, placeholder] : kinds) {
            QTest::addRow(
                "%s %s", qPrintable(LetterKinds::key(kind)), qPrintable(LetterLanguages::key(language)))
                << kind << language << greeting << placeholder;
        }
    }
}

void TestLetterTemplateRepository::defaultsAreSeeded()
{
    QFETCH(LetterKind, kind);
    QFETCH(QLocale::Language, language);
    QFETCH(QString, greeting);
    QFETCH(QString, placeholder);
    const StoreResult<LetterTemplateVersion> stored
        = LetterTemplateRepository(*m_database).current(kind, language);
    QVERIFY2(stored, qPrintable(stored.message));
    QCOMPARE(stored->version, 1);
    QCOMPARE(stored->kind, kind);
    QCOMPARE(stored->language, language);
    QVERIFY(stored->savedAt.isValid());
    const LetterTemplate& letterTemplate = stored->letterTemplate;
    const std::optional<LetterTemplateError> fault = letterTemplate.check();
    QVERIFY2(!fault, qPrintable(fault ? fault->message : QString()));
    // The migration's \n became line breaks, blank lines included.
    QVERIFY2(letterTemplate.body().startsWith(greeting), qPrintable(letterTemplate.body()));
    QVERIFY(!letterTemplate.body().contains(QLatin1String("\\n")));
    QVERIFY2(letterTemplate.body().contains(placeholder), qPrintable(letterTemplate.body()));
    QVERIFY(letterTemplate.subject().contains(QLatin1String("{{edition}}")));
    // The accents of the French defaults came through the migration intact.
    if (language == QLocale::French) {
        QVERIFY(letterTemplate.body().contains(
            QStringLiteral("Comité d'organisation de la Semaine de l'industrie")));
    }
}

void TestLetterTemplateRepository::composeFillsTheLatestVersion()
{
    const LetterTemplateRepository templates(*m_database);
    Event event = passingEvent();
    event.contactName = QStringLiteral("Émilie Martin");
    event.status = EventStatus::Labelled;
    LetterContext context;
    context.labelNumber = QStringLiteral("SI2018-L-00123");
    context.decisionDate = QDate(2018, 3, 20);
    context.reviewerName = QStringLiteral("Hélène Dubois");
    context.reviewerService = QStringLiteral("DGE");
    const StoreResult<Letter> french
        = templates.compose(LetterKind::Labelled, QLocale::French, event, edition2018(), context);
    QVERIFY2(french, qPrintable(french.message));
    QCOMPARE(french->subject,
        QStringLiteral("Semaine de l'industrie 2018 : votre événement « Visite de l'usine » est labellisé "
                       "(SI2018-L-00123)"));
    QVERIFY2(french->body.startsWith(QStringLiteral("Bonjour Émilie Martin,\n\n")), qPrintable(french->body));
    QVERIFY(french->body.contains(QStringLiteral(
        "qui se tiendra le mercredi 28 mars 2018 de 10 h à 12 h (1 rue de Rivoli, 75001 Paris)")));
    QVERIFY(french->body.contains(QStringLiteral("qui a lieu du 26 mars au 1er avril 2018.")));
    QVERIFY(french->body.contains(QStringLiteral("(décision du 20 mars 2018)")));
    QVERIFY(french->body.contains(QStringLiteral("\nHélène Dubois\nDGE\n")));
    const StoreResult<Letter> english
        = templates.compose(LetterKind::Labelled, QLocale::English, event, edition2018(), context);
    QVERIFY2(english, qPrintable(english.message));
    QVERIFY(
        english->body.contains(QStringLiteral("to be held on Wednesday 28 March 2018 from 10:00 to 12:00")));
    // No default leaves a placeholder unfilled.
    for (LetterKind kind : LetterKinds::all()) {
        for (QLocale::Language language : LetterLanguages::all()) {
            const StoreResult<Letter> letter
                = templates.compose(kind, language, event, edition2018(), context);
            QVERIFY(letter);
            QVERIFY2(
                !letter->subject.contains(QLatin1String("{{")) && !letter->body.contains(QLatin1String("{{")),
                qPrintable(letter->body));
        }
    }
}

void TestLetterTemplateRepository::everySaveIsANewVersion()
{
    LetterTemplateRepository templates(*m_database);
    const LetterTemplate seeded = templates.current(LetterKind::Refused, QLocale::French)->letterTemplate;
    const LetterTemplate second(
        QStringLiteral("Refus de « {{title}} »"), QStringLiteral("Raisons :\n{{refusal_reasons}}"));
    QVERIFY(templates.save(LetterKind::Refused, QLocale::French, second, 1, QStringLiteral("dupont")).ok());
    const LetterTemplate third(
        QStringLiteral("Refus : {{request_id}}"), QStringLiteral("{{refusal_reasons}}"));
    QVERIFY(templates.save(LetterKind::Refused, QLocale::French, third, 2, QStringLiteral("martin")).ok());

    const QList<LetterTemplateVersion> history
        = templates.history(LetterKind::Refused, QLocale::French).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).version, 3);
    QCOMPARE(history.at(0).letterTemplate.subject(), third.subject());
    QCOMPARE(history.at(1).letterTemplate.body(), second.body());
    QCOMPARE(history.at(2).letterTemplate.body(), seeded.body());
    // The owner of the tables (who runs these tests on the server) writes as it says, like SQLite.
    QCOMPARE(history.at(0).who, QStringLiteral("martin"));
    QCOMPARE(history.at(1).who, QStringLiteral("dupont"));
    QVERIFY(qAbs(history.at(0).savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QCOMPARE(templates.current(LetterKind::Refused, QLocale::French)->version, 3);
    // The other kinds and languages kept their defaults.
    QCOMPARE(templates.current(LetterKind::Refused, QLocale::English)->version, 1);
    QCOMPARE(templates.current(LetterKind::Labelled, QLocale::French)->version, 1);

    const StoreResult<Letter> letter = templates.compose(
        LetterKind::Refused, QLocale::French, passingEvent(), edition2018(), LetterContext());
    QVERIFY(letter);
    QCOMPARE(letter->subject, QStringLiteral("Refus : SI2018-TEST01"));
}

void TestLetterTemplateRepository::faultsAreRefusedWithTheirLine_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown placeholder")
        << QStringLiteral("Label") << QStringLiteral("Bonjour,\n{{numero_label}}")
        << QStringLiteral("Body, line 2: the placeholder {{numero_label}} is unknown.");
    QTest::newRow("empty subject") << QString() << QStringLiteral("Bonjour")
                                   << QStringLiteral("Subject: it is empty; a letter needs one.");
}

void TestLetterTemplateRepository::faultsAreRefusedWithTheirLine()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, message);
    LetterTemplateRepository templates(*m_database);
    const WriteResult result = templates.save(
        LetterKind::Labelled, QLocale::English, LetterTemplate(subject, body), 1, QStringLiteral("dupont"));
    QCOMPARE(result.status, WriteResult::Status::NotAllowed);
    QCOMPARE(result.message, message);
    QCOMPARE(templates.history(LetterKind::Labelled, QLocale::English)->size(), 1);
}

void TestLetterTemplateRepository::aSaveBasedOnAnOldVersionConflicts()
{
    LetterTemplateRepository templates(*m_database);
    const LetterTemplate mine(QStringLiteral("Informations"), QStringLiteral("{{information_asked}}"));
    QVERIFY(
        templates.save(LetterKind::InformationRequested, QLocale::French, mine, 1, QStringLiteral("dupont"))
            .ok());
    // Another administrator opened version 1 too, then saves.
    const LetterTemplate theirs(QStringLiteral("Précisions"), QStringLiteral("{{information_asked}}"));
    const WriteResult result = templates.save(
        LetterKind::InformationRequested, QLocale::French, theirs, 1, QStringLiteral("martin"));
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QVERIFY2(result.message.contains(QLatin1String("version 2")), qPrintable(result.message));
    QCOMPARE(templates.current(LetterKind::InformationRequested, QLocale::French)->letterTemplate.subject(),
        mine.subject());
}

void TestLetterTemplateRepository::versionsCannotBeChanged()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE letter_template SET subject = 'x' WHERE kind = 'free'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM letter_template WHERE kind = 'free'")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) "
                       "VALUES ('free', 'de', 1, 'Betreff', '', '2018-03-01T00:00:00Z', 'x')")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) "
                       "VALUES ('free', 'fr', 2, '', '', '2018-03-01T00:00:00Z', 'x')")));
    QCOMPARE(LetterTemplateRepository(*m_database).history(LetterKind::Free, QLocale::French)->size(), 1);
}

void TestLetterTemplateRepository::onlyAdministratorsSaveOnTheServer()
{
    SKIP_UNLESS_POSTGRESQL
    const LetterTemplate text(QStringLiteral("Label {{label_number}}"), QStringLiteral("{{title}}"));
    Database national;
    QVERIFY2(national.open(TestStore::asRole(
                 m_location, QStringLiteral("letters_national"), QStringLiteral("semaine_national"))),
        qPrintable(national.errorString()));
    LetterTemplateRepository asNational(national);
    QVERIFY(asNational.current(LetterKind::Labelled, QLocale::French));
    const WriteResult refused
        = asNational.save(LetterKind::Labelled, QLocale::French, text, 1, QStringLiteral("letters_national"));
    QCOMPARE(refused.status, WriteResult::Status::Failed);

    Database admin;
    QVERIFY2(admin.open(TestStore::asRole(
                 m_location, QStringLiteral("letters_admin"), QStringLiteral("semaine_admin"))),
        qPrintable(admin.errorString()));
    LetterTemplateRepository asAdmin(admin);
    // The server signs with its own user, whatever the client says.
    QVERIFY(
        asAdmin.save(LetterKind::Labelled, QLocale::French, text, 1, QStringLiteral("someone_else")).ok());
    const StoreResult<LetterTemplateVersion> saved
        = asNational.current(LetterKind::Labelled, QLocale::French);
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->who, QStringLiteral("letters_admin"));
    // Not even an administrator rewrites a version.
    QSqlQuery query(admin.connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE letter_template SET subject = 'x' WHERE version = 1")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM letter_template WHERE version = 2")));
}

QTEST_GUILESS_MAIN(TestLetterTemplateRepository)
#include "tst_lettertemplaterepository.moc"
