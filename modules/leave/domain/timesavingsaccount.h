#pragma once

#include <leave/leaveglobal.h>

#include <hr/domain/agentfile.h>

#include <QCoreApplication>

namespace Civitas::Leave {

// The rules of the time savings account (compte épargne-temps, décret 2004-878).
class CIVITAS_LEAVE_EXPORT TimeSavingsAccount
{
public:
    static constexpr double Ceiling = 60;            // days on the account at most
    static constexpr double LeaveOnlyThreshold = 15; // up to this, days are used as leave only

    // Open after one year of continuous service, not to trainees. False with the reason.
    static bool canOpen(const Hr::AgentFile &file, QDate on, QString *reason);

    // The annual leave an agent must still take in the year before depositing any: 20 days
    // for a five-day week, in proportion for fewer days.
    static double minimumAnnualLeaveTaken(double daysWorkedPerWeek);

    // How many days may go onto the account at year end: the annual leave left (only once the
    // minimum was taken) plus the RTT left, within the ceiling.
    static double depositLimit(double balance,
                               double annualLeaveLeft,
                               double annualLeaveTaken,
                               double rttLeft,
                               double daysWorkedPerWeek);

    // Days above the threshold, which the agent may have paid, turned into pension points or
    // kept, where the council allows it (choice by 31 January).
    static double daysAboveThreshold(double balance);
    // Value of a paid day by category since 1 January 2024, in cents: A 150 €, B 100 €, C 83 €.
    static int dailyValueCents(const QString &category);
};

} // namespace Civitas::Leave
