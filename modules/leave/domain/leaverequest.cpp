#include "leaverequest.h"
#include <leave/leavetr.h>

namespace Civitas::Leave {

namespace {
struct StateCode
{
    LeaveRequestState state;
    const char *code;
};
constexpr StateCode stateCodes[] = {
    {LeaveRequestState::Draft, "draft"},
    {LeaveRequestState::Submitted, "submitted"},
    {LeaveRequestState::WaitingHr, "waiting_hr"},
    {LeaveRequestState::Approved, "approved"},
    {LeaveRequestState::Refused, "refused"},
    {LeaveRequestState::Withdrawn, "withdrawn"},
    {LeaveRequestState::CancellationRequested, "cancellation_requested"},
    {LeaveRequestState::Cancelled, "cancelled"},
};
} // namespace

QString LeaveRequestStates::code(LeaveRequestState state)
{
    for (const StateCode &s : stateCodes) {
        if (s.state == state)
            return QLatin1String(s.code);
    }
    return QStringLiteral("draft");
}

LeaveRequestState LeaveRequestStates::fromCode(const QString &code)
{
    for (const StateCode &s : stateCodes) {
        if (code == QLatin1String(s.code))
            return s.state;
    }
    return LeaveRequestState::Draft;
}

QString LeaveRequestStates::label(LeaveRequestState state)
{
    switch (state) {
    case LeaveRequestState::Draft:
        return Tr::tr("Draft");
    case LeaveRequestState::Submitted:
        return Tr::tr("Waiting for the head");
    case LeaveRequestState::WaitingHr:
        return Tr::tr("Waiting for HR");
    case LeaveRequestState::Approved:
        return Tr::tr("Approved");
    case LeaveRequestState::Refused:
        return Tr::tr("Refused");
    case LeaveRequestState::Withdrawn:
        return Tr::tr("Withdrawn");
    case LeaveRequestState::CancellationRequested:
        return Tr::tr("Cancellation asked");
    case LeaveRequestState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

bool LeaveRequestStates::isLive(LeaveRequestState state)
{
    return state == LeaveRequestState::Submitted || state == LeaveRequestState::WaitingHr
           || state == LeaveRequestState::Approved
           || state == LeaveRequestState::CancellationRequested;
}

bool LeaveRequestStates::isPending(LeaveRequestState state)
{
    return state == LeaveRequestState::Submitted || state == LeaveRequestState::WaitingHr
           || state == LeaveRequestState::CancellationRequested;
}

QString LeaveRequestStates::liveCodesSql()
{
    return QStringLiteral("'submitted', 'waiting_hr', 'approved', 'cancellation_requested'");
}

qint64 LeaveRequest::firstHalfDay() const
{
    return start.date.toJulianDay() * 2 + (start.half == Hr::WeeklyPattern::Afternoon ? 1 : 0);
}

qint64 LeaveRequest::lastHalfDay() const
{
    return end.date.toJulianDay() * 2 + (end.half == Hr::WeeklyPattern::Afternoon ? 1 : 0);
}

bool LeaveRequest::overlaps(const LeaveRequest &other) const
{
    return firstHalfDay() <= other.lastHalfDay() && other.firstHalfDay() <= lastHalfDay();
}

} // namespace Civitas::Leave
