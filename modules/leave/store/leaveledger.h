#pragma once

#include <leave/domain/leavedays.h>
#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QSqlQuery;

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// One line of the ledger (leave_ledger_entries). Rights are positive, uses negative, in
// hundredths of a day. Never changed once written: a correction is a new entry with
// `reversesEntryId` set and the opposite amount.
struct CIVITAS_LEAVE_EXPORT LedgerEntry
{
    enum class Kind { Allocation, Use, Adjustment, CarryOver, Expiry, Deposit };

    QString id;
    QString agentId;
    QString leaveTypeId;
    int year = 0;
    Kind kind = Kind::Allocation;
    int daysHundredths = 0;
    QDate effectiveDate;
    QDate expiresOn;
    QString requestId;
    QString reversesEntryId;
    QString source;
    QString note;
    QString updatedBy;

    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString &code);
    static QString kindLabel(Kind kind);
};

// A balance of one type for one year: what the ledger holds, and what live requests not yet
// approved will take from it.
struct CIVITAS_LEAVE_EXPORT LeaveBalance
{
    QString leaveTypeId;
    int rightsHundredths = 0;  // allocations, adjustments, carry-overs, expiries, deposits
    int usedHundredths = 0;    // uses (negative) and their reversals
    int pendingHundredths = 0; // submitted or waiting for HR (positive)

    int availableHundredths() const { return rightsHundredths + usedHundredths; }
    // The balance once every pending request is approved.
    int projectedHundredths() const { return availableHundredths() - pendingHundredths; }
};

// Reads and appends the ledger. A balance is always a sum over it, in SQL.
class CIVITAS_LEAVE_EXPORT LeaveLedger
{
public:
    explicit LeaveLedger(Database &database);
    ~LeaveLedger();

    // Balances of every type with a balance for `year`, in the types' order; types the agent
    // has no entry and no request for are left out.
    QList<LeaveBalance> balances(const QString &agentId, int year) const;
    LeaveBalance balance(const QString &agentId,
                         const QString &leaveTypeId,
                         int year,
                         const QString &excludingRequestId = {}) const;
    QList<LedgerEntry> entries(const QString &agentId, int year) const;
    QList<LedgerEntry> entriesOfRequest(const QString &requestId) const;

    // Appends `entry` (an id is made when empty). Call inside the caller's transaction when
    // the entry goes with other writes.
    bool append(LedgerEntry &entry, QString *errorMessage);
    // Appends the entry that cancels `original`, unless one already does, dated `on` (today
    // when invalid).
    bool reverse(const LedgerEntry &original,
                 const QString &source,
                 const QString &note,
                 QString *errorMessage,
                 QDate on = {});
    // Reverses every entry of a request that is not yet reversed, each reversal dated as the
    // entry it reverses: the lines the server writes when the request is cancelled.
    bool reverseRequest(const QString &requestId,
                        const QString &source,
                        const QString &note,
                        QString *errorMessage);

    // The ids the server gives the lines of a request's decisions (central leave 0002): a
    // desk that writes the same line, as a preview, pushes a row the server has already,
    // equal field by field. `earlierUses`: the request's uses written before (reversals left
    // out).
    static QString useId(const QString &requestId, int earlierUses);
    static QString reversalId(const QString &entryId);
    // The uses of a request written so far, reversals left out (-1 when unread).
    int usesOfRequest(const QString &requestId) const;

    // The columns of a ledger line, and the line read from a query that selected them first:
    // for the other readers of the ledger (the closing's plan).
    static QString entryColumns();
    static LedgerEntry entryFrom(const QSqlQuery &query);

    // Kept while the pages move to LeaveDays::format.
    static QString formatDays(int hundredths) { return LeaveDays::format(hundredths); }

private:
    Database &m_database;
    mutable std::unique_ptr<QSqlQuery> m_balancesQuery;
};

} // namespace Civitas::Leave
