#include "leavedaycounter.h"
#include <leave/leavetr.h>

#include <QLocale>
#include <QRegularExpression>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

bool LeaveBoundary::parse(const QString &text,
                          WeeklyPattern::HalfDay defaultHalf,
                          LeaveBoundary *boundary)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4})\\s*(am|pm|)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const QString day = m.captured(1);
    const QDate date = day.contains(QLatin1Char('/'))
                           ? QDate::fromString(day, QStringLiteral("dd/MM/yyyy"))
                           : QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return false;
    const QString half = m.captured(2).toLower();
    boundary->date = date;
    boundary->half = half.isEmpty()                ? defaultHalf
                     : half == QLatin1String("am") ? WeeklyPattern::Morning
                                                   : WeeklyPattern::Afternoon;
    return true;
}

LeaveDayCounter::LeaveDayCounter(WorkingSchedule schedule, LeaveCalendar calendar)
    : m_schedule(std::move(schedule))
    , m_calendar(std::move(calendar))
{}

LeaveDayCounter::Result LeaveDayCounter::count(const LeaveBoundary &start,
                                               const LeaveBoundary &end,
                                               Counting counting) const
{
    Result result;
    if (!start.date.isValid() || !end.date.isValid()) {
        result.error = Tr::tr("Give the first and the last day of the leave.");
        return result;
    }
    // Half-days numbered from the start's morning: the request covers [first, last].
    const qint64 first = start.half == WeeklyPattern::Afternoon ? 1 : 0;
    const qint64 last
        = start.date.daysTo(end.date) * 2 + (end.half == WeeklyPattern::Afternoon ? 1 : 0);
    if (last < first) {
        const QLocale locale;
        result.error = Tr::tr("The leave ends (%1) before it starts (%2).")
                           .arg(locale.toString(end.date, QLocale::ShortFormat),
                                locale.toString(start.date, QLocale::ShortFormat));
        return result;
    }
    if (counting == Counting::WorkingDays && m_schedule.isEmpty()) {
        result.error = Tr::tr("The agent's file has no working time: the days worked are unknown.");
        return result;
    }
    for (qint64 i = first; i <= last; ++i) {
        const QDate day = start.date.addDays(i / 2);
        const auto half = WeeklyPattern::HalfDay(i % 2);
        if (counting == Counting::CalendarDays) {
            ++result.halfDays;
            continue;
        }
        if (!m_schedule.isWorked(day, half))
            continue;
        if (m_calendar.isDayOff(day)) {
            if (result.holidays.isEmpty() || result.holidays.constLast().date != day)
                result.holidays.append({day, m_calendar.dayOffName(day)});
            continue;
        }
        ++result.halfDays;
    }
    return result;
}

} // namespace Civitas::Leave
