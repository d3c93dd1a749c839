#pragma once

#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QString>

namespace Civitas::Leave {

// A quantity of leave as the ledger and the rules count it: integer hundredths of a day, so
// that part-time rights add up exactly (25 days = 2500, RTT of 18.4 days = 1840).
class CIVITAS_LEAVE_EXPORT LeaveDays
{
public:
    // "12,5 j" in French: no decimals for whole days, one or two otherwise.
    static QString format(int hundredths);
};

} // namespace Civitas::Leave
