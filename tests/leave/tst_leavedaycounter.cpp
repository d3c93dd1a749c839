// Day counting of leave requests, table-driven: holidays 2025-2030 (Easter Monday, 1 and 8 May,
// Ascension and Whit Monday weeks, 14 July, 1 November, Christmas), half-days at both ends,
// weekends in between, part time over four days, half-day patterns, Alsace-Moselle, calendar
// days, a working time that changes inside a request, and refused requests. Then the same
// count through `civitas-admin leave count` on a demo town.

#include <leave/domain/leavedaycounter.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Leave;
using Civitas::Hr::WeeklyPattern;

namespace {

const QString fullTime = QStringLiteral("11111111110000");
const QString fourDays80 = QStringLiteral("11110011110000");    // Wednesday off
const QString fourAndHalf90 = QStringLiteral("11111011110000"); // Wednesday afternoon off
const QString half50 = QStringLiteral("11111000000000"); // Monday, Tuesday, Wednesday morning

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
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("alsaceMoselle");
    QTest::addColumn<bool>("whitMondayWorked");
    QTest::addColumn<double>("days");

    QTest::newRow("2025 Easter Monday week") << fullTime << "2025-04-21"
                                             << "2025-04-25" << false << false << 4.0;
    QTest::newRow("2025 1 and 8 May, two weeks") << fullTime << "2025-04-28"
                                                 << "2025-05-09" << false << false << 8.0;
    QTest::newRow("2025 Ascension week") << fullTime << "2025-05-26"
                                         << "2025-05-30" << false << false << 4.0;
    QTest::newRow("2025 Whit Monday week") << fullTime << "2025-06-09"
                                           << "2025-06-13" << false << false << 4.0;
    QTest::newRow("2025 Whit Monday worked") << fullTime << "2025-06-09"
                                             << "2025-06-13" << false << true << 5.0;
    QTest::newRow("2025 Christmas to New Year") << fullTime << "2025-12-22"
                                                << "2026-01-02" << false << false << 8.0;
    QTest::newRow("2026 Ascension week") << fullTime << "2026-05-11"
                                         << "2026-05-15" << false << false << 4.0;
    QTest::newRow("2026 Whit Monday week") << fullTime << "2026-05-25"
                                           << "2026-05-29" << false << false << 4.0;
    QTest::newRow("2026 Whit Monday worked") << fullTime << "2026-05-25"
                                             << "2026-05-29" << false << true << 5.0;
    QTest::newRow("2026 14 July, Tuesday") << fullTime << "2026-07-13"
                                           << "2026-07-17" << false << false << 4.0;
    QTest::newRow("2027 Easter Monday week") << fullTime << "2027-03-29"
                                             << "2027-04-02" << false << false << 4.0;
    QTest::newRow("2027 Ascension week") << fullTime << "2027-05-03"
                                         << "2027-05-07" << false << false << 4.0;
    QTest::newRow("2027 Whit Monday week") << fullTime << "2027-05-17"
                                           << "2027-05-21" << false << false << 4.0;
    QTest::newRow("2027 1 November, Monday") << fullTime << "2027-11-01"
                                             << "2027-11-05" << false << false << 4.0;
    QTest::newRow("2028 Ascension week") << fullTime << "2028-05-22"
                                         << "2028-05-26" << false << false << 4.0;
    QTest::newRow("2028 14 July, Friday") << fullTime << "2028-07-10"
                                          << "2028-07-14" << false << false << 4.0;
    QTest::newRow("2029 Easter Monday week") << fullTime << "2029-04-02"
                                             << "2029-04-06" << false << false << 4.0;
    QTest::newRow("2029 8 May and Ascension, same week") << fullTime << "2029-05-07"
                                                         << "2029-05-11" << false << false << 3.0;
    QTest::newRow("2029 1 November, Thursday") << fullTime << "2029-10-29"
                                               << "2029-11-02" << false << false << 4.0;
    QTest::newRow("2030 Ascension week") << fullTime << "2030-05-27"
                                         << "2030-05-31" << false << false << 4.0;
    QTest::newRow("2030 Whit Monday week") << fullTime << "2030-06-10"
                                           << "2030-06-14" << false << false << 4.0;

    QTest::newRow("half-days at both ends") << fullTime << "2026-03-09pm"
                                            << "2026-03-11am" << false << false << 2.0;
    QTest::newRow("one morning") << fullTime << "2026-03-10am"
                                 << "2026-03-10am" << false << false << 0.5;
    QTest::newRow("one afternoon") << fullTime << "2026-03-10pm"
                                   << "2026-03-10pm" << false << false << 0.5;
    QTest::newRow("one whole day") << fullTime << "2026-03-10"
                                   << "2026-03-10" << false << false << 1.0;
    QTest::newRow("weekend in between") << fullTime << "2026-03-12"
                                        << "2026-03-17" << false << false << 4.0;
    QTest::newRow("from a Saturday") << fullTime << "2026-03-14"
                                     << "2026-03-16" << false << false << 1.0;
    QTest::newRow("a holiday's morning") << fullTime << "2026-05-14am"
                                         << "2026-05-14am" << false << false << 0.0;

    QTest::newRow("80 % over four days, a week") << fourDays80 << "2026-03-09"
                                                 << "2026-03-13" << false << false << 4.0;
    QTest::newRow("80 % over four days, two weeks") << fourDays80 << "2026-03-09"
                                                    << "2026-03-20" << false << false << 8.0;
    QTest::newRow("80 %, a Wednesday alone") << fourDays80 << "2026-03-11"
                                             << "2026-03-11" << false << false << 0.0;
    QTest::newRow("80 %, holiday on the day off") << fourDays80 << "2027-07-12"
                                                  << "2027-07-16" << false << false << 4.0;
    QTest::newRow("80 %, Ascension week") << fourDays80 << "2026-05-11"
                                          << "2026-05-15" << false << false << 3.0;
    QTest::newRow("90 %, Wednesday afternoon off") << fourAndHalf90 << "2026-03-09"
                                                   << "2026-03-13" << false << false << 4.5;
    QTest::newRow("90 %, the Wednesday") << fourAndHalf90 << "2026-03-11"
                                         << "2026-03-11" << false << false << 0.5;
    QTest::newRow("50 %, a week") << half50 << "2026-03-09"
                                  << "2026-03-13" << false << false << 2.5;
    QTest::newRow("50 %, from Wednesday afternoon") << half50 << "2026-03-11pm"
                                                    << "2026-03-13" << false << false << 0.0;
    QTest::newRow("50 %, ending Tuesday noon") << half50 << "2026-03-09"
                                               << "2026-03-10am" << false << false << 1.5;

    QTest::newRow("Good Friday, elsewhere") << fullTime << "2026-03-30"
                                            << "2026-04-03" << false << false << 5.0;
    QTest::newRow("Good Friday, Alsace-Moselle") << fullTime << "2026-03-30"
                                                 << "2026-04-03" << true << false << 4.0;
    QTest::newRow("26 December, elsewhere") << fullTime << "2025-12-22"
                                            << "2025-12-26" << false << false << 4.0;
    QTest::newRow("26 December, Alsace-Moselle") << fullTime << "2025-12-22"
                                                 << "2025-12-26" << true << false << 3.0;
}

void tst_LeaveDayCounter::workingDays()
{
    QFETCH(QString, pattern);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, alsaceMoselle);
    QFETCH(bool, whitMondayWorked);
    QFETCH(double, days);
    FrenchCalendar calendar;
    calendar.setAlsaceMoselle(alsaceMoselle);
    calendar.setWhitMondayWorked(whitMondayWorked);
    const LeaveDayCounter counter(scheduleOf({{QDate(2020, 1, 1), pattern}}), calendar);
    const LeaveDayCounter::Result r = counter.count(boundary(from, WeeklyPattern::Morning),
                                                    boundary(to, WeeklyPattern::Afternoon));
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.days(), days);
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
