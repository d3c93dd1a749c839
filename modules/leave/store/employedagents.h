#pragma once

#include <leave/leaveglobal.h>

#include <hr/domain/agentfile.h>

#include <core/result.h>

#include <QCoreApplication>

#include <QHash>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The agents employed at some time in a rights year, with what their rights depend on: what
// the allocations of that year and its closing both work from. Kept apart from both so that
// neither depends on the other.
class CIVITAS_LEAVE_EXPORT EmployedAgents
{
public:
    explicit EmployedAgents(Database &database);

    // The files (identity, status, positions, working time; no career, no documents) of every
    // agent employed at some time in `year`, read in three queries whatever their number; or
    // why they could not be read.
    Result<QHash<QString, Hr::AgentFile>> filesOf(int year) const;
    // "NOM Prénom (matricule)".
    static QString label(const Hr::Agent &agent);

private:
    Database &m_database;
};

} // namespace Civitas::Leave
