#include "syncstatus.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas {

Result<SyncStatus::Summary> SyncStatus::summary() const
{
    // A read log (a table named *_reads: who opened which agent file) goes to the server as
    // any row, for its audit; opening a file is no change of the user's to wait for.
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL), "
                       "(SELECT count(*) FROM sync_outbox WHERE state = 'refused'), "
                       "(SELECT count(*) FROM sync_outbox WHERE table_name NOT LIKE '%\\_reads' "
                       "ESCAPE '\\'), "
                       "(SELECT value FROM sync_state WHERE key = 'last_success')"));
    if (!st.first({})) {
        qCWarning(lcStorage) << "reading the sync status:" << st.error();
        return Result<Summary>::failure(st.error());
    }
    return Summary{st.value(0).toInt(),
                   st.value(1).toInt(),
                   st.value(2).toInt(),
                   QDateTime::fromString(st.text(3), Qt::ISODate)};
}

} // namespace Civitas
