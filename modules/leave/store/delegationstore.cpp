#include "delegationstore.h"
#include "livedelegationsql.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QLocale>
#include <QUuid>

namespace Civitas::Leave {

namespace {

template<typename T>
Result<T> readFailure(const Sql::Statement &st)
{
    qCWarning(lcStorage) << "leave delegations:" << st.error();
    return Result<T>::failure(Tr::tr("The delegations could not be read: %1").arg(st.error()));
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

DelegationStore::DelegationStore(Database &database)
    : m_database(database)
{}

Result<QList<DelegationStore::Choice>> DelegationStore::unitsHeadedBy(const QString &agentId) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT id, name FROM org_units WHERE deleted = 0 AND "
                                     "head_agent_id = ? ORDER BY name COLLATE french, id"));
    if (!st.exec({agentId}))
        return readFailure<QList<Choice>>(st);
    QList<Choice> units;
    while (st.next())
        units.append({st.text(0), st.text(1)});
    return units;
}

Result<bool> DelegationStore::headsAUnit(const QString &agentId) const
{
    if (agentId.isEmpty())
        return false;
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT 1 FROM org_units WHERE deleted = 0 AND head_agent_id "
                                     "= ? LIMIT 1"));
    if (st.first({agentId}))
        return true;
    if (st.failed())
        return readFailure<bool>(st);
    return false;
}

Result<QList<DelegationStore::Choice>> DelegationStore::deputyCandidates(const QString &headAgentId,
                                                                         QDate day) const
{
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("WITH RECURSIVE units(id) AS (SELECT id FROM org_units WHERE deleted "
                       "= 0 AND head_agent_id = ? "
                       "UNION SELECT c.id FROM org_units c JOIN units ON c.parent_id = "
                       "units.id WHERE c.deleted = 0) "
                       "SELECT a.id, %1 FROM agents a JOIN units u ON u.id = a.org_unit_id "
                       "WHERE a.deleted = 0 AND a.id <> ? "
                       "AND (a.departure_date IS NULL OR a.departure_date >= ?) ORDER BY %1 "
                       "COLLATE french, a.id")
            .arg(name));
    if (!st.exec({headAgentId, headAgentId, day.toString(Qt::ISODate)}))
        return readFailure<QList<Choice>>(st);
    QList<Choice> agents;
    while (st.next())
        agents.append({st.text(0), st.text(1)});
    return agents;
}

Result<QList<DelegationStore::Given>> DelegationStore::givenBy(const QString &agentId) const
{
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT d.id, coalesce(o.name, d.org_unit_id), coalesce(%1, "
                       "d.deputy_agent_id), d.start_date, d.end_date "
                       "FROM leave_delegations d LEFT JOIN org_units o ON o.id = d.org_unit_id "
                       "LEFT JOIN agents a ON a.id = d.deputy_agent_id "
                       "WHERE d.deleted = 0 AND (d.delegator_agent_id = ? OR d.org_unit_id IN "
                       "(SELECT id FROM org_units WHERE deleted = 0 AND head_agent_id = ?)) "
                       "ORDER BY d.end_date DESC, d.start_date DESC")
            .arg(name));
    if (!st.exec({agentId, agentId}))
        return readFailure<QList<Given>>(st);
    QList<Given> given;
    while (st.next())
        given.append(
            {st.text(0), st.text(1), st.text(2), dateOf(st.value(3)), dateOf(st.value(4))});
    return given;
}

Result<QList<DelegationStore::Received>> DelegationStore::inForceFor(const QString &deputyAgentId,
                                                                     QDate day) const
{
    const QString d = day.toString(Qt::ISODate);
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT o.name, coalesce(%1, d.delegator_agent_id), d.end_date "
                       "FROM leave_delegations d "
                       "JOIN org_units o ON o.id = d.org_unit_id LEFT JOIN agents a ON "
                       "a.id = d.delegator_agent_id "
                       "WHERE d.deleted = 0 AND d.deputy_agent_id = ? AND d.start_date "
                       "<= ? AND d.end_date >= ? AND %2 "
                       "ORDER BY d.end_date, o.name COLLATE french")
            .arg(Hr::agentDisplayNameSql(QStringLiteral("a")),
                 liveDelegationSql(QStringLiteral("d"))));
    if (!st.exec({deputyAgentId, d, d}))
        return readFailure<QList<Received>>(st);
    QList<Received> received;
    while (st.next())
        received.append({st.text(0), st.text(1), dateOf(st.value(2))});
    return received;
}

Result<bool> DelegationStore::overlaps(const QString &unitId,
                                       const QString &deputyAgentId,
                                       QDate start,
                                       QDate end) const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT count(*) FROM leave_delegations WHERE deleted = 0 AND "
                                     "org_unit_id = ? AND deputy_agent_id = ? "
                                     "AND start_date <= ? AND end_date >= ?"));
    if (!st.first({unitId, deputyAgentId, end.toString(Qt::ISODate), start.toString(Qt::ISODate)}))
        return readFailure<bool>(st);
    return st.value(0).toInt() > 0;
}

Result<QString> DelegationStore::add(const NewDelegation &delegation)
{
    // As the server (central leave 0002): a delegation covers an absence, at most a year.
    if (delegation.end >= delegation.start.addYears(LeaveTextLimits::delegationYears))
        return Result<QString>::failure(
            Tr::tr("A delegation lasts at most a year: end it before %1.")
                .arg(QLocale().toString(delegation.start.addYears(LeaveTextLimits::delegationYears),
                                        QLocale::ShortFormat)));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("INSERT INTO leave_delegations (id, org_unit_id, "
                                     "delegator_agent_id, deputy_agent_id, start_date, end_date) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st.exec({id,
                  delegation.unitId,
                  delegation.delegatorAgentId,
                  delegation.deputyAgentId,
                  delegation.start.toString(Qt::ISODate),
                  delegation.end.toString(Qt::ISODate)})) {
        qCWarning(lcStorage) << "leave delegation not saved:" << st.error();
        return Result<QString>::failure(
            Tr::tr("The delegation could not be saved: %1").arg(st.error()));
    }
    return id;
}

Result<DelegationStore::Ending>
DelegationStore::end(const QString &id, const QString &delegatorAgentId, QDate today)
{
    Sql::Statement read(m_database.connection(),
                        QStringLiteral("SELECT start_date, end_date FROM leave_delegations WHERE "
                                       "id = ? AND deleted = 0 AND (delegator_agent_id = ? OR "
                                       "org_unit_id IN (SELECT id FROM org_units WHERE deleted = "
                                       "0 AND head_agent_id = ?))"));
    if (!read.first({id, delegatorAgentId, delegatorAgentId})) {
        if (read.failed()) {
            qCWarning(lcStorage) << "leave delegation not read:" << read.error();
            return Result<Ending>::failure(
                Tr::tr("The delegation could not be ended: %1").arg(read.error()));
        }
        return Result<Ending>::failure(Tr::tr("This delegation is no longer in the file."));
    }
    const QDate start = dateOf(read.value(0));
    const QDate end = dateOf(read.value(1));
    if (end < today)
        return Result<Ending>::failure(Tr::tr("This delegation is already over."));
    const bool begun = start < today;
    Sql::Statement write(
        m_database.connection(),
        begun ? QStringLiteral("UPDATE leave_delegations SET end_date = ? WHERE id = ?")
              : QStringLiteral("UPDATE leave_delegations SET deleted = 1 WHERE id = ?"));
    const bool written
        = begun ? write.exec({today.addDays(-1).toString(Qt::ISODate), id}) : write.exec({id});
    if (!written) {
        qCWarning(lcStorage) << "leave delegation not ended:" << write.error();
        return Result<Ending>::failure(
            Tr::tr("The delegation could not be ended: %1").arg(write.error()));
    }
    return begun ? Ending::EndedYesterday : Ending::Removed;
}

} // namespace Civitas::Leave
