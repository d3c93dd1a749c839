#pragma once

#include <leave/domain/leavecalendar.h>
#include <leave/domain/workingschedule.h>
#include <leave/leaveglobal.h>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// What counting a request needs from the local file: the days leave is not counted on (the
// town's holiday settings and the days off the mayor grants) and an agent's working schedule.
// A failed read is logged (civitas.leave) and counts as an empty calendar or schedule: the
// request's count then says "no working day", which the form shows, rather than a wrong total.
class CIVITAS_LEAVE_EXPORT LeaveCalendarStore
{
public:
    static LeaveCalendar calendar(Database &database);
    static WorkingSchedule schedule(Database &database, const QString &agentId);
};

} // namespace Civitas::Leave
