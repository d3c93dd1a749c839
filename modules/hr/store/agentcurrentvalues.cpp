#include "agentcurrentvalues.h"

#include <core/storage/database.h>
#include <core/storage/localsettings.h>

#include <QSqlQuery>

namespace Civitas::Hr {

static const QString lastRefreshKey = QStringLiteral("hr/currentValuesDay");

int AgentCurrentValues::refresh(Database &database, QDate today)
{
    LocalSettings settings(database);
    const QDate last = QDate::fromString(settings.value(lastRefreshKey).toString(), Qt::ISODate);
    if (last.isValid() && last >= today)
        return 0;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!last.isValid()) {
        if (!q.exec(QStringLiteral(
                "INSERT OR REPLACE INTO local_agent_current SELECT * FROM agent_current_source")))
            return -1;
    } else {
        // Rows that began after the last refresh and by today, or positions that ended in
        // between: only those agents' current values can have moved.
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO local_agent_current SELECT * FROM agent_current_source WHERE "
            "agent_id IN ("
            " SELECT agent_id FROM career_steps WHERE effective_date > ? AND effective_date <= ?"
            " UNION SELECT agent_id FROM working_times WHERE effective_date > ? AND effective_date "
            "<= ?"
            " UNION SELECT agent_id FROM statutory_positions WHERE start_date > ? AND start_date "
            "<= ?"
            " UNION SELECT agent_id FROM statutory_positions WHERE end_date >= ? AND end_date < "
            "?)"));
        // Qt's SQLite driver binds positional values only: each pair once per use.
        for (int i = 0; i < 4; ++i) {
            q.addBindValue(last.toString(Qt::ISODate));
            q.addBindValue(today.toString(Qt::ISODate));
        }
        if (!q.exec())
            return -1;
    }
    const int changed = q.numRowsAffected();
    settings.setValue(lastRefreshKey, today.toString(Qt::ISODate));
    return changed;
}

} // namespace Civitas::Hr
