#include "app/core/LetterTemplate.h"
#include "tests/TestData.h"

#include <QTest>

Q_DECLARE_METATYPE(QLocale::Language)
Q_DECLARE_METATYPE(LetterTemplateError::Part)

namespace {

LetterContext context()
{
    LetterContext context;
    context.reviewerName = QStringLiteral("Hélène Dubois");
    context.reviewerService = QStringLiteral("Direction générale des entreprises, bureau de l'industrie");
    context.labelNumber = QStringLiteral("SI2018-L-00123");
    context.informationAsked = QStringLiteral("Le programme de la visite.");
    context.freeText = QStringLiteral("Merci de préciser l'adresse.");
    context.refusalReasons = { QStringLiteral("L'événement est payant : le label exige un accès gratuit."),
        QStringLiteral("The event is not open to the general public.") };
    context.decisionDate = QDate(2018, 3, 1);
    return context;
}

Event organisedEvent()
{
    Event event = passingEvent();
    event.contactName = QStringLiteral("Émilie Martin");
    return event;
}

QString rendered(const QString& text, QLocale::Language language, const Event& event = organisedEvent())
{
    return LetterTemplate(QStringLiteral("Objet"), text)
        .render(language, event, edition2018(), context())
        .body;
}

} // namespace

class TestLetterTemplate : public QObject {
    Q_OBJECT

private slots:
    void placeholder_data();
    void placeholder();
    void everyPlaceholderIsRenderedAndDescribed();
    void dates_data();
    void dates();
    void check_data();
    void check();
    void unknownPlaceholderStaysAsWritten();
    void subjectStaysOnOneLine();
    void accentsSurvive_data();
    void accentsSurvive();
    void keys();
};

void TestLetterTemplate::placeholder_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QString>("expected");
    const auto both = [](const char* placeholder, const QString& expected) {
        for (QLocale::Language language : { QLocale::French, QLocale::English }) {
            QTest::addRow("%s %s", placeholder, qPrintable(LetterLanguages::key(language)))
                << language << QString::fromLatin1(placeholder) << expected;
        }
    };
    both("request_id", QStringLiteral("SI2018-TEST01"));
    both("title", QStringLiteral("Visite de l'usine"));
    both("organiser", QStringLiteral("Mécatech SAS"));
    both("contact_name", QStringLiteral("Émilie Martin"));
    QTest::newRow("dates fr") << QLocale::French << QStringLiteral("dates")
                              << QStringLiteral("le mercredi 28 mars 2018 de 10 h à 12 h");
    QTest::newRow("dates en") << QLocale::English << QStringLiteral("dates")
                              << QStringLiteral("on Wednesday 28 March 2018 from 10:00 to 12:00");
    both("place", QStringLiteral("1 rue de Rivoli, 75001 Paris"));
    both("edition", QStringLiteral("Semaine de l'industrie 2018"));
    QTest::newRow("week fr") << QLocale::French << QStringLiteral("week")
                             << QStringLiteral("du 26 mars au 1er avril 2018");
    QTest::newRow("week en") << QLocale::English << QStringLiteral("week")
                             << QStringLiteral("from 26 March to 1 April 2018");
    QTest::newRow("decision_date fr")
        << QLocale::French << QStringLiteral("decision_date") << QStringLiteral("1er mars 2018");
    QTest::newRow("decision_date en")
        << QLocale::English << QStringLiteral("decision_date") << QStringLiteral("1 March 2018");
    both("label_number", QStringLiteral("SI2018-L-00123"));
    both("refusal_reasons",
        QStringLiteral("– L'événement est payant : le label exige un accès gratuit.\n– The event is not open "
                       "to the general public."));
    both("information_asked", QStringLiteral("Le programme de la visite."));
    both("message", QStringLiteral("Merci de préciser l'adresse."));
    both("reviewer_name", QStringLiteral("Hélène Dubois"));
    both("reviewer_service", QStringLiteral("Direction générale des entreprises, bureau de l'industrie"));
}

void TestLetterTemplate::placeholder()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, placeholder);
    QFETCH(QString, expected);
    QCOMPARE(rendered(QStringLiteral("«%1»").arg(LetterTemplate::token(placeholder)), language),
        QStringLiteral("«%1»").arg(expected));
    // Spaces inside the braces are allowed.
    QCOMPARE(rendered(QStringLiteral("{{ %1 }}").arg(placeholder), language), expected);
}

void TestLetterTemplate::everyPlaceholderIsRenderedAndDescribed()
{
    const QStringList placeholders = LetterTemplate::placeholders();
    QCOMPARE(placeholders.size(), 15);
    for (const QString& name : placeholders) {
        QVERIFY2(!LetterTemplate::describe(name).isEmpty(), qPrintable(name));
        QVERIFY2(rendered(LetterTemplate::token(name), QLocale::French) != LetterTemplate::token(name),
            qPrintable(name));
        QVERIFY(!LetterTemplate(QStringLiteral("S"), LetterTemplate::token(name)).check());
    }
    QVERIFY(LetterTemplate::describe(QStringLiteral("adresse")).isEmpty());
}

void TestLetterTemplate::dates_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString dates = QStringLiteral("{{dates}}");
    const QString week = QStringLiteral("{{week}}");
    const QString place = QStringLiteral("{{place}}");

    Event days = organisedEvent();
    days.startsAt = wallClock(QDate(2018, 3, 31), QTime(9, 30));
    days.endsAt = wallClock(QDate(2018, 4, 1), QTime(17, 0));
    QTest::newRow("over two days fr")
        << days << QLocale::French << dates
        << QStringLiteral("du samedi 31 mars 2018 à 9 h 30 au dimanche 1er avril 2018 à 17 h");
    QTest::newRow("over two days en")
        << days << QLocale::English << dates
        << QStringLiteral("from Saturday 31 March 2018 at 9:30 to Sunday 1 April 2018 at 17:00");
    Event noEnd = organisedEvent();
    noEnd.endsAt = QDateTime();
    QTest::newRow("no end fr") << noEnd << QLocale::French << dates
                               << QStringLiteral("le mercredi 28 mars 2018 à 10 h");
    QTest::newRow("no end en") << noEnd << QLocale::English << dates
                               << QStringLiteral("on Wednesday 28 March 2018 at 10:00");
    Event noStart = organisedEvent();
    noStart.startsAt = QDateTime();
    QTest::newRow("no start fr") << noStart << QLocale::French << dates
                                 << QStringLiteral("à une date non précisée");
    QTest::newRow("no start en") << noStart << QLocale::English << dates
                                 << QStringLiteral("on a date not given");

    Event reunion = organisedEvent();
    reunion.departement = QStringLiteral("974");
    QTest::newRow("La Réunion's own week fr")
        << reunion << QLocale::French << week << QStringLiteral("du 3 avril au 8 avril 2018");
    QTest::newRow("La Réunion's own week en")
        << reunion << QLocale::English << week << QStringLiteral("from 3 April to 8 April 2018");

    Event online = organisedEvent();
    online.online = true;
    QTest::newRow("online fr") << online << QLocale::French << place << QStringLiteral("en ligne");
    QTest::newRow("online en") << online << QLocale::English << place << QStringLiteral("online");
    Event nowhere = organisedEvent();
    nowhere.address.clear();
    nowhere.postalCode.clear();
    nowhere.commune.clear();
    QTest::newRow("no place fr") << nowhere << QLocale::French << place << QStringLiteral("lieu non précisé");
    QTest::newRow("no place en") << nowhere << QLocale::English << place << QStringLiteral("place not given");
    Event noAddress = organisedEvent();
    noAddress.address.clear();
    QTest::newRow("commune without address")
        << noAddress << QLocale::French << place << QStringLiteral("75001 Paris");
}

void TestLetterTemplate::dates()
{
    QFETCH(Event, event);
    QFETCH(QLocale::Language, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(rendered(text, language, event), expected);
}

void TestLetterTemplate::check_data()
{
    using Part = LetterTemplateError::Part;
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Part>("part");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("named"); // what the message must name

    const QString body = QStringLiteral("Bonjour {{contact_name}},\n\n{{message}}\n");
    QTest::newRow("valid") << QStringLiteral("{{edition}} : {{title}}") << body << true << Part::Subject << 0
                           << QString();
    QTest::newRow("text only") << QStringLiteral("Votre demande") << QString() << true << Part::Subject << 0
                               << QString();
    QTest::newRow("empty subject") << QString() << body << false << Part::Subject << 1
                                   << QStringLiteral("Subject");
    QTest::newRow("blank subject") << QStringLiteral("   ") << body << false << Part::Subject << 1
                                   << QStringLiteral("Subject");
    QTest::newRow("subject on two lines") << QStringLiteral("Votre\ndemande") << body << false
                                          << Part::Subject << 2 << QStringLiteral("line 2");
    QTest::newRow("unknown in the subject") << QStringLiteral("Label {{numero}}") << body << false
                                            << Part::Subject << 1 << QStringLiteral("{{numero}}");
    QTest::newRow("unknown on body line 3")
        << QStringLiteral("Objet") << QStringLiteral("Bonjour,\n\nVotre adresse : {{adresse}}.\n{{title}}")
        << false << Part::Body << 3 << QStringLiteral("line 3: the placeholder {{adresse}} is unknown");
    QTest::newRow("case matters") << QStringLiteral("Objet") << QStringLiteral("{{Title}}") << false
                                  << Part::Body << 1 << QStringLiteral("{{Title}}");
    QTest::newRow("accented name") << QStringLiteral("Objet") << QStringLiteral("a\n{{numéro_label}}")
                                   << false << Part::Body << 2 << QStringLiteral("{{numéro_label}}");
    QTest::newRow("not closed") << QStringLiteral("Objet") << QStringLiteral("Bonjour\n{{title, merci")
                                << false << Part::Body << 2
                                << QStringLiteral("line 2: a placeholder is not closed");
    QTest::newRow("closed alone") << QStringLiteral("Objet") << QStringLiteral("title}}") << false
                                  << Part::Body << 1 << QStringLiteral("not closed");
    QTest::newRow("single braces are text") << QStringLiteral("Objet {x}") << QStringLiteral("{title}")
                                            << true << Part::Subject << 0 << QString();
    QTest::newRow("first fault reported") << QStringLiteral("Objet") << QStringLiteral("{{a}}\n{{b}}")
                                          << false << Part::Body << 1 << QStringLiteral("{{a}}");
}

void TestLetterTemplate::check()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(bool, valid);
    QFETCH(LetterTemplateError::Part, part);
    QFETCH(int, line);
    QFETCH(QString, named);
    const std::optional<LetterTemplateError> error = LetterTemplate(subject, body).check();
    QCOMPARE(!error.has_value(), valid);
    if (!error) {
        return;
    }
    QCOMPARE(error->part, part);
    QCOMPARE(error->line, line);
    QVERIFY2(error->message.contains(named), qPrintable(error->message));
    QVERIFY2(error->message.startsWith(part == LetterTemplateError::Part::Subject ? u"Subject" : u"Body"),
        qPrintable(error->message));
}

void TestLetterTemplate::unknownPlaceholderStaysAsWritten()
{
    QCOMPARE(rendered(QStringLiteral("{{title}} / {{ adresse }}"), QLocale::French),
        QStringLiteral("Visite de l'usine / {{ adresse }}"));
}

void TestLetterTemplate::subjectStaysOnOneLine()
{
    const Letter letter
        = LetterTemplate(QStringLiteral("Refus : {{refusal_reasons}}"), QStringLiteral("{{refusal_reasons}}"))
              .render(QLocale::French, organisedEvent(), edition2018(), context());
    QVERIFY(!letter.subject.contains(QLatin1Char('\n')));
    QVERIFY(letter.subject.startsWith(QStringLiteral("Refus : – L'événement est payant")));
    QCOMPARE(letter.body.count(QLatin1Char('\n')), 1);
}

void TestLetterTemplate::accentsSurvive_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr")
        << QLocale::French
        << QStringLiteral("Journée « Forges d'Île-de-France » — Société d'Études Électriques, Saint-Étienne, "
                          "le jeudi 1er février 2018 à 8 h 05, ½ œuvre");
    QTest::newRow("en")
        << QLocale::English
        << QStringLiteral("Journée « Forges d'Île-de-France » — Société d'Études Électriques, Saint-Étienne, "
                          "on Thursday 1 February 2018 at 8:05, ½ œuvre");
}

void TestLetterTemplate::accentsSurvive()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, expected);
    Event event = organisedEvent();
    event.title = QStringLiteral("Journée « Forges d'Île-de-France »");
    event.organiserName = QStringLiteral("Société d'Études Électriques");
    event.commune = QStringLiteral("Saint-Étienne");
    event.startsAt = wallClock(QDate(2018, 2, 1), QTime(8, 5));
    event.endsAt = QDateTime();
    const Letter letter = LetterTemplate(QStringLiteral("{{title}} — ½ œuvre"),
        QStringLiteral("{{title}} — {{organiser}}, Saint-Étienne, {{dates}}, ½ œuvre"))
                              .render(language, event, edition2018(), context());
    QCOMPARE(letter.body, expected);
    QCOMPARE(letter.subject, QStringLiteral("Journée « Forges d'Île-de-France » — ½ œuvre"));
}

void TestLetterTemplate::keys()
{
    for (LetterKind kind : LetterKinds::all()) {
        QCOMPARE(LetterKinds::fromKey(LetterKinds::key(kind)), kind);
        QVERIFY(!LetterKinds::displayName(kind).isEmpty());
    }
    QCOMPARE(LetterKinds::key(LetterKind::InformationRequested), QStringLiteral("info_requested"));
    QVERIFY(!LetterKinds::fromKey(QStringLiteral("accepted")));
    for (QLocale::Language language : LetterLanguages::all()) {
        QCOMPARE(LetterLanguages::fromKey(LetterLanguages::key(language)), language);
    }
    QCOMPARE(LetterLanguages::all().first(), QLocale::French);
    QVERIFY(!LetterLanguages::fromKey(QStringLiteral("de")));
}

QTEST_GUILESS_MAIN(TestLetterTemplate)
#include "tst_lettertemplate.moc"
