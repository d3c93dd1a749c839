#pragma once

#include <leave/leaveglobal.h>

#include <core/formats/icalendarwriter.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {

// Approved leave as an iCalendar file (.ics) for Outlook, Thunderbird or a phone: one event
// per request, "Name — Type". Whole days are all-day events; a request that starts in the
// afternoon or ends at noon is a timed event, the town's half days being 08:30–12:00 and
// 13:30–17:00 (Europe/Paris): a calendar has no "afternoon", only hours. The UID is the
// request's, so importing a newer export updates the events instead of doubling them.
//
// Leave still approved counts (approved, and approved with a cancellation asked); requests
// waiting, refused, withdrawn or cancelled do not.
class CIVITAS_LEAVE_EXPORT LeaveICalendarExport
{
public:
    // The user's own leave touching [from, to]. When the file cannot be read, an empty
    // calendar and the reason in `errorMessage`: "no leave" is not said for a failure.
    static ICalendarWriter mine(Database &database,
                                const Session &session,
                                QDate from,
                                QDate to,
                                QString *errorMessage = nullptr);
    // The leave of the agents of a unit and its sub-units.
    static ICalendarWriter unit(Database &database,
                                const QString &unitId,
                                QDate from,
                                QDate to,
                                QString *errorMessage = nullptr);
    // The leave of the agents the user decides on (LeaveAuthority's team on `from`).
    static ICalendarWriter team(Database &database,
                                const Session &session,
                                QDate from,
                                QDate to,
                                QString *errorMessage = nullptr);

    // The town's half days.
    static QTime morningStart() { return QTime(8, 30); }
    static QTime morningEnd() { return QTime(12, 0); }
    static QTime afternoonStart() { return QTime(13, 30); }
    static QTime afternoonEnd() { return QTime(17, 0); }

private:
    // `agentsSql` selects agent ids; `hideHrOnlyTypes`: a team's calendar says "Absence" for
    // the types HR enters (sick leave), whose nature is the agent's file's, not the team's.
    static ICalendarWriter make(Database &database,
                                const QString &agentsSql,
                                const QVariantList &binds,
                                QDate from,
                                QDate to,
                                bool hideHrOnlyTypes,
                                const QString &calendarName,
                                QString *errorMessage);
};

} // namespace Civitas::Leave
