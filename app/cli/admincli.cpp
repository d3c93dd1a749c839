#include "admincli.h"
#include "clitr.h"

#include <core/access/roles.h>
#include <core/extension/moduleinterface.h>
#include <core/storage/localsettings.h>
#include <core/storage/sql.h>
#include <core/sync/centralschema.h>
#include <core/sync/serverconnection.h>
#include <core/sync/synchroniser.h>
#include <core/sync/townbinding.h>
#include <core/sync/townloader.h>
#include <core/workspace.h>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace Civitas {

AdminCli::AdminCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int AdminCli::usage(const QString &problem)
{
    m_err << "civitas-admin: " << problem << " " << CliTr::tr("(see civitas-admin --help)")
          << Qt::endl;
    return 2;
}

int AdminCli::fail(const QString &message)
{
    // One line, whatever the message: scripts read stderr line by line.
    m_err << "civitas-admin: " << CliTr::tr("error:") << " "
          << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return 1;
}

int AdminCli::failServer(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    // 42501: the separation of duties (core 0006) keeps hr and administrator logins, and
    // accounts' agents, to the database owner.
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return fail(CliTr::tr("%1 (only the database owner may do this: run the command with the "
                              "owner's credentials)")
                        .arg(text));
    return fail(text);
}

bool AdminCli::takeOption(const QString &name, QString *value)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return true;
    if (i + 1 >= m_args.size() || m_args.at(i + 1).startsWith(QLatin1String("--"))) {
        usage(CliTr::tr("the option %1 needs a value.").arg(name));
        return false;
    }
    *value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return true;
}

int AdminCli::printHelp()
{
    m_out << CliTr::tr("Usage: civitas-admin COMMAND [options]") << "\n\n"
          << CliTr::tr("Commands:") << "\n"
          << "  --version                      " << CliTr::tr("print the version") << "\n"
          << "  modules                        "
          << CliTr::tr("list the modules, their state and why one was refused") << "\n"
          << "  init --db PATH                 " << CliTr::tr("create a new local database") << "\n"
          << "  migrate --db PATH              "
          << CliTr::tr("apply pending migrations to a local database") << "\n"
          << "  demo --db PATH [--agents N] [--seed S]\n"
          << "                                 "
          << CliTr::tr("create a demo town (900 agents, seed 1 by default)") << "\n"
          << "  provision --server URI         "
          << CliTr::tr("create or upgrade the central PostgreSQL schema") << "\n"
          << "  load --db PATH --server URI    "
          << CliTr::tr("put the town of a local file (a demo, local use) on an empty server")
          << "\n"
          << "  user add LOGIN [--agent ID] [--role R...] [--name NAME] [--unit CODE]\n"
          << "           [--password-file FILE] --server URI\n"
          << "                                 "
          << CliTr::tr("create a login (password read from standard input or FILE; an account "
                       "loaded with its town keeps its agent and roles unless given)")
          << "\n"
          << "  user disable LOGIN --server URI  " << CliTr::tr("disable a login") << "\n"
          << "  user list --server URI         " << CliTr::tr("list the logins") << "\n"
          << "  server status --server URI     "
          << CliTr::tr("show the session holding every desk's pulls back, if any") << "\n"
          << "  server end-session PID --server URI\n"
          << "                                 " << CliTr::tr("end a session (see server status)")
          << "\n"
          << "  sync --db PATH [--server URI]  "
          << CliTr::tr("send local changes and receive the server's") << "\n"
          << "  conflicts list --db PATH       "
          << CliTr::tr("list the conflicts and refused changes waiting on a desk") << "\n"
          << "  conflicts resolve ID|--all --keep mine|theirs --db PATH\n"
          << "                                 "
          << CliTr::tr("settle conflicts as the Synchronisation page does") << "\n";
    for (ModuleInterface *module : m_workspace->modules().activeModules()) {
        for (const CliCommand &command : module->cliCommands())
            m_out << "  " << command.synopsis.leftJustified(30) << " " << command.description
                  << "\n";
    }
    m_out.flush();
    return 0;
}

int AdminCli::listModules()
{
    const QList<ModuleInfo> modules = m_workspace->modules().modules();
    if (modules.isEmpty())
        m_out << CliTr::tr("No module found in %1.")
                     .arg(m_workspace->modules().searchPaths().join(QLatin1String(", ")))
              << "\n";
    for (const ModuleInfo &info : modules) {
        const bool refused = info.state == ModuleInfo::State::Refused;
        m_out << info.metadata.id.leftJustified(16) << " " << info.metadata.version.leftJustified(8)
              << " " << (refused ? CliTr::tr("refused") : CliTr::tr("loaded"));
        if (refused)
            m_out << ": " << info.refusal;
        m_out << "\n";
    }
    m_out.flush();
    return 0;
}

int AdminCli::init(bool mustBeNew)
{
    QString path;
    if (!takeOption(QStringLiteral("--db"), &path))
        return 2;
    if (path.isEmpty())
        return usage(CliTr::tr("--db PATH is required."));
    if (mustBeNew && QFileInfo::exists(path))
        return fail(
            CliTr::tr("%1 already exists; use \"migrate\" to bring it up to date.").arg(path));
    if (!mustBeNew && !QFileInfo::exists(path))
        return fail(CliTr::tr("%1 does not exist; use \"init\" to create it.").arg(path));
    QString error;
    if (!m_workspace->openDatabase(path, &error))
        return fail(error);
    m_out << (mustBeNew ? CliTr::tr("Created %1.").arg(path)
                        : CliTr::tr("%1 is up to date.").arg(path))
          << Qt::endl;
    return 0;
}

int AdminCli::demo()
{
    QString path;
    QString agents = QStringLiteral("900");
    QString seed = QStringLiteral("1");
    if (!takeOption(QStringLiteral("--db"), &path)
        || !takeOption(QStringLiteral("--agents"), &agents)
        || !takeOption(QStringLiteral("--seed"), &seed))
        return 2;
    if (path.isEmpty())
        return usage(CliTr::tr("--db PATH is required."));
    bool ok = false;
    const int agentCount = agents.toInt(&ok);
    if (!ok || agentCount < 10 || agentCount > 1000000)
        return usage(CliTr::tr("--agents must be a whole number from 10 to 1,000,000."));
    const uint seedValue = seed.toUInt(&ok);
    if (!ok)
        return usage(CliTr::tr("--seed must be a whole number."));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_workspace->createDemoDatabase(
            path,
            agentCount,
            seedValue,
            [this](const QString &step) { m_err << "  " << step << Qt::endl; },
            &error))
        return fail(error);
    m_out << CliTr::tr("Demo town with %1 agents written to %2 in %3 s.")
                 .arg(agentCount)
                 .arg(path)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
          << Qt::endl;
    return 0;
}

int AdminCli::moduleCommand(const QString &name, const QStringList &rest)
{
    for (ModuleInterface *module : m_workspace->modules().activeModules()) {
        for (const CliCommand &command : module->cliCommands()) {
            if (command.name != name)
                continue;
            m_args = rest;
            QString path;
            if (!takeOption(QStringLiteral("--db"), &path))
                return 2;
            CliContext context{m_out, m_err, nullptr};
            if (!path.isEmpty()) {
                if (!QFileInfo::exists(path))
                    return fail(CliTr::tr("%1 does not exist.").arg(path));
                QString error;
                if (!m_workspace->openDatabase(path, &error))
                    return fail(error);
                context.database = &m_workspace->database();
            }
            const int code = command.run(m_args, context);
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    return usage(CliTr::tr("unknown command \"%1\".").arg(name));
}

// Reads a password without echo on a terminal, or one line from a pipe.
static QString readPassword(QTextStream &err, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return read ? QString::fromUtf8(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'))
                : QString();
}

bool AdminCli::connectServer(const QString &uri, QSqlDatabase *server, QString *errorMessage)
{
    ServerConnection connection = ServerConnection::fromEnvironment();
    if (!uri.isEmpty() && !ServerConnection::fromUri(uri, &connection, errorMessage))
        return false;
    if (!connection.isValid()) {
        *errorMessage
            = CliTr::tr("no server given: use --server postgresql://user@host:port/database "
                        "or the PGHOST and PGDATABASE variables.");
        return false;
    }
    // verify-full unless the URI or PGSSLMODE asks for less in so many words; then said
    // each time, so that a forgotten "sslmode=require" does not go unnoticed.
    if (!connection.verifiesServer())
        m_err << CliTr::tr("warning: %1").arg(connection.insecureWarning()) << Qt::endl;
    QString password = qEnvironmentVariable("PGPASSWORD");
    if (!qEnvironmentVariableIsSet("PGPASSWORD") && isatty(STDIN_FILENO))
        password = readPassword(m_err, CliTr::tr("Password of %1: ").arg(connection.user));
    *server = connection.makeConnection(QStringLiteral("civitas-admin-server"), password);
    if (!server->open()) {
        *errorMessage = CliTr::tr("cannot connect to %1: %2")
                            .arg(connection.toDisplayUri(), server->lastError().text().trimmed());
        return false;
    }
    return true;
}

int AdminCli::provision()
{
    QString uri;
    if (!takeOption(QStringLiteral("--server"), &uri))
        return 2;
    QString error;
    QSqlDatabase server;
    if (!connectServer(uri, &server, &error))
        return fail(error);
    const QList<Migration> migrations = m_workspace->modules().centralMigrations(&error);
    if (!error.isEmpty())
        return fail(error);
    CentralSchema schema(server);
    if (!schema.provision(migrations, &error))
        return fail(error);
    // HR's reads are traced by pgaudit where the server has it (database/central/hr): say so
    // when it has not, as that trace is then the desks' word only.
    QSqlQuery audit(server);
    if (audit.exec(
            QStringLiteral("SELECT to_regclass('civitas.agent_details') IS NOT NULL AND NOT EXISTS "
                           "(SELECT 1 FROM pg_extension WHERE extname = 'pgaudit')"))
        && audit.next() && audit.value(0).toBool())
        m_err << "civitas-admin: "
              << CliTr::tr("warning: the pgaudit extension is not active on this server: HR's "
                           "reads of agent files leave no trace on the server (install "
                           "postgresql-15-pgaudit, load it in shared_preload_libraries, provision "
                           "again as a superuser; see docs/administration.md).")
              << Qt::endl;
    if (schema.appliedCount() == 0)
        m_out << CliTr::tr("The central schema is up to date; nothing changed.") << Qt::endl;
    else
        m_out << CliTr::tr("Applied %n migration(s): %1", nullptr, schema.appliedCount())
                     .arg(schema.appliedNames().join(QLatin1String(", ")))
              << Qt::endl;
    return 0;
}

int AdminCli::user()
{
    if (m_args.isEmpty())
        return usage(CliTr::tr("user needs add, disable or list."));
    const QString action = m_args.takeFirst();
    QString uri;
    if (!takeOption(QStringLiteral("--server"), &uri))
        return 2;
    if (action == QLatin1String("list")) {
        QString error;
        QSqlDatabase server;
        if (!connectServer(uri, &server, &error))
            return fail(error);
        QSqlQuery q(server);
        if (!q.exec(QStringLiteral(
                "SELECT u.login, u.display_name, coalesce(u.agent_id, ''), "
                "coalesce(r.rolcanlogin, false), coalesce((SELECT string_agg(m.role, ',' ORDER BY "
                "m.role) "
                "FROM civitas.role_memberships m WHERE m.user_id = u.id AND m.deleted = 0), '') "
                "FROM civitas.user_accounts u LEFT JOIN pg_roles r ON r.rolname = u.login "
                "WHERE u.deleted = 0 ORDER BY u.login")))
            return fail(q.lastError().text());
        while (q.next()) {
            m_out << q.value(0).toString().leftJustified(20) << " "
                  << (q.value(3).toBool() ? CliTr::tr("enabled") : CliTr::tr("disabled"))
                         .leftJustified(9)
                  << " " << q.value(4).toString().leftJustified(30) << " " << q.value(1).toString()
                  << "\n";
        }
        m_out.flush();
        return 0;
    }
    if (m_args.isEmpty())
        return usage(CliTr::tr("user %1 needs a LOGIN.").arg(action));
    const QString login = m_args.takeFirst();
    if (action == QLatin1String("disable")) {
        QString error;
        QSqlDatabase server;
        if (!connectServer(uri, &server, &error))
            return fail(error);
        QSqlQuery q(server);
        q.prepare(QStringLiteral("SELECT civitas.disable_login(?)"));
        q.addBindValue(login);
        if (!q.exec())
            return failServer(q.lastError());
        m_out << CliTr::tr("The login %1 is disabled; its open sessions are ended.").arg(login)
              << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("add"))
        return usage(CliTr::tr("unknown user action \"%1\".").arg(action));
    QString agent, name, unit, passwordFile;
    QStringList roles;
    if (!takeOption(QStringLiteral("--agent"), &agent)
        || !takeOption(QStringLiteral("--name"), &name)
        || !takeOption(QStringLiteral("--unit"), &unit)
        || !takeOption(QStringLiteral("--password-file"), &passwordFile))
        return 2;
    // --role may come several times, or once with a list: hr,department_head.
    while (m_args.contains(QStringLiteral("--role"))) {
        QString role;
        if (!takeOption(QStringLiteral("--role"), &role))
            return 2;
        for (const QString &r : role.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!Roles::isKnown(r))
                return usage(CliTr::tr("unknown role \"%1\" (known: %2).")
                                 .arg(r, Roles::all().join(QLatin1String(", "))));
            roles << r;
        }
    }
    // The new login's password: standard input or a file, never the command line.
    QString password;
    if (passwordFile.isEmpty()) {
        password = readPassword(m_err, CliTr::tr("New password for %1: ").arg(login));
    } else {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(CliTr::tr("cannot read %1: %2").arg(passwordFile, file.errorString()));
        password = QString::fromUtf8(file.readLine())
                       .remove(QLatin1Char('\n'))
                       .remove(QLatin1Char('\r'));
    }
    if (password.size() < 8)
        return fail(CliTr::tr("the password must have at least 8 characters."));
    QString error;
    QSqlDatabase server;
    if (!connectServer(uri, &server, &error))
        return fail(error);
    // An account that came with its town (civitas-admin load) keeps its agent, name, unit and
    // roles unless they are given: `user add smartin` is enough for a loaded demo's persona.
    QString existingId;
    {
        QSqlQuery q(server);
        q.prepare(QStringLiteral(
            "SELECT u.id, coalesce(u.agent_id, ''), coalesce((SELECT string_agg(m.role, ',') "
            "FROM civitas.role_memberships m WHERE m.user_id = u.id AND m.deleted = 0), '') "
            "FROM civitas.user_accounts u WHERE u.login = ? AND u.deleted = 0"));
        q.addBindValue(login);
        if (!q.exec())
            return fail(q.lastError().databaseText().trimmed());
        if (q.next()) {
            existingId = q.value(0).toString();
            if (agent.isEmpty())
                agent = q.value(1).toString();
            if (roles.isEmpty()) {
                for (const QString &r :
                     q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (r != Roles::Agent)
                        roles << r;
                }
            }
        }
    }
    if (agent.isEmpty())
        return usage(CliTr::tr("user add needs --agent ID: the server has no account %1 with "
                               "an agent yet.")
                         .arg(login));
    // Only a SCRAM hash goes to the server: no statement there ever holds the password.
    QString hashed;
    const QVariant handle = server.driver()->handle();
    if (handle.isValid()) {
        PGconn *pg = *static_cast<PGconn *const *>(handle.data());
        if (char *scram = PQencryptPasswordConn(
                pg, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256")) {
            hashed = QString::fromUtf8(scram);
            PQfreemem(scram);
        }
    }
    if (hashed.isEmpty())
        return fail(CliTr::tr("the password could not be prepared for the server."));
    server.transaction();
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT civitas.create_login(?, ?, string_to_array(?, ','))"));
    q.addBindValue(login);
    q.addBindValue(hashed);
    q.addBindValue(roles.join(QLatin1Char(',')));
    if (!q.exec()) {
        server.rollback();
        return failServer(q.lastError());
    }
    q.prepare(QStringLiteral(
        "INSERT INTO civitas.user_accounts (id, login, display_name, agent_id, org_unit_id, "
        "active) "
        "VALUES (?, ?, coalesce(?, ?), ?, (SELECT id FROM civitas.org_units WHERE code = ? AND "
        "deleted = 0), 1) "
        "ON CONFLICT (login) DO UPDATE SET display_name = coalesce(?, "
        "civitas.user_accounts.display_name), "
        "agent_id = excluded.agent_id, org_unit_id = coalesce(excluded.org_unit_id, "
        "civitas.user_accounts.org_unit_id), active = 1 RETURNING id"));
    q.addBindValue(existingId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                        : existingId);
    q.addBindValue(login);
    q.addBindValue(Sql::nullIfEmpty(name));
    q.addBindValue(login);
    q.addBindValue(agent);
    q.addBindValue(unit);
    q.addBindValue(Sql::nullIfEmpty(name));
    if (!q.exec() || !q.next()) {
        server.rollback();
        return failServer(q.lastError());
    }
    const QString userId = q.value(0).toString();
    QStringList all = roles;
    if (!all.contains(Roles::Agent))
        all.prepend(Roles::Agent);
    for (const QString &role : std::as_const(all)) {
        q.prepare(QStringLiteral(
            "INSERT INTO civitas.role_memberships (id, user_id, role) "
            "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM civitas.role_memberships "
            "WHERE user_id = ? AND role = ? AND deleted = 0)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(userId);
        q.addBindValue(role);
        q.addBindValue(userId);
        q.addBindValue(role);
        if (!q.exec()) {
            server.rollback();
            return failServer(q.lastError());
        }
    }
    q.prepare(QStringLiteral("UPDATE civitas.role_memberships SET deleted = 1 WHERE user_id = ? "
                             "AND deleted = 0 AND NOT (role = ANY (string_to_array(?, ',')))"));
    q.addBindValue(userId);
    q.addBindValue(all.join(QLatin1Char(',')));
    if (!q.exec() || !server.commit()) {
        server.rollback();
        return failServer(q.lastError());
    }
    m_out << CliTr::tr("The login %1 can connect, with the roles: %2.")
                 .arg(login, all.join(QLatin1String(", ")))
          << Qt::endl;
    return 0;
}

int AdminCli::sync()
{
    QString path, uri;
    if (!takeOption(QStringLiteral("--db"), &path) || !takeOption(QStringLiteral("--server"), &uri))
        return 2;
    if (path.isEmpty())
        return usage(CliTr::tr("--db PATH is required."));
    if (!QFileInfo::exists(path))
        return fail(CliTr::tr("%1 does not exist.").arg(path));
    QString error;
    if (!m_workspace->openDatabase(path, &error))
        return fail(error);
    LocalSettings settings(m_workspace->database());
    if (uri.isEmpty())
        uri = settings.value(QStringLiteral("server/uri")).toString();
    QSqlDatabase server;
    if (!connectServer(uri, &server, &error))
        return fail(error);
    Synchroniser synchroniser(m_workspace->database(), server);
    synchroniser.progress = [this](qint64 done, qint64 total) {
        m_err << "  " << CliTr::tr("received %1 of %2 rows").arg(done).arg(total) << Qt::endl;
    };
    SyncReport report;
    // A command-line sync also checks that the file holds exactly what the login may see.
    const bool ok = synchroniser.sync(&report) && synchroniser.reconcile(&report);
    if (report.fileRefused)
        return fail(report.error);
    m_out << CliTr::tr("pushed %1, pulled %2, conflicts %3, refused %4, removed %5")
                 .arg(report.pushed)
                 .arg(report.pulled)
                 .arg(report.conflicts)
                 .arg(report.refused)
                 .arg(report.removed)
          << Qt::endl;
    if (report.filesUploaded > 0)
        m_out << CliTr::tr("%n file(s) sent to the server", nullptr, report.filesUploaded)
              << Qt::endl;
    for (const QString &refusal : std::as_const(report.fileRefusals))
        m_out << refusal << Qt::endl;
    if (report.identityRenewed)
        m_out << CliTr::tr("This file is a copy of a desk file that went on syncing (a backup "
                           "restored, or a file used on a second desk): it now syncs under a new "
                           "desk identity, and its changes were sent as new ones.")
              << Qt::endl;
    // Five minutes: beyond a long first sync or a load, a transaction somebody keeps open.
    if (report.watermarkHeldSeconds > 300)
        m_out << CliTr::tr("The server's oldest running transaction has held every desk's pulls "
                           "back for %1: changes made since then arrive when it ends (see "
                           "civitas-admin server status).")
                     .arg(duration(qint64(report.watermarkHeldSeconds)))
              << Qt::endl;
    if (!ok)
        return fail(report.connectionLost
                        ? CliTr::tr("the connection to the server was lost: %1").arg(report.error)
                        : report.error);
    return 0;
}

int AdminCli::load()
{
    QString path, uri;
    if (!takeOption(QStringLiteral("--db"), &path) || !takeOption(QStringLiteral("--server"), &uri))
        return 2;
    if (path.isEmpty())
        return usage(CliTr::tr("--db PATH is required."));
    if (!QFileInfo::exists(path))
        return fail(CliTr::tr("%1 does not exist.").arg(path));
    QString error;
    if (!m_workspace->openDatabase(path, &error))
        return fail(error);
    const QList<Migration> migrations = m_workspace->modules().migrations(&error);
    if (!error.isEmpty())
        return fail(error);
    QSqlDatabase server;
    if (!connectServer(uri, &server, &error))
        return fail(error);
    TownLoader loader(m_workspace->database(), server);
    QElapsedTimer timer;
    timer.start();
    loader.progress = [this, &timer](const QString &table, qint64 done, qint64 total) {
        if (done == 0 && total > 0)
            return; // the table's last line says it all
        m_err << "  " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1).rightJustified(6)
              << " s  " << table.leftJustified(24) << " "
              << CliTr::tr("%1 of %2 records").arg(done).arg(total) << Qt::endl;
    };
    m_err << CliTr::tr("Loading %1 into %2, in one transaction…")
                 .arg(path, TownBinding::serverName(server))
          << Qt::endl;
    const Result<LoadReport> loaded = loader.load(migrations);
    if (!loaded.ok())
        return fail(loaded.error());
    m_out << CliTr::tr("Loaded %1 records of %2 tables into the town %3 in %4 s.")
                 .arg(loaded->rows)
                 .arg(loaded->tables.size())
                 .arg(loaded->townId)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
          << "\n"
          << CliTr::tr("%1 is marked as loaded and will not sync: every login gets a desk file "
                       "of its own. Next: civitas-admin user add LOGIN --server URI.")
                 .arg(path)
          << Qt::endl;
    return 0;
}

int AdminCli::run(const QStringList &arguments)
{
    m_args = arguments;
    if (m_args.isEmpty())
        return usage(CliTr::tr("a command is required."));
    const QString command = m_args.takeFirst();
    if (command == QLatin1String("--version")) {
        m_out << "civitas-admin " << QStringLiteral(CIVITAS_VERSION) << Qt::endl;
        return 0;
    }
    Workspace workspace;
    m_workspace = &workspace;
    workspace.loadModules();
    int code = 0;
    if (command == QLatin1String("--help") || command == QLatin1String("help"))
        code = printHelp();
    else if (command == QLatin1String("modules"))
        code = listModules();
    else if (command == QLatin1String("init"))
        code = init(true);
    else if (command == QLatin1String("migrate"))
        code = init(false);
    else if (command == QLatin1String("demo"))
        code = demo();
    else if (command == QLatin1String("provision"))
        code = provision();
    else if (command == QLatin1String("user"))
        code = user();
    else if (command == QLatin1String("sync"))
        code = sync();
    else if (command == QLatin1String("server"))
        code = server();
    else if (command == QLatin1String("conflicts"))
        code = conflicts();
    else if (command == QLatin1String("load"))
        code = load();
    else
        code = moduleCommand(command, m_args);
    if (code == 0 && !m_args.isEmpty()
        && (command == QLatin1String("init") || command == QLatin1String("migrate")
            || command == QLatin1String("demo")))
        m_err << "civitas-admin: " << CliTr::tr("ignored arguments:") << " "
              << m_args.join(QLatin1Char(' ')) << Qt::endl;
    m_workspace = nullptr;
    return code;
}

} // namespace Civitas
