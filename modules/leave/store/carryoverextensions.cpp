#include "carryoverextensions.h"
#include <leave/leavetr.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QUuid>

namespace Civitas::Leave {

CarryOverExtensions::CarryOverExtensions(Database &database)
    : m_database(database)
{}

Result<QString> CarryOverExtensions::record(const QString &agentId,
                                            int year,
                                            QDate extendedTo,
                                            const QString &reason,
                                            const QString &decidedBy,
                                            const QString &decidersAgentId)
{
    if (!decidersAgentId.isEmpty() && agentId == decidersAgentId)
        return Result<QString>::failure(
            Tr::tr("Nobody decides on their own leave: another HR officer extends it."));
    if (reason.trimmed().isEmpty() || reason.size() > 1000)
        return Result<QString>::failure(
            Tr::tr("An extension gives its reason (the decision), in at most 1000 characters."));
    if (!extendedTo.isValid() || extendedTo <= QDate(year + 1, 1, 1))
        return Result<QString>::failure(
            Tr::tr("An extension of the leave carried out of %1 ends after 1 January %2.")
                .arg(year)
                .arg(year + 1));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sql::Statement insert(m_database.connection(),
                          QStringLiteral("INSERT INTO leave_carry_over_extensions (id, agent_id, "
                                         "year, extended_to, reason, decided_by, decided_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec({id,
                      agentId,
                      year,
                      Sql::isoDate(extendedTo),
                      reason.trimmed(),
                      decidedBy,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}))
        return Result<QString>::failure(
            Tr::tr("The extension could not be recorded: %1").arg(insert.error()));
    return id;
}

Result<QList<CarryOverExtensions::Decision>> CarryOverExtensions::ofYear(int year) const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT id, agent_id, year, extended_to, reason, decided_by, "
                                    "decided_at FROM leave_carry_over_extensions "
                                    "WHERE year = ? AND deleted = 0 ORDER BY decided_at DESC, id"));
    if (!q.exec({year}))
        return Result<QList<Decision>>::failure(
            Tr::tr("The extensions of the carry-over could not be read: %1").arg(q.error()));
    QList<Decision> result;
    while (q.next()) {
        Decision d;
        d.id = q.text(0);
        d.agentId = q.text(1);
        d.year = q.value(2).toInt();
        d.extendedTo = QDate::fromString(q.text(3), Qt::ISODate);
        d.reason = q.text(4);
        d.decidedBy = q.text(5);
        d.decidedAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
        result.append(d);
    }
    return result;
}

} // namespace Civitas::Leave
