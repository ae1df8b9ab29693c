// The event form's state without widgets: validation as typed, the place filled from a postal
// code, the conditions worked out live, undo/redo and the unsaved state, and when an edit sends a
// labelled request back to review.
#include "TestData.h"

#include "app/core/DateText.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "ui/event/EventFormModel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using Field = EventFormModel::Field;
using namespace Qt::StringLiterals;

class TestEventFormModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void messageAsTyped_data();
    void messageAsTyped();
    void endBeforeStart();
    void coordinatesOutsideFrance();
    void problemsListWhatToFix();
    void postalCodeFillsThePlace();
    void postalCodeOfSeveralCommunes();
    void corsicaAndOverseas_data();
    void corsicaAndOverseas();
    void conditionsFollowTheFields();
    void undoRedoAndUnsavedState();
    void halfTypedValuesAreKept();
    void labelledEditSendsBackToReview();
    void everyEditedFieldReachesTheRequest_data();
    void everyEditedFieldReachesTheRequest();

private:
    void type(Field field, const QString& text);

    EventFormModel* m_model = nullptr;
};

void TestEventFormModel::init()
{
    m_model = new EventFormModel(GeoReference::embedded());
    Event event = passingEvent();
    event.id = 7;
    event.version = 3;
    m_model->load(event, edition2018(), QDate(2018, 3, 5));
}

void TestEventFormModel::cleanup() { delete m_model; }

// One keystroke at a time, as a line edit passes them on.
void TestEventFormModel::type(Field field, const QString& text)
{
    for (qsizetype i = 1; i <= text.size(); ++i) {
        m_model->setValue(field, text.left(i));
    }
}

void TestEventFormModel::messageAsTyped_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of it; empty when the value is valid

    QTest::newRow("e-mail valid") << Field::ContactEmail << "claire.martin@example.fr" << "";
    QTest::newRow("e-mail without domain") << Field::ContactEmail << "claire@" << "e-mail address";
    QTest::newRow("e-mail with a space")
        << Field::ContactEmail << "claire martin@example.fr" << "e-mail address";
    QTest::newRow("phone French") << Field::ContactPhone << "02 98 00 00 00" << "";
    QTest::newRow("phone dotted") << Field::ContactPhone << "02.98.00.00.00" << "";
    QTest::newRow("phone international") << Field::ContactPhone << "+33 2 98 00 00 00" << "";
    QTest::newRow("phone too short") << Field::ContactPhone << "02 98 00" << "phone number";
    QTest::newRow("phone with letters") << Field::ContactPhone << "02 98 AB CD EF" << "phone number";
    QTest::newRow("SIRET valid") << Field::Siret << "73282932000074" << "";
    QTest::newRow("SIRET check digit") << Field::Siret << "73282932000075" << "check digit";
    QTest::newRow("SIRET with spaces") << Field::Siret << "732 829 320 00074" << "14 digits";
    QTest::newRow("SIRET too short") << Field::Siret << "7328293200" << "14 digits";
    QTest::newRow("postal code valid") << Field::PostalCode << "29200" << "";
    QTest::newRow("postal code of 4 digits") << Field::PostalCode << "2920" << "5 digits";
    QTest::newRow("postal code of nowhere")
        << Field::PostalCode << "00000" << "No commune has the postal code 00000";
    QTest::newRow("start without time") << Field::StartsAt << "28/03/2018" << "";
    QTest::newRow("start not a date") << Field::StartsAt << "32/03/2018 10:00" << "28/03/2018 14:30";
    QTest::newRow("latitude not a number") << Field::Latitude << "48,8x" << "Write a number";
    QTest::newRow("price negative") << Field::Price << "-5" << "cannot be negative";
    QTest::newRow("participants not whole") << Field::ExpectedParticipants << "12.5" << "whole number";
    QTest::newRow("title required") << Field::Title << "" << "Required";
}

void TestEventFormModel::messageAsTyped()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QVERIFY(m_model->isValid());
    m_model->setValue(field, text);
    const QString shown = m_model->message(field);
    if (message.isEmpty()) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(m_model->isValid());
    } else {
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY(!m_model->isValid());
    }
}

void TestEventFormModel::endBeforeStart()
{
    m_model->setValue(Field::EndsAt, QStringLiteral("28/03/2018 09:00"));
    QCOMPARE(m_model->message(Field::EndsAt),
        QStringLiteral("The end (28/03/2018 09:00) is before the start (28/03/2018 10:00)."));
    m_model->setValue(Field::EndsAt, QStringLiteral("28/03/2018"));
    QVERIFY2(m_model->message(Field::EndsAt).isEmpty(), qPrintable(m_model->message(Field::EndsAt)));
    QCOMPARE(m_model->edited().endsAt, wallClock(QDate(2018, 3, 28), QTime(23, 59))); // a day alone: its end
}

void TestEventFormModel::coordinatesOutsideFrance()
{
    m_model->setValue(Field::Latitude, QStringLiteral("51.5072"));
    m_model->setValue(Field::Longitude, QStringLiteral("-0.1276"));
    QVERIFY(m_model->message(Field::Latitude).contains(QStringLiteral("outside France")));
    QVERIFY(m_model->message(Field::Longitude).contains(QStringLiteral("outside France")));
    m_model->setValue(Field::Longitude, QString());
    QCOMPARE(m_model->message(Field::Longitude), QStringLiteral("Give both coordinates, or neither."));
    QVERIFY(m_model->message(Field::Latitude).isEmpty());
    m_model->setValue(Field::Latitude, QString());
    QVERIFY(m_model->isValid());
    // Overseas is France.
    m_model->setValue(Field::Latitude, QStringLiteral("-20.88"));
    m_model->setValue(Field::Longitude, QStringLiteral("55.45"));
    QVERIFY(m_model->isValid());
}

void TestEventFormModel::problemsListWhatToFix()
{
    m_model->setValue(Field::Siret, QStringLiteral("73282932000075"));
    m_model->setValue(Field::Latitude, QStringLiteral("51.5"));
    m_model->setValue(Field::Longitude, QStringLiteral("-0.12"));
    m_model->setValue(Field::Title, QString());
    const QStringList problems = m_model->problems();
    // In the order of RequestColumns; the point's message once for both coordinates.
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0), QStringLiteral("Title: Required."));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("SIRET: ")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(QStringLiteral("Latitude: The point")), qPrintable(problems.at(2)));
}

void TestEventFormModel::postalCodeFillsThePlace()
{
    m_model->load(EventFormModel::blankRequest(edition2018()), edition2018(), QDate(2018, 3, 5));
    type(Field::PostalCode, QStringLiteral("29200"));
    QCOMPARE(m_model->value(Field::Commune).toString(), QStringLiteral("Brest"));
    QCOMPARE(m_model->value(Field::InseeCode).toString(), QStringLiteral("29019"));
    QCOMPARE(m_model->value(Field::Departement).toString(), QStringLiteral("29"));
    QCOMPARE(m_model->value(Field::Region).toString(), QStringLiteral("53"));
    QCOMPARE(GeoReference::embedded().departement(QStringLiteral("29"))->name, QStringLiteral("Finistère"));
    QCOMPARE(GeoReference::embedded().region(QStringLiteral("53"))->name, QStringLiteral("Bretagne"));
    QCOMPARE(m_model->edited().latitude, std::optional<double>(48.40031));
    QCOMPARE(m_model->edited().longitude, std::optional<double>(-4.50259));

    // The coordinates stay editable.
    m_model->setValue(Field::Latitude, QStringLiteral("48.39"));
    QCOMPARE(m_model->edited().latitude, std::optional<double>(48.39));

    // One undo takes back the moved point, the next the fill with the last digit, the next the
    // digits typed before.
    m_model->undoStack()->undo();
    QCOMPARE(m_model->edited().latitude, std::optional<double>(48.40031));
    m_model->undoStack()->undo();
    QCOMPARE(m_model->value(Field::PostalCode).toString(), QStringLiteral("2920"));
    QVERIFY(m_model->value(Field::Commune).toString().isEmpty());
    QVERIFY(!m_model->edited().latitude);
    m_model->undoStack()->undo();
    QVERIFY(m_model->value(Field::PostalCode).toString().isEmpty());
    QVERIFY(!m_model->isDirty());
}

void TestEventFormModel::postalCodeOfSeveralCommunes()
{
    m_model->load(EventFormModel::blankRequest(edition2018()), edition2018(), QDate(2018, 3, 5));
    type(Field::PostalCode, QStringLiteral("75001"));
    // Two choices, none taken for the reviewer.
    QStringList names;
    for (const Commune* commune : m_model->communeChoices()) {
        names << commune->name;
    }
    QCOMPARE(names, (QStringList { QStringLiteral("Paris"), QStringLiteral("Paris 1er Arrondissement") }));
    QVERIFY(m_model->value(Field::InseeCode).toString().isEmpty());
    m_model->chooseCommune(QStringLiteral("75101"));
    QCOMPARE(m_model->value(Field::Commune).toString(), QStringLiteral("Paris 1er Arrondissement"));
    QCOMPARE(m_model->value(Field::Departement).toString(), QStringLiteral("75"));
    QCOMPARE(m_model->value(Field::Region).toString(), QStringLiteral("11"));
    m_model->undoStack()->undo(); // the whole choice at once
    QVERIFY(m_model->value(Field::Commune).toString().isEmpty());
    QVERIFY(m_model->value(Field::Region).toString().isEmpty());
}

void TestEventFormModel::corsicaAndOverseas_data()
{
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("departement");
    QTest::addColumn<QString>("region");
    QTest::newRow("Ajaccio") << "20000" << "Ajaccio" << "2A" << "94";
    QTest::newRow("Saint-Denis, La Réunion") << "97400" << "Saint-Denis" << "974" << "04";
}

void TestEventFormModel::corsicaAndOverseas()
{
    QFETCH(QString, postalCode);
    QFETCH(QString, commune);
    QFETCH(QString, departement);
    QFETCH(QString, region);
    type(Field::PostalCode, postalCode);
    QCOMPARE(m_model->communeChoices().size(), 1);
    QCOMPARE(m_model->value(Field::Commune).toString(), commune);
    QCOMPARE(m_model->value(Field::Departement).toString(), departement);
    QCOMPARE(m_model->value(Field::Region).toString(), region);
    QVERIFY(m_model->isValid());
    QCOMPARE(m_model->report().result(Check::DataProblems).outcome, Outcome::Pass);
}

void TestEventFormModel::conditionsFollowTheFields()
{
    QSignalSpy changes(m_model, &EventFormModel::stateChanged);
    QVERIFY(m_model->report().passesAllConditions());
    m_model->setValue(Field::StartsAt, QStringLiteral("02/04/2018 10:00"));
    m_model->setValue(Field::EndsAt, QStringLiteral("02/04/2018 12:00"));
    const CheckResult dates = m_model->report().result(Check::Dates);
    QCOMPARE(dates.outcome, Outcome::Fail);
    // The sentence is English (no translator here); its dates follow the workstation's locale.
    const QString day = DateText::longDate(QDate(2018, 4, 2));
    QVERIFY2(dates.reason.contains(day) && dates.reason.contains(QStringLiteral("week")),
        qPrintable(dates.reason));
    QVERIFY(changes.size() >= 2);
    m_model->setValue(Field::StartsAt, QStringLiteral("30/03/2018 10:00"));
    m_model->setValue(Field::EndsAt, QStringLiteral("30/03/2018 12:00"));
    QCOMPARE(m_model->report().result(Check::Dates).outcome, Outcome::Pass);

    m_model->setValue(Field::JobSeekers, true);
    m_model->setValue(Field::GeneralPublic, false);
    m_model->setValue(Field::YoungPeople, false);
    QCOMPARE(m_model->report().result(Check::Audience).outcome, Outcome::Pass);
    m_model->setValue(Field::JobSeekers, false);
    QCOMPARE(m_model->report().result(Check::Audience).outcome, Outcome::Fail);
    m_model->setValue(Field::AimsIndustry, QVariant());
    QCOMPARE(m_model->report().result(Check::IndustryAim).outcome, Outcome::Unknown);
    m_model->setValue(Field::SubmittedAt, QStringLiteral("13/03/2018 08:00"));
    QCOMPARE(m_model->report().result(Check::LateRequest).outcome, Outcome::Fail);
    QCOMPARE(m_model->decisionDueDate(), QDate(2018, 3, 19));
}

void TestEventFormModel::undoRedoAndUnsavedState()
{
    QVERIFY(!m_model->isDirty());
    type(Field::Title, QStringLiteral("Portes ouvertes"));
    m_model->setValue(Field::Online, true);
    QVERIFY(m_model->isDirty());
    QCOMPARE(m_model->undoStack()->count(), 2); // the typing is one step
    m_model->undoStack()->undo();
    QCOMPARE(m_model->edited().online, false);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->edited().title, passingEvent().title);
    QVERIFY(!m_model->isDirty());
    m_model->undoStack()->redo();
    QCOMPARE(m_model->edited().title, QStringLiteral("Portes ouvertes"));
    QVERIFY(m_model->isDirty());

    // Once saved, nothing is unsaved; typing on starts a new step.
    Event saved = m_model->edited();
    saved.version = 4;
    m_model->markSaved(saved);
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->stored().version, 4);
    type(Field::Title, QStringLiteral("Portes ouvertes!"));
    QVERIFY(m_model->isDirty());
    m_model->undoStack()->undo();
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->edited().title, QStringLiteral("Portes ouvertes"));

    // Setting the value a field already has is no edit.
    m_model->setValue(Field::Title, QStringLiteral("Portes ouvertes"));
    QVERIFY(!m_model->isDirty());
}

void TestEventFormModel::halfTypedValuesAreKept()
{
    m_model->setValue(Field::Price, QStringLiteral("1x"));
    QCOMPARE(m_model->value(Field::Price).toString(), QStringLiteral("1x"));
    QVERIFY(!m_model->edited().price);
    m_model->setValue(Field::Price, QStringLiteral("12,50"));
    QCOMPARE(m_model->edited().price, std::optional<double>(12.5)); // a decimal comma is read too
}

void TestEventFormModel::labelledEditSendsBackToReview()
{
    Event labelled = passingEvent();
    labelled.id = 9;
    labelled.status = EventStatus::Labelled;
    m_model->load(labelled, edition2018(), QDate(2018, 3, 5));
    m_model->setValue(Field::Title, QStringLiteral("Visite de l'usine et des ateliers"));
    QVERIFY(!m_model->labelLoss().sendsBackToReview()); // the conditions still pass

    m_model->setValue(Field::Free, false);
    m_model->setValue(Field::Price, QStringLiteral("10"));
    QCOMPARE(m_model->labelLoss().lostConditions(), QList<Check> { Check::Free });
    QVERIFY(m_model->labelLoss().sendsBackToReview());
    QVERIFY2(m_model->labelLoss().reason().contains(QStringLiteral("C4: The event charges")),
        qPrintable(m_model->labelLoss().reason()));

    // A request not yet decided just shows the failing condition.
    labelled.status = EventStatus::InReview;
    m_model->load(labelled, edition2018(), QDate(2018, 3, 5));
    m_model->setValue(Field::Price, QStringLiteral("10"));
    QCOMPARE(m_model->labelLoss().lostConditions(), QList<Check> { Check::Free });
    QVERIFY(!m_model->labelLoss().sendsBackToReview());
}

void TestEventFormModel::everyEditedFieldReachesTheRequest_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("typed");
    QTest::addColumn<QVariant>("stored");
    QCOMPARE(EventFormModel::allFields(), RequestColumns::with(RequestColumns::Use::Edited));
    for (const Field field : EventFormModel::allFields()) {
        const RequestColumns::Description& description = RequestColumns::of(field);
        switch (description.type) {
        case RequestColumns::Type::Text:
            QTest::newRow(description.key) << field << QVariant(u"29200"_s) << QVariant(u"29200"_s);
            break;
        case RequestColumns::Type::Instant:
            QTest::newRow(description.key)
                << field << QVariant(u"14/02/2018 16:30"_s)
                << QVariant(QDateTime(QDate(2018, 2, 14), QTime(15, 30), QTimeZone::UTC));
            break;
        case RequestColumns::Type::WallClock:
            QTest::newRow(description.key) << field << QVariant(u"27/03/2018 09:00"_s)
                                           << QVariant(wallClock(QDate(2018, 3, 27), QTime(9, 0)));
            break;
        case RequestColumns::Type::Number:
            QTest::newRow(description.key) << field << QVariant(u"48,5"_s) << QVariant(48.5);
            break;
        case RequestColumns::Type::Count:
            QTest::newRow(description.key) << field << QVariant(u"1200"_s) << QVariant(1200);
            break;
        case RequestColumns::Type::Bool:
        case RequestColumns::Type::OptionalBool:
        case RequestColumns::Type::AudienceTick:
            QTest::newRow(description.key) << field << QVariant(false) << QVariant(false);
            break;
        case RequestColumns::Type::EventType:
        case RequestColumns::Type::OrganiserType:
            QTest::newRow(description.key) << field << QVariant(1) << QVariant(1);
            break;
        case RequestColumns::Type::Audiences:
            QFAIL("the audiences are edited as their three ticks");
        }
    }
}

// Whatever the field, what the form is given reaches the request RequestColumns reads.
void TestEventFormModel::everyEditedFieldReachesTheRequest()
{
    QFETCH(Field, field);
    QFETCH(QVariant, typed);
    QFETCH(QVariant, stored);
    m_model->setValue(field, typed);
    QCOMPARE(m_model->value(field), typed);
    QCOMPARE(RequestColumns::of(field).get(m_model->edited()), stored);
}

QTEST_GUILESS_MAIN(TestEventFormModel)
#include "tst_eventformmodel.moc"
