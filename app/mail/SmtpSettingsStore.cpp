#include "app/mail/SmtpSettingsStore.h"

#include <QSettings>

SmtpSettings SmtpSettingsStore::load()
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("mail"));
    SmtpSettings settings;
    settings.url = stored.value(QStringLiteral("url")).toString();
    settings.from = stored.value(QStringLiteral("from")).toString();
    settings.fromName = stored.value(QStringLiteral("fromName")).toString();
    settings.replyTo = stored.value(QStringLiteral("replyTo")).toString();
    settings.user = stored.value(QStringLiteral("user")).toString();
    settings.allowPlain = stored.value(QStringLiteral("allowPlain"), false).toBool();
    return settings;
}

void SmtpSettingsStore::save(const SmtpSettings& settings)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("mail"));
    stored.setValue(QStringLiteral("url"), settings.url);
    stored.setValue(QStringLiteral("from"), settings.from);
    stored.setValue(QStringLiteral("fromName"), settings.fromName);
    stored.setValue(QStringLiteral("replyTo"), settings.replyTo);
    stored.setValue(QStringLiteral("user"), settings.user);
    stored.setValue(QStringLiteral("allowPlain"), settings.allowPlain);
}
