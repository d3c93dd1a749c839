#include "leaverequestlistmodel.h"
#include <leave/leavetr.h>

#include <leave/domain/leavedays.h>
#include <leave/domain/leaverequest.h>
#include <leave/store/leaveledger.h>

#include <core/storage/database.h>

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

namespace {

// The colour before the '|', the text after: one column carries both, so that the colour
// needs no second query.
QString afterBar(const QVariant &value)
{
    const QString s = value.toString();
    return s.mid(s.indexOf(QLatin1Char('|')) + 1);
}

QColor stateColour(LeaveRequestState state)
{
    switch (state) {
    case LeaveRequestState::Approved:
        return QColor(0x1e, 0x7e, 0x34);
    case LeaveRequestState::Refused:
        return QColor(0xb0, 0x00, 0x20);
    case LeaveRequestState::Submitted:
    case LeaveRequestState::WaitingHr:
    case LeaveRequestState::CancellationRequested:
        return QColor(0x8a, 0x5a, 0x00);
    case LeaveRequestState::Draft:
    case LeaveRequestState::Withdrawn:
    case LeaveRequestState::Cancelled:
        return QColor(0x5f, 0x6b, 0x7a);
    }
    return {};
}

} // namespace

LeaveRequestListModel::LeaveRequestListModel(Database &database, QObject *parent)
    : SqlListModel(parent)
{
    setSource(database.connection(),
              QStringLiteral("leave_requests r JOIN leave_types t ON t.id = r.leave_type_id"),
              QStringLiteral("r.id"));
    // The last decision on the request, by someone: what the agent needs to read (who decided,
    // when, and why when they said). An approval without a comment is news too. A recount only
    // when it explains itself. The fields joined by a unit separator, the comment last.
    const QString lastDecision = QStringLiteral(
        "coalesce((SELECT s.action || char(31) || s.actor_name || char(31) || "
        "s.on_behalf_of_name || char(31) || s.acted_at || char(31) || s.comment "
        "FROM leave_request_steps s WHERE s.request_id = r.id AND s.deleted = 0 "
        "AND (s.action IN ('approved', 'forwarded_to_hr', 'refused', 'cancellation_approved', "
        "'cancellation_refused', 'entered_by_hr') OR (s.action = 'recounted' AND s.comment <> '')) "
        "ORDER BY s.acted_at DESC LIMIT 1), '')");
    setColumns({
        {Tr::tr("Leave"),
         QStringLiteral("t.colour || '|' || t.label"),
         QStringLiteral("t.label"),
         {},
         afterBar},
        {Tr::tr("Dates"),
         QStringLiteral(
             "r.start_date || '|' || r.start_half || '|' || r.end_date || '|' || r.end_half"),
         QStringLiteral("r.start_date"),
         {},
         [](const QVariant &v) {
             return periodText(v.toString());
         }},
        {Tr::tr("Duration"),
         QStringLiteral("r.half_days"),
         {},
         Qt::AlignRight | Qt::AlignVCenter,
         [](const QVariant &v) {
             return durationText(v.toInt());
         }},
        {Tr::tr("State"),
         QStringLiteral("r.state"),
         {},
         {},
         [](const QVariant &v) {
             return LeaveRequestStates::label(LeaveRequestStates::fromCode(v.toString()));
         }},
        {Tr::tr("Last decision"),
         lastDecision,
         {},
         {},
         [](const QVariant &v) {
             return decisionText(v.toString());
         }},
    });
    // Newest first; no agent yet, so the select that sort() runs reads nothing.
    setAgentAndYear(QString(QLatin1String("")), QDate::currentDate().year());
    sort(DatesColumn, Qt::DescendingOrder);
}

void LeaveRequestListModel::setAgentAndYear(const QString &agentId, int year)
{
    m_agentId = agentId;
    m_year = year;
    // A request over New Year belongs to both years' lists. The agent index serves it.
    setFilter(
        QStringLiteral("agentYear"),
        QStringLiteral("r.agent_id = ? AND r.deleted = 0 AND r.start_date < ? AND r.end_date >= ?"),
        {agentId,
         QDate(year + 1, 1, 1).toString(Qt::ISODate),
         QDate(year, 1, 1).toString(Qt::ISODate)});
}

QVariant LeaveRequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DecorationRole && index.column() == TypeColumn) {
        const QString raw = SqlListModel::data(index, RawRole).toString();
        return QColor(raw.left(raw.indexOf(QLatin1Char('|'))));
    }
    if (role == StateRole)
        return SqlListModel::data(this->index(index.row(), StateColumn), RawRole);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(stateColour(
            LeaveRequestStates::fromCode(SqlListModel::data(index, RawRole).toString())));
    if (role == Qt::ToolTipRole && index.column() == DecisionColumn)
        return SqlListModel::data(index, Qt::DisplayRole);
    return SqlListModel::data(index, role);
}

QString LeaveRequestListModel::decisionText(const QString &packed)
{
    if (packed.isEmpty())
        return {};
    const QStringList f = packed.split(QChar(31));
    if (f.size() < 5)
        return packed;
    const QString &action = f.at(0);
    const QString who = f.at(2).isEmpty() ? f.at(1) : Tr::tr("%1 for %2").arg(f.at(1), f.at(2));
    const QDateTime at = QDateTime::fromString(f.at(3), Qt::ISODateWithMs);
    const QString day
        = at.isValid() ? QLocale().toString(at.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"))
                       : f.at(3).left(10);
    const QString comment = QStringList(f.mid(4)).join(QChar(31));
    QString text;
    if (action == QLatin1String("approved"))
        text = Tr::tr("Approved by %1 on %2").arg(who, day);
    else if (action == QLatin1String("forwarded_to_hr"))
        text = Tr::tr("Approved by %1 on %2, sent to HR").arg(who, day);
    else if (action == QLatin1String("refused"))
        text = Tr::tr("Refused by %1 on %2").arg(who, day);
    else if (action == QLatin1String("cancellation_approved"))
        text = Tr::tr("Cancellation accepted by %1 on %2").arg(who, day);
    else if (action == QLatin1String("cancellation_refused"))
        text = Tr::tr("Cancellation refused by %1 on %2").arg(who, day);
    else if (action == QLatin1String("entered_by_hr"))
        text = Tr::tr("Entered by %1 (HR) on %2").arg(who, day);
    else
        text = Tr::tr("Counted again on %1").arg(day);
    return comment.isEmpty() ? text : Tr::tr("%1: “%2”").arg(text, comment);
}

QString LeaveRequestListModel::periodText(const LeaveBoundary &start, const LeaveBoundary &end)
{
    const QLocale locale;
    const QString format = QStringLiteral("ddd dd/MM/yyyy");
    const QString first = locale.toString(start.date, format);
    if (start.date == end.date) {
        if (start.half == end.half)
            return start.half == WeeklyPattern::Morning ? Tr::tr("%1 morning").arg(first)
                                                        : Tr::tr("%1 afternoon").arg(first);
        return first;
    }
    const QString from
        = start.half == WeeklyPattern::Afternoon ? Tr::tr("%1 afternoon").arg(first) : first;
    const QString last = locale.toString(end.date, format);
    const QString to = end.half == WeeklyPattern::Morning ? Tr::tr("%1 morning").arg(last) : last;
    return Tr::tr("%1 – %2").arg(from, to);
}

QString LeaveRequestListModel::periodText(const QString &packed)
{
    const QStringList parts = packed.split(QLatin1Char('|'));
    if (parts.size() != 4)
        return {};
    auto half = [](const QString &code) {
        return code == QLatin1String("pm") ? WeeklyPattern::Afternoon : WeeklyPattern::Morning;
    };
    return periodText({QDate::fromString(parts.at(0), Qt::ISODate), half(parts.at(1))},
                      {QDate::fromString(parts.at(2), Qt::ISODate), half(parts.at(3))});
}

QString LeaveRequestListModel::durationText(int halfDays)
{
    return LeaveDays::format(halfDays * 50);
}

} // namespace Civitas::Leave
