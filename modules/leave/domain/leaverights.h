#pragma once

#include <leave/leaveglobal.h>

#include <hr/domain/agentfile.h>

namespace Civitas::Leave {

// The yearly rights of an agent, computed from their file as the rules of the territorial
// civil service say (docs/domain/hr-and-leave.md). Quantities are days; a right is kept exact and
// rounded only where the rule says so.
class CIVITAS_LEAVE_EXPORT LeaveRights
{
public:
    // Annual leave (décret 85-1250 art. 1): 5 × the days worked per week, counted over the
    // days of `year` the agent is employed and in a position that earns leave, pro rata, then
    // rounded up to the next half day. Leave of absence, parental leave and secondment earn no
    // leave here (during a secondment the host employer grants it).
    static double annualLeave(const Hr::AgentFile &file, int year);

    // RTT days of a full-time agent for a weekly working time (service-public F13712): the
    // table for 35 h 30 to 40 h, which is floor(228 × (h − 35) / h); none at 35 h or below.
    static int rttDaysForWeeklyMinutes(int fullTimeMinutes);
    // RTT days of `year`, exact (not rounded: the authority rounds): for each day the rights
    // of the working time in effect, part time pro rata of its rate (39 h at 80 % → 18.4), a
    // non-full-time post none.
    static double rtt(const Hr::AgentFile &file, int year);
    // The days `file` works in `year` under its cycle, the numerator of the RTT quotient
    // (F13712): 228 a year for a full-time five-day week, in proportion to the days worked a
    // week (182.4 on four days) and to the days of the year that earn RTT (a partial year).
    static double rttWorkedDays(const Hr::AgentFile &file, int year);
    // Hundredths of RTT lost at year end for days of absence (loi 2010-1657 art. 115;
    // circulaire of 18 January 2012; F13712): one day per quotient = days worked in the year
    // under the cycle / RTT days of the cycle, so that part time and partial years lose at
    // the same rate as full time (37 h: 228 / 12 = 19; 37 h 30 at 80 % on four days:
    // 182.4 / 12 = 15.2). Absent on every day worked, the agent loses every RTT day.
    static int rttReductionHundredths(double rttDays, double workedDays, double absenceDays);

    // Split-leave bonus days (jours de fractionnement): 1 for 5 to 7 days of annual leave taken
    // outside 1 May–31 October, 2 for 8 or more.
    static int splitLeaveBonus(double annualLeaveDaysOutsideSeason);

private:
    static bool earnsLeave(const Hr::AgentFile &file, QDate day);
};

} // namespace Civitas::Leave
