#pragma once

#include "storedfile.h"
#include <core/coreglobal.h>
#include <core/result.h>

#include <QByteArray>
#include <QIODevice>
#include <QSqlDatabase>
#include <QStringList>

namespace Civitas {

class Database;

// The desk's file store (local core 0005): the bytes of the files rows refer to, kept in the
// desk file in chunks of 1 MiB and never read whole to be stored or copied out.
// - add() takes a file the user chose: size against the town's limit and type by content
//   checked first, with the limit or the types in the message; the file stays here, never
//   evicted, until the sync has uploaded it (FileUploader).
// - A file that came from the server is a cache: evict() drops the least recently used beyond
//   the desk's cap, except pinned files, the user's own pieces and the town's files such as its
//   logo (FileDownloader fetches those after each sync, so that they are there offline).
class CIVITAS_CORE_EXPORT FileStore
{
public:
    static constexpr qint64 ChunkSize = 1048576;
    // Town setting: the largest file the town takes (bytes).
    static inline const QString SizeLimitSetting = QStringLiteral("files/maxBytes");
    static constexpr qint64 DefaultSizeLimit = 20 * 1024 * 1024; // as the server's default
    // Local setting: how much of the desk file the cache of fetched files may take (MiB).
    static inline const QString CacheCapSetting = QStringLiteral("files/cacheMegabytes");
    static constexpr qint64 DefaultCacheCapMegabytes = 1024;

    explicit FileStore(Database &database)
        : m_database(database)
    {}

    qint64 sizeLimit() const;
    qint64 cacheCapBytes() const;

    // Stores the file at `path` (read twice: once for its hash, once to store it, a chunk at a
    // time). Refused, with nothing stored, when it is empty, over the town's limit or not of
    // one of `allowedTypes`.
    Result<StoredFile> add(const QString &path, const QStringList &allowedTypes);
    // The same from bytes in memory (the demo town, tests).
    Result<StoredFile> addBytes(const QByteArray &content, const QStringList &allowedTypes);

    // Whether every chunk of the file is on this desk.
    bool isAvailable(const QString &sha256) const;
    // The whole file, for a viewer (files are bounded by the town's limit); marks it used.
    Result<QByteArray> read(const QString &sha256) const;
    // Writes the file to `device` a chunk at a time; marks it used.
    Result<void> copyTo(const QString &sha256, QIODevice &device) const;

    Result<void> setPinned(const QString &sha256, bool pinned);
    bool isPinned(const QString &sha256) const;

    // Drops cached files no row of this desk refers to any more (a piece withdrawn, a row
    // that left the login's view), then the least recently used beyond `capBytes`, sparing
    // what exists only here, what is pinned, the pieces of `ownAgentId` and the files every
    // desk keeps (the town's logo). The bytes freed.
    Result<qint64> evict(qint64 capBytes, const QString &ownAgentId) const;
    // Bytes of complete or partial files held here.
    qint64 heldBytes() const;
    // Drops the file from this desk now if nothing here refers to it any more (a piece just
    // withdrawn). Whether it went.
    Result<bool> forget(const QString &sha256) const;

    // SQL: "a row of this desk, or a change in its outbox, refers to f.sha256" (f: a row of
    // local_files), over the columns the modules registered (local_file_references).
    static QString referencedCondition(const QSqlDatabase &db);
    // SQL: "a change in this desk's outbox (pending, or refused and kept) refers to f.sha256".
    static QString outboxReferenceCondition(const QSqlDatabase &db);

private:
    Result<StoredFile> store(QIODevice &source, qint64 size, const QStringList &allowedTypes);

    Database &m_database;
};

} // namespace Civitas
