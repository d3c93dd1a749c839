#include "admincli.h"

#include <core/translations.h>

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Civitas"));
    QCoreApplication::setApplicationName(QStringLiteral("Civitas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVITAS_VERSION));
    // Refused modules are listed by the "modules" command; no log noise on other commands.
    QLoggingCategory::setFilterRules(QStringLiteral("civitas.modules.warning=false\n"
                                                    "civitas.modules.info=false"));
    Civitas::Translations::install(Civitas::Translations::defaultLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    Civitas::AdminCli cli(out, err);
    return cli.run(app.arguments().mid(1));
}
