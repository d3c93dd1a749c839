#include "syncconflicts.h"
#include <core/coretr.h>

#include "changecapture.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        list.append({q.value(0).toLongLong(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     parseValue(q.value(4)),
                     parseValue(q.value(5)),
                     parseValue(q.value(6)),
                     q.value(7).toString()});
    }
    return list;
}

int SyncConflicts::openCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SyncConflicts::resolve(qint64 conflictId,
                            Resolution resolution,
                            const QJsonValue &editedValue,
                            QString *errorMessage)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT table_name, row_id, field, mine FROM sync_conflicts "
                             "WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        *errorMessage = Tr::tr("This conflict is already resolved.");
        return false;
    }
    const QString table = q.value(0).toString();
    const QString rowId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QJsonValue mine = parseValue(q.value(3));
    q.finish(); // a statement left open holds a read that could not wait for the write lock
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        *errorMessage = begun.error();
        return false;
    }
    if (resolution != Resolution::TakeTheirs) {
        const QJsonValue value = resolution == Resolution::KeepMine ? mine : editedValue;
        QSqlQuery update(db);
        // Identifiers come from our own schema (the conflict was recorded by the engine).
        update.prepare(
            QStringLiteral(
                "UPDATE \"%1\" SET \"%2\" = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
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
    q.prepare(QStringLiteral(
        "UPDATE sync_conflicts SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
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

Result<QList<RefusedChange>> SyncConflicts::refused() const
{
    Sql::Statement st(m_database.connection(),
                      QStringLiteral("SELECT seq, table_name, row_id, operation, changed, refusal "
                                     "FROM sync_outbox WHERE state = 'refused' ORDER BY seq"));
    if (!st.exec({})) {
        qCWarning(lcStorage) << "reading the refused changes:" << st.error();
        return Result<QList<RefusedChange>>::failure(st.error());
    }
    QList<RefusedChange> list;
    while (st.next()) {
        list.append({st.value(0).toLongLong(),
                     st.text(1),
                     st.text(2),
                     st.text(3),
                     QJsonDocument::fromJson(st.value(4).toByteArray()).object().keys(),
                     st.text(5)});
    }
    return list;
}

Result<> SyncConflicts::retry(qint64 seq)
{
    Sql::Statement st(
        m_database.connection(),
        QStringLiteral("UPDATE sync_outbox SET state = 'pending', refusal = NULL WHERE seq = ?"));
    if (!st.exec({seq})) {
        qCWarning(lcStorage) << "sending a refused change again:" << st.error();
        return Result<>::failure(st.error());
    }
    return success();
}

Result<> SyncConflicts::discard(qint64 seq)
{
    QSqlDatabase db = m_database.connection();
    QString table;
    QString rowId;
    QString operation;
    QJsonObject previous;
    {
        Sql::Statement change(db,
                              QStringLiteral("SELECT table_name, row_id, operation, previous "
                                             "FROM sync_outbox WHERE seq = ?"));
        if (!change.first({seq})) {
            if (!change.failed())
                return success();
            qCWarning(lcStorage) << "reading a refused change:" << change.error();
            return Result<>::failure(change.error());
        }
        table = change.text(0);
        rowId = change.text(1);
        operation = change.text(2);
        previous = QJsonDocument::fromJson(change.value(3).toByteArray()).object();
    }
    // The undo is built from the outbox, which only the capture triggers write: the table and
    // column names come from our own schema.
    QString undoSql;
    QVariantList values;
    if (operation == QLatin1String("insert")) {
        undoSql = QStringLiteral("UPDATE \"%1\" SET deleted = 1 WHERE id = ?").arg(table);
    } else {
        QStringList sets;
        for (auto it = previous.begin(); it != previous.end(); ++it) {
            sets << QStringLiteral("\"%1\" = ?").arg(it.key());
            values << it.value().toVariant();
        }
        undoSql = QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?")
                      .arg(table, sets.join(QStringLiteral(", ")));
    }
    values << rowId;

    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        qCWarning(lcStorage) << "giving up a refused change:" << begun.error();
        return begun;
    }
    auto fail = [&db](const QString &error) {
        db.rollback();
        qCWarning(lcStorage) << "giving up a refused change:" << error;
        return Result<>::failure(error);
    };
    // Going back to what the server still has is not a new local change: capture is off
    // meanwhile, inside the transaction, so that a failure leaves it on.
    ChangeCapture capture(db);
    QString error;
    if (!capture.setCaptureEnabled(false, &error))
        return fail(error);
    Sql::Statement undo(db, undoSql);
    if (!undo.exec(values))
        return fail(undo.error());
    Sql::Statement drop(db, QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?"));
    if (!drop.exec({seq}))
        return fail(drop.error());
    if (!capture.setCaptureEnabled(true, &error))
        return fail(error);
    if (!db.commit())
        return fail(db.lastError().text());
    return success();
}

} // namespace Civitas
