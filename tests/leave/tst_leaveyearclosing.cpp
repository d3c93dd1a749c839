// Rights in the ledger: the yearly allocations (full time, part time, partial year, RTT), the
// closing of a year as the law stands after décret 2025-564 (RTT lost for absences at the
// F13712 quotient and its debit, split-leave bonus, carry-over after health leave capped at
// the unused part of the first four weeks and after family leave uncapped, for 15 months from
// the return to work or HR's extension, carried days that expire only once announced, expiry
// of the rest), runs again that write nothing or only a correction, manual adjustments, and
// deposits onto the time savings account with their refusals. Expectations are counted by
// hand, the arithmetic beside each case.

#include "leavetestdesk.h"

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/workingschedule.h>
#include <leave/store/carryoverextensions.h>
#include <leave/store/expirynotices.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaveledgerplan.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leavetypecatalog.h>
#include <leave/store/leaveyearclosing.h>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

namespace {

const QString annual = QStringLiteral("leave-type-annual");
const QString rtt = QStringLiteral("leave-type-rtt");
const QString split = QStringLiteral("leave-type-split-bonus");
const QString tsa = QStringLiteral("leave-type-tsa");
const QString sick = QStringLiteral("leave-type-sick");
const QString fiveDays = QStringLiteral("11111111110000");
const QString fourDays = QStringLiteral("11110011110000"); // Wednesday off

// "2026-02-02..2026-02-05;2026-11-09..2026-11-10" → the ranges.
QList<QPair<QDate, QDate>> ranges(const QString &text)
{
    QList<QPair<QDate, QDate>> result;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QStringLiteral(".."));
        result.append({QDate::fromString(ends.at(0), Qt::ISODate),
                       QDate::fromString(ends.at(1), Qt::ISODate)});
    }
    return result;
}

} // namespace

class tst_LeaveYearClosing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void allocations_data();
    void allocations();
    void allocationsRunAgain();
    void splitLeaveBonus_data();
    void splitLeaveBonus();
    void rttReduction_data();
    void rttReduction();
    void rttLostBeyondWhatIsLeftIsADebit();
    void annualLeaveOutcome_data();
    void annualLeaveOutcome();
    void carryOverExpiry_data();
    void carryOverExpiry();
    void carryOverAfterSickLeaveAndItsExpiry();
    void carryOverPeriodStartsAtTheReturnAndHrCanExtendIt();
    void familyLeaveCarriesWithoutTheCap();
    void leaveTypesHaveTwoSeparateProperties_data();
    void leaveTypesHaveTwoSeparateProperties();
    void unnoticedCarriedDaysDoNotExpire();
    void expiryNoticeLetsCarriedDaysExpire();
    void nothingCarriedForAnAgentWhoLeft();
    void closingRunAgainWritesNothing();
    void closingAfterACorrectionWritesTheDifference();
    void yearNotOverIsRefused();
    void manualAdjustment();
    void depositRefusals_data();
    void depositRefusals();
    void depositWritesBothLines();

private:
    // A request entered straight into the file, with the ledger use its approval writes.
    QString addRequest(const QString &agent,
                       const QString &type,
                       QDate from,
                       QDate to,
                       const QString &state = QStringLiteral("approved"));
    int ledgerSum(const QString &agent,
                  const QString &type,
                  int year,
                  const QString &kind = {},
                  const QString &source = {});
    LeaveLedgerPlan close(int year, bool write = true);
    LeaveLedgerPlan allocate(int year, bool write = true);
    QList<LeavePlanLine> linesOf(const LeaveLedgerPlan &plan, const QString &agent) const;
    int planned(const LeaveLedgerPlan &plan,
                const QString &agent,
                const QString &type,
                int year,
                LedgerEntry::Kind kind) const;

    LeaveTestDesk *m_desk = nullptr;
    QString m_unit;
};

void tst_LeaveYearClosing::init()
{
    m_desk = new LeaveTestDesk;
    QVERIFY(m_desk->open());
    m_unit = m_desk->addUnit(QStringLiteral("S"));
}

void tst_LeaveYearClosing::cleanup()
{
    delete m_desk;
    m_desk = nullptr;
}

QString tst_LeaveYearClosing::addRequest(
    const QString &agent, const QString &type, QDate from, QDate to, const QString &state)
{
    Database &db = m_desk->database();
    const LeaveTypeCatalog types(db);
    const LeaveType *t = types.byId(type);
    const LeaveDayCounter counter(LeaveCalendarStore::schedule(db, agent),
                                  LeaveCalendarStore::calendar(db));
    const int halfDays = counter
                             .count({from, WeeklyPattern::Morning},
                                    {to, WeeklyPattern::Afternoon},
                                    t->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                          : LeaveDayCounter::Counting::WorkingDays)
                             .halfDays;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_desk->exec(
        QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, start_date, "
                       "end_date, half_days, state) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, agent, type, from.toString(Qt::ISODate), to.toString(Qt::ISODate), halfDays, state});
    if (t->hasBalance
        && (state == QLatin1String("approved") || state == QLatin1String("cancelled"))) {
        LedgerEntry use;
        use.agentId = agent;
        use.leaveTypeId = type;
        use.year = from.year();
        use.kind = LedgerEntry::Kind::Use;
        use.daysHundredths = -halfDays * 50;
        use.effectiveDate = from;
        use.requestId = id;
        use.source = QStringLiteral("request");
        QString error;
        LeaveLedger ledger(db);
        if (!ledger.append(use, &error))
            qWarning("%s", qPrintable(error));
        if (state == QLatin1String("cancelled"))
            ledger.reverseRequest(id, QStringLiteral("cancellation"), {}, &error);
    }
    return id;
}

int tst_LeaveYearClosing::ledgerSum(
    const QString &agent, const QString &type, int year, const QString &kind, const QString &source)
{
    return m_desk->count(
        QStringLiteral(
            "SELECT coalesce(sum(days_hundredths), 0) FROM leave_ledger_entries WHERE agent_id = ? "
            "AND leave_type_id = ? AND year = ? AND (? = '' OR kind = ?) AND (? = '' OR source = "
            "?) "
            "AND deleted = 0"),
        {agent,
         type,
         year,
         QString(kind + QLatin1String("")),
         kind,
         QString(source + QLatin1String("")),
         source});
}

LeaveLedgerPlan tst_LeaveYearClosing::close(int year, bool write)
{
    LeaveYearClosing closing(m_desk->database());
    closing.setToday(QDate(year + 1, 1, 10));
    QString error;
    LeaveLedgerPlan plan = closing.plan(year, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    if (write && !plan.write(m_desk->database(), &error))
        qWarning("%s", qPrintable(error));
    return plan;
}

LeaveLedgerPlan tst_LeaveYearClosing::allocate(int year, bool write)
{
    QString error;
    LeaveLedgerPlan plan = LeaveRightsPlanner(m_desk->database()).allocations(year, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    if (write && !plan.write(m_desk->database(), &error))
        qWarning("%s", qPrintable(error));
    return plan;
}

QList<LeavePlanLine> tst_LeaveYearClosing::linesOf(const LeaveLedgerPlan &plan,
                                                   const QString &agent) const
{
    QList<LeavePlanLine> result;
    for (const LeavePlanLine &l : plan.lines()) {
        if (l.agentId == agent)
            result.append(l);
    }
    return result;
}

int tst_LeaveYearClosing::planned(const LeaveLedgerPlan &plan,
                                  const QString &agent,
                                  const QString &type,
                                  int year,
                                  LedgerEntry::Kind kind) const
{
    int sum = 0;
    for (const LeavePlanLine &l : plan.lines()) {
        if (l.agentId == agent && l.leaveTypeId == type && l.year == year && l.kind == kind)
            sum += l.hundredths;
    }
    return sum;
}

void tst_LeaveYearClosing::allocations_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<int>("weeklyMinutes");
    QTest::addColumn<int>("annualHundredths");
    QTest::addColumn<int>("rttHundredths");
    const QDate longAgo(2015, 1, 1);
    QTest::newRow("full time 35 h") << fiveDays << longAgo << 35 * 60 << 2500 << 0;
    QTest::newRow("80 % on four days") << fourDays << longAgo << 28 * 60 << 2000 << 0;
    // 184 days of 365: 25 × 184 / 365 = 12.60, rounded up to 13.
    QTest::newRow("arrival 1 July") << fiveDays << QDate(2026, 7, 1) << 35 * 60 << 1300 << 0;
    QTest::newRow("37 h full time") << fiveDays << longAgo << 37 * 60 << 2500 << 1200;
    // 39 h at 80 %: 31 h 12 a week, 23 × 0.8 = 18.4 RTT days.
    QTest::newRow("39 h at 80 %") << fourDays << longAgo << 39 * 48 << 2000 << 1840;
    // 12 × 184 / 365 = 6.049...: kept to the hundredth.
    QTest::newRow("37 h from 1 July") << fiveDays << QDate(2026, 7, 1) << 37 * 60 << 1300 << 605;
}

void tst_LeaveYearClosing::allocations()
{
    QFETCH(QString, pattern);
    QFETCH(QDate, since);
    QFETCH(int, weeklyMinutes);
    QFETCH(int, annualHundredths);
    QFETCH(int, rttHundredths);
    m_desk->addAgent(QStringLiteral("ag"), m_unit, pattern, since, weeklyMinutes);
    // Somebody who left before the year gets nothing.
    m_desk->addAgent(QStringLiteral("gone"), m_unit, fiveDays, QDate(2015, 1, 1));
    m_desk->exec(
        QStringLiteral("UPDATE agents SET departure_date = '2025-06-30' WHERE id = 'gone'"));

    const LeaveLedgerPlan plan = allocate(2026, false);
    QCOMPARE(planned(plan, QStringLiteral("ag"), annual, 2026, LedgerEntry::Kind::Allocation),
             annualHundredths);
    QCOMPARE(planned(plan, QStringLiteral("ag"), rtt, 2026, LedgerEntry::Kind::Allocation),
             rttHundredths);
    QVERIFY(linesOf(plan, QStringLiteral("gone")).isEmpty());
    // A dry run writes nothing.
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries")), 0);
    for (const LeavePlanLine &l : plan.lines())
        QCOMPARE(l.change, LeavePlanLine::Change::New);

    allocate(2026);
    QCOMPARE(ledgerSum(QStringLiteral("ag"),
                       annual,
                       2026,
                       QStringLiteral("allocation"),
                       QStringLiteral("alloc-2026")),
             annualHundredths);
    QCOMPARE(ledgerSum(QStringLiteral("ag"),
                       rtt,
                       2026,
                       QStringLiteral("allocation"),
                       QStringLiteral("alloc-2026")),
             rttHundredths);
    QCOMPARE(LeaveLedger(m_desk->database())
                 .balance(QStringLiteral("ag"), annual, 2026)
                 .availableHundredths(),
             annualHundredths);
    // Effective from the arrival when it falls inside the year.
    QCOMPARE(
        m_desk
            ->value(QStringLiteral(
                        "SELECT effective_date FROM leave_ledger_entries WHERE agent_id = 'ag' "
                        "AND leave_type_id = ?"),
                    {annual})
            .toString(),
        std::max(since, QDate(2026, 1, 1)).toString(Qt::ISODate));
}

void tst_LeaveYearClosing::allocationsRunAgain()
{
    m_desk->addAgent(QStringLiteral("a1"), m_unit, fiveDays, QDate(2015, 1, 1), 37 * 60);
    m_desk->addAgent(QStringLiteral("a2"), m_unit);
    QCOMPARE(allocate(2026, false).changeCount(), 3); // a1: annual and RTT; a2: annual
    allocate(2026);
    const int lines = m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries"));

    // Again: nothing to write, every line already written.
    const LeaveLedgerPlan again = allocate(2026, false);
    QCOMPARE(again.changeCount(), 0);
    QCOMPARE(again.lines().size(), 3);
    QString error;
    LeaveLedgerPlan copy = again;
    QVERIFY(copy.write(m_desk->database(), &error));
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries")), lines);

    // a2 goes to four days a week from 1 July: (25 × 181 + 20 × 184) / 365 = 22.48 → 22.5.
    m_desk->addWorkingTime(QStringLiteral("a2"), QDate(2026, 7, 1), fourDays, 28 * 60);
    const LeaveLedgerPlan corrected = allocate(2026, false);
    QCOMPARE(corrected.changeCount(), 1);
    const QList<LeavePlanLine> a2 = linesOf(corrected, QStringLiteral("a2"));
    QCOMPARE(a2.size(), 1);
    QCOMPARE(a2.first().change, LeavePlanLine::Change::Changed);
    QCOMPARE(a2.first().writtenHundredths, 2500);
    QCOMPARE(a2.first().hundredths, 2250);
    allocate(2026);
    // One reversal and one new line, nothing else.
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries")), lines + 2);
    QCOMPARE(ledgerSum(QStringLiteral("a2"), annual, 2026), 2250);
    QCOMPARE(ledgerSum(QStringLiteral("a1"), annual, 2026), 2500);
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM leave_ledger_entries WHERE reverses_entry_id IS NOT NULL")),
             1);
    QCOMPARE(allocate(2026, false).changeCount(), 0);

    // An allocation written by hand is reported, not silently doubled.
    m_desk->allocate(QStringLiteral("a1"), annual, 2027, 2500);
    const LeaveLedgerPlan next = allocate(2027, false);
    QVERIFY(std::any_of(next.warnings().cbegin(), next.warnings().cend(), [](const QString &w) {
        return w.contains(QLatin1String("NOM-A1"));
    }));
}

void tst_LeaveYearClosing::splitLeaveBonus_data()
{
    QTest::addColumn<QString>("leave");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("bonusHundredths");
    // February 2026: Monday 2 to Friday 6, then Monday 9...
    QTest::newRow("4 days outside")
        << QStringLiteral("2026-02-02..2026-02-05") << QStringLiteral("approved") << 0;
    QTest::newRow("5 days outside")
        << QStringLiteral("2026-02-02..2026-02-06") << QStringLiteral("approved") << 100;
    QTest::newRow("7 days outside")
        << QStringLiteral("2026-02-02..2026-02-10") << QStringLiteral("approved") << 100;
    QTest::newRow("8 days outside")
        << QStringLiteral("2026-02-02..2026-02-11") << QStringLiteral("approved") << 200;
    QTest::newRow("8 days in two pieces")
        << QStringLiteral("2026-02-02..2026-02-05;2026-11-16..2026-11-19")
        << QStringLiteral("approved") << 200;
    // 27–30 April outside (4 days), 1 May a holiday, 4–6 May in the season: 4 days only.
    QTest::newRow("across 1 May") << QStringLiteral("2026-04-27..2026-05-06")
                                  << QStringLiteral("approved") << 0;
    // Plus one day in November: 5.
    QTest::newRow("across 1 May and a day in November")
        << QStringLiteral("2026-04-27..2026-05-06;2026-11-16..2026-11-16")
        << QStringLiteral("approved") << 100;
    // A request spanning 31 December counts in 2026 for its 2026 days only: 16 November and
    // 28–31 December = 5 (with 1–8 January it would have been 10).
    QTest::newRow("across the new year: its 2026 days")
        << QStringLiteral("2026-11-16..2026-11-16;2026-12-28..2027-01-08")
        << QStringLiteral("approved") << 100;
    QTest::newRow("summer only") << QStringLiteral("2026-07-06..2026-07-24")
                                 << QStringLiteral("approved") << 0;
    QTest::newRow("8 days cancelled")
        << QStringLiteral("2026-02-02..2026-02-11") << QStringLiteral("cancelled") << 0;
    QTest::newRow("8 days still waiting")
        << QStringLiteral("2026-02-02..2026-02-11") << QStringLiteral("submitted") << 0;
}

void tst_LeaveYearClosing::splitLeaveBonus()
{
    QFETCH(QString, leave);
    QFETCH(QString, state);
    QFETCH(int, bonusHundredths);
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    m_desk->allocate(QStringLiteral("ag"), annual, 2026, 2500);
    for (const auto &r : ranges(leave))
        addRequest(QStringLiteral("ag"), annual, r.first, r.second, state);
    const LeaveLedgerPlan plan = close(2026, false);
    // Credited to the next year, on 1 January.
    QCOMPARE(planned(plan, QStringLiteral("ag"), split, 2027, LedgerEntry::Kind::Allocation),
             bonusHundredths);
    QCOMPARE(planned(plan, QStringLiteral("ag"), split, 2026, LedgerEntry::Kind::Allocation), 0);
    for (const LeavePlanLine &l : linesOf(plan, QStringLiteral("ag"))) {
        if (l.leaveTypeId == split && l.kind == LedgerEntry::Kind::Allocation)
            QCOMPARE(l.effectiveDate, QDate(2027, 1, 1));
    }
    if (state == QLatin1String("submitted"))
        QVERIFY(!plan.warnings().isEmpty());
}

void tst_LeaveYearClosing::rttReduction_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<int>("weeklyMinutes");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("workedDays"); // absent days counted on the agent's week; -1: unchecked
    QTest::addColumn<int>("rttHundredths");
    QTest::addColumn<int>("lostHundredths");
    const QDate longAgo(2015, 1, 1);
    // F13712: quotient = days worked in the year under the cycle / RTT days of the cycle.
    // 37 h full time: 12 RTT days, 228 / 12 = 19: one lost per 19 days of absence.
    QTest::newRow("37 h: 18 days") << fiveDays << longAgo << 37 * 60 << QDate(2026, 3, 2)
                                   << QDate(2026, 3, 25) << 18 << 1200 << 0;
    QTest::newRow("37 h: 19 days") << fiveDays << longAgo << 37 * 60 << QDate(2026, 3, 2)
                                   << QDate(2026, 3, 26) << 19 << 1200 << 100;
    // Easter Monday (6 April) is not a worked day.
    QTest::newRow("37 h: 38 days") << fiveDays << longAgo << 37 * 60 << QDate(2026, 3, 2)
                                   << QDate(2026, 4, 23) << 38 << 1200 << 200;
    // Only the part inside the year counts: 22 Dec 2025 – 30 Jan 2026 is 21 worked days in 2026.
    QTest::newRow("37 h: across the new year")
        << fiveDays << longAgo << 37 * 60 << QDate(2025, 12, 22) << QDate(2026, 1, 30) << 21 << 1200
        << 100;
    // 37 h 30 at 80 % on four days (30 h a week): 15 × 0.8 = 12 RTT days; 228 × 4 / 5 = 182.4
    // days worked; quotient 182.4 / 12 = 15.2 (the 228 / 12 = 19 of before lost none).
    // Monday 2 to Friday 27 March, Wednesdays off: 4 × 4 = 16 days → 1 lost; 15 → none.
    QTest::newRow("80 % on four days: 15 days")
        << fourDays << longAgo << 30 * 60 << QDate(2026, 3, 2) << QDate(2026, 3, 26) << 15 << 1200
        << 0;
    QTest::newRow("80 % on four days: 16 days")
        << fourDays << longAgo << 30 * 60 << QDate(2026, 3, 2) << QDate(2026, 3, 27) << 16 << 1200
        << 100;
    // Arrived 1 July, 37 h: 12 × 184 / 365 = 6.05 RTT days; 228 × 184 / 365 = 114.94 days
    // worked; quotient 19.0. 6–31 July is 19 worked days (14 July off) → 1 lost (228 / 6.05
    // = 37.7 lost none).
    QTest::newRow("37 h from 1 July: 19 days")
        << fiveDays << QDate(2026, 7, 1) << 37 * 60 << QDate(2026, 7, 6) << QDate(2026, 7, 31) << 19
        << 605 << 100;
    // Absent all year: every RTT day is lost, 18.4 at 39 h and 80 % (not 16 = floor(≈201 /
    // (228 / 18.4))).
    QTest::newRow("39 h at 80 %: absent all year")
        << fourDays << longAgo << 39 * 48 << QDate(2026, 1, 1) << QDate(2026, 12, 31) << -1 << 1840
        << 1840;
    QTest::newRow("37 h: absent all year") << fiveDays << longAgo << 37 * 60 << QDate(2026, 1, 1)
                                           << QDate(2026, 12, 31) << -1 << 1200 << 1200;
}

void tst_LeaveYearClosing::rttReduction()
{
    QFETCH(QString, pattern);
    QFETCH(QDate, since);
    QFETCH(int, weeklyMinutes);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, workedDays);
    QFETCH(int, rttHundredths);
    QFETCH(int, lostHundredths);
    m_desk->addAgent(QStringLiteral("ag"), m_unit, pattern, since, weeklyMinutes);
    allocate(2026);
    QCOMPARE(ledgerSum(QStringLiteral("ag"), rtt, 2026), rttHundredths);
    addRequest(QStringLiteral("ag"), sick, from, to);
    if (workedDays >= 0) {
        const LeaveDayCounter counter(
            LeaveCalendarStore::schedule(m_desk->database(), QStringLiteral("ag")),
            LeaveCalendarStore::calendar(m_desk->database()));
        const QDate first = std::max(from, QDate(2026, 1, 1));
        QCOMPARE(
            counter.count({first, WeeklyPattern::Morning}, {to, WeeklyPattern::Afternoon}).halfDays,
            workedDays * 2);
    }

    const LeaveLedgerPlan plan = close(2026);
    QCOMPARE(planned(plan, QStringLiteral("ag"), rtt, 2026, LedgerEntry::Kind::Adjustment),
             -lostHundredths);
    // What is left of the RTT expires; nothing was taken, so there is no debit.
    QCOMPARE(planned(plan, QStringLiteral("ag"), rtt, 2026, LedgerEntry::Kind::Expiry),
             -(rttHundredths - lostHundredths));
    QCOMPARE(planned(plan, QStringLiteral("ag"), rtt, 2027, LedgerEntry::Kind::Adjustment), 0);
    QCOMPARE(ledgerSum(QStringLiteral("ag"),
                       rtt,
                       2026,
                       QStringLiteral("adjustment"),
                       QStringLiteral("close-2026")),
             -lostHundredths);
    QCOMPARE(ledgerSum(QStringLiteral("ag"), rtt, 2026), 0);
}

void tst_LeaveYearClosing::rttLostBeyondWhatIsLeftIsADebit()
{
    const QString ag = QStringLiteral("ag");
    m_desk->addAgent(ag, m_unit, fiveDays, QDate(2015, 1, 1), 37 * 60);
    allocate(2026);
    // All 12 RTT days taken in January (5–9, 12–16, 19–20), then 19 days of sick leave:
    // one RTT day is lost (quotient 19) and none is left to take it from.
    addRequest(ag, rtt, QDate(2026, 1, 5), QDate(2026, 1, 20));
    QCOMPARE(ledgerSum(ag, rtt, 2026), 0);
    addRequest(ag, sick, QDate(2026, 3, 2), QDate(2026, 3, 26));
    const LeaveLedgerPlan plan = close(2026);
    QCOMPARE(planned(plan, ag, rtt, 2026, LedgerEntry::Kind::Adjustment), 0);
    QCOMPARE(planned(plan, ag, rtt, 2026, LedgerEntry::Kind::Expiry), 0);
    // A debit on 2027, dated 1 January, and said in the report.
    QCOMPARE(planned(plan, ag, rtt, 2027, LedgerEntry::Kind::Adjustment), -100);
    QCOMPARE(ledgerSum(ag, rtt, 2026), 0);
    QCOMPARE(ledgerSum(ag, rtt, 2027), -100);
    const QString warnings = plan.warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("NOM-AG")) && warnings.contains(QLatin1String("2027")),
             qPrintable(warnings));
    QVERIFY(plan.report(LeaveTypeCatalog(m_desk->database())).contains(QLatin1String("2027")));
    // 2027's RTT comes with it: 12 − 1 = 11 left.
    allocate(2027);
    QCOMPARE(ledgerSum(ag, rtt, 2027), 1100);
}

void tst_LeaveYearClosing::annualLeaveOutcome_data()
{
    QTest::addColumn<int>("own");
    QTest::addColumn<int>("carriedIn");    // expiring 31 March of the next year
    QTest::addColumn<int>("oldCarriedIn"); // expiring 31 March of this year
    QTest::addColumn<int>("takenFebruary");
    QTest::addColumn<int>("takenJune");
    QTest::addColumn<int>("healthHalfDays");
    QTest::addColumn<int>("familyHalfDays");
    QTest::addColumn<double>("daysPerWeek");
    QTest::addColumn<int>("carriedAgain");
    QTest::addColumn<int>("healthCarry");
    QTest::addColumn<int>("familyCarry");
    QTest::addColumn<int>("expired");
    QTest::addColumn<int>("expiredCarried");
    // Décret 85-1250 art. 5-1 as amended by décret 2025-564: after a health leave, the unused
    // part of the first four weeks (4 × days worked a week) is carried; the days taken in the
    // year use those four weeks first. Hundredths of a day throughout.
    QTest::newRow("nothing special")
        << 2500 << 0 << 0 << 0 << 2000 << 0 << 0 << 5.0 << 0 << 0 << 0 << 500 << 0;
    // 4 weeks = 20 days; 10 taken → 10 unused; 10 sick days → 10 carried; 15 − 10 = 5 expire.
    QTest::newRow("sick 10 days after 10 taken")
        << 2500 << 0 << 0 << 0 << 1000 << 20 << 0 << 5.0 << 0 << 1000 << 0 << 500 << 0;
    // The issue's case: 2 taken, then 38 sick days: 20 − 2 = 18 carried (not 20); 23 − 18 = 5.
    QTest::newRow("2 taken then 38 sick days: 18")
        << 2500 << 0 << 0 << 200 << 0 << 76 << 0 << 5.0 << 0 << 1800 << 0 << 500 << 0;
    // docs/domain: 18 taken → at most 2 carried; 25 − 18 − 2 = 5 expire.
    QTest::newRow("18 taken: at most 2")
        << 2500 << 0 << 0 << 0 << 1800 << 76 << 0 << 5.0 << 0 << 200 << 0 << 500 << 0;
    // 22 taken: the four weeks are used, nothing carried, 3 expire.
    QTest::newRow("22 taken: none")
        << 2500 << 0 << 0 << 0 << 2200 << 76 << 0 << 5.0 << 0 << 0 << 0 << 300 << 0;
    // 4-day week: 4 × 4 = 16 days; nothing taken; 38 sick days → 16 carried; 20 − 16 = 4.
    QTest::newRow("4 weeks of a 4-day week")
        << 2000 << 0 << 0 << 0 << 0 << 76 << 0 << 4.0 << 0 << 1600 << 0 << 400 << 0;
    // Half time on 2.5 days: 4 × 2.5 = 10 days; 3 taken → 7 carried; 12.5 − 3 − 7 = 2.5.
    QTest::newRow("half time: 4 weeks of 2.5 days")
        << 1250 << 0 << 0 << 300 << 0 << 60 << 0 << 2.5 << 0 << 700 << 0 << 250 << 0;
    QTest::newRow("overdrawn") << 2500 << 0 << 0 << 0 << 2700 << 20 << 0 << 5.0 << 0 << 0 << 0 << 0
                               << 0;
    // Days taken from days carried in (valid until 31 March) are last year's: they do not use
    // this year's four weeks. 5 taken in February from them; 38 sick days → 20 carried; left:
    // 25 own − 20 = 5 and 15 old carried days, which expire: 20, of which 15 carried.
    QTest::newRow("days taken from last year's do not use the four weeks")
        << 2500 << 0 << 2000 << 500 << 0 << 76 << 0 << 5.0 << 0 << 2000 << 0 << 2000 << 1500;
    // Family leave (art. 5-2): what was not taken before it is kept, without the four-week
    // cap: 25 − 5 taken = 20 left, 80 days of maternity leave → 20 carried, nothing expires.
    QTest::newRow("maternity: uncapped")
        << 2500 << 0 << 0 << 500 << 0 << 0 << 160 << 5.0 << 0 << 0 << 2000 << 0 << 0;
    // ... but no more than the family leave's own days: 11 days of paternity leave → 11;
    // 20 − 11 = 9 expire.
    QTest::newRow("paternity: its days")
        << 2500 << 0 << 0 << 500 << 0 << 0 << 22 << 5.0 << 0 << 0 << 1100 << 900 << 0;
    // Both in one year: 10 taken; 10 family days → 10; health: 20 − 10 = 10 unused but only
    // 15 − 10 = 5 left → 5; nothing expires.
    QTest::newRow("family and health")
        << 2500 << 0 << 0 << 0 << 1000 << 76 << 20 << 5.0 << 0 << 500 << 1000 << 0 << 0;
    // Own rights (ending 31 December) are used before days valid until March.
    QTest::newRow("carried days kept")
        << 2500 << 2000 << 0 << 0 << 300 << 0 << 0 << 5.0 << 2000 << 0 << 0 << 2200 << 0;
    QTest::newRow("carried days used last")
        << 2500 << 2000 << 0 << 0 << 3000 << 0 << 0 << 5.0 << 1500 << 0 << 0 << 0 << 0;
    // Days valid until 31 March are used first in February, and what is left of them expires.
    QTest::newRow("old carried days expire")
        << 2500 << 0 << 2000 << 500 << 1000 << 0 << 0 << 5.0 << 0 << 0 << 0 << 3000 << 1500;
    QTest::newRow("old carried days used in time")
        << 2500 << 0 << 2000 << 2000 << 1000 << 0 << 0 << 5.0 << 0 << 0 << 0 << 1500 << 0;
}

void tst_LeaveYearClosing::annualLeaveOutcome()
{
    QFETCH(int, own);
    QFETCH(int, carriedIn);
    QFETCH(int, oldCarriedIn);
    QFETCH(int, takenFebruary);
    QFETCH(int, takenJune);
    QFETCH(int, healthHalfDays);
    QFETCH(int, familyHalfDays);
    QFETCH(double, daysPerWeek);
    QFETCH(int, carriedAgain);
    QFETCH(int, healthCarry);
    QFETCH(int, familyCarry);
    QFETCH(int, expired);
    QFETCH(int, expiredCarried);
    QList<LeaveYearClosing::CarriedDays> in;
    if (carriedIn)
        in.append({QDate(2027, 3, 31), carriedIn});
    if (oldCarriedIn)
        in.append({QDate(2026, 3, 31), oldCarriedIn});
    QList<LeaveYearClosing::LeaveTaken> taken;
    if (takenJune)
        taken.append({QDate(2026, 6, 8), takenJune});
    if (takenFebruary)
        taken.append({QDate(2026, 2, 9), takenFebruary});
    const auto o = LeaveYearClosing::annualLeaveOutcome(
        2026, own, in, taken, {healthHalfDays, familyHalfDays}, daysPerWeek);
    int again = 0;
    for (const auto &c : o.carriedAgain) {
        QCOMPARE(c.expiresOn, QDate(2027, 3, 31));
        again += c.hundredths;
    }
    QCOMPARE(again, carriedAgain);
    QCOMPARE(o.healthCarryOver, healthCarry);
    QCOMPARE(o.familyCarryOver, familyCarry);
    QCOMPARE(o.expired, expired);
    QCOMPARE(o.expiredCarried, expiredCarried);
    // Nothing made or lost: what was left is carried or expires (unless overdrawn).
    const int left = own + carriedIn + oldCarriedIn - takenFebruary - takenJune;
    if (left >= 0)
        QCOMPARE(again + o.healthCarryOver + o.familyCarryOver + o.expired, left);
}

void tst_LeaveYearClosing::carryOverExpiry_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("returnedOn");
    QTest::addColumn<QDate>("expiresOn");
    // 15 months from the return to work, at the latest from 1 January after the year.
    QTest::newRow("still away at year end") << 2026 << QDate() << QDate(2028, 3, 31);
    QTest::newRow("back in the next year") << 2026 << QDate(2027, 2, 15) << QDate(2028, 3, 31);
    // Back on 24 April 2026: 24 April 2026 + 15 months = 24 July 2027, the day before is the last.
    QTest::newRow("back on 24 April") << 2026 << QDate(2026, 4, 24) << QDate(2027, 7, 23);
    // Back on 1 December 2026: until 28 February 2028 (1 March 2028 − 1 day, a leap year).
    QTest::newRow("back on 1 December") << 2026 << QDate(2026, 12, 1) << QDate(2028, 2, 29);
}

void tst_LeaveYearClosing::carryOverExpiry()
{
    QFETCH(int, year);
    QFETCH(QDate, returnedOn);
    QFETCH(QDate, expiresOn);
    QCOMPARE(LeaveYearClosing::carryOverExpiry(year, returnedOn), expiresOn);
}

void tst_LeaveYearClosing::carryOverAfterSickLeaveAndItsExpiry()
{
    const QString ag = QStringLiteral("ag");
    m_desk->addAgent(ag, m_unit);
    // 2026: 25 days, 2 taken, then sick from 2 November to the end of the year: 42 worked
    // days (November 20: 11 November off; December 22: 25 December off).
    allocate(2026);
    addRequest(ag, annual, QDate(2026, 1, 12), QDate(2026, 1, 13));
    addRequest(ag, sick, QDate(2026, 11, 2), QDate(2026, 12, 31));
    LeaveLedgerPlan plan = close(2026);
    // 23 left; the four weeks (20 days) less the 2 taken: 18 carried (décret 2025-564), 5
    // expire. Back on 1 January 2027: valid 15 months, until 31 March 2028.
    QCOMPARE(planned(plan, ag, annual, 2026, LedgerEntry::Kind::CarryOver), -1800);
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::CarryOver), 1800);
    QCOMPARE(planned(plan, ag, annual, 2026, LedgerEntry::Kind::Expiry), -500);
    QCOMPARE(m_desk
                 ->value(QStringLiteral("SELECT expires_on FROM leave_ledger_entries WHERE "
                                        "agent_id = ? AND year = 2027 "
                                        "AND kind = 'carry_over'"),
                         {ag})
                 .toString(),
             QStringLiteral("2028-03-31"));
    QCOMPARE(ledgerSum(ag, annual, 2026), 0);
    QCOMPARE(ledgerSum(ag, annual, 2027), 1800);

    // 2027: 25 more days, 3 taken in June: the year's own days go first (they end on
    // 31 December), so all 18 carried days are still there and go on to 2028.
    allocate(2027);
    addRequest(ag, annual, QDate(2027, 6, 7), QDate(2027, 6, 9));
    plan = close(2027);
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::CarryOver), -1800);
    QCOMPARE(planned(plan, ag, annual, 2028, LedgerEntry::Kind::CarryOver), 1800);
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::Expiry), -2200);
    QCOMPARE(m_desk
                 ->value(QStringLiteral("SELECT expires_on FROM leave_ledger_entries WHERE "
                                        "agent_id = ? AND year = 2028 "
                                        "AND kind = 'carry_over'"),
                         {ag})
                 .toString(),
             QStringLiteral("2028-03-31"));
    QCOMPARE(ledgerSum(ag, annual, 2028), 1800);

    // 2028: 5 days taken in February use the carried days; 10 in June, after their expiry,
    // use the year's own. HR told the agent in January: the 13 carried days not taken by
    // 31 March expire at this closing.
    allocate(2028);
    QCOMPARE(*ExpiryNotices(m_desk->database())
                  .issue(2028,
                         QDate(2028, 1, 1),
                         QStringLiteral("rh"),
                         {},
                         QDateTime(QDate(2028, 1, 17), QTime(10, 0))),
             1);
    addRequest(ag, annual, QDate(2028, 2, 7), QDate(2028, 2, 11));
    addRequest(ag, annual, QDate(2028, 6, 12), QDate(2028, 6, 23));
    QCOMPARE(ledgerSum(ag, annual, 2028), 1800 + 2500 - 500 - 1000);
    plan = close(2028);
    QCOMPARE(planned(plan, ag, annual, 2028, LedgerEntry::Kind::CarryOver), 0);
    QCOMPARE(planned(plan, ag, annual, 2029, LedgerEntry::Kind::CarryOver), 0);
    // 13 carried + 25 − 10 own.
    QCOMPARE(planned(plan, ag, annual, 2028, LedgerEntry::Kind::Expiry), -2800);
    const QList<LeavePlanLine> lines = linesOf(plan, ag);
    const auto expiry = std::find_if(lines.cbegin(), lines.cend(), [](const LeavePlanLine &l) {
        return l.leaveTypeId == annual && l.kind == LedgerEntry::Kind::Expiry;
    });
    QVERIFY(expiry != lines.cend());
    QVERIFY2(expiry->note.contains(LeaveLedger::formatDays(1300)), qPrintable(expiry->note));
    QCOMPARE(ledgerSum(ag, annual, 2028), 0);
    QCOMPARE(ledgerSum(ag, annual, 2029), 0);
}

void tst_LeaveYearClosing::carryOverPeriodStartsAtTheReturnAndHrCanExtendIt()
{
    const QString ag = QStringLiteral("ag");
    m_desk->addAgent(ag, m_unit);
    // 2 days taken, then sick 2 March – 23 April 2026 (38 worked days), back on Friday 24 April.
    allocate(2026);
    addRequest(ag, annual, QDate(2026, 1, 12), QDate(2026, 1, 13));
    addRequest(ag, sick, QDate(2026, 3, 2), QDate(2026, 4, 23));
    LeaveLedgerPlan plan = close(2026);
    // 20 − 2 = 18 carried, for 15 months from the return: 24 April 2026 + 15 months − 1 day.
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::CarryOver), 1800);
    const QString expiryOf2027
        = QStringLiteral("SELECT group_concat(expires_on) FROM leave_ledger_entries WHERE "
                         "agent_id = ? AND year = 2027 AND kind = 'carry_over' AND deleted = 0 "
                         "AND reverses_entry_id IS NULL AND id NOT IN (SELECT reverses_entry_id "
                         "FROM leave_ledger_entries WHERE reverses_entry_id IS NOT NULL)");
    QCOMPARE(m_desk->value(expiryOf2027, {ag}).toString(), QStringLiteral("2027-07-23"));

    // HR extends the period by an exceptional decision: recorded with who, why and until when;
    // the closing run again moves the carried days to the new date, nothing else.
    CarryOverExtensions extensions(m_desk->database());
    QVERIFY(!extensions.record(ag, 2026, QDate(2027, 12, 31), QString(), QStringLiteral("rh")));
    QVERIFY(!extensions.record(ag, 2026, QDate(2026, 12, 31), QStringLiteral("x"), {}));
    QVERIFY(!extensions.record(
        ag, 2026, QDate(2027, 12, 31), QStringLiteral("x"), QStringLiteral("rh"), ag));
    const Result<QString> id = extensions.record(
        ag, 2026, QDate(2027, 12, 31), QStringLiteral("Arrêté n° 2027-112"), QStringLiteral("rh"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const auto decisions = extensions.ofYear(2026);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().decidedBy, QStringLiteral("rh"));
    QCOMPARE(decisions->first().reason, QStringLiteral("Arrêté n° 2027-112"));
    QVERIFY(decisions->first().decidedAt.isValid());

    plan = close(2026, false);
    QCOMPARE(plan.changeCount(), 4); // the pair at the old date withdrawn, a pair at the new
    QString error;
    QVERIFY2(plan.write(m_desk->database(), &error), qPrintable(error));
    QCOMPARE(m_desk->value(expiryOf2027, {ag}).toString(), QStringLiteral("2027-12-31"));
    QCOMPARE(ledgerSum(ag, annual, 2027), 1800);
    QCOMPARE(ledgerSum(ag, annual, 2026), 0);
}

void tst_LeaveYearClosing::familyLeaveCarriesWithoutTheCap()
{
    const QString mother = QStringLiteral("mother");
    const QString sickAgent = QStringLiteral("sick");
    const QString maternity = QStringLiteral("leave-type-maternity");
    m_desk->addAgent(mother, m_unit);
    m_desk->addAgent(sickAgent, m_unit);
    allocate(2026);
    // Both took 2–6 February (5 days), then were away from 7 September to 18 December.
    for (const QString &ag : {mother, sickAgent})
        addRequest(ag, annual, QDate(2026, 2, 2), QDate(2026, 2, 6));
    addRequest(mother, maternity, QDate(2026, 9, 7), QDate(2026, 12, 18));
    addRequest(sickAgent, sick, QDate(2026, 9, 7), QDate(2026, 12, 18));
    const LeaveLedgerPlan plan = close(2026);
    // Maternity: the 20 days left are kept, uncapped (décret 85-1250 art. 5-2 as amended).
    QCOMPARE(planned(plan, mother, annual, 2027, LedgerEntry::Kind::CarryOver), 2000);
    QCOMPARE(planned(plan, mother, annual, 2026, LedgerEntry::Kind::Expiry), 0);
    // Sick leave: the four weeks less the 5 days taken: 15; 5 expire.
    QCOMPARE(planned(plan, sickAgent, annual, 2027, LedgerEntry::Kind::CarryOver), 1500);
    QCOMPARE(planned(plan, sickAgent, annual, 2026, LedgerEntry::Kind::Expiry), -500);
    // Back on 19 December 2026: valid until 18 March 2028.
    for (const LeavePlanLine &l : plan.lines()) {
        if (l.kind == LedgerEntry::Kind::CarryOver)
            QCOMPARE(l.expiresOn, QDate(2028, 3, 18));
    }
}

void tst_LeaveYearClosing::leaveTypesHaveTwoSeparateProperties_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("reducesRtt");
    QTest::addColumn<int>("regime");
    const int none = int(LeaveType::CarryOverRegime::None);
    const int health = int(LeaveType::CarryOverRegime::Health);
    const int family = int(LeaveType::CarryOverRegime::Family);
    QTest::newRow("annual") << QStringLiteral("annual") << false << none;
    QTest::newRow("training") << QStringLiteral("training") << false << none;
    QTest::newRow("sick") << QStringLiteral("sick") << true << health;
    QTest::newRow("clm") << QStringLiteral("clm") << true << health;
    QTest::newRow("cld") << QStringLiteral("cld") << true << health;
    QTest::newRow("cgm") << QStringLiteral("cgm") << true << health;
    QTest::newRow("citis") << QStringLiteral("citis") << true << health;
    QTest::newRow("maternity") << QStringLiteral("maternity") << true << family;
    QTest::newRow("paternity") << QStringLiteral("paternity") << true << family;
    QTest::newRow("adoption") << QStringLiteral("adoption") << true << family;
    // A statutory position that earns no RTT in the first place.
    QTest::newRow("parental") << QStringLiteral("parental") << false << family;
    QTest::newRow("caregiver") << QStringLiteral("caregiver") << true << family;
}

void tst_LeaveYearClosing::leaveTypesHaveTwoSeparateProperties()
{
    QFETCH(QString, code);
    QFETCH(bool, reducesRtt);
    QFETCH(int, regime);
    LeaveTypeCatalog types(m_desk->database());
    const LeaveType *t = types.byCode(code);
    QVERIFY(t);
    QCOMPARE(t->reducesRtt, reducesRtt);
    QCOMPARE(int(t->carryOverRegime), regime);
    // HR changes one without the other.
    LeaveType changed = *t;
    changed.reducesRtt = !reducesRtt;
    QString error;
    QVERIFY2(LeaveTypeCatalog::save(m_desk->database(), changed, &error), qPrintable(error));
    types.reload(m_desk->database());
    QCOMPARE(types.byCode(code)->reducesRtt, !reducesRtt);
    QCOMPARE(int(types.byCode(code)->carryOverRegime), regime);
}

void tst_LeaveYearClosing::unnoticedCarriedDaysDoNotExpire()
{
    // 20 days carried until 31 March 2026 that no notice announced: 5 taken in February from
    // them, 10 in June from the year's own. The 15 carried days left are kept (Conseil d'État,
    // 17 October 2025, n°495899), the 15 own days left expire.
    const auto o = LeaveYearClosing::annualLeaveOutcome(
        2026,
        2500,
        {{QDate(2026, 3, 31), 2000, false}},
        {{QDate(2026, 2, 9), 500}, {QDate(2026, 6, 8), 1000}},
        {},
        5.0);
    QCOMPARE(o.unnoticed.size(), 1);
    QCOMPARE(o.unnoticed.first().hundredths, 1500);
    QCOMPARE(o.unnoticed.first().expiresOn, QDate(2026, 3, 31));
    QCOMPARE(o.expired, 1500);
    QCOMPARE(o.expiredCarried, 0);
}

void tst_LeaveYearClosing::expiryNoticeLetsCarriedDaysExpire()
{
    const QString ag = QStringLiteral("ag");
    m_desk->addAgent(ag, m_unit);
    // 18 days carried into 2027 until 23 July 2027 (as in the test above).
    allocate(2026);
    addRequest(ag, annual, QDate(2026, 1, 12), QDate(2026, 1, 13));
    addRequest(ag, sick, QDate(2026, 3, 2), QDate(2026, 4, 23));
    close(2026);
    allocate(2027);

    // Nobody told the agent: closing 2027 expires the 25 own days, keeps the 18 and says so.
    LeaveLedgerPlan plan = close(2027);
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::Expiry), -2500);
    QCOMPARE(ledgerSum(ag, annual, 2027), 1800);
    const QString warnings = plan.warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("NOM-AG")) && warnings.contains(QLatin1String("18")),
             qPrintable(warnings));

    // HR informs the agents holding carried days still to come; the agent sees the notice.
    ExpiryNotices notices(m_desk->database());
    const auto due = notices.due(2027, QDate(2027, 1, 1));
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().hundredths, 1800);
    QCOMPARE(due->first().expiresOn, QDate(2027, 7, 23));
    const Result<int> issued
        = notices.issue(2027, QDate(2027, 1, 1), QStringLiteral("rh"), QStringLiteral("hr-agent"));
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(*issued, 1);
    QCOMPARE(notices.due(2027, QDate(2027, 1, 1))->size(), 0);
    const auto mine = notices.current(ag, QDate(2027, 2, 1));
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().hundredths, 1800);
    QVERIFY(!mine->first().readAt.isValid());
    QVERIFY(notices.markRead(mine->first().id).ok());
    QVERIFY(notices.ofYear(2027)->first().readAt.isValid());
    QCOMPARE(notices.current(ag, QDate(2027, 7, 24))->size(), 0);

    // Informed before the date: the closing run again lets them expire, nothing else changes.
    plan = close(2027, false);
    QCOMPARE(plan.changeCount(), 1);
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::Expiry), -4300);
    QString error;
    QVERIFY2(plan.write(m_desk->database(), &error), qPrintable(error));
    QCOMPARE(ledgerSum(ag, annual, 2027), 0);
    QVERIFY(plan.warnings().join(QLatin1Char('\n')).indexOf(QLatin1String("never announced")) < 0);
}

void tst_LeaveYearClosing::nothingCarriedForAnAgentWhoLeft()
{
    // Sick leave and annual leave outside the season, as for the agent above, but gone on
    // 30 September: no split-leave bonus and no carry-over into a year they are not here.
    const QString ag = QStringLiteral("gone");
    m_desk->addAgent(ag, m_unit);
    m_desk->exec(QStringLiteral("UPDATE agents SET departure_date = '2026-09-30' WHERE id = ?"),
                 {ag});
    allocate(2026);
    addRequest(ag, annual, QDate(2026, 1, 12), QDate(2026, 1, 23));
    addRequest(ag, sick, QDate(2026, 3, 2), QDate(2026, 4, 23));
    const LeaveLedgerPlan plan = close(2026);
    QCOMPARE(planned(plan, ag, split, 2027, LedgerEntry::Kind::Allocation), 0);
    QCOMPARE(planned(plan, ag, annual, 2027, LedgerEntry::Kind::CarryOver), 0);
    QCOMPARE(ledgerSum(ag, annual, 2027), 0);
    QCOMPARE(ledgerSum(ag, annual, 2026), 0);
    QVERIFY2(plan.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("paid")),
             qPrintable(plan.warnings().join(QLatin1Char('\n'))));
}

void tst_LeaveYearClosing::closingRunAgainWritesNothing()
{
    m_desk->addAgent(QStringLiteral("a1"), m_unit, fiveDays, QDate(2015, 1, 1), 37 * 60);
    m_desk->addAgent(QStringLiteral("a2"), m_unit, fourDays, QDate(2015, 1, 1), 28 * 60);
    allocate(2026);
    m_desk->allocate(QStringLiteral("a1"), split, 2026, 100);
    addRequest(QStringLiteral("a1"), annual, QDate(2026, 2, 2), QDate(2026, 2, 11));
    addRequest(QStringLiteral("a1"), sick, QDate(2026, 3, 2), QDate(2026, 3, 26));
    addRequest(QStringLiteral("a2"), annual, QDate(2026, 7, 6), QDate(2026, 7, 17));

    const LeaveLedgerPlan preview = close(2026, false);
    QVERIFY(preview.changeCount() > 0);
    QCOMPARE(preview.agentCount(), 2);
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM leave_ledger_entries WHERE source = 'close-2026'")),
             0);
    const QString report = preview.report(LeaveTypeCatalog(m_desk->database()));
    QVERIFY2(report.contains(QLatin1String("NOM-A1")) && report.contains(QLatin1String("NOM-A2")),
             qPrintable(report));

    LeaveLedgerPlan first = preview;
    QString error;
    QVERIFY2(first.write(m_desk->database(), &error), qPrintable(error));
    const int written = m_desk->count(
        QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = 'close-2026'"));
    QCOMPARE(written, preview.changeCount());
    QVERIFY(LeaveYearClosing::isClosed(m_desk->database(), 2026));

    LeaveLedgerPlan second = close(2026, false);
    QCOMPARE(second.changeCount(), 0);
    QCOMPARE(second.lines().size(), preview.lines().size());
    QVERIFY(second.write(m_desk->database(), &error));
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM leave_ledger_entries WHERE source = 'close-2026'")),
             written);
    // Every balance of the year ends at zero; a2's annual leave expired whole.
    QCOMPARE(ledgerSum(QStringLiteral("a1"), rtt, 2026), 0);
    QCOMPARE(ledgerSum(QStringLiteral("a1"), split, 2026), 0);
    QCOMPARE(ledgerSum(QStringLiteral("a2"), annual, 2026), 0);
    QCOMPARE(ledgerSum(QStringLiteral("a1"), split, 2027), 200);
}

void tst_LeaveYearClosing::closingAfterACorrectionWritesTheDifference()
{
    m_desk->addAgent(QStringLiteral("a1"), m_unit);
    m_desk->addAgent(QStringLiteral("a2"), m_unit);
    allocate(2026);
    addRequest(QStringLiteral("a1"),
               annual,
               QDate(2026, 7, 6),
               QDate(2026, 7, 27)); // 15 days, 14 July off
    close(2026);
    QCOMPARE(ledgerSum(QStringLiteral("a1"), annual, 2026, QStringLiteral("expiry")), -1000);
    const int before = m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries"));

    // HR enters late two days a1 took in November: two days less expire, nothing else
    // changes (two days outside the season earn no bonus).
    addRequest(QStringLiteral("a1"), annual, QDate(2026, 11, 16), QDate(2026, 11, 17));
    const int afterRequest = before + 1;
    LeaveLedgerPlan plan = close(2026, false);
    QCOMPARE(plan.changeCount(), 1);
    const auto changed = std::find_if(plan.lines().cbegin(),
                                      plan.lines().cend(),
                                      [](const LeavePlanLine &l) { return l.needsWriting(); });
    QCOMPARE(changed->agentId, QStringLiteral("a1"));
    QCOMPARE(changed->kind, LedgerEntry::Kind::Expiry);
    QCOMPARE(changed->writtenHundredths, -1000);
    QCOMPARE(changed->hundredths, -800);
    QString error;
    QVERIFY2(plan.write(m_desk->database(), &error), qPrintable(error));
    // One reversal, one new expiry.
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries")),
             afterRequest + 2);
    QCOMPARE(ledgerSum(QStringLiteral("a1"), annual, 2026, QStringLiteral("expiry")), -800);
    QCOMPARE(ledgerSum(QStringLiteral("a1"), annual, 2026), 0);

    // The leave is cancelled after all: the expiry goes back to 10 days.
    const QString id = m_desk
                           ->value(QStringLiteral(
                               "SELECT id FROM leave_requests WHERE start_date = '2026-11-16'"))
                           .toString();
    LeaveLedger(m_desk->database()).reverseRequest(id, QStringLiteral("cancellation"), {}, &error);
    plan = close(2026);
    QCOMPARE(plan.lines().size(), 1 + 1); // a1's expiry, a2's expiry
    QCOMPARE(ledgerSum(QStringLiteral("a1"), annual, 2026, QStringLiteral("expiry")), -1000);

    // A line no longer due is withdrawn: HR takes a2's allocation back, nothing is left
    // to expire, and the expiry written before is reversed.
    m_desk->exec(QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, "
                                "year, kind, days_hundredths, "
                                "effective_date, source, note) VALUES ('adj', 'a2', ?, 2026, "
                                "'adjustment', -2500, '2026-12-01', "
                                "'hr', 'error')"),
                 {annual});
    plan = close(2026, false);
    QCOMPARE(plan.changeCount(), 1);
    const auto withdrawn = std::find_if(plan.lines().cbegin(),
                                        plan.lines().cend(),
                                        [](const LeavePlanLine &l) { return l.needsWriting(); });
    QCOMPARE(withdrawn->change, LeavePlanLine::Change::Withdrawn);
    QCOMPARE(withdrawn->agentId, QStringLiteral("a2"));
    QVERIFY(plan.write(m_desk->database(), &error));
    QCOMPARE(ledgerSum(QStringLiteral("a2"), annual, 2026), 0);
    QCOMPARE(ledgerSum(QStringLiteral("a2"), annual, 2026, QStringLiteral("expiry")), 0);

    // A preview gone stale (another run arrived meanwhile) is refused, nothing written.
    addRequest(QStringLiteral("a1"), annual, QDate(2026, 12, 7), QDate(2026, 12, 7));
    LeaveLedgerPlan stale = close(2026, false);
    QCOMPARE(stale.changeCount(), 1);
    close(2026);
    const int lines = m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries"));
    QVERIFY(!stale.write(m_desk->database(), &error));
    QVERIFY(error.contains(QLatin1String("preview again")));
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries")), lines);
}

void tst_LeaveYearClosing::yearNotOverIsRefused()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    LeaveYearClosing closing(m_desk->database());
    closing.setToday(QDate(2026, 12, 31));
    QString error;
    const LeaveLedgerPlan plan = closing.plan(2026, &error);
    QVERIFY(error.contains(QLatin1String("not over")));
    QVERIFY(plan.lines().isEmpty());
    closing.setToday(QDate(2027, 1, 1));
    error.clear();
    closing.plan(2026, &error);
    QCOMPARE(error, QString());
}

void tst_LeaveYearClosing::manualAdjustment()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    LeaveRightsPlanner planner(m_desk->database());
    QString error;
    LeaveRightsPlanner::Adjustment a{QStringLiteral("ag"), rtt, 2026, 150, QString()};
    QVERIFY(!planner.adjust(a, &error));
    QVERIFY(error.contains(QLatin1String("reason")));
    a.reason = QStringLiteral("   ");
    QVERIFY(!planner.adjust(a, &error));
    a.reason = QStringLiteral("Journées de permanence");
    a.hundredths = 0;
    QVERIFY(!planner.adjust(a, &error));
    a.hundredths = 150;
    a.leaveTypeId = sick; // no balance
    QVERIFY(!planner.adjust(a, &error));
    a.leaveTypeId = rtt;
    a.agentId = QStringLiteral("nobody");
    QVERIFY(!planner.adjust(a, &error));
    a.agentId = QStringLiteral("ag");
    QVERIFY2(planner.adjust(a, &error), qPrintable(error));
    a.hundredths = -50;
    QVERIFY(planner.adjust(a, &error));
    QCOMPARE(
        ledgerSum(
            QStringLiteral("ag"), rtt, 2026, QStringLiteral("adjustment"), QStringLiteral("hr")),
        100);
    QCOMPARE(
        m_desk->count(QStringLiteral(
            "SELECT count(*) FROM leave_ledger_entries WHERE note = 'Journées de permanence'")),
        2);
}

void tst_LeaveYearClosing::depositRefusals_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("entry");
    QTest::addColumn<int>("annualTakenDays");
    QTest::addColumn<int>("onAccount");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("deposit");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    const QString tenured = QStringLiteral("tenured");
    const QDate longAgo(2015, 1, 1);
    QTest::newRow("accepted") << tenured << longAgo << 20 << 0 << annual << 500 << QString();
    QTest::newRow("trainee") << QStringLiteral("trainee") << longAgo << 20 << 0 << annual << 500
                             << QStringLiteral("trainee");
    QTest::newRow("under a year of service")
        << tenured << QDate(2026, 3, 1) << 0 << 0 << annual << 300 << QStringLiteral("one year");
    QTest::newRow("fewer than 20 days taken")
        << tenured << longAgo << 18 << 0 << annual << 200 << QStringLiteral("at least 20 d");
    QTest::newRow("split days count as annual leave")
        << tenured << longAgo << 18 << 0 << split << 100 << QStringLiteral("at least 20 d");
    QTest::newRow("RTT needs no minimum")
        << tenured << longAgo << 5 << 0 << rtt << 300 << QString();
    QTest::newRow("ceiling of 60 days")
        << tenured << longAgo << 20 << 5800 << annual << 300 << QStringLiteral("ceiling 60");
    QTest::newRow("up to the ceiling")
        << tenured << longAgo << 20 << 5800 << annual << 200 << QString();
    QTest::newRow("more than is left")
        << tenured << longAgo << 20 << 0 << annual << 600 << QStringLiteral("Only 5 d");
    QTest::newRow("not a half day")
        << tenured << longAgo << 20 << 0 << annual << 125 << QStringLiteral("half days");
    QTest::newRow("not from sick leave")
        << tenured << longAgo << 20 << 0 << sick << 100 << QStringLiteral("Only annual leave");
}

void tst_LeaveYearClosing::depositRefusals()
{
    QFETCH(QString, status);
    QFETCH(QDate, entry);
    QFETCH(int, annualTakenDays);
    QFETCH(int, onAccount);
    QFETCH(QString, source);
    QFETCH(int, deposit);
    QFETCH(QString, refusal);
    m_desk->addAgent(QStringLiteral("ag"), m_unit, fiveDays, entry);
    m_desk->exec(
        QStringLiteral("INSERT INTO agent_details (id, sex, status) VALUES ('ag', 'F', ?)"),
        {status});
    m_desk->allocate(QStringLiteral("ag"), annual, 2026, 2500);
    m_desk->allocate(QStringLiteral("ag"), rtt, 2026, 1200);
    m_desk->allocate(QStringLiteral("ag"), split, 2026, 200);
    if (onAccount)
        m_desk->allocate(QStringLiteral("ag"), tsa, 2024, onAccount);
    // Leave taken a day at a time on Tuesdays from January (no holiday falls on one until June).
    for (int i = 0; i < annualTakenDays; ++i) {
        const QDate tuesday = QDate(2026, 1, 6).addDays(7 * i);
        addRequest(QStringLiteral("ag"), annual, tuesday, tuesday);
    }
    QCOMPARE(-ledgerSum(QStringLiteral("ag"), annual, 2026, QStringLiteral("use")),
             annualTakenDays * 100);

    LeaveRightsPlanner planner(m_desk->database());
    const auto r = planner.depositToTimeSavingsAccount(
        QStringLiteral("ag"), source, 2026, deposit, QDate(2026, 12, 31));
    if (refusal.isEmpty()) {
        QVERIFY2(r.ok, qPrintable(r.refusals.join(QLatin1Char('\n'))));
        QCOMPARE(r.accountHundredths, onAccount + deposit);
        QCOMPARE(planner.timeSavingsAccountBalance(QStringLiteral("ag")), onAccount + deposit);
    } else {
        QVERIFY(!r.ok);
        QVERIFY2(r.refusals.join(QLatin1Char('\n')).contains(refusal),
                 qPrintable(r.refusals.join(QLatin1Char('\n'))));
        QCOMPARE(planner.timeSavingsAccountBalance(QStringLiteral("ag")), onAccount);
        QCOMPARE(m_desk->count(QStringLiteral(
                     "SELECT count(*) FROM leave_ledger_entries WHERE kind = 'deposit'")),
                 0);
    }
}

void tst_LeaveYearClosing::depositWritesBothLines()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit, fiveDays, QDate(2015, 1, 1), 37 * 60);
    allocate(2026);
    for (int i = 0; i < 20; ++i)
        addRequest(QStringLiteral("ag"),
                   annual,
                   QDate(2026, 1, 6).addDays(7 * i),
                   QDate(2026, 1, 6).addDays(7 * i));
    LeaveRightsPlanner planner(m_desk->database());
    QVERIFY(planner
                .depositToTimeSavingsAccount(
                    QStringLiteral("ag"), annual, 2026, 300, QDate(2026, 12, 20))
                .ok);
    QVERIFY(
        planner
            .depositToTimeSavingsAccount(QStringLiteral("ag"), rtt, 2026, 450, QDate(2026, 12, 20))
            .ok);
    QCOMPARE(ledgerSum(QStringLiteral("ag"), annual, 2026, QStringLiteral("deposit")), -300);
    QCOMPARE(ledgerSum(QStringLiteral("ag"), rtt, 2026, QStringLiteral("deposit")), -450);
    QCOMPARE(ledgerSum(QStringLiteral("ag"), tsa, 2026, QStringLiteral("deposit")), 750);
    // The closing expires the rest, and never the account.
    const LeaveLedgerPlan plan = close(2026);
    QCOMPARE(planned(plan, QStringLiteral("ag"), annual, 2026, LedgerEntry::Kind::Expiry), -200);
    QCOMPARE(planned(plan, QStringLiteral("ag"), rtt, 2026, LedgerEntry::Kind::Expiry), -750);
    QCOMPARE(planned(plan, QStringLiteral("ag"), tsa, 2026, LedgerEntry::Kind::Expiry), 0);
    QCOMPARE(planner.timeSavingsAccountBalance(QStringLiteral("ag")), 750);
    // After the closing, the year's leave is gone.
    const auto late = planner.depositToTimeSavingsAccount(
        QStringLiteral("ag"), rtt, 2026, 100, QDate(2027, 1, 15));
    QVERIFY(!late.ok);
    QVERIFY(late.refusals.join(QLatin1Char(' ')).contains(QLatin1String("closed")));
}

QTEST_MAIN(tst_LeaveYearClosing)
#include "tst_leaveyearclosing.moc"
