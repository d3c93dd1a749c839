#include "syncconflicts.h"

#include <core/storage/database.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

static QJsonValue parseValue(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue::Undefined;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toString().toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

QList<SyncConflict> SyncConflicts::open() const
{
    QList<SyncConflict> list;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("SELECT id, table_name, row_id, field, mine, theirs, base, detected_at "
                          "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"));
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), parseValue(q.value(4)), parseValue(q.value(5)),
                     parseValue(q.value(6)), q.value(7).toString()});
    }
    return list;
}

int SyncConflicts::openCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SyncConflicts::resolve(qint64 conflictId, Resolution resolution, const QJsonValue &editedValue,
                            QString *errorMessage)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT table_name, row_id, field, mine FROM sync_conflicts "
                             "WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        *errorMessage = QCoreApplication::translate("Civitas::SyncConflicts",
                                                    "This conflict is already resolved.");
        return false;
    }
    const QString table = q.value(0).toString();
    const QString rowId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QJsonValue mine = parseValue(q.value(3));
    db.transaction();
    if (resolution != Resolution::TakeTheirs) {
        const QJsonValue value = resolution == Resolution::KeepMine ? mine : editedValue;
        QSqlQuery update(db);
        // Identifiers come from our own schema (the conflict was recorded by the engine).
        update.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                                      "updated_by = (SELECT user_login FROM local_session WHERE id = 1) "
                                      "WHERE id = ?")
                           .arg(table, field));
        update.addBindValue(value.isNull() || value.isUndefined() ? QVariant() : value.toVariant());
        update.addBindValue(rowId);
        if (!update.exec()) {
            *errorMessage = update.lastError().text();
            db.rollback();
            return false;
        }
    }
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                             "resolution = ? WHERE id = ?"));
    q.addBindValue(resolution == Resolution::KeepMine     ? QStringLiteral("mine")
                   : resolution == Resolution::TakeTheirs ? QStringLiteral("theirs")
                                                          : QStringLiteral("edited"));
    q.addBindValue(conflictId);
    if (!q.exec() || !db.commit()) {
        *errorMessage = q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Civitas
