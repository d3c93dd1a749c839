#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaveledgerplan.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace Civitas::Leave {
class LeaveTypeCatalog;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {} // namespace Civitas::Leave::Internal

namespace Civitas::Leave::Internal {

// The report of a LeaveLedgerPlan before it is written: a summary (agents, lines to write,
// lines already written), what HR should check first, then per agent each line and its
// change, and the totals by type and kind.
class CIVITAS_LEAVE_TESTS_EXPORT LeavePlanView : public QWidget
{
    Q_OBJECT
public:
    explicit LeavePlanView(const QString &objectNamePrefix, QWidget *parent = nullptr);

    void setPlan(const LeaveLedgerPlan &plan, const LeaveTypeCatalog &types);
    void clear(const QString &message = {});

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summary() const { return m_summary; }

private:
    void rebuild();

    LeaveLedgerPlan m_plan{QString(), {}};
    QHash<QString, QString> m_typeLabels;
    QLabel *m_summary;
    QListWidget *m_warnings;
    QCheckBox *m_onlyChanges;
    QTreeWidget *m_tree;
};

} // namespace Civitas::Leave::Internal
