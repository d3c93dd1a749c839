#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QSqlDatabase>
#include <QStringList>

namespace Civitas {

class Database;

// Which town a desk file syncs with. A server is provisioned with a town id (civitas.town); a
// desk file records it, and the server's address, at its first sync (sync_state 'town_id',
// 'server'). From then on it syncs with that town only. A file that holds rows this server
// never sent it (a demo, a town kept in local mode) is not bound at all: a sync would either
// send its town row by row under a login's rights or, reconciling, remove it. The way for such
// a file is `civitas-admin load`; a file that was loaded is refused too (its rows are on the
// server now, rewritten by its triggers: a fresh desk file pulls them).
class CIVITAS_CORE_EXPORT TownBinding
{
public:
    TownBinding(Database &local, QSqlDatabase server);

    // Success when the file may sync with this server, after binding it if it was new. A
    // refusal's message says why and what to do; refused() then tells it from a failure to
    // read (a lost connection).
    Result<void> ensure(const QStringList &tables);
    bool refused() const { return m_refused; }

    // The sync_state keys.
    static QString townKey() { return QStringLiteral("town_id"); }
    static QString serverKey() { return QStringLiteral("server"); }
    static QString loadedIntoKey() { return QStringLiteral("loaded_into"); }
    static QString loadedAtKey() { return QStringLiteral("loaded_at"); }

    // The town the server holds, or an error.
    static Result<QString> serverTown(QSqlDatabase server);
    // host:port/database, for messages and sync_state.
    static QString serverName(const QSqlDatabase &server);

private:
    Result<void> refuse(const QString &message);
    QString state(const QString &key) const;
    // The first table of `tables` holding a row whose id this login does not see on the
    // server, or an empty string.
    Result<QString> tableWithForeignRows(const QStringList &tables) const;

    Database &m_local;
    QSqlDatabase m_server;
    bool m_refused = false;
};

} // namespace Civitas
