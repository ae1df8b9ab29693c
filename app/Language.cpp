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
    if (language == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/semaine-admin_fr.qm"))) {
            QCoreApplication::installTranslator(own);
        }
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        }
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // English needs its catalogue only for plurals ("1 request", "2 requests").
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/semaine-admin_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
        }
    }
    return language;
}

}
