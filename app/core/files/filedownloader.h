#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Civitas {

class Database;

// Brings a file's bytes from the server into this desk's file store, a chunk at a time, each
// committed at once: a fetch cut short (cancelled, the network gone) goes on from there. The
// server hands the bytes only to a login that may read a row referring to the file (its
// row-level security decides); the hash is checked once the last chunk is in.
class CIVITAS_CORE_EXPORT FileDownloader
{
public:
    FileDownloader(Database &local, QSqlDatabase server)
        : m_local(local)
        , m_server(std::move(server))
    {}

    // Fetches what is missing of the file; nothing when it is complete here.
    Result<void> fetch(const QString &sha256);
    // The files this desk keeps offline and lacks: those of `agentId` (the registered
    // references' owner columns: the user's own pieces), and those every desk keeps (the
    // town's logo). How many were fetched.
    Result<int> fetchKept(const QString &agentId);

    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;

private:
    Database &m_local;
    QSqlDatabase m_server;
};

} // namespace Civitas
