#pragma once

#include <core/coreglobal.h>

namespace Civitas {

class Database;
class FileService;
class ModuleManager;
class Session;

// What a module receives at initialisation: the local file and who is using it.
// The objects outlive every module.
class CIVITAS_CORE_EXPORT ModuleContext
{
public:
    ModuleContext(Database &database,
                  Session &session,
                  ModuleManager &manager,
                  FileService *files = nullptr)
        : m_database(database)
        , m_session(session)
        , m_manager(manager)
        , m_files(files)
    {}

    Database &database() const { return m_database; }
    Session &session() const { return m_session; }
    ModuleManager &manager() const { return m_manager; }
    // The file store's bytes for pages (null where no page opens a file: some tests).
    FileService *files() const { return m_files; }

private:
    Database &m_database;
    Session &m_session;
    ModuleManager &m_manager;
    FileService *m_files;
};

} // namespace Civitas
