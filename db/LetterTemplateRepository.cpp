#include "db/LetterTemplateRepository.h"

#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

LetterTemplateRepository::LetterTemplateRepository(Database& database)
    : m_database(database)
{
}

StoreResult<QList<LetterTemplateVersion>> LetterTemplateRepository::read(
    LetterKind kind, QLocale::Language language, bool latestOnly) const
{
    QSqlQuery query(m_database.connection());
    const bool prepared
        = query.prepare(QStringLiteral("SELECT version, subject, body, saved_at, who FROM letter_template "
                                       "WHERE kind = ? AND language = ? ORDER BY version DESC%1")
                .arg(latestOnly ? QStringLiteral(" LIMIT 1") : QString()));
    query.addBindValue(LetterKinds::key(kind));
    query.addBindValue(LetterLanguages::key(language));
    if (!prepared || !query.exec()) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the letter templates: %1").arg(query.lastError().text()));
    }
    QList<LetterTemplateVersion> versions;
    while (query.next()) {
        QDateTime savedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        versions.append({ kind, language, query.value(0).toInt(),
            LetterTemplate(query.value(1).toString(), query.value(2).toString()), savedAt.toUTC(),
            query.value(4).toString() });
    }
    if (versions.isEmpty()) {
        return WriteResult::failure(StoreStatus::NotFound,
            tr("The store has no letter template “%1” in %2.")
                .arg(LetterKinds::displayName(kind), LetterLanguages::displayName(language)));
    }
    return versions;
}

StoreResult<LetterTemplateVersion> LetterTemplateRepository::current(
    LetterKind kind, QLocale::Language language) const
{
    const StoreResult<QList<LetterTemplateVersion>> versions = read(kind, language, true);
    if (!versions) {
        return StoreResult<void>(versions);
    }
    return versions->first();
}

StoreResult<QList<LetterTemplateVersion>> LetterTemplateRepository::history(
    LetterKind kind, QLocale::Language language) const
{
    return read(kind, language, false);
}

WriteResult LetterTemplateRepository::save(LetterKind kind, QLocale::Language language,
    const LetterTemplate& letterTemplate, int basedOnVersion, const QString& who)
{
    if (const auto fault = letterTemplate.check()) {
        return WriteResult::failure(WriteResult::Status::NotAllowed, fault->message);
    }
    const auto failed = [&](const QString& why) {
        return WriteResult::failure(
            WriteResult::Status::Failed, tr("Cannot save the letter template: %1").arg(why));
    };
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return failed(transaction.failure().message);
    }
    QSqlQuery query(m_database.connection());
    if (!query.prepare(QStringLiteral(
            "SELECT COALESCE(MAX(version), 0) FROM letter_template WHERE kind = ? AND language = ?"))) {
        return failed(query.lastError().text());
    }
    query.addBindValue(LetterKinds::key(kind));
    query.addBindValue(LetterLanguages::key(language));
    if (!query.exec() || !query.next()) {
        return failed(query.lastError().text());
    }
    const int latest = query.value(0).toInt();
    const QString conflict = tr("Someone saved version %1 of this template since you opened version %2; "
                                "reopen it to see their changes.");
    if (latest != basedOnVersion) {
        return WriteResult::failure(WriteResult::Status::Conflict, conflict.arg(latest).arg(basedOnVersion));
    }
    if (!query.prepare(QStringLiteral(
            "INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        return failed(query.lastError().text());
    }
    query.addBindValue(LetterKinds::key(kind));
    query.addBindValue(LetterLanguages::key(language));
    query.addBindValue(latest + 1);
    query.addBindValue(letterTemplate.subject());
    query.addBindValue(letterTemplate.body());
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(who);
    if (!query.exec()) {
        // Two administrators saving the same version at once on PostgreSQL: the key refuses the second.
        if (query.lastError().nativeErrorCode() == QLatin1String("23505")) {
            return WriteResult::failure(
                WriteResult::Status::Conflict, conflict.arg(latest + 1).arg(basedOnVersion));
        }
        return failed(query.lastError().text());
    }
    query.finish();
    if (const WriteResult committed = transaction.commit(); !committed) {
        return failed(committed.message);
    }
    return WriteResult::success();
}

StoreResult<Letter> LetterTemplateRepository::compose(LetterKind kind, QLocale::Language language,
    const Event& event, const Edition& edition, const LetterContext& context) const
{
    const StoreResult<LetterTemplateVersion> stored = current(kind, language);
    if (!stored) {
        return StoreResult<void>(stored);
    }
    return stored->letterTemplate.render(language, event, edition, context);
}
