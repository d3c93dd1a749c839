#pragma once

#include "leavedaycounter.h"
#include "leaverequest.h"
#include "leavetype.h"
#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QList>

namespace Civitas::Leave {

// Why a request cannot be submitted, each reason next to what it is about.
struct LeaveProblem
{
    enum class Field { Type, Dates, Document, Balance, Comment };
    Field field = Field::Dates;
    QString message;
};

// The refusals of a request, as one pure function of what the store gathered: the overlap
// with another live request, a balance that would go negative (pending requests counted), more
// than the type's consecutive days (31 for annual leave), a missing supporting document, a
// half day where the type counts whole days, more than a special leave's fixed days, an
// HR-only type asked by an agent.
class CIVITAS_LEAVE_EXPORT LeaveRequestRules
{
public:
    struct Input
    {
        LeaveRequest request;
        LeaveType type;
        LeaveDayCounter::Result count;
        QList<LeaveRequest> otherLiveRequests; // the agent's, this one excluded
        // The balance of the type for the request's year before this request, pending
        // requests already taken off (LeaveBalance::projectedHundredths()).
        int projectedBalanceHundredths = 0;
        // Calendar days of the absence this request belongs to: its own span, plus live
        // requests of the same type joined to it by days not worked.
        int consecutiveDays = 0;
        bool enteredByHr = false;
        QString typeLabelOf(const QString &typeId) const;
        QList<LeaveType> types; // to name the other requests' types
    };

    static QList<LeaveProblem> check(const Input &input);
    // What the server refuses of any request, a draft included: a comment or a document's
    // name too long, a document of another type (LeaveTextLimits).
    static QList<LeaveProblem> textProblems(const LeaveRequest &request);
};

} // namespace Civitas::Leave
