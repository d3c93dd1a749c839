#pragma once

#include <leave/leaveglobal.h>

#include <QDateTime>
#include <QString>

namespace Civitas {
class DemoContext;
}

namespace Civitas::Leave {

// Five years of leave for the demo town the HR module made, up to now, lived year after year:
// HR's yearly allocations (LeaveRightsPlanner, from each agent's file), requests spread as
// people take them (summer weeks, school holidays, Christmas, bridges, RTT days and half days,
// on each agent's own weekly pattern), sick leave entered by HR, training, special leave, a
// few refused, withdrawn and cancelled requests, each with its steps and the ledger lines the
// store would have written, delegations while heads are away, then the year's closing
// (LeaveYearClosing: RTT lost for sick leave, split-leave bonus for the next year, days
// carried over, the rest expired). Then what the demo shows today: requests waiting for the
// demo department head (one of which would leave the team below its minimum staffing, as the
// team calendar counts presence), a delegation in force, approved leave to come.
//
// Written with SQL in bulk (the store checks one request at a time: far too slow for 60,000
// agents) but by the store's rules: each request counted by LeaveDayCounter on the agent's
// WorkingSchedule, no two live requests of an agent overlap, no balance goes below zero with
// the waiting requests counted, annual leave at most 31 consecutive days. HR's batches carry
// their own source tags: run again on the demo town, they find nothing to write.
class CIVITAS_LEAVE_EXPORT LeaveDemoData
{
public:
    static bool generate(DemoContext &demo, QString *errorMessage);
    // As if it were `now` (UTC): tests fix the day.
    static bool generate(DemoContext &demo, const QDateTime &now, QString *errorMessage);

    // The demo's department head (DemoPersona) whose team has requests waiting.
    static QString demoHeadLogin();
};

} // namespace Civitas::Leave
