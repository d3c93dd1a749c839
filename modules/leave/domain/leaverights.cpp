#include "leaverights.h"

#include <cmath>

namespace Civitas::Leave {

bool LeaveRights::earnsLeave(const Hr::AgentFile &file, QDate day)
{
    if (!file.agent.isActiveOn(day))
        return false;
    const Hr::StatutoryPosition *position = file.positionOn(day);
    // Contract agents have no statutory position: they earn leave while employed.
    if (!position)
        return true;
    return position->position == QLatin1String("active")
           || position->position == QLatin1String("made_available");
}

double LeaveRights::annualLeave(const Hr::AgentFile &file, int year)
{
    const QDate first(year, 1, 1);
    const int daysInYear = first.daysInYear();
    double weighted = 0; // Σ days worked per week, over the days that earn leave
    for (int i = 0; i < daysInYear; ++i) {
        const QDate day = first.addDays(i);
        if (!earnsLeave(file, day))
            continue;
        if (const Hr::WorkingTime *w = file.workingTimeOn(day))
            weighted += w->pattern.daysPerWeek();
    }
    const double exact = 5.0 * weighted / daysInYear;
    // Rounded up to the next half day; a tiny epsilon keeps 25.0000000001 at 25.
    return std::ceil(exact * 2.0 - 1e-9) / 2.0;
}

int LeaveRights::rttDaysForWeeklyMinutes(int fullTimeMinutes)
{
    if (fullTimeMinutes <= 35 * 60)
        return 0;
    const double hours = fullTimeMinutes / 60.0;
    return int(std::floor(228.0 * (hours - 35.0) / hours + 1e-9));
}

double LeaveRights::rtt(const Hr::AgentFile &file, int year)
{
    const QDate first(year, 1, 1);
    const int daysInYear = first.daysInYear();
    double sum = 0;
    for (int i = 0; i < daysInYear; ++i) {
        const QDate day = first.addDays(i);
        if (!earnsLeave(file, day))
            continue;
        const Hr::WorkingTime *w = file.workingTimeOn(day);
        if (!w || w->kind == QLatin1String("non_full_time"))
            continue;
        if (w->kind == QLatin1String("part_time") && w->partTimeRate > 0) {
            // The cycle is the full-time one; the agent works its rate of it.
            const int fullTimeMinutes
                = int(std::lround(w->weeklyMinutes * 100.0 / w->partTimeRate));
            sum += rttDaysForWeeklyMinutes(fullTimeMinutes) * w->partTimeRate / 100.0;
        } else {
            sum += rttDaysForWeeklyMinutes(w->weeklyMinutes);
        }
    }
    return sum / daysInYear;
}

double LeaveRights::rttWorkedDays(const Hr::AgentFile &file, int year)
{
    const QDate first(year, 1, 1);
    const int daysInYear = first.daysInYear();
    double weighted = 0; // Σ days worked per week, over the days that earn RTT
    for (int i = 0; i < daysInYear; ++i) {
        const QDate day = first.addDays(i);
        if (!earnsLeave(file, day))
            continue;
        const Hr::WorkingTime *w = file.workingTimeOn(day);
        if (!w || w->kind == QLatin1String("non_full_time"))
            continue;
        weighted += w->pattern.daysPerWeek();
    }
    return 228.0 * weighted / 5.0 / daysInYear;
}

int LeaveRights::rttReductionHundredths(double rttDays, double workedDays, double absenceDays)
{
    if (rttDays <= 0 || workedDays <= 0 || absenceDays <= 0)
        return 0;
    const int all = int(std::lround(rttDays * 100));
    // Away on every day the cycle counts (228 for a full-time year): nothing was earned.
    if (absenceDays + 1e-9 >= workedDays)
        return all;
    const double quotient = workedDays / rttDays;
    return std::min(int(std::floor(absenceDays / quotient + 1e-9)) * 100, all);
}

int LeaveRights::splitLeaveBonus(double annualLeaveDaysOutsideSeason)
{
    if (annualLeaveDaysOutsideSeason >= 8)
        return 2;
    if (annualLeaveDaysOutsideSeason >= 5)
        return 1;
    return 0;
}

} // namespace Civitas::Leave
