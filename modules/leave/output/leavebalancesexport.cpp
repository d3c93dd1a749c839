#include "leavebalancesexport.h"
#include <leave/leavetr.h>

#include <leave/store/leavetypecatalog.h>

#include <core/formats/csvwriter.h>
#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas::Leave {

LeaveBalance LeaveBalancesExport::AgentBalances::balanceOf(const QString &leaveTypeId) const
{
    for (const LeaveBalance &b : balances) {
        if (b.leaveTypeId == leaveTypeId)
            return b;
    }
    LeaveBalance none;
    none.leaveTypeId = leaveTypeId;
    return none;
}

QList<LeaveBalancesExport::AgentBalances>
LeaveBalancesExport::balances(Database &database, const QString &unitId, int year)
{
    // The ledger's sums and the waiting requests' days, by agent and type (rights are every
    // kind but uses, as LeaveLedger::balances splits them), joined to the unit's agents: one
    // query. A unit's ledger is read agent by agent through the (year, agent) index; the whole
    // town's, in one pass over the year. The few waiting requests come by the state index
    // ("+agent_id": not by agent, which would visit every agent's requests).
    const bool wholeTown = unitId.isEmpty();
    const QString inUnit
        = wholeTown
              ? QString()
              : QStringLiteral(
                  "AND a.org_unit_id IN (WITH RECURSIVE units(id) AS (SELECT ? UNION SELECT "
                  "o.id FROM org_units o JOIN units u ON o.parent_id = u.id WHERE o.deleted = 0) "
                  "SELECT id FROM units) ");
    const QString ledgerInTeam
        = wholeTown ? QString() : QStringLiteral("AND e.agent_id IN (SELECT id FROM team) ");
    const QString waitingInTeam
        = wholeTown ? QString() : QStringLiteral("AND +r.agent_id IN (SELECT id FROM team) ");
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "WITH team AS (SELECT a.id, a.registration_number, %1 AS name FROM agents a WHERE "
            "a.deleted = 0 "
            "  %2AND a.entry_date <= ? AND (a.departure_date IS NULL OR a.departure_date >= ?)), "
            "balanced AS (SELECT id FROM leave_types WHERE has_balance = 1), "
            "amounts AS (SELECT e.agent_id, e.leave_type_id, sum(CASE WHEN e.kind <> 'use' THEN "
            "e.days_hundredths ELSE 0 END) AS rights, "
            "  sum(CASE WHEN e.kind = 'use' THEN e.days_hundredths ELSE 0 END) AS used, 0 AS "
            "pending FROM leave_ledger_entries e "
            "  WHERE e.year = ? AND e.deleted = 0 AND e.leave_type_id IN balanced %3GROUP BY "
            "e.agent_id, e.leave_type_id "
            "  UNION ALL SELECT r.agent_id, r.leave_type_id, 0, 0, sum(r.half_days) * 50 FROM "
            "leave_requests r "
            "  WHERE r.state IN ('submitted', 'waiting_hr') AND r.start_date >= ? AND r.start_date "
            "< ? AND r.deleted = 0 "
            "  AND r.leave_type_id IN balanced %4GROUP BY r.agent_id, r.leave_type_id) "
            "SELECT t.id, t.registration_number, t.name, m.leave_type_id, sum(m.rights), "
            "sum(m.used), sum(m.pending) "
            "FROM team t LEFT JOIN amounts m ON m.agent_id = t.id "
            "GROUP BY t.id, m.leave_type_id ORDER BY t.name COLLATE french, t.id")
            .arg(
                Hr::agentDisplayNameSql(QStringLiteral("a")), inUnit, ledgerInTeam, waitingInTeam));
    if (!unitId.isEmpty())
        q.addBindValue(unitId);
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(year);
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    QList<AgentBalances> result;
    if (!q.exec()) {
        qWarning("LeaveBalancesExport: %s", qPrintable(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        const QString agentId = q.value(0).toString();
        if (result.isEmpty() || result.constLast().agentId != agentId)
            result.append({agentId, q.value(1).toString(), q.value(2).toString(), {}});
        if (q.value(3).isNull())
            continue;
        LeaveBalance b;
        b.leaveTypeId = q.value(3).toString();
        b.rightsHundredths = q.value(4).toInt();
        b.usedHundredths = q.value(5).toInt();
        b.pendingHundredths = q.value(6).toInt();
        result.last().balances.append(b);
    }
    return result;
}

bool LeaveBalancesExport::write(
    Database &database, const QString &unitId, int year, QIODevice *device, QString *error)
{
    QList<LeaveType> types;
    for (const LeaveType &t : LeaveTypeCatalog(database).types()) {
        if (t.hasBalance)
            types.append(t);
    }
    const QList<AgentBalances> rows = balances(database, unitId, year);
    // A type nobody of the unit has anything of is left out: four empty columns say nothing.
    QList<LeaveType> shown;
    for (const LeaveType &t : std::as_const(types)) {
        for (const AgentBalances &row : rows) {
            const LeaveBalance b = row.balanceOf(t.id);
            if (b.rightsHundredths || b.usedHundredths || b.pendingHundredths) {
                shown.append(t);
                break;
            }
        }
    }
    QStringList header = {Tr::tr("Registration number"), Tr::tr("Name")};
    for (const LeaveType &t : std::as_const(shown)) {
        header << Tr::tr("%1: rights").arg(t.label) << Tr::tr("%1: taken").arg(t.label)
               << Tr::tr("%1: waiting").arg(t.label) << Tr::tr("%1: left").arg(t.label);
    }
    CsvWriter csv(device);
    csv.setHeader(header);
    auto days = [](int hundredths) {
        return QVariant(hundredths / 100.0);
    };
    for (const AgentBalances &row : rows) {
        QVariantList values = {row.registrationNumber, row.name};
        for (const LeaveType &t : std::as_const(shown)) {
            const LeaveBalance b = row.balanceOf(t.id);
            values << days(b.rightsHundredths) << days(-b.usedHundredths)
                   << days(b.pendingHundredths) << days(b.availableHundredths());
        }
        csv.writeRow(values);
    }
    if (csv.hasError()) {
        if (error)
            *error = csv.errorString();
        return false;
    }
    return true;
}

} // namespace Civitas::Leave
