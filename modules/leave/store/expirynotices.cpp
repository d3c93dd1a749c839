#include "expirynotices.h"
#include <leave/leavetr.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QUuid>

namespace Civitas::Leave {

namespace {

QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

ExpiryNotices::ExpiryNotices(Database &database)
    : m_database(database)
{}

Result<QList<ExpiryNotices::Due>> ExpiryNotices::due(int year, QDate from) const
{
    // Carry-over lines into the year not reversed, as the server counts a notice's days
    // (civitas.leave_carried_until).
    Sql::Statement q(
        m_database.connection(),
        QStringLiteral(
            "SELECT e.agent_id, %1, e.expires_on, sum(e.days_hundredths) "
            "FROM leave_ledger_entries e JOIN leave_types t ON t.id = e.leave_type_id "
            "LEFT JOIN agents a ON a.id = e.agent_id "
            "WHERE e.year = ? AND e.kind = 'carry_over' AND e.days_hundredths > 0 "
            "AND e.expires_on >= ? AND e.deleted = 0 AND e.reverses_entry_id IS NULL "
            "AND t.code = 'annual' AND NOT EXISTS (SELECT 1 FROM leave_ledger_entries x "
            "WHERE x.reverses_entry_id = e.id AND x.deleted = 0) "
            "AND NOT EXISTS (SELECT 1 FROM leave_expiry_notices n WHERE n.agent_id = e.agent_id "
            "AND n.expires_on = e.expires_on AND n.deleted = 0) "
            "GROUP BY e.agent_id, e.expires_on ORDER BY 2, e.expires_on")
            .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    if (!q.exec({year, Sql::isoDate(from)}))
        return Result<QList<Due>>::failure(
            Tr::tr("The carried-over days could not be read: %1").arg(q.error()));
    QList<Due> result;
    while (q.next())
        result.append({q.text(0),
                       q.text(1).isEmpty() ? q.text(0) : q.text(1),
                       year,
                       QDate::fromString(q.text(2), Qt::ISODate),
                       q.value(3).toInt()});
    return result;
}

Result<int> ExpiryNotices::issue(int year,
                                 QDate from,
                                 const QString &issuedBy,
                                 const QString &issuersAgentId,
                                 const QDateTime &issuedAt)
{
    QSqlDatabase db = m_database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok())
        return Result<int>::failure(begun.error());
    const Result<int> issued = issueWithin(year, from, issuedBy, issuersAgentId, issuedAt);
    if (!issued) {
        db.rollback();
        return issued;
    }
    if (!db.commit())
        return Result<int>::failure(Tr::tr("The notices could not be written."));
    return issued;
}

Result<int> ExpiryNotices::issueWithin(int year,
                                       QDate from,
                                       const QString &issuedBy,
                                       const QString &issuersAgentId,
                                       const QDateTime &issuedAt)
{
    const Result<QList<Due>> toIssue = due(year, from);
    if (!toIssue)
        return Result<int>::failure(toIssue.error());
    Sql::Statement insert(m_database.connection(),
                          QStringLiteral("INSERT INTO leave_expiry_notices (id, agent_id, year, "
                                         "expires_on, days_hundredths, issued_by, issued_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString now = (issuedAt.isValid() ? issuedAt : QDateTime::currentDateTime())
                            .toUTC()
                            .toString(Qt::ISODateWithMs);
    int issued = 0;
    for (const Due &d : *toIssue) {
        // Nobody informs themselves: another HR officer does (the server refuses it too).
        if (!issuersAgentId.isEmpty() && d.agentId == issuersAgentId)
            continue;
        if (!insert.exec({QUuid::createUuid().toString(QUuid::WithoutBraces),
                          d.agentId,
                          d.year,
                          Sql::isoDate(d.expiresOn),
                          d.hundredths,
                          issuedBy,
                          now}))
            return Result<int>::failure(
                Tr::tr("The notices could not be written: %1").arg(insert.error()));
        ++issued;
    }
    return issued;
}

namespace {

const char *noticeColumns = "n.id, n.agent_id, %1, n.year, n.expires_on, n.days_hundredths, "
                            "n.issued_by, n.issued_at, coalesce(n.read_at, '')";

QList<ExpiryNotices::Notice> readNotices(Sql::Statement &q)
{
    QList<ExpiryNotices::Notice> result;
    while (q.next()) {
        ExpiryNotices::Notice n;
        n.id = q.text(0);
        n.agentId = q.text(1);
        n.agentName = q.text(2).isEmpty() ? n.agentId : q.text(2);
        n.year = q.value(3).toInt();
        n.expiresOn = QDate::fromString(q.text(4), Qt::ISODate);
        n.hundredths = q.value(5).toInt();
        n.issuedBy = q.text(6);
        n.issuedAt = timeOf(q.text(7));
        n.readAt = timeOf(q.text(8));
        result.append(n);
    }
    return result;
}

} // namespace

Result<QList<ExpiryNotices::Notice>> ExpiryNotices::ofYear(int year) const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT %1 FROM leave_expiry_notices n LEFT JOIN agents a ON "
                                    "a.id = n.agent_id WHERE n.year = ? AND n.deleted = 0 "
                                    "ORDER BY 3, n.expires_on")
                         .arg(QString::fromLatin1(noticeColumns)
                                  .arg(Hr::agentDisplayNameSql(QStringLiteral("a")))));
    if (!q.exec({year}))
        return Result<QList<Notice>>::failure(
            Tr::tr("The notices could not be read: %1").arg(q.error()));
    return readNotices(q);
}

Result<QList<ExpiryNotices::Notice>> ExpiryNotices::current(const QString &agentId,
                                                            QDate today) const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT %1 FROM leave_expiry_notices n LEFT JOIN agents a ON "
                                    "a.id = n.agent_id WHERE n.agent_id = ? AND n.expires_on >= ? "
                                    "AND n.deleted = 0 ORDER BY n.expires_on DESC")
                         .arg(QString::fromLatin1(noticeColumns)
                                  .arg(Hr::agentDisplayNameSql(QStringLiteral("a")))));
    if (!q.exec({agentId, Sql::isoDate(today)}))
        return Result<QList<Notice>>::failure(
            Tr::tr("The notices could not be read: %1").arg(q.error()));
    return readNotices(q);
}

int ExpiryNotices::unreadCount(const QString &agentId, QDate today) const
{
    if (agentId.isEmpty())
        return 0;
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM leave_expiry_notices WHERE agent_id = ? "
                                    "AND expires_on >= ? AND read_at IS NULL AND deleted = 0"));
    if (!q.first({agentId, Sql::isoDate(today)})) {
        if (q.failed())
            qCWarning(lcLeave) << "expiry notices could not be counted:" << q.error();
        return 0;
    }
    return q.value(0).toInt();
}

Result<void> ExpiryNotices::markRead(const QString &noticeId)
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("UPDATE leave_expiry_notices SET read_at = ? WHERE id = ? "
                                    "AND read_at IS NULL"));
    if (!q.exec({QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), noticeId}))
        return Result<void>::failure(
            Tr::tr("The notice could not be marked as read: %1").arg(q.error()));
    return {};
}

} // namespace Civitas::Leave
