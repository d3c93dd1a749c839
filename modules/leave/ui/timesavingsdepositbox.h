#pragma once

#include <leave/leaveglobal.h>

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Civitas {
class Database;
}

namespace Civitas::Leave {
class LeaveTypeCatalog;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {

class LeaveAgentField;

// A deposit of days onto an agent's time savings account (from annual leave, split-leave
// days or RTT of a year), at the agent's request: accepted, or refused with every reason so
// that HR can answer the agent.
class CIVITAS_LEAVE_TESTS_EXPORT TimeSavingsDepositBox : public QGroupBox
{
    Q_OBJECT
public:
    // `types` names the leave the days may come from.
    TimeSavingsDepositBox(Database &database,
                          const LeaveTypeCatalog &types,
                          QWidget *parent = nullptr);

signals:
    void ledgerChanged();

private:
    void deposit();

    Database &m_database;
    LeaveAgentField *m_agent;
    QComboBox *m_source;
    QSpinBox *m_year;
    QDoubleSpinBox *m_days;
    QPushButton *m_deposit;
    QLabel *m_result;
};

} // namespace Civitas::Leave::Internal
