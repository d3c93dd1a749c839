#include "syncconflicts.h"
#include <core/coretr.h>

#include "changecapture.h"
#include "refetchqueue.h"

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

// A JSON value as the outbox and the conflicts keep it: the text of the value alone.
static QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

bool SyncConflicts::resolve(qint64 conflictId,
                            Resolution resolution,
                            const QJsonValue &editedValue,
                            QString *errorMessage)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT table_name, row_id, field, mine, theirs, server_version "
                             "FROM sync_conflicts WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        *errorMessage = Tr::tr("This conflict is already resolved.");
        return false;
    }
    const QString table = q.value(0).toString();
    const QString rowId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QJsonValue mine = parseValue(q.value(3));
    const QString theirsText = q.value(4).isNull() ? QStringLiteral("null") : q.value(4).toString();
    const QVariant serverVersion = q.value(5);
    q.finish(); // a statement left open holds a read that could not wait for the write lock
    // Identifiers come from our own schema (the conflict was recorded by the engine).
    const QString t = Sql::identifier(table);
    const QString f = Sql::identifier(field);
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        *errorMessage = begun.error();
        return false;
    }
    auto fail = [&](const QString &error) {
        *errorMessage = error;
        db.rollback();
        return false;
    };
    // The record is written with capture off: what goes to the server is the explicit change
    // below, not what a trigger would make of it (nothing, when the record already shows the
    // value kept). The field's history on this desk gets a changed value all the same (the
    // trigger for changes from elsewhere writes it).
    ChangeCapture capture(db);
    QString error;
    if (!capture.setCaptureEnabled(false, &error))
        return fail(error);
    if (resolution != Resolution::TakeTheirs) {
        const QJsonValue value = resolution == Resolution::KeepMine ? mine : editedValue;
        const QString valueText = jsonText(value);
        Sql::Statement update(
            db,
            QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                           "'now'), updated_by = (SELECT user_login FROM local_session WHERE id = "
                           "1) WHERE id = ?")
                .arg(t, f));
        if (!update.exec(
                {value.isNull() || value.isUndefined() ? QVariant() : value.toVariant(), rowId}))
            return fail(update.error());
        // Made on the version "theirs" was read at, with "theirs" as the value before: it
        // wins over what the user saw, and meets a new conflict if the server moved on since.
        Sql::Statement send(
            db,
            QStringLiteral(
                "INSERT INTO sync_outbox (table_name, row_id, operation, changed, previous, "
                "base_version) SELECT ?, id, 'update', json_object(?, json(?), 'updated_at', "
                "updated_at, 'updated_by', updated_by), json_object(?, json(?)), "
                "coalesce(?, row_version) FROM %1 WHERE id = ?")
                .arg(t));
        if (!send.exec({table, field, valueText, field, theirsText, serverVersion, rowId}))
            return fail(send.error());
    } else {
        // The server's value, shown at once where the record is still at the version it was
        // read at; the record is fetched again whole at the next sync in any case.
        if (!serverVersion.isNull()) {
            Sql::Statement show(
                db,
                QStringLiteral("UPDATE %1 SET %2 = json_extract(json_array(json(?)), '$[0]') "
                               "WHERE id = ? AND row_version = ?")
                    .arg(t, f));
            if (!show.exec({theirsText, rowId, serverVersion}))
                return fail(show.error());
        }
        const Result<> queued = RefetchQueue(db).add(table, rowId);
        if (!queued.ok())
            return fail(queued.error());
    }
    if (!capture.setCaptureEnabled(true, &error))
        return fail(error);
    q.prepare(QStringLiteral(
        "UPDATE sync_conflicts SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "resolution = ? WHERE id = ?"));
    q.addBindValue(resolution == Resolution::KeepMine     ? QStringLiteral("mine")
                   : resolution == Resolution::TakeTheirs ? QStringLiteral("theirs")
                                                          : QStringLiteral("edited"));
    q.addBindValue(conflictId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
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
        QJsonObject values = QJsonDocument::fromJson(st.value(4).toByteArray()).object();
        const QStringList fields = values.keys();
        list.append({st.value(0).toLongLong(),
                     st.text(1),
                     st.text(2),
                     st.text(3),
                     fields,
                     st.text(5),
                     values});
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

Result<> SyncConflicts::amend(qint64 seq, const QString &field, const QJsonValue &value)
{
    QSqlDatabase db = m_database.connection();
    Sql::Statement change(db,
                          QStringLiteral("SELECT json_type(changed, ?) IS NOT NULL FROM "
                                         "sync_outbox WHERE seq = ? AND state = 'refused'"));
    // A JSON path names the field in quotes: a field name is never a path of its own.
    const QString path = QStringLiteral("$.\"%1\"").arg(field);
    if (!change.first({path, seq})) {
        if (change.failed())
            return Result<>::failure(change.error());
        return Result<>::failure(Tr::tr("This change is no longer waiting for a decision."));
    }
    if (!change.value(0).toBool())
        return Result<>::failure(Tr::tr("This change does not carry the field %1.").arg(field));
    Sql::Statement st(db,
                      QStringLiteral("UPDATE sync_outbox SET changed = json_set(changed, ?, "
                                     "json(?)), state = 'pending', refusal = NULL WHERE seq = ?"));
    if (!st.exec({path, jsonText(value), seq})) {
        qCWarning(lcStorage) << "changing a refused change:" << st.error();
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
    // The values before the change are what this desk last saw; the server's come with the
    // record, fetched again at the next sync.
    if (operation != QLatin1String("insert")) {
        const Result<> queued = RefetchQueue(db).add(table, rowId);
        if (!queued.ok())
            return fail(queued.error());
    }
    if (!capture.setCaptureEnabled(true, &error))
        return fail(error);
    if (!db.commit())
        return fail(db.lastError().text());
    return success();
}

} // namespace Civitas
