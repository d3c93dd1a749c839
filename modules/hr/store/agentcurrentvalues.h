#pragma once

#include <hr/hrglobal.h>

#include <QDate>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// local_agent_current holds what is in effect today for each agent; triggers keep it right
// when the histories change. Time moving on is the other cause of change: a grade that takes
// effect on the 1st becomes current that day without any write. This brings the table up to
// date for the days since the last refresh; it runs when the module starts.
class CIVITAS_HR_EXPORT AgentCurrentValues
{
public:
    // Recomputes the agents with a history row that began or ended since the last refresh
    // (all agents the first time). Returns the number of agents recomputed, or -1 on error.
    static int refresh(Database &database, QDate today = QDate::currentDate());
};

} // namespace Civitas::Hr
