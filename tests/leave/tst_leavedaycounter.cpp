// Day counting of leave requests, table-driven (tests/common/leavedaycases.h, which the server's
// count answers too), then the holidays a count lists, refused requests, and the same count
// through `civitas-admin leave count` on a demo town.

#include <leave/domain/leavedaycounter.h>
#include <leavedaycases.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Leave;
using Civitas::Hr::WeeklyPattern;

namespace {

const QString fullTime = fullTimePattern;
const QString fourDays80 = fourDays80Pattern;

WorkingSchedule scheduleOf(const QList<QPair<QDate, QString>> &entries)
{
    QList<Hr::WorkingTime> history;
    for (const auto &entry : entries) {
        Hr::WorkingTime w;
        w.effectiveDate = entry.first;
        WeeklyPattern::fromCode(entry.second, &w.pattern);
        history.append(w);
    }
    return WorkingSchedule(history);
}

LeaveBoundary boundary(const QString &text, WeeklyPattern::HalfDay defaultHalf)
{
    LeaveBoundary b;
    if (!LeaveBoundary::parse(text, defaultHalf, &b))
        qFatal("bad boundary %s", qPrintable(text));
    return b;
}

} // namespace

Q_DECLARE_METATYPE(LeaveDayCase)

class tst_LeaveDayCounter : public QObject
{
    Q_OBJECT

private slots:
    void workingDays_data();
    void workingDays();
    void holidaysAreListed();
    void calendarDays();
    void workingTimeChangesInsideTheRequest();
    void refusedRequests();
    void boundaries();
    void commandLine();
};

void tst_LeaveDayCounter::workingDays_data()
{
    QTest::addColumn<LeaveDayCase>("c");
    for (const LeaveDayCase &c : leaveDayCases())
        QTest::newRow(qPrintable(c.name)) << c;
}

// The server counts the same table (tests/sync/tst_halfdaysserver.cpp).
void tst_LeaveDayCounter::workingDays()
{
    QFETCH(LeaveDayCase, c);
    FrenchCalendar french;
    french.setAlsaceMoselle(c.alsaceMoselle);
    french.setWhitMondayWorked(c.whitMondayWorked);
    LeaveCalendar calendar(french);
    for (const QDate &day : c.daysOff)
        calendar.addDayOff(day, QStringLiteral("Pont"));
    const LeaveDayCounter counter(scheduleOf(c.workingTimes), calendar);
    const LeaveDayCounter::Result r
        = counter.count(boundary(c.from, WeeklyPattern::Morning),
                        boundary(c.to, WeeklyPattern::Afternoon),
                        c.calendarDays ? LeaveDayCounter::Counting::CalendarDays
                                       : LeaveDayCounter::Counting::WorkingDays);
    if (c.halfDays < 0) {
        QVERIFY(!r.isValid());
        return;
    }
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.halfDays, c.halfDays);
}

void tst_LeaveDayCounter::holidaysAreListed()
{
    const LeaveDayCounter counter(scheduleOf({{QDate(2020, 1, 1), fullTime}}), FrenchCalendar());
    const LeaveDayCounter::Result r
        = counter.count(boundary(QStringLiteral("2025-04-28"), WeeklyPattern::Morning),
                        boundary(QStringLiteral("2025-05-09"), WeeklyPattern::Afternoon));
    QCOMPARE(r.holidays.size(), 2);
    QCOMPARE(r.holidays.at(0).date, QDate(2025, 5, 1));
    QCOMPARE(r.holidays.at(1).date, QDate(2025, 5, 8));
    QVERIFY(!r.holidays.at(0).name.isEmpty());
    // A holiday on a day the agent does not work is not "saved" from the request.
    const LeaveDayCounter partTime(scheduleOf({{QDate(2020, 1, 1), fourDays80}}), FrenchCalendar());
    QVERIFY(partTime
                .count(boundary(QStringLiteral("2027-07-12"), WeeklyPattern::Morning),
                       boundary(QStringLiteral("2027-07-16"), WeeklyPattern::Afternoon))
                .holidays.isEmpty());
}

void tst_LeaveDayCounter::calendarDays()
{
    const LeaveDayCounter counter(scheduleOf({{QDate(2020, 1, 1), fourDays80}}), FrenchCalendar());
    auto days = [&](const QString &from, const QString &to) {
        return counter
            .count(boundary(from, WeeklyPattern::Morning),
                   boundary(to, WeeklyPattern::Afternoon),
                   LeaveDayCounter::Counting::CalendarDays)
            .days();
    };
    QCOMPARE(days(QStringLiteral("2026-03-09"), QStringLiteral("2026-03-15")), 7.0);
    QCOMPARE(days(QStringLiteral("2026-05-11"), QStringLiteral("2026-05-17")),
             7.0); // Ascension counts
    QCOMPARE(days(QStringLiteral("2026-03-09pm"), QStringLiteral("2026-03-10am")), 1.0);
    // Calendar days need no working time.
    const LeaveDayCounter none{WorkingSchedule(), FrenchCalendar()};
    QCOMPARE(none.count(boundary(QStringLiteral("2026-03-09"), WeeklyPattern::Morning),
                        boundary(QStringLiteral("2026-03-10"), WeeklyPattern::Afternoon),
                        LeaveDayCounter::Counting::CalendarDays)
                 .days(),
             2.0);
}

void tst_LeaveDayCounter::workingTimeChangesInsideTheRequest()
{
    // Full time until 31 March 2026, then 80 % with Wednesday off. Two weeks from Monday
    // 30 March: 4 days (Wednesday 1 April off), then 3 (Easter Monday, Wednesday off).
    const LeaveDayCounter counter(
        scheduleOf({{QDate(2020, 1, 1), fullTime}, {QDate(2026, 4, 1), fourDays80}}),
        FrenchCalendar());
    QCOMPARE(counter
                 .count(boundary(QStringLiteral("2026-03-30"), WeeklyPattern::Morning),
                        boundary(QStringLiteral("2026-04-10"), WeeklyPattern::Afternoon))
                 .days(),
             7.0);
    // Before the first working time the agent worked no day.
    const LeaveDayCounter late(scheduleOf({{QDate(2026, 3, 11), fullTime}}), FrenchCalendar());
    QCOMPARE(late.count(boundary(QStringLiteral("2026-03-09"), WeeklyPattern::Morning),
                        boundary(QStringLiteral("2026-03-13"), WeeklyPattern::Afternoon))
                 .days(),
             3.0);
}

void tst_LeaveDayCounter::refusedRequests()
{
    const LeaveDayCounter counter(scheduleOf({{QDate(2020, 1, 1), fullTime}}), FrenchCalendar());
    LeaveDayCounter::Result r
        = counter.count(boundary(QStringLiteral("2026-03-12"), WeeklyPattern::Morning),
                        boundary(QStringLiteral("2026-03-10"), WeeklyPattern::Afternoon));
    QVERIFY(!r.isValid());
    QVERIFY2(r.error.contains(QLatin1String("before")), qPrintable(r.error));
    // Starting in the afternoon and ending the same morning is backwards too.
    r = counter.count(boundary(QStringLiteral("2026-03-10pm"), WeeklyPattern::Morning),
                      boundary(QStringLiteral("2026-03-10am"), WeeklyPattern::Afternoon));
    QVERIFY(!r.isValid());
    const LeaveDayCounter none{WorkingSchedule(), FrenchCalendar()};
    r = none.count(boundary(QStringLiteral("2026-03-09"), WeeklyPattern::Morning),
                   boundary(QStringLiteral("2026-03-10"), WeeklyPattern::Afternoon));
    QVERIFY(!r.isValid());
    QVERIFY2(r.error.contains(QLatin1String("working time")), qPrintable(r.error));
}

void tst_LeaveDayCounter::boundaries()
{
    LeaveBoundary b;
    QVERIFY(LeaveBoundary::parse(QStringLiteral("2026-05-11pm"), WeeklyPattern::Morning, &b));
    QCOMPARE(b.date, QDate(2026, 5, 11));
    QCOMPARE(b.half, WeeklyPattern::Afternoon);
    QVERIFY(LeaveBoundary::parse(QStringLiteral("11/05/2026AM"), WeeklyPattern::Afternoon, &b));
    QCOMPARE(b.half, WeeklyPattern::Morning);
    QVERIFY(LeaveBoundary::parse(QStringLiteral("2026-05-11"), WeeklyPattern::Afternoon, &b));
    QCOMPARE(b.half, WeeklyPattern::Afternoon);
    QVERIFY(!LeaveBoundary::parse(QStringLiteral("2026-02-30"), WeeklyPattern::Morning, &b));
    QVERIFY(!LeaveBoundary::parse(QStringLiteral("2026-05-11noon"), WeeklyPattern::Morning, &b));
    QVERIFY(!LeaveBoundary::parse(QStringLiteral("tomorrow"), WeeklyPattern::Morning, &b));
}

void tst_LeaveDayCounter::commandLine()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto admin = [&](const QStringList &arguments, QString *out, QString *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CIVITAS_ADMIN), arguments);
        p.waitForFinished(120000);
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    QString err;
    QCOMPARE(admin({QStringLiteral("demo"),
                    QStringLiteral("--db"),
                    db,
                    QStringLiteral("--agents"),
                    QStringLiteral("30")},
                   &out,
                   &err),
             0);
    // Camille Bernard (registration number 000101 in the demo) works 80 % over four days, Wednesday
    // off.
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("count"),
                    QStringLiteral("--agent"),
                    QStringLiteral("000101"),
                    QStringLiteral("--from"),
                    QStringLiteral("2030-05-27"),
                    QStringLiteral("--to"),
                    QStringLiteral("2030-05-31"),
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             0);
    QVERIFY2(out.startsWith(QLatin1String("3 working day")),
             qPrintable(out + err)); // Ascension and Wednesday off
    QVERIFY2(out.contains(QLatin1String("30/05/2030")), qPrintable(out));
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("count"),
                    QStringLiteral("--agent"),
                    QStringLiteral("000101"),
                    QStringLiteral("--from"),
                    QStringLiteral("2030-05-27pm"),
                    QStringLiteral("--to"),
                    QStringLiteral("2030-05-28am"),
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             0);
    QVERIFY2(out.startsWith(QLatin1String("1 working day")), qPrintable(out + err));
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("count"),
                    QStringLiteral("--agent"),
                    QStringLiteral("000101"),
                    QStringLiteral("--from"),
                    QStringLiteral("2030-05-31"),
                    QStringLiteral("--to"),
                    QStringLiteral("2030-05-27"),
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             1);
    QVERIFY2(err.contains(QLatin1String("before")), qPrintable(err));
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("count"),
                    QStringLiteral("--agent"),
                    QStringLiteral("nobody"),
                    QStringLiteral("--from"),
                    QStringLiteral("2030-05-27"),
                    QStringLiteral("--to"),
                    QStringLiteral("2030-05-31"),
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             1);
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("count"),
                    QStringLiteral("--from"),
                    QStringLiteral("2030-05-27"),
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             2);
}

QTEST_MAIN(tst_LeaveDayCounter)
#include "tst_leavedaycounter.moc"
