#pragma once

#include <QString>

namespace Civitas::Leave {

// The condition a delegation (leave_delegations aliased `alias`) meets while it counts: its
// delegator still heads, or permanently deputises, the delegated unit or a unit above it. A head
// replaced by HR no longer delegates, as the server judges it (central leave 0002,
// leave_delegations_held()). The units are few: the whole chart is walked once per statement.
inline QString liveDelegationSql(const QString &alias)
{
    return QStringLiteral(
               "(%1.org_unit_id, %1.delegator_agent_id) IN (WITH RECURSIVE standing(unit_id, "
               "agent_id) AS (SELECT id, head_agent_id FROM org_units WHERE deleted = 0 AND "
               "head_agent_id IS NOT NULL UNION SELECT id, deputy_agent_id FROM org_units WHERE "
               "deleted = 0 AND deputy_agent_id IS NOT NULL UNION SELECT c.id, s.agent_id FROM "
               "org_units c JOIN standing s ON c.parent_id = s.unit_id WHERE c.deleted = 0) "
               "SELECT unit_id, agent_id FROM standing)")
        .arg(alias);
}

} // namespace Civitas::Leave
