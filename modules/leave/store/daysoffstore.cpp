#include "daysoffstore.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QUuid>

namespace Civitas::Leave {

DaysOffStore::DaysOffStore(Database &database)
    : m_database(database)
{}

Result<QList<DaysOffStore::DayOff>> DaysOffStore::list() const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT id, day, name FROM leave_days_off WHERE deleted = 0 "
                                     "ORDER BY day DESC"));
    if (!st.exec(QVariantList())) {
        qCWarning(lcStorage) << "days off not read:" << st.error();
        return Result<QList<DayOff>>::failure(
            Tr::tr("The days off could not be read: %1").arg(st.error()));
    }
    QList<DayOff> days;
    while (st.next())
        days.append({st.text(0), QDate::fromString(st.text(1), Qt::ISODate), st.text(2)});
    return days;
}

Result<QString> DaysOffStore::add(QDate day, const QString &name)
{
    if (name.size() > LeaveTextLimits::label)
        return Result<QString>::failure(
            Tr::tr("The name of the day off is %1 characters long: at most %2.")
                .arg(name.size())
                .arg(LeaveTextLimits::label));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("INSERT INTO leave_days_off (id, day, name) VALUES (?, ?, ?)"));
    if (!st.exec({id, day.toString(Qt::ISODate), Sql::notNull(name)})) {
        qCWarning(lcStorage) << "day off not saved:" << st.error();
        return Result<QString>::failure(
            Tr::tr("The day off could not be saved: %1").arg(st.error()));
    }
    return id;
}

Result<> DaysOffStore::remove(const QString &id)
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("UPDATE leave_days_off SET deleted = 1 WHERE id = ?"));
    if (!st.exec({id})) {
        qCWarning(lcStorage) << "day off not removed:" << st.error();
        return Result<>::failure(Tr::tr("The day off could not be removed: %1").arg(st.error()));
    }
    return success();
}

} // namespace Civitas::Leave
