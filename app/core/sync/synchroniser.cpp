#include "synchroniser.h"

#include <core/corelogging.h>
#include <core/coretr.h>
#include <core/files/filedownloader.h>
#include <core/files/filestore.h>
#include <core/files/fileuploader.h>
#include <core/storage/sql.h>

#include "changecapture.h"
#include "deskidentity.h"
#include "refetchqueue.h"
#include "townbinding.h"
#include "visibilitywatch.h"
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

#include <cmath>

namespace Civitas {

namespace {

// Fields the server stamps itself: never merged, never a conflict.
bool isServerStamped(const QString &field)
{
    return field == QLatin1String("id") || field == QLatin1String("row_version")
           || field == QLatin1String("updated_at") || field == QLatin1String("updated_by")
           || field == QLatin1String("changed_xid");
}

// A deadlock, a serialisation failure, a lock or statement timeout, a server short of
// resources: nothing is wrong with the change; it stays pending and goes at the next sync.
bool isTransientFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.startsWith(QLatin1String("40")) || code.startsWith(QLatin1String("53"))
           || code == QLatin1String("55P03") || code == QLatin1String("57014");
}

// A cut connection or a server going down: stop and retry later, the entry stays pending.
// Anything else the server says is a refusal of this one change.
bool isConnectionFailure(const QSqlError &error, const QSqlDatabase &db)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return error.type() == QSqlError::ConnectionError || code.startsWith(QLatin1String("08"))
           || code.startsWith(QLatin1String("57P")) || !db.isOpen()
           || text.contains(QLatin1String("server closed the connection"))
           || text.contains(QLatin1String("no connection to the server"))
           || text.contains(QLatin1String("could not receive data"))
           || text.contains(QLatin1String("could not send data"))
           || text.contains(QLatin1String("terminating connection"));
}

QString number(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// One text form for a value from either side, to compare them.
QString canonical(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("\x01null");
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toHex().toUpper());
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Double:
    case QMetaType::Float:
        return number(v.toDouble());
    default:
        return v.toString();
    }
}

QString canonical(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("\x01null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return number(v.toDouble());
    default:
        return v.toString();
    }
}

// A server value as the local file stores it (dates as ISO-8601 text).
QVariant toLocal(const QVariant &v)
{
    if (v.isNull())
        return v;
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return v.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return v.toBool() ? 1 : 0;
    default:
        return v;
    }
}

// A local value (from the outbox's JSON) bound for a server column of type `type`.
QVariant toServer(const QJsonValue &v, const QString &type)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (type == QLatin1String("bytea"))
        return QByteArray::fromHex(v.toString().toLatin1());
    if (v.isDouble()) {
        if (type == QLatin1String("integer") || type == QLatin1String("bigint")
            || type == QLatin1String("smallint"))
            return qint64(v.toDouble());
        if (type == QLatin1String("text"))
            return number(v.toDouble());
        return v.toDouble();
    }
    if (v.isBool())
        return type == QLatin1String("boolean") ? QVariant(v.toBool())
                                                : QVariant(v.toBool() ? 1 : 0);
    return v.toString();
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonValue jsonOf(const QVariant &serverValue)
{
    const QVariant local = toLocal(serverValue);
    if (local.isNull())
        return QJsonValue::Null;
    if (local.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(local.toByteArray().toHex().toUpper());
    return QJsonValue::fromVariant(local);
}

// A prepared SQLite statement driven through SQLite's own API: the pull writes every row it
// receives, and QtSql's per-row overhead (QVariant binding, UTF-16 to UTF-8) costs more
// than SQLite's own work there. Uses the connection QSQLITE opened, so it is in the same
// transaction.
class SqliteStatement
{
public:
    SqliteStatement(QSqlDatabase db, const QString &sql)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.data());
        if (m_db)
            sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite handle");
    }

    bool exec(const QVariantList &values)
    {
        sqlite3_reset(m_statement);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            const int index = i + 1;
            if (v.isNull()) {
                sqlite3_bind_null(m_statement, index);
                continue;
            }
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                sqlite3_bind_int64(m_statement, index, v.toLongLong());
                break;
            case QMetaType::Double:
                sqlite3_bind_double(m_statement, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                sqlite3_bind_blob(
                    m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = v.toString();
                sqlite3_bind_text16(
                    m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            }
            }
        }
        const int rc = sqlite3_step(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// The tables holding rows between the two bounds that this login sees, in one round trip: a
// sync with nothing to do asks nothing more. The bounds are transaction ids the server gave
// (digits, checked), written into the statement: bound values would cost QPSQL three round
// trips (prepare, execute, deallocate).
Result<QSet<QString>> tablesWithChanges(const QSqlDatabase &server,
                                        const QList<Synchroniser::Table> &tables,
                                        const QString &lower,
                                        const QString &upper)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(lower).hasMatch() || !digits.match(upper).hasMatch())
        return Result<QSet<QString>>::failure(
            QStringLiteral("not a transaction id: %1, %2").arg(lower, upper));
    QStringList parts;
    for (qsizetype i = 0; i < tables.size(); ++i)
        parts << QStringLiteral("SELECT %1 WHERE EXISTS (SELECT 1 FROM civitas.%2 WHERE "
                                "changed_xid >= '%3'::xid8 AND changed_xid < '%4'::xid8)")
                     .arg(i)
                     .arg(Sql::identifier(tables.at(i).name), lower, upper);
    QSet<QString> changed;
    if (parts.isEmpty())
        return changed;
    QSqlQuery q(server);
    q.setForwardOnly(true);
    if (!q.exec(parts.join(QLatin1String(" UNION ALL "))))
        return Result<QSet<QString>>::failure(q.lastError().text());
    while (q.next())
        changed.insert(tables.value(q.value(0).toInt()).name);
    return changed;
}

// BEGIN IMMEDIATE for a page of a pull. Another writer may hold the file for longer than the
// busy handler waits (an import of the whole staff): the pull tries again, for minutes, unless
// it is cancelled. Only "busy" is waited on; any other failure is returned at once.
Result<void> beginPageWrite(const QSqlDatabase &local, const std::function<bool()> &cancelled)
{
    constexpr int Tries = 24; // of the busy handler's 5 s each
    for (int i = 0;; ++i) {
        QSqlQuery begin(local);
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return success();
        const bool busy = begin.lastError().nativeErrorCode() == QLatin1String("5");
        if (!busy || i + 1 >= Tries || (cancelled && cancelled()))
            return Result<void>::failure(begin.lastError().text());
    }
}

} // namespace

Synchroniser::Synchroniser(Database &local, QSqlDatabase server)
    : m_local(local)
    , m_server(server)
{}

QString Synchroniser::stateValue(const QString &key)
{
    QSqlQuery q(m_local.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Synchroniser::setStateValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_local.connection());
    if (value.isNull()) {
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    return q.exec();
}

QString Synchroniser::clientId()
{
    return stateValue(DeskIdentity::key());
}

void Synchroniser::explainLostConnection(SyncReport *report) const
{
    if (!report->connectionLost || !report->error.trimmed().isEmpty())
        return;
    // A statement on a connection the driver already closed (after a fatal error) fails
    // without an error of its own: the driver's last one, or at least what happened.
    const QString driver = m_server.lastError().text().trimmed();
    report->error = !driver.isEmpty() ? driver
                                      : Tr::tr("the server closed the connection without "
                                               "giving a reason");
}

QString Synchroniser::watermark()
{
    return stateValue(QStringLiteral("watermark"));
}

const Synchroniser::Table *Synchroniser::table(const QString &name) const
{
    for (const Table &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

bool Synchroniser::loadTables(QString *errorMessage)
{
    m_tables.clear();
    QSqlQuery server(m_server);
    server.setForwardOnly(true);
    // The catalogue, not information_schema.columns: the same columns (those the login has a
    // privilege on), in a millisecond instead of forty, on every sync.
    if (!server.exec(QStringLiteral(
            "WITH cols AS (SELECT c.relname, a.attname, a.attnum, "
            "format_type(a.atttypid, NULL) AS type FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid "
            "WHERE n.nspname = 'civitas' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
            "AND a.attnum > 0 AND NOT a.attisdropped AND (pg_has_role(c.relowner, 'USAGE') "
            "OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))) "
            "SELECT relname, attname, type FROM cols WHERE relname IN "
            "(SELECT relname FROM cols WHERE attname = 'changed_xid') ORDER BY relname, attnum"))) {
        *errorMessage = server.lastError().text();
        return false;
    }
    QHash<QString, QHash<QString, QString>> serverColumns;
    m_serverReportsHold = false;
    while (server.next())
        serverColumns[server.value(0).toString()].insert(server.value(1).toString(),
                                                         server.value(2).toString());
    QSqlQuery hold(m_server);
    const bool known = hold.exec(QStringLiteral(
                           "SELECT to_regprocedure('civitas.watermark_hold()') IS NOT NULL, "
                           "to_regprocedure('civitas.visibility_basis()') IS NOT NULL"))
                       && hold.next();
    m_serverReportsHold = known && hold.value(0).toBool();
    m_serverWatchesVisibility = known && hold.value(1).toBool();
    ChangeCapture capture(m_local.connection());
    for (const QString &name : capture.synchronisedTables()) {
        if (!serverColumns.contains(name))
            continue; // a module the server does not have (yet): stays local
        Table t;
        t.name = name;
        t.serverTypes = serverColumns.value(name);
        QSqlQuery q(m_local.connection());
        q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name));
        while (q.next()) {
            const QString column = q.value(0).toString();
            if (t.serverTypes.contains(column))
                t.columns << column;
        }
        t.columns.removeAll(QStringLiteral("id"));
        t.columns.prepend(QStringLiteral("id"));
        m_tables.append(t);
    }
    return true;
}

bool Synchroniser::ensureBound(SyncReport *report)
{
    if (m_tables.isEmpty() && !loadTables(&report->error)) {
        report->connectionLost = isConnectionFailure(m_server.lastError(), m_server);
        return false;
    }
    if (m_bound)
        return true;
    QStringList names;
    for (const Table &t : std::as_const(m_tables))
        names << t.name;
    TownBinding binding(m_local, m_server);
    const Result<void> bound = binding.ensure(names);
    if (!bound.ok()) {
        report->fileRefused = binding.refused();
        report->connectionLost
            = !binding.refused() && isConnectionFailure(m_server.lastError(), m_server);
        report->error = bound.error();
        return false;
    }
    m_bound = true;
    return true;
}

bool Synchroniser::push(SyncReport *report)
{
    auto explain = qScopeGuard([&] { explainLostConnection(report); });
    if (!ensureBound(report))
        return false;
    QSqlQuery entries(m_local.connection());
    entries.setForwardOnly(true);
    if (!entries.exec(
            QStringLiteral("SELECT seq, table_name, row_id, operation, changed, previous, "
                           "base_version, created_at FROM sync_outbox WHERE state = 'pending' "
                           "ORDER BY seq"))) {
        report->error = entries.lastError().text();
        return false;
    }
    struct Entry
    {
        qint64 seq;
        QString table, rowId, operation, changed, previous;
        QVariant base;
        QString createdAt;
    };
    QList<Entry> list;
    while (entries.next()) {
        list.append({entries.value(0).toLongLong(),
                     entries.value(1).toString(),
                     entries.value(2).toString(),
                     entries.value(3).toString(),
                     entries.value(4).toString(),
                     entries.value(5).toString(),
                     entries.value(6),
                     entries.value(7).toString()});
    }
    entries.finish();
    if (!list.isEmpty() && m_clientId.isEmpty()) {
        DeskIdentity identity(m_local, m_server);
        const Result<QString> id = identity.current();
        if (!id.ok()) {
            report->connectionLost = isConnectionFailure(identity.serverError(), m_server);
            report->error = report->connectionLost ? identity.serverError().text() : id.error();
            return false;
        }
        m_clientId = id.value();
    }
    if (!list.isEmpty()) {
        // The server takes a row that refers to a file once the file is there.
        FileUploader uploader(m_local, m_server);
        const Result<FileUploader::Outcome> files = uploader.uploadPending();
        if (!files.ok()) {
            report->connectionLost = !QSqlQuery(m_server).exec(QStringLiteral("SELECT 1"));
            report->error = files.error();
            return false;
        }
        report->filesUploaded += files.value().uploaded;
        report->fileRefusals += files.value().refusals;
    }
    for (const Entry &e : std::as_const(list)) {
        const Table *t = table(e.table);
        if (!t)
            continue; // not on the server yet: kept until it is
        const QString fingerprint = DeskIdentity::fingerprint(
            e.seq, e.table, e.rowId, e.operation, e.createdAt, e.changed);
        if (!pushEntry(*t,
                       e.seq,
                       e.rowId,
                       e.operation,
                       e.changed,
                       e.previous,
                       e.base,
                       fingerprint,
                       report))
            return false;
    }
    return refetchRows(report);
}

bool Synchroniser::pushEntry(const Table &table,
                             qint64 seq,
                             const QString &rowId,
                             const QString &operation,
                             const QString &changedJson,
                             const QString &previousJson,
                             const QVariant &baseVersion,
                             const QString &fingerprint,
                             SyncReport *report)
{
    const QString clientId = m_clientId;
    const QJsonObject changed = QJsonDocument::fromJson(changedJson.toUtf8()).object();
    const QJsonObject previous = QJsonDocument::fromJson(previousJson.toUtf8()).object();
    const QString serverTable = QStringLiteral("civitas.") + Sql::identifier(table.name);
    QSqlQuery q(m_server);
    QList<QStringList> conflicts; // field, mine, theirs, base (JSON texts)

    // A refusal ends the server side and keeps the entry, with the server's reason.
    auto refuse = [&](const QString &reason) {
        m_server.rollback();
        // The refused value stays in the outbox entry, not in the row: the row goes back to
        // the server's (or, new and refused, out of sight) when it is fetched again after this
        // push, so that it can never stop the rows of others coming in (a unique index). Both
        // in one transaction: a refusal without its fetch would leave the value in the row.
        QSqlDatabase local = m_local.connection();
        Sql::Statement mark(local,
                            QStringLiteral("UPDATE sync_outbox SET state = 'refused', refusal = ? "
                                           "WHERE seq = ?"));
        Result<> done = Sql::beginWrite(local);
        if (done.ok() && !mark.exec({reason, seq}))
            done = mark.result();
        if (done.ok())
            done = RefetchQueue(local).add(table.name, rowId);
        if (!done.ok() || !local.commit()) {
            report->error = done.ok() ? local.lastError().text() : done.error();
            local.rollback();
            return false; // the entry stays pending: the next push meets the refusal again
        }
        ++report->refused;
        return true;
    };
    // A cut connection or a passing server trouble stops the push (the entry stays
    // pending); anything else is a refusal.
    auto serverFailed = [&](const QSqlError &error) {
        const bool connection = isConnectionFailure(error, m_server);
        if (connection || isTransientFailure(error)) {
            m_server.rollback();
            report->connectionLost = connection;
            report->error = error.text();
            return false;
        }
        const QString reason = error.databaseText().trimmed();
        return refuse(reason.isEmpty() ? error.text() : reason);
    };

    if (!m_server.transaction())
        return serverFailed(m_server.lastError());
    q.prepare(QStringLiteral("SELECT conflicts::text, fingerprint FROM civitas.sync_receipts "
                             "WHERE client_id = ? AND seq = ?"));
    q.addBindValue(clientId);
    q.addBindValue(seq);
    if (!q.exec())
        return serverFailed(q.lastError());
    const bool alreadyApplied = q.next();
    // A receipt of another change under this number: this file is a copy of a file that went on
    // syncing (a restored backup, a second desk). Its change was never applied: it goes under
    // a new identity. (Receipts from before fingerprints are under ids the server never issued:
    // a desk holding one takes an issued identity before it pushes, see core 0008.)
    auto continueAsCopy = [&] {
        m_server.rollback();
        qCWarning(lcSync) << "the outbox entry" << seq
                          << "meets the server's receipt of another change: this file is a "
                             "copy; taking a new desk identity";
        DeskIdentity identity(m_local, m_server);
        const Result<QString> renewed = identity.renew();
        if (!renewed.ok()) {
            report->connectionLost = isConnectionFailure(identity.serverError(), m_server);
            report->error
                = report->connectionLost ? identity.serverError().text() : renewed.error();
            return false;
        }
        m_clientId = renewed.value();
        report->identityRenewed = true;
        return pushEntry(table,
                         seq,
                         rowId,
                         operation,
                         changedJson,
                         previousJson,
                         baseVersion,
                         fingerprint,
                         report);
    };
    if (alreadyApplied && q.value(1).toString() != fingerprint)
        return continueAsCopy();
    // Whether this push wrote the row on the server: if not, no later pull brings it, and the
    // row is fetched again once the push is done (see RefetchQueue).
    bool wrote = false;
    QVariant conflictVersion(QMetaType::fromType<qint64>()); // the version "theirs" was read at
    if (alreadyApplied) {
        // Applied before a crash or a cut: the conflicts found then come back from the receipt.
        const QJsonArray saved = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        for (const QJsonValue &c : saved) {
            QStringList fields;
            for (const QJsonValue &v : c.toArray())
                fields << v.toString();
            conflicts.append(fields);
        }
    }

    QStringList fields;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (table.columns.contains(it.key()) && it.key() != QLatin1String("id")
            && it.key() != QLatin1String("row_version"))
            fields << it.key();
    }

    if (!alreadyApplied) {
        QStringList select = {QStringLiteral("row_version")};
        for (const QString &f : std::as_const(fields))
            select << Sql::identifier(f);
        // An insert locks nothing: the row is new, and a login may insert where it may not
        // update (the append-only ledger and steps), so FOR UPDATE would be refused to it. A
        // row that is there already (written by the server for the same decision) is
        // compared field by field as below.
        const bool insert = operation == QLatin1String("insert");
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?%3")
                      .arg(select.join(QLatin1String(", ")),
                           serverTable,
                           insert ? QString() : QStringLiteral(" FOR UPDATE")));
        q.addBindValue(rowId);
        if (!q.exec())
            return serverFailed(q.lastError());
        const bool exists = q.next();
        if (insert && !exists) {
            QStringList names;
            QStringList marks;
            for (const QString &f : std::as_const(fields))
                names << Sql::identifier(f), marks << QStringLiteral("?");
            QSqlQuery insert(m_server);
            insert.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                               .arg(serverTable,
                                    names.join(QLatin1String(", ")),
                                    marks.join(QLatin1String(", "))));
            insert.addBindValue(rowId);
            for (const QString &f : std::as_const(fields))
                insert.addBindValue(toServer(changed.value(f), table.serverTypes.value(f)));
            if (!insert.exec())
                return serverFailed(insert.lastError());
            wrote = true;
        } else if (!exists) {
            return refuse(Tr::tr("The server has no such record, or does not let you see it."));
        } else {
            const qint64 serverVersion = q.value(0).toLongLong();
            conflictVersion = serverVersion;
            const bool unchangedSinceBase
                = !baseVersion.isNull() && serverVersion == baseVersion.toLongLong();
            QStringList assignments;
            QVariantList values;
            for (int i = 0; i < fields.size(); ++i) {
                const QString &f = fields.at(i);
                if (isServerStamped(f))
                    continue;
                const QVariant theirs = q.value(i + 1);
                const QJsonValue mine = changed.value(f);
                if (canonical(theirs) == canonical(mine))
                    continue; // both sides agree
                const bool serverKeptBase
                    = previous.contains(f) && canonical(theirs) == canonical(previous.value(f));
                if (unchangedSinceBase || serverKeptBase) {
                    assignments << Sql::identifier(f) + QStringLiteral(" = ?");
                    values << toServer(mine, table.serverTypes.value(f));
                } else {
                    conflicts.append(
                        {f, jsonText(mine), jsonText(jsonOf(theirs)), jsonText(previous.value(f))});
                }
            }
            if (!assignments.isEmpty()) {
                QSqlQuery update(m_server);
                update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(serverTable, assignments.join(QLatin1String(", "))));
                for (const QVariant &v : std::as_const(values))
                    update.addBindValue(v);
                update.addBindValue(rowId);
                if (!update.exec())
                    return serverFailed(update.lastError());
                if (update.numRowsAffected() == 0)
                    return refuse(Tr::tr("The server does not let you change this record."));
                wrote = true;
            }
        }
        QJsonArray saved;
        for (const QStringList &c : std::as_const(conflicts))
            saved.append(QJsonArray::fromStringList(c));
        q.prepare(QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq, conflicts, "
                                 "fingerprint) VALUES (?, ?, ?::jsonb, ?)"));
        q.addBindValue(clientId);
        q.addBindValue(seq);
        q.addBindValue(QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
        q.addBindValue(fingerprint);
        if (!q.exec()) {
            // Two copies of one file pushing the same number at once: the other's receipt
            // came first. Not a refusal of the change: this copy goes on under its own identity.
            if (q.lastError().nativeErrorCode() == QLatin1String("23505"))
                return continueAsCopy();
            return serverFailed(q.lastError());
        }
    }
    if (!m_server.commit())
        return serverFailed(m_server.lastError());

    // The server has it: forget the entry and keep the conflicts, in one local transaction.
    // If that fails the entry stays, and its replay finds the receipt and its conflicts.
    QSqlDatabase local = m_local.connection();
    QSqlQuery done(local);
    bool ok = local.transaction();
    done.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?"));
    done.addBindValue(seq);
    ok = ok && done.exec();
    for (const QStringList &c : std::as_const(conflicts)) {
        if (!ok)
            break;
        done.prepare(QStringLiteral("INSERT INTO sync_conflicts (table_name, row_id, field, mine, "
                                    "theirs, base, server_version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        done.addBindValue(table.name);
        done.addBindValue(rowId);
        for (const QString &v : c)
            done.addBindValue(v);
        done.addBindValue(conflictVersion);
        ok = done.exec();
    }
    // A conflict leaves the server's row as it was: its version becomes this row's base here,
    // and its other fields come, when the row is fetched again after the push.
    if (ok && !wrote) {
        const Result<> queued = RefetchQueue(local).add(table.name, rowId);
        if (!queued.ok()) {
            report->error = queued.error();
            local.rollback();
            return false;
        }
    }
    if (!ok || !local.commit()) {
        report->error = done.lastError().text().isEmpty() ? local.lastError().text()
                                                          : done.lastError().text();
        local.rollback();
        return false;
    }
    ++report->pushed;
    report->conflicts += int(conflicts.size());
    return true;
}

bool Synchroniser::pull(SyncReport *report)
{
    auto explain = qScopeGuard([&] { explainLostConnection(report); });
    if (!ensureBound(report))
        return false;
    QSqlQuery q(m_server);
    auto failed = [&](const QSqlError &error) {
        QSqlQuery(m_server).exec(QStringLiteral("ROLLBACK"));
        report->connectionLost = isConnectionFailure(error, m_server);
        report->error = error.text();
        return false;
    };
    // One snapshot for every table: the upper bound and the rows agree.
    if (!q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return failed(q.lastError());
    // The hold comes with the bound, in the same round trip: a no-op sync costs no more.
    if (!q.exec(m_serverReportsHold
                    ? QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, "
                                     "civitas.watermark_hold()")
                    : QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"))
        || !q.next())
        return failed(q.lastError());
    QString upper = q.value(0).toString();
    report->watermarkHeldSeconds = m_serverReportsHold ? q.value(1).toDouble() : 0;
    const QString watermark = this->watermark();
    const bool initial = watermark.isEmpty();
    bool resumed = false;
    if (initial) {
        // A first sync cut short goes on from its own snapshot bound.
        const QString started = stateValue(QStringLiteral("initial/upper"));
        resumed = !started.isEmpty();
        if (!resumed)
            setStateValue(QStringLiteral("initial/upper"), upper);
        else
            upper = started;
    }
    if (!pullTables(initial ? QStringLiteral("0") : watermark, upper, initial, report)) {
        QSqlQuery(m_server).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed(q.lastError());
    if (initial) {
        QSqlDatabase local = m_local.connection();
        local.transaction();
        QSqlQuery clear(local);
        // A file pulled from scratch compares its ids next (VisibilityWatch): its last
        // comparison, if any, was of other rows.
        clear.exec(QStringLiteral(
            "DELETE FROM sync_state WHERE key LIKE 'initial/%' OR key LIKE 'visibility/%'"));
        setStateValue(QStringLiteral("watermark"), upper);
        local.commit();
        // The resumed pages read rows below the first attempt's bound: what changed on the
        // server since then (rows already received, rows not yet) comes now, in the same sync.
        if (resumed && this->watermark() == upper)
            return pull(report);
    }
    keepFiles(report);
    setStateValue(QStringLiteral("last_success"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return true;
}

void Synchroniser::keepFiles(SyncReport *report)
{
    // The user's own pieces and the town's files (its logo) come to the desk so that they
    // open offline; the cache then goes
    // back under its cap, and the bytes of files no row refers to any more (withdrawn) leave.
    QString agentId;
    {
        QSqlQuery me(m_local.connection());
        if (me.exec(QStringLiteral("SELECT agent_id FROM user_accounts WHERE login = "
                                   "(SELECT user_login FROM local_session WHERE id = 1) "
                                   "AND deleted = 0"))
            && me.next())
            agentId = me.value(0).toString();
    }
    FileDownloader downloader(m_local, m_server);
    downloader.cancelled = cancelled;
    const Result<int> own = downloader.fetchKept(agentId);
    if (own.ok())
        report->filesFetched += own.value();
    else
        qCWarning(lcSync) << "kept files not fetched:" << own.error();
    // Only rows that came (or left) can leave a file unreferenced, and only fetches fill the
    // cache: an idle sync does not compare every file with every row.
    const FileStore store(m_local);
    if (report->pulled == 0 && report->filesFetched == 0 && report->removed == 0
        && store.heldBytes() <= store.cacheCapBytes())
        return;
    const Result<qint64> freed = store.evict(store.cacheCapBytes(), agentId);
    if (!freed.ok())
        qCWarning(lcSync) << "file cache not trimmed:" << freed.error();
}

bool Synchroniser::pullTables(const QString &lower,
                              const QString &upper,
                              bool initial,
                              SyncReport *report)
{
    QSqlDatabase local = m_local.connection();
    ChangeCapture capture(local);
    QSqlQuery pragma(local);
    // The server enforces references; what this login may see of them is a subset, so
    // local foreign keys are not checked while rows come in (see docs/architecture.md).
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto restore
        = qScopeGuard([&] { QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });

    qint64 total = 0;
    qint64 done = 0;
    // Rows count as received once committed: a pull rolled back received nothing.
    int uncommitted = 0;
    if (initial && progress) {
        for (const Table &t : std::as_const(m_tables)) {
            QSqlQuery count(m_server);
            count.prepare(
                QStringLiteral("SELECT count(*) FROM civitas.%1 WHERE changed_xid < ?::xid8")
                    .arg(Sql::identifier(t.name)));
            count.addBindValue(upper);
            if (count.exec() && count.next())
                total += count.value(0).toLongLong();
        }
        progress(0, total);
    }
    QString error;
    // Every failure path rolls the local transaction back: left open, it would hold SQLite's
    // write lock and every save in the interface would wait and fail.
    bool localOpen = false;
    auto rollbackLocal = qScopeGuard([&] {
        if (localOpen)
            local.rollback();
    });
    // One local transaction per page, so that a save or an import waits for a page, not for
    // the whole pull; the pull waits for them in turn, however long they write.
    auto beginLocal = [&] {
        const Result<void> begun = beginPageWrite(local, cancelled);
        localOpen = begun.ok();
        if (!localOpen)
            error = begun.error();
        return localOpen && capture.setCaptureEnabled(false, &error);
    };
    auto commitLocal = [&] {
        if (!capture.setCaptureEnabled(true, &error) || !local.commit())
            return false;
        localOpen = false;
        return true;
    };
    QSet<QString> changed;
    if (!initial) {
        const Result<QSet<QString>> found = tablesWithChanges(m_server, m_tables, lower, upper);
        if (!found.ok()) {
            report->connectionLost = isConnectionFailure(m_server.lastError(), m_server);
            report->error = found.error();
            return false;
        }
        changed = found.value();
    }
    for (const Table &t : std::as_const(m_tables)) {
        if (!initial && !changed.contains(t.name))
            continue;
        // Dates travel as the ISO text the local file keeps: cheaper than QDateTime both ways.
        QStringList select;
        for (const QString &c : t.columns) {
            const QString type = t.serverTypes.value(c);
            if (type == QLatin1String("timestamp with time zone"))
                select
                    << QStringLiteral(
                           "to_char(t.%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                           .arg(Sql::identifier(c));
            else if (type == QLatin1String("date"))
                select << QStringLiteral("to_char(t.%1, 'YYYY-MM-DD')").arg(Sql::identifier(c));
            else
                select << QStringLiteral("t.") + Sql::identifier(c);
        }
        QString lastXid;
        QString lastId;
        if (initial) {
            const QString cursor = stateValue(QStringLiteral("initial/") + t.name);
            if (cursor == QLatin1String("done"))
                continue;
            if (!cursor.isEmpty()) {
                lastXid = cursor.section(QLatin1Char('|'), 0, 0);
                lastId = cursor.section(QLatin1Char('|'), 1);
            }
        }
        while (true) {
            if (cancelled && cancelled()) {
                report->error
                    = Tr::tr("The sync was cancelled; it will go on from here next time.");
                return false;
            }
            QSqlQuery rows(m_server);
            rows.setForwardOnly(true);
            // Keyset pages, so that the server never sends more than a page at a time.
            rows.prepare(
                QStringLiteral("SELECT %1, t.changed_xid::text FROM civitas.%2 t "
                               "WHERE t.changed_xid >= ?::xid8 AND t.changed_xid < ?::xid8 %3 "
                               "ORDER BY t.changed_xid, t.id LIMIT %4")
                    .arg(select.join(QLatin1String(", ")),
                         Sql::identifier(t.name),
                         lastXid.isEmpty()
                             ? QString()
                             : QStringLiteral("AND (t.changed_xid, t.id) > (?::xid8, ?)"))
                    .arg(m_pageSize));
            rows.addBindValue(lower);
            rows.addBindValue(upper);
            if (!lastXid.isEmpty()) {
                rows.addBindValue(lastXid);
                rows.addBindValue(lastId);
            }
            if (!rows.exec()) {
                report->connectionLost = isConnectionFailure(rows.lastError(), m_server);
                report->error = rows.lastError().text();
                return false;
            }
            // Nothing to write, nothing locked: an idle sync takes no write lock at all.
            if (!rows.next()) {
                if (initial)
                    setStateValue(QStringLiteral("initial/") + t.name, QStringLiteral("done"));
                break;
            }
            if (!beginLocal()) {
                report->error = error.isEmpty() ? local.lastError().text() : error;
                return false;
            }
            int applied = 0;
            // QPSQL does not tell a forward-only result's size: a first sync, or a pull that
            // needs more than one page, is large.
            const bool bulk = initial || !lastXid.isEmpty();
            if ((bulk && !capture.dropTriggers(t.name, &report->error))
                || !applyRows(t, rows, &applied, &lastXid, &lastId, &report->error)
                || (bulk && !capture.installTriggers(t.name, &report->error))) {
                return false;
            }
            uncommitted += applied;
            done += applied;
            const bool lastPage = applied < m_pageSize;
            if (initial)
                setStateValue(QStringLiteral("initial/") + t.name,
                              lastPage ? QStringLiteral("done")
                                       : lastXid + QLatin1Char('|') + lastId);
            if (!commitLocal()) {
                report->error = error.isEmpty() ? local.lastError().text() : error;
                return false;
            }
            report->pulled += std::exchange(uncommitted, 0);
            if (applied > 0)
                report->changedTables.insert(t.name);
            if (initial && progress)
                progress(done, total);
            if (lastPage)
                break;
        }
    }
    // The watermark moves once every page below it is committed: a pull cut short leaves it
    // where it was, and the next pull applies the committed pages again, to the same effect.
    if (!initial && !setStateValue(QStringLiteral("watermark"), upper)) {
        report->error = local.lastError().text();
        return false;
    }
    return true;
}

bool Synchroniser::fetchRows(const Table &table, const QStringList &ids, SyncReport *report)
{
    // Times and dates in the text the pull writes (to_char): a QDateTime rounds the
    // microseconds where to_char cuts them, and a row fetched again must equal a row pulled.
    QStringList select;
    for (const QString &c : table.columns) {
        const QString type = table.serverTypes.value(c);
        if (type == QLatin1String("timestamp with time zone"))
            select << QStringLiteral(
                          "to_char(t.%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                          .arg(Sql::identifier(c));
        else if (type == QLatin1String("date"))
            select << QStringLiteral("to_char(t.%1, 'YYYY-MM-DD')").arg(Sql::identifier(c));
        else
            select << QStringLiteral("t.") + Sql::identifier(c);
    }
    for (qsizetype start = 0; start < ids.size(); start += m_pageSize) {
        QSqlQuery rows(m_server);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT %1, t.changed_xid::text FROM civitas.%2 t WHERE t.id = "
                                    "ANY (string_to_array(?, ','))")
                         .arg(select.join(QLatin1String(", ")), Sql::identifier(table.name)));
        rows.addBindValue(ids.mid(start, m_pageSize).join(QLatin1Char(',')));
        if (!rows.exec()) {
            report->connectionLost = isConnectionFailure(rows.lastError(), m_server);
            report->error = rows.lastError().text();
            return false;
        }
        int applied = 0;
        QString lastXid, lastId;
        if (!applyRows(table, rows, &applied, &lastXid, &lastId, &report->error))
            return false;
        report->pulled += applied;
        if (applied > 0)
            report->changedTables.insert(table.name);
    }
    return true;
}

bool Synchroniser::refetchRows(SyncReport *report)
{
    QSqlDatabase local = m_local.connection();
    RefetchQueue queue(local);
    const Result<QHash<QString, QStringList>> listed = queue.rows();
    if (!listed.ok()) {
        report->error = listed.error();
        return false;
    }
    if (listed->isEmpty())
        return true;
    // As in a pull: the server enforces references, of which this login sees a part.
    QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto restore
        = qScopeGuard([&] { QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    ChangeCapture capture(local);
    for (auto it = listed->cbegin(); it != listed->cend(); ++it) {
        const Table *t = table(it.key());
        if (!t)
            continue;
        const QStringList &ids = it.value();
        bool ok = local.transaction() && capture.setCaptureEnabled(false, &report->error)
                  && fetchRows(*t, ids, report);
        // A new row the server refused and does not have: what the server holds of it is
        // nothing, so it leaves this desk's view; its values wait in the refused change.
        Sql::Statement hide(
            local,
            QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ? AND row_version = 0 AND "
                           "deleted = 0 AND EXISTS (SELECT 1 FROM sync_outbox o WHERE "
                           "o.table_name = ? AND o.row_id = ? AND o.operation = 'insert' AND "
                           "o.state = 'refused')")
                .arg(Sql::identifier(t->name)));
        for (const QString &id : ids) {
            if (!ok)
                break;
            ok = hide.exec({id, t->name, id});
            if (!ok)
                report->error = hide.error();
        }
        if (ok) {
            const Result<> settled = queue.settle(t->name, ids);
            ok = settled.ok();
            if (!ok)
                report->error = settled.error();
        }
        ok = ok && capture.setCaptureEnabled(true, &report->error) && local.commit();
        if (!ok) {
            if (report->error.isEmpty())
                report->error = local.lastError().text();
            local.rollback();
            return false;
        }
    }
    return true;
}

bool Synchroniser::reconcile(SyncReport *report)
{
    auto explain = qScopeGuard([&] { explainLostConnection(report); });
    if (!ensureBound(report))
        return false;
    auto serverFailed = [&](const QString &error) {
        report->connectionLost = isConnectionFailure(m_server.lastError(), m_server);
        report->error = error;
        return false;
    };
    // Comparing every id costs a scan of all a login may see: only when that may have changed.
    QStringList deskTables;
    for (const Table &t : std::as_const(m_tables))
        deskTables << t.name;
    VisibilityWatch watch(m_local, m_server, deskTables);
    if (m_serverWatchesVisibility) {
        const Result<bool> due = watch.comparisonDue();
        if (!due.ok())
            return serverFailed(due.error());
        if (!due.value())
            return true;
    }
    QSqlDatabase local = m_local.connection();
    QSqlQuery snapshot(m_server);
    if (!snapshot.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
        report->connectionLost = isConnectionFailure(snapshot.lastError(), m_server);
        report->error = snapshot.lastError().text();
        return false;
    }
    auto endSnapshot = qScopeGuard([&] { QSqlQuery(m_server).exec(QStringLiteral("COMMIT")); });
    // Read in the snapshot the ids are compared in: what it shows is what the mark vouches for.
    VisibilityWatch::Mark mark;
    if (m_serverWatchesVisibility) {
        const Result<VisibilityWatch::Mark> read = watch.mark();
        if (!read.ok())
            return serverFailed(read.error());
        mark = read.value();
    }
    bool complete = true; // no row kept for its pending edits
    QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto restore
        = qScopeGuard([&] { QSqlQuery(local).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    ChangeCapture capture(local);
    for (const Table &t : std::as_const(m_tables)) {
        QSet<QString> visible;
        QSqlQuery ids(m_server);
        ids.setForwardOnly(true);
        // The ids only: a few bytes a row, even for a town's whole staff.
        if (!ids.exec(QStringLiteral("SELECT id FROM civitas.%1").arg(Sql::identifier(t.name)))) {
            report->connectionLost = isConnectionFailure(ids.lastError(), m_server);
            report->error = ids.lastError().text();
            return false;
        }
        while (ids.next())
            visible.insert(ids.value(0).toString());
        QSet<QString> held;
        QSet<QString> received; // a row_version only the server gives
        QSet<QString> pending;
        QSqlQuery q(local);
        q.exec(QStringLiteral("SELECT id, row_version > 0 FROM %1").arg(Sql::identifier(t.name)));
        while (q.next()) {
            held.insert(q.value(0).toString());
            if (q.value(1).toBool())
                received.insert(q.value(0).toString());
        }
        q.prepare(QStringLiteral("SELECT DISTINCT row_id FROM sync_outbox WHERE table_name = ?"));
        q.addBindValue(t.name);
        q.exec();
        while (q.next())
            pending.insert(q.value(0).toString());
        QStringList gone;
        // A row the file never received from a server is not this login's to lose: it is
        // not on the server, and TownBinding already refuses files that hold such rows.
        for (const QString &id : std::as_const(received)) {
            if (visible.contains(id))
                continue;
            if (pending.contains(id))
                complete = false; // it goes at a later comparison, once its edits are done
            else
                gone << id;
        }
        QStringList missing;
        for (const QString &id : std::as_const(visible)) {
            if (!held.contains(id))
                missing << id;
        }
        if (gone.isEmpty() && missing.isEmpty())
            continue;
        // One local transaction per table. Rows that are no longer visible leave the file
        // for real (not a tombstone: the server still has them, this login may not).
        const int pulledBefore = report->pulled;
        bool ok = local.transaction() && capture.setCaptureEnabled(false, &report->error)
                  && capture.dropTriggers(t.name, &report->error);
        QSqlQuery remove(local);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Sql::identifier(t.name)));
        for (const QString &id : std::as_const(gone)) {
            if (!ok)
                break;
            remove.addBindValue(id);
            ok = remove.exec();
        }
        ok = ok && fetchRows(t, missing, report) && capture.installTriggers(t.name, &report->error)
             && capture.setCaptureEnabled(true, &report->error) && local.commit();
        if (!ok) {
            if (report->error.isEmpty())
                report->error = local.lastError().text();
            local.rollback();
            report->pulled = pulledBefore; // rolled back: not received
            return false;
        }
        report->removed += int(gone.size());
        if (!gone.isEmpty())
            report->changedTables.insert(t.name);
    }
    if (m_serverWatchesVisibility && complete) {
        if (const Result<void> recorded = watch.record(mark); !recorded.ok()) {
            report->error = recorded.error();
            return false;
        }
    }
    return true;
}

bool Synchroniser::applyRows(const Table &table,
                             QSqlQuery &rows,
                             int *applied,
                             QString *lastXid,
                             QString *lastId,
                             QString *errorMessage)
{
    QSqlDatabase local = m_local.connection();
    QStringList names;
    QStringList marks;
    QStringList updates;
    for (const QString &c : table.columns) {
        names << Sql::identifier(c);
        marks << QStringLiteral("?");
        if (c != QLatin1String("id"))
            updates << Sql::identifier(c) + QStringLiteral(" = excluded.") + Sql::identifier(c);
    }
    SqliteStatement upsert(
        local,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(Sql::identifier(table.name),
                 names.join(QLatin1String(", ")),
                 marks.join(QLatin1String(", ")),
                 updates.join(QLatin1String(", "))));
    if (!upsert.isValid()) {
        *errorMessage = QStringLiteral("%1: %2").arg(table.name, upsert.error());
        return false;
    }
    // Rows with local changes not yet sent keep those fields as the user typed them. A change
    // the server refused keeps its values in the outbox only: the row takes the server's, so
    // that a refused value (a registration number another desk took) never stops a pull.
    QSqlQuery pendingCount(local);
    pendingCount.prepare(QStringLiteral(
        "SELECT count(*) FROM sync_outbox WHERE table_name = ? AND state = 'pending'"));
    pendingCount.addBindValue(table.name);
    const bool tableHasPending
        = pendingCount.exec() && pendingCount.next() && pendingCount.value(0).toInt() > 0;
    QSqlQuery pending(local);
    pending.prepare(QStringLiteral("SELECT changed FROM sync_outbox WHERE table_name = ? "
                                   "AND row_id = ? AND state = 'pending'"));
    RefetchQueue refetch(local);

    const int columnCount = int(table.columns.size());
    // From the row the query stands on, if the caller looked at it already.
    for (bool more = rows.isValid() || rows.next(); more; more = rows.next()) {
        QVariantList values;
        values.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            values << toLocal(rows.value(i));
        *lastXid = rows.value(columnCount).toString();
        *lastId = values.constFirst().toString();
        QSet<QString> keep;
        if (tableHasPending) {
            pending.addBindValue(table.name);
            pending.addBindValue(*lastId);
            pending.exec();
            while (pending.next()) {
                const QJsonObject fields
                    = QJsonDocument::fromJson(pending.value(0).toByteArray()).object();
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    if (!isServerStamped(it.key()))
                        keep.insert(it.key());
                }
            }
        }
        if (keep.isEmpty()) {
            if (!upsert.exec(values)) {
                *errorMessage = QStringLiteral("%1: %2").arg(table.name, upsert.error());
                return false;
            }
        } else {
            // The row keeps its row_version too: it is the base the pending edits were made on,
            // and moving it would let a later edit overwrite the server's value unseen. Once
            // they are sent the server may not change the row again: it is fetched whole then.
            keep.insert(QStringLiteral("row_version"));
            const Result<> queued = refetch.add(table.name, *lastId);
            if (!queued.ok()) {
                *errorMessage = queued.error();
                return false;
            }
            QStringList sets;
            QVariantList setValues;
            for (int i = 1; i < columnCount; ++i) {
                if (keep.contains(table.columns.at(i)))
                    continue;
                sets << Sql::identifier(table.columns.at(i)) + QStringLiteral(" = ?");
                setValues << values.at(i);
            }
            QSqlQuery update(local);
            update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                               .arg(Sql::identifier(table.name), sets.join(QLatin1String(", "))));
            for (const QVariant &v : std::as_const(setValues))
                update.addBindValue(v);
            update.addBindValue(*lastId);
            if (!update.exec()) {
                *errorMessage = QStringLiteral("%1: %2").arg(table.name, update.lastError().text());
                return false;
            }
        }
        ++*applied;
    }
    return true;
}

} // namespace Civitas
