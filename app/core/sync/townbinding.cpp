#include "townbinding.h"

#include <core/coretr.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

TownBinding::TownBinding(Database &local, QSqlDatabase server)
    : m_local(local)
    , m_server(server)
{}

QString TownBinding::serverName(const QSqlDatabase &server)
{
    const int port = server.port();
    return QStringLiteral("%1%2/%3").arg(server.hostName().isEmpty() ? QStringLiteral("localhost")
                                                                     : server.hostName(),
                                         port > 0 ? QStringLiteral(":%1").arg(port) : QString(),
                                         server.databaseName());
}

Result<QString> TownBinding::serverTown(QSqlDatabase server)
{
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("SELECT id FROM civitas.town")))
        return Result<QString>::failure(
            Tr::tr("The server does not say which town it holds (%1): provision it with this "
                   "version of civitas-admin.")
                .arg(q.lastError().databaseText().trimmed()));
    if (!q.next())
        return Result<QString>::failure(
            Tr::tr("The server holds no town: provision it with civitas-admin."));
    return q.value(0).toString();
}

QString TownBinding::state(const QString &key) const
{
    Sql::Statement q(m_local.connection(),
                     QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    return q.first({key}) ? q.text(0) : QString();
}

Result<void> TownBinding::refuse(const QString &message)
{
    m_refused = true;
    return Result<void>::failure(message);
}

Result<QString> TownBinding::tableWithForeignRows(const QStringList &tables) const
{
    constexpr qsizetype Chunk = 5000;
    for (const QString &table : tables) {
        QStringList ids;
        QSqlQuery local(m_local.connection());
        local.setForwardOnly(true);
        if (!local.exec(QStringLiteral("SELECT id FROM %1").arg(Sql::identifier(table))))
            return Result<QString>::failure(local.lastError().text());
        while (local.next())
            ids << local.value(0).toString();
        for (qsizetype start = 0; start < ids.size(); start += Chunk) {
            const QStringList chunk = ids.mid(start, Chunk);
            QSqlQuery seen(m_server);
            seen.prepare(
                QStringLiteral("SELECT count(*) FROM civitas.%1 WHERE id = ANY (?::text[])")
                    .arg(Sql::identifier(table)));
            // A text[] literal: every element quoted, so that no id can break out of it.
            QStringList elements;
            for (const QString &id : chunk)
                elements << QLatin1Char('"')
                                + QString(id)
                                      .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                      .replace(QLatin1Char('"'), QLatin1String("\\\""))
                                + QLatin1Char('"');
            seen.addBindValue(QLatin1Char('{') + elements.join(QLatin1Char(','))
                              + QLatin1Char('}'));
            if (!seen.exec() || !seen.next())
                return Result<QString>::failure(seen.lastError().text());
            if (seen.value(0).toLongLong() < chunk.size())
                return table;
        }
    }
    return QString();
}

Result<void> TownBinding::ensure(const QStringList &tables)
{
    m_refused = false;
    const Result<QString> town = serverTown(m_server);
    if (!town.ok())
        return Result<void>::failure(town.error());
    const QString here = serverName(m_server);
    const QString loadedInto = state(loadedIntoKey());
    if (!loadedInto.isEmpty())
        return refuse(Tr::tr("This file's town was loaded into the server %1 on %2: its records "
                             "are there now. It does not sync; log in with the application, or "
                             "sync a fresh desk file (civitas-admin init).")
                          .arg(state(serverKey()), state(loadedAtKey())));
    const QString bound = state(townKey());
    if (!bound.isEmpty()) {
        if (bound == town.value())
            return success();
        return refuse(Tr::tr("This file belongs to the town of another server (%1); %2 holds "
                             "another town. Nothing was sent or changed: use a fresh desk file "
                             "for this server.")
                          .arg(state(serverKey()), here));
    }
    // A file that synced before files were bound received its rows from a server: it is
    // bound to the one it syncs with now.
    const bool syncedBefore = !state(QStringLiteral("watermark")).isEmpty()
                              || !state(QStringLiteral("initial/upper")).isEmpty();
    if (!syncedBefore) {
        const Result<QString> foreign = tableWithForeignRows(tables);
        if (!foreign.ok())
            return Result<void>::failure(foreign.error());
        if (!foreign.value().isEmpty())
            return refuse(
                Tr::tr("This file holds a town that the server %1 never sent it (a demo, or a "
                       "town kept in local mode: see the table %2). Nothing was sent or "
                       "changed. Load it into an empty server with \"civitas-admin load\", or "
                       "sync a fresh desk file.")
                    .arg(here, foreign.value()));
    }
    QSqlDatabase local = m_local.connection();
    Sql::Statement set(local,
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!local.transaction() || !set.exec({townKey(), town.value()})
        || !set.exec({serverKey(), here}) || !local.commit()) {
        const QString error = set.failed() ? set.error() : local.lastError().text();
        local.rollback();
        return Result<void>::failure(error);
    }
    return success();
}

} // namespace Civitas
