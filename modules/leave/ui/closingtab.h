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

// The closing of a leave year: HR previews what it would write (RTT lost for sick leave,
// split-leave days, carry-over, what expires), then writes it after a confirmation. It can be
// run again safely: only what changed since is written.
class CIVITAS_LEAVE_TESTS_EXPORT ClosingTab : public QWidget
{
    Q_OBJECT
public:
    ClosingTab(Database &database, QWidget *parent = nullptr);

signals:
    void ledgerChanged();

private:
    void preview();
    void askWrite();
    void write();
    // A new year to close: what was previewed no longer applies.
    void forgetPlan();

    Database &m_database;
    QSpinBox *m_year;
    QPushButton *m_write;
    LeavePlanView *m_view;
    std::optional<LeaveLedgerPlan> m_plan;
};

} // namespace Civitas::Leave::Internal
