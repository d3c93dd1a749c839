#include "leavedemotown.h"

#include <core/access/roles.h>
#include <core/demo/democontext.h>
#include <core/demo/demopersonas.h>
#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Civitas::Leave::Internal {

using Hr::WeeklyPattern;

int utcOffset(QDate day)
{
    // The town's time (Europe/Paris), worked out here: a QTimeZone conversion per step would
    // cost more than the rest of a step's making. Summer time runs from the last Sunday of
    // March to the last Sunday of October.
    const QDate march(day.year(), 3, 31);
    const QDate october(day.year(), 10, 31);
    const QDate summerFirst = march.addDays(-(march.dayOfWeek() % 7));
    const QDate summerEnd = october.addDays(-(october.dayOfWeek() % 7));
    return day >= summerFirst && day < summerEnd ? 7200 : 3600;
}

QDateTime officeTime(QDate day, QRandomGenerator &rng)
{
    const QTime time(8 + int(rng.bounded(10)), int(rng.bounded(60)), int(rng.bounded(60)));
    return QDateTime(day, time, Qt::UTC).addSecs(-utcOffset(day));
}

Town::Town(DemoContext &context, const QDateTime &at)
    : demo(context)
    , db(context.database().connection())
    , now(at.toUTC())
{
    today = localDate(now);
    firstYear = today.year() - HistoryYears + 1;
}

bool Town::load(QString *errorMessage)
{
    QList<QPair<QString, QString>> parentsAndHeads;
    if (!loadTypes(errorMessage) || !loadUnits(&parentsAndHeads, errorMessage)
        || !loadAgents(errorMessage) || !loadWorkingTimes(errorMessage)
        || !loadPositions(errorMessage))
        return false;
    linkUnits(parentsAndHeads);
    findPersonas();
    return true;
}

// The types the demo asks for, and a balance slot for each type that has a balance.
bool Town::loadTypes(QString *errorMessage)
{
    types.reload(demo.database());
    annual = types.byCode(LeaveTypeCodes::AnnualLeave);
    rtt = types.byCode(LeaveTypeCodes::Rtt);
    splitBonus = types.byCode(LeaveTypeCodes::SplitLeaveBonus);
    sick = types.byCode(LeaveTypeCodes::SickLeave);
    training = types.byCode(LeaveTypeCodes::Training);
    marriage = types.byCode(QStringLiteral("marriage"));
    familyDeath = types.byCode(QStringLiteral("family_death"));
    sickChild = types.byCode(QStringLiteral("sick_child"));
    if (!annual || !rtt || !splitBonus || !sick || !training) {
        *errorMessage = QStringLiteral("the seeded leave types are missing");
        return false;
    }
    int slot = 0;
    for (const LeaveType &t : types.types()) {
        if (t.hasBalance)
            balanceSlots.insert(t.id, slot++);
    }
    return true;
}

// The organisation chart; each unit's parent and head ids are resolved once the agents are in.
bool Town::loadUnits(QList<QPair<QString, QString>> *parentsAndHeads, QString *errorMessage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, parent_id, head_agent_id, kind FROM org_units "
                               "WHERE deleted = 0 ORDER BY code"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toString();
        u.code = q.value(1).toString();
        u.service = q.value(4).toString() == QLatin1String("service");
        unitIndex.insert(u.id, int(units.size()));
        units.append(u);
        parentsAndHeads->append({q.value(2).toString(), q.value(3).toString()});
    }
    return true;
}

// Agents in id order: the ledger's and the requests' agent indexes then grow in order.
bool Town::loadAgents(QString *errorMessage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.id, a.org_unit_id, a.entry_date, a.departure_date, %1, "
                               "coalesce(u.login, ''), "
                               "coalesce(u.display_name, ''), EXISTS (SELECT 1 FROM "
                               "role_memberships r WHERE r.user_id = u.id "
                               "AND r.role = 'hr' AND r.deleted = 0) FROM agents a LEFT JOIN "
                               "user_accounts u ON u.agent_id = a.id "
                               "AND u.deleted = 0 WHERE a.deleted = 0 ORDER BY a.id")
                    .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        DemoAgent a;
        a.id = q.value(0).toString();
        if (agentIndex.contains(a.id))
            continue;
        a.unit = unitIndex.value(q.value(1).toString(), -1);
        a.file.agent.id = a.id;
        a.file.agent.entryDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        a.file.agent.departureDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.fileName = q.value(4).toString();
        a.login = q.value(5).toString();
        a.accountName = q.value(6).toString();
        a.hr = q.value(7).toBool();
        agentIndex.insert(a.id, int(agents.size()));
        agents.append(a);
    }
    return true;
}

// Working-time histories: requests are counted on each agent's own weekly pattern.
bool Town::loadWorkingTimes(QString *errorMessage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT agent_id, effective_date, kind, coalesce(part_time_rate, "
                               "0), coalesce(thirty_fifths, 0), "
                               "weekly_minutes, weekly_pattern FROM working_times WHERE deleted = "
                               "0 ORDER BY agent_id, effective_date, id"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int i = agentIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        Hr::WorkingTime w;
        w.effectiveDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        w.kind = q.value(2).toString();
        w.partTimeRate = q.value(3).toInt();
        w.thirtyFifths = q.value(4).toInt();
        w.weeklyMinutes = q.value(5).toInt();
        WeeklyPattern::fromCode(q.value(6).toString(), &w.pattern);
        agents[i].file.workingTimes.append(w);
    }
    return true;
}

// Statutory positions: nobody asks this employer for leave while on leave of absence or
// seconded.
bool Town::loadPositions(QString *errorMessage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT agent_id, position, start_date, end_date FROM statutory_positions "
            "WHERE deleted = 0 ORDER BY agent_id, start_date"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int i = agentIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        Hr::StatutoryPosition p;
        p.position = q.value(1).toString();
        p.startDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        p.endDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        agents[i].file.positions.append(p);
    }
    return true;
}

// Who works in which unit, each unit's parent and head: requests go up to the head above.
void Town::linkUnits(const QList<QPair<QString, QString>> &parentsAndHeads)
{
    for (DemoAgent &a : agents) {
        a.schedule = WorkingSchedule(a.file.workingTimes);
        if (a.unit >= 0)
            units[a.unit].members.append(int(&a - agents.data()));
    }
    for (int u = 0; u < units.size(); ++u) {
        units[u].parent = unitIndex.value(parentsAndHeads.at(u).first, -1);
        units[u].head = agentIndex.value(parentsAndHeads.at(u).second, -1);
        if (units[u].head >= 0)
            agents[units[u].head].head = true;
    }
}

// The people the demo is shown with (DemoPersona): HR, the department head and an agent.
void Town::findPersonas()
{
    hr = personaAgent(Roles::Hr);
    if (hr < 0) {
        for (int i = 0; i < agents.size() && hr < 0; ++i) {
            if (agents.at(i).hr)
                hr = i;
        }
    }
    demoHead = personaAgent(Roles::DepartmentHead);
    demoAgent = personaAgent(Roles::Agent);
    if (demoHead >= 0)
        scenarioUnit = agents.at(demoHead).unit;
}

int Town::personaAgent(const QString &role) const
{
    for (const DemoPersona &p : DemoPersona::all()) {
        if (p.role != role)
            continue;
        for (int i = 0; i < agents.size(); ++i) {
            if (agents.at(i).login == p.login)
                return i;
        }
    }
    return -1;
}

bool Town::inService(const DemoAgent &agent, QDate day) const
{
    if (!agent.file.agent.isActiveOn(day))
        return false;
    // Leave of absence, parental leave, secondment: no leave asked from this employer then.
    if (const Hr::StatutoryPosition *p = agent.file.positionOn(day)) {
        if (p->position != QLatin1String("active")
            && p->position != QLatin1String("made_available"))
            return false;
    }
    return !agent.schedule.patternOn(day).isEmpty();
}

} // namespace Civitas::Leave::Internal
