#pragma once

#include <core/coreglobal.h>

#include <QString>

#include <functional>

namespace Civitas {

class Database;
class ModuleManager;

// Fills a migrated local file with a demo town: the core's data, then each active module's
// in dependency order, all in one transaction. The rows are not put in the sync outbox:
// a demo town is never pushed to a real server.
class CIVITAS_CORE_EXPORT DemoGenerator
{
public:
    static bool generate(Database &database,
                         ModuleManager &modules,
                         int agentCount,
                         quint32 seed,
                         const std::function<void(const QString &)> &progress,
                         QString *errorMessage);
};

} // namespace Civitas
