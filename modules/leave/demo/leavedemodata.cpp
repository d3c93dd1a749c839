#include "leavedemodata.h"
#include <leave/leavetr.h>

#include "leavedemoplanner.h"
#include "leavedemotown.h"
#include "leavedemowriter.h"

#include <leave/models/teamcalendarmodel.h>
#include <leave/store/expirynotices.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leaveyearclosing.h>

#include <core/access/roles.h>
#include <core/demo/democontext.h>
#include <core/demo/demopersonas.h>

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace Civitas::Leave {

using namespace Internal;
using Hr::WeeklyPattern;

namespace {

// The town's leave lived year after year: each year HR's allocations, everybody's leave planned
// (LeaveDemoPlanner) and written (LeaveDemoWriter), the heads' delegations, the year's closing;
// then the scenario the demo shows today.
class Generator
{
public:
    Generator(DemoContext &demo, const QDateTime &now);
    bool run(QString *errorMessage);

private:
    using AgreedLeave = QHash<int, QHash<int, QList<Fixed>>>; // agent -> year -> leave

    void chooseScenarioDays();
    AgreedLeave agreedBeforehand() const;
    void makePlans();
    bool liveYear(int year,
                  const AgreedLeave &fixed,
                  QRandomGenerator &delegationRandom,
                  QString *errorMessage);
    bool planAndWrite(int agent, int year, const AgreedLeave &fixed, QString *errorMessage);
    bool writeDelegations(int year, QRandomGenerator &delegationRandom, QString *errorMessage);
    bool closeYear(int year, QString *errorMessage);
    bool informOfCarriedDays(int year, QString *errorMessage);

    bool demoScenario(QString *errorMessage);
    QList<AgentPlan *> scenarioTeam();
    bool
    approveChristmas(const QList<AgentPlan *> &team, QRandomGenerator &rng, QString *errorMessage);
    bool grantDemoAgentNews(QString *errorMessage);
    bool askOnShortestDay(const QList<AgentPlan *> &team,
                          const TeamCalendarModel &calendar,
                          int minimum,
                          bool *asked,
                          QString *errorMessage);
    bool askWhereThereIsRoom(const QList<AgentPlan *> &team,
                             const TeamCalendarModel &calendar,
                             int minimum,
                             int wanted,
                             int waiting,
                             QRandomGenerator &rng,
                             QString *errorMessage);

    DemoContext &m_demo;
    Town m_town;
    LeaveDemoWriter m_writer;
    LeaveDemoPlanner m_planner;
    // Every plan's draws (seeded again for each agent and year), then HR's batches' from where
    // the last agent left it: one generator, in that order, gives the same town for a seed.
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<AgentPlan>> m_plans; // by agent index
    int m_delegationUnit = -1;                       // the unit whose head is away today
    QDate m_staffingDay; // the Monday of Christmas week: the demo team's approved leave starts then
    QDate m_awayFirst;   // the away head's delegation: this week and the next
    QDate m_awayLast;
};

Generator::Generator(DemoContext &demo, const QDateTime &now)
    : m_demo(demo)
    , m_town(demo, now)
    , m_writer(m_town)
    , m_planner(m_town)
{}

bool Generator::run(QString *errorMessage)
{
    if (!m_town.load(errorMessage) || !m_writer.writeDaysOff(errorMessage))
        return false;
    m_town.calendar = LeaveCalendarStore::calendar(m_demo.database());
    if (!m_writer.dropIndexes(errorMessage))
        return false;
    m_planner.chooseDeputies();
    chooseScenarioDays();
    const AgreedLeave fixed = agreedBeforehand();
    makePlans();
    QRandomGenerator delegationRandom(m_demo.seed() ^ 0x44454C45u);

    // Year after year, as the town lived them: HR's allocations, the leave of the year, its
    // closing (which credits the split-leave bonus and carries days over into the next).
    for (int year = m_town.firstYear; year <= m_town.today.year(); ++year) {
        if (!liveYear(year, fixed, delegationRandom, errorMessage))
            return false;
    }
    m_demo.progress(Tr::tr("Leave: indexes"));
    if (!m_writer.flush(errorMessage) || !m_writer.createIndexes(errorMessage)
        || !demoScenario(errorMessage) || !m_writer.flush(errorMessage))
        return false;
    m_demo.progress(Tr::tr("Leave: %1 requests, %2 steps, %3 ledger lines, %4 delegations")
                        .arg(m_writer.requestCount())
                        .arg(m_writer.stepCount())
                        .arg(m_writer.ledgerCount())
                        .arg(m_writer.delegationCount()));
    return true;
}

// The day the demo head's team will be shortest: the Monday of Christmas week, unless it is
// too close; the week the away head's delegation covers: this one and the next, in the largest
// unit whose head is there to go away.
void Generator::chooseScenarioDays()
{
    m_staffingDay = mondayOf(QDate(m_town.today.year(), 12, 21));
    if (m_staffingDay < m_town.today.addDays(14))
        m_staffingDay = mondayOf(m_town.today.addDays(20));
    m_awayFirst = mondayOf(m_town.today);
    m_awayLast = m_awayFirst.addDays(11);
    for (int u = 0; u < m_town.units.size(); ++u) {
        const Unit &unit = m_town.units.at(u);
        if (u == m_town.scenarioUnit || unit.deputy < 0 || unit.head == m_town.demoHead
            || unit.head == m_town.hr || m_town.agents.at(unit.head).unit != u)
            continue;
        bool there = true;
        for (QDate d = m_awayFirst.addDays(-60); d <= m_awayLast && there; d = d.addDays(1))
            there = m_town.inService(m_town.agents.at(unit.head), d);
        if (!there)
            continue;
        if (m_delegationUnit < 0
            || unit.members.size() > m_town.units.at(m_delegationUnit).members.size())
            m_delegationUnit = u;
    }
}

// The leave the scenario needs, agreed long before: the demo head's Christmas, and the away
// head's two weeks.
Generator::AgreedLeave Generator::agreedBeforehand() const
{
    AgreedLeave fixed;
    if (m_town.demoHead >= 0) {
        const QDate end = m_staffingDay.year() == m_staffingDay.addDays(10).year()
                              ? m_staffingDay.addDays(10)
                              : QDate(m_staffingDay.year(), 12, 31);
        fixed[m_town.demoHead][m_staffingDay.year()].append(
            {{m_staffingDay, WeeklyPattern::Morning},
             {weekdayOnOrBefore(end), WeeklyPattern::Afternoon},
             qMax(28, int(m_town.today.daysTo(m_staffingDay)) + 14),
             QStringLiteral("Fêtes de fin d’année")});
    }
    if (m_delegationUnit >= 0) {
        const int head = m_town.units.at(m_delegationUnit).head;
        fixed[head][m_awayFirst.year()].append({{m_awayFirst, WeeklyPattern::Morning},
                                                {m_awayLast, WeeklyPattern::Afternoon},
                                                45,
                                                QStringLiteral("Congés")});
    }
    return fixed;
}

// One plan per agent, kept for the whole history.
void Generator::makePlans()
{
    m_plans.reserve(m_town.agents.size());
    for (int i = 0; i < m_town.agents.size(); ++i) {
        m_plans.push_back(
            std::make_unique<AgentPlan>(i, m_rng, m_town.agents.at(i).schedule, m_town.calendar));
        m_plans.back()->noFutureRequests
            = m_town.scenarioUnit >= 0 && m_town.agents.at(i).unit == m_town.scenarioUnit;
    }
}

// One year of the town: HR's allocations, the heads' leave first (their long leave decides
// when a deputy approves in their place; a head's own leave is decided above them, never
// through a delegation of their unit), the delegations, everybody else's leave, the closing.
bool Generator::liveYear(int year,
                         const AgreedLeave &fixed,
                         QRandomGenerator &delegationRandom,
                         QString *errorMessage)
{
    m_demo.progress(Tr::tr("Leave: %1").arg(year));
    {
        const LeaveLedgerPlan allocations
            = LeaveRightsPlanner(m_demo.database()).allocations(year, errorMessage);
        if (!errorMessage->isEmpty() || !m_writer.writePlan(allocations, m_rng, errorMessage)
            || !m_writer.readBudgets(year, m_plans, errorMessage))
            return false;
    }
    for (int i = 0; i < m_town.agents.size(); ++i) {
        if (m_town.agents.at(i).head && !planAndWrite(i, year, fixed, errorMessage))
            return false;
    }
    if (!writeDelegations(year, delegationRandom, errorMessage))
        return false;
    int done = 0;
    for (int i = 0; i < m_town.agents.size(); ++i) {
        if (m_town.agents.at(i).head)
            continue;
        if (!planAndWrite(i, year, fixed, errorMessage))
            return false;
        if (++done % 10000 == 0)
            m_demo.progress(Tr::tr("Leave: %1, %2 agents").arg(year).arg(done));
    }
    return year >= m_town.today.year() || closeYear(year, errorMessage);
}

bool Generator::planAndWrite(int agent, int year, const AgreedLeave &fixed, QString *errorMessage)
{
    AgentPlan &plan = *m_plans[agent];
    m_planner.planYear(plan, year, fixed.value(agent).value(year));
    return m_writer.writeRequests(plan, errorMessage);
}

// Delegations: for most of the heads' long leave of the year, and the one in force today. The
// deputy takes no leave while standing in.
bool Generator::writeDelegations(int year,
                                 QRandomGenerator &delegationRandom,
                                 QString *errorMessage)
{
    for (int u = 0; u < m_town.units.size(); ++u) {
        Unit &unit = m_town.units[u];
        if (unit.deputy < 0 || unit.head < 0 || !unit.service
            || m_town.agents.at(unit.head).unit != u)
            continue;
        QList<Delegation> made;
        for (Delegation d : m_planner.longLeaveOf(unit.head)) {
            d.deputy = unit.deputy;
            if (d.first.year() == year && delegationRandom.bounded(100) < 75
                && d.first > m_town.agents.at(unit.deputy).file.agent.entryDate
                && !(u == m_delegationUnit && d.first == m_awayFirst))
                made.append(d);
        }
        if (u == m_delegationUnit && year == m_awayFirst.year())
            made.append({m_awayFirst, m_awayLast, unit.deputy});
        for (const Delegation &d : std::as_const(made)) {
            if (!m_writer.writeDelegation(delegationRandom, u, d, errorMessage))
                return false;
            unit.delegations.append(d);
            m_plans[unit.deputy]->blocked.append(
                {d.first.toJulianDay() * 2, d.last.toJulianDay() * 2 + 1});
        }
    }
    return true;
}

// The year's closing as HR would run it (LeaveYearClosing), from the ledger as written.
bool Generator::closeYear(int year, QString *errorMessage)
{
    if (!m_writer.flush(errorMessage))
        return false;
    if (!informOfCarriedDays(year, errorMessage))
        return false;
    LeaveYearClosing closing(m_demo.database());
    closing.setToday(m_town.today);
    const LeaveLedgerPlan plan = closing.plan(year, errorMessage);
    if (!errorMessage->isEmpty() || !m_writer.writePlan(plan, m_rng, errorMessage))
        return false;
    // The days the closing carried into this year are announced too: agents see the notice.
    return year + 1 != m_town.today.year() || informOfCarriedDays(year + 1, errorMessage);
}

// HR tells each agent in January of the days carried into the year and when they expire
// (Conseil d'État, 17 October 2025, n°495899): in good time, so that the closing may let
// those not taken expire.
bool Generator::informOfCarriedDays(int year, QString *errorMessage)
{
    if (!m_writer.flush(errorMessage))
        return false;
    const QDate day = std::min(QDate(year, 1, 15), m_town.today);
    const bool hasHr = m_town.hr >= 0;
    const Result<int> issued
        = ExpiryNotices(m_demo.database())
              .issueWithin(year,
                           QDate(year, 1, 1),
                           hasHr ? m_town.agents.at(m_town.hr).login : QString(),
                           hasHr ? m_town.agents.at(m_town.hr).id : QString(),
                           QDateTime(day, QTime(9, 30)));
    if (!issued)
        *errorMessage = issued.error();
    return issued.ok();
}

// What the demo shows today in the demo head's team: Christmas approved for some, the demo
// agent's news, one waiting request that would leave the team below its minimum staffing (as
// the team calendar counts presence), and a few more waiting on days with somebody to spare.
bool Generator::demoScenario(QString *errorMessage)
{
    if (m_town.scenarioUnit < 0 || m_town.demoHead < 0)
        return true;
    QRandomGenerator rng(m_demo.seed() ^ 0x5343454Eu);
    QList<AgentPlan *> team = scenarioTeam();
    std::shuffle(team.begin(), team.end(), rng);
    if (!approveChristmas(team, rng, errorMessage) || !grantDemoAgentNews(errorMessage))
        return false;

    // The minimum staffing, as the team calendar the head decides with counts presence (per
    // half-day, on each agent's own pattern, approved leave absent): the fewest present on a
    // day of the coming weeks. One request waiting takes somebody away on such a day.
    if (!m_writer.flush(errorMessage))
        return false;
    const QString unitId = m_town.units.at(m_town.scenarioUnit).id;
    TeamCalendarModel calendar(m_demo.database());
    if (!calendar.load({unitId}, m_town.today.addDays(3), m_staffingDay.addDays(13))) {
        *errorMessage = calendar.lastError();
        return false;
    }
    int minimum = -1;
    for (int col = 0; col < calendar.dayCount(); ++col) {
        const TeamCalendarModel::Presence presence = calendar.presence(col);
        if (presence.isChecked() && (minimum < 0 || presence.lowest() < minimum))
            minimum = presence.lowest();
    }
    const int wanted = 4 + int(rng.bounded(5));
    bool shortDay = false;
    if (!askOnShortestDay(team, calendar, minimum, &shortDay, errorMessage))
        return false;
    if (shortDay) {
        if (!m_writer.setMinimumStaffing(unitId, minimum, errorMessage))
            return false;
    } else {
        minimum = 0;
    }
    return askWhereThereIsRoom(
        team, calendar, minimum, wanted, shortDay ? 1 : 0, rng, errorMessage);
}

// The demo head's team, the head aside. What they meant to ask for later, they ask for now:
// the days are theirs again.
QList<AgentPlan *> Generator::scenarioTeam()
{
    QList<AgentPlan *> team;
    for (int m : m_town.units.at(m_town.scenarioUnit).members) {
        if (m == m_town.demoHead || !m_plans[m]->noFutureRequests)
            continue;
        AgentPlan *p = m_plans[m].get();
        for (auto it = p->keptForLater.cbegin(); it != p->keptForLater.cend(); ++it)
            p->budget[it.key()] += it.value();
        p->keptForLater.clear();
        p->later.clear();
        team.append(p);
    }
    return team;
}

// Christmas, approved weeks ago, for about a third of the team: the week of the day when the
// team will be shortest, as long as the balance allows.
bool Generator::approveChristmas(const QList<AgentPlan *> &team,
                                 QRandomGenerator &rng,
                                 QString *errorMessage)
{
    const QDate d = m_staffingDay;
    for (AgentPlan *p : team) {
        if (p->agent == m_town.demoAgent || rng.bounded(100) >= 35)
            continue;
        Request r;
        r.type = m_town.annual;
        r.start = {d, WeeklyPattern::Morning};
        r.end = {rng.bounded(2) ? QDate(d.year(), 12, 31) : d.addDays(3), WeeklyPattern::Afternoon};
        if (r.end.date.year() != d.year())
            r.end.date = QDate(d.year(), 12, 31);
        r.comment = QStringLiteral("Fêtes de fin d’année");
        const QDateTime submitted
            = officeTime(weekdayOnOrBefore(m_town.today.addDays(-20 - int(rng.bounded(25)))), rng);
        for (const QDate end : {r.end.date, d.addDays(2), d.addDays(1), d}) {
            r.end.date = end;
            if (m_planner.place(
                    *p, r, Intent::Approve, submitted, m_planner.later(*p, submitted, 2), true))
                break;
        }
        if (!m_writer.writeRequests(*p, errorMessage))
            return false;
    }
    return true;
}

// The demo agent's news: a day granted yesterday.
bool Generator::grantDemoAgentNews(QString *errorMessage)
{
    const int agent = m_town.demoAgent;
    if (agent < 0 || !m_plans[agent]->noFutureRequests)
        return true;
    AgentPlan *p = m_plans[agent].get();
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QDate day = weekdayOnOrAfter(m_town.today.addDays(8 + attempt));
        if (day >= m_staffingDay)
            break;
        Request r;
        r.type = m_town.rtt;
        r.start = {day, WeeklyPattern::Morning};
        r.end = {day, WeeklyPattern::Afternoon};
        const QDateTime submitted = officeTime(weekdayOnOrBefore(m_town.today.addDays(-4)), p->rng);
        const QDateTime decided
            = qMin(officeTime(weekdayOnOrBefore(m_town.today.addDays(-1)), p->rng),
                   m_town.now.addSecs(-60));
        if (m_planner.place(*p, r, Intent::Approve, submitted, decided, true))
            break;
    }
    return m_writer.writeRequests(*p, errorMessage);
}

// On a shortest day, somebody there in its shortest half-day asks for the whole day: the one
// waiting request that would leave the team below its minimum.
bool Generator::askOnShortestDay(const QList<AgentPlan *> &team,
                                 const TeamCalendarModel &calendar,
                                 int minimum,
                                 bool *asked,
                                 QString *errorMessage)
{
    auto thereInShortestHalf = [&](int agent, int col) {
        const int row = calendar.rowOfAgent(m_town.agents.at(agent).id);
        const TeamCalendarModel::Presence presence = calendar.presence(col);
        if (row < 0)
            return false;
        for (int h = 0; h < 2; ++h) {
            const TeamCalendarModel::Half half = calendar.half(row, col, WeeklyPattern::HalfDay(h));
            if (presence.scheduled[h] > 0 && presence.present[h] == minimum && half.scheduled
                && half.kind != TeamCalendarModel::HalfKind::Leave)
                return true;
        }
        return false;
    };
    for (int col = 0; col < calendar.dayCount() && minimum > 0; ++col) {
        const TeamCalendarModel::Presence presence = calendar.presence(col);
        if (!presence.isChecked() || presence.lowest() != minimum)
            continue;
        const QDate day = calendar.dateAt(col);
        for (AgentPlan *p : team) {
            if (!thereInShortestHalf(p->agent, col))
                continue;
            Request r;
            r.type = m_town.annual;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {day, WeeklyPattern::Afternoon};
            r.comment = day.month() == 12 && day.day() >= 20
                            ? QStringLiteral("Fêtes de fin d’année")
                            : QString();
            const QDateTime submitted
                = qMin(officeTime(weekdayOnOrBefore(m_town.today.addDays(-1)), p->rng),
                       m_town.now.addSecs(-120));
            if (m_planner.place(*p, r, Intent::Submit, submitted, {}, true)) {
                *asked = true;
                return m_writer.writeRequests(*p, errorMessage);
            }
        }
    }
    return true;
}

// The others: days of the coming weeks with somebody to spare, each request alone, until
// `wanted` wait for the head.
bool Generator::askWhereThereIsRoom(const QList<AgentPlan *> &team,
                                    const TeamCalendarModel &calendar,
                                    int minimum,
                                    int wanted,
                                    int waiting,
                                    QRandomGenerator &rng,
                                    QString *errorMessage)
{
    const QDate d = m_staffingDay;
    const QDate windowFirst = m_town.today.addDays(3);
    auto toSpare = [&](QDate day) {
        const int col = calendar.columnOf(day);
        const TeamCalendarModel::Presence presence
            = col >= 0 ? calendar.presence(col) : TeamCalendarModel::Presence();
        return col >= 0 && (!presence.isChecked() || presence.lowest() - 1 >= minimum);
    };
    for (AgentPlan *p : team) {
        if (waiting >= wanted)
            break;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QDate day = weekdayOnOrAfter(windowFirst.addDays(
                int(rng.bounded(quint32(qMax<qint64>(1, windowFirst.daysTo(d)))))));
            if (day >= d)
                continue;
            Request r;
            const int kind = int(rng.bounded(10));
            r.type = kind < 4 ? m_town.rtt : kind < 9 ? m_town.annual : m_town.training;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {kind >= 4 && kind < 9 ? weekdayOnOrBefore(
                         qMin(day.addDays(1 + int(rng.bounded(3))), d.addDays(-1)))
                                           : day,
                     WeeklyPattern::Afternoon};
            if (kind < 2) {
                r.start.half = WeeklyPattern::Afternoon; // a half day
                r.end.half = WeeklyPattern::Afternoon;
            }
            if (r.type == m_town.training)
                r.comment = QStringLiteral("Formation CNFPT : taille et soins des arbres");
            bool enough = true;
            for (QDate x = r.start.date; x <= r.end.date && enough; x = x.addDays(1))
                enough = toSpare(x);
            if (!enough)
                continue;
            const QDateTime submitted = qMin(
                officeTime(weekdayOnOrBefore(m_town.today.addDays(-int(rng.bounded(5)))), p->rng),
                m_town.now.addSecs(-180));
            if (m_planner.place(*p, r, Intent::Submit, submitted, {}, true)) {
                if (!m_writer.writeRequests(*p, errorMessage))
                    return false;
                ++waiting;
                break;
            }
        }
    }
    return true;
}

} // namespace

QString LeaveDemoData::demoHeadLogin()
{
    for (const DemoPersona &p : DemoPersona::all()) {
        if (p.role == Roles::DepartmentHead)
            return p.login;
    }
    return {};
}

bool LeaveDemoData::generate(DemoContext &demo, QString *errorMessage)
{
    return generate(demo, QDateTime::currentDateTimeUtc(), errorMessage);
}

bool LeaveDemoData::generate(DemoContext &demo, const QDateTime &now, QString *errorMessage)
{
    Generator generator(demo, now);
    return generator.run(errorMessage);
}

} // namespace Civitas::Leave
