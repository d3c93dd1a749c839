#include "leaverecount.h"

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedays.h>
#include "leaveledger.h"
#include "leavetypecatalog.h"
#include "leaveyearclosing.h"
#include <leave/domain/workingschedule.h>
#include "leavecalendarstore.h"

#include <core/storage/database.h>
#include <core/access/session.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

struct LeaveRecount::Scope
{
    bool everybody = false;
    QDate everybodySince;
    QString everybodyReason;
    struct Since
    {
        QDate since;
        QString reason;
    };
    QHash<QString, Since> agents;
    // The queue rows this run answers, removed in its transaction.
    QList<QPair<QString, QString>> queueRows;
};

namespace {

// A null QString binds NULL; the text columns are NOT NULL with '' for none.
QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString LeaveRecount::reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("calendar"))
        return tr("days off changed");
    if (reason == QLatin1String("working_time"))
        return tr("working time changed");
    if (reason == QLatin1String("calendar_settings"))
        return tr("public holiday settings changed");
    return reason;
}

LeaveRecount::Result LeaveRecount::processQueue(Database &database, const Session &session)
{
    Scope scope;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT agent_id, since, reason FROM local_leave_recount_queue"))) {
        Result r;
        r.ok = false;
        r.error = tr("The recount queue could not be read: %1").arg(q.lastError().text());
        return r;
    }
    while (q.next()) {
        const QString agentId = q.value(0).toString();
        const QDate since = dateOf(q.value(1));
        const QString reason = q.value(2).toString();
        scope.queueRows.append({agentId, q.value(1).toString()});
        if (agentId == QLatin1String("*")) {
            scope.everybody = true;
            scope.everybodySince = since;
            scope.everybodyReason = reason;
        } else {
            scope.agents.insert(agentId, {since, reason});
        }
    }
    if (scope.queueRows.isEmpty())
        return {};
    return run(database, session, scope);
}

LeaveRecount::Result LeaveRecount::recountAll(Database &database,
                                              const Session &session,
                                              QDate since,
                                              const QString &reason)
{
    Scope scope;
    scope.everybody = true;
    // Closed years are left out below: from the beginning is the oldest open year onwards.
    scope.everybodySince = since.isValid() ? since : QDate(1900, 1, 1);
    scope.everybodyReason = reason;
    return run(database, session, scope);
}

LeaveRecount::Result
LeaveRecount::run(Database &database, const Session &session, const Scope &scope)
{
    Result result;
    QSqlDatabase db = database.connection();
    const LeaveTypeCatalog types(database);
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(database);

    // Which requests, and whose working times: with '*' everybody's from the earliest date
    // asked, else the queued agents' (filtered by each one's date below).
    QDate earliest = scope.everybody ? scope.everybodySince : QDate();
    for (const Scope::Since &s : scope.agents) {
        if (!earliest.isValid() || s.since < earliest)
            earliest = s.since;
    }
    const QString live = LeaveRequestStates::liveCodesSql();
    const QString requestWhere
        = scope.everybody
              ? QStringLiteral("deleted = 0 AND state IN (%1) AND end_date >= ?").arg(live)
              : QStringLiteral("deleted = 0 AND state IN (%1) AND end_date >= ? AND agent_id IN "
                               "(SELECT agent_id FROM local_leave_recount_queue)")
                    .arg(live);
    QHash<QString, QList<Hr::WorkingTime>> histories;
    {
        QSqlQuery w(db);
        w.setForwardOnly(true);
        w.prepare(QStringLiteral("SELECT agent_id, effective_date, weekly_pattern FROM "
                                 "working_times WHERE deleted = 0 "
                                 "AND agent_id IN (SELECT agent_id FROM leave_requests WHERE %1) "
                                 "ORDER BY agent_id, effective_date")
                      .arg(requestWhere));
        w.addBindValue(earliest.toString(Qt::ISODate));
        if (!w.exec()) {
            result.ok = false;
            result.error = tr("The working times could not be read: %1").arg(w.lastError().text());
            return result;
        }
        while (w.next()) {
            Hr::WorkingTime t;
            t.effectiveDate = dateOf(w.value(1));
            WeeklyPattern::fromCode(w.value(2).toString(), &t.pattern);
            histories[w.value(0).toString()].append(t);
        }
    }

    QHash<int, bool> closed;
    auto isClosed = [&](int year) {
        auto it = closed.find(year);
        if (it == closed.end())
            it = closed.insert(year, LeaveYearClosing::isClosed(database, year));
        return *it;
    };

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, agent_id, leave_type_id, start_date, start_half, "
                             "end_date, end_half, half_days, state "
                             "FROM leave_requests WHERE %1 ORDER BY agent_id")
                  .arg(requestWhere));
    q.addBindValue(earliest.toString(Qt::ISODate));
    if (!q.exec()) {
        result.ok = false;
        result.error = tr("The requests could not be read: %1").arg(q.lastError().text());
        return result;
    }
    QString counterAgent;
    std::optional<LeaveDayCounter> counter;
    while (q.next()) {
        const QString agentId = q.value(1).toString();
        const QDate end = dateOf(q.value(5));
        // The agent's own change, else the calendar's, whichever reaches this request.
        const auto own = scope.agents.constFind(agentId);
        QString reason;
        if (own != scope.agents.cend() && end >= own->since)
            reason = own->reason;
        else if (scope.everybody && end >= scope.everybodySince)
            reason = scope.everybodyReason;
        else
            continue;
        const LeaveType *type = types.byId(q.value(2).toString());
        // Calendar days do not depend on holidays nor on the working pattern.
        if (!type || type->countsCalendarDays)
            continue;
        const QDate start = dateOf(q.value(3));
        if (isClosed(start.year()))
            continue;
        if (agentId != counterAgent) {
            counter.emplace(WorkingSchedule(histories.value(agentId)), calendar);
            counterAgent = agentId;
        }
        const LeaveBoundary from{start,
                                 q.value(4).toString() == QLatin1String("pm")
                                     ? WeeklyPattern::Afternoon
                                     : WeeklyPattern::Morning};
        const LeaveBoundary to{end,
                               q.value(6).toString() == QLatin1String("am")
                                   ? WeeklyPattern::Morning
                                   : WeeklyPattern::Afternoon};
        ++result.checked;
        const LeaveDayCounter::Result count = counter->count(from, to);
        const int old = q.value(7).toInt();
        if (!count.isValid() || count.halfDays == old)
            continue;
        LeaveRecountChange c;
        c.requestId = q.value(0).toString();
        c.agentId = agentId;
        c.leaveTypeId = type->id;
        c.start = from;
        c.end = to;
        c.state = LeaveRequestStates::fromCode(q.value(8).toString());
        c.oldHalfDays = old;
        c.newHalfDays = count.halfDays;
        c.reason = reason;
        result.changes.append(c);
    }
    q.finish();

    if (result.changes.isEmpty() && scope.queueRows.isEmpty())
        return result;
    if (!db.transaction()) {
        result.ok = false;
        result.error = db.lastError().text();
        return result;
    }
    auto fail = [&](const QString &error) {
        db.rollback();
        result.ok = false;
        result.error = error;
        result.changes.clear();
        return result;
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE leave_requests SET half_days = ? WHERE id = ?"));
    QSqlQuery step(db);
    step.prepare(
        QStringLiteral("INSERT INTO leave_request_steps (id, request_id, agent_id, action, "
                       "from_state, to_state, actor_login, actor_name, "
                       "comment, acted_at) VALUES (?, ?, ?, 'recounted', ?, ?, ?, ?, ?, ?)"));
    QSqlQuery recount(db);
    recount.prepare(QStringLiteral("INSERT INTO leave_recounts (id, request_id, agent_id, "
                                   "old_half_days, new_half_days, reason, "
                                   "recounted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // The request's uses not reversed yet.
    QSqlQuery openUses(db);
    openUses.setForwardOnly(true);
    openUses.prepare(QStringLiteral(
        "SELECT e.id, e.year, e.days_hundredths, e.effective_date FROM leave_ledger_entries e "
        "WHERE e.request_id = ? "
        "AND e.kind = 'use' AND e.reverses_entry_id IS NULL AND e.deleted = 0 AND NOT EXISTS "
        "(SELECT 1 FROM "
        "leave_ledger_entries r WHERE r.reverses_entry_id = e.id AND r.deleted = 0)"));
    QSqlQuery ledgerInsert(db);
    ledgerInsert.prepare(
        QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
                       "days_hundredths, effective_date, "
                       "request_id, reverses_entry_id, source, note) VALUES (?, ?, ?, ?, 'use', ?, "
                       "?, ?, ?, 'recount', ?)"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QString error;
    QString comment;
    // A reversal (reversing set, dated today) or a new use.
    auto appendEntry = [&](const LeaveRecountChange &c,
                           int year,
                           int hundredths,
                           QDate effective,
                           const QString &reversing) {
        ledgerInsert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ledgerInsert.addBindValue(c.agentId);
        ledgerInsert.addBindValue(c.leaveTypeId);
        ledgerInsert.addBindValue(year);
        ledgerInsert.addBindValue(hundredths);
        ledgerInsert.addBindValue(reversing.isEmpty() ? effective.toString(Qt::ISODate) : today);
        ledgerInsert.addBindValue(c.requestId);
        ledgerInsert.addBindValue(reversing.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(reversing));
        ledgerInsert.addBindValue(comment);
        if (ledgerInsert.exec())
            return true;
        error = tr("The ledger could not be written: %1").arg(ledgerInsert.lastError().text());
        return false;
    };
    for (const LeaveRecountChange &c : std::as_const(result.changes)) {
        update.addBindValue(c.newHalfDays);
        update.addBindValue(c.requestId);
        if (!update.exec())
            return fail(tr("The request could not be updated: %1").arg(update.lastError().text()));
        comment = tr("Counted again (%1): %2 instead of %3")
                      .arg(reasonLabel(c.reason),
                           LeaveDays::format(c.newHalfDays * 50),
                           LeaveDays::format(c.oldHalfDays * 50));
        const QString state = LeaveRequestStates::code(c.state);
        step.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        step.addBindValue(c.requestId);
        step.addBindValue(c.agentId);
        step.addBindValue(state);
        step.addBindValue(state);
        step.addBindValue(Sql::notNull(session.login()));
        step.addBindValue(Sql::notNull(session.displayName()));
        step.addBindValue(comment);
        step.addBindValue(now);
        if (!step.exec())
            return fail(
                tr("The request's history could not be written: %1").arg(step.lastError().text()));
        // Approved leave holds a use in the ledger: replaced by one of the new length, as
        // LeaveLedger::reverse and append would, through statements prepared once for the run.
        const LeaveType *type = types.byId(c.leaveTypeId);
        const bool holdsUse = c.state == LeaveRequestState::Approved
                              || c.state == LeaveRequestState::CancellationRequested;
        if (holdsUse && type && type->hasBalance) {
            openUses.addBindValue(c.requestId);
            if (!openUses.exec())
                return fail(
                    tr("The ledger could not be read: %1").arg(openUses.lastError().text()));
            QList<LedgerEntry> uses;
            while (openUses.next()) {
                LedgerEntry e;
                e.id = openUses.value(0).toString();
                e.year = openUses.value(1).toInt();
                e.daysHundredths = openUses.value(2).toInt();
                e.effectiveDate = dateOf(openUses.value(3));
                uses.append(e);
            }
            openUses.finish();
            for (const LedgerEntry &e : std::as_const(uses)) {
                if (!appendEntry(c, e.year, -e.daysHundredths, e.effectiveDate, e.id))
                    return fail(error);
            }
            // Written even when no use was open: a request a day off had brought to nothing
            // takes its days again when the day off is withdrawn.
            if (c.newHalfDays > 0
                && !appendEntry(c, c.start.date.year(), -c.newHalfDays * 50, c.start.date, {}))
                return fail(error);
        }
        recount.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        recount.addBindValue(c.requestId);
        recount.addBindValue(c.agentId);
        recount.addBindValue(c.oldHalfDays);
        recount.addBindValue(c.newHalfDays);
        recount.addBindValue(c.reason);
        recount.addBindValue(now);
        if (!recount.exec())
            return fail(
                tr("The recount could not be recorded: %1").arg(recount.lastError().text()));
    }
    // Only the rows as read: a later change (an earlier date) queued since stays queued.
    QSqlQuery done(db);
    done.prepare(
        QStringLiteral("DELETE FROM local_leave_recount_queue WHERE agent_id = ? AND since = ?"));
    for (const auto &row : scope.queueRows) {
        done.addBindValue(row.first);
        done.addBindValue(row.second);
        if (!done.exec())
            return fail(done.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());

    // Names for the caller to show what changed.
    if (!result.changes.isEmpty()) {
        QSet<QString> ids;
        for (const LeaveRecountChange &c : std::as_const(result.changes))
            ids.insert(c.agentId);
        QHash<QString, QString> names;
        QSqlQuery n(db);
        n.prepare(QStringLiteral("SELECT %1 FROM agents a WHERE a.id = ?")
                      .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
        for (const QString &id : std::as_const(ids)) {
            n.addBindValue(id);
            names.insert(id, n.exec() && n.next() ? n.value(0).toString() : id);
        }
        for (LeaveRecountChange &c : result.changes)
            c.agentName = names.value(c.agentId);
    }
    return result;
}

} // namespace Civitas::Leave
