#pragma once

// The hand-counted durations of leave requests: one table that the desk's LeaveDayCounter
// (tests/leave/tst_leavedaycounter.cpp) and the server's civitas.leave_half_days
// (tests/sync/tst_halfdaysserver.cpp) both must answer, so that the two counts never drift.
// Holidays 2025-2030 (Easter Monday, 1 and 8 May, Ascension and Whit Monday weeks, 14 July,
// 1 November, Christmas), half-days at both ends, weekends in between, part time over four
// days, half-day patterns, Alsace-Moselle, Whit Monday worked, calendar days, a working time
// that changes inside a request, the town's days off, and requests that cannot be counted.

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

struct LeaveDayCase
{
    QString name;
    QList<QPair<QDate, QString>> workingTimes; // effective date, weekly pattern
    QString from;                              // "2026-03-09", "2026-03-09pm"
    QString to;                                // without a half: the evening
    int halfDays = 0;                          // -1: cannot be counted
    bool alsaceMoselle = false;
    bool whitMondayWorked = false;
    bool calendarDays = false;
    QList<QDate> daysOff;
};

inline const QString fullTimePattern = QStringLiteral("11111111110000");
inline const QString fourDays80Pattern = QStringLiteral("11110011110000");    // Wednesday off
inline const QString fourAndHalf90Pattern = QStringLiteral("11111011110000"); // Wed. afternoon off
inline const QString half50Pattern = QStringLiteral("11111000000000"); // Mon., Tue., Wed. morning

inline QList<LeaveDayCase> leaveDayCases()
{
    const QList<QPair<QDate, QString>> full = {{QDate(2020, 1, 1), fullTimePattern}};
    const QList<QPair<QDate, QString>> eighty = {{QDate(2020, 1, 1), fourDays80Pattern}};
    const QList<QPair<QDate, QString>> ninety = {{QDate(2020, 1, 1), fourAndHalf90Pattern}};
    const QList<QPair<QDate, QString>> half = {{QDate(2020, 1, 1), half50Pattern}};
    auto c = [](const char *name,
                const QList<QPair<QDate, QString>> &times,
                const char *from,
                const char *to,
                int halfDays) {
        LeaveDayCase x;
        x.name = QString::fromUtf8(name);
        x.workingTimes = times;
        x.from = QString::fromLatin1(from);
        x.to = QString::fromLatin1(to);
        x.halfDays = halfDays;
        return x;
    };
    auto alsace = [](LeaveDayCase x) {
        x.alsaceMoselle = true;
        return x;
    };
    auto whitWorked = [](LeaveDayCase x) {
        x.whitMondayWorked = true;
        return x;
    };
    auto calendar = [](LeaveDayCase x) {
        x.calendarDays = true;
        return x;
    };
    auto dayOff = [](LeaveDayCase x, QDate day) {
        x.daysOff.append(day);
        return x;
    };
    return {
        c("2025 Easter Monday week", full, "2025-04-21", "2025-04-25", 8),
        c("2025 1 and 8 May, two weeks", full, "2025-04-28", "2025-05-09", 16),
        c("2025 Ascension week", full, "2025-05-26", "2025-05-30", 8),
        c("2025 Whit Monday week", full, "2025-06-09", "2025-06-13", 8),
        whitWorked(c("2025 Whit Monday worked", full, "2025-06-09", "2025-06-13", 10)),
        c("2025 Christmas to New Year", full, "2025-12-22", "2026-01-02", 16),
        c("2026 Ascension week", full, "2026-05-11", "2026-05-15", 8),
        c("2026 Whit Monday week", full, "2026-05-25", "2026-05-29", 8),
        whitWorked(c("2026 Whit Monday worked", full, "2026-05-25", "2026-05-29", 10)),
        c("2026 14 July, Tuesday", full, "2026-07-13", "2026-07-17", 8),
        c("2027 Easter Monday week", full, "2027-03-29", "2027-04-02", 8),
        c("2027 Ascension week", full, "2027-05-03", "2027-05-07", 8),
        c("2027 Whit Monday week", full, "2027-05-17", "2027-05-21", 8),
        c("2027 1 November, Monday", full, "2027-11-01", "2027-11-05", 8),
        c("2028 Ascension week", full, "2028-05-22", "2028-05-26", 8),
        c("2028 14 July, Friday", full, "2028-07-10", "2028-07-14", 8),
        c("2029 Easter Monday week", full, "2029-04-02", "2029-04-06", 8),
        c("2029 8 May and Ascension, same week", full, "2029-05-07", "2029-05-11", 6),
        c("2029 1 November, Thursday", full, "2029-10-29", "2029-11-02", 8),
        c("2030 Ascension week", full, "2030-05-27", "2030-05-31", 8),
        c("2030 Whit Monday week", full, "2030-06-10", "2030-06-14", 8),
        c("2008 Ascension on 1 May",
          {{QDate(2000, 1, 1), fullTimePattern}},
          "2008-04-28",
          "2008-05-02",
          8),

        c("half-days at both ends", full, "2026-03-09pm", "2026-03-11am", 4),
        c("one morning", full, "2026-03-10am", "2026-03-10am", 1),
        c("one afternoon", full, "2026-03-10pm", "2026-03-10pm", 1),
        c("one whole day", full, "2026-03-10", "2026-03-10", 2),
        c("weekend in between", full, "2026-03-12", "2026-03-17", 8),
        c("from a Saturday", full, "2026-03-14", "2026-03-16", 2),
        c("a holiday's morning", full, "2026-05-14am", "2026-05-14am", 0),
        c("four weeks", full, "2031-03-03", "2031-03-28", 40),

        c("80 % over four days, a week", eighty, "2026-03-09", "2026-03-13", 8),
        c("80 % over four days, two weeks", eighty, "2026-03-09", "2026-03-20", 16),
        c("80 %, a Wednesday alone", eighty, "2026-03-11", "2026-03-11", 0),
        c("80 %, holiday on the day off", eighty, "2027-07-12", "2027-07-16", 8),
        c("80 %, Ascension week", eighty, "2026-05-11", "2026-05-15", 6),
        c("90 %, Wednesday afternoon off", ninety, "2026-03-09", "2026-03-13", 9),
        c("90 %, the Wednesday", ninety, "2026-03-11", "2026-03-11", 1),
        c("50 %, a week", half, "2026-03-09", "2026-03-13", 5),
        c("50 %, from Wednesday afternoon", half, "2026-03-11pm", "2026-03-13", 0),
        c("50 %, ending Tuesday noon", half, "2026-03-09", "2026-03-10am", 3),

        c("Good Friday, elsewhere", full, "2026-03-30", "2026-04-03", 10),
        alsace(c("Good Friday, Alsace-Moselle", full, "2026-03-30", "2026-04-03", 8)),
        c("26 December, elsewhere", full, "2025-12-22", "2025-12-26", 8),
        alsace(c("26 December, Alsace-Moselle", full, "2025-12-22", "2025-12-26", 6)),
        whitWorked(
            alsace(c("Alsace-Moselle, Whit Monday worked", full, "2026-05-25", "2026-05-29", 10))),

        calendar(c("calendar days, a week", eighty, "2026-03-09", "2026-03-15", 14)),
        calendar(c("calendar days, Ascension counts", eighty, "2026-05-11", "2026-05-17", 14)),
        calendar(
            c("calendar days, afternoon to morning", eighty, "2026-03-09pm", "2026-03-10am", 2)),
        calendar(c("calendar days, no working time", {}, "2026-03-09", "2026-03-10", 4)),

        // Full time until 31 March 2026, then 80 % with Wednesday off. Two weeks from Monday
        // 30 March: 4 days (Wednesday 1 April off), then 3 (Easter Monday, Wednesday off).
        c("working time changes inside",
          {{QDate(2020, 1, 1), fullTimePattern}, {QDate(2026, 4, 1), fourDays80Pattern}},
          "2026-03-30",
          "2026-04-10",
          14),
        // Before the first working time the agent worked no day.
        c("before the first working time",
          {{QDate(2026, 3, 11), fullTimePattern}},
          "2026-03-09",
          "2026-03-13",
          6),

        dayOff(c("a day off of the town", full, "2026-06-08", "2026-06-12", 8), QDate(2026, 6, 10)),
        dayOff(c("a day off on a holiday", full, "2026-05-11", "2026-05-15", 8),
               QDate(2026, 5, 14)),
        dayOff(c("a day off on the day not worked", eighty, "2026-06-08", "2026-06-12", 8),
               QDate(2026, 6, 10)),

        c("no working time", {}, "2026-03-09", "2026-03-10", -1),
    };
}
