#include "refetchqueue.h"

#include <core/storage/sql.h>

namespace Civitas {

Result<> RefetchQueue::add(const QString &table, const QString &rowId)
{
    Sql::Statement st(m_db,
                      QStringLiteral("INSERT OR IGNORE INTO sync_refetch (table_name, row_id) "
                                     "VALUES (?, ?)"));
    st.exec({table, rowId});
    return st.result();
}

Result<QHash<QString, QStringList>> RefetchQueue::rows() const
{
    Sql::Statement st(m_db,
                      QStringLiteral("SELECT table_name, row_id FROM sync_refetch "
                                     "ORDER BY table_name, row_id"));
    if (!st.exec({}))
        return Result<QHash<QString, QStringList>>::failure(st.error());
    QHash<QString, QStringList> rows;
    while (st.next())
        rows[st.text(0)] << st.text(1);
    return rows;
}

Result<> RefetchQueue::settle(const QString &table, const QStringList &ids)
{
    Sql::Statement st(
        m_db,
        QStringLiteral("DELETE FROM sync_refetch WHERE table_name = ? AND row_id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE "
                       "o.state = 'pending' AND o.table_name = sync_refetch.table_name "
                       "AND o.row_id = sync_refetch.row_id)"));
    for (const QString &id : ids) {
        if (!st.exec({table, id}))
            return st.result();
    }
    return success();
}

} // namespace Civitas
