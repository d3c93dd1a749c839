#pragma once

#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// A head lets a deputy decide on their units' leave while they are away (leave_delegations):
// the units they may delegate, the agents who may stand in, the delegations they gave and
// those a deputy holds today, the checks before one is saved, and the early end of one. A
// delegation is never deleted, being synchronised: one not started yet becomes a tombstone.
// The rules of who then decides what are LeaveAuthority's.
class CIVITAS_LEAVE_EXPORT DelegationStore
{
public:
    explicit DelegationStore(Database &database);

    // A unit or an agent to choose from, by id, as the user reads it.
    struct Choice
    {
        QString id;
        QString name;
    };
    // A delegation a head gave, names as shown (the id when the unit or agent is not in the
    // file).
    struct Given
    {
        QString id;
        QString unitName;
        QString deputyName;
        QDate start;
        QDate end;
    };
    // A delegation in force that a deputy holds.
    struct Received
    {
        QString unitName;
        QString delegatorName;
        QDate end;
    };
    struct NewDelegation
    {
        QString unitId;
        QString delegatorAgentId;
        QString deputyAgentId;
        QDate start;
        QDate end;
    };
    enum class Ending {
        EndedYesterday, // it had begun: the deputy no longer decides from today
        Removed,        // it had not begun: withdrawn
    };

    // The units `agentId` heads, by name: what they may delegate (sub-units follow).
    Result<QList<Choice>> unitsHeadedBy(const QString &agentId) const;
    // Whether `agentId` heads a unit at all (no agent: no).
    Result<bool> headsAUnit(const QString &agentId) const;
    // Who may stand in for `headAgentId` on `day`: the agents still in post of every unit
    // they head, sub-units included, themselves excepted, by name.
    Result<QList<Choice>> deputyCandidates(const QString &headAgentId, QDate day) const;
    // The delegations `agentId` gave, and those of the units they head now (a predecessor's,
    // which they may end), latest end first.
    Result<QList<Given>> givenBy(const QString &agentId) const;
    // The delegations `deputyAgentId` holds on `day`, soonest end first.
    Result<QList<Received>> inForceFor(const QString &deputyAgentId, QDate day) const;
    // Whether `deputyAgentId` already decides for `unitId` on a day of start..end.
    Result<bool>
    overlaps(const QString &unitId, const QString &deputyAgentId, QDate start, QDate end) const;

    // Saves a delegation checked beforehand; answers its id.
    Result<QString> add(const NewDelegation &delegation);
    // Ends the delegation `id` that `delegatorAgentId` gave, or that was given for a unit they
    // head now (the server lets the current head end any delegation of the unit): its end moves to
    // the day before `today`, so that the deputy no longer decides today; one beginning today or
    // later cannot end before its start, so it is removed. Refused when it is not in the file (or
    // not theirs) or already over.
    Result<Ending> end(const QString &id, const QString &delegatorAgentId, QDate today);

private:
    Database &m_database;
};

} // namespace Civitas::Leave
