#include "pendingrequestsmodel.h"
#include <leave/leavetr.h>

#include <leave/domain/leavedays.h>
#include <leave/store/leaveledger.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

namespace {

const QChar separator(0x1f);

WeeklyPattern::HalfDay halfOf(const QString &code)
{
    return code == QLatin1String("pm") ? WeeklyPattern::Afternoon : WeeklyPattern::Morning;
}

} // namespace

PendingRequestsModel::PendingRequestsModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    setSource(database.connection(),
              QStringLiteral("leave_requests r JOIN agents a ON a.id = r.agent_id "
                             "JOIN leave_types t ON t.id = r.leave_type_id"),
              QStringLiteral("r.id"));
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    auto before = [](const QVariant &v) {
        return v.toString().section(separator, 0, 0);
    };
    setColumns({
        // The agent's id and unit ride along, after a separator no name holds.
        {Tr::tr("Agent"),
         QStringLiteral("%1 || char(31) || r.agent_id || char(31) || coalesce(a.org_unit_id, '')")
             .arg(name),
         Sql::frenchCollated(name),
         {},
         before},
        {Tr::tr("Type"),
         QStringLiteral("t.label || char(31) || t.colour"),
         QStringLiteral("t.sort_order"),
         {},
         before},
        {Tr::tr("Dates"),
         QStringLiteral("r.start_date || char(31) || r.start_half || char(31) || r.end_date || "
                        "char(31) || r.end_half"),
         QStringLiteral("r.start_date"),
         {},
         [](const QVariant &v) {
             const QStringList p = v.toString().split(separator);
             if (p.size() != 4)
                 return QString();
             return datesText({QDate::fromString(p.at(0), Qt::ISODate), halfOf(p.at(1))},
                              {QDate::fromString(p.at(2), Qt::ISODate), halfOf(p.at(3))});
         }},
        {Tr::tr("Duration"),
         QStringLiteral("r.half_days"),
         {},
         Qt::AlignRight | Qt::AlignVCenter,
         [](const QVariant &v) {
             return LeaveDays::format(v.toInt() * 50);
         }},
        {Tr::tr("State"),
         QStringLiteral("r.state"),
         {},
         {},
         [](const QVariant &v) {
             return LeaveRequestStates::label(LeaveRequestStates::fromCode(v.toString()));
         }},
        // When it reached the user: submitted, forwarded to HR, or cancellation asked.
        {Tr::tr("Asked on"),
         QStringLiteral(
             "coalesce((SELECT max(s.acted_at) FROM leave_request_steps s WHERE s.request_id = "
             "r.id AND s.deleted = 0 "
             "AND s.action IN ('submitted', 'forwarded_to_hr', 'cancellation_requested')), '')"),
         {},
         {},
         [](const QVariant &v) {
             const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
             return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                                : QString();
         }},
        // The ledger of the request's type and year once the decision is written: approving
        // takes the days, cancelling gives them back. Types without a balance show nothing.
        {Tr::tr("Balance after"),
         QStringLiteral("CASE WHEN t.has_balance = 1 THEN (SELECT coalesce(sum(e.days_hundredths), "
                        "0) FROM leave_ledger_entries e "
                        "WHERE e.agent_id = r.agent_id AND e.year = CAST(substr(r.start_date, 1, "
                        "4) AS INTEGER) "
                        "AND e.leave_type_id = r.leave_type_id AND e.deleted = 0) "
                        "+ CASE WHEN r.state = 'cancellation_requested' THEN r.half_days * 50 ELSE "
                        "-r.half_days * 50 END END"),
         {},
         Qt::AlignRight | Qt::AlignVCenter,
         [](const QVariant &v) {
             return v.isNull() ? QStringLiteral("—") : LeaveDays::format(v.toInt());
         }},
        // What the agent wrote: with the request, or why they ask to cancel it.
        {Tr::tr("Agent's comment"),
         QStringLiteral(
             "CASE WHEN r.state = 'cancellation_requested' THEN coalesce((SELECT s.comment FROM "
             "leave_request_steps s WHERE s.request_id = r.id AND s.deleted = 0 AND s.action = "
             "'cancellation_requested' ORDER BY s.acted_at DESC LIMIT 1), r.comment) "
             "ELSE r.comment END"),
         {},
         {},
         [](const QVariant &v) {
             // One line in the list; the whole text in the tooltip.
             return v.toString().simplified();
         }},
    });
    // Nothing until the owner says whose requests: never the whole town by default.
    setFilter(QStringLiteral("scope"), QStringLiteral("0"));
    sort(Dates, Qt::AscendingOrder);
}

void PendingRequestsModel::setScope(const QString &selfAgentId,
                                    const QString &teamAgentsSql,
                                    bool waitingForHr,
                                    bool wholeTown)
{
    QString scope = QStringLiteral("r.deleted = 0 AND r.agent_id <> ? AND (");
    if (wholeTown)
        scope += QStringLiteral("r.state IN ('submitted', 'waiting_hr', 'cancellation_requested')");
    else
        scope += QStringLiteral(
                     "(r.state IN ('submitted', 'cancellation_requested') AND r.agent_id IN (%1))")
                     .arg(teamAgentsSql)
                 + (waitingForHr ? QStringLiteral(" OR r.state = 'waiting_hr'") : QString());
    scope += QLatin1Char(')');
    setFilter(QStringLiteral("scope"), scope, {selfAgentId});
}

QStringList PendingRequestsModel::agentParts(int row) const
{
    return index(row, Agent).data(RawRole).toString().split(separator);
}

QStringList PendingRequestsModel::dateParts(int row) const
{
    return index(row, Dates).data(RawRole).toString().split(separator);
}

QString PendingRequestsModel::agentIdAt(int row) const
{
    return agentParts(row).value(1);
}

QString PendingRequestsModel::agentNameAt(int row) const
{
    return agentParts(row).value(0);
}

QString PendingRequestsModel::unitIdAt(int row) const
{
    return agentParts(row).value(2);
}

LeaveRequestState PendingRequestsModel::stateAt(int row) const
{
    return LeaveRequestStates::fromCode(index(row, State).data(RawRole).toString());
}

LeaveBoundary PendingRequestsModel::startAt(int row) const
{
    const QStringList p = dateParts(row);
    return {QDate::fromString(p.value(0), Qt::ISODate), halfOf(p.value(1))};
}

LeaveBoundary PendingRequestsModel::endAt(int row) const
{
    const QStringList p = dateParts(row);
    return {QDate::fromString(p.value(2), Qt::ISODate), halfOf(p.value(3))};
}

QString PendingRequestsModel::datesText(const LeaveBoundary &start, const LeaveBoundary &end)
{
    const QLocale locale;
    QString from = locale.toString(start.date, QLocale::ShortFormat);
    QString to = locale.toString(end.date, QLocale::ShortFormat);
    if (start.date == end.date) {
        if (start.half == end.half)
            return from + QLatin1Char(' ')
                   + (start.half == WeeklyPattern::Morning ? Tr::tr("morning")
                                                           : Tr::tr("afternoon"));
        return from;
    }
    if (start.half == WeeklyPattern::Afternoon)
        from += QLatin1Char(' ') + Tr::tr("afternoon");
    if (end.half == WeeklyPattern::Morning)
        to += QLatin1Char(' ') + Tr::tr("morning");
    return from + QStringLiteral(" – ") + to;
}

QVariant PendingRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return SqlListModel::data(index, role);
    if (role == Qt::DecorationRole && index.column() == Type) {
        const QString colour
            = SqlListModel::data(index, RawRole).toString().section(separator, 1, 1);
        auto it = m_swatches.constFind(colour);
        if (it != m_swatches.constEnd())
            return it.value();
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.fillRect(QRect(1, 1, 10, 10), QColor(colour));
        p.end();
        const QIcon icon(pixmap);
        m_swatches.insert(colour, icon);
        return icon;
    }
    if (role == Qt::ForegroundRole && index.column() == BalanceAfter) {
        const QVariant v = SqlListModel::data(index, RawRole);
        if (!v.isNull() && v.toInt() < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == AskedOn) {
        const QDateTime t = QDateTime::fromString(SqlListModel::data(index, RawRole).toString(),
                                                  Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Comment) {
        const QString comment = SqlListModel::data(index, RawRole).toString();
        return comment.isEmpty() ? QVariant() : QVariant(comment);
    }
    if (role == Qt::ToolTipRole && index.column() == BalanceAfter)
        return Tr::tr("The agent's balance of this type for the year once the decision is written");
    return SqlListModel::data(index, role);
}

} // namespace Civitas::Leave
