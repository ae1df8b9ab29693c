#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// What a letter tells the organiser: a decision, or a message written from the event form.
enum class LetterKind {
    Labelled,
    Refused,
    InformationRequested,
    Free,
};

namespace LetterKinds {
// The store's key: "labelled", "refused", "info_requested" (as the status), "free".
QString key(LetterKind kind);
std::optional<LetterKind> fromKey(const QString& key);
QString displayName(LetterKind kind); // in the current language
QList<LetterKind> all();
}

// The languages a letter is written in; the store's keys are "fr" and "en".
namespace LetterLanguages {
QString key(QLocale::Language language);
std::optional<QLocale::Language> fromKey(const QString& key);
QString displayName(QLocale::Language language); // in the current language
QList<QLocale::Language> all(); // French first: the default
}

// What a letter says that the request itself does not hold: who writes and what was decided.
struct LetterContext {
    QString reviewerName;
    QString reviewerService;
    QString labelNumber; // e.g. SI2018-L-00123
    QString informationAsked;
    QString freeText;
    QStringList refusalReasons; // one sentence per failed condition, as the decision recorded them
    QDate decisionDate;
};

struct Letter {
    QString subject;
    QString body;
};

// Why a template cannot be saved, and where.
struct LetterTemplateError {
    enum class Part {
        Subject,
        Body,
    };
    Part part = Part::Subject;
    int line = 1; // 1-based, within the part
    QString message; // the whole sentence, naming the part and the line, in the current language
};

// A letter's subject and body in one language, with placeholders written {{name}} (spaces inside
// the braces allowed). The administrators edit them; a template is saved only once check() passes.
class LetterTemplate {
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)

public:
    LetterTemplate() = default;
    LetterTemplate(const QString& subject, const QString& body);

    QString subject() const { return m_subject; }
    QString body() const { return m_body; }

    // Nothing when the template may be saved: a subject on one line, every placeholder known and closed.
    std::optional<LetterTemplateError> check() const;

    // The letter for a request in `language` (French or English): dates, place and week written as
    // in a letter of that language, whatever the application's. An unknown placeholder stays as
    // written (check() refuses to save it).
    Letter render(QLocale::Language language, const Event& event, const Edition& edition,
        const LetterContext& context) const;

    // One placeholder's value, as render() writes it (the attestation's dates and place, too).
    static QString value(const QString& placeholder, QLocale::Language language, const Event& event,
        const Edition& edition, const LetterContext& context);

    // The placeholders' names, in the order the editor lists them.
    static QStringList placeholders();
    // What a placeholder stands for, in the current language.
    static QString describe(const QString& placeholder);
    // The placeholder as written in a template: {{name}}.
    static QString token(const QString& placeholder);

private:
    QString m_subject;
    QString m_body;
};
