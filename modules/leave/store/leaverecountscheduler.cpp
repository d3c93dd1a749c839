#include "leaverecountscheduler.h"

#include "leaverecount.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>

namespace Civitas::Leave {

LeaveRecountScheduler::LeaveRecountScheduler(Database &database,
                                             const Session &session,
                                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void LeaveRecountScheduler::start(int intervalMs)
{
    runOnce();
    m_timer.start(intervalMs);
}

int LeaveRecountScheduler::runOnce()
{
    if (!m_session.hasRole(Roles::Hr) || !m_database.isOpen())
        return 0;
    const LeaveRecount::Result result = LeaveRecount::processQueue(m_database, m_session);
    if (!result.ok) {
        // The queue is kept: the next run tries again.
        qWarning("leave recount: %s", qPrintable(result.error));
        return 0;
    }
    if (!result.changes.isEmpty())
        emit recounted(int(result.changes.size()));
    return int(result.changes.size());
}

} // namespace Civitas::Leave
