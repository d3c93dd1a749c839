#include "workingschedule.h"

#include <core/storage/database.h>

#include <QSqlQuery>

#include <algorithm>

namespace Civitas::Leave {

WorkingSchedule::WorkingSchedule(QList<Hr::WorkingTime> history)
    : m_history(std::move(history))
{
    std::stable_sort(m_history.begin(), m_history.end(),
                     [](const Hr::WorkingTime &a, const Hr::WorkingTime &b) { return a.effectiveDate < b.effectiveDate; });
}

WorkingSchedule WorkingSchedule::forAgent(Database &database, const QString &agentId)
{
    QList<Hr::WorkingTime> history;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT effective_date, weekly_pattern FROM working_times "
                             "WHERE agent_id = ? AND deleted = 0 ORDER BY effective_date"));
    q.addBindValue(agentId);
    q.exec();
    while (q.next()) {
        Hr::WorkingTime w;
        w.effectiveDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        Hr::WeeklyPattern::fromCode(q.value(1).toString(), &w.pattern);
        history.append(w);
    }
    return WorkingSchedule(history);
}

Hr::WeeklyPattern WorkingSchedule::patternOn(QDate day) const
{
    // The latest entry that began by `day`.
    auto it = std::upper_bound(m_history.cbegin(), m_history.cend(), day,
                               [](QDate d, const Hr::WorkingTime &w) { return d < w.effectiveDate; });
    if (it == m_history.cbegin())
        return {};
    return std::prev(it)->pattern;
}

bool WorkingSchedule::isWorked(QDate day, Hr::WeeklyPattern::HalfDay half) const
{
    return patternOn(day).isWorked(day.dayOfWeek(), half);
}

} // namespace Civitas::Leave
