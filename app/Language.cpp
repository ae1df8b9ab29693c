#include "app/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Language {

QString apply(QCoreApplication& app, const QString& choice)
{
    const QString language = !choice.isEmpty()            ? choice
        : QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                          : QStringLiteral("en");
    // A later choice replaces an earlier one: the command line's tests run verbs in French and in
    // English one after another in the same process.
    const QString installed = QStringLiteral("Language::apply");
    for (QTranslator* previous : app.findChildren<QTranslator*>(installed, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    if (language == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto* own = new QTranslator(&app);
        own->setObjectName(installed);
        if (own->load(QStringLiteral(":/i18n/semaine-admin_fr.qm"))) {
            QCoreApplication::installTranslator(own);
        }
        auto* qt = new QTranslator(&app);
        qt->setObjectName(installed);
        if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        }
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // English needs its catalogue only for plurals ("1 request", "2 requests").
        auto* plurals = new QTranslator(&app);
        plurals->setObjectName(installed);
        if (plurals->load(QStringLiteral(":/i18n/semaine-admin_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
        }
    }
    return language;
}

}
