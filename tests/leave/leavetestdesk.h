#pragma once

// A fresh local file with every module's migrations (HR and leave), opened as the application
// opens it, with helpers to add units, agents with a working time, and sessions.

#include <testdesk.h>

#include <QUuid>

class LeaveTestDesk : public TestDesk
{
public:
    bool open()
    {
        return TestDesk::open({QStringLiteral("agents"), QStringLiteral("leave_requests")});
    }

    // A unit, under `parentId` when given, headed by `headAgentId` when given.
    QString addUnit(const QString &code,
                    const QString &parentId = {},
                    const QString &headAgentId = {},
                    int minimumStaffing = 0)
    {
        const QString id = QStringLiteral("unit-") + code;
        exec(QStringLiteral("INSERT INTO org_units (id, parent_id, kind, code, name, "
                            "head_agent_id, minimum_staffing) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {id,
              parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(parentId),
              parentId.isEmpty() ? QStringLiteral("direction") : QStringLiteral("service"),
              code,
              QStringLiteral("Unit ") + code,
              headAgentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(headAgentId),
              minimumStaffing});
        return id;
    }

    // An agent of `unitId` working `pattern` (14 half-days, Monday morning first) from
    // `since`, `weeklyMinutes` a week.
    void addAgent(const QString &id,
                  const QString &unitId,
                  const QString &pattern = QStringLiteral("11111111110000"),
                  const QDate &since = QDate(2020, 1, 1),
                  int weeklyMinutes = 35 * 60)
    {
        exec(QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, first_names, "
                            "org_unit_id, entry_date) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {id,
              QString::number(100000 + m_agents++),
              QStringLiteral("NOM-") + id.toUpper(),
              QStringLiteral("Prénom"),
              unitId,
              since.toString(Qt::ISODate)});
        addWorkingTime(id, since, pattern, weeklyMinutes);
    }

    void addWorkingTime(const QString &agentId,
                        const QDate &since,
                        const QString &pattern,
                        int weeklyMinutes = 35 * 60)
    {
        const int halves = int(pattern.count(QLatin1Char('1')));
        const bool full = halves == 10;
        exec(QStringLiteral("INSERT INTO working_times (id, agent_id, effective_date, kind, "
                            "part_time_rate, weekly_minutes, "
                            "weekly_pattern) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {QUuid::createUuid().toString(QUuid::WithoutBraces),
              agentId,
              since.toString(Qt::ISODate),
              full ? QStringLiteral("full_time") : QStringLiteral("part_time"),
              full ? QVariant(QMetaType(QMetaType::Int)) : QVariant(halves * 10),
              weeklyMinutes,
              pattern});
    }

    // A ledger allocation, as HR writes it.
    void allocate(const QString &agentId, const QString &typeId, int year, int hundredths)
    {
        exec(QStringLiteral(
                 "INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
                 "days_hundredths, "
                 "effective_date, source) VALUES (?, ?, ?, ?, 'allocation', ?, ?, 'test')"),
             {QUuid::createUuid().toString(QUuid::WithoutBraces),
              agentId,
              typeId,
              year,
              hundredths,
              QDate(year, 1, 1).toString(Qt::ISODate)});
    }

private:
    int m_agents = 0;
};
