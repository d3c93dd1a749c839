#pragma once

#include <leave/leaveglobal.h>

#include <hr/domain/weeklypattern.h>
#include <hr/domain/workingtime.h>

#include <QDate>
#include <QList>

namespace Civitas::Leave {

// Which half-days an agent works on a given day, from their dated working-time history (the
// agent file's working_times). Before the first entry the agent works no day.
class CIVITAS_LEAVE_EXPORT WorkingSchedule
{
public:
    WorkingSchedule() = default;
    explicit WorkingSchedule(QList<Hr::WorkingTime> history);

    bool isEmpty() const { return m_history.isEmpty(); }
    // The pattern in effect on `day`; an empty pattern before the first entry.
    Hr::WeeklyPattern patternOn(QDate day) const;
    bool isWorked(QDate day, Hr::WeeklyPattern::HalfDay half) const;

private:
    QList<Hr::WorkingTime> m_history; // oldest first
};

} // namespace Civitas::Leave
