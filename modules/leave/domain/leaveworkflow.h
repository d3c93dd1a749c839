#pragma once

#include "leaverequest.h"
#include "leavetype.h"
#include <leave/leaveglobal.h>

#include <QCoreApplication>

namespace Civitas::Leave {

enum class LeaveAction {
    Submit,
    Withdraw,
    Approve,
    Refuse,
    RequestCancellation,
    ApproveCancellation,
    RefuseCancellation,
};

// Who is acting on a request, as seen from it: its agent, an approver of the agent's unit
// (head, permanent deputy or deputy by delegation, never the agent), or HR.
enum class LeaveActor { Owner, Approver, Hr, Other };

// The workflow of a leave request as one table: which action moves which state where, and who
// may do it. The server's trigger (check_leave_request_change) enforces the same moves.
class CIVITAS_LEAVE_EXPORT LeaveWorkflow
{
public:
    struct Move
    {
        bool allowed = false;
        LeaveRequestState next = LeaveRequestState::Draft;
        QString refusal; // why not, when not allowed
    };

    // `startsAfterToday`: an agent withdraws a request only before its first day.
    // `hrOnlyType`: a kind HR enters (sick leave) is moved by HR only, the agent's own
    // included, as the server's trigger says.
    static Move move(LeaveRequestState state,
                     LeaveAction action,
                     LeaveActor actor,
                     LeaveType::Approval approval,
                     bool startsAfterToday,
                     bool hrOnlyType = false);
    static QString actionLabel(LeaveAction action);
    // The code of the step an action writes (leave_request_steps.action).
    static QString stepCode(LeaveAction action, LeaveRequestState next);
};

} // namespace Civitas::Leave
