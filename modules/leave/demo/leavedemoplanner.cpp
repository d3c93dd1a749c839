#include "leavedemoplanner.h"

#include <leave/domain/leaverights.h>

#include <core/demo/democontext.h>

#include <algorithm>

namespace Civitas::Leave::Internal {

using Hr::WeeklyPattern;

namespace {

// FNV-1a: a per-agent seed that does not depend on the order agents are generated in.
quint32 hashOf(const QString &s)
{
    quint32 h = 2166136261u;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

bool consumes(S state)
{
    return LeaveRequestStates::isLive(state);
}

} // namespace

struct LeaveDemoPlanner::Year
{
    int year;
    QDate first;
    QDate last;
    QDate from; // the first day in post in the year
    QDate to;   // the last
    int rtt;    // the RTT the year starts with
    QRandomGenerator &rng;

    // A day of [a, b] the agent is in post, drawn at random; invalid when there is none.
    QDate randomDay(QDate a, QDate b) const
    {
        a = qMax(a, from);
        b = qMin(b, to);
        if (a > b)
            return QDate();
        return a.addDays(qint64(rng.bounded(quint32(a.daysTo(b) + 1))));
    }
};

void LeaveDemoPlanner::chooseDeputies()
{
    const QDate since(m_town.firstYear, 1, 1);
    for (Unit &u : m_town.units) {
        if (!u.service || u.head < 0)
            continue;
        QDate best;
        for (int m : std::as_const(u.members)) {
            const DemoAgent &a = m_town.agents.at(m);
            if (m == u.head || a.head || m == m_town.hr || a.file.agent.departureDate.isValid()
                || !a.file.agent.entryDate.isValid() || a.file.agent.entryDate >= since
                || !m_town.inService(a, m_town.today) || a.file.positions.size() > 1)
                continue;
            if (!best.isValid() || a.file.agent.entryDate < best) {
                best = a.file.agent.entryDate;
                u.deputy = m;
            }
        }
    }
}

LeaveDemoPlanner::Approver LeaveDemoPlanner::approverFor(int agent, QDate day) const
{
    // The head of the agent's unit, else of the unit above (a head's own leave goes up); a
    // deputy acts for the head during a delegation; HR decides when nobody above is left.
    for (int u = m_town.agents.at(agent).unit; u >= 0; u = m_town.units.at(u).parent) {
        const Unit &unit = m_town.units.at(u);
        if (unit.head < 0 || unit.head == agent)
            continue;
        for (const Delegation &d : unit.delegations) {
            if (d.first <= day && day <= d.last && d.deputy != agent)
                return {d.deputy, unit.head, false};
        }
        return {unit.head, -1, false};
    }
    return {m_town.hr, -1, true};
}

QDateTime LeaveDemoPlanner::submissionFor(AgentPlan &plan, QDate start, int leadDays) const
{
    QDate day = start.addDays(-leadDays);
    if (leadDays > 0)
        day = weekdayOnOrBefore(day);
    return officeTime(day, plan.rng);
}

QDateTime LeaveDemoPlanner::later(AgentPlan &plan, const QDateTime &after, int maxDays) const
{
    const QDate day
        = weekdayOnOrAfter(localDate(after).addDays(int(plan.rng.bounded(maxDays + 1))));
    QDateTime t = officeTime(day, plan.rng);
    if (t <= after)
        t = after.addSecs(600 + int(plan.rng.bounded(3 * 3600)));
    return t;
}

Intent LeaveDemoPlanner::drawIntent(AgentPlan &plan, int leadDays, const LeaveType *type) const
{
    const int draw = int(plan.rng.bounded(1000));
    if (draw < 15)
        return Intent::Refuse;
    if (draw < 35 && leadDays >= 3)
        return Intent::Withdraw;
    if (type->approval == LeaveType::Approval::Head && leadDays >= 6) {
        if (draw < 55)
            return Intent::Cancel;
        if (draw < 60)
            return Intent::KeepAfterCancellationAsked;
    }
    return Intent::Approve;
}

// The steps a request has up to now, as `intent` would have them: submitted, then withdrawn,
// or decided by the approver of the day (and HR after them where the type asks), and maybe
// cancelled. False when it cannot have happened (nobody to decide, not asked for yet).
bool LeaveDemoPlanner::buildSteps(
    AgentPlan &plan, Request &r, Intent intent, QDateTime submitted, QDateTime decided)
{
    const int owner = plan.agent;
    r.steps.clear();
    r.usedAt = {};
    r.reversedAt = {};
    r.reversalNote.clear();

    if (intent == Intent::EnteredByHr) {
        if (m_town.hr < 0 || m_town.hr == owner)
            return false;
        QDateTime at = submitted > m_town.now ? m_town.now.addSecs(-3600) : submitted;
        r.steps.append(
            {"entered_by_hr", S::Draft, S::Approved, true, m_town.hr, -1, r.comment, at});
        r.state = S::Approved;
        r.usedAt = at;
        return true;
    }
    if (submitted > m_town.now)
        return false; // not asked for yet
    addStep(r, "submitted", S::Draft, S::Submitted, owner, -1, r.comment, submitted);
    if (intent == Intent::Submit)
        return true;
    if (intent == Intent::Withdraw)
        return withdraw(plan, r, submitted);
    return decide(plan, r, intent, submitted, decided);
}

// A step happens only by now and with somebody to act.
bool LeaveDemoPlanner::addStep(Request &r,
                               const char *action,
                               S from,
                               S to,
                               int actor,
                               int onBehalfOf,
                               const QString &comment,
                               const QDateTime &at) const
{
    if (at > m_town.now || actor < 0)
        return false;
    r.steps.append({action, from, to, false, actor, onBehalfOf, comment, at});
    r.state = to;
    return true;
}

// Withdrawn by its owner within a few days, always before it starts.
bool LeaveDemoPlanner::withdraw(AgentPlan &plan, Request &r, const QDateTime &submitted)
{
    QDateTime at = later(plan, submitted, 4);
    if (localDate(at) >= r.start.date)
        at = submitted.addSecs(1800 + int(plan.rng.bounded(4 * 3600)));
    if (localDate(at) >= r.start.date)
        return false;
    addStep(r,
            "withdrawn",
            S::Submitted,
            S::Withdrawn,
            plan.agent,
            -1,
            plan.rng.bounded(2) ? QStringLiteral("Finalement je ne pars pas à ces dates.")
                                : QString(),
            at);
    return true;
}

// Decided within three days by the approver of that day (HR after them where the type asks):
// refused with a reason, or approved, which is when the ledger takes the days.
bool LeaveDemoPlanner::decide(
    AgentPlan &plan, Request &r, Intent intent, const QDateTime &submitted, QDateTime decided)
{
    static const char *const refusals[] = {
        "Continuité du service : trop d’agents absents cette semaine-là. Merci de proposer "
        "d’autres dates.",
        "Période de forte activité : je ne peux pas accorder ces dates.",
        "Intervention prévue ces jours-là, votre présence est indispensable.",
        "Les dates chevauchent la permanence que vous assurez ce mois-ci.",
    };
    const int owner = plan.agent;
    QDateTime at = decided.isValid() ? decided : later(plan, submitted, 3);
    const Approver approver = approverFor(owner, localDate(at));
    if (approver.actor < 0 || approver.actor == owner)
        return false;
    const bool twoStages = r.type->approval == LeaveType::Approval::HeadThenHr && !approver.asHr;
    if (intent == Intent::Refuse && (!twoStages || plan.rng.bounded(10) < 7)) {
        addStep(r,
                "refused",
                S::Submitted,
                S::Refused,
                approver.actor,
                approver.onBehalfOf,
                QString::fromUtf8(refusals[plan.rng.bounded(quint32(std::size(refusals)))]),
                at);
        return true;
    }
    if (twoStages) {
        if (m_town.hr < 0 || m_town.hr == owner)
            return false;
        if (!addStep(r,
                     "forwarded_to_hr",
                     S::Submitted,
                     S::WaitingHr,
                     approver.actor,
                     approver.onBehalfOf,
                     {},
                     at))
            return true;
        at = later(plan, at, 4);
        if (intent == Intent::Refuse) {
            addStep(
                r,
                "refused",
                S::WaitingHr,
                S::Refused,
                m_town.hr,
                -1,
                QStringLiteral("Session complète : vous êtes inscrit(e) sur la session suivante."),
                at);
            return true;
        }
        if (!addStep(r, "approved", S::WaitingHr, S::Approved, m_town.hr, -1, {}, at))
            return true;
    } else if (!addStep(r,
                        "approved",
                        S::Submitted,
                        S::Approved,
                        approver.actor,
                        approver.onBehalfOf,
                        {},
                        at)) {
        return true;
    }
    r.usedAt = at;
    if (intent != Intent::Cancel && intent != Intent::KeepAfterCancellationAsked)
        return true;
    return askCancellation(plan, r, intent, at);
}

// Cancellation asked before the leave starts, decided within two days: granted (the days go
// back to the balance) or refused.
bool LeaveDemoPlanner::askCancellation(AgentPlan &plan,
                                       Request &r,
                                       Intent intent,
                                       const QDateTime &approved)
{
    static const char *const cancellations[] = {
        "Séjour annulé.",
        "Je reporte ces congés à plus tard.",
        "Rappelé pour assurer une astreinte.",
        "Changement de mes dates de vacances.",
    };
    const int owner = plan.agent;
    QDateTime asked = later(plan, approved, 10);
    if (localDate(asked) >= r.start.date)
        asked = approved.addSecs(3600 + int(plan.rng.bounded(5 * 3600)));
    if (localDate(asked) >= r.start.date)
        return true;
    const QString why
        = QString::fromUtf8(cancellations[plan.rng.bounded(quint32(std::size(cancellations)))]);
    if (!addStep(r,
                 "cancellation_requested",
                 S::Approved,
                 S::CancellationRequested,
                 owner,
                 -1,
                 why,
                 asked))
        return true;
    const QDateTime answer = later(plan, asked, 2);
    const Approver approver = approverFor(owner, localDate(answer));
    if (intent == Intent::Cancel) {
        if (addStep(r,
                    "cancellation_approved",
                    S::CancellationRequested,
                    S::Cancelled,
                    approver.actor,
                    approver.onBehalfOf,
                    {},
                    answer)) {
            r.reversedAt = answer;
            r.reversalNote = why;
        }
    } else {
        addStep(r,
                "cancellation_refused",
                S::CancellationRequested,
                S::Approved,
                approver.actor,
                approver.onBehalfOf,
                QStringLiteral("Vos congés restent accordés : le service est complet à ces dates."),
                answer);
    }
    return true;
}

// What the store would refuse: a request across years, overlapping another of the agent's (or
// a stand-in), on days out of service, of half days where the type has none, of nothing, longer
// than the type's fixed days, or annual leave that would pass 31 days. Counts `r` on the way.
bool LeaveDemoPlanner::fits(const AgentPlan &plan, Request &r) const
{
    const DemoAgent &agent = m_town.agents.at(plan.agent);
    if (!r.start.date.isValid() || !r.end.date.isValid() || r.end.date < r.start.date
        || r.start.date.year() != r.end.date.year())
        return false;
    const Interval span = r.interval();
    if (span.last < span.first)
        return false;
    for (const Interval &i : std::as_const(plan.takenAllYears)) {
        if (i.overlaps(span))
            return false;
    }
    for (const Interval &i : std::as_const(plan.later)) {
        if (i.overlaps(span))
            return false;
    }
    for (const Interval &i : std::as_const(plan.blocked)) {
        if (i.overlaps(span))
            return false;
    }
    for (QDate d = r.start.date; d <= r.end.date; d = d.addDays(1)) {
        if (!m_town.inService(agent, d))
            return false;
    }
    if (!r.type->halfDayUnit
        && (r.start.half == WeeklyPattern::Afternoon || r.end.half == WeeklyPattern::Morning))
        return false;
    const LeaveDayCounter::Result count
        = plan.counter.count(r.start,
                             r.end,
                             r.type->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                        : LeaveDayCounter::Counting::WorkingDays);
    if (!count.isValid() || count.halfDays == 0)
        return false;
    r.halfDays = count.halfDays;
    if (r.type->fixedDaysHundredths > 0 && r.halfDays * 50 > r.type->fixedDaysHundredths)
        return false;
    // Two pieces of annual leave joined by days not worked make one absence: keep a long one
    // apart from the others so that none passes 31 days.
    if (r.type == m_town.annual) {
        const qint64 margin = 2 * 8;
        const bool longOne = span.last - span.first >= 2 * 12;
        for (const Interval &i : std::as_const(plan.annual)) {
            if ((longOne || i.last - i.first >= 2 * 12)
                && Interval{i.first - margin, i.last + margin}.overlaps(span))
                return false;
        }
    }
    return true;
}

bool LeaveDemoPlanner::place(AgentPlan &plan,
                             Request &r,
                             Intent intent,
                             QDateTime submitted,
                             QDateTime decided,
                             bool scenario)
{
    if (!fits(plan, r))
        return false;
    const bool notYetAsked = (plan.noFutureRequests && !scenario && r.start.date > m_town.today)
                             || (intent != Intent::EnteredByHr && submitted > m_town.now);
    const Interval span = r.interval();
    const int slot = m_town.slotOf(r.type);
    const int key = r.start.date.year() * 16 + slot;
    if (notYetAsked) {
        if (slot >= 0) {
            if (plan.budget.value(key, 0) < r.halfDays * 50)
                return false;
            plan.budget[key] -= r.halfDays * 50;
            plan.keptForLater[key] += r.halfDays * 50;
        }
        plan.later.append(span);
        return false;
    }
    if (!buildSteps(plan, r, intent, submitted, decided))
        return false;
    // What waits in the demo team's inbox is the scenario's alone.
    if (plan.noFutureRequests && !scenario && LeaveRequestStates::isPending(r.state))
        return false;
    if (slot >= 0 && consumes(r.state)) {
        const int left = plan.budget.value(key, 0);
        if (left < r.halfDays * 50)
            return false;
        plan.budget[key] = left - r.halfDays * 50;
    }
    plan.taken.append(span);
    plan.takenAllYears.append(span);
    if (r.type == m_town.annual)
        plan.annual.append(span);
    plan.requests.append(r);
    return true;
}

void LeaveDemoPlanner::placeBlock(AgentPlan &plan,
                                  int year,
                                  const LeaveType *type,
                                  QDate windowFrom,
                                  QDate windowTo,
                                  int days,
                                  int leadMin,
                                  int leadMax,
                                  const QString &comment)
{
    // A few tries at a Monday in the window; shorter if the balance is short.
    for (int attempt = 0; attempt < 6; ++attempt) {
        const qint64 span = qMax<qint64>(1, windowFrom.daysTo(windowTo) + 1);
        QDate monday = mondayOf(windowFrom.addDays(qint64(plan.rng.bounded(quint32(span)))));
        if (monday < windowFrom)
            monday = monday.addDays(7);
        // Short of days after three tries: a week less (a whole-week block only).
        const int length = attempt < 3 || days % 5 != 0 ? days : qMax(5, days - 5 * (attempt - 2));
        // Whole weeks run Monday to Friday; a shorter block starts any weekday of the week.
        const int weeks = (length + 4) / 5;
        const int offset = length % 5 == 0 ? 0 : int(plan.rng.bounded(quint32(5 - length % 5 + 1)));
        const QDate start = monday.addDays(offset);
        const QDate end
            = length % 5 == 0 ? monday.addDays((weeks - 1) * 7 + 4) : start.addDays(length - 1);
        if (start.year() != year || end.year() != year || end.dayOfWeek() > 5)
            continue;
        Request r;
        r.type = type;
        r.start = {start, WeeklyPattern::Morning};
        r.end = {end, WeeklyPattern::Afternoon};
        r.comment = comment;
        const int lead = leadMin + int(plan.rng.bounded(quint32(leadMax - leadMin + 1)));
        if (place(plan, r, drawIntent(plan, lead, type), submissionFor(plan, start, lead)))
            return;
    }
}

bool LeaveDemoPlanner::placeSingle(AgentPlan &plan,
                                   int year,
                                   const LeaveType *type,
                                   QDate day,
                                   bool half,
                                   int leadMin,
                                   int leadMax,
                                   const QString &comment)
{
    if (day.year() != year || day.dayOfWeek() > 5)
        return false;
    Request r;
    r.type = type;
    r.start = {day, WeeklyPattern::Morning};
    r.end = {day, WeeklyPattern::Afternoon};
    if (half) {
        // Friday afternoons and Monday mornings first: the half day that makes a long weekend.
        const auto which = day.dayOfWeek() == 1   ? WeeklyPattern::Morning
                           : day.dayOfWeek() == 5 ? WeeklyPattern::Afternoon
                                                  : WeeklyPattern::HalfDay(plan.rng.bounded(2));
        r.start.half = which;
        r.end.half = which;
    }
    r.comment = comment;
    const int lead = leadMin + int(plan.rng.bounded(quint32(leadMax - leadMin + 1)));
    return place(plan, r, drawIntent(plan, lead, type), submissionFor(plan, day, lead));
}

void LeaveDemoPlanner::planYear(AgentPlan &plan, int year, const QList<Fixed> &fixed)
{
    const DemoAgent &agent = m_town.agents.at(plan.agent);
    QRandomGenerator &rng = plan.rng;
    rng.seed(m_town.demo.seed() ^ hashOf(agent.id) ^ (quint32(year) * 0x9E3779B9u));
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    const QDate from = qMax(first, agent.file.agent.entryDate);
    const QDate to = agent.file.agent.departureDate.isValid()
                         ? qMin(last, agent.file.agent.departureDate)
                         : last;
    if (!from.isValid() || from > to)
        return;
    // The year's rights as the ledger holds them (readBudgets): HR's allocation, and what the
    // closing of last year brought (split-leave bonus, days carried over after sick leave).
    const int annual = plan.budget.value(year * 16 + m_town.slotOf(m_town.annual));
    const int rtt = plan.budget.value(year * 16 + m_town.slotOf(m_town.rtt));
    if (annual <= 0)
        return; // no day of the year in service here (leave of absence, secondment)
    // Requests never cross a year: what overlaps is looked for in this year's only.
    plan.taken.clear();
    plan.annual.clear();
    plan.later.clear();
    const Year y{year, first, last, from, to, rtt, rng};

    placeAgreed(plan, fixed);
    const int sickHalfDays = placeSickLeave(plan, y);
    // RTT the closing will take back for the absences (quotient: days worked in the year
    // under the cycle / RTT days, F13712): kept aside, so that the year ends with no debit.
    if (rtt > 0 && sickHalfDays > 0)
        plan.budget[year * 16 + m_town.slotOf(m_town.rtt)] -= LeaveRights::rttReductionHundredths(
            rtt / 100.0, LeaveRights::rttWorkedDays(agent.file, year), sickHalfDays / 2.0);
    placeTraining(plan, y);
    placeSpecialLeave(plan, y);
    placeHolidays(plan, y);
    placeBridges(plan, y);
    // In the current year, most keep a few days for December.
    const bool thisYear = year == m_town.today.year();
    if (rtt > 0)
        spend(plan, y, m_town.rtt, 0, thisYear ? 6 : 3);
    spend(plan, y, m_town.annual, thisYear ? 4 : 0, thisYear ? 14 : 4);
    placeSplitBonus(plan, y);
    noteLongLeave(plan);
}

// What was agreed beforehand (the demo's scenario).
void LeaveDemoPlanner::placeAgreed(AgentPlan &plan, const QList<Fixed> &fixed)
{
    for (const Fixed &f : fixed) {
        Request r;
        r.type = m_town.annual;
        r.start = f.start;
        r.end = f.end;
        r.comment = f.comment;
        place(plan, r, Intent::Approve, submissionFor(plan, f.start.date, f.leadDays), {}, true);
    }
}

// Ordinary sick leave, entered by HR from the certificate: dates only, never the cause. Answers
// the half-days it takes on days the agent works, as the closing counts them.
int LeaveDemoPlanner::placeSickLeave(AgentPlan &plan, const Year &y)
{
    QRandomGenerator &rng = y.rng;
    int sickHalfDays = 0;
    const int episodes = rng.bounded(100) < 22 ? (rng.bounded(100) < 25 ? 2 : 1) : 0;
    for (int e = 0; e < episodes && m_town.hr >= 0 && plan.agent != m_town.hr; ++e) {
        const QDate start = y.randomDay(y.from, qMin(y.to, m_town.today.addDays(-3)));
        if (!start.isValid())
            break;
        const int draw = int(rng.bounded(100));
        const int length = draw < 55   ? 1 + int(rng.bounded(3))
                           : draw < 88 ? 4 + int(rng.bounded(8))
                                       : 12 + int(rng.bounded(25));
        Request r;
        r.type = m_town.sick;
        r.start = {start, WeeklyPattern::Morning};
        r.end = {qMin(start.addDays(length - 1), y.to), WeeklyPattern::Afternoon};
        if (place(plan,
                  r,
                  Intent::EnteredByHr,
                  officeTime(weekdayOnOrAfter(start.addDays(1 + int(rng.bounded(2)))), rng)))
            sickHalfDays += plan.counter.count(r.start, r.end).halfDays;
    }
    return sickHalfDays;
}

// Training, outside the summer.
void LeaveDemoPlanner::placeTraining(AgentPlan &plan, const Year &y)
{
    static const char *const trainings[] = {
        "Formation CNFPT : prévention des risques professionnels",
        "Formation CNFPT : habilitation électrique",
        "Préparation au concours de rédacteur territorial",
        "Formation bureautique : tableur perfectionnement",
        "Sauveteur secouriste du travail (SST)",
        "Accueil des publics en situation de handicap",
        "Formation CNFPT : gestes et postures",
        "Formation : conduite d’engins (CACES)",
        "Formation CNFPT : management d’équipe",
        "Formation : la commande publique",
    };
    QRandomGenerator &rng = y.rng;
    if (rng.bounded(100) >= 12)
        return;
    QDate day = y.randomDay(y.first, y.last);
    if (!day.isValid() || day.month() == 7 || day.month() == 8)
        return;
    day = mondayOf(day).addDays(1); // a Tuesday
    Request r;
    r.type = m_town.training;
    r.start = {day, WeeklyPattern::Morning};
    r.end = {day.addDays(int(rng.bounded(3))), WeeklyPattern::Afternoon};
    r.comment = QString::fromUtf8(trainings[rng.bounded(quint32(std::size(trainings)))]);
    const int lead = 20 + int(rng.bounded(40));
    place(plan, r, drawIntent(plan, lead, m_town.training), submissionFor(plan, day, lead));
}

// Special leave: a child's illness, a death in the family (asked on the day), a wedding.
void LeaveDemoPlanner::placeSpecialLeave(AgentPlan &plan, const Year &y)
{
    QRandomGenerator &rng = y.rng;
    const QDate yesterday = m_town.today.addDays(-1);
    if (m_town.sickChild && rng.bounded(100) < 6) {
        const QDate day
            = weekdayOnOrAfter(y.randomDay(y.first, qMin(y.last, yesterday)).addDays(0));
        Request r;
        r.type = m_town.sickChild;
        r.start = {day, WeeklyPattern::Morning};
        r.end = {day.addDays(rng.bounded(4) == 0 ? 1 : 0), WeeklyPattern::Afternoon};
        if (day.isValid() && r.end.date.dayOfWeek() <= 5)
            place(plan, r, Intent::Approve, submissionFor(plan, day, 0));
    }
    if (m_town.familyDeath && rng.bounded(1000) < 15) {
        const QDate day = weekdayOnOrAfter(y.randomDay(y.first, qMin(y.last, yesterday)));
        Request r;
        r.type = m_town.familyDeath;
        r.start = {day, WeeklyPattern::Morning};
        r.end = {day.addDays(int(rng.bounded(3))), WeeklyPattern::Afternoon};
        if (day.isValid())
            place(plan, r, Intent::Approve, submissionFor(plan, day, int(rng.bounded(2))));
    }
    if (m_town.marriage && rng.bounded(1000) < 5) {
        const QDate day = y.randomDay(QDate(y.year, 5, 1), QDate(y.year, 9, 30));
        if (day.isValid()) {
            const QDate monday = mondayOf(day);
            Request r;
            r.type = m_town.marriage;
            r.start = {monday, WeeklyPattern::Morning};
            r.end = {monday.addDays(4), WeeklyPattern::Afternoon};
            r.comment = QStringLiteral("Mariage");
            const int lead = 40 + int(rng.bounded(60));
            place(plan, r, Intent::Approve, submissionFor(plan, monday, lead));
        }
    }
}

// Annual leave: the summer, then school holidays and Christmas for some.
void LeaveDemoPlanner::placeHolidays(AgentPlan &plan, const Year &y)
{
    QRandomGenerator &rng = y.rng;
    const int year = y.year;
    const LeaveType *annual = m_town.annual;
    if (rng.bounded(100) < 92) {
        const int draw = int(rng.bounded(100));
        const int weeks = draw < 30 ? 2 : draw < 80 ? 3 : 4;
        placeBlock(plan,
                   year,
                   annual,
                   QDate(year, 7, 1),
                   QDate(year, 8, 31).addDays(-7 * weeks + 3),
                   5 * weeks,
                   45,
                   150,
                   QStringLiteral("Vacances d’été"));
    }
    if (rng.bounded(100) < 35)
        placeBlock(plan,
                   year,
                   annual,
                   QDate(year, 2, 9),
                   QDate(year, 3, 6),
                   3 + int(rng.bounded(3)),
                   15,
                   60,
                   QStringLiteral("Vacances d’hiver"));
    if (rng.bounded(100) < 40)
        placeBlock(plan,
                   year,
                   annual,
                   QDate(year, 4, 6),
                   QDate(year, 4, 24),
                   3 + int(rng.bounded(3)),
                   15,
                   60,
                   QStringLiteral("Vacances de printemps"));
    if (rng.bounded(100) < 30)
        placeBlock(plan,
                   year,
                   annual,
                   QDate(year, 10, 19),
                   QDate(year, 10, 27),
                   2 + int(rng.bounded(4)),
                   15,
                   50,
                   QStringLiteral("Vacances de la Toussaint"));
    if (rng.bounded(100) < 55) {
        // Between Christmas and New Year: the days worked from the 22nd to the 31st.
        const QDate start = weekdayOnOrAfter(QDate(year, 12, 22 + int(rng.bounded(5))));
        Request r;
        r.type = rng.bounded(100) < 25 && y.rtt > 0 ? m_town.rtt : annual;
        r.start = {start, WeeklyPattern::Morning};
        r.end = {rng.bounded(2) ? QDate(year, 12, 31) : qMin(start.addDays(3), QDate(year, 12, 31)),
                 WeeklyPattern::Afternoon};
        r.comment = QStringLiteral("Fêtes de fin d’année");
        const int lead = 25 + int(rng.bounded(40));
        place(plan, r, drawIntent(plan, lead, r.type), submissionFor(plan, start, lead));
    }
}

// RTT: the bridges first (a Monday before a Tuesday holiday, a Friday after a Thursday one).
void LeaveDemoPlanner::placeBridges(AgentPlan &plan, const Year &y)
{
    const LeaveType *bridgeType = y.rtt > 0 ? m_town.rtt : m_town.annual;
    for (const PublicHoliday &h : m_town.calendar.publicHolidays().holidays(y.year)) {
        const int dow = h.date.dayOfWeek();
        const QDate bridge = dow == 2 ? h.date.addDays(-1) : dow == 4 ? h.date.addDays(1) : QDate();
        if (bridge.isValid() && !m_town.calendar.isDayOff(bridge) && y.rng.bounded(100) < 40)
            placeSingle(plan, y.year, bridgeType, bridge, false, 10, 45, QStringLiteral("Pont"));
    }
}

// Then a day, two or three, or a half day, spread over the year until a day or two is left.
// What falls after today is not asked for yet: those days stay on the balance.
void LeaveDemoPlanner::spend(
    AgentPlan &plan, const Year &y, const LeaveType *type, int keepMin, int keepMax)
{
    QRandomGenerator &rng = y.rng;
    const int key = y.year * 16 + m_town.slotOf(type);
    const int keep = (keepMin + int(rng.bounded(quint32(keepMax - keepMin + 1)))) * 50;
    int putOff = 0;
    for (int attempt = 0; attempt < 40 && plan.budget.value(key) - putOff - keep >= 50; ++attempt) {
        QDate day = y.randomDay(y.first, y.last);
        if (!day.isValid())
            break;
        const int left = plan.budget.value(key) - putOff - keep;
        const int draw = int(rng.bounded(100));
        const int days = left < 100 || draw < 15   ? 0
                         : draw < 50 || left < 200 ? 1
                         : draw < 80 || left < 300 ? 2
                                                   : 3;
        // Mondays and Fridays are asked for most.
        if (rng.bounded(100) < 55)
            day = rng.bounded(2) || days > 1 ? mondayOf(day) : mondayOf(day).addDays(4);
        if (day > m_town.today) {
            putOff += qMax(50, days * 100);
            continue;
        }
        if (days <= 1) {
            placeSingle(plan, y.year, type, day, days == 0, 2, 30, {});
            continue;
        }
        Request r;
        r.type = type;
        r.start = {day, WeeklyPattern::Morning};
        r.end = {day.addDays(days - 1), WeeklyPattern::Afternoon};
        if (day.dayOfWeek() + days - 1 > 5 || day.year() != y.year)
            continue;
        const int lead = 5 + int(rng.bounded(40));
        place(plan, r, drawIntent(plan, lead, type), submissionFor(plan, day, lead));
    }
}

// Split-leave days credited by last year's closing, taken by most, often in one go.
void LeaveDemoPlanner::placeSplitBonus(AgentPlan &plan, const Year &y)
{
    const int bonusKey = y.year * 16 + m_town.slotOf(m_town.splitBonus);
    for (int attempt = 0;
         attempt < 8 && plan.budget.value(bonusKey) >= 100 && y.rng.bounded(100) < 70;
         ++attempt) {
        const QDate day = y.randomDay(QDate(y.year, 1, 15), y.last);
        if (day.isValid() && day <= m_town.today)
            placeSingle(plan, y.year, m_town.splitBonus, day, false, 5, 25, {});
    }
}

// A head's approved annual leave of 12 days or more: a deputy may approve in their place then.
void LeaveDemoPlanner::noteLongLeave(const AgentPlan &plan)
{
    if (!m_town.agents.at(plan.agent).head)
        return;
    for (const Request &r : plan.requests) {
        if (r.type == m_town.annual && r.state == S::Approved
            && r.start.date.daysTo(r.end.date) >= 11)
            m_longLeaveOfHeads[plan.agent].append({r.start.date, r.end.date, -1});
    }
}

} // namespace Civitas::Leave::Internal
