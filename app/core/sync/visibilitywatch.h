#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Civitas {

class Database;

// Whether what a login may see can have changed since this desk last compared its ids with the
// server's (Synchroniser::reconcile). The server records every transaction that changes what
// its policies decide on (a unit's head, an agent's unit, a delegation, an account: central
// core 0011), and names what decides without a write (the login, its roles, today's date). The
// desk keeps, in sync_state, the snapshot bound and that basis of its last complete comparison,
// and compares again only when a recorded transaction is at or after the bound, or the basis
// differs. A server without core 0011 always answers "compare". The desk's own tables belong
// to the basis too: a table the desk starts to sync (a module added or updated) gets its rows
// from the comparison, as no pull below the watermark would bring them.
class CIVITAS_CORE_EXPORT VisibilityWatch
{
public:
    VisibilityWatch(Database &local, QSqlDatabase server, const QStringList &deskTables = {});

    // One round trip, in a snapshot of its own: whether a comparison is due.
    Result<bool> comparisonDue();

    // What a comparison records, read in the snapshot it compares in.
    struct Mark
    {
        QString bound; // that snapshot's xmin
        QString basis;
    };
    Result<Mark> mark();
    // After a comparison that left nothing out (no row kept for its pending edits).
    Result<void> record(const Mark &mark);
    // Forgets the last comparison: the next sync compares.
    Result<void> forget();

    static QString boundKey() { return QStringLiteral("visibility/bound"); }
    static QString basisKey() { return QStringLiteral("visibility/basis"); }

private:
    QString state(const QString &key) const;

    Database &m_local;
    QSqlDatabase m_server;
    QString m_deskTables; // appended to the server's basis
};

} // namespace Civitas
