#pragma once

#include <leave/leaveglobal.h>

#include <QObject>
#include <QTimer>

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {

// Runs the recount of what this desk's own changes queued (LeaveRecount::processQueue): a
// working time saved in an agent file, a day off, a holiday setting. Only on an HR desk: the
// recount writes other agents' requests and ledger, which only HR may. The HR module does
// not know about leave; the queue, filled by SQLite triggers, is how the two meet, and this
// timer is how the queue is emptied without the user asking.
class CIVITAS_LEAVE_EXPORT LeaveRecountScheduler : public QObject
{
    Q_OBJECT
public:
    LeaveRecountScheduler(Database &database, const Session &session, QObject *parent = nullptr);

    // Once now, then every `intervalMs`.
    void start(int intervalMs = 30000);
    // Returns how many requests changed; nothing happens for a session without the HR role.
    int runOnce();

signals:
    void recounted(int changedRequests);

private:
    Database &m_database;
    const Session &m_session;
    QTimer m_timer;
};

} // namespace Civitas::Leave
