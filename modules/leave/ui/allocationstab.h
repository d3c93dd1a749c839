#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaveledgerplan.h>

#include <QWidget>

#include <optional>

class QPushButton;
class QSpinBox;

namespace Civitas {
class Database;
}

namespace Civitas::Leave::Internal {

class LeavePlanView;

// The yearly allocations of annual leave and RTT, from each agent's working time: HR
// previews them, then writes them after a confirmation (run again after a change, only the
// difference is written). Below, the two forms HR uses for one agent: a manual adjustment
// and a deposit onto the time savings account.
class CIVITAS_LEAVE_TESTS_EXPORT AllocationsTab : public QWidget
{
    Q_OBJECT
public:
    AllocationsTab(Database &database, QWidget *parent = nullptr);

signals:
    void ledgerChanged();

private:
    void preview();
    void askWrite();
    void write();
    // A new year to allocate: what was previewed no longer applies.
    void forgetPlan();

    Database &m_database;
    QSpinBox *m_year;
    QPushButton *m_write;
    LeavePlanView *m_view;
    std::optional<LeaveLedgerPlan> m_plan;
};

} // namespace Civitas::Leave::Internal
