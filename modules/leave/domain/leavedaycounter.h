#pragma once

#include "leavecalendar.h"
#include "workingschedule.h"
#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Civitas::Leave {

// One end of a leave request: a day and which half. A request starting in the afternoon
// leaves the morning worked; one ending in the morning leaves the afternoon worked.
struct CIVITAS_LEAVE_EXPORT LeaveBoundary
{
    QDate date;
    Hr::WeeklyPattern::HalfDay half = Hr::WeeklyPattern::Morning;

    // "2026-05-11", "2026-05-11am" or "2026-05-11pm" (also "11/05/2026pm"). Without a half,
    // `defaultHalf`. False when the text is not one of these.
    static bool
    parse(const QString &text, Hr::WeeklyPattern::HalfDay defaultHalf, LeaveBoundary *boundary);
};

// Counts the duration of a leave request as the law counts it: only the half-days the agent
// would have worked (their own weekly pattern on each day, from their working-time history),
// minus public holidays and the town's extra days off (décret 85-1250: leave is counted in
// days actually worked, not stretched to calendar days). Some leave types count calendar
// days (ordinary sick leave): then every half-day counts.
class CIVITAS_LEAVE_EXPORT LeaveDayCounter
{
public:
    enum class Counting { WorkingDays, CalendarDays };

    struct Result
    {
        QString error; // empty when the request is well formed
        int halfDays = 0;
        QList<PublicHoliday> holidays; // holidays inside the request that were not counted
        bool isValid() const { return error.isEmpty(); }
        double days() const { return halfDays / 2.0; }
    };

    LeaveDayCounter(WorkingSchedule schedule, LeaveCalendar calendar);

    Result count(const LeaveBoundary &start,
                 const LeaveBoundary &end,
                 Counting counting = Counting::WorkingDays) const;

private:
    WorkingSchedule m_schedule;
    LeaveCalendar m_calendar;
};

} // namespace Civitas::Leave
