#include "leaveicalendarexport.h"
#include <leave/leavetr.h>

#include <leave/domain/leavedays.h>
#include <leave/store/leaveauthority.h>
#include <leave/store/leaveledger.h>

#include <core/access/session.h>
#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Civitas::Leave {

ICalendarWriter LeaveICalendarExport::make(Database &database,
                                           const QString &agentsSql,
                                           const QVariantList &binds,
                                           QDate from,
                                           QDate to,
                                           bool hideHrOnlyTypes,
                                           const QString &calendarName,
                                           QString *errorMessage)
{
    ICalendarWriter writer;
    writer.setCalendarName(calendarName);
    // The hours are the town's, whatever the desk's time zone.
    QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT r.id, r.start_date, r.start_half, r.end_date, r.end_half, r.half_days, "
            "r.state, t.label, t.hr_only, "
            "t.counting, %1 FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id "
            "JOIN agents a ON a.id = r.agent_id WHERE r.deleted = 0 AND r.state IN ('approved', "
            "'cancellation_requested') "
            "AND r.start_date <= ? AND r.end_date >= ? AND r.agent_id IN (%2) ORDER BY "
            "r.start_date, r.id")
            .arg(Hr::agentDisplayNameSql(QStringLiteral("a")), agentsSql));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(from.toString(Qt::ISODate));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = Tr::tr("The leave could not be read: %1").arg(q.lastError().text());
        return writer;
    }
    while (q.next()) {
        CalendarEvent e;
        e.uid = q.value(0).toString() + QStringLiteral("@civitas");
        const QDate first = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const bool startsAfternoon = q.value(2).toString() == QLatin1String("pm");
        const QDate last = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const bool endsMorning = q.value(4).toString() == QLatin1String("am");
        const bool hidden = hideHrOnlyTypes && q.value(8).toBool();
        const QString type = hidden ? Tr::tr("Absence") : q.value(7).toString();
        e.summary = q.value(10).toString() + QStringLiteral(" — ") + type;
        if (!hidden) {
            e.categories = {type};
            const int halfDays = q.value(5).toInt();
            e.description = (q.value(9).toString() == QLatin1String("calendar_days")
                                 ? Tr::tr("%1 (calendar days)")
                                 : Tr::tr("%1 (working days)"))
                                .arg(LeaveDays::format(halfDays * 50));
            if (q.value(6).toString() == QLatin1String("cancellation_requested"))
                e.description += QLatin1Char('\n') + Tr::tr("Cancellation asked");
        }
        if (!startsAfternoon && !endsMorning) {
            e.firstDay = first;
            e.lastDay = last;
        } else {
            e.start = QDateTime(first, startsAfternoon ? afternoonStart() : morningStart(), zone);
            e.end = QDateTime(last, endsMorning ? morningEnd() : afternoonEnd(), zone);
        }
        writer.addEvent(e);
    }
    return writer;
}

ICalendarWriter LeaveICalendarExport::mine(
    Database &database, const Session &session, QDate from, QDate to, QString *errorMessage)
{
    return make(database,
                QStringLiteral("?"),
                {session.agentId()},
                from,
                to,
                false,
                Tr::tr("My leave"),
                errorMessage);
}

ICalendarWriter LeaveICalendarExport::unit(
    Database &database, const QString &unitId, QDate from, QDate to, QString *errorMessage)
{
    QString name;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT name FROM org_units WHERE id = ?"));
    q.addBindValue(unitId);
    if (q.exec() && q.next())
        name = q.value(0).toString();
    return make(
        database,
        QStringLiteral(
            "SELECT id FROM agents WHERE deleted = 0 AND org_unit_id IN (WITH RECURSIVE units(id) "
            "AS "
            "(SELECT ? UNION SELECT o.id FROM org_units o JOIN units u ON o.parent_id = u.id "
            "WHERE o.deleted = 0) SELECT id FROM units)"),
        {unitId},
        from,
        to,
        true,
        Tr::tr("Leave — %1").arg(name),
        errorMessage);
}

ICalendarWriter LeaveICalendarExport::team(
    Database &database, const Session &session, QDate from, QDate to, QString *errorMessage)
{
    return make(database,
                LeaveAuthority(database, session).teamAgentsSql(from),
                {},
                from,
                to,
                true,
                Tr::tr("My team's leave"),
                errorMessage);
}

} // namespace Civitas::Leave
