#include "workspace.h"

#include <core/demo/demogenerator.h>

#include <QFile>

namespace Civitas {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_files(m_database)
    , m_context(m_database, m_session, m_modules, &m_files)
{}

Workspace::~Workspace()
{
    // Children such as the sync engine use the database: they go before it does.
    const QObjectList children = this->children();
    qDeleteAll(children);
    m_modules.shutDown();
    m_database.close();
}

int Workspace::loadModules()
{
    return m_modules.load();
}

bool Workspace::openAndMigrate(const QString &path, QString *errorMessage)
{
    QString error;
    const QList<Migration> migrations = m_modules.migrations(&error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    return m_database.open(path, errorMessage) && m_database.migrate(migrations, errorMessage);
}

bool Workspace::openDatabase(const QString &path, QString *errorMessage)
{
    if (!openAndMigrate(path, errorMessage))
        return false;
    if (!m_initialised) {
        m_modules.initialise(m_context);
        m_initialised = true;
    }
    return true;
}

bool Workspace::createDemoDatabase(const QString &path,
                                   int agentCount,
                                   quint32 seed,
                                   const std::function<void(const QString &)> &progress,
                                   QString *errorMessage)
{
    m_database.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!openAndMigrate(path, errorMessage))
        return false;
    if (!m_initialised) {
        m_modules.initialise(m_context);
        m_initialised = true;
    }
    return DemoGenerator::generate(m_database, m_modules, agentCount, seed, progress, errorMessage);
}

} // namespace Civitas
