#include "leavecalendar.h"

#include <core/storage/database.h>
#include <core/storage/localsettings.h>

#include <QSqlQuery>

namespace Civitas::Leave {

LeaveCalendar LeaveCalendar::load(Database &database)
{
    LocalSettings settings(database);
    FrenchCalendar french;
    french.setWhitMondayWorked(settings.value(LocalSettings::WhitMondayWorked, false).toBool());
    french.setAlsaceMoselle(settings.value(LocalSettings::AlsaceMoselle, false).toBool());
    LeaveCalendar calendar(french);
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT day, name FROM leave_days_off WHERE deleted = 0"))) {
        while (q.next())
            calendar.addDayOff(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString());
    }
    return calendar;
}

QString LeaveCalendar::dayOffName(QDate day) const
{
    const QString holiday = m_calendar.holidayName(day);
    const QString extra = m_daysOff.value(day);
    if (holiday.isEmpty() || extra.isEmpty())
        return holiday.isEmpty() ? extra : holiday;
    return holiday + QStringLiteral(", ") + extra;
}

} // namespace Civitas::Leave
