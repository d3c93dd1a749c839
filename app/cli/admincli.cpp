#include "admincli.h"

#include <core/moduleinterface.h>
#include <core/workspace.h>

#include <QElapsedTimer>
#include <QFileInfo>

namespace Civitas {

AdminCli::AdminCli(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{}

int AdminCli::usage(const QString &problem)
{
    m_err << "civitas-admin: " << problem << " " << tr("(see civitas-admin --help)") << Qt::endl;
    return 2;
}

int AdminCli::fail(const QString &message)
{
    // One line, whatever the message: scripts read stderr line by line.
    m_err << "civitas-admin: " << tr("error:") << " "
          << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return 1;
}

bool AdminCli::takeOption(const QString &name, QString *value)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return true;
    if (i + 1 >= m_args.size() || m_args.at(i + 1).startsWith(QLatin1String("--"))) {
        usage(tr("the option %1 needs a value.").arg(name));
        return false;
    }
    *value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return true;
}

int AdminCli::printHelp()
{
    m_out << tr("Usage: civitas-admin COMMAND [options]") << "\n\n"
          << tr("Commands:") << "\n"
          << "  --version                      " << tr("print the version") << "\n"
          << "  modules                        " << tr("list the modules, their state and why one was refused") << "\n"
          << "  init --db PATH                 " << tr("create a new local database") << "\n"
          << "  migrate --db PATH              " << tr("apply pending migrations to a local database") << "\n"
          << "  demo --db PATH [--agents N] [--seed S]\n"
          << "                                 " << tr("create a demo town (900 agents, seed 1 by default)") << "\n";
    for (ModuleInterface *module : m_workspace->modules().activeModules()) {
        for (const CliCommand &command : module->cliCommands())
            m_out << "  " << command.synopsis.leftJustified(30) << " " << command.description << "\n";
    }
    m_out.flush();
    return 0;
}

int AdminCli::listModules()
{
    const QList<ModuleInfo> modules = m_workspace->modules().modules();
    if (modules.isEmpty())
        m_out << tr("No module found in %1.")
                     .arg(m_workspace->modules().searchPaths().join(QLatin1String(", ")))
              << "\n";
    for (const ModuleInfo &info : modules) {
        const bool refused = info.state == ModuleInfo::State::Refused;
        m_out << info.metadata.id.leftJustified(16) << " "
              << info.metadata.version.leftJustified(8) << " "
              << (refused ? tr("refused") : tr("loaded"));
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
        return usage(tr("--db PATH is required."));
    if (mustBeNew && QFileInfo::exists(path))
        return fail(tr("%1 already exists; use \"migrate\" to bring it up to date.").arg(path));
    if (!mustBeNew && !QFileInfo::exists(path))
        return fail(tr("%1 does not exist; use \"init\" to create it.").arg(path));
    QString error;
    if (!m_workspace->openDatabase(path, &error))
        return fail(error);
    m_out << (mustBeNew ? tr("Created %1.").arg(path) : tr("%1 is up to date.").arg(path)) << Qt::endl;
    return 0;
}

int AdminCli::demo()
{
    QString path;
    QString agents = QStringLiteral("900");
    QString seed = QStringLiteral("1");
    if (!takeOption(QStringLiteral("--db"), &path) || !takeOption(QStringLiteral("--agents"), &agents)
        || !takeOption(QStringLiteral("--seed"), &seed))
        return 2;
    if (path.isEmpty())
        return usage(tr("--db PATH is required."));
    bool ok = false;
    const int agentCount = agents.toInt(&ok);
    if (!ok || agentCount < 10 || agentCount > 1000000)
        return usage(tr("--agents must be a whole number from 10 to 1,000,000."));
    const uint seedValue = seed.toUInt(&ok);
    if (!ok)
        return usage(tr("--seed must be a whole number."));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_workspace->createDemoDatabase(
            path, agentCount, seedValue,
            [this](const QString &step) { m_err << "  " << step << Qt::endl; }, &error))
        return fail(error);
    m_out << tr("Demo town with %1 agents written to %2 in %3 s.")
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
                    return fail(tr("%1 does not exist.").arg(path));
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
    return usage(tr("unknown command \"%1\".").arg(name));
}

int AdminCli::run(const QStringList &arguments)
{
    m_args = arguments;
    if (m_args.isEmpty())
        return usage(tr("a command is required."));
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
    else
        code = moduleCommand(command, m_args);
    if (code == 0 && !m_args.isEmpty() && (command == QLatin1String("init")
                                           || command == QLatin1String("migrate")
                                           || command == QLatin1String("demo")))
        m_err << "civitas-admin: " << tr("ignored arguments:") << " " << m_args.join(QLatin1Char(' '))
              << Qt::endl;
    m_workspace = nullptr;
    return code;
}

} // namespace Civitas
