#include "leaveworkflow.h"
#include <leave/leavetr.h>

namespace Civitas::Leave {

using S = LeaveRequestState;

LeaveWorkflow::Move LeaveWorkflow::move(LeaveRequestState state,
                                        LeaveAction action,
                                        LeaveActor actor,
                                        LeaveType::Approval approval,
                                        bool startsAfterToday,
                                        bool hrOnlyType)
{
    Move m;
    auto allow = [&m](S next) {
        m.allowed = true;
        m.next = next;
        return m;
    };
    auto refuse = [&m](const QString &why) {
        m.refusal = why;
        return m;
    };
    if (hrOnlyType && actor != LeaveActor::Hr) {
        m.refusal = Tr::tr("This kind of leave is entered and changed by HR only.");
        return m;
    }
    const bool decides = actor == LeaveActor::Approver || actor == LeaveActor::Hr;
    switch (action) {
    case LeaveAction::Submit:
        if (actor != LeaveActor::Owner)
            return refuse(Tr::tr("Only the agent submits their request."));
        if (state != S::Draft)
            return refuse(Tr::tr("Only a draft can be submitted."));
        return allow(approval == LeaveType::Approval::None ? S::Approved : S::Submitted);
    case LeaveAction::Withdraw:
        if (actor != LeaveActor::Owner)
            return refuse(Tr::tr("Only the agent withdraws their request."));
        if (state == S::Draft)
            return allow(S::Withdrawn);
        if (state != S::Submitted && state != S::WaitingHr)
            return refuse(Tr::tr("Only a request waiting for a decision can be withdrawn; ask for "
                                 "the cancellation of an approved one."));
        if (!startsAfterToday)
            return refuse(Tr::tr("The leave has started: it can no longer be withdrawn."));
        return allow(S::Withdrawn);
    case LeaveAction::Approve:
        if (!decides)
            return refuse(
                actor == LeaveActor::Owner
                    ? Tr::tr("Nobody approves their own leave.")
                    : Tr::tr("Only the head of the agent's unit, their deputy or HR decides."));
        if (state == S::WaitingHr)
            return actor == LeaveActor::Hr ? allow(S::Approved)
                                           : refuse(Tr::tr("The request is waiting for HR."));
        if (state != S::Submitted)
            return refuse(Tr::tr("Only a submitted request can be approved."));
        if (actor == LeaveActor::Approver && approval == LeaveType::Approval::HeadThenHr)
            return allow(S::WaitingHr);
        return allow(S::Approved);
    case LeaveAction::Refuse:
        if (!decides)
            return refuse(
                actor == LeaveActor::Owner
                    ? Tr::tr("Withdraw your request instead.")
                    : Tr::tr("Only the head of the agent's unit, their deputy or HR decides."));
        if (state == S::Submitted || (state == S::WaitingHr && actor == LeaveActor::Hr))
            return allow(S::Refused);
        return refuse(Tr::tr("Only a request waiting for your decision can be refused."));
    case LeaveAction::RequestCancellation:
        if (actor != LeaveActor::Owner)
            return refuse(Tr::tr("Only the agent asks for the cancellation of their leave."));
        if (state != S::Approved)
            return refuse(Tr::tr("Only approved leave can be cancelled."));
        return allow(S::CancellationRequested);
    case LeaveAction::ApproveCancellation:
        if (!decides)
            return refuse(Tr::tr("Only the head of the agent's unit, their deputy or HR decides."));
        // HR may also cancel approved leave directly (a correction).
        if (state == S::CancellationRequested || (state == S::Approved && actor == LeaveActor::Hr))
            return allow(S::Cancelled);
        return refuse(Tr::tr("No cancellation was asked for."));
    case LeaveAction::RefuseCancellation:
        if (!decides)
            return refuse(Tr::tr("Only the head of the agent's unit, their deputy or HR decides."));
        if (state != S::CancellationRequested)
            return refuse(Tr::tr("No cancellation was asked for."));
        return allow(S::Approved);
    }
    return m;
}

QString LeaveWorkflow::actionLabel(LeaveAction action)
{
    switch (action) {
    case LeaveAction::Submit:
        return Tr::tr("Submit");
    case LeaveAction::Withdraw:
        return Tr::tr("Withdraw");
    case LeaveAction::Approve:
        return Tr::tr("Approve");
    case LeaveAction::Refuse:
        return Tr::tr("Refuse");
    case LeaveAction::RequestCancellation:
        return Tr::tr("Ask for cancellation");
    case LeaveAction::ApproveCancellation:
        return Tr::tr("Cancel the leave");
    case LeaveAction::RefuseCancellation:
        return Tr::tr("Keep the leave");
    }
    return {};
}

QString LeaveWorkflow::stepCode(LeaveAction action, LeaveRequestState next)
{
    switch (action) {
    case LeaveAction::Submit:
        return QStringLiteral("submitted");
    case LeaveAction::Withdraw:
        return QStringLiteral("withdrawn");
    case LeaveAction::Approve:
        return next == S::WaitingHr ? QStringLiteral("forwarded_to_hr")
                                    : QStringLiteral("approved");
    case LeaveAction::Refuse:
        return QStringLiteral("refused");
    case LeaveAction::RequestCancellation:
        return QStringLiteral("cancellation_requested");
    case LeaveAction::ApproveCancellation:
        return QStringLiteral("cancellation_approved");
    case LeaveAction::RefuseCancellation:
        return QStringLiteral("cancellation_refused");
    }
    return {};
}

} // namespace Civitas::Leave
