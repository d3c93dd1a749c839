#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaverequeststore.h>

#include <QDialog>

class QTableWidget;

namespace Civitas::Leave::Internal {

// Every step of one request, oldest first: when, what, who, on whose behalf (a deputy acting
// for the head), the state it led to and the comment.
class CIVITAS_LEAVE_TESTS_EXPORT LeaveRequestHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    LeaveRequestHistoryDialog(const LeaveRequest &request,
                              const QString &typeLabel,
                              const QList<LeaveRequestStep> &steps,
                              QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // The words of a step's code (leave_request_steps.action).
    static QString stepLabel(const QString &action);

private:
    QTableWidget *m_table;
};

} // namespace Civitas::Leave::Internal
