#pragma once

#include <leave/leaveglobal.h>

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave::Internal {

class LeaveAgentField;

// HR's tab for carried-over annual leave: the notices that tell each agent how many carried
// days they hold and when they expire (Conseil d'État, 17 October 2025, n°495899), with who
// was informed when and who read it; and the exceptional decision extending a carry-over
// period (décret 85-1250 art. 5-1 as amended), recorded with its reason.
class CIVITAS_LEAVE_TESTS_EXPORT CarryOverTab : public QWidget
{
    Q_OBJECT
public:
    CarryOverTab(Database &database, const Session &session, QWidget *parent = nullptr);

    void setToday(QDate today) { m_today = today; }
    void reload();
    void informAgents();
    void recordExtension();
    QTableWidget *notices() const { return m_notices; }

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Database &m_database;
    const Session &m_session;
    QDate m_today;
    QSpinBox *m_year;
    QPushButton *m_inform;
    QLabel *m_result;
    QTableWidget *m_notices;
    LeaveAgentField *m_agent;
    QSpinBox *m_fromYear;
    QDateEdit *m_until;
    QLineEdit *m_reason;
    QPushButton *m_extend;
};

} // namespace Civitas::Leave::Internal
