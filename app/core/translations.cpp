#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Civitas::Translations {

QString directory()
{
    const QString fromEnvironment = qEnvironmentVariable("CIVITAS_TRANSLATION_PATH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(CIVITAS_TRANSLATION_DIR_FROM_BIN));
}

QString defaultLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("CIVITAS_LANG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QStringLiteral("interface/language"), QStringLiteral("fr")).toString();
}

bool install(const QString &language)
{
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::French,
                         language == QLatin1String("en") ? QLocale::UnitedKingdom
                                                         : QLocale::France);
    QLocale::setDefault(locale);
    auto *civitas = new QTranslator(QCoreApplication::instance());
    const bool ours = civitas->load(QStringLiteral("civitas_") + language, directory());
    if (ours)
        QCoreApplication::installTranslator(civitas);
    else
        delete civitas;
    if (language != QLatin1String("en")) {
        // Qt's own strings: the buttons of standard dialogs, the print preview...
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return ours;
}

} // namespace Civitas::Translations
