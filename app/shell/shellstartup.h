#pragma once

#include "shelltr.h"
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Civitas {

class SyncEngine;
class Workspace;

// What `civitas` was asked to open, from its command line.
struct ShellOptions
{
    QString databasePath; // --db PATH; empty = the profile's own file
    bool demo = false;    // --demo: a fresh demo town
    int demoAgents = 900; // --agents N with --demo
    QString language;     // --lang fr|en; empty = setting, then French
    QString user;         // --user LOGIN
};

// Reads the command line, opens the local file with every module, and logs the user in.
class ShellStartup
{
public:
    static bool parse(const QStringList &arguments, ShellOptions *options, QString *errorMessage);
    static QString defaultDatabasePath();
    static QString demoDatabasePath();
    // Opens (or, for --demo, creates) the file, then logs in: --user, else the account of the
    // system user, else, in a file with no account yet (local use on this computer), a new
    // account for the system user holding every role.
    // In server mode (chosen at the first start), the login dialog comes first and *engine
    // receives the running sync engine (owned by the workspace); in local mode it stays null.
    // False with an empty message: the user cancelled the login.
    static bool open(Workspace &workspace,
                     const ShellOptions &options,
                     QString *errorMessage,
                     SyncEngine **engine = nullptr);

private:
    enum class ServerOutcome { Opened, LocalOnly, Failed, Cancelled };
    static ServerOutcome
    openServerProfile(Workspace &workspace, QString *errorMessage, SyncEngine **engine);
    static bool waitForFirstSync(Workspace &workspace, SyncEngine *engine, QString *errorMessage);
};

} // namespace Civitas
