#pragma once

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/leaveglobal.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The team calendar: one row per agent of the chosen units (their sub-units included), one
// column per day, and a last row with how many of them are present each day. A month (or the
// window of days around a request) is loaded whole in a few queries and computed once:
// data() never queries, so painting 200 agents × 31 days stays instant.
//
// Presence is counted per half-day on the half-days agents would work (their own weekly
// pattern, public holidays and days off excepted): approved leave is an absence, pending
// leave is not, unless it is one of the "focused" requests (those the head is deciding on),
// counted as if approved. A day is below the minimum staffing when one of its worked
// half-days is.
class CIVITAS_LEAVE_EXPORT TeamCalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        DateRole,
        PresentRole,      // present row: the fewest agents present in one half of the day
        BelowMinimumRole, // present row: below the unit's minimum staffing
    };

    // What one half-day of one agent shows. Leave wins over the rest.
    enum class HalfKind : quint8 { Worked, NotWorked, DayOff, Leave };

    struct Half
    {
        HalfKind kind = HalfKind::NotWorked;
        bool scheduled = false; // the agent would work it (in post, pattern, not a day off)
        int request = -1;       // index in requests() when kind is Leave
    };

    struct Request
    {
        QString id;
        QString agentId;
        QString typeId;
        QString typeLabel;
        QColor colour;
        LeaveBoundary start;
        LeaveBoundary end;
        LeaveRequestState state = LeaveRequestState::Approved;
        int halfDays = 0;
        bool countsCalendarDays = false;
        // Waiting for a decision: shown hatched, not yet an absence.
        bool isPending() const
        {
            return state == LeaveRequestState::Submitted || state == LeaveRequestState::WaitingHr;
        }
    };

    struct Presence
    {
        int scheduled[2] = {0, 0}; // agents who work the morning, the afternoon
        int present[2] = {0, 0};   // of those, not absent
        bool isChecked() const { return scheduled[0] > 0 || scheduled[1] > 0; }
        // The fewest present in a half-day somebody works.
        int lowest() const;
    };

    explicit TeamCalendarModel(Database &database, QObject *parent = nullptr);

    // The month of `month` for the agents of `unitIds` and their sub-units. The minimum
    // staffing is that of `unitIds` (summed when there are several).
    bool load(const QStringList &unitIds, QDate month);
    // Any window of days, `from` and `to` included (the strip beside a request).
    bool load(const QStringList &unitIds, QDate from, QDate to);
    // The same units and days again, from what the file holds now.
    bool reload();
    QString lastError() const { return m_lastError; }

    // Requests counted as approved in the present row and outlined by the view.
    void setFocusRequests(const QStringList &requestIds);
    bool isFocused(int requestIndex) const;

    QStringList unitIds() const { return m_unitIds; }
    QDate firstDay() const { return m_from; }
    QDate lastDay() const { return m_to; }
    int dayCount() const { return int(m_days.size()); }
    int agentCount() const { return int(m_agents.size()); }
    int presentRow() const { return agentCount(); }
    int minimumStaffing() const { return m_minimumStaffing; }

    QDate dateAt(int column) const;
    int columnOf(QDate day) const;
    QString agentIdAt(int row) const;
    QString agentNameAt(int row) const;
    int rowOfAgent(const QString &agentId) const;
    bool isDayOff(int column) const;
    QString dayOffName(int column) const;
    static bool isWeekend(QDate day) { return day.dayOfWeek() >= 6; }

    Half half(int row, int column, Hr::WeeklyPattern::HalfDay half) const;
    const Request *requestAt(int row, int column, Hr::WeeklyPattern::HalfDay half) const;
    const QList<Request> &requests() const { return m_requests; }
    Presence presence(int column) const;
    bool isBelowMinimum(int column) const;
    // Days of [from, to] (the whole window when invalid) below the minimum staffing.
    QList<QDate> daysBelowMinimum(QDate from = {}, QDate to = {}) const;
    // The leave types met in the window, in the catalogue's order: for the legend.
    QList<QPair<QString, QColor>> typesShown() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    struct Agent
    {
        QString id;
        QString name;
        QString unitName;
    };
    struct Day
    {
        QDate date;
        QString dayOffName; // empty on a day leave is counted
        bool dayOff = false;
    };

    QString unitsCte() const;
    void clear();
    void loadDays();
    bool loadAgents(QList<WorkingSchedule> *schedules, QList<QPair<QDate, QDate>> *inPost);
    void scheduleHalves(const QList<WorkingSchedule> &schedules,
                        const QList<QPair<QDate, QDate>> &inPost);
    bool loadRequests();
    bool coverHalves(const Request &request, int row, int index);
    bool loadMinimumStaffing();
    void computePresence();
    QString describeHalf(int row, int column, Hr::WeeklyPattern::HalfDay half) const;
    QString describeRequest(const Request &request) const;
    int halfIndex(int row, int column, int half) const
    {
        return (row * dayCount() + column) * 2 + half;
    }

    Database &m_database;
    QStringList m_unitIds;
    QDate m_from;
    QDate m_to;
    int m_minimumStaffing = 0;
    QList<Agent> m_agents;
    QList<Day> m_days;
    QList<Half> m_halves; // agents × days × 2, morning first
    QList<Request> m_requests;
    QList<Presence> m_presence; // per day
    QSet<QString> m_focus;
    QList<QPair<QString, QColor>> m_typesShown;
    QString m_lastError;
};

} // namespace Civitas::Leave
