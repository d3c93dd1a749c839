#pragma once

#include "coreglobal.h"
#include <core/access/session.h>
#include <core/extension/modulecontext.h>
#include <core/extension/modulemanager.h>
#include <core/files/fileservice.h>
#include <core/storage/database.h>

#include <QObject>

#include <functional>

namespace Civitas {

// What the shell and civitas-admin both need: the modules, the local file brought up to
// date with every module's migrations, and the session, in the right order.
class CIVITAS_CORE_EXPORT Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    ModuleManager &modules() { return m_modules; }
    Database &database() { return m_database; }
    Session &session() { return m_session; }
    FileService &files() { return m_files; }

    // Reads and loads the module plugins (see ModuleManager).
    int loadModules();
    // Opens the file, applies pending migrations, then initialises the modules.
    bool openDatabase(const QString &path, QString *errorMessage);
    // Creates `path` anew (an existing file is replaced) with a demo town.
    bool createDemoDatabase(const QString &path,
                            int agentCount,
                            quint32 seed,
                            const std::function<void(const QString &)> &progress,
                            QString *errorMessage);

private:
    bool openAndMigrate(const QString &path, QString *errorMessage);

    ModuleManager m_modules;
    Database m_database;
    Session m_session;
    FileService m_files;
    ModuleContext m_context;
    bool m_initialised = false;
};

} // namespace Civitas
