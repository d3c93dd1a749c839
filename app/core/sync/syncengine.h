#pragma once

#include "serverconnection.h"
#include "synchroniser.h"
#include <core/coreglobal.h>

#include <QDateTime>
#include <QObject>

class QThread;

namespace Civitas {

class Database;
namespace Internal {
class SyncWorker;
}

// Keeps the local file and the central server in step, off the interface thread: syncs at
// start, when the server NOTIFYs a change (LISTEN, no polling while idle), and when local
// changes wait in the outbox. When the server cannot be reached it goes offline, the user
// keeps working on the local file, and it retries with a growing delay (1 s to 60 s).
class CIVITAS_CORE_EXPORT SyncEngine : public QObject
{
    Q_OBJECT
public:
    // Refused: the local file does not belong to this server's town (see TownBinding); the
    // engine stops trying until the application is started on another file.
    enum class State { Connecting, Online, Offline, Refused };
    Q_ENUM(State)

    SyncEngine(Database &database,
               const ServerConnection &connection,
               const QString &password,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    // Asks for a sync now (e.g. the user's "Sync now" button).
    void syncNow();
    // Stops a first sync between two pages; it goes on from there at the next start.
    void cancelFirstSync();

    State state() const { return m_state; }
    QString stateDetail() const { return m_detail; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    SyncReport lastReport() const { return m_lastReport; }

signals:
    void stateChanged(Civitas::SyncEngine::State state, const QString &detail);
    // After every sync. The tables it changed are announced to the file's TableChanges
    // first, which pages follow (LiveRefresh).
    void synced(const Civitas::SyncReport &report);
    void firstSyncProgress(qint64 done, qint64 total);

private:
    QThread *m_thread;
    Internal::SyncWorker *m_worker;
    State m_state = State::Connecting;
    QString m_detail;
    QDateTime m_lastSuccess;
    SyncReport m_lastReport;
};

} // namespace Civitas

Q_DECLARE_METATYPE(Civitas::SyncReport)
