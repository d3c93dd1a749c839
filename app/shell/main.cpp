#include "mainwindow.h"
#include "shellstartup.h"
#include "shelltr.h"

#include <core/sync/syncengine.h>
#include <core/translations.h>
#include <core/workspace.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStartup, "civitas.startup", QtWarningMsg)

int main(int argc, char *argv[])
{
    // Without a display Qt would abort with a cryptic message: say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        bool wantsText = false;
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            wantsText
                = wantsText || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v";
        }
        if (!wantsText) {
            fprintf(stderr,
                    "civitas: no graphical display found (DISPLAY and WAYLAND_DISPLAY are "
                    "empty).\nStart it from a desktop session, or with a virtual display: "
                    "xvfb-run -a civitas --demo\n");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    // QT_LOGGING_RULES=civitas.startup.debug=true shows where start-up time goes.
    auto phase = [&startup](const char *what) {
        qCDebug(lcStartup, "%6.1f ms  %s", double(startup.nsecsElapsed()) / 1e6, what);
    };
    phase("application");
    QApplication::setOrganizationName(QStringLiteral("Civitas"));
    QApplication::setApplicationName(QStringLiteral("Civitas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Civitas"));
    QApplication::setApplicationVersion(QStringLiteral(CIVITAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.civitas.Civitas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/civitas/icons/civitas.svg")));

    Civitas::ShellOptions options;
    QString error;
    const bool parsed = Civitas::ShellStartup::parse(app.arguments(), &options, &error);
    Civitas::Translations::install(
        options.language.isEmpty() ? Civitas::Translations::defaultLanguage() : options.language);
    phase("translations");
    if (!parsed) {
        fprintf(stderr, "civitas: %s\n", qPrintable(error));
        return 2;
    }
    Civitas::Workspace workspace;
    Civitas::SyncEngine *engine = nullptr;
    if (!Civitas::ShellStartup::open(workspace, options, &error, &engine)) {
        if (error.isEmpty())
            return 0; // the user cancelled the login
        QMessageBox::critical(nullptr, Civitas::ShellTr::tr("Civitas"), error);
        fprintf(stderr, "civitas: %s\n", qPrintable(error));
        return 1;
    }
    phase("database and modules");
    Civitas::MainWindow window(workspace, options.demo, engine);
    phase("main window built");
    window.show();
    QTimer::singleShot(0, &app, [&phase] { phase("first window shown"); });
    // For civitas-bench: leave as soon as the first window has been shown and painted.
    if (qEnvironmentVariableIsSet("CIVITAS_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
