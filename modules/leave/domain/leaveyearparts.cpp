#include "leaveyearparts.h"

namespace Civitas::Leave {

QList<LeaveYearParts::Part> LeaveYearParts::of(const LeaveDayCounter &counter,
                                               const LeaveBoundary &start,
                                               const LeaveBoundary &end,
                                               LeaveDayCounter::Counting counting,
                                               int halfDays)
{
    QList<Part> parts;
    if (!start.date.isValid() || !end.date.isValid() || end.date.year() <= start.date.year()) {
        parts.append({start.date.year(), halfDays, start.date});
        return parts;
    }
    int counted = 0;
    for (int year = start.date.year(); year <= end.date.year(); ++year) {
        const bool first = year == start.date.year();
        const bool last = year == end.date.year();
        int part = 0;
        if (last) {
            part = halfDays - counted;
        } else {
            const LeaveBoundary from
                = first ? start : LeaveBoundary{QDate(year, 1, 1), Hr::WeeklyPattern::Morning};
            const LeaveDayCounter::Result r = counter.count(
                from, {QDate(year, 12, 31), Hr::WeeklyPattern::Afternoon}, counting);
            part = r.isValid() ? std::min(r.halfDays, halfDays - counted) : 0;
        }
        counted += part;
        if (part > 0)
            parts.append({year, part, first ? start.date : QDate(year, 1, 1)});
    }
    return parts;
}

QString LeaveYearParts::useId(const QString &approvalUseId, int year, int startYear)
{
    return year == startYear ? approvalUseId : QStringLiteral("%1@%2").arg(approvalUseId).arg(year);
}

} // namespace Civitas::Leave
