// Yearly rights from the agent file: annual leave (full time, part time, partial year,
// positions that earn none), RTT (the table, part time pro rata, absences), split-leave bonus.

#include <leave/domain/leaverights.h>

#include <QTest>

using namespace Civitas;
using namespace Civitas::Leave;
using Civitas::Hr::WeeklyPattern;

namespace {

Hr::WorkingTime workingTime(QDate from,
                            const QString &pattern,
                            int weeklyMinutes = 35 * 60,
                            const QString &kind = QStringLiteral("full_time"),
                            int rate = 0)
{
    Hr::WorkingTime w;
    w.effectiveDate = from;
    w.kind = kind;
    w.partTimeRate = rate;
    w.weeklyMinutes = weeklyMinutes;
    WeeklyPattern::fromCode(pattern, &w.pattern);
    return w;
}

Hr::AgentFile agent(QDate entry, const QList<Hr::WorkingTime> &times, QDate departure = {})
{
    Hr::AgentFile f;
    f.agent.entryDate = entry;
    f.agent.departureDate = departure;
    f.workingTimes = times;
    return f;
}

const QString fiveDays = QStringLiteral("11111111110000");
const QString fourDays = QStringLiteral("11110011110000");
const QString fourAndHalf = QStringLiteral("11111011110000");
const QString twoAndHalf = QStringLiteral("11111000000000");

} // namespace

class tst_LeaveRights : public QObject
{
    Q_OBJECT

private slots:
    void annualLeave_data();
    void annualLeave();
    void positionsWithoutLeave();
    void rttTable_data();
    void rttTable();
    void rttOfTheYear();
    void rttReduction_data();
    void rttReduction();
    void rttWorkedDays();
    void splitLeaveBonus_data();
    void splitLeaveBonus();
};

void tst_LeaveRights::annualLeave_data()
{
    QTest::addColumn<QDate>("entry");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("days");
    const QDate long_ago(2010, 1, 1);
    QTest::newRow("full time, 5 days") << long_ago << QDate() << fiveDays << 25.0;
    QTest::newRow("4 days a week") << long_ago << QDate() << fourDays << 20.0;
    QTest::newRow("4.5 days a week") << long_ago << QDate() << fourAndHalf << 22.5;
    QTest::newRow("2.5 days a week") << long_ago << QDate() << twoAndHalf << 12.5;
    // Arrival on 1 July 2026: 184 days of 365 → 25 × 184 / 365 = 12.60, rounded up to 13.
    QTest::newRow("arrival 1 July") << QDate(2026, 7, 1) << QDate() << fiveDays << 13.0;
    // Departure on 31 March 2026: 90 days → 6.16, rounded up to 6.5.
    QTest::newRow("departure 31 March") << long_ago << QDate(2026, 3, 31) << fiveDays << 6.5;
    // 4 days a week from 1 October: 20 × 92 / 365 = 5.04 → 5.5.
    QTest::newRow("arrival 1 October, 4 days") << QDate(2026, 10, 1) << QDate() << fourDays << 5.5;
    QTest::newRow("not employed that year") << QDate(2027, 1, 1) << QDate() << fiveDays << 0.0;
}

void tst_LeaveRights::annualLeave()
{
    QFETCH(QDate, entry);
    QFETCH(QDate, departure);
    QFETCH(QString, pattern);
    QFETCH(double, days);
    const Hr::AgentFile f = agent(entry, {workingTime(entry, pattern)}, departure);
    QCOMPARE(LeaveRights::annualLeave(f, 2026), days);
}

void tst_LeaveRights::positionsWithoutLeave()
{
    // Full time all year, on leave of absence from 1 July: half the rights, rounded up.
    Hr::AgentFile f = agent(QDate(2010, 1, 1), {workingTime(QDate(2010, 1, 1), fiveDays)});
    f.positions = {{{},
                    QStringLiteral("active"),
                    QDate(2010, 1, 1),
                    QDate(2026, 6, 30),
                    QStringLiteral("A1"),
                    QDate(2010, 1, 1)},
                   {{},
                    QStringLiteral("leave_of_absence"),
                    QDate(2026, 7, 1),
                    {},
                    QStringLiteral("A2"),
                    QDate(2026, 6, 1)}};
    QCOMPARE(LeaveRights::annualLeave(f, 2026), 12.5); // 25 × 181 / 365 = 12.40
    // Made available is still active service.
    f.positions[1].position = QStringLiteral("made_available");
    QCOMPARE(LeaveRights::annualLeave(f, 2026), 25.0);
    // Part time then full time in the same year: each period at its own rate.
    const Hr::AgentFile changed = agent(
        QDate(2010, 1, 1),
        {workingTime(QDate(2010, 1, 1), fourDays), workingTime(QDate(2026, 7, 1), fiveDays)});
    QCOMPARE(LeaveRights::annualLeave(changed, 2026),
             23.0); // (20 × 181 + 25 × 184) / 365 = 22.52 → 23
}

void tst_LeaveRights::rttTable_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("days");
    QTest::newRow("35 h") << 35 * 60 << 0;
    QTest::newRow("35 h 30") << 35 * 60 + 30 << 3;
    QTest::newRow("36 h") << 36 * 60 << 6;
    QTest::newRow("36 h 30") << 36 * 60 + 30 << 9;
    QTest::newRow("37 h") << 37 * 60 << 12;
    QTest::newRow("37 h 30") << 37 * 60 + 30 << 15;
    QTest::newRow("38 h") << 38 * 60 << 18;
    QTest::newRow("39 h") << 39 * 60 << 23;
    QTest::newRow("40 h") << 40 * 60 << 28;
    QTest::newRow("30 h") << 30 * 60 << 0;
}

void tst_LeaveRights::rttTable()
{
    QFETCH(int, minutes);
    QFETCH(int, days);
    QCOMPARE(LeaveRights::rttDaysForWeeklyMinutes(minutes), days);
}

void tst_LeaveRights::rttOfTheYear()
{
    const QDate since(2010, 1, 1);
    QCOMPARE(LeaveRights::rtt(agent(since, {workingTime(since, fiveDays, 39 * 60)}), 2026), 23.0);
    // 39 h at 80 %: 31 h 12 a week → 23 × 0.8 = 18.4, kept exact.
    QCOMPARE(
        LeaveRights::rtt(
            agent(since,
                  {workingTime(since, fourDays, 31 * 60 + 12, QStringLiteral("part_time"), 80)}),
            2026),
        18.4);
    // A non-full-time post works under 35 h: no RTT.
    QCOMPARE(
        LeaveRights::rtt(
            agent(since, {workingTime(since, fourDays, 28 * 60, QStringLiteral("non_full_time"))}),
            2026),
        0.0);
    // 37 h 30 from 1 July only.
    const double half = LeaveRights::rtt(
        agent(QDate(2026, 7, 1), {workingTime(QDate(2026, 7, 1), fiveDays, 37 * 60 + 30)}), 2026);
    QVERIFY(qAbs(half - 15.0 * 184 / 365) < 1e-9);
}

void tst_LeaveRights::rttReduction_data()
{
    QTest::addColumn<double>("rtt");
    QTest::addColumn<double>("worked"); // days worked in the year under the cycle
    QTest::addColumn<double>("absence");
    QTest::addColumn<int>("lostHundredths");
    // F13712: one day lost per quotient = days worked / RTT days.
    // 37 h: 228 / 12 = 19.
    QTest::newRow("37 h, 18 days absent") << 12.0 << 228.0 << 18.0 << 0;
    QTest::newRow("37 h, 19 days absent") << 12.0 << 228.0 << 19.0 << 100;
    QTest::newRow("37 h, 40 days absent") << 12.0 << 228.0 << 40.0 << 200;
    // 39 h: 228 / 23 = 9.9; 30 / 9.9 = 3.03.
    QTest::newRow("39 h, 30 days absent") << 23.0 << 228.0 << 30.0 << 300;
    // 37 h 30 at 80 % on four days: 182.4 / 12 = 15.2; 16 / 15.2 = 1.05 (228 / 12 = 19: none).
    QTest::newRow("37 h 30 at 80 %, 16 days absent") << 12.0 << 182.4 << 16.0 << 100;
    // 39 h at 80 % on four days: 182.4 / 18.4 = 9.9; 30 / 9.9 = 3.03 (228 / 18.4 = 12.4: 2).
    QTest::newRow("39 h at 80 %, 30 days absent") << 18.4 << 182.4 << 30.0 << 300;
    // 37 h from 1 July: 6.05 RTT, 114.94 days worked, quotient 19.0; 19 / 19.0 = 1.
    QTest::newRow("37 h from 1 July, 19 days absent") << 6.05 << 228.0 * 184 / 365 << 19.0 << 100;
    // Absent every day worked: every RTT day, 18.4, not floor(182.4 / 9.9) = 18.
    QTest::newRow("absent all year") << 18.4 << 182.4 << 182.4 << 1840;
    QTest::newRow("no absence") << 15.0 << 228.0 << 0.0 << 0;
    QTest::newRow("never more than the RTT") << 3.0 << 228.0 << 365.0 << 300;
}

void tst_LeaveRights::rttReduction()
{
    QFETCH(double, rtt);
    QFETCH(double, worked);
    QFETCH(double, absence);
    QFETCH(int, lostHundredths);
    QCOMPARE(LeaveRights::rttReductionHundredths(rtt, worked, absence), lostHundredths);
}

void tst_LeaveRights::rttWorkedDays()
{
    const QDate since(2015, 1, 1);
    // 228 a year on five days a week, in proportion to the days worked a week and to the part
    // of the year employed.
    QVERIFY(
        qAbs(LeaveRights::rttWorkedDays(agent(since, {workingTime(since, fiveDays, 37 * 60)}), 2026)
             - 228.0)
        < 1e-9);
    QVERIFY(
        qAbs(LeaveRights::rttWorkedDays(
                 agent(since,
                       {workingTime(since, fourDays, 30 * 60, QStringLiteral("part_time"), 80)}),
                 2026)
             - 182.4)
        < 1e-9);
    QVERIFY(qAbs(LeaveRights::rttWorkedDays(
                     agent(QDate(2026, 7, 1), {workingTime(QDate(2026, 7, 1), fiveDays, 37 * 60)}),
                     2026)
                 - 228.0 * 184 / 365)
            < 1e-9);
}

void tst_LeaveRights::splitLeaveBonus_data()
{
    QTest::addColumn<double>("outside");
    QTest::addColumn<int>("bonus");
    QTest::newRow("4 days") << 4.0 << 0;
    QTest::newRow("4.5 days") << 4.5 << 0;
    QTest::newRow("5 days") << 5.0 << 1;
    QTest::newRow("7 days") << 7.0 << 1;
    QTest::newRow("7.5 days") << 7.5 << 1;
    QTest::newRow("8 days") << 8.0 << 2;
    QTest::newRow("12 days") << 12.0 << 2;
}

void tst_LeaveRights::splitLeaveBonus()
{
    QFETCH(double, outside);
    QFETCH(int, bonus);
    QCOMPARE(LeaveRights::splitLeaveBonus(outside), bonus);
}

QTEST_MAIN(tst_LeaveRights)
#include "tst_leaverights.moc"
