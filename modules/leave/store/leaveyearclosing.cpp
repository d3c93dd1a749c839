#include "leaveyearclosing.h"

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedays.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverights.h>
#include "employedagents.h"
#include "leavetypecatalog.h"
#include <leave/domain/workingschedule.h>
#include "leavecalendarstore.h"

#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// What the ledger holds for one agent and one type in the year, before this closing.
struct TypeLedger
{
    int total = 0;
    int allocated = 0;                 // allocations (the RTT quotient is computed on them)
    QMap<QDate, int> carriedIn;        // carry-overs into the year, by expiry date
    QHash<QString, int> usedByRequest; // net use, by request (a cancelled one nets to 0)
    QHash<QString, QDate> requestDate;
    QList<LeaveYearClosing::LeaveTaken> otherUses; // uses without a request
};

struct AgentLedger
{
    QHash<QString, TypeLedger> types; // by leave type id
    int sickHalfDays = 0;             // absences reducing RTT, on worked half-days
    int outsideSeasonHalfDays = 0;    // annual leave taken outside 1 May–31 October
    int pendingRequests = 0;
};

// Counts [from, to] ∩ [first, last] in worked half-days.
int countWithin(
    const LeaveDayCounter &counter, LeaveBoundary from, LeaveBoundary to, QDate first, QDate last)
{
    if (to.date < first || from.date > last)
        return 0;
    if (from.date < first)
        from = {first, WeeklyPattern::Morning};
    if (to.date > last)
        to = {last, WeeklyPattern::Afternoon};
    const LeaveDayCounter::Result r = counter.count(from, to);
    return r.isValid() ? r.halfDays : 0;
}

} // namespace

LeaveYearClosing::LeaveYearClosing(Database &database)
    : m_database(database)
{}

bool LeaveYearClosing::isClosed(Database &database, int year)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM leave_ledger_entries WHERE year = ? AND "
                             "source = ? AND deleted = 0)"));
    q.addBindValue(year);
    q.addBindValue(source(year));
    return q.exec() && q.next() && q.value(0).toBool();
}

LeaveYearClosing::AnnualLeaveOutcome
LeaveYearClosing::annualLeaveOutcome(int year,
                                     int ownRights,
                                     const QList<CarriedDays> &carriedIn,
                                     QList<LeaveTaken> taken,
                                     int sickHalfDays,
                                     double daysPerWeek)
{
    const QDate yearEnd(year, 12, 31);
    // Buckets of days, each valid until its date; leave taken draws first on the bucket that
    // expires first among those still valid on the day it is taken.
    struct Bucket
    {
        QDate expiresOn;
        int left = 0;
        bool own = false;
    };
    QList<Bucket> buckets;
    buckets.append({yearEnd, ownRights, true});
    for (const CarriedDays &c : carriedIn) {
        if (c.hundredths != 0)
            buckets.append({c.expiresOn, c.hundredths, false});
    }
    std::stable_sort(buckets.begin(), buckets.end(), [](const Bucket &a, const Bucket &b) {
        return a.expiresOn < b.expiresOn;
    });
    std::stable_sort(taken.begin(), taken.end(), [](const LeaveTaken &a, const LeaveTaken &b) {
        return a.date < b.date;
    });
    Bucket *own = nullptr;
    for (Bucket &b : buckets) {
        if (b.own)
            own = &b;
    }
    for (const LeaveTaken &t : std::as_const(taken)) {
        int rest = t.hundredths;
        for (Bucket &b : buckets) {
            if (rest <= 0)
                break;
            if (b.left <= 0 || b.expiresOn < t.date)
                continue;
            const int part = std::min(rest, b.left);
            b.left -= part;
            rest -= part;
        }
        // More taken than was valid: the year's own rights go below zero.
        own->left -= rest;
    }

    AnnualLeaveOutcome outcome;
    int total = 0;
    for (const Bucket &b : std::as_const(buckets))
        total += b.left;
    int carried = 0;
    for (const Bucket &b : std::as_const(buckets)) {
        if (b.own || b.expiresOn <= yearEnd || b.left <= 0)
            continue;
        const int part = std::min(b.left, std::max(0, total - carried));
        if (part > 0) {
            outcome.carriedAgain.append({b.expiresOn, part});
            carried += part;
        }
    }
    for (const Bucket &b : std::as_const(buckets)) {
        if (!b.own && b.expiresOn <= yearEnd && b.left > 0)
            outcome.expiredCarried += b.left;
    }
    const int fourWeeks = int(std::lround(4 * daysPerWeek * 100));
    outcome.newCarryOver
        = std::max(0, std::min({sickHalfDays * 50, fourWeeks, own->left, total - carried}));
    outcome.expired = std::max(0, total - carried - outcome.newCarryOver);
    outcome.expiredCarried = std::min(outcome.expiredCarried, outcome.expired);
    return outcome;
}

LeaveLedgerPlan LeaveYearClosing::plan(int year, QString *errorMessage) const
{
    LeaveLedgerPlan plan(source(year), {year, year + 1}, tr("Closing of %1").arg(year));
    if (today() < QDate(year + 1, 1, 1)) {
        *errorMessage = tr("%1 is not over: it can be closed from %2.")
                            .arg(year)
                            .arg(QLocale().toString(QDate(year + 1, 1, 1), QLocale::ShortFormat));
        return plan;
    }
    const LeaveTypeCatalog types(m_database);
    const LeaveType *annual = types.byCode(LeaveTypeCodes::AnnualLeave);
    const LeaveType *rtt = types.byCode(LeaveTypeCodes::Rtt);
    const LeaveType *split = types.byCode(LeaveTypeCodes::SplitLeaveBonus);
    if (!annual || !rtt || !split) {
        *errorMessage = tr(
            "The leave types \"annual\", \"rtt\" and \"split_bonus\" are missing from the file.");
        return plan;
    }
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    const QString firstText = first.toString(Qt::ISODate);
    const QString lastText = last.toString(Qt::ISODate);
    QSqlDatabase db = m_database.connection();
    QHash<QString, AgentLedger> agents;

    // 1. The year's ledger as earlier writes left it; this closing's own lines left out, so
    //    that a new run computes from the same ground.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.agent_id, e.leave_type_id, e.kind, e.days_hundredths, "
                             "e.expires_on, coalesce(e.request_id, ''), "
                             "coalesce(r.start_date, e.effective_date) FROM leave_ledger_entries e "
                             "LEFT JOIN leave_requests r ON r.id = e.request_id "
                             "WHERE e.year = ? AND e.source <> ? AND e.deleted = 0"));
    q.addBindValue(year);
    q.addBindValue(source(year));
    if (!q.exec()) {
        *errorMessage = tr("The ledger could not be read: %1").arg(q.lastError().text());
        return plan;
    }
    while (q.next()) {
        TypeLedger &t = agents[q.value(0).toString()].types[q.value(1).toString()];
        const LedgerEntry::Kind kind = LedgerEntry::kindFromCode(q.value(2).toString());
        const int amount = q.value(3).toInt();
        const QDate expires = dateOf(q.value(4));
        t.total += amount;
        if (kind == LedgerEntry::Kind::Allocation)
            t.allocated += amount;
        else if (kind == LedgerEntry::Kind::CarryOver && expires.isValid())
            t.carriedIn[expires] += amount;
        else if (kind == LedgerEntry::Kind::Use) {
            const QString request = q.value(5).toString();
            const QDate date = dateOf(q.value(6));
            if (request.isEmpty()) {
                t.otherUses.append({date, -amount});
            } else {
                t.usedByRequest[request] += amount;
                t.requestDate.insert(request, date);
            }
        }
    }

    // 2. The files of those employed in the year: working time for counting, names.
    const Result<QHash<QString, Hr::AgentFile>> employed = EmployedAgents(m_database).filesOf(year);
    if (!employed) {
        *errorMessage = employed.error();
        return plan;
    }
    const QHash<QString, Hr::AgentFile> &files = *employed;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        agents[it.key()];
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(m_database);
    QHash<QString, LeaveDayCounter> counters;
    auto counterOf = [&](const QString &agentId) -> const LeaveDayCounter & {
        auto it = counters.find(agentId);
        if (it == counters.end()) {
            const auto f = files.constFind(agentId);
            it = counters.insert(agentId,
                                 LeaveDayCounter(f == files.cend()
                                                     ? WorkingSchedule()
                                                     : WorkingSchedule(f->workingTimes),
                                                 calendar));
        }
        return *it;
    };

    // 3. The year's absences that reduce RTT, and annual leave taken: counted on the days
    //    each agent works.
    q.prepare(QStringLiteral("SELECT r.id, r.agent_id, r.start_date, r.start_half, r.end_date, "
                             "r.end_half, t.reduces_rtt, t.counts_for_split_bonus "
                             "FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id "
                             "WHERE r.deleted = 0 AND r.state IN ('approved', "
                             "'cancellation_requested') AND r.start_date <= ? AND r.end_date >= ? "
                             "AND (t.reduces_rtt = 1 OR t.counts_for_split_bonus = 1)"));
    q.addBindValue(lastText);
    q.addBindValue(firstText);
    if (!q.exec()) {
        *errorMessage = tr("The requests could not be read: %1").arg(q.lastError().text());
        return plan;
    }
    while (q.next()) {
        const QString requestId = q.value(0).toString();
        const QString agentId = q.value(1).toString();
        const LeaveBoundary from{dateOf(q.value(2)),
                                 q.value(3).toString() == QLatin1String("pm")
                                     ? WeeklyPattern::Afternoon
                                     : WeeklyPattern::Morning};
        const LeaveBoundary to{dateOf(q.value(4)),
                               q.value(5).toString() == QLatin1String("am")
                                   ? WeeklyPattern::Morning
                                   : WeeklyPattern::Afternoon};
        AgentLedger &a = agents[agentId];
        const LeaveDayCounter &counter = counterOf(agentId);
        if (q.value(6).toInt() == 1)
            a.sickHalfDays += countWithin(counter, from, to, first, last);
        if (q.value(7).toInt() == 1 && from.date.year() == year) {
            // Taken = its use still stands in the ledger (not cancelled).
            int used = 0;
            for (const TypeLedger &t : std::as_const(a.types))
                used += t.usedByRequest.value(requestId);
            if (used < 0) {
                const int whole = countWithin(counter, from, to, from.date, to.date);
                const int inSeason
                    = countWithin(counter, from, to, QDate(year, 5, 1), QDate(year, 10, 31));
                a.outsideSeasonHalfDays += whole - inSeason;
            }
        }
    }

    // 4. What HR should know before writing.
    q.prepare(QStringLiteral("SELECT r.agent_id, count(*) FROM leave_requests r JOIN leave_types t "
                             "ON t.id = r.leave_type_id "
                             "WHERE r.deleted = 0 AND r.state IN ('submitted', 'waiting_hr') AND "
                             "r.start_date >= ? AND r.start_date <= ? "
                             "AND t.has_balance = 1 GROUP BY r.agent_id"));
    q.addBindValue(firstText);
    q.addBindValue(lastText);
    if (q.exec()) {
        while (q.next()) {
            if (agents.contains(q.value(0).toString()))
                agents[q.value(0).toString()].pendingRequests = q.value(1).toInt();
        }
    }
    QHash<QString, QString> names;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        names.insert(it.key(), EmployedAgents::label(it->agent));
    {
        QSqlQuery n(db);
        n.prepare(QStringLiteral("SELECT a.id, %1 || ' (' || a.registration_number || ')' FROM "
                                 "agents a WHERE a.id = ?")
                      .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
        for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
            if (names.contains(it.key()))
                continue;
            n.addBindValue(it.key());
            names.insert(it.key(), n.exec() && n.next() ? n.value(1).toString() : it.key());
        }
    }
    if (isClosed(m_database, year + 1))
        plan.addWarning(
            {}, tr("%1 is already closed: run its closing again after this one.").arg(year + 1));

    const QLocale locale;
    for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
        const QString &agentId = it.key();
        const AgentLedger &a = it.value();
        const QString name = names.value(agentId);
        LeavePlanLine line;
        line.agentId = agentId;
        line.agentName = name;
        auto add = [&plan, &line](const QString &typeId,
                                  int lineYear,
                                  LedgerEntry::Kind kind,
                                  int hundredths,
                                  QDate effective,
                                  QDate expires,
                                  const QString &note) {
            line.leaveTypeId = typeId;
            line.year = lineYear;
            line.kind = kind;
            line.hundredths = hundredths;
            line.effectiveDate = effective;
            line.expiresOn = expires;
            line.note = note;
            plan.add(line);
        };
        if (a.pendingRequests > 0)
            plan.addWarning(name,
                            tr("%n request(s) of the year still wait for a decision.",
                               nullptr,
                               a.pendingRequests));

        // RTT: lost for absences, then what is left expires.
        const TypeLedger r = a.types.value(rtt->id);
        const double rttDays = r.allocated / 100.0;
        const double absenceDays = a.sickHalfDays / 2.0;
        const int reduction = LeaveRights::rttReduction(rttDays, absenceDays) * 100;
        add(rtt->id,
            year,
            LedgerEntry::Kind::Adjustment,
            -reduction,
            last,
            {},
            tr("RTT lost for %1 day(s) of absence (one per %2)")
                .arg(locale.toString(absenceDays))
                .arg(rttDays > 0 ? locale.toString(228.0 / rttDays, 'f', 1) : QStringLiteral("-")));
        add(rtt->id,
            year,
            LedgerEntry::Kind::Expiry,
            -std::max(0, r.total - reduction),
            last,
            {},
            tr("RTT of %1 not taken").arg(year));

        // An agent gone by the end of the year has no next year here: nothing is credited or
        // carried into it (untaken leave is paid on leaving, up to 4 weeks: décret 85-1250
        // art. 5-2, a payroll matter).
        const auto f = files.constFind(agentId);
        const bool gone = f != files.cend() && f->agent.departureDate.isValid()
                          && f->agent.departureDate <= last;
        if (gone)
            plan.addWarning(name,
                            tr("Left on %1: nothing is carried into %2; untaken annual leave is "
                               "paid, up to 4 weeks.")
                                .arg(locale.toString(f->agent.departureDate, QLocale::ShortFormat))
                                .arg(year + 1));

        // Split-leave bonus earned in the year, for next year; last year's bonus left expires.
        const double outside = a.outsideSeasonHalfDays / 2.0;
        if (!gone)
            add(split->id,
                year + 1,
                LedgerEntry::Kind::Allocation,
                LeaveRights::splitLeaveBonus(outside) * 100,
                QDate(year + 1, 1, 1),
                {},
                tr("%1 day(s) of annual leave taken outside 1 May–31 October %2")
                    .arg(locale.toString(outside))
                    .arg(year));
        add(split->id,
            year,
            LedgerEntry::Kind::Expiry,
            -std::max(0, a.types.value(split->id).total),
            last,
            {},
            tr("Split-leave days of %1 not taken").arg(year));

        // Annual leave: carried again, carried for sick leave, expired.
        const TypeLedger al = a.types.value(annual->id);
        QList<CarriedDays> carriedIn;
        int carriedTotal = 0;
        for (auto c = al.carriedIn.cbegin(); c != al.carriedIn.cend(); ++c) {
            if (c.value() > 0) {
                carriedIn.append({gone ? std::min(c.key(), last) : c.key(), c.value()});
                carriedTotal += c.value();
            }
        }
        QList<LeaveTaken> taken = al.otherUses;
        for (auto u = al.usedByRequest.cbegin(); u != al.usedByRequest.cend(); ++u) {
            if (u.value() < 0)
                taken.append({al.requestDate.value(u.key()), -u.value()});
        }
        const Hr::WorkingTime *w = nullptr;
        if (f != files.cend())
            w = f->workingTimeOn(
                f->agent.departureDate.isValid() ? std::min(last, f->agent.departureDate) : last);
        const double daysPerWeek = w ? w->pattern.daysPerWeek() : 5.0;
        int usedTotal = 0;
        for (const LeaveTaken &t : std::as_const(taken))
            usedTotal += t.hundredths;
        // Own rights = all but what was carried in and what was taken.
        const int ownRights = al.total - carriedTotal + usedTotal;
        const AnnualLeaveOutcome o = annualLeaveOutcome(
            year, ownRights, carriedIn, taken, gone ? 0 : a.sickHalfDays, daysPerWeek);
        for (const CarriedDays &c : o.carriedAgain) {
            const QString note = tr("Carried over after sick leave, valid until %1")
                                     .arg(locale.toString(c.expiresOn, QLocale::ShortFormat));
            add(annual->id,
                year,
                LedgerEntry::Kind::CarryOver,
                -c.hundredths,
                last,
                c.expiresOn,
                note);
            add(annual->id,
                year + 1,
                LedgerEntry::Kind::CarryOver,
                c.hundredths,
                QDate(year + 1, 1, 1),
                c.expiresOn,
                note);
        }
        const QDate expiry = carryOverExpiry(year);
        const QString carryNote
            = tr("Not taken because of %1 day(s) of sick leave (at most 4 weeks), valid until %2")
                  .arg(locale.toString(a.sickHalfDays / 2.0),
                       locale.toString(expiry, QLocale::ShortFormat));
        add(annual->id,
            year,
            LedgerEntry::Kind::CarryOver,
            -o.newCarryOver,
            last,
            expiry,
            carryNote);
        add(annual->id,
            year + 1,
            LedgerEntry::Kind::CarryOver,
            o.newCarryOver,
            QDate(year + 1, 1, 1),
            expiry,
            carryNote);
        add(annual->id,
            year,
            LedgerEntry::Kind::Expiry,
            -o.expired,
            last,
            {},
            o.expiredCarried > 0
                ? tr("Annual leave of %1 not taken, of which %2 carried over and not taken in time")
                      .arg(year)
                      .arg(LeaveDays::format(o.expiredCarried))
                : tr("Annual leave of %1 not taken").arg(year));
        for (const QString &typeId : {annual->id, rtt->id, split->id}) {
            if (a.types.value(typeId).total < 0) {
                plan.addWarning(name,
                                tr("%1 of %2 is below zero (%3): nothing expires, HR decides.")
                                    .arg(types.byId(typeId)->label)
                                    .arg(year)
                                    .arg(LeaveDays::format(a.types.value(typeId).total)));
            }
        }
    }
    plan.compare(m_database, errorMessage);
    return plan;
}

} // namespace Civitas::Leave
