#include "leavecalendar.h"

namespace Civitas::Leave {

QString LeaveCalendar::dayOffName(QDate day) const
{
    const QString holiday = m_calendar.holidayName(day);
    const QString extra = m_daysOff.value(day);
    if (holiday.isEmpty() || extra.isEmpty())
        return holiday.isEmpty() ? extra : holiday;
    return holiday + QStringLiteral(", ") + extra;
}

} // namespace Civitas::Leave
