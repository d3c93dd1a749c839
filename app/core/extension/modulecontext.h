#pragma once

#include <core/coreglobal.h>

namespace Civitas {

class Database;
class ModuleManager;
class Session;

// What a module receives at initialisation: the local file and who is using it.
// The objects outlive every module.
class CIVITAS_CORE_EXPORT ModuleContext
{
public:
    ModuleContext(Database &database, Session &session, ModuleManager &manager)
        : m_database(database)
        , m_session(session)
        , m_manager(manager)
    {}

    Database &database() const { return m_database; }
    Session &session() const { return m_session; }
    ModuleManager &manager() const { return m_manager; }

private:
    Database &m_database;
    Session &m_session;
    ModuleManager &m_manager;
};

} // namespace Civitas
