#include "leavedemodata.h"

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/domain/leaverights.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leaveyearclosing.h>
#include <leave/models/teamcalendarmodel.h>
#include <leave/store/leavetypecatalog.h>
#include <leave/domain/workingschedule.h>
#include <leave/store/leavecalendarstore.h>

#include <core/storage/database.h>
#include <core/demo/democontext.h>
#include <core/demo/demopersonas.h>
#include <core/access/roles.h>
#include <core/storage/sql.h>
#include <hr/domain/agentfile.h>
#include <hr/store/agentnamesql.h>
#include <hr/demo/demopdf.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Civitas::Leave {

using Hr::WeeklyPattern;
using S = LeaveRequestState;

namespace {

// Years of history: the current one and the four before it.
constexpr int HistoryYears = 5;

// Rows written many at a time: one prepared INSERT of 64 rows, reused. A one-row INSERT on a
// table with triggers opens and closes a statement journal each time; per row that cost more
// than the row.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_db(db), m_table(table), m_columns(columns)
    {
        m_values.reserve(RowsPerBatch * columns.size());
    }
    ~BatchInsert() { qDeleteAll(m_statements); }
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    bool add(std::initializer_list<QVariant> values, QString *errorMessage)
    {
        Q_ASSERT(int(values.size()) == m_columns.size());
        for (const QVariant &v : values)
            m_values.append(v);
        return m_values.size() < RowsPerBatch * m_columns.size() || flush(errorMessage);
    }
    bool flush(QString *errorMessage)
    {
        const int rows = int(m_values.size() / m_columns.size());
        if (rows == 0)
            return true;
        QSqlQuery *&q = m_statements[rows];
        if (!q) {
            const QString row = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
            q = new QSqlQuery(m_db);
            q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                           .arg(m_table, m_columns.join(QStringLiteral(", ")), QStringList(rows, row).join(u',')));
        }
        for (int i = 0; i < m_values.size(); ++i)
            q->bindValue(i, m_values.at(i));
        m_values.clear();
        if (q->exec())
            return true;
        *errorMessage = q->lastError().text();
        return false;
    }

private:
    static constexpr int RowsPerBatch = 64;
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
    QHash<int, QSqlQuery *> m_statements;   // by number of rows
};

const QVariant NullText{QMetaType(QMetaType::QString)};

void digits(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// QDate::toString and QDateTime::toString go through a general formatter: written by hand,
// millions of them cost nothing.
QString iso(QDate d)
{
    QString s(10, Qt::Uninitialized);
    QChar *out = s.data();
    digits(out, d.year(), 4);
    *out++ = u'-';
    digits(out, d.month(), 2);
    *out++ = u'-';
    digits(out, d.day(), 2);
    return s;
}

// As the store writes acted_at: "2026-11-27T08:41:12.000Z".
QString stamp(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const QTime time = utc.time();
    QString s = iso(utc.date());
    s.resize(24);
    QChar *out = s.data() + 10;
    *out++ = u'T';
    digits(out, time.hour(), 2);
    *out++ = u':';
    digits(out, time.minute(), 2);
    *out++ = u':';
    digits(out, time.second(), 2);
    *out++ = u'.';
    digits(out, time.msec(), 3);
    *out++ = u'Z';
    return s;
}

QString halfCode(WeeklyPattern::HalfDay half)
{
    return half == WeeklyPattern::Afternoon ? QStringLiteral("pm") : QStringLiteral("am");
}

qint64 halfDayNumber(const LeaveBoundary &b)
{
    return b.date.toJulianDay() * 2 + (b.half == WeeklyPattern::Afternoon ? 1 : 0);
}

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

QDate weekdayOnOrBefore(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(-1);
    return d;
}

QDate weekdayOnOrAfter(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

struct Interval
{
    qint64 first = 0;
    qint64 last = 0;
    bool overlaps(const Interval &o) const { return first <= o.last && o.first <= last; }
};

struct Delegation
{
    QDate first;
    QDate last;
    int deputy = -1;
};

struct Unit
{
    QString id;
    QString code;
    int parent = -1;
    int head = -1;
    int deputy = -1;          // who the head delegates to while away
    bool service = false;
    QList<int> members;
    QList<Delegation> delegations;
};

struct DemoAgent
{
    QString id;
    int unit = -1;
    QString login;
    QString accountName;      // "Sophie Martin": the session's display name, as steps record it
    QString fileName;         // "MARTIN Sophie": the agent file's, as "on behalf of" records it
    bool hr = false;
    bool head = false;
    Hr::AgentFile file;
    WorkingSchedule schedule;
};

struct Step
{
    const char *action = "";
    S from = S::Draft;
    S to = S::Draft;
    bool noFromState = false;
    int actor = -1;
    int onBehalfOf = -1;
    QString comment;
    QDateTime at;
};

struct Request
{
    const LeaveType *type = nullptr;
    LeaveBoundary start;
    LeaveBoundary end{QDate(), WeeklyPattern::Afternoon};
    int halfDays = 0;
    QString comment;
    S state = S::Draft;
    QList<Step> steps;
    QDateTime usedAt;        // the final approval: the ledger's use
    QDateTime reversedAt;    // the cancellation: the use given back
    QString reversalNote;

    Interval interval() const { return {halfDayNumber(start), halfDayNumber(end)}; }
};

enum class Intent { Approve, Refuse, Withdraw, Cancel, KeepAfterCancellationAsked, EnteredByHr, Submit };

// What one agent's history is made of while it is planned: what they already asked for (no
// two requests of an agent overlap, whatever their state), what each balance has left once
// the waiting requests are counted.
struct AgentPlan
{
    // `rng` is the generator's, seeded again for each agent and year: a QRandomGenerator holds
    // kilobytes of state, too much to keep one per agent of a large town.
    AgentPlan(int agentIndex, QRandomGenerator &random, const WorkingSchedule &schedule, const LeaveCalendar &calendar)
        : agent(agentIndex), rng(random), counter(schedule, calendar)
    {}

    int agent;
    QRandomGenerator &rng;
    LeaveDayCounter counter;
    QList<Interval> taken;
    QList<Interval> annual;       // annual leave, for the 31-consecutive-day rule
    QList<Interval> blocked;      // a deputy standing in for the head takes no leave then
    QHash<int, int> budget;       // year * 16 + balance slot -> hundredths left
    // Leave planned for later in the current year, not asked for yet: its days stay on the
    // balance (people keep days for December).
    QList<Interval> later;
    QHash<int, int> keptForLater;
    QList<Request> requests;      // planned, not yet written
    bool noFutureRequests = false; // the demo scenario writes this agent's coming weeks itself
};

struct Fixed
{
    LeaveBoundary start;
    LeaveBoundary end;
    int leadDays = 30;
    QString comment;
};

class Generator
{
public:
    Generator(DemoContext &demo, const QDateTime &now);
    bool run(QString *errorMessage);

private:
    struct Approver
    {
        int actor = -1;
        int onBehalfOf = -1;
        bool asHr = false;
    };

    bool load(QString *errorMessage);
    bool writeDaysOff(QString *errorMessage);
    void chooseDeputies();
    int personaAgent(const QString &role) const;

    bool planYear(AgentPlan &plan, int year, const QList<Fixed> &fixed, QString *errorMessage);
    // HR's batches, as the application computes them (LeaveRightsPlanner, LeaveYearClosing),
    // written with the same source tags: run again on the demo town, they find nothing to do.
    bool writePlan(const LeaveLedgerPlan &plan, QString *errorMessage);
    bool readBudgets(int year, QString *errorMessage);
    bool inService(const DemoAgent &agent, QDate day) const;
    Approver approverFor(int agent, QDate day) const;
    QDateTime officeTime(QDate day, QRandomGenerator &rng) const;
    QString nextId(QRandomGenerator &rng);
    static int utcOffset(QDate day);
    static QDate localDate(const QDateTime &utc) { return utc.addSecs(utcOffset(utc.date())).date(); }

    // Counts `r`, checks it against the agent's plan and the store's rules, writes its steps
    // as `intent` would have them up to now, takes it off the balance. False when it does not
    // fit (or was not yet asked for, being in the future).
    bool place(AgentPlan &plan, Request &r, Intent intent, QDateTime submitted, QDateTime decided = {},
               bool scenario = false);
    bool buildSteps(AgentPlan &plan, Request &r, Intent intent, QDateTime submitted, QDateTime decided);
    QDateTime submissionFor(AgentPlan &plan, QDate start, int leadDays) const;
    QDateTime later(AgentPlan &plan, const QDateTime &after, int maxDays) const;
    int slotOf(const LeaveType *type) const { return type ? m_slots.value(type->id, -1) : -1; }
    static bool consumes(S state) { return LeaveRequestStates::isLive(state); }

    // Placing requests of each kind.
    void placeBlock(AgentPlan &plan, int year, const LeaveType *type, QDate windowFrom, QDate windowTo,
                    int days, int leadMin, int leadMax, const QString &comment);
    bool placeSingle(AgentPlan &plan, int year, const LeaveType *type, QDate day, bool half, int leadMin,
                     int leadMax, const QString &comment);
    Intent drawIntent(AgentPlan &plan, int leadDays, const LeaveType *type) const;

    bool writeRequests(AgentPlan &plan, QString *errorMessage);
    bool writeDelegation(QRandomGenerator &rng, int unit, const Delegation &d, QString *errorMessage);

    bool demoScenario(QHash<int, AgentPlan *> &kept, QString *errorMessage);
    bool dropIndexes(QString *errorMessage);
    bool createIndexes(QString *errorMessage);

    DemoContext &m_demo;
    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
    int m_firstYear;
    LeaveTypeCatalog m_types;
    LeaveCalendar m_calendar;
    QHash<QString, int> m_slots;
    const LeaveType *m_annual = nullptr;
    const LeaveType *m_rtt = nullptr;
    const LeaveType *m_splitBonus = nullptr;
    const LeaveType *m_sick = nullptr;
    const LeaveType *m_training = nullptr;
    const LeaveType *m_marriage = nullptr;
    const LeaveType *m_familyDeath = nullptr;
    const LeaveType *m_sickChild = nullptr;

    QList<DemoAgent> m_agents;
    QList<Unit> m_units;
    QHash<QString, int> m_agentIndex;
    QHash<QString, int> m_unitIndex;
    int m_hr = -1;
    int m_demoHead = -1;
    int m_demoAgent = -1;
    int m_scenarioUnit = -1;      // the demo head's unit
    int m_delegationUnit = -1;    // the unit whose head is away today
    QDate m_staffingDay;          // the Monday of Christmas week: the demo team's approved leave starts then
    quint64 m_idBase = 0;
    quint64 m_sequence = 0;
    QStringList m_droppedIndexes;   // their CREATE statements
    QHash<int, QList<Delegation>> m_longLeaveOfHeads;   // agent -> approved annual leave of 12 days or more
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<AgentPlan>> m_plans;   // by agent index

    BatchInsert m_insertRequest;
    BatchInsert m_insertStep;
    BatchInsert m_insertLedger;
    Sql::Statement m_insertDelegation;
    bool flushAll(QString *errorMessage)
    {
        return m_insertRequest.flush(errorMessage) && m_insertStep.flush(errorMessage) && m_insertLedger.flush(errorMessage);
    }

    int m_requestCount = 0;
    int m_stepCount = 0;
    int m_ledgerCount = 0;
    int m_delegationCount = 0;
};

Generator::Generator(DemoContext &demo, const QDateTime &now)
    : m_demo(demo)
    , m_db(demo.database().connection())
    , m_now(now.toUTC())
    , m_insertRequest(m_db, QStringLiteral("leave_requests"),
                      {QStringLiteral("id"), QStringLiteral("agent_id"), QStringLiteral("leave_type_id"),
                       QStringLiteral("start_date"), QStringLiteral("start_half"), QStringLiteral("end_date"),
                       QStringLiteral("end_half"), QStringLiteral("half_days"), QStringLiteral("state"),
                       QStringLiteral("comment"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                       QStringLiteral("document_name"), QStringLiteral("document_mime_type"), QStringLiteral("document")})
    , m_insertStep(m_db, QStringLiteral("leave_request_steps"),
                   {QStringLiteral("id"), QStringLiteral("request_id"), QStringLiteral("agent_id"), QStringLiteral("action"),
                    QStringLiteral("from_state"), QStringLiteral("to_state"), QStringLiteral("actor_login"),
                    QStringLiteral("actor_name"), QStringLiteral("on_behalf_of_agent_id"), QStringLiteral("on_behalf_of_name"),
                    QStringLiteral("comment"), QStringLiteral("acted_at"), QStringLiteral("updated_at"),
                    QStringLiteral("updated_by")})
    , m_insertLedger(m_db, QStringLiteral("leave_ledger_entries"),
                     {QStringLiteral("id"), QStringLiteral("agent_id"), QStringLiteral("leave_type_id"), QStringLiteral("year"),
                      QStringLiteral("kind"), QStringLiteral("days_hundredths"), QStringLiteral("effective_date"),
                      QStringLiteral("expires_on"), QStringLiteral("request_id"), QStringLiteral("reverses_entry_id"), QStringLiteral("source"),
                      QStringLiteral("note"), QStringLiteral("updated_at"), QStringLiteral("updated_by")})
    , m_insertDelegation(m_db, QStringLiteral(
          "INSERT INTO leave_delegations (id, org_unit_id, delegator_agent_id, deputy_agent_id, start_date, end_date, "
          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
{
    m_today = localDate(m_now);
    m_idBase = quint64(m_demo.seed() & 0xFFFF) << 32;
    m_firstYear = m_today.year() - HistoryYears + 1;
}

QString Generator::nextId(QRandomGenerator &rng)
{
    // Time-ordered, in the layout of a version-7 UUID with a counter where the milliseconds
    // would be: each row lands at the end of the id indexes (and of the request_id ones)
    // instead of at a random place. Random ids made a 60,000-agent town's leave take most of
    // an hour, spent moving B-tree pages; in order it takes minutes.
    const quint64 high = ((m_idBase + ++m_sequence) << 16) | 0x7000 | (rng.generate() & 0x0FFF);
    const quint64 low = (rng.generate64() & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56);
    const QUuid id(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48), uchar(low >> 40),
                   uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    return id.toString(QUuid::WithoutBraces);
}

int Generator::utcOffset(QDate day)
{
    // The town's time (Europe/Paris), worked out here: a QTimeZone conversion per step would
    // cost more than the rest of a step's making. Summer time runs from the last Sunday of
    // March to the last Sunday of October.
    const QDate march(day.year(), 3, 31);
    const QDate october(day.year(), 10, 31);
    const QDate summerFirst = march.addDays(-(march.dayOfWeek() % 7));
    const QDate summerEnd = october.addDays(-(october.dayOfWeek() % 7));
    return day >= summerFirst && day < summerEnd ? 7200 : 3600;
}

QDateTime Generator::officeTime(QDate day, QRandomGenerator &rng) const
{
    const QTime time(8 + int(rng.bounded(10)), int(rng.bounded(60)), int(rng.bounded(60)));
    return QDateTime(day, time, Qt::UTC).addSecs(-utcOffset(day));
}

int Generator::personaAgent(const QString &role) const
{
    for (const DemoPersona &p : DemoPersona::all()) {
        if (p.role != role)
            continue;
        for (int i = 0; i < m_agents.size(); ++i) {
            if (m_agents.at(i).login == p.login)
                return i;
        }
    }
    return -1;
}

bool Generator::load(QString *errorMessage)
{
    m_types.reload(m_demo.database());
    m_annual = m_types.byCode(LeaveTypeCodes::AnnualLeave);
    m_rtt = m_types.byCode(LeaveTypeCodes::Rtt);
    m_splitBonus = m_types.byCode(LeaveTypeCodes::SplitLeaveBonus);
    m_sick = m_types.byCode(LeaveTypeCodes::SickLeave);
    m_training = m_types.byCode(LeaveTypeCodes::Training);
    m_marriage = m_types.byCode(QStringLiteral("marriage"));
    m_familyDeath = m_types.byCode(QStringLiteral("family_death"));
    m_sickChild = m_types.byCode(QStringLiteral("sick_child"));
    if (!m_annual || !m_rtt || !m_splitBonus || !m_sick || !m_training) {
        *errorMessage = QStringLiteral("the seeded leave types are missing");
        return false;
    }
    int slot = 0;
    for (const LeaveType &t : m_types.types()) {
        if (t.hasBalance)
            m_slots.insert(t.id, slot++);
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, parent_id, head_agent_id, kind FROM org_units WHERE deleted = 0 ORDER BY code"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    QList<QPair<QString, QString>> parentsAndHeads;
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toString();
        u.code = q.value(1).toString();
        u.service = q.value(4).toString() == QLatin1String("service");
        m_unitIndex.insert(u.id, int(m_units.size()));
        m_units.append(u);
        parentsAndHeads.append({q.value(2).toString(), q.value(3).toString()});
    }

    // Agents in id order: the ledger's and the requests' agent indexes then grow in order.
    if (!q.exec(QStringLiteral(
            "SELECT a.id, a.org_unit_id, a.entry_date, a.departure_date, %1, coalesce(u.login, ''), "
            "coalesce(u.display_name, ''), EXISTS (SELECT 1 FROM role_memberships r WHERE r.user_id = u.id "
            "AND r.role = 'hr' AND r.deleted = 0) FROM agents a LEFT JOIN user_accounts u ON u.agent_id = a.id "
            "AND u.deleted = 0 WHERE a.deleted = 0 ORDER BY a.id")
                    .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        DemoAgent a;
        a.id = q.value(0).toString();
        if (m_agentIndex.contains(a.id))
            continue;
        a.unit = m_unitIndex.value(q.value(1).toString(), -1);
        a.file.agent.id = a.id;
        a.file.agent.entryDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        a.file.agent.departureDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.fileName = q.value(4).toString();
        a.login = q.value(5).toString();
        a.accountName = q.value(6).toString();
        a.hr = q.value(7).toBool();
        m_agentIndex.insert(a.id, int(m_agents.size()));
        m_agents.append(a);
    }
    if (!q.exec(QStringLiteral(
            "SELECT agent_id, effective_date, kind, coalesce(part_time_rate, 0), coalesce(thirty_fifths, 0), "
            "weekly_minutes, weekly_pattern FROM working_times WHERE deleted = 0 ORDER BY agent_id, effective_date"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int i = m_agentIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        Hr::WorkingTime w;
        w.effectiveDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        w.kind = q.value(2).toString();
        w.partTimeRate = q.value(3).toInt();
        w.thirtyFifths = q.value(4).toInt();
        w.weeklyMinutes = q.value(5).toInt();
        WeeklyPattern::fromCode(q.value(6).toString(), &w.pattern);
        m_agents[i].file.workingTimes.append(w);
    }
    if (!q.exec(QStringLiteral("SELECT agent_id, position, start_date, end_date FROM statutory_positions "
                               "WHERE deleted = 0 ORDER BY agent_id, start_date"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int i = m_agentIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        Hr::StatutoryPosition p;
        p.position = q.value(1).toString();
        p.startDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        p.endDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        m_agents[i].file.positions.append(p);
    }
    for (DemoAgent &a : m_agents) {
        a.schedule = WorkingSchedule(a.file.workingTimes);
        if (a.unit >= 0)
            m_units[a.unit].members.append(int(&a - m_agents.data()));
    }
    for (int u = 0; u < m_units.size(); ++u) {
        m_units[u].parent = m_unitIndex.value(parentsAndHeads.at(u).first, -1);
        m_units[u].head = m_agentIndex.value(parentsAndHeads.at(u).second, -1);
        if (m_units[u].head >= 0)
            m_agents[m_units[u].head].head = true;
    }

    m_hr = personaAgent(Roles::Hr);
    if (m_hr < 0) {
        for (int i = 0; i < m_agents.size() && m_hr < 0; ++i) {
            if (m_agents.at(i).hr)
                m_hr = i;
        }
    }
    m_demoHead = personaAgent(Roles::DepartmentHead);
    m_demoAgent = personaAgent(Roles::Agent);
    if (m_demoHead >= 0)
        m_scenarioUnit = m_agents.at(m_demoHead).unit;
    return true;
}

bool Generator::inService(const DemoAgent &agent, QDate day) const
{
    if (!agent.file.agent.isActiveOn(day))
        return false;
    // Leave of absence, parental leave, secondment: no leave asked from this employer then.
    if (const Hr::StatutoryPosition *p = agent.file.positionOn(day)) {
        if (p->position != QLatin1String("active") && p->position != QLatin1String("made_available"))
            return false;
    }
    return !agent.schedule.patternOn(day).isEmpty();
}

bool Generator::writeDaysOff(QString *errorMessage)
{
    // Many towns close on the Friday after Ascension: a day off the mayor grants, not a holiday.
    Sql::Statement insert(m_db, QStringLiteral("INSERT INTO leave_days_off (id, day, name, updated_by) VALUES (?, ?, ?, 'demo')"));
    QRandomGenerator rng(m_demo.seed() ^ 0x4C4F4646u);
    for (int year = m_firstYear; year <= m_today.year() + 1; ++year) {
        const QDate friday = FrenchCalendar::easterSunday(year).addDays(40);
        if (!insert.exec({DemoContext::uuid(rng), iso(friday), QStringLiteral("Pont de l’Ascension")}, errorMessage))
            return false;
    }
    m_calendar = LeaveCalendarStore::calendar(m_demo.database());
    return true;
}

void Generator::chooseDeputies()
{
    // The longest-serving member who is there for the whole history stands in for the head.
    const QDate since(m_firstYear, 1, 1);
    for (Unit &u : m_units) {
        if (!u.service || u.head < 0)
            continue;
        QDate best;
        for (int m : std::as_const(u.members)) {
            const DemoAgent &a = m_agents.at(m);
            if (m == u.head || a.head || m == m_hr || a.file.agent.departureDate.isValid()
                || !a.file.agent.entryDate.isValid() || a.file.agent.entryDate >= since || !inService(a, m_today)
                || a.file.positions.size() > 1)
                continue;
            if (!best.isValid() || a.file.agent.entryDate < best) {
                best = a.file.agent.entryDate;
                u.deputy = m;
            }
        }
    }
}

Generator::Approver Generator::approverFor(int agent, QDate day) const
{
    // The head of the agent's unit, else of the unit above (a head's own leave goes up); a
    // deputy acts for the head during a delegation; HR decides when nobody above is left.
    for (int u = m_agents.at(agent).unit; u >= 0; u = m_units.at(u).parent) {
        const Unit &unit = m_units.at(u);
        if (unit.head < 0 || unit.head == agent)
            continue;
        for (const Delegation &d : unit.delegations) {
            if (d.first <= day && day <= d.last && d.deputy != agent)
                return {d.deputy, unit.head, false};
        }
        return {unit.head, -1, false};
    }
    return {m_hr, -1, true};
}

QDateTime Generator::submissionFor(AgentPlan &plan, QDate start, int leadDays) const
{
    QDate day = start.addDays(-leadDays);
    if (leadDays > 0)
        day = weekdayOnOrBefore(day);
    return officeTime(day, plan.rng);
}

QDateTime Generator::later(AgentPlan &plan, const QDateTime &after, int maxDays) const
{
    const QDate day = weekdayOnOrAfter(localDate(after).addDays(int(plan.rng.bounded(maxDays + 1))));
    QDateTime t = officeTime(day, plan.rng);
    if (t <= after)
        t = after.addSecs(600 + int(plan.rng.bounded(3 * 3600)));
    return t;
}

Intent Generator::drawIntent(AgentPlan &plan, int leadDays, const LeaveType *type) const
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

bool Generator::buildSteps(AgentPlan &plan, Request &r, Intent intent, QDateTime submitted, QDateTime decided)
{
    static const char *const refusals[] = {
        "Continuité du service : trop d’agents absents cette semaine-là. Merci de proposer d’autres dates.",
        "Période de forte activité : je ne peux pas accorder ces dates.",
        "Intervention prévue ces jours-là, votre présence est indispensable.",
        "Les dates chevauchent la permanence que vous assurez ce mois-ci.",
    };
    static const char *const cancellations[] = {
        "Séjour annulé.", "Je reporte ces congés à plus tard.", "Rappelé pour assurer une astreinte.",
        "Changement de mes dates de vacances.",
    };
    const int owner = plan.agent;
    r.steps.clear();
    r.usedAt = {};
    r.reversedAt = {};
    r.reversalNote.clear();
    auto add = [&](const char *action, S from, S to, int actor, int onBehalfOf, const QString &comment,
                   const QDateTime &at) {
        if (at > m_now || actor < 0)
            return false;
        r.steps.append({action, from, to, false, actor, onBehalfOf, comment, at});
        r.state = to;
        return true;
    };

    if (intent == Intent::EnteredByHr) {
        if (m_hr < 0 || m_hr == owner)
            return false;
        QDateTime at = submitted > m_now ? m_now.addSecs(-3600) : submitted;
        r.steps.append({"entered_by_hr", S::Draft, S::Approved, true, m_hr, -1, r.comment, at});
        r.state = S::Approved;
        r.usedAt = at;
        return true;
    }
    if (submitted > m_now)
        return false;   // not asked for yet
    add("submitted", S::Draft, S::Submitted, owner, -1, r.comment, submitted);
    if (intent == Intent::Submit)
        return true;

    if (intent == Intent::Withdraw) {
        QDateTime at = later(plan, submitted, 4);
        if (localDate(at) >= r.start.date)
            at = submitted.addSecs(1800 + int(plan.rng.bounded(4 * 3600)));
        if (localDate(at) >= r.start.date)
            return false;
        add("withdrawn", S::Submitted, S::Withdrawn, owner, -1,
            plan.rng.bounded(2) ? QStringLiteral("Finalement je ne pars pas à ces dates.") : QString(), at);
        return true;
    }

    QDateTime at = decided.isValid() ? decided : later(plan, submitted, 3);
    Approver approver = approverFor(owner, localDate(at));
    if (approver.actor < 0 || approver.actor == owner)
        return false;
    const bool twoStages = r.type->approval == LeaveType::Approval::HeadThenHr && !approver.asHr;
    if (intent == Intent::Refuse && (!twoStages || plan.rng.bounded(10) < 7)) {
        add("refused", S::Submitted, S::Refused, approver.actor, approver.onBehalfOf,
            QString::fromUtf8(refusals[plan.rng.bounded(quint32(std::size(refusals)))]), at);
        return true;
    }
    if (twoStages) {
        if (m_hr < 0 || m_hr == owner)
            return false;
        if (!add("forwarded_to_hr", S::Submitted, S::WaitingHr, approver.actor, approver.onBehalfOf, {}, at))
            return true;
        at = later(plan, at, 4);
        if (intent == Intent::Refuse) {
            add("refused", S::WaitingHr, S::Refused, m_hr, -1,
                QStringLiteral("Session complète : vous êtes inscrit(e) sur la session suivante."), at);
            return true;
        }
        if (!add("approved", S::WaitingHr, S::Approved, m_hr, -1, {}, at))
            return true;
    } else if (!add("approved", S::Submitted, S::Approved, approver.actor, approver.onBehalfOf, {}, at)) {
        return true;
    }
    r.usedAt = at;
    if (intent != Intent::Cancel && intent != Intent::KeepAfterCancellationAsked)
        return true;

    // Asked before the leave starts, decided within two days.
    QDateTime asked = later(plan, at, 10);
    if (localDate(asked) >= r.start.date)
        asked = at.addSecs(3600 + int(plan.rng.bounded(5 * 3600)));
    if (localDate(asked) >= r.start.date)
        return true;
    const QString why = QString::fromUtf8(cancellations[plan.rng.bounded(quint32(std::size(cancellations)))]);
    if (!add("cancellation_requested", S::Approved, S::CancellationRequested, owner, -1, why, asked))
        return true;
    const QDateTime answer = later(plan, asked, 2);
    approver = approverFor(owner, localDate(answer));
    if (intent == Intent::Cancel) {
        if (add("cancellation_approved", S::CancellationRequested, S::Cancelled, approver.actor, approver.onBehalfOf,
                {}, answer)) {
            r.reversedAt = answer;
            r.reversalNote = why;
        }
    } else {
        add("cancellation_refused", S::CancellationRequested, S::Approved, approver.actor, approver.onBehalfOf,
            QStringLiteral("Vos congés restent accordés : le service est complet à ces dates."), answer);
    }
    return true;
}

bool Generator::place(AgentPlan &plan, Request &r, Intent intent, QDateTime submitted, QDateTime decided,
                      bool scenario)
{
    const DemoAgent &agent = m_agents.at(plan.agent);
    if (!r.start.date.isValid() || !r.end.date.isValid() || r.end.date < r.start.date
        || r.start.date.year() != r.end.date.year())
        return false;
    const bool notYetAsked = (plan.noFutureRequests && !scenario && r.start.date > m_today)
                             || (intent != Intent::EnteredByHr && submitted > m_now);
    const Interval span = r.interval();
    if (span.last < span.first)
        return false;
    for (const Interval &i : std::as_const(plan.taken)) {
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
        if (!inService(agent, d))
            return false;
    }
    if (!r.type->halfDayUnit && (r.start.half == WeeklyPattern::Afternoon || r.end.half == WeeklyPattern::Morning))
        return false;
    const LeaveDayCounter::Result count = plan.counter.count(
        r.start, r.end, r.type->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays : LeaveDayCounter::Counting::WorkingDays);
    if (!count.isValid() || count.halfDays == 0)
        return false;
    r.halfDays = count.halfDays;
    if (r.type->fixedDaysHundredths > 0 && r.halfDays * 50 > r.type->fixedDaysHundredths)
        return false;
    // Two pieces of annual leave joined by days not worked make one absence: keep a long one
    // apart from the others so that none passes 31 days.
    if (r.type == m_annual) {
        const qint64 margin = 2 * 8;
        const bool longOne = span.last - span.first >= 2 * 12;
        for (const Interval &i : std::as_const(plan.annual)) {
            if ((longOne || i.last - i.first >= 2 * 12) && Interval{i.first - margin, i.last + margin}.overlaps(span))
                return false;
        }
    }
    const int slot = slotOf(r.type);
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
    if (r.type == m_annual)
        plan.annual.append(span);
    plan.requests.append(r);
    return true;
}

void Generator::placeBlock(AgentPlan &plan, int year, const LeaveType *type, QDate windowFrom, QDate windowTo,
                           int days, int leadMin, int leadMax, const QString &comment)
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
        const QDate end = length % 5 == 0 ? monday.addDays((weeks - 1) * 7 + 4) : start.addDays(length - 1);
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

bool Generator::placeSingle(AgentPlan &plan, int year, const LeaveType *type, QDate day, bool half, int leadMin,
                            int leadMax, const QString &comment)
{
    if (day.year() != year || day.dayOfWeek() > 5)
        return false;
    Request r;
    r.type = type;
    r.start = {day, WeeklyPattern::Morning};
    r.end = {day, WeeklyPattern::Afternoon};
    if (half) {
        // Friday afternoons and Monday mornings first: the half day that makes a long weekend.
        const auto which = day.dayOfWeek() == 1 ? WeeklyPattern::Morning
                           : day.dayOfWeek() == 5 ? WeeklyPattern::Afternoon
                                                  : WeeklyPattern::HalfDay(plan.rng.bounded(2));
        r.start.half = which;
        r.end.half = which;
    }
    r.comment = comment;
    const int lead = leadMin + int(plan.rng.bounded(quint32(leadMax - leadMin + 1)));
    return place(plan, r, drawIntent(plan, lead, type), submissionFor(plan, day, lead));
}

bool Generator::planYear(AgentPlan &plan, int year, const QList<Fixed> &fixed, QString *errorMessage)
{
    static const char *const trainings[] = {
        "Formation CNFPT : prévention des risques professionnels", "Formation CNFPT : habilitation électrique",
        "Préparation au concours de rédacteur territorial", "Formation bureautique : tableur perfectionnement",
        "Sauveteur secouriste du travail (SST)", "Accueil des publics en situation de handicap",
        "Formation CNFPT : gestes et postures", "Formation : conduite d’engins (CACES)",
        "Formation CNFPT : management d’équipe", "Formation : la commande publique",
    };
    DemoAgent &agent = m_agents[plan.agent];
    QRandomGenerator &rng = plan.rng;
    rng.seed(m_demo.seed() ^ hashOf(agent.id) ^ (quint32(year) * 0x9E3779B9u));
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    const QDate from = qMax(first, agent.file.agent.entryDate);
    const QDate to = agent.file.agent.departureDate.isValid() ? qMin(last, agent.file.agent.departureDate) : last;
    if (!from.isValid() || from > to)
        return true;
    // The year's rights as the ledger holds them (readBudgets): HR's allocation, and what the
    // closing of last year brought (split-leave bonus, days carried over after sick leave).
    const int annual = plan.budget.value(year * 16 + slotOf(m_annual));
    const int rtt = plan.budget.value(year * 16 + slotOf(m_rtt));
    if (annual <= 0)
        return true;   // no day of the year in service here (leave of absence, secondment)
    // Requests never cross a year: what overlaps is looked for in this year's only.
    plan.taken.clear();
    plan.annual.clear();
    plan.later.clear();
    auto randomDay = [&](QDate a, QDate b) {
        a = qMax(a, from);
        b = qMin(b, to);
        if (a > b)
            return QDate();
        return a.addDays(qint64(rng.bounded(quint32(a.daysTo(b) + 1))));
    };

    // What was agreed beforehand (the demo's scenario).
    for (const Fixed &f : fixed) {
        Request r;
        r.type = m_annual;
        r.start = f.start;
        r.end = f.end;
        r.comment = f.comment;
        place(plan, r, Intent::Approve, submissionFor(plan, f.start.date, f.leadDays), {}, true);
    }

    // Ordinary sick leave, entered by HR from the certificate: dates only, never the cause.
    int sickHalfDays = 0;   // on days the agent works, as the closing counts them
    const int episodes = rng.bounded(100) < 22 ? (rng.bounded(100) < 25 ? 2 : 1) : 0;
    for (int e = 0; e < episodes && m_hr >= 0 && plan.agent != m_hr; ++e) {
        const QDate start = randomDay(from, qMin(to, m_today.addDays(-3)));
        if (!start.isValid())
            break;
        const int draw = int(rng.bounded(100));
        const int length = draw < 55 ? 1 + int(rng.bounded(3)) : draw < 88 ? 4 + int(rng.bounded(8)) : 12 + int(rng.bounded(25));
        Request r;
        r.type = m_sick;
        r.start = {start, WeeklyPattern::Morning};
        r.end = {qMin(start.addDays(length - 1), to), WeeklyPattern::Afternoon};
        if (place(plan, r, Intent::EnteredByHr, officeTime(weekdayOnOrAfter(start.addDays(1 + int(rng.bounded(2)))), rng)))
            sickHalfDays += plan.counter.count(r.start, r.end).halfDays;
    }
    // RTT the closing will take back for the absences (quotient 228 / RTT days): kept aside,
    // so that the year cannot end below zero.
    if (rtt > 0 && sickHalfDays > 0)
        plan.budget[year * 16 + slotOf(m_rtt)] -= LeaveRights::rttReduction(rtt / 100.0, sickHalfDays / 2.0) * 100;

    // Training, outside the summer.
    if (rng.bounded(100) < 12) {
        QDate day = randomDay(first, last);
        if (day.isValid() && day.month() != 7 && day.month() != 8) {
            day = mondayOf(day).addDays(1);   // a Tuesday
            Request r;
            r.type = m_training;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {day.addDays(int(rng.bounded(3))), WeeklyPattern::Afternoon};
            r.comment = QString::fromUtf8(trainings[rng.bounded(quint32(std::size(trainings)))]);
            const int lead = 20 + int(rng.bounded(40));
            place(plan, r, drawIntent(plan, lead, m_training), submissionFor(plan, day, lead));
        }
    }
    // Special leave: a child's illness, a death in the family (asked on the day), a wedding.
    if (m_sickChild && rng.bounded(100) < 6) {
        const QDate day = weekdayOnOrAfter(randomDay(first, qMin(last, m_today.addDays(-1))).addDays(0));
        Request r;
        r.type = m_sickChild;
        r.start = {day, WeeklyPattern::Morning};
        r.end = {day.addDays(rng.bounded(4) == 0 ? 1 : 0), WeeklyPattern::Afternoon};
        if (day.isValid() && r.end.date.dayOfWeek() <= 5)
            place(plan, r, Intent::Approve, submissionFor(plan, day, 0));
    }
    if (m_familyDeath && rng.bounded(1000) < 15) {
        const QDate day = weekdayOnOrAfter(randomDay(first, qMin(last, m_today.addDays(-1))));
        Request r;
        r.type = m_familyDeath;
        r.start = {day, WeeklyPattern::Morning};
        r.end = {day.addDays(int(rng.bounded(3))), WeeklyPattern::Afternoon};
        if (day.isValid())
            place(plan, r, Intent::Approve, submissionFor(plan, day, int(rng.bounded(2))));
    }
    if (m_marriage && rng.bounded(1000) < 5) {
        const QDate day = randomDay(QDate(year, 5, 1), QDate(year, 9, 30));
        if (day.isValid()) {
            const QDate monday = mondayOf(day);
            Request r;
            r.type = m_marriage;
            r.start = {monday, WeeklyPattern::Morning};
            r.end = {monday.addDays(4), WeeklyPattern::Afternoon};
            r.comment = QStringLiteral("Mariage");
            const int lead = 40 + int(rng.bounded(60));
            place(plan, r, Intent::Approve, submissionFor(plan, monday, lead));
        }
    }

    // Annual leave: the summer, then school holidays and Christmas for some.
    if (rng.bounded(100) < 92) {
        const int draw = int(rng.bounded(100));
        const int weeks = draw < 30 ? 2 : draw < 80 ? 3 : 4;
        placeBlock(plan, year, m_annual, QDate(year, 7, 1), QDate(year, 8, 31).addDays(-7 * weeks + 3), 5 * weeks,
                   45, 150, QStringLiteral("Vacances d’été"));
    }
    if (rng.bounded(100) < 35)
        placeBlock(plan, year, m_annual, QDate(year, 2, 9), QDate(year, 3, 6), 3 + int(rng.bounded(3)), 15, 60,
                   QStringLiteral("Vacances d’hiver"));
    if (rng.bounded(100) < 40)
        placeBlock(plan, year, m_annual, QDate(year, 4, 6), QDate(year, 4, 24), 3 + int(rng.bounded(3)), 15, 60,
                   QStringLiteral("Vacances de printemps"));
    if (rng.bounded(100) < 30)
        placeBlock(plan, year, m_annual, QDate(year, 10, 19), QDate(year, 10, 27), 2 + int(rng.bounded(4)), 15, 50,
                   QStringLiteral("Vacances de la Toussaint"));
    if (rng.bounded(100) < 55) {
        // Between Christmas and New Year: the days worked from the 22nd to the 31st.
        const QDate start = weekdayOnOrAfter(QDate(year, 12, 22 + int(rng.bounded(5))));
        Request r;
        r.type = rng.bounded(100) < 25 && rtt > 0 ? m_rtt : m_annual;
        r.start = {start, WeeklyPattern::Morning};
        r.end = {rng.bounded(2) ? QDate(year, 12, 31) : qMin(start.addDays(3), QDate(year, 12, 31)), WeeklyPattern::Afternoon};
        r.comment = QStringLiteral("Fêtes de fin d’année");
        const int lead = 25 + int(rng.bounded(40));
        place(plan, r, drawIntent(plan, lead, r.type), submissionFor(plan, start, lead));
    }

    // RTT: the bridges first (a Monday before a Tuesday holiday, a Friday after a Thursday one).
    const LeaveType *bridgeType = rtt > 0 ? m_rtt : m_annual;
    for (const PublicHoliday &h : m_calendar.publicHolidays().holidays(year)) {
        const int dow = h.date.dayOfWeek();
        const QDate bridge = dow == 2 ? h.date.addDays(-1) : dow == 4 ? h.date.addDays(1) : QDate();
        if (bridge.isValid() && !m_calendar.isDayOff(bridge) && rng.bounded(100) < 40)
            placeSingle(plan, year, bridgeType, bridge, false, 10, 45, QStringLiteral("Pont"));
    }
    // Then a day, two or three, or a half day, spread over the year until a day or two is
    // left. What falls after today is not asked for yet: those days stay on the balance.
    auto spend = [&](const LeaveType *type, int keepMin, int keepMax) {
        const int key = year * 16 + slotOf(type);
        const int keep = (keepMin + int(rng.bounded(quint32(keepMax - keepMin + 1)))) * 50;
        int later = 0;
        for (int attempt = 0; attempt < 40 && plan.budget.value(key) - later - keep >= 50; ++attempt) {
            QDate day = randomDay(first, last);
            if (!day.isValid())
                break;
            const int left = plan.budget.value(key) - later - keep;
            const int draw = int(rng.bounded(100));
            const int days = left < 100 || draw < 15 ? 0 : draw < 50 || left < 200 ? 1 : draw < 80 || left < 300 ? 2 : 3;
            // Mondays and Fridays are asked for most.
            if (rng.bounded(100) < 55)
                day = rng.bounded(2) || days > 1 ? mondayOf(day) : mondayOf(day).addDays(4);
            if (day > m_today) {
                later += qMax(50, days * 100);
                continue;
            }
            if (days <= 1) {
                placeSingle(plan, year, type, day, days == 0, 2, 30, {});
                continue;
            }
            Request r;
            r.type = type;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {day.addDays(days - 1), WeeklyPattern::Afternoon};
            if (day.dayOfWeek() + days - 1 > 5 || day.year() != year)
                continue;
            const int lead = 5 + int(rng.bounded(40));
            place(plan, r, drawIntent(plan, lead, type), submissionFor(plan, day, lead));
        }
    };
    // In the current year, most keep a few days for December.
    const bool thisYear = year == m_today.year();
    if (rtt > 0)
        spend(m_rtt, 0, thisYear ? 6 : 3);
    spend(m_annual, thisYear ? 4 : 0, thisYear ? 14 : 4);

    // Split-leave days credited by last year's closing, taken by most, often in one go.
    const int bonusKey = year * 16 + slotOf(m_splitBonus);
    for (int attempt = 0; attempt < 8 && plan.budget.value(bonusKey) >= 100 && rng.bounded(100) < 70; ++attempt) {
        const QDate day = randomDay(QDate(year, 1, 15), last);
        if (day.isValid() && day <= m_today)
            placeSingle(plan, year, m_splitBonus, day, false, 5, 25, {});
    }
    return writeRequests(plan, errorMessage);
}

bool Generator::writePlan(const LeaveLedgerPlan &plan, QString *errorMessage)
{
    // What LeaveLedgerPlan::write would append on a file where the batch never ran (it opens a
    // transaction of its own, which the demo's cannot hold).
    for (const LeavePlanLine &l : plan.lines()) {
        if (l.hundredths == 0 || l.change == LeavePlanLine::Change::Unchanged)
            continue;
        const int agent = m_agentIndex.value(l.agentId, -1);
        if (agent < 0)
            continue;
        const QDateTime at = qMin(officeTime(weekdayOnOrAfter(l.effectiveDate), m_rng), m_now);
        ++m_ledgerCount;
        if (!m_insertLedger.add({nextId(m_rng), l.agentId, l.leaveTypeId, l.year, LedgerEntry::kindCode(l.kind),
                                 l.hundredths, iso(l.effectiveDate),
                                 l.expiresOn.isValid() ? QVariant(iso(l.expiresOn)) : NullText, NullText, NullText,
                                 plan.source(), Sql::notNull(l.note), stamp(at), Sql::notNull(m_agents.at(m_hr >= 0 ? m_hr : agent).login)},
                                errorMessage))
            return false;
    }
    return true;
}

bool Generator::readBudgets(int year, QString *errorMessage)
{
    if (!flushAll(errorMessage))
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent_id, leave_type_id, sum(days_hundredths) FROM leave_ledger_entries "
                             "WHERE year = ? AND deleted = 0 GROUP BY agent_id, leave_type_id"));
    q.addBindValue(year);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int agent = m_agentIndex.value(q.value(0).toString(), -1);
        const int slot = m_slots.value(q.value(1).toString(), -1);
        if (agent >= 0 && slot >= 0)
            m_plans[agent]->budget[year * 16 + slot] = q.value(2).toInt();
    }
    return true;
}

bool Generator::writeRequests(AgentPlan &plan, QString *errorMessage)
{
    const DemoAgent &agent = m_agents.at(plan.agent);
    for (const Request &r : std::as_const(plan.requests)) {
        const QString requestId = nextId(plan.rng);
        QByteArray document;
        QString documentName;
        if (r.type->documentRequired) {
            // The piece the type asks for: dates and names only (nothing about health).
            static const QHash<QString, QPair<QString, QString>> titles = {
                {QStringLiteral("sick"), {QStringLiteral("Avis d'arret de travail (volet employeur)"), QStringLiteral("arret-de-travail.pdf")}},
                {QStringLiteral("training"), {QStringLiteral("Convocation a la formation"), QStringLiteral("convocation.pdf")}},
                {QStringLiteral("marriage"), {QStringLiteral("Extrait d'acte de mariage"), QStringLiteral("acte-de-mariage.pdf")}},
                {QStringLiteral("family_death"), {QStringLiteral("Acte de deces"), QStringLiteral("acte-de-deces.pdf")}},
                {QStringLiteral("sick_child"), {QStringLiteral("Certificat medical (enfant)"), QStringLiteral("certificat.pdf")}},
            };
            const auto title = titles.value(r.type->code, {QStringLiteral("Justificatif"), QStringLiteral("justificatif.pdf")});
            document = Hr::DemoPdf::make({title.first, QStringLiteral("Agent : %1").arg(agent.fileName),
                                          QStringLiteral("Du %1 au %2").arg(r.start.date.toString(QStringLiteral("dd/MM/yyyy")),
                                                                            r.end.date.toString(QStringLiteral("dd/MM/yyyy"))),
                                          QStringLiteral("Piece generee pour la ville de demonstration.")});
            documentName = title.second;
        }
        const Step &lastStep = r.steps.constLast();
        ++m_requestCount;
        if (!m_insertRequest.add({requestId, agent.id, r.type->id, iso(r.start.date), halfCode(r.start.half),
                                   iso(r.end.date), halfCode(r.end.half), r.halfDays, LeaveRequestStates::code(r.state),
                                   Sql::notNull(r.comment), stamp(lastStep.at), Sql::notNull(m_agents.at(lastStep.actor).login),
                                   Sql::notNull(documentName),
                                   document.isEmpty() ? QString(QLatin1String("")) : QStringLiteral("application/pdf"),
                                   document.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(document)},
                                  errorMessage))
            return false;
        for (const Step &s : r.steps) {
            const DemoAgent &actor = m_agents.at(s.actor);
            ++m_stepCount;
            if (!m_insertStep.add({nextId(plan.rng), requestId, agent.id, QString::fromLatin1(s.action),
                                    s.noFromState ? QString(QLatin1String("")) : LeaveRequestStates::code(s.from),
                                    LeaveRequestStates::code(s.to), Sql::notNull(actor.login), Sql::notNull(actor.accountName),
                                    s.onBehalfOf >= 0 ? QVariant(m_agents.at(s.onBehalfOf).id) : NullText,
                                    s.onBehalfOf >= 0 ? Sql::notNull(m_agents.at(s.onBehalfOf).fileName) : QString(QLatin1String("")),
                                    Sql::notNull(s.comment), stamp(s.at), stamp(s.at), Sql::notNull(actor.login)},
                                   errorMessage))
                return false;
        }
        if (agent.head && r.type == m_annual && r.state == S::Approved && r.start.date.daysTo(r.end.date) >= 11)
            m_longLeaveOfHeads[plan.agent].append({r.start.date, r.end.date, -1});
        // The ledger as the store writes it: the use on the final approval, a reversing use
        // (same kind, opposite amount) when the leave is cancelled.
        if (slotOf(r.type) >= 0 && r.usedAt.isValid()) {
            const QString useId = nextId(plan.rng);
            m_ledgerCount += r.reversedAt.isValid() ? 2 : 1;
            if (!m_insertLedger.add({useId, agent.id, r.type->id, r.start.date.year(), QStringLiteral("use"),
                                      -r.halfDays * 50, iso(r.start.date), NullText, requestId, NullText, QStringLiteral("request"),
                                      QString(QLatin1String("")), stamp(r.usedAt), QStringLiteral("demo")},
                                     errorMessage))
                return false;
            if (r.reversedAt.isValid()
                && !m_insertLedger.add({nextId(plan.rng), agent.id, r.type->id, r.start.date.year(),
                                         QStringLiteral("use"), r.halfDays * 50, iso(localDate(r.reversedAt)), NullText,
                                         requestId, useId, QStringLiteral("cancellation"), Sql::notNull(r.reversalNote),
                                         stamp(r.reversedAt), QStringLiteral("demo")},
                                        errorMessage))
                return false;
        }
    }
    plan.requests.clear();
    return true;
}

bool Generator::writeDelegation(QRandomGenerator &rng, int unit, const Delegation &d, QString *errorMessage)
{
    const QDateTime made = qMin(officeTime(weekdayOnOrBefore(d.first.addDays(-3)), rng), m_now);
    ++m_delegationCount;
    return m_insertDelegation.exec({DemoContext::uuid(rng), m_units.at(unit).id, m_agents.at(m_units.at(unit).head).id,
                                    m_agents.at(d.deputy).id, iso(d.first), iso(d.last), stamp(made),
                                    Sql::notNull(m_agents.at(m_units.at(unit).head).login)},
                                   errorMessage);
}

bool Generator::dropIndexes(QString *errorMessage)
{
    // Millions of rows go in faster without the secondary indexes, built again at the end
    // from their own definitions (a sorted build instead of millions of B-tree insertions).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                               "('leave_requests', 'leave_request_steps', 'leave_ledger_entries')"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_droppedIndexes << q.value(1).toString();
    }
    q.finish();   // a schema being read cannot change
    // SQLite refuses to change the schema while another statement of the connection is
    // still open ("table is locked"): then the rows go in with the indexes, only slower.
    QStringList dropped;
    for (int i = 0; i < names.size(); ++i) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(names.at(i))))
            break;
        dropped << m_droppedIndexes.at(i);
    }
    m_droppedIndexes = dropped;
    Q_UNUSED(errorMessage)
    return true;
}

bool Generator::createIndexes(QString *errorMessage)
{
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (!q.exec(sql)) {
            *errorMessage = q.lastError().text();
            return false;
        }
    }
    m_droppedIndexes.clear();
    return true;
}

bool Generator::demoScenario(QHash<int, AgentPlan *> &kept, QString *errorMessage)
{
    if (m_scenarioUnit < 0 || m_demoHead < 0)
        return true;
    QRandomGenerator rng(m_demo.seed() ^ 0x5343454Eu);
    const Unit &unit = m_units.at(m_scenarioUnit);
    QList<AgentPlan *> team;
    for (int m : unit.members) {
        if (m == m_demoHead || !kept.contains(m))
            continue;
        // What they meant to ask for later, they ask for now: the days are theirs again.
        AgentPlan *p = kept.value(m);
        for (auto it = p->keptForLater.cbegin(); it != p->keptForLater.cend(); ++it)
            p->budget[it.key()] += it.value();
        p->keptForLater.clear();
        p->later.clear();
        team.append(p);
    }
    std::shuffle(team.begin(), team.end(), rng);
    const QDate d = m_staffingDay;

    // Christmas, approved weeks ago, for about a third of the team: the week of the day when
    // the team will be shortest.
    for (AgentPlan *p : std::as_const(team)) {
        if (p->agent == m_demoAgent || rng.bounded(100) >= 35)
            continue;
        Request r;
        r.type = m_annual;
        r.start = {d, WeeklyPattern::Morning};
        r.end = {rng.bounded(2) ? QDate(d.year(), 12, 31) : d.addDays(3), WeeklyPattern::Afternoon};
        if (r.end.date.year() != d.year())
            r.end.date = QDate(d.year(), 12, 31);
        r.comment = QStringLiteral("Fêtes de fin d’année");
        const QDateTime submitted = officeTime(weekdayOnOrBefore(m_today.addDays(-20 - int(rng.bounded(25)))), rng);
        // As long as the balance allows.
        for (const QDate end : {r.end.date, d.addDays(2), d.addDays(1), d}) {
            r.end.date = end;
            if (place(*p, r, Intent::Approve, submitted, later(*p, submitted, 2), true))
                break;
        }
        if (!writeRequests(*p, errorMessage))
            return false;
    }

    // The demo agent's news: a day granted yesterday.
    if (m_demoAgent >= 0 && kept.contains(m_demoAgent)) {
        AgentPlan *p = kept.value(m_demoAgent);
        for (int attempt = 0; attempt < 10; ++attempt) {
            const QDate day = weekdayOnOrAfter(m_today.addDays(8 + attempt));
            if (day >= d)
                break;
            Request r;
            r.type = m_rtt;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {day, WeeklyPattern::Afternoon};
            const QDateTime submitted = officeTime(weekdayOnOrBefore(m_today.addDays(-4)), p->rng);
            const QDateTime decided = qMin(officeTime(weekdayOnOrBefore(m_today.addDays(-1)), p->rng), m_now.addSecs(-60));
            if (place(*p, r, Intent::Approve, submitted, decided, true))
                break;
        }
        if (!writeRequests(*p, errorMessage))
            return false;
    }

    // The minimum staffing, as the team calendar the head decides with counts presence (per
    // half-day, on each agent's own pattern, approved leave absent): the fewest present on a
    // day of the coming weeks. One request waiting takes somebody away on such a day.
    if (!flushAll(errorMessage))
        return false;
    const QDate windowFirst = m_today.addDays(3);
    const QDate windowLast = d.addDays(13);
    TeamCalendarModel calendar(m_demo.database());
    if (!calendar.load({unit.id}, windowFirst, windowLast)) {
        *errorMessage = calendar.lastError();
        return false;
    }
    int minimum = -1;
    for (int col = 0; col < calendar.dayCount(); ++col) {
        const TeamCalendarModel::Presence presence = calendar.presence(col);
        if (presence.isChecked() && (minimum < 0 || presence.lowest() < minimum))
            minimum = presence.lowest();
    }
    int waiting = 0;
    const int wanted = 4 + int(rng.bounded(5));
    // On a shortest day, somebody there in its shortest half-day asks for the whole day.
    auto thereInShortestHalf = [&](int agent, int col) {
        const int row = calendar.rowOfAgent(m_agents.at(agent).id);
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
    bool shortDay = false;
    for (int col = 0; col < calendar.dayCount() && minimum > 0 && !shortDay; ++col) {
        const TeamCalendarModel::Presence presence = calendar.presence(col);
        if (!presence.isChecked() || presence.lowest() != minimum)
            continue;
        const QDate day = calendar.dateAt(col);
        for (AgentPlan *p : std::as_const(team)) {
            if (!thereInShortestHalf(p->agent, col))
                continue;
            Request r;
            r.type = m_annual;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {day, WeeklyPattern::Afternoon};
            r.comment = day.month() == 12 && day.day() >= 20 ? QStringLiteral("Fêtes de fin d’année") : QString();
            const QDateTime submitted = qMin(officeTime(weekdayOnOrBefore(m_today.addDays(-1)), p->rng), m_now.addSecs(-120));
            if (place(*p, r, Intent::Submit, submitted, {}, true)) {
                if (!writeRequests(*p, errorMessage))
                    return false;
                ++waiting;
                shortDay = true;
                break;
            }
        }
    }
    if (shortDay) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE org_units SET minimum_staffing = ? WHERE id = ?"));
        q.addBindValue(minimum);
        q.addBindValue(unit.id);
        if (!q.exec()) {
            *errorMessage = q.lastError().text();
            return false;
        }
    } else {
        minimum = 0;
    }
    // The others: days of the coming weeks with somebody to spare, each request alone.
    auto toSpare = [&](QDate day) {
        const int col = calendar.columnOf(day);
        const TeamCalendarModel::Presence presence = col >= 0 ? calendar.presence(col) : TeamCalendarModel::Presence();
        return col >= 0 && (!presence.isChecked() || presence.lowest() - 1 >= minimum);
    };
    for (AgentPlan *p : std::as_const(team)) {
        if (waiting >= wanted)
            break;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QDate day = weekdayOnOrAfter(windowFirst.addDays(int(rng.bounded(quint32(qMax<qint64>(1, windowFirst.daysTo(d)))))));
            if (day >= d)
                continue;
            Request r;
            const int kind = int(rng.bounded(10));
            r.type = kind < 4 ? m_rtt : kind < 9 ? m_annual : m_training;
            r.start = {day, WeeklyPattern::Morning};
            r.end = {kind >= 4 && kind < 9 ? weekdayOnOrBefore(qMin(day.addDays(1 + int(rng.bounded(3))), d.addDays(-1))) : day,
                     WeeklyPattern::Afternoon};
            if (kind < 2) {
                r.start.half = WeeklyPattern::Afternoon;   // a half day
                r.end.half = WeeklyPattern::Afternoon;
            }
            if (r.type == m_training)
                r.comment = QStringLiteral("Formation CNFPT : taille et soins des arbres");
            bool enough = true;
            for (QDate x = r.start.date; x <= r.end.date && enough; x = x.addDays(1))
                enough = toSpare(x);
            if (!enough)
                continue;
            const QDateTime submitted = qMin(officeTime(weekdayOnOrBefore(m_today.addDays(-int(rng.bounded(5)))), p->rng),
                                             m_now.addSecs(-180));
            if (place(*p, r, Intent::Submit, submitted, {}, true)) {
                if (!writeRequests(*p, errorMessage))
                    return false;
                ++waiting;
                break;
            }
        }
    }
    return true;
}

bool Generator::run(QString *errorMessage)
{
    if (!load(errorMessage) || !writeDaysOff(errorMessage) || !dropIndexes(errorMessage))
        return false;
    chooseDeputies();

    // The day the demo head's team will be shortest: the Monday of Christmas week, unless it is
    // too close; the week the away head's delegation covers: this one and the next.
    m_staffingDay = mondayOf(QDate(m_today.year(), 12, 21));
    if (m_staffingDay < m_today.addDays(14))
        m_staffingDay = mondayOf(m_today.addDays(20));
    const QDate awayFirst = mondayOf(m_today);
    const QDate awayLast = awayFirst.addDays(11);
    for (int u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units.at(u);
        if (u == m_scenarioUnit || unit.deputy < 0 || unit.head == m_demoHead || unit.head == m_hr
            || m_agents.at(unit.head).unit != u)
            continue;
        bool there = true;
        for (QDate d = awayFirst.addDays(-60); d <= awayLast && there; d = d.addDays(1))
            there = inService(m_agents.at(unit.head), d);
        if (!there)
            continue;
        if (m_delegationUnit < 0 || unit.members.size() > m_units.at(m_delegationUnit).members.size())
            m_delegationUnit = u;
    }

    QHash<int, QHash<int, QList<Fixed>>> fixed;   // agent -> year -> leave agreed beforehand
    if (m_demoHead >= 0) {
        const QDate end = m_staffingDay.year() == m_staffingDay.addDays(10).year() ? m_staffingDay.addDays(10)
                                                                                : QDate(m_staffingDay.year(), 12, 31);
        fixed[m_demoHead][m_staffingDay.year()].append({{m_staffingDay, WeeklyPattern::Morning},
                                                        {weekdayOnOrBefore(end), WeeklyPattern::Afternoon},
                                                        qMax(28, int(m_today.daysTo(m_staffingDay)) + 14),
                                                        QStringLiteral("Fêtes de fin d’année")});
    }
    if (m_delegationUnit >= 0) {
        const int head = m_units.at(m_delegationUnit).head;
        fixed[head][awayFirst.year()].append({{awayFirst, WeeklyPattern::Morning}, {awayLast, WeeklyPattern::Afternoon}, 45,
                                              QStringLiteral("Congés")});
    }

    // One plan per agent, kept for the whole history.
    m_plans.reserve(m_agents.size());
    for (int i = 0; i < m_agents.size(); ++i) {
        m_plans.push_back(std::make_unique<AgentPlan>(i, m_rng, m_agents.at(i).schedule, m_calendar));
        m_plans.back()->noFutureRequests = m_scenarioUnit >= 0 && m_agents.at(i).unit == m_scenarioUnit;
    }
    QRandomGenerator delegationRandom(m_demo.seed() ^ 0x44454C45u);

    // Year after year, as the town lived them: HR's allocations, the leave of the year, its
    // closing (which credits the split-leave bonus and carries days over into the next).
    for (int year = m_firstYear; year <= m_today.year(); ++year) {
        m_demo.progress(QCoreApplication::translate("Civitas::Leave::LeaveDemoData", "Leave: %1").arg(year));
        {
            const LeaveLedgerPlan allocations = LeaveRightsPlanner(m_demo.database()).allocations(year, errorMessage);
            if (!errorMessage->isEmpty() || !writePlan(allocations, errorMessage) || !readBudgets(year, errorMessage))
                return false;
        }
        // Heads first: their long leave decides when a deputy approves in their place. A head's
        // own leave is decided above them, never through a delegation of their unit.
        for (int i = 0; i < m_agents.size(); ++i) {
            if (m_agents.at(i).head && !planYear(*m_plans[i], year, fixed.value(i).value(year), errorMessage))
                return false;
        }
        // Delegations: for most of the heads' long leave of the year, and the one in force today.
        for (int u = 0; u < m_units.size(); ++u) {
            Unit &unit = m_units[u];
            if (unit.deputy < 0 || unit.head < 0 || !unit.service || m_agents.at(unit.head).unit != u)
                continue;
            QList<Delegation> made;
            for (Delegation d : m_longLeaveOfHeads.value(unit.head)) {
                d.deputy = unit.deputy;
                if (d.first.year() == year && delegationRandom.bounded(100) < 75
                    && d.first > m_agents.at(unit.deputy).file.agent.entryDate
                    && !(u == m_delegationUnit && d.first == awayFirst))
                    made.append(d);
            }
            if (u == m_delegationUnit && year == awayFirst.year())
                made.append({awayFirst, awayLast, unit.deputy});
            for (const Delegation &d : std::as_const(made)) {
                if (!writeDelegation(delegationRandom, u, d, errorMessage))
                    return false;
                unit.delegations.append(d);
                // The deputy takes no leave while standing in.
                m_plans[unit.deputy]->blocked.append({d.first.toJulianDay() * 2, d.last.toJulianDay() * 2 + 1});
            }
        }
        int done = 0;
        for (int i = 0; i < m_agents.size(); ++i) {
            if (m_agents.at(i).head)
                continue;
            if (!planYear(*m_plans[i], year, fixed.value(i).value(year), errorMessage))
                return false;
            if (++done % 10000 == 0)
                m_demo.progress(QCoreApplication::translate("Civitas::Leave::LeaveDemoData", "Leave: %1, %2 agents")
                                    .arg(year)
                                    .arg(done));
        }
        if (year < m_today.year()) {
            if (!flushAll(errorMessage))
                return false;
            LeaveYearClosing closing(m_demo.database());
            closing.setToday(m_today);
            const LeaveLedgerPlan plan = closing.plan(year, errorMessage);
            if (!errorMessage->isEmpty() || !writePlan(plan, errorMessage))
                return false;
        }
    }
    QHash<int, AgentPlan *> kept;
    for (int i = 0; i < m_agents.size(); ++i) {
        if (m_plans[i]->noFutureRequests)
            kept.insert(i, m_plans[i].get());
    }
    m_demo.progress(QCoreApplication::translate("Civitas::Leave::LeaveDemoData", "Leave: indexes"));
    if (!flushAll(errorMessage) || !createIndexes(errorMessage) || !demoScenario(kept, errorMessage) || !flushAll(errorMessage))
        return false;
    m_demo.progress(QCoreApplication::translate("Civitas::Leave::LeaveDemoData",
                                                "Leave: %1 requests, %2 steps, %3 ledger lines, %4 delegations")
                        .arg(m_requestCount)
                        .arg(m_stepCount)
                        .arg(m_ledgerCount)
                        .arg(m_delegationCount));
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
