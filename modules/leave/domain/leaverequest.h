#pragma once

#include "leavedaycounter.h"
#include <leave/leaveglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Civitas::Leave {

// The states of a request (demande de congé). draft → submitted → (waiting_hr →) approved, or
// refused; withdrawn by the agent before it starts; after approval, cancellation_requested →
// cancelled (or back to approved).
enum class LeaveRequestState {
    Draft,
    Submitted,
    WaitingHr,
    Approved,
    Refused,
    Withdrawn,
    CancellationRequested,
    Cancelled,
};

class CIVITAS_LEAVE_EXPORT LeaveRequestStates
{
public:
    static QString code(LeaveRequestState state);
    static LeaveRequestState fromCode(const QString &code);
    static QString label(LeaveRequestState state);
    // A live request holds its days: it counts in overlaps and in the balance projection.
    static bool isLive(LeaveRequestState state);
    // Waiting for somebody's decision.
    static bool isPending(LeaveRequestState state);
    // The SQL list of the live states' codes, for IN (...).
    static QString liveCodesSql();
};

struct LeaveRequest
{
    QString id;
    QString agentId;
    QString leaveTypeId;
    LeaveBoundary start;
    LeaveBoundary end{QDate(), Hr::WeeklyPattern::Afternoon};
    int halfDays = 0;
    LeaveRequestState state = LeaveRequestState::Draft;
    QString comment;
    QString documentName;
    QString documentMimeType;
    // The supporting document in the file store (its hash and size), or its bytes given in
    // memory (tests, the demo), stored there when the request is saved.
    QString documentSha256;
    qint64 documentSize = 0;
    QByteArray document;

    bool hasDocument() const { return !documentSha256.isEmpty() || !document.isEmpty(); }
    QString updatedAt;

    int daysHundredths() const { return halfDays * 50; }
    // Calendar days from the first to the last day, both included.
    int calendarSpan() const
    {
        return start.date.isValid() ? int(start.date.daysTo(end.date)) + 1 : 0;
    }
    bool overlaps(const LeaveRequest &other) const;
    // Half-days numbered from a fixed origin: the request covers [firstHalfDay, lastHalfDay].
    qint64 firstHalfDay() const;
    qint64 lastHalfDay() const;
};

} // namespace Civitas::Leave
