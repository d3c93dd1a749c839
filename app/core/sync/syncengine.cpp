#include "syncengine.h"

#include "syncworker.h"
#include <core/storage/database.h>
#include <core/storage/tablechanges.h>

#include <QThread>

namespace Civitas {

SyncEngine::SyncEngine(Database &database,
                       const ServerConnection &connection,
                       const QString &password,
                       QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Internal::SyncWorker(database, connection, password))
{
    qRegisterMetaType<Civitas::SyncReport>();
    m_thread->setObjectName(QStringLiteral("civitas-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_worker,
            &Internal::SyncWorker::stateChanged,
            this,
            [this](int state, const QString &detail) {
                m_state = State(state);
                m_detail = detail;
                emit stateChanged(m_state, detail);
            });
    connect(
        m_worker, &Internal::SyncWorker::synced, this, [this, &database](const SyncReport &report) {
            m_lastReport = report;
            if (report.error.isEmpty())
                m_lastSuccess = QDateTime::currentDateTimeUtc();
            // Rows committed count even when the sync stopped later on.
            database.tableChanges().announce(report.changedTables);
            emit synced(report);
        });
    connect(
        m_worker, &Internal::SyncWorker::firstSyncProgress, this, &SyncEngine::firstSyncProgress);
}

SyncEngine::~SyncEngine()
{
    stop();
    delete m_worker;
}

void SyncEngine::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &Internal::SyncWorker::start, Qt::QueuedConnection);
}

void SyncEngine::stop()
{
    if (!m_thread->isRunning())
        return;
    // A first sync under way stops at its next page instead of keeping the window waiting.
    m_worker->cancelRequested = true;
    QMetaObject::invokeMethod(m_worker, &Internal::SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &Internal::SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncEngine::cancelFirstSync()
{
    m_worker->cancelRequested = true;
}

} // namespace Civitas
