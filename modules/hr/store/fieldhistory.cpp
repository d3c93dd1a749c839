#include "fieldhistory.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Hr {

Result<QList<FieldHistory::Change>>
FieldHistory::changes(const QString &table, const QString &rowId, const QString &column) const
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("SELECT at, user_login, operation, json_extract(old_values, ?), "
                       "json_extract(new_values, ?) FROM local_audit_trail "
                       "WHERE table_name = ? AND row_id = ? "
                       "AND (json_type(new_values, ?) IS NOT NULL "
                       "OR json_type(old_values, ?) IS NOT NULL) ORDER BY at, seq"));
    const QString path = QStringLiteral("$.\"%1\"").arg(column);
    if (!st.exec({path, path, table, rowId, path, path})) {
        qCWarning(lcStorage) << "reading the history of a field:" << st.error();
        return Result<QList<Change>>::failure(st.error());
    }
    QList<Change> result;
    while (st.next()) {
        result.append({QDateTime::fromString(st.text(0), Qt::ISODateWithMs),
                       st.text(1),
                       st.text(2),
                       st.value(3),
                       st.value(4)});
    }
    return result;
}

} // namespace Civitas::Hr
