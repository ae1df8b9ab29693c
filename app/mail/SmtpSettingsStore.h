#pragma once

#include "app/mail/SmtpSettings.h"

// The SMTP settings kept in the application's settings (QSettings, group "mail"): everything but
// the password, which never goes there.
namespace SmtpSettingsStore {
SmtpSettings load();
void save(const SmtpSettings& settings);
} // namespace SmtpSettingsStore
