#include "app/core/SessionUser.h"

#include <QtGlobal>

namespace {

QString& chosen()
{
    static QString name;
    return name;
}

} // namespace

namespace SessionUser {

void set(const QString& name) { chosen() = name; }

QString name()
{
    if (!chosen().isEmpty()) {
        return chosen();
    }
    for (const char* variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("unknown");
}

} // namespace SessionUser
