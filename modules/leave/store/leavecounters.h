#pragma once

#include <leave/leaveglobal.h>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {

// The leave figures of the home page (DashboardCounter::count). Each is one indexed query.
class CIVITAS_LEAVE_EXPORT LeaveCounters
{
public:
    // Requests the user can decide on `day`, as the inbox lists them: submitted requests and
    // cancellation requests of the agents of the units they head, deputise, or hold by a
    // delegation that day (never their own), and, for HR, every request waiting for HR.
    static int requestsWaitingForMe(Database &database,
                                    const Session &session,
                                    QDate day = QDate::currentDate());

    // The user's own requests that somebody else moved (approved, refused, forwarded to HR,
    // entered by HR, cancellation decided) since they last looked (markSeen). A desk where
    // they never looked shows the news of the last `NewsDaysWhenNeverSeen` days, not years of
    // history.
    static int myRequestsThatChanged(Database &database,
                                     const Session &session,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The user has seen their requests as they stand at `until`.
    static bool markSeen(Database &database,
                         const Session &session,
                         const QDateTime &until = QDateTime::currentDateTimeUtc());
    // When the user last looked; invalid when never (on this desk).
    static QDateTime seenUntil(Database &database, const Session &session);

    // LocalSettings key, per login: a desk's file may serve several accounts (the demo's
    // personas, a shared desk).
    static QString seenKey(const Session &session);
    static constexpr int NewsDaysWhenNeverSeen = 14;
};

} // namespace Civitas::Leave
