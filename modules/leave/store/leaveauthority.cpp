#include "leaveauthority.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>

#include <QSqlQuery>

namespace Civitas::Leave {

LeaveAuthority::LeaveAuthority(Database &database, const Session &session)
    : m_database(database)
    , m_session(session)
{}

QStringList LeaveAuthority::unitTree(const QString &seedSql, const QVariantList &binds) const
{
    QStringList result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "WITH RECURSIVE units(id) AS (%1 UNION SELECT c.id FROM org_units c "
                  "JOIN units ON c.parent_id = units.id WHERE c.deleted = 0) SELECT id FROM units")
                  .arg(seedSql));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

QStringList LeaveAuthority::headedUnits() const
{
    if (m_session.agentId().isEmpty())
        return {};
    return unitTree(
        QStringLiteral(
            "SELECT id FROM org_units WHERE deleted = 0 AND ? IN (head_agent_id, deputy_agent_id)"),
        {m_session.agentId()});
}

QStringList LeaveAuthority::delegatedUnits(QDate day) const
{
    if (m_session.agentId().isEmpty())
        return {};
    const QString d = day.toString(Qt::ISODate);
    return unitTree(QStringLiteral("SELECT org_unit_id FROM leave_delegations WHERE deleted = 0 "
                                   "AND deputy_agent_id = ? AND start_date <= ? AND end_date >= ?"),
                    {m_session.agentId(), d, d});
}

QStringList LeaveAuthority::units(QDate day) const
{
    return unitsFrom(headedUnits(), delegatedUnits(day));
}

QStringList LeaveAuthority::unitsFrom(QStringList headed, const QStringList &delegated)
{
    for (const QString &u : delegated) {
        if (!headed.contains(u))
            headed.append(u);
    }
    return headed;
}

namespace {
// Ids inlined as SQL literals, quotes doubled.
QString sqlList(const QStringList &ids)
{
    QStringList quoted;
    for (QString id : ids)
        quoted.append(QLatin1Char('\'') + id.replace(QLatin1Char('\''), QLatin1String("''"))
                      + QLatin1Char('\''));
    return quoted.isEmpty() ? QStringLiteral("NULL") : quoted.join(QLatin1String(", "));
}
} // namespace

QString LeaveAuthority::teamAgentsSql(QDate day) const
{
    const QStringList headed = headedUnits();
    const QStringList all = unitsFrom(headed, delegatedUnits(day));
    if (all.isEmpty())
        return QStringLiteral("SELECT NULL WHERE 0");
    // A deputy never decides on the leave of the head who delegated to them (the server's
    // leave_team_agents() says the same), unless they head that agent's unit themselves.
    const QString me = sqlList({m_session.agentId()});
    const QString d = day.toString(Qt::ISODate);
    return QStringLiteral(
               "SELECT id FROM agents WHERE deleted = 0 AND org_unit_id IN (%1) AND id <> %2 "
               "AND (org_unit_id IN (%3) OR id NOT IN (SELECT delegator_agent_id FROM "
               "leave_delegations "
               "WHERE deleted = 0 AND deputy_agent_id = %2 AND start_date <= '%4' AND end_date >= "
               "'%4'))")
        .arg(sqlList(all), me, sqlList(headed), d);
}

LeaveAuthority::Standing LeaveAuthority::standingTowards(const QString &agentId, QDate day) const
{
    Standing s;
    if (!m_session.agentId().isEmpty() && agentId == m_session.agentId()) {
        s.actor = LeaveActor::Owner;
        return s;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT org_unit_id FROM agents WHERE id = ?"));
    q.addBindValue(agentId);
    const QString unit = q.exec() && q.next() ? q.value(0).toString() : QString();
    if (!unit.isEmpty() && headedUnits().contains(unit)) {
        s.actor = LeaveActor::Approver;
        return s;
    }
    // Through a delegation: the record names the head who delegated.
    if (!unit.isEmpty() && !m_session.agentId().isEmpty()) {
        QSqlQuery d(m_database.connection());
        d.setForwardOnly(true);
        d.prepare(QStringLiteral(
            "SELECT org_unit_id, delegator_agent_id FROM leave_delegations WHERE deleted = 0 "
            "AND deputy_agent_id = ? AND start_date <= ? AND end_date >= ? ORDER BY start_date"));
        d.addBindValue(m_session.agentId());
        d.addBindValue(day.toString(Qt::ISODate));
        d.addBindValue(day.toString(Qt::ISODate));
        if (d.exec()) {
            while (d.next()) {
                if (d.value(1).toString() == agentId)
                    continue; // the head who delegated: never through their own delegation
                if (unitTree(QStringLiteral("SELECT ?"), {d.value(0)}).contains(unit)) {
                    s.actor = LeaveActor::Approver;
                    s.onBehalfOfAgentId = d.value(1).toString();
                    return s;
                }
            }
        }
    }
    if (m_session.hasRole(Roles::Hr))
        s.actor = LeaveActor::Hr;
    return s;
}

} // namespace Civitas::Leave
