#include "fieldhistory.h"

#include <QSqlQuery>

namespace Civitas::Hr {

QList<FieldHistory::Change> FieldHistory::changes(QSqlDatabase db, const QString &table,
                                                  const QString &rowId, const QString &column)
{
    QList<Change> result;
    QSqlQuery q(db);
    const QString path = QStringLiteral("$.\"%1\"").arg(column);
    q.prepare(QStringLiteral(
        "SELECT at, user_login, operation, json_extract(old_values, ?), json_extract(new_values, ?) "
        "FROM local_audit_trail WHERE table_name = ? AND row_id = ? "
        "AND (json_type(new_values, ?) IS NOT NULL OR json_type(old_values, ?) IS NOT NULL) "
        "ORDER BY at, seq"));
    // Qt's SQLite driver binds positional values only.
    for (const QString &value : {path, path, table, rowId, path, path})
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next()) {
        result.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                       q.value(1).toString(), q.value(2).toString(), q.value(3), q.value(4)});
    }
    return result;
}

} // namespace Civitas::Hr
