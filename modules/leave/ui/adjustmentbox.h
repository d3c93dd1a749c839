#pragma once

#include <leave/leaveglobal.h>

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
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

// A manual adjustment of an agent's leave by HR (days given or taken back, for a type and a
// year), always with a reason, since it stays in the agent's ledger for them and for audits.
class CIVITAS_LEAVE_TESTS_EXPORT AdjustmentBox : public QGroupBox
{
    Q_OBJECT
public:
    // `types` offers the leave that has a balance, the time savings account aside (it is fed
    // by deposits only).
    AdjustmentBox(Database &database, const LeaveTypeCatalog &types, QWidget *parent = nullptr);

signals:
    void ledgerChanged();

private:
    void record();

    Database &m_database;
    LeaveAgentField *m_agent;
    QComboBox *m_type;
    QSpinBox *m_year;
    QDoubleSpinBox *m_days;
    QLineEdit *m_reason;
    QPushButton *m_record;
    QLabel *m_result;
};

} // namespace Civitas::Leave::Internal
