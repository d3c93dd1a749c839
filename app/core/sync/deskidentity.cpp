#include "deskidentity.h"

#include <core/corelogging.h>
#include <core/coretr.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QCryptographicHash>
#include <QSqlQuery>

namespace Civitas {

DeskIdentity::DeskIdentity(Database &local, QSqlDatabase server)
    : m_local(local)
    , m_server(server)
{}

Result<QString> DeskIdentity::failed(const QSqlError &error)
{
    m_serverError = error;
    const QString reason = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    return Result<QString>::failure(
        Tr::tr("The server did not give this desk an identity (%1); a server provisioned by an "
               "older civitas-admin needs \"civitas-admin provision\" again.")
            .arg(reason));
}

Result<QString> DeskIdentity::current()
{
    Sql::Statement local(m_local.connection(),
                         QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    const QString id = local.first({key()}) ? local.text(0) : QString();
    if (id.isEmpty())
        return renew();
    QSqlQuery issued(m_server);
    issued.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM civitas.sync_desks "
                                  "WHERE client_id = ? AND db_user = session_user)"));
    issued.addBindValue(id);
    if (!issued.exec() || !issued.next())
        return failed(issued.lastError());
    if (issued.value(0).toBool())
        return id;
    // No receipt can exist under an id the server did not issue to this login: nothing is
    // lost by leaving it.
    qCInfo(lcSync) << "the desk id" << id << "was not issued to this login: taking a new one";
    return renew();
}

Result<QString> DeskIdentity::renew()
{
    QSqlQuery issue(m_server);
    if (!issue.exec(QStringLiteral("SELECT civitas.register_desk()")) || !issue.next())
        return failed(issue.lastError());
    const QString id = issue.value(0).toString();
    Sql::Statement keep(m_local.connection(),
                        QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!keep.exec({key(), id}))
        return Result<QString>::failure(keep.error());
    return id;
}

QString DeskIdentity::fingerprint(qint64 seq,
                                  const QString &table,
                                  const QString &rowId,
                                  const QString &operation,
                                  const QString &createdAt,
                                  const QString &changed)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Unit separators: no field can run into the next.
    for (const QString &part : {QString::number(seq), table, rowId, operation, createdAt}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    hash.addData(changed.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Civitas
