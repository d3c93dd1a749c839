#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Civitas {

class Database;

// Which desk a file is, in the server's eyes. The server issues the id (core 0008) and keeps a
// receipt per change it applied, with a fingerprint of that change. A file restored from a
// backup, or copied to a second desk, carries the id and the outbox numbers of the original:
// its new changes meet receipts of other changes. The push compares fingerprints, and such a
// file takes a new identity here and sends its changes as new ones, rather than dropping them
// as "already applied".
class CIVITAS_CORE_EXPORT DeskIdentity
{
public:
    DeskIdentity(Database &local, QSqlDatabase server);

    // The file's id, when the server issued it to the connected login; otherwise (a new file,
    // one made by an older version, a tampered one) a new one, kept in the file.
    Result<QString> current();
    // A new id from the server, kept in the file: for a file found to be a copy.
    Result<QString> renew();
    // The server's error behind the last failure, to tell a lost connection.
    QSqlError serverError() const { return m_serverError; }

    // What a receipt remembers of the change it stands for.
    static QString fingerprint(qint64 seq,
                               const QString &table,
                               const QString &rowId,
                               const QString &operation,
                               const QString &createdAt,
                               const QString &changed);

    static QString key() { return QStringLiteral("client_id"); }

private:
    Result<QString> failed(const QSqlError &error);

    Database &m_local;
    QSqlDatabase m_server;
    QSqlError m_serverError;
};

} // namespace Civitas
