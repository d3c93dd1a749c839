#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Civitas {

class Database;

// Sends the server the files added on this desk (FileStore::add) that rows refer to, before
// the sync pushes those rows: the server takes a row only when its file is stored and this
// login uploaded it (core 0010). A chunk at a time; an upload cut short goes on from the
// server's last chunk at the next sync; the server checks the hash and the type when the last
// chunk is in.
class CIVITAS_CORE_EXPORT FileUploader
{
public:
    FileUploader(Database &local, QSqlDatabase server)
        : m_local(local)
        , m_server(std::move(server))
    {}

    struct Outcome
    {
        int uploaded = 0;
        // A file the server refused (its type, its size, a hash that does not match): the
        // reason, with the file's name where a row gives one. The rows that refer to it are
        // refused in turn when pushed, and keep their values for the user.
        QStringList refusals;
    };
    // Fails only when the server cannot be reached or the desk file cannot be read.
    Result<Outcome> uploadPending();
    // Called after every chunk sent: bytes sent, bytes to send in all.
    std::function<void(qint64 done, qint64 total)> progress;
    // Checked between chunks.
    std::function<bool()> cancelled;

private:
    Result<bool> upload(const QString &sha256,
                        qint64 size,
                        const QString &type,
                        qint64 *done,
                        qint64 total,
                        QStringList *refusals);

    Database &m_local;
    QSqlDatabase m_server;
};

} // namespace Civitas
