#pragma once

#include "app/core/LetterTemplate.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// One saved version of a letter template: what it says, who saved it and when.
struct LetterTemplateVersion {
    LetterKind kind = LetterKind::Labelled;
    QLocale::Language language = QLocale::French;
    int version = 0;
    LetterTemplate letterTemplate;
    QDateTime savedAt; // UTC
    QString who;
};

// The letter templates (migration 0010): one per kind and language, each save a new version, the
// old ones kept as the templates' trail. On a shared store only the administrators save.
class LetterTemplateRepository {
    Q_DECLARE_TR_FUNCTIONS(LetterTemplateRepository)

public:
    explicit LetterTemplateRepository(Database& database);

    // The latest version; NotFound when the store has none.
    StoreResult<LetterTemplateVersion> current(LetterKind kind, QLocale::Language language) const;
    // Every version, the latest first.
    StoreResult<QList<LetterTemplateVersion>> history(LetterKind kind, QLocale::Language language) const;

    // Saves `letterTemplate` as the next version, written by `who` (on PostgreSQL the server signs
    // with its own user). Refused, with the line, when the template has a fault; refused as a
    // conflict when the latest version is no longer `basedOnVersion` (someone saved meanwhile).
    WriteResult save(LetterKind kind, QLocale::Language language, const LetterTemplate& letterTemplate,
        int basedOnVersion, const QString& who);

    // The letter for a request from the latest template of that kind and language.
    StoreResult<Letter> compose(LetterKind kind, QLocale::Language language, const Event& event,
        const Edition& edition, const LetterContext& context) const;

private:
    // NotFound when there is no version.
    StoreResult<QList<LetterTemplateVersion>> read(
        LetterKind kind, QLocale::Language language, bool latestOnly) const;

    Database& m_database;
};
