#pragma once

#include <leave/leaveglobal.h>

#include <core/extension/searchprovider.h>

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {
class TeamCalendarModel;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {} // namespace Civitas::Leave::Internal

namespace Civitas::Leave::Internal {

class TeamCalendarView;

// The team calendar of a department head (their units, delegated ones included) or of HR
// (any unit): a month of agents × days, with a legend, month navigation and the count of
// agents present each day against the unit's minimum staffing. What is shown can be taken
// away: the month's approved leave as a calendar file (.ics), the unit's balances for the
// month's year as CSV.
class CIVITAS_LEAVE_TESTS_EXPORT TeamCalendarPage : public QWidget, public LiveView
{
    Q_OBJECT
public:
    TeamCalendarPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;

    // Tests fix the day; the application lives in the real one.
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void showMonth(QDate month);
    QDate month() const { return m_month; }
    // Chooses the unit of the filter by id; false when the user may not see it.
    bool selectUnit(const QString &unitId);
    // The unit shown; empty when the user decides on nobody's leave.
    QString unitId() const;

    // The approved leave of the unit shown (its sub-units included) touching the month shown,
    // written to `path` as an iCalendar file. The button asks for the path, then calls this;
    // false when nothing was written, with a message saying why.
    bool exportICalendar(const QString &path);
    // The balances of the unit shown for the year of the month shown, as CSV.
    bool exportBalances(const QString &path);
    // "leave-DRH-2026-05.ics", "balances-DRH-2026.csv", in the interface's language.
    QString iCalendarFileName() const;
    QString balancesFileName() const;

    TeamCalendarModel *model() const { return m_model; }
    TeamCalendarView *view() const { return m_view; }

    // The legend as rich text: the types shown, then pending, not worked, days off.
    static QString legendHtml(const TeamCalendarModel *model);

public slots:
    void exportICalendarToChosenFile();
    void exportBalancesToChosenFile();

private:
    void fillUnits();
    void load();
    void updateLabels();
    QString unitFileNamePart() const;
    QDate lastDayOfMonth() const { return m_month.addMonths(1).addDays(-1); }
    void showProblem(const QString &objectName, const QString &text, bool warning = true);

    Database &m_database;
    const Session &m_session;
    QDate m_today;
    QDate m_month;
    TeamCalendarModel *m_model;
    TeamCalendarView *m_view;
    QComboBox *m_unit;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_thisMonth;
    QPushButton *m_exportCalendar;
    QPushButton *m_exportBalances;
    QLabel *m_monthLabel;
    QLabel *m_staffing;
    QLabel *m_legend;
    QLabel *m_empty;
    QString m_unitsError; // why the units could not be read, when they could not
};

} // namespace Civitas::Leave::Internal
