#include "leavecalendarstore.h"

#include <core/storage/database.h>
#include <core/storage/townsettings.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Civitas::Leave {

LeaveCalendar LeaveCalendarStore::calendar(Database &database)
{
    // The town's settings, which the server counts with too (civitas.leave_half_days).
    const TownSettings settings(database);
    FrenchCalendar french;
    french.setWhitMondayWorked(settings.flag(TownSettings::WhitMondayWorked));
    french.setAlsaceMoselle(settings.flag(TownSettings::AlsaceMoselle));
    LeaveCalendar calendar(french);
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT day, name FROM leave_days_off WHERE deleted = 0"))) {
        qCWarning(lcLeave) << "days off not read:" << q.lastError().text();
        return calendar;
    }
    while (q.next())
        calendar.addDayOff(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                           q.value(1).toString());
    return calendar;
}

WorkingSchedule LeaveCalendarStore::schedule(Database &database, const QString &agentId)
{
    QList<Hr::WorkingTime> history;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT effective_date, weekly_pattern FROM working_times "
                             "WHERE agent_id = ? AND deleted = 0 ORDER BY effective_date, id"));
    q.addBindValue(agentId);
    if (!q.exec()) {
        qCWarning(lcLeave) << "working times of" << agentId << "not read:" << q.lastError().text();
        return WorkingSchedule();
    }
    while (q.next()) {
        Hr::WorkingTime w;
        w.effectiveDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        Hr::WeeklyPattern::fromCode(q.value(1).toString(), &w.pattern);
        history.append(w);
    }
    return WorkingSchedule(history);
}

} // namespace Civitas::Leave
