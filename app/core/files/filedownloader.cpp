#include "filedownloader.h"
#include <core/coretr.h>

#include "filestore.h"
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QCryptographicHash>

namespace Civitas {

Result<void> FileDownloader::fetch(const QString &sha256)
{
    using R = Result<void>;
    const QSqlDatabase db = m_local.connection();
    qint64 size = 0;
    qint64 chunks = 0;
    qint64 present = 0;
    {
        Sql::Statement known(db,
                             QStringLiteral("SELECT byte_size, chunk_count, chunks_present "
                                            "FROM local_files WHERE sha256 = ?"));
        if (known.first({sha256})) {
            size = known.value(0).toLongLong();
            chunks = known.value(1).toLongLong();
            present = known.value(2).toLongLong();
        } else if (known.failed()) {
            return R::failure(known.error());
        }
    }
    if (chunks > 0 && present == chunks)
        return success();
    if (chunks == 0) {
        // The server answers only for a file this login may read: row-level security.
        QSqlQuery file(m_server);
        file.prepare(QStringLiteral(
            "SELECT byte_size, mime_type FROM civitas.stored_files WHERE sha256 = ?"));
        file.addBindValue(sha256);
        if (!file.exec())
            return R::failure(file.lastError().text());
        if (!file.next())
            return R::failure(Tr::tr("The server has no such file for you: it was withdrawn, "
                                     "or you may not read it."));
        size = file.value(0).toLongLong();
        chunks = (size + FileStore::ChunkSize - 1) / FileStore::ChunkSize;
        Sql::Statement add(db,
                           QStringLiteral("INSERT OR IGNORE INTO local_files (sha256, byte_size, "
                                          "mime_type, chunk_count, on_server) "
                                          "VALUES (?, ?, ?, ?, 1)"));
        if (!add.exec({sha256, size, file.value(1).toString(), chunks}))
            return R::failure(add.error());
    }

    QSqlQuery chunk(m_server);
    chunk.prepare(QStringLiteral(
        "SELECT data FROM civitas.file_chunks WHERE sha256 = ? AND chunk_index = ?"));
    Sql::Statement keep(db,
                        QStringLiteral("INSERT OR REPLACE INTO local_file_chunks "
                                       "(sha256, chunk_index, data) VALUES (?, ?, ?)"));
    Sql::Statement count(db,
                         QStringLiteral("UPDATE local_files SET chunks_present = ? "
                                        "WHERE sha256 = ?"));
    for (qint64 i = present; i < chunks; ++i) {
        if (cancelled && cancelled())
            return R::failure(Tr::tr("Cancelled."));
        chunk.bindValue(0, sha256);
        chunk.bindValue(1, int(i));
        if (!chunk.exec())
            return R::failure(chunk.lastError().text());
        if (!chunk.next())
            return R::failure(Tr::tr("The server has no such file for you: it was withdrawn, "
                                     "or you may not read it."));
        const QByteArray data = chunk.value(0).toByteArray();
        chunk.finish();
        if (data.size() != qMin(FileStore::ChunkSize, size - i * FileStore::ChunkSize))
            return R::failure(
                Tr::tr("Part %1 of the file came damaged from the server.").arg(i + 1));
        if (const Result<void> begun = Sql::beginWrite(db); !begun.ok())
            return begun;
        if (!keep.exec({sha256, i, data}) || !count.exec({i + 1, sha256})) {
            const QString error = keep.failed() ? keep.error() : count.error();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return R::failure(error);
        }
        if (!QSqlQuery(db).exec(QStringLiteral("COMMIT")))
            return R::failure(db.lastError().text());
        if (progress)
            progress(qMin(size, (i + 1) * FileStore::ChunkSize), size);
    }

    // The bytes are what the rows refer to, or they are dropped and fetched again next time.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Sql::Statement stored(db,
                          QStringLiteral("SELECT data FROM local_file_chunks "
                                         "WHERE sha256 = ? AND chunk_index = ?"));
    for (qint64 i = 0; i < chunks; ++i) {
        if (!stored.first({sha256, i}))
            return R::failure(stored.failed() ? stored.error() : Tr::tr("A part is missing."));
        hash.addData(stored.value(0).toByteArray());
    }
    stored.query().finish();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        Sql::Statement drop(db, QStringLiteral("DELETE FROM local_files WHERE sha256 = ?"));
        drop.exec({sha256});
        return R::failure(Tr::tr("The file received does not match its fingerprint: it was "
                                 "dropped, and will be fetched again."));
    }
    return success();
}

Result<int> FileDownloader::fetchKept(const QString &agentId)
{
    using R = Result<int>;
    const QSqlDatabase db = m_local.connection();
    QStringList parts;
    int bindings = 0;
    {
        QSqlQuery refs(db);
        if (!refs.exec(QStringLiteral("SELECT table_name, column_name, owner_column, "
                                      "kept_everywhere FROM local_file_references "
                                      "WHERE owner_column IS NOT NULL OR kept_everywhere = 1")))
            return R::failure(refs.lastError().text());
        while (refs.next()) {
            const QString table = Sql::identifier(refs.value(0).toString());
            const QString column = Sql::identifier(refs.value(1).toString());
            if (refs.value(3).toInt() == 1) {
                parts.append(QStringLiteral("SELECT %2 AS h FROM %1 WHERE deleted = 0 "
                                            "AND %2 IS NOT NULL")
                                 .arg(table, column));
                continue;
            }
            if (agentId.isEmpty())
                continue;
            parts.append(QStringLiteral("SELECT %2 AS h FROM %1 WHERE %3 = ? AND deleted = 0 "
                                        "AND %2 IS NOT NULL")
                             .arg(table, column, Sql::identifier(refs.value(2).toString())));
            ++bindings;
        }
    }
    if (parts.isEmpty())
        return 0;
    QSqlQuery missing(db);
    missing.setForwardOnly(true);
    missing.prepare(QStringLiteral("SELECT DISTINCT h FROM (%1) WHERE h NOT IN "
                                   "(SELECT sha256 FROM local_files "
                                   "WHERE chunks_present = chunk_count)")
                        .arg(parts.join(QStringLiteral(" UNION ALL "))));
    for (int i = 0; i < bindings; ++i)
        missing.addBindValue(agentId);
    if (!missing.exec())
        return R::failure(missing.lastError().text());
    QStringList hashes;
    while (missing.next())
        hashes.append(missing.value(0).toString());
    missing.finish();
    int fetched = 0;
    for (const QString &sha256 : std::as_const(hashes)) {
        const Result<void> got = fetch(sha256);
        if (got.ok()) {
            ++fetched;
            continue;
        }
        // A row not on the server yet, or one that left the view: the next sync sees. A
        // server gone stops the round.
        QSqlQuery alive(m_server);
        if (!alive.exec(QStringLiteral("SELECT 1")))
            return R::failure(got.error());
        qCWarning(lcSync) << "own file" << sha256 << "not fetched:" << got.error();
    }
    return fetched;
}

} // namespace Civitas
