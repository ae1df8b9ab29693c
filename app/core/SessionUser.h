#pragma once

#include <QString>

// The person behind this session, as decisions and audit entries name them: the shared store's
// role once the caller sets it, otherwise the operating system's user.
namespace SessionUser {

QString name();
void set(const QString& name);

} // namespace SessionUser
