#include "timesavingsaccount.h"
#include <leave/leavetr.h>

#include <algorithm>

namespace Civitas::Leave {

bool TimeSavingsAccount::canOpen(const Hr::AgentFile &file, QDate on, QString *reason)
{
    const Hr::Agent &a = file.agent;
    if (a.status == QLatin1String("trainee")) {
        *reason = Tr::tr("A trainee cannot open a time savings account.");
        return false;
    }
    if (!a.isActiveOn(on)) {
        *reason = Tr::tr("The agent is not in service on that day.");
        return false;
    }
    if (a.entryDate.addYears(1) > on) {
        *reason
            = Tr::tr("A time savings account opens after one year of continuous service (from %1).")
                  .arg(a.entryDate.addYears(1).toString(Qt::ISODate));
        return false;
    }
    reason->clear();
    return true;
}

double TimeSavingsAccount::minimumAnnualLeaveTaken(double daysWorkedPerWeek)
{
    return 20.0 * daysWorkedPerWeek / 5.0;
}

double TimeSavingsAccount::depositLimit(double balance,
                                        double annualLeaveLeft,
                                        double annualLeaveTaken,
                                        double rttLeft,
                                        double daysWorkedPerWeek)
{
    const double fromAnnualLeave
        = annualLeaveTaken + 1e-9 >= minimumAnnualLeaveTaken(daysWorkedPerWeek)
              ? std::max(0.0, annualLeaveLeft)
              : 0.0;
    const double room = std::max(0.0, Ceiling - balance);
    return std::min(room, fromAnnualLeave + std::max(0.0, rttLeft));
}

double TimeSavingsAccount::daysAboveThreshold(double balance)
{
    return std::max(0.0, balance - LeaveOnlyThreshold);
}

int TimeSavingsAccount::dailyValueCents(const QString &category)
{
    if (category == QLatin1String("A"))
        return 15000;
    if (category == QLatin1String("B"))
        return 10000;
    if (category == QLatin1String("C"))
        return 8300;
    return 0;
}

} // namespace Civitas::Leave
