#pragma once

#include "leaveledgerplan.h"
#include <leave/leaveglobal.h>

#include <hr/domain/agentfile.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// HR's writes of rights into the ledger: the yearly allocations of every agent (annual leave
// and RTT from the agent file, LeaveRights), a manual adjustment, and a deposit onto the time
// savings account (TimeSavingsAccount's rules).
class CIVITAS_LEAVE_EXPORT LeaveRightsPlanner
{
public:
    explicit LeaveRightsPlanner(Database &database);

    // The source tag of the allocations of `year` in the ledger.
    static QString allocationSource(int year) { return QStringLiteral("alloc-%1").arg(year); }
    // Sources of lines written one at a time by HR.
    static QString adjustmentSource() { return QStringLiteral("hr"); }
    static QString depositSource() { return QStringLiteral("tsa-deposit"); }

    // The allocations of `year` for every agent employed in it: annual leave (pro rata,
    // rounded up to the half day) and RTT (exact, to the hundredth), compared with what a
    // previous run wrote. Write it with LeaveLedgerPlan::write.
    LeaveLedgerPlan allocations(int year, QString *errorMessage) const;

    // A correction HR makes by hand, with its reason (shown in the agent's ledger).
    struct Adjustment
    {
        QString agentId;
        QString leaveTypeId;
        int year = 0;
        int hundredths = 0; // signed: positive gives, negative takes back
        QString reason;
    };
    bool adjust(const Adjustment &adjustment, QString *errorMessage);

    // Moves `hundredths` of `sourceTypeId` (annual leave, split-leave bonus or RTT) of `year`
    // onto the agent's time savings account: a 'deposit' line taking them from the source and
    // one giving them to the account, together. Refused, with every reason, when the account
    // may not be opened (trainee, less than a year of service), when fewer than the minimum
    // of annual leave was taken in the year (20 days for five a week, in proportion), when the
    // days are not left, or beyond the 60-day ceiling.
    struct DepositResult
    {
        bool ok = false;
        QStringList refusals;
        int accountHundredths = 0; // on the account afterwards (or now, when refused)
    };
    DepositResult depositToTimeSavingsAccount(const QString &agentId,
                                              const QString &sourceTypeId,
                                              int year,
                                              int hundredths,
                                              QDate on = QDate::currentDate());
    // What the account holds: every year's deposits less the leave taken from it.
    int timeSavingsAccountBalance(const QString &agentId) const;

private:
    QString typeIdOfCode(const QString &code) const;

    Database &m_database;
};

} // namespace Civitas::Leave
