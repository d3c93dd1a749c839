#pragma once

#include "leaveledgerplan.h"
#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The closing of a rights year (clôture annuelle), as ledger lines tagged 'close-Y':
//  - RTT lost for the year's absences (types with reduces_rtt: sick leave), quotient
//    228 / RTT days, from the RTT the ledger allocated for the year ('adjustment');
//  - the split-leave bonus for annual leave taken outside 1 May–31 October, credited to the
//    NEXT year (allocation of Y+1 dated 1 January): it is only known once the year is over,
//    and a bonus put in Y would expire at the very closing that grants it;
//  - the carry-over of annual leave an agent could not take because of sick leave (sick days
//    falling on days they work, at most 4 weeks = 4 × days worked a week, and no more than
//    is left of the year's own rights) to Y+1, valid until 31 March Y+2 (15 months after the
//    end of Y, décret 85-1250 art. 5-1);
//  - the expiry of everything else left of Y's annual leave, RTT and split-leave bonus.
// Leave taken uses first the days that expire first: carried-over days still valid when the
// year ends are carried again to Y+1 with their own expiry date, and carried days not taken by
// that date expire at the closing of the year it falls in.
// Runs again safely (LeaveLedgerPlan): a second run writes nothing; a run after a correction
// writes only the lines that changed.
class CIVITAS_LEAVE_EXPORT LeaveYearClosing
{
public:
    explicit LeaveYearClosing(Database &database);

    static QString source(int year) { return QStringLiteral("close-%1").arg(year); }
    // A year is closed once its closing wrote into the ledger.
    static bool isClosed(Database &database, int year);
    // 15 months after the end of `year`.
    static QDate carryOverExpiry(int year) { return QDate(year + 2, 3, 31); }

    // The closing of `year`, computed and compared with what an earlier run wrote: show it,
    // then LeaveLedgerPlan::write. Refused for a year not over yet.
    LeaveLedgerPlan plan(int year, QString *errorMessage) const;

    // Tests fix the day; the application lives in the real one.
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // The annual leave part of the closing, as a pure rule.
    struct CarriedDays
    {
        QDate expiresOn;
        int hundredths = 0;
    };
    struct LeaveTaken
    {
        QDate date;
        int hundredths = 0; // positive: days taken
    };
    struct AnnualLeaveOutcome
    {
        QList<CarriedDays> carriedAgain; // still valid after the year: to Y+1, same expiry
        int newCarryOver = 0;            // sick leave: to Y+1, expiring carryOverExpiry(year)
        int expired = 0;                 // what is left and expires
        int expiredCarried = 0;          // of which carried days not taken in time
    };
    // `ownRights`: the year's own rights (allocations, adjustments, deposits...), valid until
    // 31 December; `carriedIn`: days carried into the year, each valid until its date;
    // `taken`: the leave taken, by date; `sickHalfDays`: sick half-days on worked days.
    static AnnualLeaveOutcome annualLeaveOutcome(int year,
                                                 int ownRights,
                                                 const QList<CarriedDays> &carriedIn,
                                                 QList<LeaveTaken> taken,
                                                 int sickHalfDays,
                                                 double daysPerWeek);

private:
    // One closing being computed: the year, its leave types, and what the ledger, the requests
    // and the agents' files say about it (defined in the .cpp).
    struct Run;
    struct TypeLedger;
    struct AgentLedger;
    // The lines of one agent, each carrying the agent's id and name.
    struct AgentLines;

    bool readLedger(Run &run, QString *errorMessage) const;
    bool readEmployed(Run &run, QString *errorMessage) const;
    bool readAbsences(Run &run, QString *errorMessage) const;
    bool readPendingRequests(Run &run, QString *errorMessage) const;
    void readNames(Run &run) const;
    void closeAgent(const Run &run,
                    const QString &agentId,
                    const AgentLedger &a,
                    LeaveLedgerPlan &plan) const;
    void closeRtt(const Run &run, const AgentLedger &a, AgentLines &lines) const;
    void closeSplitBonus(const Run &run, const AgentLedger &a, bool gone, AgentLines &lines) const;
    AnnualLeaveOutcome
    annualLeaveOf(const Run &run, const QString &agentId, const AgentLedger &a, bool gone) const;
    void closeAnnualLeave(const Run &run,
                          const AgentLedger &a,
                          const AnnualLeaveOutcome &o,
                          AgentLines &lines) const;
    void warnBelowZero(const Run &run,
                       const AgentLedger &a,
                       const QString &name,
                       LeaveLedgerPlan &plan) const;

    Database &m_database;
    QDate m_today;
};

} // namespace Civitas::Leave
