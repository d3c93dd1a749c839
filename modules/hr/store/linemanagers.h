#pragma once

#include <hr/hrglobal.h>

#include <core/result.h>

#include <QList>
#include <QString>

#include <optional>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// Whom HR can choose as an agent's line manager in the agent file: the heads of units and the
// agents of the agent's own unit. A manager already on file may be neither any more (moved to
// another unit, or not visible on this desk): the form then still shows who it is, by name.
class CIVITAS_HR_EXPORT LineManagers
{
public:
    struct Candidate
    {
        QString agentId;
        QString name; // as the agent goes by
    };

    explicit LineManagers(Database &database)
        : m_database(database)
    {}

    // By name, never the agent itself. For a new agent (empty id): the heads of units only.
    Result<QList<Candidate>> candidatesFor(const QString &agentId) const;
    // The name an agent goes by; none when the agent is not in this desk's file.
    Result<std::optional<QString>> nameOf(const QString &agentId) const;

private:
    Database &m_database;
};

} // namespace Civitas::Hr
