#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Civitas {

// One event of an iCalendar export: a leave, a council session, a maintenance visit.
// Either all-day (firstDay set) or timed (start set).
struct CalendarEvent
{
    // Stable across exports (e.g. "<row id>@civitas"): a calendar that imports the file again
    // then updates the event instead of adding a duplicate.
    QString uid;
    QString summary;
    QString description;
    QString location;
    QStringList categories;

    // All-day: the first and the last day, both included, as users say them ("from the 3rd to
    // the 5th"); the writer turns the last day into iCalendar's exclusive end. An invalid
    // lastDay means a single day.
    QDate firstDay;
    QDate lastDay;

    // Timed: instants in any time spec, written in UTC. An invalid end means no end.
    QDateTime start;
    QDateTime end;

    bool isAllDay() const { return firstDay.isValid(); }
};

} // namespace Civitas
