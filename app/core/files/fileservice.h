#pragma once

#include <core/coreglobal.h>
#include <core/sync/serverconnection.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace Civitas {

class Database;

// One fetch of a file's bytes for a page (FileService::fetch): progress, then finished() or
// failed() once, on the interface thread; it deletes itself after that. cancel() stops it
// between two chunks (what came stays: opening the file again goes on from there).
class CIVITAS_CORE_EXPORT FileFetch : public QObject
{
    Q_OBJECT
public:
    explicit FileFetch(QString sha256, QObject *parent = nullptr);
    QString sha256() const { return m_sha256; }
    void cancel() { m_cancelled->store(true); }
    bool isCancelled() const { return m_cancelled->load(); }

signals:
    void progress(qint64 done, qint64 total);
    // The file is complete on this desk: FileStore reads it.
    void finished();
    void failed(const QString &reason);

private:
    friend class FileService;
    QString m_sha256;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

// The pages' way to the file store's bytes: a file on this desk opens at once; one that is
// not is fetched from the server off the interface thread, on a connection of its own (a sync
// in progress does not hold it up). The shell gives the server once the login is accepted;
// without one (local use, the server never reached) a file not here cannot be opened, and
// the reason says so.
class CIVITAS_CORE_EXPORT FileService : public QObject
{
    Q_OBJECT
public:
    explicit FileService(Database &database, QObject *parent = nullptr);
    ~FileService() override;

    void setServer(const ServerConnection &connection, const QString &password);
    bool hasServer() const { return m_connection.isValid(); }

    // Starts fetching the file unless it is here (then finished() comes at once).
    FileFetch *fetch(const QString &sha256);

private:
    Database &m_database;
    ServerConnection m_connection;
    QString m_password;
    int m_fetches = 0;
    // The fetches under way: cancelled and waited for before the service (and the database
    // their threads use) goes.
    struct Running
    {
        QPointer<QThread> thread;
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    QList<Running> m_running;
};

} // namespace Civitas
