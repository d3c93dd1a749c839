#include "syncworker.h"

#include "syncengine.h"
#include <core/coretr.h>
#include <core/storage/database.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>

namespace Civitas::Internal {

static const QString ChangeChannel = QStringLiteral("civitas_changes");

SyncWorker::SyncWorker(Database &database,
                       const ServerConnection &connection,
                       const QString &password)
    : m_database(database)
    , m_connection(connection)
    , m_password(password)
    , m_connectionName(QStringLiteral("civitas-sync-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    // Timers are made here, in the worker's thread, which they belong to.
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        emit stateChanged(int(SyncEngine::State::Connecting), QString());
        QString error;
        if (!connectToServer(&error)) {
            goOffline(error);
            return;
        }
        runSync();
    });
    // A notification carries nothing (core 0006): any one means "pull". Several in a row
    // (one per committed transaction) make one pull.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(20);
    connect(m_debounce, &QTimer::timeout, this, &SyncWorker::runSync);
    // Local changes are found in the local file: no network traffic while nothing changes.
    m_outboxCheck = new QTimer(this);
    m_outboxCheck->setInterval(2000);
    connect(m_outboxCheck, &QTimer::timeout, this, &SyncWorker::checkOutbox);
    m_outboxCheck->start();
    // QPSQL reports notifications but not a connection the server dropped. Asking libpq
    // about its socket sends nothing over the network; TCP keepalives (see
    // ServerConnection) turn a silent network cut into a socket error it can see.
    m_liveness = new QTimer(this);
    m_liveness->setInterval(1000);
    connect(m_liveness, &QTimer::timeout, this, &SyncWorker::checkConnection);
    m_liveness->start();
    // What a login may see also changes without its rows changing (a new head of unit):
    // compare the ids now and then, and after every first sync of a session. A server that
    // tells when (core 0011) is asked after every sync; this timer then only makes sure the
    // question is asked when nothing is notified (a role granted, a new day).
    m_reconcile = new QTimer(this);
    m_reconcile->setInterval(10 * 60 * 1000);
    connect(m_reconcile, &QTimer::timeout, this, [this] {
        m_reconciled = false;
        runSync();
    });
    m_reconcile->start();
    m_retry->start(0);
}

void SyncWorker::stop()
{
    if (m_retry)
        m_retry->stop();
    if (m_outboxCheck)
        m_outboxCheck->stop();
    if (m_debounce)
        m_debounce->stop();
    if (m_liveness)
        m_liveness->stop();
    if (m_reconcile)
        m_reconcile->stop();
    disconnectFromServer();
    m_database.closeThreadConnection();
}

void SyncWorker::syncNow()
{
    if (m_refused)
        return;
    if (m_online)
        runSync();
    else if (m_retry) {
        m_retryDelay = 1000;
        m_retry->start(0);
    }
}

bool SyncWorker::connectToServer(QString *errorMessage)
{
    disconnectFromServer();
    QSqlDatabase server = m_connection.makeConnection(m_connectionName, m_password);
    if (!server.open()) {
        *errorMessage = server.lastError().text().trimmed();
        return false;
    }
    QSqlDriver *driver = server.driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == ChangeChannel)
            m_debounce->start();
    });
    if (!driver->subscribeToNotification(ChangeChannel)) {
        *errorMessage = driver->lastError().text();
        return false;
    }
    m_synchroniser = std::make_unique<Synchroniser>(m_database, server);
    m_synchroniser->cancelled = [this] {
        return cancelRequested.load();
    };
    m_synchroniser->progress = [this](qint64 done, qint64 total) {
        emit firstSyncProgress(done, total);
    };
    m_online = true;
    m_retryDelay = 1000;
    emit stateChanged(int(SyncEngine::State::Online), m_connection.toDisplayUri());
    return true;
}

void SyncWorker::disconnectFromServer()
{
    m_synchroniser.reset();
    m_online = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase server = QSqlDatabase::database(m_connectionName, false);
        if (server.driver())
            server.driver()->disconnect(this);
        server.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SyncWorker::checkConnection()
{
    if (!m_online || m_syncing || !QSqlDatabase::contains(m_connectionName))
        return;
    const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    // QPSQL names the handle's type after libpq's struct (pg_conn*, alias PGconn*).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return;
    PGconn *pg = *static_cast<PGconn *const *>(handle.data());
    if (PQconsumeInput(pg) == 0 || PQstatus(pg) != CONNECTION_OK) {
        goOffline(QString::fromUtf8(PQerrorMessage(pg)).trimmed());
        return;
    }
    // Reading the socket may have taken a notification QPSQL will now not see.
    bool notified = false;
    while (PGnotify *notify = PQnotifies(pg)) {
        notified = true;
        PQfreemem(notify);
    }
    if (notified)
        m_debounce->start();
}

void SyncWorker::goOffline(const QString &reason)
{
    disconnectFromServer();
    // libpq may leave its message empty for a connection the server dropped.
    emit stateChanged(int(SyncEngine::State::Offline),
                      reason.trimmed().isEmpty()
                          ? Tr::tr("the server closed the connection without giving a reason")
                          : reason);
    m_retry->start(m_retryDelay);
    m_retryDelay = qMin(m_retryDelay * 2, 60000);
}

void SyncWorker::checkOutbox()
{
    if (!m_online || m_syncing)
        return;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE state = 'pending')"))
        && q.next() && q.value(0).toBool())
        runSync();
}

void SyncWorker::runSync()
{
    if (!m_online || m_syncing)
        return;
    m_syncing = true;
    SyncReport report;
    // A server that tells when visibility changes makes the check cheap: after every sync.
    if (m_synchroniser->sync(&report) && (!m_reconciled || m_synchroniser->watchesVisibility()))
        m_reconciled = m_synchroniser->reconcile(&report);
    cancelRequested = false; // a cancel is for the sync it came during, not the next one
    m_syncing = false;
    emit synced(report);
    if (report.fileRefused) {
        // Retrying cannot help: the file is what it is. Say so once, and stay off the server.
        m_refused = true;
        for (QTimer *timer : {m_retry, m_debounce, m_outboxCheck, m_liveness, m_reconcile}) {
            if (timer)
                timer->stop();
        }
        disconnectFromServer();
        emit stateChanged(int(SyncEngine::State::Refused), report.error);
    } else if (report.connectionLost) {
        goOffline(report.error);
    }
}

} // namespace Civitas::Internal
