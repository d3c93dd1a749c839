#pragma once

#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// HR's exceptional decisions extending the carry-over period of an agent's annual leave beyond
// the 15 months of the law (décret 85-1250 art. 5-1 as amended by décret 2025-564): who, when,
// until when and why. The closing of the year the leave was carried out of takes the latest
// date, and the server lets a carry-over line expire that late. Decisions are never changed:
// a new one supersedes. Who decided and when are stamped by the server; the desk's are a
// preview until the push.
class CIVITAS_LEAVE_EXPORT CarryOverExtensions
{
public:
    struct Decision
    {
        QString id;
        QString agentId;
        int year = 0; // the leave carried out of this year
        QDate extendedTo;
        QString reason;
        QString decidedBy;
        QDateTime decidedAt;
    };

    explicit CarryOverExtensions(Database &database);

    // Records a decision; its id. Refused for the decider's own leave, without a reason, or
    // for a date that does not extend anything (before the year after `year` ends).
    Result<QString> record(const QString &agentId,
                           int year,
                           QDate extendedTo,
                           const QString &reason,
                           const QString &decidedBy,
                           const QString &decidersAgentId = {});
    // The decisions about the leave carried out of `year`, latest first.
    Result<QList<Decision>> ofYear(int year) const;

private:
    Database &m_database;
};

} // namespace Civitas::Leave
