#pragma once

#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/domain/leaveyearparts.h>
#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {

class LeaveTypeCatalog;

// One request whose count a recount changed.
struct LeaveRecountChange
{
    QString requestId;
    QString agentId;
    QString agentName;
    QString leaveTypeId;
    LeaveBoundary start;
    LeaveBoundary end;
    LeaveRequestState state = LeaveRequestState::Submitted;
    int oldHalfDays = 0;
    int newHalfDays = 0;
    QString reason;                    // 'calendar', 'working_time', 'calendar_settings'
    QList<LeaveYearParts::Part> parts; // the new count, year by year
};

// Counts leave requests again when what their count depends on changed: the extra days off
// (leave_days_off), the holiday settings (Whit Monday worked, Alsace-Moselle), or an agent's
// working pattern. Live and approved requests ending on or after the change, in rights years
// not closed yet, are counted with LeaveDayCounter; where the count differs the request gets
// its new half-days and a 'recounted' step, an approved request's ledger use is reversed and
// written again, and a leave_recounts row tells HR what changed. A closed year is never
// touched: its closing was computed from those counts.
//
// All of one run is one transaction. The working times of every agent concerned are read in
// one query, and the requests in another, whatever their number.
class CIVITAS_LEAVE_EXPORT LeaveRecount
{
public:
    struct Result
    {
        bool ok = true;
        QString error;
        int checked = 0;                   // requests counted again
        QList<LeaveRecountChange> changes; // those whose count changed
    };

    // What this desk's own writes queued (local_leave_recount_queue, filled by triggers on
    // working_times and leave_days_off; '*' = everybody). Call at module start, after a sync,
    // and after HR changed the days off. An empty queue costs one query.
    static Result processQueue(Database &database, const Session &session);
    // Everybody's requests from `since` (default: the first day of the oldest year not
    // closed), for a change of the holiday settings, which no trigger sees.
    static Result recountAll(Database &database,
                             const Session &session,
                             QDate since = {},
                             const QString &reason = QStringLiteral("calendar_settings"));

    // The reason of a leave_recounts row as the user reads it.
    static QString reasonLabel(const QString &reason);

private:
    struct Scope;
    // One run: what it reads before it writes (defined in the .cpp).
    struct Reading;
    // The statements of the run's transaction, prepared once for all its changes.
    struct Writing;

    static Result run(Database &database, const Session &session, const Scope &scope);
    static bool readWorkingTimes(Reading &reading, Result &result);
    static bool countAgain(Reading &reading, Result &result);
    static bool write(Reading &reading, const Session &session, Result &result);
    static bool writeChange(Writing &writing,
                            const Session &session,
                            const LeaveTypeCatalog &types,
                            const LeaveRecountChange &c,
                            QString *error);
    static bool replaceUse(Writing &writing, const LeaveRecountChange &c, QString *error);
    static bool appendUse(Writing &writing,
                          const LeaveRecountChange &c,
                          const QString &id,
                          int year,
                          int hundredths,
                          QDate effective,
                          const QString &reversing,
                          QString *error);
    static void nameAgents(Database &database, Result &result);
};

} // namespace Civitas::Leave
