#pragma once

#include "leaveledger.h"
#include <leave/leaveglobal.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

class LeaveTypeCatalog;

// One line a batch (the allocations of a year, the closing of a year) wants the ledger to hold.
struct LeavePlanLine
{
    enum class Change {
        New,       // nothing was written for it before
        Unchanged, // a previous run wrote exactly this
        Changed,   // a previous run wrote another amount: reversed and written again
        Withdrawn, // a previous run wrote it and it is no longer due: reversed
    };

    QString agentId;
    QString agentName; // "NOM Prénom (matricule)", for the report
    QString leaveTypeId;
    int year = 0;
    LedgerEntry::Kind kind = LedgerEntry::Kind::Allocation;
    int hundredths = 0;        // what the ledger should hold for this line
    int writtenHundredths = 0; // what previous runs of the same batch hold for it
    QDate effectiveDate;
    QDate expiresOn;
    QString note;
    Change change = Change::New;

    // Lines of one batch are told apart by agent, type, rights year, kind and expiry date:
    // the batch writes at most one line of each.
    QString key() const;
    bool needsWriting() const { return change != Change::Unchanged; }
};

// A batch of ledger lines that can be run again safely. Every line it writes carries the
// batch's source tag ('close-2026', 'alloc-2027'); compare() reads what earlier runs of the
// same source left in the ledger, and write() changes only the lines that differ, each by a
// reversing entry and a new one, so that a second run writes nothing and a run after a
// correction writes only the correction. The plan is shown (dry run) before it is written.
class CIVITAS_LEAVE_EXPORT LeaveLedgerPlan
{
public:
    // `years`: the rights years the batch writes in (they narrow the ledger read to an index).
    LeaveLedgerPlan(const QString &source, const QList<int> &years, const QString &title = {});

    QString source() const { return m_source; }
    QString title() const { return m_title; }
    void add(const LeavePlanLine &line);
    // Something HR should look at before writing (a pending request, a missing working time).
    void addWarning(const QString &agentName, const QString &text);

    // Reads what earlier runs of this source wrote and marks each line; lines written before
    // and no longer planned come back as Withdrawn.
    bool compare(Database &database, QString *errorMessage);
    // Writes the differences in one transaction. Refused, with nothing written, when the
    // ledger changed since compare() (another desk's run arrived by a sync): preview again.
    bool write(Database &database, QString *errorMessage);

    // Sorted by agent name, then type, year and kind; Withdrawn lines included.
    QList<LeavePlanLine> lines() const { return m_lines; }
    QStringList warnings() const { return m_warnings; }
    int changeCount() const;
    int agentCount() const;
    bool isCompared() const { return m_compared; }

    // The report as text, for the command line: per agent each line and its change, then the
    // totals by type and kind.
    QString report(const LeaveTypeCatalog &types, bool onlyChanges = false) const;
    static QString changeLabel(LeavePlanLine::Change change);

private:
    struct Written
    {
        int net = 0;
        QList<LedgerEntry> open; // entries not reversed yet
    };
    bool
    readWritten(Database &database, QHash<QString, Written> *written, QString *errorMessage) const;
    void sortLines();

    QString m_source;
    QList<int> m_years;
    QString m_title;
    QList<LeavePlanLine> m_lines;
    QStringList m_warnings;
    QHash<QString, Written> m_written;
    bool m_compared = false;
};

} // namespace Civitas::Leave
