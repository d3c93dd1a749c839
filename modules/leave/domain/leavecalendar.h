#pragma once

#include <leave/leaveglobal.h>

#include <core/french/frenchcalendar.h>

#include <QHash>

namespace Civitas::Leave {

// The days on which leave is not counted: the public holidays as the town observes them
// (FrenchCalendar and its settings) and the extra days off the mayor grants (leave_days_off).
class CIVITAS_LEAVE_EXPORT LeaveCalendar
{
public:
    LeaveCalendar() = default;
    // Implicit on purpose: a bare French calendar is a leave calendar with no extra day off.
    LeaveCalendar(FrenchCalendar calendar)
        : m_calendar(calendar)
    {}

    void addDayOff(QDate day, const QString &name) { m_daysOff.insert(day, name); }
    const FrenchCalendar &publicHolidays() const { return m_calendar; }

    bool isDayOff(QDate day) const
    {
        return m_daysOff.contains(day) || m_calendar.isPublicHoliday(day);
    }
    QString dayOffName(QDate day) const;

private:
    FrenchCalendar m_calendar;
    QHash<QDate, QString> m_daysOff;
};

} // namespace Civitas::Leave
