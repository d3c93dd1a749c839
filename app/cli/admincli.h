#pragma once

#include "clitr.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QTextStream>

namespace Civitas {

class Workspace;

// `civitas-admin COMMAND [options]`: exit code 0 on success; on failure a non-zero code and
// one clear line on stderr (2 for a wrong command line, 1 for a failure).
class AdminCli
{
public:
    AdminCli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int fail(const QString &message);
    int printHelp();
    int listModules();
    int init(bool mustBeNew);
    int demo();
    int moduleCommand(const QString &name, const QStringList &rest);
    int provision();
    int user();
    int sync();
    int conflicts();
    int server();
    int serverStatus(const QString &uri);
    // "4 minute(s)", "2 h 5 min": how long the watermark has been held.
    static QString duration(qint64 seconds);
    // A refusal of the server; one the owner alone may overrule says how to run it as owner.
    int failServer(const QSqlError &error);
    int load();
    // Opens the central server named by --server (or PGHOST...); the password comes from
    // PGPASSWORD, else standard input, never from the command line.
    bool connectServer(const QString &uri, QSqlDatabase *server, QString *errorMessage);
    // Pulls "--name value" out of m_args; false with a usage error when the value is missing.
    bool takeOption(const QString &name, QString *value);

    QTextStream &m_out;
    QTextStream &m_err;
    QStringList m_args;
    Workspace *m_workspace = nullptr;
};

} // namespace Civitas
