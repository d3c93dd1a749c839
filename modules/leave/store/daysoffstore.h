#pragma once

#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The days off the mayor grants beyond the public holidays (a bridge day, a closure), as HR
// keeps them (leave_days_off). Leave is not counted on them: adding or removing one queues a
// recount of the leave it falls in (a trigger does), which the caller then runs and shows.
// A day off is never deleted, being synchronised: removing one leaves a tombstone.
class CIVITAS_LEAVE_EXPORT DaysOffStore
{
public:
    explicit DaysOffStore(Database &database);

    struct DayOff
    {
        QString id;
        QDate day;
        QString name;
    };

    // Every day off in force, the latest first.
    Result<QList<DayOff>> list() const;
    // Adds `day` named `name` (agents read it in their calendar); answers its id. Whether the
    // day is already off is LeaveCalendar's to say beforehand.
    Result<QString> add(QDate day, const QString &name);
    Result<> remove(const QString &id);

private:
    Database &m_database;
};

} // namespace Civitas::Leave
