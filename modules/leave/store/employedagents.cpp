#include "employedagents.h"
#include <leave/leavetr.h>

#include <core/storage/database.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Civitas::Leave {

namespace {
QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

EmployedAgents::EmployedAgents(Database &database)
    : m_database(database)
{}

QString EmployedAgents::label(const Hr::Agent &agent)
{
    return agent.displayName() + QStringLiteral(" (") + agent.registrationNumber + QLatin1Char(')');
}

Result<QHash<QString, Hr::AgentFile>> EmployedAgents::filesOf(int year) const
{
    QHash<QString, Hr::AgentFile> files;
    const QString first = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString last = QDate(year, 12, 31).toString(Qt::ISODate);
    const QString employed = QStringLiteral("a.deleted = 0 AND a.entry_date <= ? AND "
                                            "(a.departure_date IS NULL OR a.departure_date >= ?)");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, a.registration_number, a.birth_name, a.usage_name, "
                       "a.first_names, a.entry_date, "
                       "a.departure_date, coalesce(d.status, ''), a.org_unit_id FROM agents a "
                       "LEFT JOIN agent_details d ON d.id = a.id AND d.deleted = 0 WHERE %1")
            .arg(employed));
    q.addBindValue(last);
    q.addBindValue(first);
    const auto failed = [&q] {
        return Result<QHash<QString, Hr::AgentFile>>::failure(
            Tr::tr("The agent files could not be read: %1").arg(q.lastError().text()));
    };
    if (!q.exec())
        return failed();
    while (q.next()) {
        Hr::AgentFile f;
        Hr::Agent &a = f.agent;
        a.id = q.value(0).toString();
        a.registrationNumber = q.value(1).toString();
        a.birthName = q.value(2).toString();
        a.usageName = q.value(3).toString();
        a.firstNames = q.value(4).toString();
        a.entryDate = dateOf(q.value(5));
        a.departureDate = dateOf(q.value(6));
        a.status = q.value(7).toString();
        a.orgUnitId = q.value(8).toString();
        files.insert(a.id, f);
    }
    // The histories of the same agents, each in one pass.
    q.prepare(QStringLiteral("SELECT p.agent_id, p.id, p.position, p.start_date, p.end_date FROM "
                             "statutory_positions p "
                             "JOIN agents a ON a.id = p.agent_id WHERE p.deleted = 0 AND %1 ORDER "
                             "BY p.agent_id, p.start_date")
                  .arg(employed));
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec())
        return failed();
    while (q.next()) {
        auto it = files.find(q.value(0).toString());
        if (it == files.end())
            continue;
        Hr::StatutoryPosition p;
        p.id = q.value(1).toString();
        p.position = q.value(2).toString();
        p.startDate = dateOf(q.value(3));
        p.endDate = dateOf(q.value(4));
        it->positions.append(p);
    }
    q.prepare(
        QStringLiteral(
            "SELECT w.agent_id, w.id, w.effective_date, w.kind, coalesce(w.part_time_rate, 0), "
            "coalesce(w.thirty_fifths, 0), w.weekly_minutes, w.weekly_pattern FROM working_times w "
            "JOIN agents a ON a.id = w.agent_id WHERE w.deleted = 0 AND %1 ORDER BY w.agent_id, "
            "w.effective_date")
            .arg(employed));
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec())
        return failed();
    while (q.next()) {
        auto it = files.find(q.value(0).toString());
        if (it == files.end())
            continue;
        Hr::WorkingTime w;
        w.id = q.value(1).toString();
        w.effectiveDate = dateOf(q.value(2));
        w.kind = q.value(3).toString();
        w.partTimeRate = q.value(4).toInt();
        w.thirtyFifths = q.value(5).toInt();
        w.weeklyMinutes = q.value(6).toInt();
        Hr::WeeklyPattern::fromCode(q.value(7).toString(), &w.pattern);
        it->workingTimes.append(w);
    }
    return files;
}

} // namespace Civitas::Leave
