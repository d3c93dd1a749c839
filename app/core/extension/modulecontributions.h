#pragma once

// The small value types a module hands to the shell through ModuleInterface.
// They are plain descriptions; the shell decides when to use them.

#include <core/coreglobal.h>

#include <QIcon>
#include <QKeySequence>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;
class QWidget;

namespace Civitas {

class Database;
class DemoContext;
class SearchProvider;
class Session;
class SettingsPage;

// A page of the main window. `create` runs the first time the user opens it.
struct PageContribution
{
    QString id;    // unique over all modules, e.g. "hr.agents"
    QString title; // translated
    QString group; // navigation group (usually the module's name), translated
    QIcon icon;
    QStringList roles; // roles that see it; empty = everybody
    int order = 100;   // position inside its group
    std::function<QWidget *(QWidget *parent)> create;
    // A short guide to the page, translated, plain text with blank lines between paragraphs:
    // Help › "This page" (F1) shows it.
    QString help = {};
};

// A menu entry of the main window.
struct ActionContribution
{
    QString id;
    QString text; // translated
    QString menu; // "file", "edit", "tools" or "help"
    QKeySequence shortcut;
    QStringList roles;
    std::function<void(QWidget *window)> trigger;
};

// A tab of the settings dialog.
struct SettingsPageContribution
{
    QString id;
    QString title; // translated
    QStringList roles;
    std::function<SettingsPage *(QWidget *parent)> create;
};

// A figure on the home page, such as "leave requests waiting for me".
struct DashboardCounter
{
    QString id;
    QString label;  // translated
    QString pageId; // page opened when the counter is clicked; may be empty
    QStringList roles;
    std::function<int(const Session &session)> count;
    // Translated; when set, a sync that raises the figure says so on the desktop with this
    // text (a decision on the user's own request), the figure shown after it.
    QString notice = {};
    // When set and the figure is not zero, the home page shows this widget under the cards:
    // the few items themselves with their one-step actions (approve, refuse). It calls
    // `changed` after an action, so that the figures are counted again.
    std::function<QWidget *(QWidget *parent, std::function<void()> changed)> panel = {};
};

// Output channels and facts a `civitas-admin` subcommand receives.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    Database *database = nullptr; // open when the command line had --db, else null
};

// A `civitas-admin <name> ...` subcommand. `run` returns the process exit code.
struct CliCommand
{
    QString name;     // e.g. "hr"
    QString synopsis; // e.g. "hr import FILE --db PATH [--dry-run]"
    QString description;
    std::function<int(const QStringList &arguments, CliContext &context)> run;
};

} // namespace Civitas
