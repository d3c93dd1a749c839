#pragma once

// The leave demo's own types, shared by its planner and its writer: included by demo/ only.

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/domain/workingschedule.h>
#include <leave/store/leavetypecatalog.h>

#include <hr/domain/agentfile.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

namespace Civitas {
class DemoContext;
}

namespace Civitas::Leave::Internal {

using S = LeaveRequestState;

// Years of history: the current one and the four before it.
constexpr int HistoryYears = 5;

inline qint64 halfDayNumber(const LeaveBoundary &b)
{
    return b.date.toJulianDay() * 2 + (b.half == Hr::WeeklyPattern::Afternoon ? 1 : 0);
}

inline QDate weekdayOnOrBefore(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(-1);
    return d;
}

inline QDate weekdayOnOrAfter(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

inline QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

// The town's time (Europe/Paris) as seconds ahead of UTC on `day`.
int utcOffset(QDate day);
inline QDate localDate(const QDateTime &utc)
{
    return utc.addSecs(utcOffset(utc.date())).date();
}
// A moment of the office day (8:00 to 18:00, the town's time) on `day`, in UTC.
QDateTime officeTime(QDate day, QRandomGenerator &rng);

struct Interval
{
    qint64 first = 0;
    qint64 last = 0;
    bool overlaps(const Interval &o) const { return first <= o.last && o.first <= last; }
};

struct Delegation
{
    QDate first;
    QDate last;
    int deputy = -1;
};

struct Unit
{
    QString id;
    QString code;
    int parent = -1;
    int head = -1;
    int deputy = -1; // who the head delegates to while away
    bool service = false;
    QList<int> members;
    QList<Delegation> delegations;
};

struct DemoAgent
{
    QString id;
    int unit = -1;
    QString login;
    QString accountName; // "Sophie Martin": the session's display name, as steps record it
    QString fileName;    // "MARTIN Sophie": the agent file's, as "on behalf of" records it
    bool hr = false;
    bool head = false;
    Hr::AgentFile file;
    WorkingSchedule schedule;
};

struct Step
{
    const char *action = "";
    S from = S::Draft;
    S to = S::Draft;
    bool noFromState = false;
    int actor = -1;
    int onBehalfOf = -1;
    QString comment;
    QDateTime at;
};

struct Request
{
    const LeaveType *type = nullptr;
    LeaveBoundary start;
    LeaveBoundary end{QDate(), Hr::WeeklyPattern::Afternoon};
    int halfDays = 0;
    QString comment;
    S state = S::Draft;
    QList<Step> steps;
    QDateTime usedAt;     // the final approval: the ledger's use
    QDateTime reversedAt; // the cancellation: the use given back
    QString reversalNote;

    Interval interval() const { return {halfDayNumber(start), halfDayNumber(end)}; }
};

enum class Intent {
    Approve,
    Refuse,
    Withdraw,
    Cancel,
    KeepAfterCancellationAsked,
    EnteredByHr,
    Submit
};

// What one agent's history is made of while it is planned: what they already asked for (no
// two requests of an agent overlap, whatever their state), what each balance has left once
// the waiting requests are counted.
struct AgentPlan
{
    // `rng` is the generator's, seeded again for each agent and year: a QRandomGenerator holds
    // kilobytes of state, too much to keep one per agent of a large town.
    AgentPlan(int agentIndex,
              QRandomGenerator &random,
              const WorkingSchedule &schedule,
              const LeaveCalendar &calendar)
        : agent(agentIndex)
        , rng(random)
        , counter(schedule, calendar)
    {}

    int agent;
    QRandomGenerator &rng;
    LeaveDayCounter counter;
    QList<Interval> taken;
    // Every year's, never cleared: the scenario places leave in the current year after the
    // next year was planned (and `taken` cleared), and must not overlap what the year holds.
    QList<Interval> takenAllYears;
    QList<Interval> annual;  // annual leave, for the 31-consecutive-day rule
    QList<Interval> blocked; // a deputy standing in for the head takes no leave then
    QHash<int, int> budget;  // year * 16 + balance slot -> hundredths left
    // Leave planned for later in the current year, not asked for yet: its days stay on the
    // balance (people keep days for December).
    QList<Interval> later;
    QHash<int, int> keptForLater;
    QList<Request> requests;       // planned, not yet written
    bool noFutureRequests = false; // the demo scenario writes this agent's coming weeks itself
};

// Leave agreed beforehand: the demo's scenario places it before anything else of the year.
struct Fixed
{
    LeaveBoundary start;
    LeaveBoundary end;
    int leadDays = 30;
    QString comment;
};

// The demo town as the HR module's demo left it (units, agents and their files), the leave
// types and the calendar: read once, then planned over and written to.
struct Town
{
    Town(DemoContext &demo, const QDateTime &now);

    bool load(QString *errorMessage);
    int slotOf(const LeaveType *type) const { return type ? balanceSlots.value(type->id, -1) : -1; }
    // In post, in an active position, and working some day of the week: leave can be asked.
    bool inService(const DemoAgent &agent, QDate day) const;

    DemoContext &demo;
    QSqlDatabase db;
    QDateTime now;
    QDate today;
    int firstYear;
    LeaveTypeCatalog types;
    LeaveCalendar calendar;
    QHash<QString, int> balanceSlots; // balance slot by leave type id
    const LeaveType *annual = nullptr;
    const LeaveType *rtt = nullptr;
    const LeaveType *splitBonus = nullptr;
    const LeaveType *sick = nullptr;
    const LeaveType *training = nullptr;
    const LeaveType *marriage = nullptr;
    const LeaveType *familyDeath = nullptr;
    const LeaveType *sickChild = nullptr;

    QList<DemoAgent> agents;
    QList<Unit> units;
    QHash<QString, int> agentIndex;
    QHash<QString, int> unitIndex;
    int hr = -1;
    int demoHead = -1;
    int demoAgent = -1;
    int scenarioUnit = -1; // the demo head's unit

private:
    bool loadTypes(QString *errorMessage);
    bool loadUnits(QList<QPair<QString, QString>> *parentsAndHeads, QString *errorMessage);
    bool loadAgents(QString *errorMessage);
    bool loadWorkingTimes(QString *errorMessage);
    bool loadPositions(QString *errorMessage);
    void linkUnits(const QList<QPair<QString, QString>> &parentsAndHeads);
    void findPersonas();
    int personaAgent(const QString &role) const;
};

} // namespace Civitas::Leave::Internal
