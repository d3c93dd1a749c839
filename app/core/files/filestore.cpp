#include "filestore.h"
#include <core/coretr.h>

#include "filetype.h"
#include <core/storage/database.h>
#include <core/storage/localsettings.h>
#include <core/storage/sql.h>
#include <core/storage/townsettings.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Civitas {

namespace {

struct Reference
{
    QString table;
    QString column;
    QString ownerColumn;
    bool keptEverywhere = false;
};

QList<Reference> references(const QSqlDatabase &db)
{
    QList<Reference> list;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name, owner_column, kept_everywhere "
                               "FROM local_file_references"))) {
        qCWarning(lcStorage) << "file references:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append({q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toInt() == 1});
    return list;
}

} // namespace

// "Some row of this desk, or some change waiting in its outbox (pending or refused, kept for
// the user to send again), refers to f.sha256", over every registered column.
QString FileStore::referencedCondition(const QSqlDatabase &db)
{
    QStringList parts;
    for (const Reference &r : references(db))
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 = f.sha256)")
                         .arg(Sql::identifier(r.table), Sql::identifier(r.column)));
    parts.append(outboxReferenceCondition(db));
    return parts.join(QStringLiteral(" OR "));
}

// "A change in the outbox refers to f.sha256".
QString FileStore::outboxReferenceCondition(const QSqlDatabase &db)
{
    const auto literal = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''"))
               + QLatin1Char('\'');
    };
    QStringList parts;
    for (const Reference &r : references(db))
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM sync_outbox o WHERE o.table_name = %1 "
                                    "AND json_extract(o.changed, %2) = f.sha256)")
                         .arg(literal(r.table), literal(QStringLiteral("$.") + r.column)));
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" OR "));
}

namespace {

// "f.sha256 is a piece of the agent bound as every `?`, or a file every desk keeps", and how
// many values it binds.
QString keptCondition(const QList<Reference> &refs, int *bindings)
{
    QStringList parts;
    *bindings = 0;
    for (const Reference &r : refs) {
        if (r.keptEverywhere) {
            parts.append(QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 = f.sha256 "
                                        "AND deleted = 0)")
                             .arg(Sql::identifier(r.table), Sql::identifier(r.column)));
            continue;
        }
        if (r.ownerColumn.isEmpty())
            continue;
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 = f.sha256 AND %3 = ? "
                                    "AND deleted = 0)")
                         .arg(Sql::identifier(r.table),
                              Sql::identifier(r.column),
                              Sql::identifier(r.ownerColumn)));
        ++*bindings;
    }
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" OR "));
}

// Whether the connection is inside a transaction (SQLite's autocommit mode is off).
bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *lite = *static_cast<sqlite3 *const *>(handle.data());
    return lite && sqlite3_get_autocommit(lite) == 0;
}

qint64 chunkCountOf(qint64 size)
{
    return (size + FileStore::ChunkSize - 1) / FileStore::ChunkSize;
}

} // namespace

qint64 FileStore::sizeLimit() const
{
    bool ok = false;
    const qint64 limit = TownSettings(m_database)
                             .value(SizeLimitSetting, QString::number(DefaultSizeLimit))
                             .toLongLong(&ok);
    // At most 500 MB, as the server (civitas.file_size_limit) reads it.
    return ok && limit > 0 ? qMin<qint64>(limit, 500 * 1024 * 1024) : DefaultSizeLimit;
}

qint64 FileStore::cacheCapBytes() const
{
    bool ok = false;
    const qint64 megabytes = LocalSettings(m_database)
                                 .value(CacheCapSetting, DefaultCacheCapMegabytes)
                                 .toLongLong(&ok);
    return (ok && megabytes >= 0 ? megabytes : DefaultCacheCapMegabytes) * 1024 * 1024;
}

Result<StoredFile> FileStore::add(const QString &path, const QStringList &allowedTypes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<StoredFile>::failure(
            Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return store(file, file.size(), allowedTypes);
}

Result<StoredFile> FileStore::addBytes(const QByteArray &content, const QStringList &allowedTypes)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return store(buffer, copy.size(), allowedTypes);
}

Result<StoredFile> FileStore::store(QIODevice &source, qint64 size, const QStringList &allowedTypes)
{
    using R = Result<StoredFile>;
    if (size <= 0)
        return R::failure(Tr::tr("The file is empty."));
    const qint64 limit = sizeLimit();
    if (size > limit) {
        const QLocale locale;
        return R::failure(
            Tr::tr("The file is too large: %1, the town takes files up to %2.")
                .arg(locale.formattedDataSize(size), locale.formattedDataSize(limit)));
    }
    const QByteArray head = source.peek(FileType::HeadSize);
    const QString type = FileType::of(head);
    if (type.isEmpty() || !allowedTypes.contains(type))
        return R::failure(Tr::tr("This file is not a %1 (read from its content, not its name).")
                              .arg(FileType::labels(allowedTypes)));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source) || !source.seek(0))
        return R::failure(Tr::tr("Cannot read the file: %1").arg(source.errorString()));
    const StoredFile stored{QString::fromLatin1(hash.result().toHex()), size, type};

    const QSqlDatabase db = m_database.connection();
    // Inside a save that is already a transaction (a piece with its agent file), a savepoint:
    // the file goes or stays with the rows that refer to it.
    const bool nested = inTransaction(db);
    if (nested) {
        if (!QSqlQuery(db).exec(QStringLiteral("SAVEPOINT file_store")))
            return R::failure(db.lastError().text());
    } else if (const Result<void> begun = Sql::beginWrite(db); !begun.ok()) {
        return R::failure(begun.error());
    }
    const auto fail = [&db, nested](const QString &error) {
        QSqlQuery(db).exec(nested ? QStringLiteral("ROLLBACK TO file_store")
                                  : QStringLiteral("ROLLBACK"));
        if (nested)
            QSqlQuery(db).exec(QStringLiteral("RELEASE file_store"));
        return R::failure(Tr::tr("The file could not be stored on this desk: %1").arg(error));
    };
    Sql::Statement existing(db,
                            QStringLiteral("SELECT chunks_present = chunk_count FROM local_files "
                                           "WHERE sha256 = ?"));
    const bool known = existing.first({stored.sha256});
    const bool complete = known && existing.value(0).toBool();
    existing.query().finish();
    if (existing.failed())
        return fail(existing.error());
    if (!complete) {
        const qint64 chunks = chunkCountOf(size);
        Sql::Statement upsert(
            db,
            QStringLiteral(
                "INSERT INTO local_files (sha256, byte_size, mime_type, chunk_count, "
                "chunks_present, on_server) VALUES (?, ?, ?, ?, ?, 0) "
                "ON CONFLICT (sha256) DO UPDATE SET chunks_present = excluded.chunks_present, "
                "last_used = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
        Sql::Statement chunk(db,
                             QStringLiteral("INSERT OR REPLACE INTO local_file_chunks "
                                            "(sha256, chunk_index, data) VALUES (?, ?, ?)"));
        if (!upsert.exec({stored.sha256, size, type, chunks, chunks}))
            return fail(upsert.error());
        // The bytes stored are hashed again: a file changed between the two readings would
        // otherwise be kept under another file's fingerprint.
        QCryptographicHash again(QCryptographicHash::Sha256);
        for (qint64 i = 0; i < chunks; ++i) {
            const QByteArray data = source.read(ChunkSize);
            if (data.size() != qMin(ChunkSize, size - i * ChunkSize))
                return fail(source.errorString());
            again.addData(data);
            if (!chunk.exec({stored.sha256, i, data}))
                return fail(chunk.error());
        }
        if (QString::fromLatin1(again.result().toHex()) != stored.sha256)
            return fail(Tr::tr("the file changed while it was read; add it again."));
    }
    if (!QSqlQuery(db).exec(nested ? QStringLiteral("RELEASE file_store")
                                   : QStringLiteral("COMMIT")))
        return fail(db.lastError().text());
    return stored;
}

bool FileStore::isAvailable(const QString &sha256) const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT 1 FROM local_files WHERE sha256 = ? "
                                    "AND chunks_present = chunk_count"));
    return q.first({sha256});
}

Result<void> FileStore::copyTo(const QString &sha256, QIODevice &device) const
{
    const QSqlDatabase db = m_database.connection();
    Sql::Statement file(db,
                        QStringLiteral("SELECT chunk_count, chunks_present, byte_size "
                                       "FROM local_files WHERE sha256 = ?"));
    if (!file.first({sha256}) || file.value(0) != file.value(1))
        return Result<void>::failure(file.failed() ? file.error()
                                                   : Tr::tr("This file is not on this desk yet."));
    const qint64 chunks = file.value(0).toLongLong();
    file.query().finish();
    Sql::Statement chunk(db,
                         QStringLiteral("SELECT data FROM local_file_chunks "
                                        "WHERE sha256 = ? AND chunk_index = ?"));
    for (qint64 i = 0; i < chunks; ++i) {
        if (!chunk.first({sha256, i}))
            return Result<void>::failure(
                chunk.failed()
                    ? chunk.error()
                    : Tr::tr("Part %1 of this file is missing on this desk.").arg(i + 1));
        const QByteArray data = chunk.value(0).toByteArray();
        if (device.write(data) != data.size())
            return Result<void>::failure(device.errorString());
    }
    chunk.query().finish();
    Sql::Statement used(db,
                        QStringLiteral("UPDATE local_files SET last_used = "
                                       "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE sha256 = ?"));
    used.exec({sha256}); // the eviction order only: never worth failing a read
    return success();
}

Result<QByteArray> FileStore::read(const QString &sha256) const
{
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> copied = copyTo(sha256, buffer);
    if (!copied.ok())
        return Result<QByteArray>::failure(copied.error());
    return content;
}

Result<void> FileStore::setPinned(const QString &sha256, bool pinned)
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("UPDATE local_files SET pinned = ? WHERE sha256 = ?"));
    if (!q.exec({pinned ? 1 : 0, sha256}))
        return q.result();
    if (q.query().numRowsAffected() == 0)
        return Result<void>::failure(Tr::tr("This file is not on this desk yet."));
    return success();
}

bool FileStore::isPinned(const QString &sha256) const
{
    Sql::Statement q(m_database.connection(),
                     QStringLiteral("SELECT pinned FROM local_files WHERE sha256 = ?"));
    return q.first({sha256}) && q.value(0).toInt() == 1;
}

Result<bool> FileStore::forget(const QString &sha256) const
{
    const QSqlDatabase db = m_database.connection();
    Sql::Statement q(db,
                     QStringLiteral("DELETE FROM local_files AS f WHERE sha256 = ? AND NOT (%1)")
                         .arg(referencedCondition(db)));
    if (!q.exec({sha256}))
        return Result<bool>::failure(q.error());
    return q.query().numRowsAffected() > 0;
}

qint64 FileStore::heldBytes() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(min(byte_size, chunks_present * %1)), 0) "
                               "FROM local_files")
                    .arg(ChunkSize))
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<qint64> FileStore::evict(qint64 capBytes, const QString &ownAgentId) const
{
    using R = Result<qint64>;
    const QSqlDatabase db = m_database.connection();
    const QList<Reference> refs = references(db);
    const QString referenced = referencedCondition(db);
    const qint64 before = heldBytes();
    if (const Result<void> begun = Sql::beginWrite(db); !begun.ok())
        return R::failure(begun.error());
    const auto fail = [&db](const QString &error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return R::failure(error);
    };
    // Nothing refers to it here: withdrawn, or gone from the view. What was added here and
    // never referred to (a form abandoned) goes after a day.
    QSqlQuery orphans(db);
    if (!orphans.exec(QStringLiteral("DELETE FROM local_files AS f WHERE NOT (%1) AND "
                                     "(on_server = 1 OR added_at < "
                                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day'))")
                          .arg(referenced)))
        return fail(orphans.lastError().text());

    int bindings = 0;
    const QString kept = keptCondition(refs, &bindings);
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    candidates.prepare(QStringLiteral("SELECT sha256, min(byte_size, chunks_present * %1) "
                                      "FROM local_files AS f WHERE on_server = 1 AND pinned = 0 "
                                      "AND NOT (%2) AND NOT (%3) ORDER BY last_used")
                           .arg(ChunkSize)
                           .arg(kept, outboxReferenceCondition(db)));
    for (int i = 0; i < bindings; ++i)
        candidates.addBindValue(Sql::notNull(ownAgentId));
    if (!candidates.exec())
        return fail(candidates.lastError().text());
    qint64 held = heldBytes(); // after the orphans went
    QStringList victims;
    while (held > capBytes && candidates.next()) {
        victims.append(candidates.value(0).toString());
        held -= candidates.value(1).toLongLong();
    }
    candidates.finish();
    Sql::Statement drop(db, QStringLiteral("DELETE FROM local_files WHERE sha256 = ?"));
    for (const QString &sha256 : std::as_const(victims)) {
        if (!drop.exec({sha256}))
            return fail(drop.error());
    }
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return fail(db.lastError().text());
    return qMax<qint64>(0, before - heldBytes());
}

} // namespace Civitas
