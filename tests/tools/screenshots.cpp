#include "../../app/shell/aboutdialog.h"
#include "../../app/shell/mainwindow.h"
#include "../../app/shell/settingsdialog.h"
#include "../../app/shell/shellstartup.h"

#include <core/extension/settingspage.h>

#include <core/translations.h>
#include <core/workspace.h>

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

using namespace Civitas;

static void save(QWidget *widget, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: civitas-screenshots OUTDIR [--lang fr|en] [--persona LOGIN] "
                     "[--size WIDTHxHEIGHT]\n");
        return 2;
    }
    const QString folder = args.at(1);
    QDir().mkpath(folder);
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    Translations::install(lang > 0 && lang + 1 < args.size() ? args.at(lang + 1)
                                                             : QStringLiteral("fr"));

    Workspace workspace;
    ShellOptions options;
    options.demo = true;
    const qsizetype persona = args.indexOf(QStringLiteral("--persona"));
    if (persona > 0 && persona + 1 < args.size())
        options.user = args.at(persona + 1);
    QString error;
    if (!ShellStartup::open(workspace, options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(workspace, true);
    // 1366×800 unless asked: --size 1280x800 is the smallest screen the pages are made for.
    QSize size(1366, 800);
    const qsizetype sizeArg = args.indexOf(QStringLiteral("--size"));
    if (sizeArg > 0 && sizeArg + 1 < args.size()) {
        const QStringList wh = args.at(sizeArg + 1).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.resize(size);
    window.show();
    save(&window, folder, QStringLiteral("main-home"));
    for (QTreeWidgetItemIterator it(window.navigation()); *it; ++it) {
        const QString id = (*it)->data(0, Qt::UserRole + 1).toString();
        if (id.isEmpty() || id == QLatin1String("core.home"))
            continue;
        window.openPage(id);
        save(&window, folder, QStringLiteral("page-") + id);
    }
    SettingsDialog *settings = window.createSettingsDialog();
    settings->show();
    save(settings, folder, QStringLiteral("dialog-settings"));
    // Every page of the dialog after the first, by its name.
    if (auto *list = settings->findChild<QListWidget *>(QStringLiteral("settingsPages"))) {
        for (int i = 1; i < settings->pages().size(); ++i) {
            list->setCurrentRow(i);
            save(settings,
                 folder,
                 QStringLiteral("dialog-settings-") + settings->pages().at(i)->objectName());
        }
    }
    delete settings;
    AboutDialog about(workspace.modules(), &window);
    about.show();
    save(&about, folder, QStringLiteral("dialog-about"));
    return 0;
}
