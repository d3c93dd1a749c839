#pragma once

#include "serverconnection.h"
#include "synchroniser.h"

#include <QObject>
#include <QSqlDriver>

#include <atomic>
#include <memory>

class QTimer;

namespace Civitas {

class Database;

namespace Internal {

// The SyncEngine's half that lives in its own thread: it owns the server connection (a
// QSqlDatabase belongs to the thread that made it) and the LISTEN on it.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(Database &database, const ServerConnection &connection, const QString &password);
    ~SyncWorker() override;

    std::atomic_bool cancelRequested{false};

public slots:
    void start();
    void stop();
    void syncNow();

signals:
    void stateChanged(int state, const QString &detail);
    void synced(const Civitas::SyncReport &report);
    void firstSyncProgress(qint64 done, qint64 total);

private:
    bool connectToServer(QString *errorMessage);
    void disconnectFromServer();
    void goOffline(const QString &reason);
    void runSync();
    void checkConnection();
    void checkOutbox();

    Database &m_database;
    ServerConnection m_connection;
    QString m_password;
    QString m_connectionName;
    bool m_online = false;
    bool m_syncing = false;
    int m_retryDelay = 1000;
    QTimer *m_retry = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_outboxCheck = nullptr;
    QTimer *m_liveness = nullptr;
    QTimer *m_reconcile = nullptr;
    bool m_reconciled = false;
    // The file does not belong to this server's town: nothing more is tried.
    bool m_refused = false;
    // Made at each connection: it reads the server's table list once, not at every sync.
    std::unique_ptr<Synchroniser> m_synchroniser;
};

} // namespace Internal
} // namespace Civitas
