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
//  - RTT lost for the year's absences (types that reduce RTT: health leaves, maternity...),
//    one day per quotient = days worked in the year under the agent's cycle / RTT days of the
//    cycle (F13712), from the RTT the ledger allocated for the year ('adjustment'); what the
//    year's RTT left cannot cover is a debit on Y+1, shown in the report;
//  - the split-leave bonus for annual leave taken outside 1 May–31 October, credited to the
//    NEXT year (allocation of Y+1 dated 1 January): it is only known once the year is over,
//    and a bonus put in Y would expire at the very closing that grants it;
//  - the carry-over to Y+1 of annual leave the agent could not take (décret 85-1250 arts. 5-1
//    and 5-2 as amended by décret 2025-564): after a health leave, the unused part of the
//    year's first four weeks (4 × days worked a week; the days taken in the year use them
//    first), no more than the health leave's days; before a family leave, what was not taken,
//    without that cap, no more than the family leave's days. Each is valid 15 months from the
//    return to work (at the latest from 1 January Y+1), or until HR's extension;
//  - the expiry of everything else left of Y's annual leave, RTT and split-leave bonus.
// Carried days past their date that no notice announced in time are not expired: the report
// lists them (Conseil d'État, 17 October 2025, n°495899).
// The server checks the carry-over against the law when it arrives (central leave 0008).
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
    // The last day of the 15 months of carry-over of leave of `year`: from the return to work
    // `returnedOn`, at the latest from 1 January of the next year (31 March of year + 2). As
    // the server's civitas.leave_carry_over_expiry.
    static QDate carryOverExpiry(int year, QDate returnedOn = {});

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
        // A notice told the agent of these days and their date before it (Conseil d'État,
        // 17 October 2025, n°495899): without one they cannot expire.
        bool noticed = true;
    };
    struct LeaveTaken
    {
        QDate date;
        int hundredths = 0; // positive: days taken
    };
    // The year's absences that decide a carry-over, in half-days the agent works.
    struct CarryOverAbsences
    {
        int healthHalfDays = 0; // capped at the unused part of the first four weeks
        int familyHalfDays = 0; // uncapped
    };
    struct AnnualLeaveOutcome
    {
        QList<CarriedDays> carriedAgain; // still valid after the year: to Y+1, same expiry
        int healthCarryOver = 0;         // to Y+1, after a health leave
        int familyCarryOver = 0;         // to Y+1, before a family leave
        int takenOwn = 0;                // the year's own days taken (they use the 4 weeks)
        int expired = 0;                 // what is left and expires
        int expiredCarried = 0;          // of which carried days not taken in time
        QList<CarriedDays> unnoticed;    // carried days past their date, never announced: kept
    };
    // `ownRights`: the year's own rights (allocations, adjustments, deposits...), valid until
    // 31 December; `carriedIn`: days carried into the year, each valid until its date;
    // `taken`: the leave taken, by date; `absences`: health and family leave on worked days.
    static AnnualLeaveOutcome annualLeaveOutcome(int year,
                                                 int ownRights,
                                                 const QList<CarriedDays> &carriedIn,
                                                 QList<LeaveTaken> taken,
                                                 CarryOverAbsences absences,
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
    bool readExtensions(Run &run, QString *errorMessage) const;
    bool readNotices(Run &run, QString *errorMessage) const;
    void readNames(Run &run) const;
    void closeAgent(const Run &run,
                    const QString &agentId,
                    const AgentLedger &a,
                    LeaveLedgerPlan &plan) const;
    void closeRtt(const Run &run,
                  const QString &agentId,
                  const AgentLedger &a,
                  bool gone,
                  AgentLines &lines) const;
    void closeSplitBonus(const Run &run, const AgentLedger &a, bool gone, AgentLines &lines) const;
    AnnualLeaveOutcome
    annualLeaveOf(const Run &run, const QString &agentId, const AgentLedger &a, bool gone) const;
    void closeAnnualLeave(const Run &run,
                          const QString &agentId,
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
