#include "leaverecount.h"
#include <leave/leavetr.h>

#include "leavecalendarstore.h"
#include "leaveledger.h"
#include "leavetypecatalog.h"
#include "leaveyearclosing.h"
#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedays.h>
#include <leave/domain/workingschedule.h>

#include <core/access/session.h>
#include <core/storage/database.h>
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
        return Tr::tr("days off changed");
    if (reason == QLatin1String("working_time"))
        return Tr::tr("working time changed");
    if (reason == QLatin1String("calendar_settings"))
        return Tr::tr("public holiday settings changed");
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
        r.error = Tr::tr("The recount queue could not be read: %1").arg(q.lastError().text());
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

struct LeaveRecount::Reading
{
    Reading(Database &db, const Scope &runScope)
        : database(db)
        , scope(runScope)
        , types(db)
        , calendar(LeaveCalendarStore::calendar(db))
    {
        // Which requests, and whose working times: with '*' everybody's from the earliest
        // date asked, else the queued agents' (filtered by each one's date below).
        earliest = scope.everybody ? scope.everybodySince : QDate();
        for (const Scope::Since &s : scope.agents) {
            if (!earliest.isValid() || s.since < earliest)
                earliest = s.since;
        }
        const QString live = LeaveRequestStates::liveCodesSql();
        requestWhere
            = scope.everybody
                  ? QStringLiteral("deleted = 0 AND state IN (%1) AND end_date >= ?").arg(live)
                  : QStringLiteral(
                        "deleted = 0 AND state IN (%1) AND end_date >= ? AND agent_id IN "
                        "(SELECT agent_id FROM local_leave_recount_queue)")
                        .arg(live);
    }

    Database &database;
    const Scope &scope;
    const LeaveTypeCatalog types;
    const LeaveCalendar calendar;
    QDate earliest;
    QString requestWhere;
    QHash<QString, QList<Hr::WorkingTime>> histories; // by agent
    QHash<int, bool> closed;                          // by year, read once

    bool isClosed(int year)
    {
        auto it = closed.find(year);
        if (it == closed.end())
            it = closed.insert(year, LeaveYearClosing::isClosed(database, year));
        return *it;
    }
    // The agent's own change, else the calendar's, whichever reaches a request ending on
    // `end`; none when neither does.
    std::optional<QString> reasonFor(const QString &agentId, QDate end) const
    {
        const auto own = scope.agents.constFind(agentId);
        if (own != scope.agents.cend() && end >= own->since)
            return own->reason;
        if (scope.everybody && end >= scope.everybodySince)
            return scope.everybodyReason;
        return std::nullopt;
    }
};

struct LeaveRecount::Writing
{
    explicit Writing(const QSqlDatabase &db)
        : update(db)
        , step(db)
        , recount(db)
        , openUses(db)
        , ledgerInsert(db)
        , usesSoFar(db)
    {
        update.prepare(QStringLiteral("UPDATE leave_requests SET half_days = ? WHERE id = ?"));
        step.prepare(
            QStringLiteral("INSERT INTO leave_request_steps (id, request_id, agent_id, action, "
                           "from_state, to_state, actor_login, actor_name, "
                           "comment, acted_at) VALUES (?, ?, ?, 'recounted', ?, ?, ?, ?, ?, ?)"));
        recount.prepare(QStringLiteral("INSERT INTO leave_recounts (id, request_id, agent_id, "
                                       "old_half_days, new_half_days, reason, "
                                       "recounted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        openUses.setForwardOnly(true);
        openUses.prepare(QStringLiteral(
            "SELECT e.id, e.year, e.days_hundredths, e.effective_date FROM leave_ledger_entries e "
            "WHERE e.request_id = ? "
            "AND e.kind = 'use' AND e.reverses_entry_id IS NULL AND e.deleted = 0 AND NOT EXISTS "
            "(SELECT 1 FROM "
            "leave_ledger_entries r WHERE r.reverses_entry_id = e.id AND r.deleted = 0)"));
        ledgerInsert.prepare(QStringLiteral(
            "INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
            "days_hundredths, effective_date, "
            "request_id, reverses_entry_id, source, note) VALUES (?, ?, ?, ?, 'use', ?, "
            "?, ?, ?, 'recount', ?)"));
        usesSoFar.setForwardOnly(true);
        // An approval's lines of later years ("@<year>") share its number.
        usesSoFar.prepare(
            QStringLiteral("SELECT count(DISTINCT CASE WHEN instr(id, '@') > 0 THEN substr(id, 1, "
                           "instr(id, '@') - 1) "
                           "ELSE id END) FROM leave_ledger_entries WHERE request_id = ? "
                           "AND kind = 'use' AND reverses_entry_id IS NULL"));
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery update;
    QSqlQuery step;
    QSqlQuery recount;
    QSqlQuery openUses; // the request's uses not reversed yet
    QSqlQuery ledgerInsert;
    QSqlQuery usesSoFar; // the request's uses ever written, for the next one's id
};

LeaveRecount::Result
LeaveRecount::run(Database &database, const Session &session, const Scope &scope)
{
    Result result;
    Reading reading(database, scope);
    if (!readWorkingTimes(reading, result) || !countAgain(reading, result))
        return result;
    if (result.changes.isEmpty() && scope.queueRows.isEmpty())
        return result;
    if (!write(reading, session, result))
        return result;
    if (!result.changes.isEmpty())
        nameAgents(database, result);
    return result;
}

// The working times of every agent the run reaches, in one query whatever their number: a
// request is counted on the pattern its agent worked then.
bool LeaveRecount::readWorkingTimes(Reading &reading, Result &result)
{
    QSqlQuery w(reading.database.connection());
    w.setForwardOnly(true);
    w.prepare(QStringLiteral("SELECT agent_id, effective_date, weekly_pattern FROM "
                             "working_times WHERE deleted = 0 "
                             "AND agent_id IN (SELECT agent_id FROM leave_requests WHERE %1) "
                             "ORDER BY agent_id, effective_date, id")
                  .arg(reading.requestWhere));
    w.addBindValue(reading.earliest.toString(Qt::ISODate));
    if (!w.exec()) {
        result.ok = false;
        result.error = Tr::tr("The working times could not be read: %1").arg(w.lastError().text());
        return false;
    }
    while (w.next()) {
        Hr::WorkingTime t;
        t.effectiveDate = dateOf(w.value(1));
        WeeklyPattern::fromCode(w.value(2).toString(), &t.pattern);
        reading.histories[w.value(0).toString()].append(t);
    }
    return true;
}

// Each request the change reaches, counted again: those whose count differs are the run's
// changes. A closed year is left alone (its closing was computed from those counts), and so is
// leave counted in calendar days, which neither holidays nor patterns change.
bool LeaveRecount::countAgain(Reading &reading, Result &result)
{
    QSqlQuery q(reading.database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, agent_id, leave_type_id, start_date, start_half, "
                             "end_date, end_half, half_days, state "
                             "FROM leave_requests WHERE %1 ORDER BY agent_id")
                  .arg(reading.requestWhere));
    q.addBindValue(reading.earliest.toString(Qt::ISODate));
    if (!q.exec()) {
        result.ok = false;
        result.error = Tr::tr("The requests could not be read: %1").arg(q.lastError().text());
        return false;
    }
    QString counterAgent;
    std::optional<LeaveDayCounter> counter;
    while (q.next()) {
        const QString agentId = q.value(1).toString();
        const QDate end = dateOf(q.value(5));
        const std::optional<QString> reason = reading.reasonFor(agentId, end);
        if (!reason)
            continue;
        const LeaveType *type = reading.types.byId(q.value(2).toString());
        // Calendar days do not depend on holidays nor on the working pattern.
        if (!type || type->countsCalendarDays)
            continue;
        const QDate start = dateOf(q.value(3));
        if (reading.isClosed(start.year()))
            continue;
        if (agentId != counterAgent) {
            counter.emplace(WorkingSchedule(reading.histories.value(agentId)), reading.calendar);
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
        c.reason = *reason;
        c.parts = LeaveYearParts::of(
            *counter, from, to, LeaveDayCounter::Counting::WorkingDays, count.halfDays);
        result.changes.append(c);
    }
    return true;
}

// All of the run in one transaction, or nothing: the requests' new counts, their history, their
// ledger uses, HR's recount rows, and the queue rows the run answers.
bool LeaveRecount::write(Reading &reading, const Session &session, Result &result)
{
    QSqlDatabase db = reading.database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        result.ok = false;
        result.error = begun.error();
        return false;
    }
    auto fail = [&](const QString &error) {
        db.rollback();
        result.ok = false;
        result.error = error;
        result.changes.clear();
        return false;
    };
    Writing writing(db);
    QString error;
    for (const LeaveRecountChange &c : std::as_const(result.changes)) {
        if (!writeChange(writing, session, reading.types, c, &error))
            return fail(error);
    }
    // Only the rows as read: a later change (an earlier date) queued since stays queued.
    QSqlQuery done(db);
    done.prepare(
        QStringLiteral("DELETE FROM local_leave_recount_queue WHERE agent_id = ? AND since = ?"));
    for (const auto &row : reading.scope.queueRows) {
        done.addBindValue(row.first);
        done.addBindValue(row.second);
        if (!done.exec())
            return fail(done.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

// One request counted again: its new count, a 'recounted' step in its history, its ledger use
// replaced, and the row that tells HR what changed.
bool LeaveRecount::writeChange(Writing &writing,
                               const Session &session,
                               const LeaveTypeCatalog &types,
                               const LeaveRecountChange &c,
                               QString *error)
{
    QSqlQuery &update = writing.update;
    update.addBindValue(c.newHalfDays);
    update.addBindValue(c.requestId);
    if (!update.exec()) {
        *error = Tr::tr("The request could not be updated: %1").arg(update.lastError().text());
        return false;
    }
    const QString comment = Tr::tr("Counted again (%1): %2 instead of %3")
                                .arg(reasonLabel(c.reason),
                                     LeaveDays::format(c.newHalfDays * 50),
                                     LeaveDays::format(c.oldHalfDays * 50));
    const QString state = LeaveRequestStates::code(c.state);
    QSqlQuery &step = writing.step;
    step.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    step.addBindValue(c.requestId);
    step.addBindValue(c.agentId);
    step.addBindValue(state);
    step.addBindValue(state);
    step.addBindValue(Sql::notNull(session.login()));
    step.addBindValue(Sql::notNull(session.displayName()));
    step.addBindValue(comment);
    step.addBindValue(writing.now);
    if (!step.exec()) {
        *error
            = Tr::tr("The request's history could not be written: %1").arg(step.lastError().text());
        return false;
    }
    const LeaveType *type = types.byId(c.leaveTypeId);
    const bool holdsUse = c.state == LeaveRequestState::Approved
                          || c.state == LeaveRequestState::CancellationRequested;
    if (holdsUse && type && type->hasBalance && !replaceUse(writing, c, error))
        return false;
    QSqlQuery &recount = writing.recount;
    recount.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    recount.addBindValue(c.requestId);
    recount.addBindValue(c.agentId);
    recount.addBindValue(c.oldHalfDays);
    recount.addBindValue(c.newHalfDays);
    recount.addBindValue(c.reason);
    recount.addBindValue(writing.now);
    if (!recount.exec()) {
        *error = Tr::tr("The recount could not be recorded: %1").arg(recount.lastError().text());
        return false;
    }
    return true;
}

// Approved leave holds a use in the ledger: replaced by one of the new length, as
// LeaveLedger::reverse and append would, through statements prepared once for the run. The
// lines are those the server writes when the request's length changes (central leave 0002):
// same ids, same values, no note (the step tells why).
bool LeaveRecount::replaceUse(Writing &writing, const LeaveRecountChange &c, QString *error)
{
    QSqlQuery &openUses = writing.openUses;
    openUses.addBindValue(c.requestId);
    if (!openUses.exec()) {
        *error = Tr::tr("The ledger could not be read: %1").arg(openUses.lastError().text());
        return false;
    }
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
        if (!appendUse(writing,
                       c,
                       LeaveLedger::reversalId(e.id),
                       e.year,
                       -e.daysHundredths,
                       e.effectiveDate,
                       e.id,
                       error))
            return false;
    }
    if (c.newHalfDays <= 0)
        return true;
    QSqlQuery &usesSoFar = writing.usesSoFar;
    usesSoFar.addBindValue(c.requestId);
    if (!usesSoFar.exec() || !usesSoFar.next()) {
        *error = Tr::tr("The ledger could not be read: %1").arg(usesSoFar.lastError().text());
        return false;
    }
    const int earlierUses = usesSoFar.value(0).toInt();
    usesSoFar.finish();
    // Written even when no use was open: a request a day off had brought to nothing takes its
    // days again when the day off is withdrawn. Each year its own days (LeaveYearParts).
    const QString useId = LeaveLedger::useId(c.requestId, earlierUses);
    for (const LeaveYearParts::Part &p : c.parts) {
        if (!appendUse(writing,
                       c,
                       LeaveYearParts::useId(useId, p.year, c.start.date.year()),
                       p.year,
                       -p.halfDays * 50,
                       p.effectiveDate,
                       {},
                       error))
            return false;
    }
    return true;
}

// A reversal (reversing set, dated as the use it reverses) or a new use.
bool LeaveRecount::appendUse(Writing &writing,
                             const LeaveRecountChange &c,
                             const QString &id,
                             int year,
                             int hundredths,
                             QDate effective,
                             const QString &reversing,
                             QString *error)
{
    QSqlQuery &ledgerInsert = writing.ledgerInsert;
    ledgerInsert.addBindValue(id);
    ledgerInsert.addBindValue(c.agentId);
    ledgerInsert.addBindValue(c.leaveTypeId);
    ledgerInsert.addBindValue(year);
    ledgerInsert.addBindValue(hundredths);
    ledgerInsert.addBindValue(effective.toString(Qt::ISODate));
    ledgerInsert.addBindValue(c.requestId);
    ledgerInsert.addBindValue(reversing.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(reversing));
    ledgerInsert.addBindValue(QString(QLatin1String("")));
    if (ledgerInsert.exec())
        return true;
    *error = Tr::tr("The ledger could not be written: %1").arg(ledgerInsert.lastError().text());
    return false;
}

// Names for the caller to show what changed, one query per agent concerned.
void LeaveRecount::nameAgents(Database &database, Result &result)
{
    QSet<QString> ids;
    for (const LeaveRecountChange &c : std::as_const(result.changes))
        ids.insert(c.agentId);
    QHash<QString, QString> names;
    QSqlQuery n(database.connection());
    n.prepare(QStringLiteral("SELECT %1 FROM agents a WHERE a.id = ?")
                  .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    for (const QString &id : std::as_const(ids)) {
        n.addBindValue(id);
        const bool read = n.exec();
        if (!read)
            qCWarning(lcLeave) << "recount: the name of" << id
                               << "could not be read:" << n.lastError().text();
        // Unread, the change still names the agent, by id.
        names.insert(id, read && n.next() ? n.value(0).toString() : id);
    }
    for (LeaveRecountChange &c : result.changes)
        c.agentName = names.value(c.agentId);
}

} // namespace Civitas::Leave
