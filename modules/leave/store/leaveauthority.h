#pragma once

#include <leave/domain/leaveworkflow.h>
#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariant>

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {

// Whose leave the user decides on, as the server's civitas.leave_units() says: the units they
// head or permanently deputise, and those delegated to them for the day, each with its
// sub-units; never their own leave. The desk asks it to show the inbox and the buttons; the
// server enforces the same.
class CIVITAS_LEAVE_EXPORT LeaveAuthority
{
public:
    LeaveAuthority(Database &database, const Session &session);

    // The units the user acts on `day`, sub-units included.
    QStringList units(QDate day = QDate::currentDate()) const;
    // A sub-select of those units' agents other than the user, for `agent_id IN (...)`. The
    // ids are inlined (quoted) so that list models can reuse it without binding.
    QString teamAgentsSql(QDate day = QDate::currentDate()) const;

    // How the user stands towards a request of `agentId`, and, when they act through a
    // delegation only, the head they act for.
    struct Standing
    {
        LeaveActor actor = LeaveActor::Other;
        QString onBehalfOfAgentId;
    };
    // A failure to read the file is logged and counts as heading nothing (HR stays HR).
    Standing standingTowards(const QString &agentId, QDate day = QDate::currentDate()) const;
    // The same for each of `agentIds` (every one has an entry), in the same few queries
    // whatever their number: for a page that shows where the user stands on a whole
    // selection at each refresh.
    Result<QHash<QString, Standing>> standingsTowards(const QStringList &agentIds,
                                                      QDate day = QDate::currentDate()) const;

private:
    Result<QStringList> headedUnits() const;
    Result<QStringList> delegatedUnits(QDate day) const;
    static QStringList unitsFrom(QStringList headed, const QStringList &delegated);
    Result<QStringList> unitTree(const QString &seedSql, const QVariantList &binds) const;

    Database &m_database;
    const Session &m_session;
};

} // namespace Civitas::Leave
