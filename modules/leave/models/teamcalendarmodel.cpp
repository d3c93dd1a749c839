#include "teamcalendarmodel.h"
#include <leave/leavetr.h>

#include <leave/domain/workingschedule.h>
#include <leave/store/leavecalendarstore.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace Civitas::Leave {

using Hr::WeeklyPattern;

namespace {

WeeklyPattern::HalfDay halfFrom(const QVariant &v)
{
    return v.toString() == QLatin1String("pm") ? WeeklyPattern::Afternoon : WeeklyPattern::Morning;
}

qint64 halfNumber(QDate day, int half)
{
    return day.toJulianDay() * 2 + half;
}

} // namespace

int TeamCalendarModel::Presence::lowest() const
{
    int v = INT_MAX;
    for (int h = 0; h < 2; ++h) {
        if (scheduled[h] > 0)
            v = std::min(v, present[h]);
    }
    return v == INT_MAX ? 0 : v;
}

TeamCalendarModel::TeamCalendarModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

QString TeamCalendarModel::unitsCte() const
{
    QStringList marks;
    for (qsizetype i = 0; i < m_unitIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("WITH RECURSIVE units(id) AS (SELECT id FROM org_units WHERE deleted = 0 "
                          "AND id IN (%1) "
                          "UNION SELECT c.id FROM org_units c JOIN units ON c.parent_id = units.id "
                          "WHERE c.deleted = 0) ")
        .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QStringLiteral(", ")));
}

bool TeamCalendarModel::load(const QStringList &unitIds, QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    return load(unitIds, first, first.addMonths(1).addDays(-1));
}

bool TeamCalendarModel::reload()
{
    if (!m_from.isValid())
        return true;
    return load(m_unitIds, m_from, m_to);
}

bool TeamCalendarModel::load(const QStringList &unitIds, QDate from, QDate to)
{
    beginResetModel();
    m_unitIds = unitIds;
    m_from = from;
    m_to = to < from ? from : to;
    clear();

    if (!m_from.isValid() || !m_to.isValid()) {
        // Nothing to show (no request selected): an empty model, not an error.
        endResetModel();
        emit loaded();
        return true;
    }
    loadDays();
    QList<WorkingSchedule> schedules;
    QList<QPair<QDate, QDate>> inPost;
    bool ok = loadAgents(&schedules, &inPost);
    scheduleHalves(schedules, inPost);
    ok = ok && loadRequests();
    ok = ok && (m_unitIds.isEmpty() || loadMinimumStaffing());
    computePresence();
    endResetModel();
    emit loaded();
    return ok;
}

// A new window starts from nothing: no row of the last one may linger.
void TeamCalendarModel::clear()
{
    m_lastError.clear();
    m_agents.clear();
    m_days.clear();
    m_halves.clear();
    m_requests.clear();
    m_presence.clear();
    m_typesShown.clear();
    m_minimumStaffing = 0;
}

// The window's days, public holidays and days off named.
void TeamCalendarModel::loadDays()
{
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(m_database);
    for (QDate d = m_from; d <= m_to; d = d.addDays(1))
        m_days.append({d, calendar.dayOffName(d), calendar.isDayOff(d)});
}

// The agents with their working-time history up to the last day: one query. The units are an
// IN list read through agents_unit: joined, SQLite built an automatic index over every agent of
// the town on each load.
bool TeamCalendarModel::loadAgents(QList<WorkingSchedule> *schedules,
                                   QList<QPair<QDate, QDate>> *inPost)
{
    const QString fromText = m_from.toString(Qt::ISODate);
    const QString toText = m_to.toString(Qt::ISODate);
    const QString name = Hr::agentDisplayNameSql(QStringLiteral("a"));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        unitsCte()
        + QStringLiteral("SELECT a.id, %1, coalesce(o.name, ''), a.entry_date, a.departure_date, "
                         "w.effective_date, w.weekly_pattern FROM agents a INDEXED BY agents_unit "
                         "LEFT JOIN org_units o ON o.id = a.org_unit_id "
                         "LEFT JOIN working_times w ON w.agent_id = a.id AND w.deleted = 0 AND "
                         "w.effective_date <= ? "
                         "WHERE a.org_unit_id IN (SELECT id FROM units) AND a.deleted = 0 "
                         "AND a.entry_date <= ? AND (a.departure_date IS NULL "
                         "OR a.departure_date >= ?) "
                         "ORDER BY %1 COLLATE french, a.id, w.effective_date")
              .arg(name));
    for (const QString &u : m_unitIds)
        q.addBindValue(u);
    q.addBindValue(toText);
    q.addBindValue(toText);
    q.addBindValue(fromText);
    const bool ok = q.exec();
    if (!ok)
        m_lastError = q.lastError().text();
    QList<Hr::WorkingTime> history;
    auto flush = [&]() {
        if (!m_agents.isEmpty() && schedules->size() < m_agents.size())
            schedules->append(WorkingSchedule(history));
        history.clear();
    };
    while (ok && q.next()) {
        const QString id = q.value(0).toString();
        if (m_agents.isEmpty() || m_agents.constLast().id != id) {
            flush();
            m_agents.append({id, q.value(1).toString(), q.value(2).toString()});
            const QDate departure = q.value(4).isNull()
                                        ? QDate()
                                        : QDate::fromString(q.value(4).toString(), Qt::ISODate);
            inPost->append({QDate::fromString(q.value(3).toString(), Qt::ISODate), departure});
        }
        if (!q.value(5).isNull()) {
            Hr::WorkingTime w;
            w.effectiveDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            if (WeeklyPattern::fromCode(q.value(6).toString(), &w.pattern))
                history.append(w);
        }
    }
    flush();
    return ok;
}

// Who works which half-day: in post, on their own weekly pattern, days off excepted.
void TeamCalendarModel::scheduleHalves(const QList<WorkingSchedule> &schedules,
                                       const QList<QPair<QDate, QDate>> &inPost)
{
    const int days = dayCount();
    m_halves.resize(qsizetype(m_agents.size()) * days * 2);
    for (int row = 0; row < m_agents.size(); ++row) {
        const WorkingSchedule &schedule = schedules.at(row);
        const QDate entry = inPost.at(row).first;
        const QDate departure = inPost.at(row).second;
        for (int col = 0; col < days; ++col) {
            const Day &day = m_days.at(col);
            const bool present
                = day.date >= entry && (!departure.isValid() || day.date <= departure);
            const WeeklyPattern pattern = present ? schedule.patternOn(day.date) : WeeklyPattern();
            for (int h = 0; h < 2; ++h) {
                Half &half = m_halves[halfIndex(row, col, h)];
                const bool works
                    = pattern.isWorked(day.date.dayOfWeek(), WeeklyPattern::HalfDay(h));
                half.scheduled = works && !day.dayOff;
                half.kind = day.dayOff ? HalfKind::DayOff
                            : works    ? HalfKind::Worked
                                       : HalfKind::NotWorked;
            }
        }
    }
}

// The live requests overlapping the window, approved ones first so that they win where a
// pending one would overlap them: one query. The agents are an IN list, so that each one's
// requests are read through leave_requests_agent. As a join, at 60,000 agents SQLite built a
// Bloom filter or an automatic index over all 4.6 million requests on each load (25×).
bool TeamCalendarModel::loadRequests()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        unitsCte()
        + QStringLiteral("SELECT r.id, r.agent_id, r.leave_type_id, r.start_date, "
                         "r.start_half, r.end_date, r.end_half, "
                         "r.half_days, r.state, t.label, t.colour, t.counting, t.sort_order "
                         "FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id "
                         "WHERE r.agent_id IN (SELECT a.id FROM agents a INDEXED BY agents_unit "
                         "WHERE a.deleted = 0 "
                         "AND a.org_unit_id IN (SELECT id FROM units)) "
                         "AND r.deleted = 0 AND r.state IN (%1) AND r.start_date <= ? AND "
                         "r.end_date >= ? "
                         "ORDER BY r.state IN ('submitted', 'waiting_hr'), r.start_date, r.id")
              .arg(LeaveRequestStates::liveCodesSql()));
    for (const QString &u : m_unitIds)
        q.addBindValue(u);
    q.addBindValue(m_to.toString(Qt::ISODate));
    q.addBindValue(m_from.toString(Qt::ISODate));
    const bool ok = q.exec();
    if (!ok)
        m_lastError = q.lastError().text();
    QHash<QString, int> rowOf;
    for (int row = 0; row < m_agents.size(); ++row)
        rowOf.insert(m_agents.at(row).id, row);
    QList<QPair<int, QPair<QString, QColor>>> types;
    while (ok && q.next()) {
        const auto found = rowOf.constFind(q.value(1).toString());
        if (found == rowOf.constEnd())
            continue;
        Request r;
        r.id = q.value(0).toString();
        r.agentId = q.value(1).toString();
        r.typeId = q.value(2).toString();
        r.start = {QDate::fromString(q.value(3).toString(), Qt::ISODate), halfFrom(q.value(4))};
        r.end = {QDate::fromString(q.value(5).toString(), Qt::ISODate), halfFrom(q.value(6))};
        r.halfDays = q.value(7).toInt();
        r.state = LeaveRequestStates::fromCode(q.value(8).toString());
        r.typeLabel = q.value(9).toString();
        r.colour = QColor(q.value(10).toString());
        r.countsCalendarDays = q.value(11).toString() == QLatin1String("calendar_days");
        const int index = int(m_requests.size());
        m_requests.append(r);
        const bool shown = coverHalves(r, found.value(), index);
        if (shown && std::none_of(types.cbegin(), types.cend(), [&r](const auto &t) {
                return t.second.first == r.typeLabel;
            }))
            types.append({q.value(12).toInt(), {r.typeLabel, r.colour}});
    }
    // The legend, in the catalogue's order.
    std::stable_sort(
        types.begin(), types.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &t : types)
        m_typesShown.append(t.second);
    return ok;
}

// The half-days of the window a request takes from its agent; false when it shows on none.
bool TeamCalendarModel::coverHalves(const Request &r, int row, int index)
{
    const qint64 windowFirst = halfNumber(m_from, 0);
    const qint64 windowLast = halfNumber(m_to, 1);
    const qint64 first = std::max(windowFirst, halfNumber(r.start.date, r.start.half));
    const qint64 last = std::min(windowLast, halfNumber(r.end.date, r.end.half));
    bool shown = false;
    for (qint64 n = first; n <= last; ++n) {
        const int col = int(n / 2 - windowFirst / 2);
        Half &half = m_halves[halfIndex(row, col, int(n % 2))];
        if (half.kind == HalfKind::Leave)
            continue;
        // Leave counted in working days covers only the half-days the agent works; sick leave
        // (calendar days) covers every one.
        if (!r.countsCalendarDays && !half.scheduled)
            continue;
        half.kind = HalfKind::Leave;
        half.request = index;
        shown = true;
    }
    return shown;
}

// The minimum staffing of the chosen units, summed: the present row is checked against it.
bool TeamCalendarModel::loadMinimumStaffing()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(minimum_staffing), 0) FROM org_units WHERE "
                             "deleted = 0 AND id IN (%1)")
                  .arg(Sql::placeholders(m_unitIds.size())));
    for (const QString &u : m_unitIds)
        q.addBindValue(u);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.next())
        m_minimumStaffing = q.value(0).toInt();
    return true;
}

void TeamCalendarModel::computePresence()
{
    m_presence = QList<Presence>(dayCount());
    for (int row = 0; row < m_agents.size(); ++row) {
        for (int col = 0; col < dayCount(); ++col) {
            Presence &p = m_presence[col];
            for (int h = 0; h < 2; ++h) {
                const Half &half = m_halves.at(halfIndex(row, col, h));
                if (!half.scheduled)
                    continue;
                ++p.scheduled[h];
                bool absent = false;
                if (half.kind == HalfKind::Leave) {
                    const Request &r = m_requests.at(half.request);
                    absent = !r.isPending() || m_focus.contains(r.id);
                }
                if (!absent)
                    ++p.present[h];
            }
        }
    }
}

void TeamCalendarModel::setFocusRequests(const QStringList &requestIds)
{
    const QSet<QString> focus(requestIds.cbegin(), requestIds.cend());
    if (focus == m_focus)
        return;
    m_focus = focus;
    computePresence();
    if (rowCount() > 0 && dayCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, dayCount() - 1));
}

bool TeamCalendarModel::isFocused(int requestIndex) const
{
    return requestIndex >= 0 && requestIndex < m_requests.size()
           && m_focus.contains(m_requests.at(requestIndex).id);
}

QDate TeamCalendarModel::dateAt(int column) const
{
    return column >= 0 && column < dayCount() ? m_days.at(column).date : QDate();
}

int TeamCalendarModel::columnOf(QDate day) const
{
    if (!day.isValid() || day < m_from || day > m_to)
        return -1;
    return int(m_from.daysTo(day));
}

QString TeamCalendarModel::agentIdAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? m_agents.at(row).id : QString();
}

QString TeamCalendarModel::agentNameAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? m_agents.at(row).name : QString();
}

int TeamCalendarModel::rowOfAgent(const QString &agentId) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).id == agentId)
            return row;
    }
    return -1;
}

bool TeamCalendarModel::isDayOff(int column) const
{
    return column >= 0 && column < dayCount() && m_days.at(column).dayOff;
}

QString TeamCalendarModel::dayOffName(int column) const
{
    return column >= 0 && column < dayCount() ? m_days.at(column).dayOffName : QString();
}

TeamCalendarModel::Half
TeamCalendarModel::half(int row, int column, WeeklyPattern::HalfDay half) const
{
    if (row < 0 || row >= m_agents.size() || column < 0 || column >= dayCount())
        return {};
    return m_halves.at(halfIndex(row, column, int(half)));
}

const TeamCalendarModel::Request *
TeamCalendarModel::requestAt(int row, int column, WeeklyPattern::HalfDay which) const
{
    const Half h = half(row, column, which);
    return h.kind == HalfKind::Leave ? &m_requests.at(h.request) : nullptr;
}

TeamCalendarModel::Presence TeamCalendarModel::presence(int column) const
{
    return column >= 0 && column < m_presence.size() ? m_presence.at(column) : Presence();
}

bool TeamCalendarModel::isBelowMinimum(int column) const
{
    const Presence p = presence(column);
    return m_minimumStaffing > 0 && p.isChecked() && p.lowest() < m_minimumStaffing;
}

QList<QDate> TeamCalendarModel::daysBelowMinimum(QDate from, QDate to) const
{
    QList<QDate> result;
    for (int col = 0; col < dayCount(); ++col) {
        const QDate d = m_days.at(col).date;
        if ((from.isValid() && d < from) || (to.isValid() && d > to))
            continue;
        if (isBelowMinimum(col))
            result.append(d);
    }
    return result;
}

QList<QPair<QString, QColor>> TeamCalendarModel::typesShown() const
{
    return m_typesShown;
}

int TeamCalendarModel::rowCount(const QModelIndex &parent) const
{
    // The present row only once there are days to count.
    return parent.isValid() || m_days.isEmpty() ? 0 : int(m_agents.size()) + 1;
}

int TeamCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : dayCount();
}

QString TeamCalendarModel::describeRequest(const Request &r) const
{
    const QLocale locale;
    QString from = locale.toString(r.start.date, QLocale::ShortFormat);
    if (r.start.half == WeeklyPattern::Afternoon)
        from += QLatin1Char(' ') + Tr::tr("afternoon");
    QString to = locale.toString(r.end.date, QLocale::ShortFormat);
    if (r.end.half == WeeklyPattern::Morning)
        to += QLatin1Char(' ') + Tr::tr("morning");
    return Tr::tr("%1, %2 to %3 (%4)")
        .arg(r.typeLabel, from, to, LeaveRequestStates::label(r.state));
}

QString TeamCalendarModel::describeHalf(int row, int column, WeeklyPattern::HalfDay which) const
{
    const Half h = half(row, column, which);
    switch (h.kind) {
    case HalfKind::Leave:
        return describeRequest(m_requests.at(h.request));
    case HalfKind::DayOff:
        return m_days.at(column).dayOffName;
    case HalfKind::NotWorked:
        return Tr::tr("not worked");
    case HalfKind::Worked:
        return Tr::tr("present");
    }
    return {};
}

QVariant TeamCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const QLocale locale;
    if (row == presentRow()) {
        const Presence p = m_presence.at(col);
        switch (role) {
        case Qt::DisplayRole:
            return p.isChecked() ? QVariant(QString::number(p.lowest())) : QVariant();
        case PresentRole:
            return p.isChecked() ? QVariant(p.lowest()) : QVariant();
        case BelowMinimumRole:
            return isBelowMinimum(col);
        case DateRole:
            return m_days.at(col).date;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: {
            const QString day = locale.toString(m_days.at(col).date, QLocale::LongFormat);
            if (!p.isChecked())
                return Tr::tr("%1: nobody works").arg(day);
            QString text = Tr::tr("%1: %2 present in the morning, %3 in the afternoon")
                               .arg(day)
                               .arg(p.present[0])
                               .arg(p.present[1]);
            if (m_minimumStaffing > 0)
                text += QLatin1Char('\n') + Tr::tr("Minimum staffing: %1").arg(m_minimumStaffing);
            return text;
        }
        default:
            return {};
        }
    }
    switch (role) {
    case AgentIdRole:
        return m_agents.at(row).id;
    case DateRole:
        return m_days.at(col).date;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString morning = describeHalf(row, col, WeeklyPattern::Morning);
        const QString afternoon = describeHalf(row, col, WeeklyPattern::Afternoon);
        QString text = m_agents.at(row).name + QStringLiteral(" — ")
                       + locale.toString(m_days.at(col).date, QLocale::LongFormat);
        if (morning == afternoon)
            text += QLatin1Char('\n') + morning;
        else
            text += QLatin1Char('\n') + Tr::tr("Morning: %1").arg(morning) + QLatin1Char('\n')
                    + Tr::tr("Afternoon: %1").arg(afternoon);
        return text;
    }
    default:
        return {};
    }
}

QVariant TeamCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= dayCount())
            return {};
        const Day &day = m_days.at(section);
        const QLocale locale;
        switch (role) {
        case Qt::DisplayRole:
            return locale.dayName(day.date.dayOfWeek(), QLocale::NarrowFormat).toUpper()
                   + QLatin1Char('\n') + QString::number(day.date.day());
        case Qt::ToolTipRole: {
            const QString text = locale.toString(day.date, QLocale::LongFormat);
            return day.dayOffName.isEmpty() ? text : text + QStringLiteral(" — ") + day.dayOffName;
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ForegroundRole:
            if (day.dayOff)
                return QColor(0xb0, 0x2a, 0x2a);
            if (isWeekend(day.date))
                return QColor(0x70, 0x78, 0x84);
            return {};
        case DateRole:
            return day.date;
        default:
            return {};
        }
    }
    if (section < 0 || section > agentCount())
        return {};
    if (section == presentRow()) {
        switch (role) {
        case Qt::DisplayRole:
            return Tr::tr("Present");
        case Qt::ToolTipRole:
            return m_minimumStaffing > 0 ? Tr::tr("Agents present each day; minimum staffing %1")
                                               .arg(m_minimumStaffing)
                                         : Tr::tr("Agents present each day");
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_agents.at(section).name;
    case Qt::ToolTipRole:
        return m_agents.at(section).unitName.isEmpty()
                   ? m_agents.at(section).name
                   : m_agents.at(section).name + QStringLiteral(" — ")
                         + m_agents.at(section).unitName;
    case AgentIdRole:
        return m_agents.at(section).id;
    default:
        return {};
    }
}

} // namespace Civitas::Leave
