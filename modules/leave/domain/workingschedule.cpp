#include "workingschedule.h"

#include <algorithm>

namespace Civitas::Leave {

WorkingSchedule::WorkingSchedule(QList<Hr::WorkingTime> history)
    : m_history(std::move(history))
{
    std::stable_sort(
        m_history.begin(), m_history.end(), [](const Hr::WorkingTime &a, const Hr::WorkingTime &b) {
            return a.effectiveDate < b.effectiveDate;
        });
}

Hr::WeeklyPattern WorkingSchedule::patternOn(QDate day) const
{
    // The latest entry that began by `day`.
    auto it = std::upper_bound(
        m_history.cbegin(), m_history.cend(), day, [](QDate d, const Hr::WorkingTime &w) {
            return d < w.effectiveDate;
        });
    if (it == m_history.cbegin())
        return {};
    return std::prev(it)->pattern;
}

bool WorkingSchedule::isWorked(QDate day, Hr::WeeklyPattern::HalfDay half) const
{
    return patternOn(day).isWorked(day.dayOfWeek(), half);
}

} // namespace Civitas::Leave
