#include "leaveledger.h"
#include <leave/leavetr.h>

#include <leave/domain/leaverequest.h>

#include <core/storage/database.h>

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Civitas::Leave {

namespace {
struct KindCode
{
    LedgerEntry::Kind kind;
    const char *code;
};
constexpr KindCode kindCodes[] = {
    {LedgerEntry::Kind::Allocation, "allocation"},
    {LedgerEntry::Kind::Use, "use"},
    {LedgerEntry::Kind::Adjustment, "adjustment"},
    {LedgerEntry::Kind::CarryOver, "carry_over"},
    {LedgerEntry::Kind::Expiry, "expiry"},
    {LedgerEntry::Kind::Deposit, "deposit"},
};

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

QString LeaveLedger::entryColumns()
{
    return QStringLiteral(
        "id, agent_id, leave_type_id, year, kind, days_hundredths, effective_date, expires_on, "
        "request_id, reverses_entry_id, source, note, updated_by");
}

LedgerEntry LeaveLedger::entryFrom(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toString();
    e.agentId = q.value(1).toString();
    e.leaveTypeId = q.value(2).toString();
    e.year = q.value(3).toInt();
    e.kind = LedgerEntry::kindFromCode(q.value(4).toString());
    e.daysHundredths = q.value(5).toInt();
    e.effectiveDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.expiresOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.requestId = q.value(8).toString();
    e.reversesEntryId = q.value(9).toString();
    e.source = q.value(10).toString();
    e.note = q.value(11).toString();
    e.updatedBy = q.value(12).toString();
    return e;
}

QString LedgerEntry::kindCode(Kind kind)
{
    for (const KindCode &k : kindCodes) {
        if (k.kind == kind)
            return QLatin1String(k.code);
    }
    return QStringLiteral("adjustment");
}

LedgerEntry::Kind LedgerEntry::kindFromCode(const QString &code)
{
    for (const KindCode &k : kindCodes) {
        if (code == QLatin1String(k.code))
            return k.kind;
    }
    return Kind::Adjustment;
}

QString LedgerEntry::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Allocation:
        return Tr::tr("Allocation");
    case Kind::Use:
        return Tr::tr("Leave taken");
    case Kind::Adjustment:
        return Tr::tr("Adjustment");
    case Kind::CarryOver:
        return Tr::tr("Carry-over");
    case Kind::Expiry:
        return Tr::tr("Expiry");
    case Kind::Deposit:
        return Tr::tr("Time savings account deposit");
    }
    return {};
}

LeaveLedger::LeaveLedger(Database &database)
    : m_database(database)
{}

LeaveLedger::~LeaveLedger() = default;

QList<LeaveBalance> LeaveLedger::balances(const QString &agentId, int year) const
{
    // One pass over the agent's ledger lines and pending requests of the year, grouped by
    // type, in the types' display order. The time savings account is not a year's: its
    // deposits stay in their source year and never expire, so it sums every year so far. Prepared
    // once per ledger: a page (or a town-wide report) asks for many agents in a row.
    if (!m_balancesQuery) {
        m_balancesQuery = std::make_unique<QSqlQuery>(m_database.connection());
        m_balancesQuery->setForwardOnly(true);
        m_balancesQuery->prepare(QStringLiteral(
            "SELECT x.leave_type_id, sum(x.rights), sum(x.used), sum(x.pending) FROM ("
            "  SELECT leave_type_id, sum(CASE WHEN kind <> 'use' THEN days_hundredths ELSE 0 END) "
            "AS rights, "
            "  sum(CASE WHEN kind = 'use' THEN days_hundredths ELSE 0 END) AS used, 0 AS pending "
            "  FROM leave_ledger_entries WHERE agent_id = ? AND year = ? AND deleted = 0 GROUP BY "
            "leave_type_id "
            "  UNION ALL "
            "  SELECT leave_type_id, sum(days_hundredths), 0, 0 FROM leave_ledger_entries "
            "  WHERE agent_id = ? AND year < ? AND deleted = 0 "
            "  AND leave_type_id IN (SELECT id FROM leave_types WHERE code = 'tsa') GROUP BY "
            "leave_type_id "
            "  UNION ALL "
            "  SELECT leave_type_id, 0, 0, sum(half_days) * 50 FROM leave_requests "
            "  WHERE agent_id = ? AND deleted = 0 AND state IN ('submitted', 'waiting_hr') "
            "  AND start_date >= ? AND start_date < ? GROUP BY leave_type_id) x "
            "JOIN leave_types t ON t.id = x.leave_type_id AND t.deleted = 0 AND t.has_balance = 1 "
            "GROUP BY x.leave_type_id ORDER BY t.sort_order, t.label COLLATE french"));
    }
    QSqlQuery &q = *m_balancesQuery;
    q.addBindValue(agentId);
    q.addBindValue(year);
    q.addBindValue(agentId);
    q.addBindValue(year);
    q.addBindValue(agentId);
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    QList<LeaveBalance> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        LeaveBalance b;
        b.leaveTypeId = q.value(0).toString();
        b.rightsHundredths = q.value(1).toInt();
        b.usedHundredths = q.value(2).toInt();
        b.pendingHundredths = q.value(3).toInt();
        result.append(b);
    }
    q.finish();
    return result;
}

LeaveBalance LeaveLedger::balance(const QString &agentId,
                                  const QString &leaveTypeId,
                                  int year,
                                  const QString &excludingRequestId) const
{
    LeaveBalance b;
    b.leaveTypeId = leaveTypeId;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN kind <> 'use' THEN days_hundredths ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN kind = 'use' THEN days_hundredths ELSE 0 END), 0) FROM "
        "leave_ledger_entries "
        "WHERE agent_id = ? AND (year = ? OR (year < ? AND leave_type_id IN (SELECT id FROM "
        "leave_types WHERE code = 'tsa'))) "
        "AND leave_type_id = ? AND deleted = 0"));
    q.addBindValue(agentId);
    q.addBindValue(year);
    q.addBindValue(year);
    q.addBindValue(leaveTypeId);
    if (q.exec() && q.next()) {
        b.rightsHundredths = q.value(0).toInt();
        b.usedHundredths = q.value(1).toInt();
    }
    QSqlQuery p(m_database.connection());
    p.prepare(QStringLiteral("SELECT coalesce(sum(half_days), 0) * 50 FROM leave_requests WHERE "
                             "agent_id = ? AND leave_type_id = ? "
                             "AND deleted = 0 AND state IN ('submitted', 'waiting_hr') AND "
                             "start_date >= ? AND start_date < ? AND id <> ?"));
    p.addBindValue(agentId);
    p.addBindValue(leaveTypeId);
    p.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    p.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    p.addBindValue(excludingRequestId.isEmpty() ? QStringLiteral("-") : excludingRequestId);
    if (p.exec() && p.next())
        b.pendingHundredths = p.value(0).toInt();
    return b;
}

QList<LedgerEntry> LeaveLedger::entries(const QString &agentId, int year) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM leave_ledger_entries WHERE agent_id = ? AND year = ? AND deleted = 0 "
            "ORDER BY effective_date, updated_at, id")
            .arg(entryColumns()));
    q.addBindValue(agentId);
    q.addBindValue(year);
    QList<LedgerEntry> result;
    if (q.exec()) {
        while (q.next())
            result.append(entryFrom(q));
    }
    return result;
}

QList<LedgerEntry> LeaveLedger::entriesOfRequest(const QString &requestId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM leave_ledger_entries WHERE request_id = ? AND deleted = 0 "
                       "ORDER BY effective_date, updated_at, id")
            .arg(entryColumns()));
    q.addBindValue(requestId);
    QList<LedgerEntry> result;
    if (q.exec()) {
        while (q.next())
            result.append(entryFrom(q));
    }
    return result;
}

bool LeaveLedger::append(LedgerEntry &entry, QString *errorMessage)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, "
                             "kind, days_hundredths, effective_date, "
                             "expires_on, request_id, reverses_entry_id, source, note) VALUES (?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(entry.agentId);
    q.addBindValue(entry.leaveTypeId);
    q.addBindValue(entry.year);
    q.addBindValue(LedgerEntry::kindCode(entry.kind));
    q.addBindValue(entry.daysHundredths);
    q.addBindValue(entry.effectiveDate.toString(Qt::ISODate));
    q.addBindValue(entry.expiresOn.isValid() ? QVariant(entry.expiresOn.toString(Qt::ISODate))
                                             : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullIfEmpty(entry.requestId));
    q.addBindValue(nullIfEmpty(entry.reversesEntryId));
    q.addBindValue(entry.source.isNull() ? QString(QLatin1String("")) : entry.source);
    q.addBindValue(entry.note.isNull() ? QString(QLatin1String("")) : entry.note);
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = Tr::tr("The ledger could not be written: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool LeaveLedger::reverse(const LedgerEntry &original,
                          const QString &source,
                          const QString &note,
                          QString *errorMessage,
                          QDate on)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM leave_ledger_entries WHERE reverses_entry_id = ? AND deleted = 0"));
    q.addBindValue(original.id);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return true;
    LedgerEntry reversal = original;
    reversal.id = reversalId(original.id);
    reversal.daysHundredths = -original.daysHundredths;
    reversal.effectiveDate = on.isValid() ? on : QDate::currentDate();
    reversal.reversesEntryId = original.id;
    reversal.source = source;
    reversal.note = note;
    return append(reversal, errorMessage);
}

QString LeaveLedger::useId(const QString &requestId, int earlierUses)
{
    return earlierUses <= 0 ? requestId + QStringLiteral(":use")
                            : QStringLiteral("%1:use:%2").arg(requestId).arg(earlierUses + 1);
}

QString LeaveLedger::reversalId(const QString &entryId)
{
    return entryId + QStringLiteral(":reversal");
}

int LeaveLedger::usesOfRequest(const QString &requestId) const
{
    // Tombstones included, as on the server: an id is never given twice.
    QSqlQuery q(m_database.connection());
    // An approval's lines of later years ("@<year>", LeaveYearParts) share its number.
    q.prepare(QStringLiteral(
        "SELECT count(DISTINCT CASE WHEN instr(id, '@') > 0 THEN substr(id, 1, instr(id, '@') - 1) "
        "ELSE id END) FROM leave_ledger_entries WHERE request_id = ? "
        "AND kind = 'use' AND reverses_entry_id IS NULL"));
    q.addBindValue(requestId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool LeaveLedger::reverseRequest(const QString &requestId,
                                 const QString &source,
                                 const QString &note,
                                 QString *errorMessage)
{
    const QList<LedgerEntry> all = entriesOfRequest(requestId);
    QSet<QString> reversed;
    for (const LedgerEntry &e : all) {
        if (!e.reversesEntryId.isEmpty())
            reversed.insert(e.reversesEntryId);
    }
    for (const LedgerEntry &e : all) {
        if (e.reversesEntryId.isEmpty() && !reversed.contains(e.id)
            && !reverse(e, source, note, errorMessage, e.effectiveDate))
            return false;
    }
    return true;
}

} // namespace Civitas::Leave
