#include "leaveyearclosing.h"
#include <leave/leavetr.h>

#include "employedagents.h"
#include "leavecalendarstore.h"
#include "leavetypecatalog.h"
#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leavedays.h>
#include <leave/domain/leaverights.h>
#include <leave/domain/workingschedule.h>

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
    if (!q.exec()) {
        // Read as not closed: the closing may be run (again), which is safe.
        qCWarning(lcLeave) << "year closing: whether" << year
                           << "is closed could not be read:" << q.lastError().text();
        return false;
    }
    return q.next() && q.value(0).toBool();
}

QDate LeaveYearClosing::carryOverExpiry(int year, QDate returnedOn)
{
    const QDate latest(year + 1, 1, 1);
    const QDate start = returnedOn.isValid() ? std::min(returnedOn, latest) : latest;
    return start.addMonths(15).addDays(-1);
}

LeaveYearClosing::AnnualLeaveOutcome
LeaveYearClosing::annualLeaveOutcome(int year,
                                     int ownRights,
                                     const QList<CarriedDays> &carriedIn,
                                     QList<LeaveTaken> taken,
                                     CarryOverAbsences absences,
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
        bool noticed = true;
    };
    QList<Bucket> buckets;
    buckets.append({yearEnd, ownRights, true});
    for (const CarriedDays &c : carriedIn) {
        if (c.hundredths != 0)
            buckets.append({c.expiresOn, c.hundredths, false, c.noticed});
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
    AnnualLeaveOutcome outcome;
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
            if (b.own)
                outcome.takenOwn += part;
        }
        // More taken than was valid: the year's own rights go below zero.
        own->left -= rest;
        outcome.takenOwn += rest;
    }

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
    // Carried days past their date expire only if the agent was told of them in time.
    int held = 0;
    for (const Bucket &b : std::as_const(buckets)) {
        if (b.own || b.expiresOn > yearEnd || b.left <= 0)
            continue;
        const int part = std::min(b.left, std::max(0, total - carried - held));
        if (b.noticed) {
            outcome.expiredCarried += b.left;
        } else if (part > 0) {
            outcome.unnoticed.append({b.expiresOn, part, false});
            held += part;
        }
    }
    // Only the year's own days are carried for an absence; never more than is left.
    const int room = std::max(0, std::min(own->left, total - carried - held));
    // Family leave (décret 85-1250 art. 5-2 as amended): what could not be taken before it is
    // kept, without the four-week cap.
    outcome.familyCarryOver = std::min(absences.familyHalfDays * 50, room);
    // Health leave (art. 5-1 as amended by décret 2025-564): the unused part of the first four
    // weeks of the year's leave, the days already taken using them first.
    const int fourWeeks = int(std::lround(4 * daysPerWeek * 100));
    const int unusedFourWeeks = std::max(0, fourWeeks - outcome.takenOwn);
    outcome.healthCarryOver = std::max(
        0,
        std::min({absences.healthHalfDays * 50, unusedFourWeeks, room - outcome.familyCarryOver}));
    outcome.expired
        = std::max(0, total - carried - held - outcome.familyCarryOver - outcome.healthCarryOver);
    outcome.expiredCarried = std::min(outcome.expiredCarried, outcome.expired);
    return outcome;
}

// What the ledger holds for one agent and one type in the year, before this closing.
struct LeaveYearClosing::TypeLedger
{
    int total = 0;
    int allocated = 0;                 // allocations (the RTT quotient is computed on them)
    QMap<QDate, int> carriedIn;        // carry-overs into the year, by expiry date
    QHash<QString, int> usedByRequest; // net use, by request (a cancelled one nets to 0)
    QHash<QString, QDate> requestDate;
    QList<LeaveTaken> otherUses; // uses without a request
};

struct LeaveYearClosing::AgentLedger
{
    QHash<QString, TypeLedger> types; // by leave type id
    int rttAbsenceHalfDays = 0;       // absences reducing RTT, on worked half-days
    CarryOverAbsences carryOver;      // health and family leaves, on worked half-days
    QDate healthReturn;               // the day after the year's last health leave
    QDate familyReturn;               // the day after the year's last family leave
    int outsideSeasonHalfDays = 0;    // annual leave taken outside 1 May–31 October
    int pendingRequests = 0;
};

struct LeaveYearClosing::Run
{
    Run(int closedYear, const LeaveTypeCatalog &catalog)
        : year(closedYear)
        , first(closedYear, 1, 1)
        , last(closedYear, 12, 31)
        , types(catalog)
    {}

    const int year;
    const QDate first;
    const QDate last;
    const LeaveTypeCatalog &types;
    const LeaveType *annual = nullptr;
    const LeaveType *rtt = nullptr;
    const LeaveType *split = nullptr;
    QHash<QString, AgentLedger> agents;
    QHash<QString, Hr::AgentFile> files; // those employed in the year
    QHash<QString, QString> names;
    QHash<QString, QDate> extendedTo;    // HR's extensions of this year's carry-over, by agent
    QHash<QString, QSet<QDate>> noticed; // expiry dates announced in time, by agent
    const QLocale locale;
};

struct LeaveYearClosing::AgentLines
{
    LeaveLedgerPlan &plan;
    QString agentId;
    QString agentName;

    void add(const QString &typeId,
             int lineYear,
             LedgerEntry::Kind kind,
             int hundredths,
             QDate effective,
             QDate expires,
             const QString &note)
    {
        LeavePlanLine line;
        line.agentId = agentId;
        line.agentName = agentName;
        line.leaveTypeId = typeId;
        line.year = lineYear;
        line.kind = kind;
        line.hundredths = hundredths;
        line.effectiveDate = effective;
        line.expiresOn = expires;
        line.note = note;
        plan.add(line);
    }
};

LeaveLedgerPlan LeaveYearClosing::plan(int year, QString *errorMessage) const
{
    LeaveLedgerPlan plan(source(year), {year, year + 1}, Tr::tr("Closing of %1").arg(year));
    if (today() < QDate(year + 1, 1, 1)) {
        *errorMessage = Tr::tr("%1 is not over: it can be closed from %2.")
                            .arg(year)
                            .arg(QLocale().toString(QDate(year + 1, 1, 1), QLocale::ShortFormat));
        return plan;
    }
    const LeaveTypeCatalog types(m_database);
    Run run(year, types);
    run.annual = types.byCode(LeaveTypeCodes::AnnualLeave);
    run.rtt = types.byCode(LeaveTypeCodes::Rtt);
    run.split = types.byCode(LeaveTypeCodes::SplitLeaveBonus);
    if (!run.annual || !run.rtt || !run.split) {
        *errorMessage = Tr::tr(
            "The leave types \"annual\", \"rtt\" and \"split_bonus\" are missing from the file.");
        return plan;
    }
    if (!readLedger(run, errorMessage) || !readEmployed(run, errorMessage)
        || !readAbsences(run, errorMessage) || !readPendingRequests(run, errorMessage)
        || !readExtensions(run, errorMessage) || !readNotices(run, errorMessage))
        return plan;
    readNames(run);
    if (isClosed(m_database, year + 1))
        plan.addWarning(
            {},
            Tr::tr("%1 is already closed: run its closing again after this one.").arg(year + 1));
    for (auto it = run.agents.cbegin(); it != run.agents.cend(); ++it)
        closeAgent(run, it.key(), it.value(), plan);
    plan.compare(m_database, errorMessage);
    return plan;
}

// The year's ledger as earlier writes left it; this closing's own lines left out, so that a new
// run computes from the same ground.
bool LeaveYearClosing::readLedger(Run &run, QString *errorMessage) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.agent_id, e.leave_type_id, e.kind, e.days_hundredths, "
                             "e.expires_on, coalesce(e.request_id, ''), "
                             // A later year's part of a request spanning 31 December
                             // (LeaveYearParts) is taken on 1 January.
                             "CASE WHEN instr(e.id, '@') > 0 THEN e.effective_date "
                             "ELSE coalesce(r.start_date, e.effective_date) END "
                             "FROM leave_ledger_entries e "
                             "LEFT JOIN leave_requests r ON r.id = e.request_id "
                             "WHERE e.year = ? AND e.source <> ? AND e.deleted = 0"));
    q.addBindValue(run.year);
    q.addBindValue(source(run.year));
    if (!q.exec()) {
        *errorMessage = Tr::tr("The ledger could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        TypeLedger &t = run.agents[q.value(0).toString()].types[q.value(1).toString()];
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
    return true;
}

// Everybody employed in the year is closed, even with nothing in the ledger: their files give
// the working time the absences are counted on, and their names.
bool LeaveYearClosing::readEmployed(Run &run, QString *errorMessage) const
{
    const Result<QHash<QString, Hr::AgentFile>> employed
        = EmployedAgents(m_database).filesOf(run.year);
    if (!employed) {
        *errorMessage = employed.error();
        return false;
    }
    run.files = *employed;
    for (auto it = run.files.cbegin(); it != run.files.cend(); ++it)
        run.agents[it.key()];
    return true;
}

// The year's absences that reduce RTT, and annual leave taken: counted on the days each agent
// works.
bool LeaveYearClosing::readAbsences(Run &run, QString *errorMessage) const
{
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(m_database);
    QHash<QString, LeaveDayCounter> counters;
    auto counterOf = [&](const QString &agentId) -> const LeaveDayCounter & {
        auto it = counters.find(agentId);
        if (it == counters.end()) {
            const auto f = run.files.constFind(agentId);
            it = counters.insert(agentId,
                                 LeaveDayCounter(f == run.files.cend()
                                                     ? WorkingSchedule()
                                                     : WorkingSchedule(f->workingTimes),
                                                 calendar));
        }
        return *it;
    };

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.agent_id, r.start_date, r.start_half, r.end_date, "
                             "r.end_half, t.reduces_rtt, t.counts_for_split_bonus, "
                             "t.carry_over_regime "
                             "FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id "
                             "WHERE r.deleted = 0 AND r.state IN ('approved', "
                             "'cancellation_requested') AND r.start_date <= ? AND r.end_date >= ? "
                             "AND (t.reduces_rtt = 1 OR t.counts_for_split_bonus = 1 "
                             "OR t.carry_over_regime <> 'none')"));
    q.addBindValue(run.last.toString(Qt::ISODate));
    q.addBindValue(run.first.toString(Qt::ISODate));
    if (!q.exec()) {
        *errorMessage = Tr::tr("The requests could not be read: %1").arg(q.lastError().text());
        return false;
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
        AgentLedger &a = run.agents[agentId];
        const LeaveDayCounter &counter = counterOf(agentId);
        const int absent = countWithin(counter, from, to, run.first, run.last);
        if (q.value(6).toInt() == 1)
            a.rttAbsenceHalfDays += absent;
        // The return to work starts the carry-over period: the day after the last such leave.
        switch (LeaveType::carryOverRegimeFromCode(q.value(8).toString())) {
        case LeaveType::CarryOverRegime::Health:
            a.carryOver.healthHalfDays += absent;
            a.healthReturn = std::max(a.healthReturn, to.date.addDays(1));
            break;
        case LeaveType::CarryOverRegime::Family:
            a.carryOver.familyHalfDays += absent;
            a.familyReturn = std::max(a.familyReturn, to.date.addDays(1));
            break;
        case LeaveType::CarryOverRegime::None:
            break;
        }
        if (q.value(7).toInt() == 1) {
            // Taken = its use in this year still stands in the ledger (not cancelled). A
            // request spanning 31 December counts in each year for its own days, as it is
            // charged (LeaveYearParts).
            int used = 0;
            for (const TypeLedger &t : std::as_const(a.types))
                used += t.usedByRequest.value(requestId);
            if (used < 0) {
                const int whole = absent;
                const int inSeason = countWithin(
                    counter, from, to, QDate(run.year, 5, 1), QDate(run.year, 10, 31));
                a.outsideSeasonHalfDays += whole - inSeason;
            }
        }
    }
    return true;
}

// Requests still waiting for a decision: HR should know before writing.
bool LeaveYearClosing::readPendingRequests(Run &run, QString *errorMessage) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.agent_id, count(*) FROM leave_requests r JOIN leave_types t "
                             "ON t.id = r.leave_type_id "
                             "WHERE r.deleted = 0 AND r.state IN ('submitted', 'waiting_hr') AND "
                             "r.start_date >= ? AND r.start_date <= ? "
                             "AND t.has_balance = 1 GROUP BY r.agent_id"));
    q.addBindValue(run.first.toString(Qt::ISODate));
    q.addBindValue(run.last.toString(Qt::ISODate));
    if (!q.exec()) {
        *errorMessage = Tr::tr("The requests could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        if (run.agents.contains(q.value(0).toString()))
            run.agents[q.value(0).toString()].pendingRequests = q.value(1).toInt();
    }
    return true;
}

// HR's exceptional decisions extending the carry-over period of this year's leave: the latest
// date decided for each agent.
bool LeaveYearClosing::readExtensions(Run &run, QString *errorMessage) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent_id, max(extended_to) FROM leave_carry_over_extensions "
                             "WHERE year = ? AND deleted = 0 GROUP BY agent_id"));
    q.addBindValue(run.year);
    if (!q.exec()) {
        *errorMessage = Tr::tr("The extensions of the carry-over could not be read: %1")
                            .arg(q.lastError().text());
        return false;
    }
    while (q.next())
        run.extendedTo.insert(q.value(0).toString(), dateOf(q.value(1)));
    return true;
}

// The notices issued by the date they announce (Conseil d'État, 17 October 2025, n°495899),
// whatever the year the days were in when issued: days carried again keep their date.
bool LeaveYearClosing::readNotices(Run &run, QString *errorMessage) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent_id, expires_on FROM leave_expiry_notices WHERE "
                             "deleted = 0 AND expires_on BETWEEN ? AND ? "
                             "AND substr(issued_at, 1, 10) <= expires_on"));
    q.addBindValue(run.first.toString(Qt::ISODate));
    q.addBindValue(run.last.toString(Qt::ISODate));
    if (!q.exec()) {
        *errorMessage = Tr::tr("The notices could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        run.noticed[q.value(0).toString()].insert(dateOf(q.value(1)));
    return true;
}

// The names the report shows; an agent with ledger lines but no longer employed is read apart.
void LeaveYearClosing::readNames(Run &run) const
{
    for (auto it = run.files.cbegin(); it != run.files.cend(); ++it)
        run.names.insert(it.key(), EmployedAgents::label(it->agent));
    QSqlQuery n(m_database.connection());
    n.prepare(QStringLiteral("SELECT a.id, %1 || ' (' || a.registration_number || ')' FROM "
                             "agents a WHERE a.id = ?")
                  .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    for (auto it = run.agents.cbegin(); it != run.agents.cend(); ++it) {
        if (run.names.contains(it.key()))
            continue;
        n.addBindValue(it.key());
        const bool read = n.exec();
        if (!read)
            qCWarning(lcLeave) << "year closing: the name of" << it.key()
                               << "could not be read:" << n.lastError().text();
        // Unread, the report still names the agent, by id.
        run.names.insert(it.key(), read && n.next() ? n.value(1).toString() : it.key());
    }
}

// Everything the closing writes for one agent, and what HR should look at first.
void LeaveYearClosing::closeAgent(const Run &run,
                                  const QString &agentId,
                                  const AgentLedger &a,
                                  LeaveLedgerPlan &plan) const
{
    const QString name = run.names.value(agentId);
    AgentLines lines{plan, agentId, name};
    if (a.pendingRequests > 0)
        plan.addWarning(name,
                        Tr::tr("%n request(s) of the year still wait for a decision.",
                               nullptr,
                               a.pendingRequests));
    // An agent gone by the end of the year has no next year here: nothing is credited or
    // carried into it (untaken leave is paid on leaving, up to 4 weeks: décret 85-1250
    // art. 5-2, a payroll matter).
    const auto f = run.files.constFind(agentId);
    const bool gone = f != run.files.cend() && f->agent.departureDate.isValid()
                      && f->agent.departureDate <= run.last;
    closeRtt(run, agentId, a, gone, lines);

    if (gone)
        plan.addWarning(name,
                        Tr::tr("Left on %1: nothing is carried into %2; untaken annual leave is "
                               "paid, up to 4 weeks.")
                            .arg(run.locale.toString(f->agent.departureDate, QLocale::ShortFormat))
                            .arg(run.year + 1));

    closeSplitBonus(run, a, gone, lines);
    closeAnnualLeave(run, agentId, a, annualLeaveOf(run, agentId, a, gone), lines);
    warnBelowZero(run, a, name, plan);
}

// RTT: lost for the year's absences (one day per quotient), then what is left expires. What the
// year's RTT left cannot cover (RTT taken before the absences) is a debit on the next year:
// shown, never a silent balance below zero.
void LeaveYearClosing::closeRtt(const Run &run,
                                const QString &agentId,
                                const AgentLedger &a,
                                bool gone,
                                AgentLines &lines) const
{
    const TypeLedger r = a.types.value(run.rtt->id);
    const double rttDays = r.allocated / 100.0;
    const double absenceDays = a.rttAbsenceHalfDays / 2.0;
    const auto f = run.files.constFind(agentId);
    const double workedDays = f == run.files.cend() ? 0 : LeaveRights::rttWorkedDays(*f, run.year);
    const int reduction = LeaveRights::rttReductionHundredths(rttDays, workedDays, absenceDays);
    const int applied = std::min(reduction, std::max(0, r.total));
    const int debit = reduction - applied;
    const QString quotient = rttDays > 0 && workedDays > 0
                                 ? run.locale.toString(workedDays / rttDays, 'f', 1)
                                 : QStringLiteral("-");
    lines.add(run.rtt->id,
              run.year,
              LedgerEntry::Kind::Adjustment,
              -applied,
              run.last,
              {},
              Tr::tr("RTT lost for %1 day(s) of absence (one per %2 = %3 days worked / %4 RTT)")
                  .arg(run.locale.toString(absenceDays),
                       quotient,
                       run.locale.toString(workedDays, 'f', 1),
                       run.locale.toString(rttDays)));
    if (debit > 0 && !gone)
        lines.add(run.rtt->id,
                  run.year + 1,
                  LedgerEntry::Kind::Adjustment,
                  -debit,
                  QDate(run.year + 1, 1, 1),
                  {},
                  Tr::tr("RTT lost for the absences of %1 beyond what was left of them (debit)")
                      .arg(run.year));
    if (debit > 0)
        lines.plan.addWarning(lines.agentName,
                              gone ? Tr::tr("%1 day(s) of RTT lost for the absences of %2 could "
                                            "not be taken back: they were already taken.")
                                         .arg(LeaveDays::format(debit))
                                         .arg(run.year)
                                   : Tr::tr("%1 day(s) of RTT lost for the absences of %2 were "
                                            "already taken: a debit on %3.")
                                         .arg(LeaveDays::format(debit))
                                         .arg(run.year)
                                         .arg(run.year + 1));
    lines.add(run.rtt->id,
              run.year,
              LedgerEntry::Kind::Expiry,
              -std::max(0, r.total - applied),
              run.last,
              {},
              Tr::tr("RTT of %1 not taken").arg(run.year));
}

// Split-leave bonus earned in the year, for next year; last year's bonus left expires.
void LeaveYearClosing::closeSplitBonus(const Run &run,
                                       const AgentLedger &a,
                                       bool gone,
                                       AgentLines &lines) const
{
    const double outside = a.outsideSeasonHalfDays / 2.0;
    if (!gone)
        lines.add(run.split->id,
                  run.year + 1,
                  LedgerEntry::Kind::Allocation,
                  LeaveRights::splitLeaveBonus(outside) * 100,
                  QDate(run.year + 1, 1, 1),
                  {},
                  Tr::tr("%1 day(s) of annual leave taken outside 1 May–31 October %2")
                      .arg(run.locale.toString(outside))
                      .arg(run.year));
    lines.add(run.split->id,
              run.year,
              LedgerEntry::Kind::Expiry,
              -std::max(0, a.types.value(run.split->id).total),
              run.last,
              {},
              Tr::tr("Split-leave days of %1 not taken").arg(run.year));
}

// What becomes of the year's annual leave, from what the ledger and the agent's file say: the
// rule itself is annualLeaveOutcome.
LeaveYearClosing::AnnualLeaveOutcome LeaveYearClosing::annualLeaveOf(const Run &run,
                                                                     const QString &agentId,
                                                                     const AgentLedger &a,
                                                                     bool gone) const
{
    const TypeLedger al = a.types.value(run.annual->id);
    QList<CarriedDays> carriedIn;
    int carriedTotal = 0;
    for (auto c = al.carriedIn.cbegin(); c != al.carriedIn.cend(); ++c) {
        if (c.value() > 0) {
            // Gone: paid on leaving, nothing to announce.
            const bool noticed
                = gone || c.key() > run.last || run.noticed.value(agentId).contains(c.key());
            carriedIn.append({gone ? std::min(c.key(), run.last) : c.key(), c.value(), noticed});
            carriedTotal += c.value();
        }
    }
    QList<LeaveTaken> taken = al.otherUses;
    for (auto u = al.usedByRequest.cbegin(); u != al.usedByRequest.cend(); ++u) {
        if (u.value() < 0)
            taken.append({al.requestDate.value(u.key()), -u.value()});
    }
    const auto f = run.files.constFind(agentId);
    const Hr::WorkingTime *w = nullptr;
    if (f != run.files.cend())
        w = f->workingTimeOn(f->agent.departureDate.isValid()
                                 ? std::min(run.last, f->agent.departureDate)
                                 : run.last);
    const double daysPerWeek = w ? w->pattern.daysPerWeek() : 5.0;
    int usedTotal = 0;
    for (const LeaveTaken &t : std::as_const(taken))
        usedTotal += t.hundredths;
    // Own rights = all but what was carried in and what was taken.
    const int ownRights = al.total - carriedTotal + usedTotal;
    return annualLeaveOutcome(run.year,
                              ownRights,
                              carriedIn,
                              taken,
                              gone ? CarryOverAbsences() : a.carryOver,
                              daysPerWeek);
}

// Annual leave: carried again, carried for health and family leave, expired. Days carried for
// two reasons with one expiry date are one line (a line is known by its expiry).
void LeaveYearClosing::closeAnnualLeave(const Run &run,
                                        const QString &agentId,
                                        const AgentLedger &a,
                                        const AnnualLeaveOutcome &o,
                                        AgentLines &lines) const
{
    const QString annual = run.annual->id;
    const int year = run.year;
    struct Carried
    {
        int hundredths = 0;
        QStringList why;
    };
    QMap<QDate, Carried> carried;
    for (const CarriedDays &c : o.carriedAgain) {
        Carried &to = carried[c.expiresOn];
        to.hundredths += c.hundredths;
        to.why.append(Tr::tr("carried over before"));
    }
    // HR's exceptional decision may extend the period, never shorten it.
    const QDate extended = run.extendedTo.value(agentId);
    auto expiryAfter = [&](QDate returnedOn) {
        const QDate legal = carryOverExpiry(year, returnedOn);
        return extended.isValid() ? std::max(legal, extended) : legal;
    };
    if (o.familyCarryOver > 0) {
        Carried &to = carried[expiryAfter(a.familyReturn)];
        to.hundredths += o.familyCarryOver;
        to.why.append(Tr::tr("not taken before %1 day(s) of family leave")
                          .arg(run.locale.toString(a.carryOver.familyHalfDays / 2.0)));
    }
    if (o.healthCarryOver > 0) {
        Carried &to = carried[expiryAfter(a.healthReturn)];
        to.hundredths += o.healthCarryOver;
        to.why.append(Tr::tr("not taken because of %1 day(s) of health leave (at most the "
                             "unused part of 4 weeks, %2 already taken)")
                          .arg(run.locale.toString(a.carryOver.healthHalfDays / 2.0),
                               LeaveDays::format(o.takenOwn)));
    }
    for (auto c = carried.cbegin(); c != carried.cend(); ++c) {
        const QString note = Tr::tr("Carried over (%1), valid until %2")
                                 .arg(c->why.join(QStringLiteral("; ")),
                                      run.locale.toString(c.key(), QLocale::ShortFormat));
        lines.add(
            annual, year, LedgerEntry::Kind::CarryOver, -c->hundredths, run.last, c.key(), note);
        lines.add(annual,
                  year + 1,
                  LedgerEntry::Kind::CarryOver,
                  c->hundredths,
                  QDate(year + 1, 1, 1),
                  c.key(),
                  note);
    }
    for (const CarriedDays &u : o.unnoticed)
        lines.plan.addWarning(
            lines.agentName,
            Tr::tr("%1 day(s) carried over until %2 were never announced to the agent: they do "
                   "not expire (Conseil d'État, 17 October 2025). Extend their period and send "
                   "the notice, then close %3 again.")
                .arg(LeaveDays::format(u.hundredths),
                     run.locale.toString(u.expiresOn, QLocale::ShortFormat))
                .arg(year));
    lines.add(
        annual,
        year,
        LedgerEntry::Kind::Expiry,
        -o.expired,
        run.last,
        {},
        o.expiredCarried > 0
            ? Tr::tr("Annual leave of %1 not taken, of which %2 carried over and not taken in time")
                  .arg(year)
                  .arg(LeaveDays::format(o.expiredCarried))
            : Tr::tr("Annual leave of %1 not taken").arg(year));
}

// A balance below zero expires nothing: HR decides what to do with it.
void LeaveYearClosing::warnBelowZero(const Run &run,
                                     const AgentLedger &a,
                                     const QString &name,
                                     LeaveLedgerPlan &plan) const
{
    for (const QString &typeId : {run.annual->id, run.rtt->id, run.split->id}) {
        if (a.types.value(typeId).total < 0) {
            plan.addWarning(name,
                            Tr::tr("%1 of %2 is below zero (%3): nothing expires, HR decides.")
                                .arg(run.types.byId(typeId)->label)
                                .arg(run.year)
                                .arg(LeaveDays::format(a.types.value(typeId).total)));
        }
    }
}

} // namespace Civitas::Leave
