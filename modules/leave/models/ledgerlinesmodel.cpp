#include "ledgerlinesmodel.h"
#include <leave/leavetr.h>

#include "leaverequestlistmodel.h"
#include <leave/domain/leavedays.h>
#include <leave/store/leaveledger.h>

#include <core/storage/database.h>

#include <QBrush>
#include <QColor>
#include <QDate>

#include <cstdlib>

namespace Civitas::Leave {

namespace {

QString afterBar(const QString &s)
{
    return s.mid(s.indexOf(QLatin1Char('|')) + 1);
}

QString beforeBar(const QString &s)
{
    return s.left(s.indexOf(QLatin1Char('|')));
}

} // namespace

LedgerLinesModel::LedgerLinesModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    setSource(database.connection(),
              QStringLiteral("leave_ledger_entries e JOIN leave_types t ON t.id = e.leave_type_id "
                             "LEFT JOIN leave_requests r ON r.id = e.request_id"),
              QStringLiteral("e.id"));
    // The type's balance once this line is written, in the ledger's own order (LeaveLedger::
    // entries): the running sum the agent would do by hand.
    const QString balanceAfter = QStringLiteral(
        "(SELECT sum(x.days_hundredths) FROM leave_ledger_entries x WHERE x.agent_id = e.agent_id "
        "AND x.year = e.year "
        "AND x.leave_type_id = e.leave_type_id AND x.deleted = 0 "
        "AND (x.effective_date, x.updated_at, x.id) <= (e.effective_date, e.updated_at, e.id))");
    setColumns({
        {Tr::tr("Date"),
         QStringLiteral("e.effective_date"),
         {},
         {},
         [](const QVariant &v) {
             return QDate::fromString(v.toString(), Qt::ISODate)
                 .toString(QStringLiteral("dd/MM/yyyy"));
         }},
        {Tr::tr("Leave"),
         QStringLiteral("t.colour || '|' || t.label"),
         QStringLiteral("t.label"),
         {},
         [](const QVariant &v) {
             return afterBar(v.toString());
         }},
        {Tr::tr("What"),
         QStringLiteral("e.kind || '|' || (e.reverses_entry_id IS NOT NULL)"),
         QStringLiteral("e.kind"),
         {},
         [](const QVariant &v) {
             const QString s = v.toString();
             const LedgerEntry::Kind kind = LedgerEntry::kindFromCode(beforeBar(s));
             if (afterBar(s) != QLatin1String("1"))
                 return LedgerEntry::kindLabel(kind);
             return kind == LedgerEntry::Kind::Use
                        ? Tr::tr("Leave given back")
                        : Tr::tr("%1 withdrawn").arg(LedgerEntry::kindLabel(kind));
         }},
        {Tr::tr("Days"),
         QStringLiteral("e.days_hundredths"),
         {},
         Qt::AlignRight | Qt::AlignVCenter,
         [](const QVariant &v) {
             return signedDays(v.toInt());
         }},
        {Tr::tr("Balance after"),
         balanceAfter,
         {},
         Qt::AlignRight | Qt::AlignVCenter,
         [](const QVariant &v) {
             return LeaveDays::format(v.toInt());
         }},
        {Tr::tr("Request"),
         QStringLiteral("CASE WHEN r.id IS NULL THEN '' ELSE r.id || '|' || r.start_date || '|' || "
                        "r.start_half "
                        "|| '|' || r.end_date || '|' || r.end_half END"),
         QStringLiteral("coalesce(r.start_date, '')"),
         {},
         [](const QVariant &v) {
             return LeaveRequestListModel::periodText(afterBar(v.toString()));
         }},
        {Tr::tr("Note"),
         QStringLiteral("e.note || '|' || e.source"),
         {},
         {},
         [](const QVariant &v) {
             const QString s = v.toString();
             const QString note = beforeBar(s);
             return note.isEmpty() ? sourceText(afterBar(s)) : note;
         }},
    });
    setAgentAndYear(QString(QLatin1String("")), QDate::currentDate().year());
    sort(DateColumn, Qt::AscendingOrder);
}

void LedgerLinesModel::setAgentAndYear(const QString &agentId, int year)
{
    setFilter(QStringLiteral("agentYear"),
              QStringLiteral("e.agent_id = ? AND e.year = ? AND e.deleted = 0"),
              {agentId, year});
}

QVariant LedgerLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RequestIdRole)
        return beforeBar(
            SqlListModel::data(this->index(index.row(), RequestColumn), RawRole).toString());
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return QColor(beforeBar(SqlListModel::data(index, RawRole).toString()));
    if (role == Qt::ForegroundRole
        && (index.column() == AmountColumn || index.column() == BalanceColumn)) {
        const int amount = SqlListModel::data(index, RawRole).toInt();
        if (amount < 0)
            return QBrush(index.column() == AmountColumn ? QColor(0x8a, 0x5a, 0x00)
                                                         : QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return SqlListModel::data(index, Qt::DisplayRole);
    return SqlListModel::data(index, role);
}

QString LedgerLinesModel::signedDays(int hundredths)
{
    const QString days = LeaveDays::format(std::abs(hundredths));
    if (hundredths == 0)
        return days;
    // The minus sign, not a hyphen: it reads as one in a column of figures.
    return (hundredths > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + days;
}

QString LedgerLinesModel::sourceText(const QString &source)
{
    if (source == QLatin1String("request"))
        return Tr::tr("Approved request");
    if (source == QLatin1String("cancellation"))
        return Tr::tr("Cancelled leave");
    if (source == QLatin1String("recount"))
        return Tr::tr("Counted again after a calendar or working time change");
    if (source == QLatin1String("hr"))
        return Tr::tr("Entered by HR");
    if (source.startsWith(QLatin1String("close-")))
        return Tr::tr("Year-end closing");
    return source;
}

} // namespace Civitas::Leave
