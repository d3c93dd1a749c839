#include <leave/demo/leavedemodata.h>
#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/domain/leaveworkflow.h>
#include <leave/domain/workingschedule.h>
#include <leave/models/teamcalendarmodel.h>
#include <leave/store/leaveauthority.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leavecounters.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leavetypecatalog.h>
#include <leave/store/leaveyearclosing.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/demo/demopersonas.h>
#include <core/workspace.h>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

// The demo town's leave (`civitas-admin demo`), on a small town of 200 agents: five years of
// history that the store's rules would have let through (counts, overlaps, 31 days, balances,
// the ledger of each request, the workflow of each step and who could take it), and what the
// demo shows today (requests waiting for the demo head, one of which would leave the team
// short, a delegation in force, news for the demo agent).
class tst_LeaveDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fiveYearsOfHistory();
    void halfDaysAsTheCounterCountsThem();
    void liveRequestsNeverOverlap();
    void scenarioLeaveNeverOverlapsTheYearsLeave();
    void annualLeaveAtMostThirtyOneDays();
    void eachApprovedRequestHasItsUse();
    void balancesNeverNegative();
    void hrBatchesFindNothingToDo();
    void lastYearsClosingFollowsTheLaw();
    void stepsFollowTheWorkflow();
    void documentsWhereTheTypeNeedsOne();
    void demoHeadHasRequestsWaiting();
    void oneWaitingRequestLeavesTheTeamShort();
    void delegationInForceToday();
    void demoAgentHasNews();

private:
    QVariant value(const QString &sql, const QVariantList &binds = {});
    int count(const QString &sql, const QVariantList &binds = {})
    {
        return value(sql, binds).toInt();
    }
    Session *sessionOf(const QString &login);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    QDate m_today;
    QHash<QString, Session *> m_sessions;
    QString m_demoUnit;
};

QVariant tst_LeaveDemoData::value(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_workspace.database().connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

Session *tst_LeaveDemoData::sessionOf(const QString &login)
{
    if (Session *s = m_sessions.value(login))
        return s;
    auto *s = new Session(this);
    QString error;
    if (!s->logIn(m_workspace.database(), login, &error))
        qWarning("%s: %s", qPrintable(login), qPrintable(error));
    m_sessions.insert(login, s);
    return s;
}

void tst_LeaveDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace.loadModules();
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_workspace.createDemoDatabase(
                 m_dir.filePath(QStringLiteral("demo.sqlite")), 200, 7, {}, &error),
             qPrintable(error));
    m_today = QDate::currentDate();
    QVERIFY2(count(QStringLiteral("SELECT count(*) FROM agents")) >= 200,
             "the HR plugin was not found");
    QVERIFY2(count(QStringLiteral("SELECT count(*) FROM leave_requests")) > 0,
             "the leave plugin made no demo data");
    qInfo("200 agents, HR and leave demo in %lld ms: %d requests, %d steps, %d ledger lines, %d "
          "delegations",
          timer.elapsed(),
          count(QStringLiteral("SELECT count(*) FROM leave_requests")),
          count(QStringLiteral("SELECT count(*) FROM leave_request_steps")),
          count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries")),
          count(QStringLiteral("SELECT count(*) FROM leave_delegations")));
    m_demoUnit = value(QStringLiteral("SELECT org_unit_id FROM user_accounts WHERE login = ?"),
                       {LeaveDemoData::demoHeadLogin()})
                     .toString();
    QVERIFY(!m_demoUnit.isEmpty());
}

void tst_LeaveDemoData::fiveYearsOfHistory()
{
    for (int year = m_today.year() - 4; year <= m_today.year(); ++year) {
        const QString y = QString::number(year);
        QVERIFY2(count(QStringLiteral(
                           "SELECT count(*) FROM leave_requests WHERE substr(start_date, 1, 4) = ? "
                           "AND state = 'approved'"),
                       {y})
                     > 200,
                 qPrintable(y));
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE year = ? "
                                      "AND kind = 'allocation' "
                                      "AND leave_type_id = 'leave-type-annual'"),
                       {year})
                     > 150,
                 qPrintable(y));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE start_date < ?"),
                   {QDate(m_today.year() - 4, 1, 1).toString(Qt::ISODate)}),
             0);
    // Every state the workflow ends in, and each kind of leave.
    for (const char *state : {"approved", "refused", "withdrawn", "cancelled", "submitted"})
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE state = ?"),
                       {QLatin1String(state)})
                     > 0,
                 state);
    for (const char *type : {"leave-type-annual",
                             "leave-type-rtt",
                             "leave-type-split-bonus",
                             "leave-type-sick",
                             "leave-type-training",
                             "leave-type-sick-child"})
        QVERIFY2(
            count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE leave_type_id = ?"),
                  {QLatin1String(type)})
                > 0,
            type);
    // Half days, summers, bridges, leave to come.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE half_days % 2 = 1"))
            > 50);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE start_half = 'pm' AND "
                                 "end_date = start_date"))
            > 10);
    QVERIFY(count(QStringLiteral(
                "SELECT count(*) FROM leave_requests WHERE leave_type_id = 'leave-type-annual' "
                "AND state = 'approved' AND substr(start_date, 6, 2) IN ('07', '08') AND half_days "
                ">= 20"))
            > 400);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE comment = 'Pont'"))
            > 50);
    QVERIFY(
        count(
            QStringLiteral(
                "SELECT count(*) FROM leave_requests WHERE state = 'approved' AND start_date > ?"),
            {m_today.toString(Qt::ISODate)})
        > 0);
    // Part-time agents ask on their own pattern: a four-day week's summer week counts 8 half days.
    QVERIFY(
        count(QStringLiteral(
            "SELECT count(*) FROM leave_requests r JOIN working_times w ON w.agent_id = r.agent_id "
            "AND w.weekly_pattern = '11110011110000' AND w.effective_date <= r.start_date AND NOT "
            "EXISTS (SELECT 1 "
            "FROM working_times x WHERE x.agent_id = r.agent_id AND x.effective_date > "
            "w.effective_date "
            "AND x.effective_date <= r.end_date) WHERE r.leave_type_id = 'leave-type-annual' "
            "AND julianday(r.end_date) - julianday(r.start_date) = 4 AND r.half_days = 8"))
        > 0);
    // Rights, the split-leave bonus, the RTT lost for sick leave at year end.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE leave_type_id = "
                                 "'leave-type-split-bonus' "
                                 "AND kind = 'allocation'"))
            > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE kind = "
                                 "'adjustment' AND source LIKE 'close-%' "
                                 "AND days_hundredths < 0 AND leave_type_id = 'leave-type-rtt'"))
            > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_days_off")) >= 5);
}

void tst_LeaveDemoData::halfDaysAsTheCounterCountsThem()
{
    // The store's count for each request: the agent's own schedule, the town's calendar with
    // its days off, calendar days for the types that count them.
    Database &db = m_workspace.database();
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(db);
    const LeaveTypeCatalog types(db);
    QHash<QString, WorkingSchedule> schedules;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral(
        "SELECT agent_id, leave_type_id, start_date, start_half, end_date, end_half, half_days, id "
        "FROM leave_requests ORDER BY agent_id")));
    int checked = 0;
    while (q.next()) {
        const QString agent = q.value(0).toString();
        if (!schedules.contains(agent))
            schedules.insert(agent, LeaveCalendarStore::schedule(db, agent));
        const LeaveType *type = types.byId(q.value(1).toString());
        QVERIFY(type);
        const LeaveBoundary start{QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                  q.value(3).toString() == QLatin1String("pm")
                                      ? WeeklyPattern::Afternoon
                                      : WeeklyPattern::Morning};
        const LeaveBoundary end{QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                q.value(5).toString() == QLatin1String("pm")
                                    ? WeeklyPattern::Afternoon
                                    : WeeklyPattern::Morning};
        const LeaveDayCounter::Result r
            = LeaveDayCounter(schedules.value(agent), calendar)
                  .count(start,
                         end,
                         type->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                  : LeaveDayCounter::Counting::WorkingDays);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QVERIFY2(r.halfDays == q.value(6).toInt() && r.halfDays > 0,
                 qPrintable(q.value(7).toString()));
        if (type->fixedDaysHundredths > 0)
            QVERIFY(r.halfDays * 50 <= type->fixedDaysHundredths);
        if (!type->halfDayUnit)
            QVERIFY(start.half == WeeklyPattern::Morning && end.half == WeeklyPattern::Afternoon);
        ++checked;
    }
    QVERIFY(checked > 5000);
}

void tst_LeaveDemoData::liveRequestsNeverOverlap()
{
    // "2026-05-11am" < "2026-05-11pm": the boundaries compare as text.
    const QString live = LeaveRequestStates::liveCodesSql();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_requests a JOIN leave_requests b ON "
                                  "b.agent_id = a.agent_id AND b.id > a.id "
                                  "WHERE a.state IN (%1) AND b.state IN (%1) AND a.start_date || "
                                  "a.start_half <= b.end_date || b.end_half "
                                  "AND b.start_date || b.start_half <= a.end_date || a.end_half")
                       .arg(live)),
             0);
    // And a request lies within one year (its use is that year's).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_requests WHERE substr(start_date, 1, "
                                  "4) <> substr(end_date, 1, 4)")),
             0);
}

void tst_LeaveDemoData::scenarioLeaveNeverOverlapsTheYearsLeave()
{
    // The README's town (seed 1, 300 agents): its Christmas leave, placed by the scenario after
    // the next year was planned, overlapped a training day of the same agent, which the server
    // refuses (civitas-admin load stopped there).
    Workspace workspace;
    workspace.loadModules();
    QTemporaryDir dir;
    QString error;
    QVERIFY2(workspace.createDemoDatabase(
                 dir.filePath(QStringLiteral("readme.sqlite")), 300, 1, {}, &error),
             qPrintable(error));
    QSqlQuery q(workspace.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM leave_requests a JOIN leave_requests b ON "
                                  "b.agent_id = a.agent_id AND b.id > a.id "
                                  "WHERE a.state IN (%1) AND b.state IN (%1) AND a.start_date || "
                                  "a.start_half <= b.end_date || b.end_half "
                                  "AND b.start_date || b.start_half <= a.end_date || a.end_half")
                       .arg(LeaveRequestStates::liveCodesSql()))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_LeaveDemoData::annualLeaveAtMostThirtyOneDays()
{
    // As the store counts an absence: live annual leave joined by days the agent does not work.
    Database &db = m_workspace.database();
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(db);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT agent_id, start_date, start_half, end_date, end_half FROM leave_requests "
            "WHERE leave_type_id = 'leave-type-annual' AND state IN (%1) ORDER BY agent_id, "
            "start_date")
            .arg(LeaveRequestStates::liveCodesSql())));
    QString agent;
    LeaveDayCounter counter(WorkingSchedule(), calendar);
    LeaveBoundary absenceStart, absenceEnd;
    int longest = 0;
    auto half = [](const QVariant &v) {
        return v.toString() == QLatin1String("pm") ? WeeklyPattern::Afternoon
                                                   : WeeklyPattern::Morning;
    };
    while (q.next()) {
        const LeaveBoundary start{QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                  half(q.value(2))};
        const LeaveBoundary end{QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                half(q.value(4))};
        bool joined = false;
        if (q.value(0).toString() == agent) {
            const qint64 gapFirst = absenceEnd.date.toJulianDay() * 2 + absenceEnd.half + 1;
            const qint64 gapLast = start.date.toJulianDay() * 2 + start.half - 1;
            joined = gapLast < gapFirst
                     || counter.count({QDate::fromJulianDay(gapFirst / 2),
                                       WeeklyPattern::HalfDay(gapFirst % 2)},
                                      {QDate::fromJulianDay(gapLast / 2),
                                       WeeklyPattern::HalfDay(gapLast % 2)})
                                .halfDays
                            == 0;
        } else {
            agent = q.value(0).toString();
            counter = LeaveDayCounter(LeaveCalendarStore::schedule(db, agent), calendar);
        }
        if (!joined)
            absenceStart = start;
        absenceEnd = end;
        const int days = int(absenceStart.date.daysTo(absenceEnd.date)) + 1;
        QVERIFY2(days <= 31,
                 qPrintable(QStringLiteral("%1 from %2: %3 days")
                                .arg(agent, absenceStart.date.toString(Qt::ISODate))
                                .arg(days)));
        longest = qMax(longest, days);
    }
    QVERIFY(longest >= 20);
}

void tst_LeaveDemoData::eachApprovedRequestHasItsUse()
{
    // Approved (or approved with a cancellation asked), of a type with a balance: exactly one
    // line, its use, of minus its half days, in its year.
    const QString withBalance = QStringLiteral("FROM leave_requests r JOIN leave_types t ON t.id = "
                                               "r.leave_type_id AND t.has_balance = 1 ");
    const int approved
        = count(QStringLiteral("SELECT count(*) ") + withBalance
                + QStringLiteral("WHERE r.state IN ('approved', 'cancellation_requested')"));
    QVERIFY(approved > 3000);
    QCOMPARE(
        count(
            QStringLiteral("SELECT count(*) ") + withBalance
            + QStringLiteral(
                "WHERE r.state IN ('approved', 'cancellation_requested') AND (SELECT count(*) FROM "
                "leave_ledger_entries e "
                "WHERE e.request_id = r.id AND e.kind = 'use' AND e.days_hundredths = -r.half_days "
                "* 50 "
                "AND e.year = CAST(substr(r.start_date, 1, 4) AS INTEGER) AND e.reverses_entry_id "
                "IS NULL) = 1 "
                "AND (SELECT count(*) FROM leave_ledger_entries e WHERE e.request_id = r.id) = 1")),
        approved);
    // Cancelled: the use and its reversal. Never approved, or of a type without a balance: nothing.
    const int cancelled = count(QStringLiteral("SELECT count(*) ") + withBalance
                                + QStringLiteral("WHERE r.state = 'cancelled'"));
    QVERIFY(cancelled > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) ") + withBalance
                   + QStringLiteral("WHERE r.state = 'cancelled' AND (SELECT count(*) FROM "
                                    "leave_ledger_entries e WHERE e.request_id = r.id) = 2 "
                                    "AND (SELECT sum(days_hundredths) FROM leave_ledger_entries e "
                                    "WHERE e.request_id = r.id) = 0 "
                                    "AND EXISTS (SELECT 1 FROM leave_ledger_entries e JOIN "
                                    "leave_ledger_entries u ON u.id = e.reverses_entry_id "
                                    "WHERE e.request_id = r.id AND u.request_id = r.id AND "
                                    "e.source = 'cancellation')")),
             cancelled);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries e JOIN leave_requests "
                                  "r ON r.id = e.request_id "
                                  "JOIN leave_types t ON t.id = r.leave_type_id WHERE r.state IN "
                                  "('refused', 'withdrawn', "
                                  "'submitted', 'waiting_hr', 'draft') OR t.has_balance = 0")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries e WHERE e.request_id "
                                  "IS NOT NULL AND NOT EXISTS "
                                  "(SELECT 1 FROM leave_requests r WHERE r.id = e.request_id)")),
             0);
}

void tst_LeaveDemoData::balancesNeverNegative()
{
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM (SELECT agent_id, leave_type_id, year FROM leave_ledger_entries "
            "GROUP BY 1, 2, 3 HAVING sum(days_hundredths) < 0)")),
        0);
    // Nor once the requests waiting for a decision are taken off, as the store counts them.
    QCOMPARE(count(QStringLiteral("WITH l AS (SELECT agent_id, leave_type_id, year, "
                                  "sum(days_hundredths) AS s FROM leave_ledger_entries "
                                  "GROUP BY 1, 2, 3), p AS (SELECT agent_id, leave_type_id, "
                                  "CAST(substr(start_date, 1, 4) AS INTEGER) AS year, "
                                  "sum(half_days) * 50 AS s FROM leave_requests WHERE state IN "
                                  "('submitted', 'waiting_hr') GROUP BY 1, 2, 3) "
                                  "SELECT count(*) FROM p JOIN leave_types t ON t.id = "
                                  "p.leave_type_id AND t.has_balance = 1 "
                                  "LEFT JOIN l ON l.agent_id = p.agent_id AND l.leave_type_id = "
                                  "p.leave_type_id AND l.year = p.year "
                                  "WHERE coalesce(l.s, 0) - p.s < 0")),
             0);
    // Rights every year for those employed, RTT only for those who work more than 35 h.
    QVERIFY(
        count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE kind = 'allocation' "
                             "AND leave_type_id = 'leave-type-annual' AND days_hundredths = 2500"))
        > 300);
    QVERIFY(
        count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE kind = 'allocation' "
                             "AND leave_type_id = 'leave-type-rtt' AND days_hundredths = 1500"))
        > 300);
}

void tst_LeaveDemoData::hrBatchesFindNothingToDo()
{
    // The demo's rights and closings are the application's own batches: run again on the
    // demo town, the yearly allocations and the closings of past years find nothing to write.
    Database &db = m_workspace.database();
    for (int year = m_today.year() - 4; year <= m_today.year(); ++year) {
        QString error;
        const LeaveLedgerPlan allocations = LeaveRightsPlanner(db).allocations(year, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(allocations.lines().size() > 100);
        QCOMPARE(allocations.changeCount(), 0);
        if (year == m_today.year())
            break;
        LeaveYearClosing closing(db);
        closing.setToday(m_today);
        const LeaveLedgerPlan plan = closing.plan(year, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(plan.lines().size() > 100);
        QCOMPARE(plan.changeCount(), 0);
        QVERIFY(LeaveYearClosing::isClosed(db, year));
    }
    QVERIFY(!LeaveYearClosing::isClosed(db, m_today.year()));
    // A closed year has nothing left: taken, carried over or expired.
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM (SELECT 1 FROM leave_ledger_entries WHERE year < ? "
                       "GROUP BY agent_id, leave_type_id, year HAVING sum(days_hundredths) <> 0)"),
                   {m_today.year()}),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE kind = 'expiry'"))
            > 500);
    // The bonus of a year is credited on 1 January of the next, by that year's closing.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE leave_type_id = "
                                  "'leave-type-split-bonus' "
                                  "AND kind = 'allocation' AND (source <> 'close-' || (year - 1) "
                                  "OR effective_date <> year || '-01-01')")),
             0);
}

// Last year's closing carries over, after sick leave, no more than the unused part of the first
// four weeks (4 × days worked a week, the days taken in the year using them first: décret
// 85-1250 art. 5-1 as amended by décret 2025-564), for at most 15 months after the year.
// Checked from the ledger in SQL for the agents who had nothing carried into that year (so
// that every day taken was the year's own); on the old rule most exceeded the cap.
void tst_LeaveDemoData::lastYearsClosingFollowsTheLaw()
{
    const int last = m_today.year() - 1;
    QSqlQuery q(m_workspace.database().connection());
    q.prepare(QStringLiteral(
        "WITH live AS (SELECT e.* FROM leave_ledger_entries e WHERE e.deleted = 0 "
        "AND e.reverses_entry_id IS NULL AND e.leave_type_id = 'leave-type-annual' "
        "AND NOT EXISTS (SELECT 1 FROM leave_ledger_entries x WHERE x.reverses_entry_id = e.id "
        "AND x.deleted = 0)), "
        "carried AS (SELECT agent_id, sum(days_hundredths) AS days, max(expires_on) AS until "
        "FROM live WHERE year = ? AND kind = 'carry_over' AND days_hundredths > 0 GROUP BY "
        "agent_id), "
        "taken AS (SELECT agent_id, -sum(days_hundredths) AS days FROM leave_ledger_entries "
        "WHERE year = ? AND kind = 'use' AND deleted = 0 AND leave_type_id = "
        "'leave-type-annual' GROUP BY agent_id) "
        "SELECT c.agent_id, c.days, coalesce(t.days, 0), c.until, (SELECT w.weekly_pattern "
        "FROM working_times w WHERE w.agent_id = c.agent_id AND w.deleted = 0 AND "
        "w.effective_date <= ? ORDER BY w.effective_date DESC, w.id DESC LIMIT 1) "
        "FROM carried c LEFT JOIN taken t ON t.agent_id = c.agent_id "
        "WHERE NOT EXISTS (SELECT 1 FROM live i WHERE i.agent_id = c.agent_id AND i.year = ? "
        "AND i.kind = 'carry_over' AND i.days_hundredths > 0)"));
    q.addBindValue(last + 1);
    q.addBindValue(last);
    q.addBindValue(QDate(last, 12, 31).toString(Qt::ISODate));
    q.addBindValue(last);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    int checked = 0;
    while (q.next()) {
        const int carried = q.value(1).toInt();
        const int taken = q.value(2).toInt();
        // Each worked half-day of the week: 4 weeks × half a day.
        const int fourWeeks = int(q.value(4).toString().count(QLatin1Char('1'))) * 200;
        QVERIFY2(carried <= std::max(0, fourWeeks - taken),
                 qPrintable(QStringLiteral("%1: %2 carried, %3 taken, four weeks %4")
                                .arg(q.value(0).toString())
                                .arg(carried)
                                .arg(taken)
                                .arg(fourWeeks)));
        QVERIFY(QDate::fromString(q.value(3).toString(), Qt::ISODate) <= QDate(last + 2, 3, 31));
        ++checked;
    }
    QVERIFY2(checked > 0, "no carry-over to check");
}

void tst_LeaveDemoData::stepsFollowTheWorkflow()
{
    // Each step is a move of LeaveWorkflow's table from the previous state, taken by somebody
    // allowed to: the agent, an approver of their unit that day (as LeaveAuthority sees it,
    // delegations included, on behalf of the head who delegated), or HR.
    Database &db = m_workspace.database();
    const LeaveTypeCatalog types(db);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral(
        "SELECT r.id, r.agent_id, r.leave_type_id, r.start_date, r.state, s.action, s.from_state, "
        "s.to_state, s.actor_login, "
        "s.on_behalf_of_agent_id, s.acted_at, u.login FROM leave_request_steps s JOIN "
        "leave_requests r ON r.id = s.request_id "
        "JOIN user_accounts u ON u.agent_id = r.agent_id ORDER BY r.id, s.acted_at")));
    const QHash<QString, LeaveAction> actions = {
        {QStringLiteral("submitted"), LeaveAction::Submit},
        {QStringLiteral("withdrawn"), LeaveAction::Withdraw},
        {QStringLiteral("approved"), LeaveAction::Approve},
        {QStringLiteral("forwarded_to_hr"), LeaveAction::Approve},
        {QStringLiteral("refused"), LeaveAction::Refuse},
        {QStringLiteral("cancellation_requested"), LeaveAction::RequestCancellation},
        {QStringLiteral("cancellation_approved"), LeaveAction::ApproveCancellation},
        {QStringLiteral("cancellation_refused"), LeaveAction::RefuseCancellation},
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString request;
    QString state;
    QString requestState;
    int steps = 0;
    int onBehalf = 0;
    auto finish = [&] {
        if (!request.isEmpty())
            QCOMPARE(state, requestState);
    };
    while (q.next()) {
        if (q.value(0).toString() != request) {
            finish();
            request = q.value(0).toString();
            requestState = q.value(4).toString();
            state = QStringLiteral("draft");
        }
        const QString action = q.value(5).toString();
        const QString actorLogin = q.value(8).toString();
        const QDate day = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs).date();
        QVERIFY(q.value(10).toString() <= now);
        const LeaveType *type = types.byId(q.value(2).toString());
        QVERIFY(type);
        Session *actor = sessionOf(actorLogin);
        if (action == QLatin1String("entered_by_hr")) {
            QVERIFY(actor->hasRole(Roles::Hr));
            QVERIFY(q.value(6).toString().isEmpty());
            QCOMPARE(state, QStringLiteral("draft"));
            state = q.value(7).toString();
            ++steps;
            continue;
        }
        QVERIFY2(actions.contains(action), qPrintable(action));
        QCOMPARE(q.value(6).toString(), state);
        LeaveActor kind = LeaveActor::Other;
        LeaveAuthority::Standing standing;
        if (actorLogin == q.value(11).toString()) {
            kind = LeaveActor::Owner;
        } else {
            standing = LeaveAuthority(db, *actor).standingTowards(q.value(1).toString(), day);
            kind = standing.actor;
            // HR decides at the second stage even where it also heads the agent's unit.
            if (state == QLatin1String("waiting_hr") && actor->hasRole(Roles::Hr))
                kind = LeaveActor::Hr;
            QVERIFY2(kind == LeaveActor::Approver || kind == LeaveActor::Hr,
                     qPrintable(QStringLiteral("%1 by %2 on %3")
                                    .arg(action, actorLogin, day.toString(Qt::ISODate))));
            QCOMPARE(standing.onBehalfOfAgentId, q.value(9).toString());
            if (!standing.onBehalfOfAgentId.isEmpty())
                ++onBehalf;
        }
        const QDate start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const LeaveWorkflow::Move move = LeaveWorkflow::move(LeaveRequestStates::fromCode(state),
                                                             actions.value(action),
                                                             kind,
                                                             type->approval,
                                                             start > day);
        QVERIFY2(move.allowed,
                 qPrintable(QStringLiteral("%1 from %2: %3").arg(action, state, move.refusal)));
        QCOMPARE(LeaveRequestStates::code(move.next), q.value(7).toString());
        QCOMPARE(LeaveWorkflow::stepCode(actions.value(action), move.next), action);
        state = q.value(7).toString();
        ++steps;
    }
    finish();
    QVERIFY(steps > 10000);
    QVERIFY(onBehalf > 0);
    // Every request has its steps; a refusal says why.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leave_requests r WHERE NOT EXISTS (SELECT "
                                  "1 FROM leave_request_steps s "
                                  "WHERE s.request_id = r.id)")),
             0);
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM leave_request_steps WHERE action = 'refused' AND comment = ''")),
        0);
}

void tst_LeaveDemoData::documentsWhereTheTypeNeedsOne()
{
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id "
            "WHERE t.document_required = 1 AND (r.document_sha256 IS NULL OR r.document_size = 0 "
            "OR r.document_name = '')")),
        0);
    // Their bytes are in the desk's file store, PDFs each.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM leave_requests r JOIN local_file_chunks c "
                                 "ON c.sha256 = r.document_sha256 AND c.chunk_index = 0 "
                                 "WHERE substr(c.data, 1, 5) = CAST('%PDF-' AS BLOB)"))
            > 100);
}

void tst_LeaveDemoData::demoHeadHasRequestsWaiting()
{
    Session *head = sessionOf(LeaveDemoData::demoHeadLogin());
    QVERIFY(!head->agentId().isEmpty());
    const int waiting = LeaveCounters::requestsWaitingForMe(m_workspace.database(), *head, m_today);
    QVERIFY2(waiting >= 4 && waiting <= 8, qPrintable(QString::number(waiting)));
    // In the coming weeks, from the head's own team.
    QCOMPARE(
        count(
            QStringLiteral(
                "SELECT count(*) FROM leave_requests r JOIN agents a ON a.id = r.agent_id "
                "WHERE r.state = 'submitted' AND a.org_unit_id = ? AND r.start_date > ? AND "
                "r.start_date < ?"),
            {m_demoUnit, m_today.toString(Qt::ISODate), m_today.addDays(60).toString(Qt::ISODate)}),
        waiting);
}

void tst_LeaveDemoData::oneWaitingRequestLeavesTheTeamShort()
{
    const int minimum = count(QStringLiteral("SELECT minimum_staffing FROM org_units WHERE id = ?"),
                              {m_demoUnit});
    QVERIFY(minimum > 0);
    // As the team calendar the head decides with counts presence (per half-day, on each
    // agent's pattern, approved leave absent): nothing short as things stand; approving one
    // waiting request, and only one, leaves the team short.
    QSqlQuery q(m_workspace.database().connection());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.end_date FROM leave_requests r JOIN agents a ON a.id = r.agent_id "
        "WHERE r.state = 'submitted' AND a.org_unit_id = ?"));
    q.addBindValue(m_demoUnit);
    QVERIFY(q.exec());
    QStringList waiting;
    QDate last = m_today;
    while (q.next()) {
        waiting << q.value(0).toString();
        last = qMax(last, q.value(1).toDate());
    }
    TeamCalendarModel calendar(m_workspace.database());
    QVERIFY(calendar.load({m_demoUnit}, m_today.addDays(1), last));
    QCOMPARE(calendar.minimumStaffing(), minimum);
    QVERIFY(calendar.daysBelowMinimum().isEmpty());
    int shortDays = 0;
    for (const QString &id : std::as_const(waiting)) {
        calendar.setFocusRequests({id});
        shortDays += calendar.daysBelowMinimum().isEmpty() ? 0 : 1;
    }
    QCOMPARE(shortDays, 1);
    // A minimum that means something: a good part of the team.
    QVERIFY(minimum * 3 > calendar.agentCount());
}

void tst_LeaveDemoData::delegationInForceToday()
{
    const QString today = m_today.toString(Qt::ISODate);
    QSqlQuery q(m_workspace.database().connection());
    q.prepare(QStringLiteral(
        "SELECT d.org_unit_id, d.delegator_agent_id, d.deputy_agent_id, u.head_agent_id, "
        "(SELECT login FROM user_accounts WHERE agent_id = d.deputy_agent_id) FROM "
        "leave_delegations d "
        "JOIN org_units u ON u.id = d.org_unit_id WHERE d.start_date <= ? AND d.end_date >= ?"));
    q.addBindValue(today);
    q.addBindValue(today);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    const QString unit = q.value(0).toString();
    const QString head = q.value(1).toString();
    QCOMPARE(q.value(3).toString(), head);
    QVERIFY(!q.next());
    // The head is away (approved leave over the delegation), the deputy decides for them.
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM leave_requests r JOIN leave_delegations d ON "
                       "d.delegator_agent_id = "
                       "r.agent_id WHERE r.agent_id = ? AND r.state = 'approved' AND r.start_date "
                       "<= d.start_date "
                       "AND r.end_date >= d.end_date AND d.start_date <= ? AND d.end_date >= ?"),
                   {head, today, today}),
             1);
    Session *deputy = sessionOf(
        value(QStringLiteral("SELECT login FROM user_accounts WHERE agent_id = ?"),
              {value(QStringLiteral(
                         "SELECT deputy_agent_id FROM leave_delegations WHERE org_unit_id = ? "
                         "AND start_date <= ? AND end_date >= ?"),
                     {unit, today, today})})
            .toString());
    const LeaveAuthority authority(m_workspace.database(), *deputy);
    QVERIFY(authority.units(m_today).contains(unit));
    const QString member
        = value(QStringLiteral(
                    "SELECT id FROM agents WHERE org_unit_id = ? AND id NOT IN (?, ?) LIMIT 1"),
                {unit, head, deputy->agentId()})
              .toString();
    QVERIFY(!member.isEmpty());
    const LeaveAuthority::Standing standing = authority.standingTowards(member, m_today);
    QCOMPARE(standing.actor, LeaveActor::Approver);
    QCOMPARE(standing.onBehalfOfAgentId, head);
    // Past summers too: steps taken on behalf of a head, each inside one of the head's delegations.
    QVERIFY(
        count(QStringLiteral("SELECT count(*) FROM leave_delegations WHERE end_date < ?"), {today})
        > 0);
}

void tst_LeaveDemoData::demoAgentHasNews()
{
    QString agentLogin;
    for (const DemoPersona &p : DemoPersona::all()) {
        if (p.role == Roles::Agent)
            agentLogin = p.login;
    }
    Session *agent = sessionOf(agentLogin);
    Database &db = m_workspace.database();
    QVERIFY(LeaveCounters::myRequestsThatChanged(db, *agent) >= 1);
    QVERIFY(LeaveCounters::markSeen(db, *agent));
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, *agent), 0);
}

QTEST_MAIN(tst_LeaveDemoData)
#include "tst_leavedemodata.moc"
