// A request spanning 31 December is charged to each year for its own days (LeaveYearParts),
// table-driven with hand-counted days; the server splits alike (tests/sync/tst_yearendserver).

#include <leave/domain/leaveyearparts.h>

#include <QTest>

using namespace Civitas;
using namespace Civitas::Leave;
using Civitas::Hr::WeeklyPattern;

namespace {

WorkingSchedule scheduleOf(const QString &pattern)
{
    Hr::WorkingTime w;
    w.effectiveDate = QDate(2000, 1, 1);
    WeeklyPattern::fromCode(pattern, &w.pattern);
    return WorkingSchedule({w});
}

} // namespace

class tst_LeaveYearParts : public QObject
{
    Q_OBJECT

private slots:
    void parts_data();
    void parts();
    void ids();
};

void tst_LeaveYearParts::parts_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<bool>("fromAfternoon");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("calendarDays");
    QTest::addColumn<QString>("expected"); // "year:half-days ..." and the first part's date
    const QString fiveDays = QStringLiteral("11111111110000");
    const QString fourDays = QStringLiteral("11110011110000"); // Wednesday off
    // Within one year: one part, dated on the start.
    QTest::newRow("within a year") << fiveDays << QDate(2026, 7, 6) << false << QDate(2026, 7, 10)
                                   << false << QStringLiteral("2026:10@2026-07-06");
    // Monday 28 December 2026 to Friday 8 January 2027: 28–31 December = 4 days; 1 January a
    // holiday, 4–8 January = 5 days.
    QTest::newRow("across the new year")
        << fiveDays << QDate(2026, 12, 28) << false << QDate(2027, 1, 8) << false
        << QStringLiteral("2026:8@2026-12-28 2027:10@2027-01-01");
    // From the afternoon of Thursday 31 December 2026: half a day in 2026.
    QTest::newRow("from the last afternoon")
        << fiveDays << QDate(2026, 12, 31) << true << QDate(2027, 1, 5) << false
        << QStringLiteral("2026:1@2026-12-31 2027:4@2027-01-01");
    // Four days a week: 28, 29, 31 December (Wednesday 30 off) = 3; 4, 5, 7, 8 January = 4.
    QTest::newRow("four days a week")
        << fourDays << QDate(2026, 12, 28) << false << QDate(2027, 1, 8) << false
        << QStringLiteral("2026:6@2026-12-28 2027:8@2027-01-01");
    // Saturday 31 December 2022 to Friday 6 January 2023: nothing worked in 2022.
    QTest::newRow("nothing in the first year")
        << fiveDays << QDate(2022, 12, 31) << false << QDate(2023, 1, 6) << false
        << QStringLiteral("2023:10@2023-01-01");
    // Calendar days: 30, 31 December and 1–3 January.
    QTest::newRow("calendar days") << fiveDays << QDate(2026, 12, 30) << false << QDate(2027, 1, 3)
                                   << true << QStringLiteral("2026:4@2026-12-30 2027:6@2027-01-01");
}

void tst_LeaveYearParts::parts()
{
    QFETCH(QString, pattern);
    QFETCH(QDate, from);
    QFETCH(bool, fromAfternoon);
    QFETCH(QDate, to);
    QFETCH(bool, calendarDays);
    QFETCH(QString, expected);
    const LeaveDayCounter counter(scheduleOf(pattern), LeaveCalendar());
    const LeaveBoundary start{from,
                              fromAfternoon ? WeeklyPattern::Afternoon : WeeklyPattern::Morning};
    const LeaveBoundary end{to, WeeklyPattern::Afternoon};
    const auto counting = calendarDays ? LeaveDayCounter::Counting::CalendarDays
                                       : LeaveDayCounter::Counting::WorkingDays;
    const int total = counter.count(start, end, counting).halfDays;
    QStringList got;
    int sum = 0;
    for (const LeaveYearParts::Part &p : LeaveYearParts::of(counter, start, end, counting, total)) {
        got << QStringLiteral("%1:%2@%3")
                   .arg(p.year)
                   .arg(p.halfDays)
                   .arg(p.effectiveDate.toString(Qt::ISODate));
        sum += p.halfDays;
    }
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
    QCOMPARE(sum, total);
}

void tst_LeaveYearParts::ids()
{
    QCOMPARE(LeaveYearParts::useId(QStringLiteral("r1:use"), 2026, 2026), QStringLiteral("r1:use"));
    QCOMPARE(LeaveYearParts::useId(QStringLiteral("r1:use:2"), 2027, 2026),
             QStringLiteral("r1:use:2@2027"));
}

QTEST_GUILESS_MAIN(tst_LeaveYearParts)
#include "tst_leaveyearparts.moc"
