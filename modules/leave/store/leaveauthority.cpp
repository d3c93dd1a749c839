#include "leaveauthority.h"
#include "livedelegationsql.h"
#include <leave/leavetr.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Leave {

LeaveAuthority::LeaveAuthority(Database &database, const Session &session)
    : m_database(database)
    , m_session(session)
{}

namespace {

template<typename T>
Result<T> readFailure(const Sql::Statement &st)
{
    qCWarning(lcStorage) << "leave authority:" << st.error();
    return Result<T>::failure(
        Tr::tr("Whose leave you decide on could not be read: %1").arg(st.error()));
}

} // namespace

Result<QStringList> LeaveAuthority::unitTree(const QString &seedSql,
                                             const QVariantList &binds) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("WITH RECURSIVE units(id) AS (%1 UNION SELECT c.id FROM "
                                     "org_units c JOIN units ON c.parent_id = units.id WHERE "
                                     "c.deleted = 0) SELECT id FROM units")
                          .arg(seedSql));
    if (!st.exec(binds))
        return readFailure<QStringList>(st);
    QStringList result;
    while (st.next())
        result.append(st.text(0));
    return result;
}

Result<QStringList> LeaveAuthority::headedUnits() const
{
    if (m_session.agentId().isEmpty())
        return QStringList();
    return unitTree(
        QStringLiteral(
            "SELECT id FROM org_units WHERE deleted = 0 AND ? IN (head_agent_id, deputy_agent_id)"),
        {m_session.agentId()});
}

Result<QStringList> LeaveAuthority::delegatedUnits(QDate day) const
{
    if (m_session.agentId().isEmpty())
        return QStringList();
    const QString d = day.toString(Qt::ISODate);
    return unitTree(QStringLiteral("SELECT org_unit_id FROM leave_delegations d WHERE deleted = 0 "
                                   "AND deputy_agent_id = ? AND start_date <= ? "
                                   "AND end_date >= ? AND %1")
                        .arg(liveDelegationSql(QStringLiteral("d"))),
                    {m_session.agentId(), d, d});
}

QStringList LeaveAuthority::units(QDate day) const
{
    return unitsFrom(headedUnits().valueOr({}), delegatedUnits(day).valueOr({}));
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
    const QStringList headed = headedUnits().valueOr({});
    const QStringList all = unitsFrom(headed, delegatedUnits(day).valueOr({}));
    if (all.isEmpty())
        return QStringLiteral("SELECT NULL WHERE 0");
    // A deputy never decides on the leave of the head who delegated to them (the server's
    // leave_team_agents() says the same), unless they head that agent's unit themselves.
    const QString me = sqlList({m_session.agentId()});
    const QString d = day.toString(Qt::ISODate);
    return QStringLiteral(
               "SELECT id FROM agents WHERE deleted = 0 AND org_unit_id IN (%1) AND id <> %2 "
               "AND (org_unit_id IN (%3) OR id NOT IN (SELECT delegator_agent_id FROM "
               "leave_delegations d "
               "WHERE deleted = 0 AND deputy_agent_id = %2 AND start_date <= '%4' AND end_date >= "
               "'%4' AND %5))")
        .arg(sqlList(all), me, sqlList(headed), d, liveDelegationSql(QStringLiteral("d")));
}

LeaveAuthority::Standing LeaveAuthority::standingTowards(const QString &agentId, QDate day) const
{
    const Result<QHash<QString, Standing>> standings = standingsTowards({agentId}, day);
    if (standings.ok())
        return standings.value().value(agentId);
    Standing s;
    if (m_session.hasRole(Roles::Hr))
        s.actor = LeaveActor::Hr;
    return s;
}

Result<QHash<QString, LeaveAuthority::Standing>>
LeaveAuthority::standingsTowards(const QStringList &agentIds, QDate day) const
{
    QHash<QString, Standing> standings;
    const QString me = m_session.agentId();
    Standing nobody;
    if (m_session.hasRole(Roles::Hr))
        nobody.actor = LeaveActor::Hr;
    QStringList others;
    for (const QString &id : agentIds) {
        if (!me.isEmpty() && id == me)
            standings.insert(id, {LeaveActor::Owner, {}});
        else if (!others.contains(id))
            others.append(id);
    }
    if (others.isEmpty())
        return standings;

    QHash<QString, QString> unitOf;
    {
        Sql::Statement st(m_database.connection(),
                          QStringLiteral("SELECT id, org_unit_id FROM agents WHERE id IN (%1)")
                              .arg(Sql::placeholders(others.size())));
        if (!st.exec(QVariantList(others.cbegin(), others.cend())))
            return readFailure<QHash<QString, Standing>>(st);
        while (st.next())
            unitOf.insert(st.text(0), st.text(1));
    }
    const Result<QStringList> headed = headedUnits();
    if (!headed.ok())
        return Result<QHash<QString, Standing>>::failure(headed.error());

    // The delegations the user holds that day, in the order they began, each with its unit
    // and sub-units: the first that covers an agent's unit names the head acted for.
    struct Delegation
    {
        QString delegator;
        QStringList units;
    };
    QList<Delegation> delegations;
    if (!me.isEmpty()) {
        const QString d = day.toString(Qt::ISODate);
        Sql::Statement st(
            m_database.connection(),
            QStringLiteral("WITH RECURSIVE granted(n, delegator, unit) AS (SELECT row_number() "
                           "OVER (ORDER BY start_date), delegator_agent_id, org_unit_id FROM "
                           "leave_delegations d WHERE deleted = 0 AND deputy_agent_id = ? AND "
                           "start_date <= ? AND end_date >= ? AND %1 "
                           "UNION SELECT g.n, g.delegator, c.id FROM org_units c JOIN granted g "
                           "ON c.parent_id = g.unit WHERE c.deleted = 0) "
                           "SELECT n, delegator, unit FROM granted ORDER BY n")
                .arg(liveDelegationSql(QStringLiteral("d"))));
        if (!st.exec({me, d, d}))
            return readFailure<QHash<QString, Standing>>(st);
        qint64 current = -1;
        while (st.next()) {
            if (st.value(0).toLongLong() != current) {
                current = st.value(0).toLongLong();
                delegations.append({st.text(1), {}});
            }
            delegations.last().units.append(st.text(2));
        }
    }

    for (const QString &agentId : std::as_const(others)) {
        const QString unit = unitOf.value(agentId);
        Standing s = nobody;
        if (!unit.isEmpty() && headed.value().contains(unit)) {
            s = {LeaveActor::Approver, {}};
        } else if (!unit.isEmpty()) {
            for (const Delegation &d : std::as_const(delegations)) {
                if (d.delegator == agentId)
                    continue; // the head who delegated: never through their own delegation
                if (d.units.contains(unit)) {
                    s = {LeaveActor::Approver, d.delegator};
                    break;
                }
            }
        }
        standings.insert(agentId, s);
    }
    return standings;
}

} // namespace Civitas::Leave
