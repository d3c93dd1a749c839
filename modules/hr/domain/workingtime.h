#pragma once

#include "weeklypattern.h"

#include <QDate>
#include <QString>

namespace Civitas::Hr {

// Working time from a date on: full time, part time (a rate), or a non-full-time post (in
// 35ths of a week), with the weekly hours and the half-days worked.
struct WorkingTime
{
    QString id;
    QDate effectiveDate;
    QString kind = QStringLiteral("full_time"); // full_time, part_time, non_full_time
    int partTimeRate = 0;                       // 50..90 for part time
    int thirtyFifths = 0;                       // 1..34 for a non-full-time post
    int weeklyMinutes = 35 * 60;
    WeeklyPattern pattern = WeeklyPattern::fiveDays();
};

} // namespace Civitas::Hr
