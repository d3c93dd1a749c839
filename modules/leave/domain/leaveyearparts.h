#pragma once

#include "leavedaycounter.h"
#include <leave/leaveglobal.h>

#include <QDate>
#include <QList>
#include <QString>

namespace Civitas::Leave {

// A request spanning 31 December is charged to each year for its own days: annual leave is a
// right of the calendar year (décret 85-1250 art. 1), so the days of January are taken from the
// new year's rights, not from the old year's. One part per year with days in it; the last
// part takes what the counted parts leave of the request's figure, so that the parts always
// add up to it. The server splits alike (central leave 0008, civitas.write_leave_request_ledger)
// and both name each part's ledger line the same way.
class CIVITAS_LEAVE_EXPORT LeaveYearParts
{
public:
    struct Part
    {
        int year = 0;
        int halfDays = 0;
        QDate effectiveDate; // the request's start, or 1 January for a later year
    };

    static QList<Part> of(const LeaveDayCounter &counter,
                          const LeaveBoundary &start,
                          const LeaveBoundary &end,
                          LeaveDayCounter::Counting counting,
                          int halfDays);

    // The id of the use line of one part: the approval's id for the request's first year,
    // "<id>@<year>" for a later one ("r1:use@2027", "r1:use:2@2027").
    static QString useId(const QString &approvalUseId, int year, int startYear);
};

} // namespace Civitas::Leave
