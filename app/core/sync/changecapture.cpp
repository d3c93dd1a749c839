#include "changecapture.h"
#include <core/storage/sql.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

static const QStringList conventionColumns = {QStringLiteral("id"),
                                              QStringLiteral("row_version"),
                                              QStringLiteral("deleted"),
                                              QStringLiteral("updated_at"),
                                              QStringLiteral("updated_by")};

ChangeCapture::ChangeCapture(QSqlDatabase db)
    : m_db(db)
{}

QStringList ChangeCapture::columnsOf(const QString &table, QStringList *blobColumns) const
{
    QStringList columns;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info('%1') ORDER BY cid")
               .arg(table));
    while (q.next()) {
        columns.append(q.value(0).toString());
        if (blobColumns && q.value(1).toString().contains(QLatin1String("BLOB")))
            blobColumns->append(q.value(0).toString());
    }
    return columns;
}

QStringList ChangeCapture::synchronisedTables() const
{
    QStringList tables;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'sync\\_%' ESCAPE '\\' "
        "AND name NOT LIKE 'local\\_%' ESCAPE '\\' AND name NOT LIKE 'schema\\_%' ESCAPE '\\' "
        "ORDER BY name"));
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QStringList columns = columnsOf(table, nullptr);
        bool conforms = true;
        for (const QString &c : conventionColumns)
            conforms = conforms && columns.contains(c);
        if (conforms)
            tables.append(table);
    }
    return tables;
}

// Every trigger ChangeCapture makes per table, by suffix: dropped and remade together.
static const char *const triggerSuffixes[] = {"insert", "update", "remote", "delete", "id"};

static QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
           + QLatin1Char('\'');
}

QStringList ChangeCapture::triggerStatements(const QString &table) const
{
    QStringList blobs;
    const QStringList columns = columnsOf(table, &blobs);
    // JSON cannot hold a BLOB: such values travel as hex text. The audit trail keeps who
    // changed what, not a second copy of an attached file: there a BLOB is its size.
    auto value = [&](const QString &side, const QString &column) {
        const QString ref = side + QLatin1Char('.') + Sql::identifier(column);
        return blobs.contains(column) ? QStringLiteral("hex(%1)").arg(ref) : ref;
    };
    auto auditValue = [&](const QString &side, const QString &column) {
        const QString ref = side + QLatin1Char('.') + Sql::identifier(column);
        return blobs.contains(column) ? QStringLiteral("printf('<%d bytes>', length(%1))").arg(ref)
                                      : ref;
    };
    QStringList allPairs; // for json_object(...) of an insert
    QStringList auditPairs;
    QStringList newChanged; // SELECT k, v WHERE changed, for json_group_object
    QStringList oldChanged;
    QStringList newAudit;
    QStringList oldAudit;
    QStringList meaningful; // a change of these alone is worth sending
    for (const QString &c : columns) {
        if (c == QLatin1String("row_version"))
            continue; // set by the server, never sent
        allPairs << literal(c) + QLatin1String(", ") + value(QStringLiteral("NEW"), c);
        auditPairs << literal(c) + QLatin1String(", ") + auditValue(QStringLiteral("NEW"), c);
        const QString differs = QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(Sql::identifier(c));
        newChanged << QStringLiteral("SELECT %1 AS k, %2 AS v WHERE %3")
                          .arg(literal(c), value(QStringLiteral("NEW"), c), differs);
        oldChanged << QStringLiteral("SELECT %1 AS k, %2 AS v WHERE %3")
                          .arg(literal(c), value(QStringLiteral("OLD"), c), differs);
        newAudit << QStringLiteral("SELECT %1 AS k, %2 AS v WHERE %3")
                        .arg(literal(c), auditValue(QStringLiteral("NEW"), c), differs);
        oldAudit << QStringLiteral("SELECT %1 AS k, %2 AS v WHERE %3")
                        .arg(literal(c), auditValue(QStringLiteral("OLD"), c), differs);
        if (c != QLatin1String("updated_at") && c != QLatin1String("updated_by"))
            meaningful << differs;
    }
    const QString t = Sql::identifier(table);
    const QString name = QString(table).replace(QLatin1Char('"'), QLatin1Char('_'));
    const QString captureOn = QStringLiteral("(SELECT capture FROM sync_control WHERE id = 1) = 1");
    const QString captureOff
        = QStringLiteral("(SELECT capture FROM sync_control WHERE id = 1) = 0");
    const QString who = QStringLiteral("(SELECT user_login FROM local_session WHERE id = 1)");
    auto jsonOf = [](const QStringList &pairs) {
        return QStringLiteral("(SELECT json_group_object(k, v) FROM (%1))")
            .arg(pairs.join(QLatin1String(" UNION ALL ")));
    };
    const QString newJson = jsonOf(newChanged);
    const QString oldJson = jsonOf(oldChanged);
    const QString newAuditJson = jsonOf(newAudit);
    const QString oldAuditJson = jsonOf(oldAudit);
    const QString operation = QStringLiteral(
        "CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' ELSE 'update' END");
    QStringList sql;
    for (const char *suffix : triggerSuffixes)
        sql << QStringLiteral("DROP TRIGGER IF EXISTS civitas_capture_%1_%2")
                   .arg(name, QLatin1String(suffix));
    sql << QStringLiteral(
               "CREATE TRIGGER civitas_capture_%1_insert AFTER INSERT ON %2 WHEN %3 BEGIN "
               "INSERT INTO sync_outbox (table_name, row_id, operation, changed) "
               "VALUES (%4, NEW.id, 'insert', json_object(%5)); "
               "INSERT INTO local_audit_trail (user_login, table_name, row_id, operation, "
               "new_values) "
               "VALUES (%6, %4, NEW.id, 'insert', json_object(%7)); END")
               .arg(name,
                    t,
                    captureOn,
                    literal(table),
                    allPairs.join(QLatin1String(", ")),
                    who,
                    auditPairs.join(QLatin1String(", ")));
    sql << QStringLiteral(
               "CREATE TRIGGER civitas_capture_%1_update AFTER UPDATE ON %2 WHEN %3 AND (%4) BEGIN "
               "INSERT INTO sync_outbox (table_name, row_id, operation, changed, previous, "
               "base_version) "
               "VALUES (%5, NEW.id, %9, %6, %7, OLD.row_version); "
               "INSERT INTO local_audit_trail (user_login, table_name, row_id, operation, "
               "old_values, new_values) "
               "VALUES (%8, %5, NEW.id, %9, %10, %11); END")
               .arg(name,
                    t,
                    captureOn,
                    meaningful.join(QLatin1String(" OR ")),
                    literal(table),
                    newJson,
                    oldJson,
                    who,
                    operation)
               .arg(oldAuditJson, newAuditJson);
    // A change another desk made, applied by a pull: it is not sent back, but it belongs to
    // the field's history seen on this desk, under its author and time.
    sql << QStringLiteral(
               "CREATE TRIGGER civitas_capture_%1_remote AFTER UPDATE ON %2 WHEN %3 AND (%4) BEGIN "
               "INSERT INTO local_audit_trail (at, user_login, table_name, row_id, operation, "
               "old_values, new_values) "
               "VALUES (NEW.updated_at, NEW.updated_by, %5, NEW.id, %6, %7, %8); END")
               .arg(name,
                    t,
                    captureOff,
                    meaningful.join(QLatin1String(" OR ")),
                    literal(table),
                    operation,
                    oldAuditJson,
                    newAuditJson);
    sql << QStringLiteral("CREATE TRIGGER civitas_capture_%1_delete BEFORE DELETE ON %2 BEGIN "
                          "SELECT RAISE(ABORT, '%3: synchronised rows are never deleted; "
                          "set deleted = 1 instead'); END")
               .arg(name, t, QString(table).replace(QLatin1Char('\''), QLatin1String("''")));
    // The id is what every client and the server know the row by.
    sql << QStringLiteral(
               "CREATE TRIGGER civitas_capture_%1_id BEFORE UPDATE OF id ON %2 "
               "WHEN OLD.id IS NOT NEW.id BEGIN "
               "SELECT RAISE(ABORT, '%3: the id of a synchronised row cannot change'); END")
               .arg(name, t, QString(table).replace(QLatin1Char('\''), QLatin1String("''")));
    return sql;
}

bool ChangeCapture::installTriggers(QString *errorMessage)
{
    for (const QString &table : synchronisedTables()) {
        if (!installTriggers(table, errorMessage))
            return false;
    }
    return true;
}

bool ChangeCapture::installTriggers(const QString &table, QString *errorMessage)
{
    QSqlQuery q(m_db);
    for (const QString &statement : triggerStatements(table)) {
        if (!q.exec(statement)) {
            *errorMessage = QStringLiteral("%1: %2").arg(table, q.lastError().databaseText());
            return false;
        }
    }
    return true;
}

bool ChangeCapture::dropTriggers(const QString &table, QString *errorMessage)
{
    QSqlQuery q(m_db);
    const QString name = QString(table).replace(QLatin1Char('"'), QLatin1Char('_'));
    for (const char *suffix : triggerSuffixes) {
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS civitas_capture_%1_%2")
                        .arg(name, QLatin1String(suffix)))) {
            *errorMessage = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool ChangeCapture::setCaptureEnabled(bool enabled, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE sync_control SET capture = %1 WHERE id = 1")
                    .arg(enabled ? 1 : 0))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Civitas
