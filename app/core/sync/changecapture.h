#pragma once

#include <core/coreglobal.h>

#include <QSqlDatabase>
#include <QStringList>

namespace Civitas {

// Generates, for every synchronised table, the SQLite triggers that copy each local write
// into sync_outbox (changed fields, their previous values, the base row_version) and into
// local_audit_trail, inside the writer's own transaction. Because the database itself does
// it, no module and no caller can forget it, and a rolled-back write leaves no outbox entry.
//
// A table is synchronised when it has the columns of the convention of docs/architecture.md (id,
// row_version, deleted, updated_at, updated_by) and its name does not start with sync_, local_,
// schema_ or sqlite_. Such rows are never hard-deleted: a trigger refuses DELETE (set deleted = 1).
class CIVITAS_CORE_EXPORT ChangeCapture
{
public:
    explicit ChangeCapture(QSqlDatabase db);

    QStringList synchronisedTables() const;
    bool installTriggers(QString *errorMessage);
    // For one table: a large pull drops its triggers and makes them again in the same
    // transaction, so that thousands of incoming rows do not each run them for nothing.
    bool installTriggers(const QString &table, QString *errorMessage);
    bool dropTriggers(const QString &table, QString *errorMessage);

    // While the sync engine applies rows that came from the server, capture is off:
    // they are not local changes. Use inside the transaction that applies them.
    bool setCaptureEnabled(bool enabled, QString *errorMessage);

private:
    QStringList columnsOf(const QString &table, QStringList *blobColumns) const;
    QStringList triggerStatements(const QString &table) const;

    QSqlDatabase m_db;
};

} // namespace Civitas
