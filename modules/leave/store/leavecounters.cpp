#include "leavecounters.h"

#include "leaveauthority.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>
#include <core/storage/localsettings.h>

#include <QSqlQuery>

namespace Civitas::Leave {

namespace {

int countOf(QSqlQuery &q)
{
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

// As leave_request_steps.acted_at is written: UTC with milliseconds, so that text order is
// time order.
QString stepTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

int LeaveCounters::requestsWaitingForMe(Database &database, const Session &session, QDate day)
{
    int count = 0;
    const LeaveAuthority authority(database, session);
    if (!authority.units(day).isEmpty()) {
        // The state index narrows to the few requests waiting; the team list is a small set.
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral(
                      "SELECT count(*) FROM leave_requests WHERE deleted = 0 "
                      "AND state IN ('submitted', 'cancellation_requested') AND agent_id IN (%1)")
                      .arg(authority.teamAgentsSql(day)));
        count += countOf(q);
    }
    if (session.hasRole(Roles::Hr)) {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM leave_requests WHERE deleted = 0 AND state = 'waiting_hr' "
            "AND agent_id <> ?"));
        q.addBindValue(session.agentId().isNull() ? QString(QLatin1String("")) : session.agentId());
        count += countOf(q);
    }
    return count;
}

QString LeaveCounters::seenKey(const Session &session)
{
    return QStringLiteral("leave/seenStepsUntil/") + session.login();
}

QDateTime LeaveCounters::seenUntil(Database &database, const Session &session)
{
    const QString value = LocalSettings(database).value(seenKey(session)).toString();
    return value.isEmpty() ? QDateTime() : QDateTime::fromString(value, Qt::ISODateWithMs);
}

bool LeaveCounters::markSeen(Database &database, const Session &session, const QDateTime &until)
{
    if (session.login().isEmpty())
        return false;
    // Also the last step this desk held then, by local row: a decision taken offline before
    // `until` that a sync brings afterwards is news, though its time is older.
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(max(rowid), 0) FROM leave_request_steps WHERE acted_at <= ?"));
    q.addBindValue(stepTime(until));
    const qint64 lastRow = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    LocalSettings settings(database);
    return settings.setValue(seenKey(session), stepTime(until))
           && settings.setValue(seenKey(session) + QStringLiteral("/row"), lastRow);
}

int LeaveCounters::myRequestsThatChanged(Database &database,
                                         const Session &session,
                                         const QDateTime &now)
{
    if (session.agentId().isEmpty())
        return 0;
    const QVariant seenRow
        = LocalSettings(database).value(seenKey(session) + QStringLiteral("/row"));
    // A step that moved the request (a recount keeps its state) by another login than the
    // user's own, arrived on this desk since they looked; on a desk where they never looked,
    // of the last days only.
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral(
            "SELECT count(DISTINCT request_id) FROM leave_request_steps WHERE agent_id = ? "
            "AND %1 AND deleted = 0 AND actor_login <> ? AND to_state <> from_state")
            .arg(seenRow.isValid() ? QStringLiteral("rowid > ?") : QStringLiteral("acted_at > ?")));
    q.addBindValue(session.agentId());
    if (seenRow.isValid())
        q.addBindValue(seenRow.toLongLong());
    else
        q.addBindValue(stepTime(now.addDays(-NewsDaysWhenNeverSeen)));
    q.addBindValue(session.login().isNull() ? QString(QLatin1String("")) : session.login());
    return countOf(q);
}

} // namespace Civitas::Leave
