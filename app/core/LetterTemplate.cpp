#include "app/core/LetterTemplate.h"

#include "app/core/DateText.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// {{ name }}; a name is letters, digits and underscores, but anything between the braces is read
// so that a misspelt one is reported rather than left in the letter.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

struct Placeholder {
    const char* name;
    const char* description;
};

// The order the editor lists them in.
constexpr Placeholder placeholderTable[] = {
    { "request_id", QT_TRANSLATE_NOOP("LetterTemplate", "The request's identifier") },
    { "title", QT_TRANSLATE_NOOP("LetterTemplate", "The event's title") },
    { "organiser", QT_TRANSLATE_NOOP("LetterTemplate", "The organiser's name") },
    { "contact_name", QT_TRANSLATE_NOOP("LetterTemplate", "The contact person's name") },
    { "dates",
        QT_TRANSLATE_NOOP(
            "LetterTemplate", "The event's dates and times, e.g. \"le lundi 26 mars 2018 de 9 h à 17 h\"") },
    { "place",
        QT_TRANSLATE_NOOP(
            "LetterTemplate", "The event's address, postal code and commune, or \"en ligne\"") },
    { "edition", QT_TRANSLATE_NOOP("LetterTemplate", "The edition, e.g. \"Semaine de l'industrie 2018\"") },
    { "week",
        QT_TRANSLATE_NOOP(
            "LetterTemplate", "The week of the event's territory, e.g. \"du 26 mars au 1er avril 2018\"") },
    { "decision_date", QT_TRANSLATE_NOOP("LetterTemplate", "The date of the decision") },
    { "label_number", QT_TRANSLATE_NOOP("LetterTemplate", "The label number, e.g. SI2018-L-00123") },
    { "refusal_reasons", QT_TRANSLATE_NOOP("LetterTemplate", "The reasons of a refusal, one per line") },
    { "information_asked", QT_TRANSLATE_NOOP("LetterTemplate", "The information asked of the organiser") },
    { "message", QT_TRANSLATE_NOOP("LetterTemplate", "The message written from the event form") },
    { "reviewer_name", QT_TRANSLATE_NOOP("LetterTemplate", "The reviewer's name") },
    { "reviewer_service", QT_TRANSLATE_NOOP("LetterTemplate", "The reviewer's service") },
};

// A letter's few words of its own are in the template's language, not the application's: they are
// chosen here rather than through tr(), like the templates themselves.
struct LetterWords {
    bool french = true;

    QString pick(const char* fr, const char* en) const { return QString::fromUtf8(french ? fr : en); }

    QString time(const QTime& time) const
    {
        if (french) {
            return time.minute() == 0
                ? QStringLiteral("%1 h").arg(time.hour())
                : QStringLiteral("%1 h %2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
        }
        return time.toString(QStringLiteral("H:mm"));
    }

    QString day(const QDate& date, const QLocale& locale) const
    {
        return QStringLiteral("%1 %2").arg(
            locale.dayName(date.dayOfWeek()), DateText::longDate(date, locale));
    }

    QString dates(const QDateTime& start, const QDateTime& end, const QLocale& locale) const
    {
        if (!start.isValid()) {
            return pick("à une date non précisée", "on a date not given");
        }
        const QString startDay = day(start.date(), locale);
        if (!end.isValid() || end == start) {
            return pick("le %1 à %2", "on %1 at %2").arg(startDay, time(start.time()));
        }
        if (end.date() == start.date()) {
            return pick("le %1 de %2 à %3", "on %1 from %2 to %3")
                .arg(startDay, time(start.time()), time(end.time()));
        }
        return pick("du %1 à %2 au %3 à %4", "from %1 at %2 to %3 at %4")
            .arg(startDay, time(start.time()), day(end.date(), locale), time(end.time()));
    }

    QString week(const TerritoryWindow& window, const QLocale& locale) const
    {
        // The year once when both days share it: "du 26 mars au 1er avril 2018".
        QString first = DateText::longDate(window.weekStart, locale);
        if (window.weekStart.year() == window.weekEnd.year()) {
            first.chop(QString::number(window.weekStart.year()).size() + 1);
        }
        return pick("du %1 au %2", "from %1 to %2").arg(first, DateText::longDate(window.weekEnd, locale));
    }

    QString place(const Event& event) const
    {
        if (event.online) {
            return pick("en ligne", "online");
        }
        QStringList parts;
        if (!event.address.trimmed().isEmpty()) {
            parts << event.address.trimmed();
        }
        const QString town
            = QStringLiteral("%1 %2").arg(event.postalCode.trimmed(), event.commune.trimmed()).trimmed();
        if (!town.isEmpty()) {
            parts << town;
        }
        return parts.isEmpty() ? pick("lieu non précisé", "place not given")
                               : parts.join(QStringLiteral(", "));
    }
};

QHash<QString, QString> values(
    QLocale::Language language, const Event& event, const Edition& edition, const LetterContext& context)
{
    const QLocale locale(language);
    const LetterWords words { language != QLocale::English };
    QStringList reasons;
    for (const QString& reason : context.refusalReasons) {
        if (!reason.trimmed().isEmpty()) {
            reasons << QStringLiteral("– %1").arg(reason.trimmed());
        }
    }
    return {
        { QStringLiteral("request_id"), event.requestId },
        { QStringLiteral("title"), event.title },
        { QStringLiteral("organiser"), event.organiserName },
        { QStringLiteral("contact_name"), event.contactName },
        { QStringLiteral("dates"), words.dates(event.startsAt, event.endsAt, locale) },
        { QStringLiteral("place"), words.place(event) },
        // The week's name is French in every language, as the committee writes it.
        { QStringLiteral("edition"), QStringLiteral("Semaine de l'industrie %1").arg(edition.year) },
        { QStringLiteral("week"), words.week(edition.windowFor(event.departement), locale) },
        { QStringLiteral("decision_date"),
            context.decisionDate.isValid() ? DateText::longDate(context.decisionDate, locale) : QString() },
        { QStringLiteral("label_number"), context.labelNumber },
        { QStringLiteral("refusal_reasons"), reasons.join(QLatin1Char('\n')) },
        { QStringLiteral("information_asked"), context.informationAsked },
        { QStringLiteral("message"), context.freeText },
        { QStringLiteral("reviewer_name"), context.reviewerName },
        { QStringLiteral("reviewer_service"), context.reviewerService },
    };
}

QString substitute(const QString& text, const QHash<QString, QString>& values)
{
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(from, match.capturedStart() - from);
        const auto value = values.constFind(match.captured(1));
        result += value == values.cend() ? match.captured() : *value;
        from = match.capturedEnd();
    }
    return result + text.mid(from);
}

// The first fault of one line of a part: an unknown placeholder, or braces left open or closed alone.
std::optional<QString> lineFault(const QString& line)
{
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(line);
    QString rest;
    qsizetype from = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!LetterTemplate::placeholders().contains(match.captured(1))) {
            return LetterTemplate::tr("the placeholder %1 is unknown").arg(match.captured());
        }
        rest += line.mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
    }
    rest += line.mid(from);
    if (rest.contains(QLatin1String("{{")) || rest.contains(QLatin1String("}}"))) {
        return LetterTemplate::tr("a placeholder is not closed: write it {{name}}");
    }
    return std::nullopt;
}

} // namespace

namespace LetterKinds {

QString key(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Labelled:
        return QStringLiteral("labelled");
    case LetterKind::Refused:
        return QStringLiteral("refused");
    case LetterKind::InformationRequested:
        return QStringLiteral("info_requested");
    case LetterKind::Free:
        return QStringLiteral("free");
    }
    return {};
}

std::optional<LetterKind> fromKey(const QString& text)
{
    for (LetterKind kind : all()) {
        if (key(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Labelled:
        return QCoreApplication::translate("LetterKinds", "Labelled");
    case LetterKind::Refused:
        return QCoreApplication::translate("LetterKinds", "Refused");
    case LetterKind::InformationRequested:
        return QCoreApplication::translate("LetterKinds", "Information requested");
    case LetterKind::Free:
        return QCoreApplication::translate("LetterKinds", "Free message");
    }
    return {};
}

QList<LetterKind> all()
{
    return { LetterKind::Labelled, LetterKind::Refused, LetterKind::InformationRequested, LetterKind::Free };
}

}

namespace LetterLanguages {

QString key(QLocale::Language language)
{
    return language == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

std::optional<QLocale::Language> fromKey(const QString& text)
{
    if (text == QLatin1String("fr")) {
        return QLocale::French;
    }
    if (text == QLatin1String("en")) {
        return QLocale::English;
    }
    return std::nullopt;
}

QString displayName(QLocale::Language language)
{
    return language == QLocale::English ? QCoreApplication::translate("LetterLanguages", "English")
                                        : QCoreApplication::translate("LetterLanguages", "French");
}

QList<QLocale::Language> all() { return { QLocale::French, QLocale::English }; }

}

LetterTemplate::LetterTemplate(const QString& subject, const QString& body)
    : m_subject(subject)
    , m_body(body)
{
}

std::optional<LetterTemplateError> LetterTemplate::check() const
{
    using Part = LetterTemplateError::Part;
    if (m_subject.trimmed().isEmpty()) {
        return LetterTemplateError { Part::Subject, 1, tr("Subject: it is empty; a letter needs one.") };
    }
    if (m_subject.contains(QLatin1Char('\n'))) {
        return LetterTemplateError { Part::Subject, 2, tr("Subject, line 2: a subject is a single line.") };
    }
    if (const auto fault = lineFault(m_subject)) {
        return LetterTemplateError { Part::Subject, 1, tr("Subject: %1.").arg(*fault) };
    }
    const QStringList lines = m_body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (const auto fault = lineFault(lines.at(i))) {
            return LetterTemplateError { Part::Body, i + 1, tr("Body, line %1: %2.").arg(i + 1).arg(*fault) };
        }
    }
    return std::nullopt;
}

Letter LetterTemplate::render(QLocale::Language language, const Event& event, const Edition& edition,
    const LetterContext& context) const
{
    const QHash<QString, QString> map = values(language, event, edition, context);
    // A subject stays on one line whatever a value holds.
    QString subject = substitute(m_subject, map);
    subject.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return { subject.simplified(), substitute(m_body, map) };
}

QString LetterTemplate::value(const QString& placeholder, QLocale::Language language, const Event& event,
    const Edition& edition, const LetterContext& context)
{
    return values(language, event, edition, context).value(placeholder);
}

QStringList LetterTemplate::placeholders()
{
    static const QStringList names = [] {
        QStringList result;
        for (const Placeholder& placeholder : placeholderTable) {
            result << QLatin1String(placeholder.name);
        }
        return result;
    }();
    return names;
}

QString LetterTemplate::describe(const QString& placeholder)
{
    for (const Placeholder& entry : placeholderTable) {
        if (placeholder == QLatin1String(entry.name)) {
            return tr(entry.description);
        }
    }
    return {};
}

QString LetterTemplate::token(const QString& placeholder)
{
    return QStringLiteral("{{%1}}").arg(placeholder);
}
