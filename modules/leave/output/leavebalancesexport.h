#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaveledger.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The balances of a unit's agents (sub-units included) for a year, as HR hands them to a
// head or keeps them at year end: registration number, name, and for each type with a
// balance its rights, the days taken, the days waiting for a decision and what is left. One
// grouped query for the whole unit, never one per agent; written with CsvWriter (the CSV
// that a French spreadsheet opens as it is).
class CIVITAS_LEAVE_EXPORT LeaveBalancesExport
{
public:
    struct AgentBalances
    {
        QString agentId;
        QString registrationNumber;
        QString name;
        QList<LeaveBalance> balances; // the types the agent has an entry or a request of
        LeaveBalance balanceOf(const QString &leaveTypeId) const;
    };

    // The agents employed during `year` in `unitId` and its sub-units (every unit when empty),
    // by name.
    static QList<AgentBalances> balances(Database &database, const QString &unitId, int year);
    // The CSV: a header line, then one line per agent.
    static bool
    write(Database &database, const QString &unitId, int year, QIODevice *device, QString *error);
};

} // namespace Civitas::Leave
