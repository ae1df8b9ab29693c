#pragma once

#include <QString>

class QCoreApplication;

// French when asked or when the system speaks French, English otherwise.
namespace Language {
// `choice` is "fr", "en" or empty for the system's language; returns the language applied.
QString apply(QCoreApplication& app, const QString& choice);
}
