#include "townloader.h"

#include "changecapture.h"
#include "townbinding.h"
#include <core/coretr.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Civitas {

namespace {

// A text[] literal with every element quoted, so that no id can break out of it.
QString textArray(const QSet<QString> &values)
{
    QStringList elements;
    for (const QString &v : values)
        elements << QLatin1Char('"')
                        + QString(v)
                              .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                              .replace(QLatin1Char('"'), QLatin1String("\\\""))
                        + QLatin1Char('"');
    return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Stamped by the server on every insert, whatever arrives: not sent.
bool isServerStamped(const QString &column)
{
    return column == QLatin1String("row_version") || column == QLatin1String("updated_at")
           || column == QLatin1String("updated_by") || column == QLatin1String("changed_xid");
}

PGconn *pgHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

// One value in COPY's text format.
void appendText(QByteArray &out, const char *text, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
}

void appendValue(QByteArray &out, sqlite3_stmt *row, int column, bool bytea)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        out.append("\\N", 2);
        return;
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(row, column));
        const int size = sqlite3_column_bytes(row, column);
        if (bytea) {
            // "\x" then hex; the backslash doubled for COPY's own escaping.
            out.append("\\\\x", 3);
            out.append(QByteArray::fromRawData(bytes, size).toHex());
        } else {
            appendText(out, bytes, size);
        }
        return;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
        appendText(out, text, sqlite3_column_bytes(row, column));
    }
    }
}

} // namespace

TownLoader::TownLoader(Database &local, QSqlDatabase server)
    : m_local(local)
    , m_server(server)
{}

Result<void> TownLoader::exec(const QString &sql)
{
    QSqlQuery q(m_server);
    if (!q.exec(sql))
        return Result<void>::failure(q.lastError().databaseText().trimmed().isEmpty()
                                         ? q.lastError().text()
                                         : q.lastError().databaseText().trimmed());
    return success();
}

Result<QList<TownLoader::Table>> TownLoader::tablesInOrder()
{
    using Failure = Result<QList<Table>>;
    QSqlQuery q(m_server);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
            "WHERE c.table_schema = 'civitas' AND EXISTS (SELECT 1 FROM information_schema.columns "
            "x WHERE x.table_schema = 'civitas' AND x.table_name = c.table_name "
            "AND x.column_name = 'changed_xid') ORDER BY c.table_name, c.ordinal_position")))
        return Failure::failure(q.lastError().text());
    QHash<QString, QHash<QString, QString>> serverColumns;
    while (q.next())
        serverColumns[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toString());
    // Which table references which (the first column of each foreign key is enough here).
    if (!q.exec(QStringLiteral(
            "SELECT cl.relname, rf.relname, a.attname FROM pg_constraint c "
            "JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class rf ON rf.oid = c.confrelid "
            "JOIN pg_namespace n ON n.oid = cl.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "WHERE c.contype = 'f' AND n.nspname = 'civitas'")))
        return Failure::failure(q.lastError().text());
    QHash<QString, QSet<QString>> references;
    QHash<QString, QString> selfReferences;
    while (q.next()) {
        const QString from = q.value(0).toString();
        const QString to = q.value(1).toString();
        if (from == to)
            selfReferences.insert(from, q.value(2).toString());
        else
            references[from].insert(to);
    }

    QList<Table> unordered;
    QSqlDatabase local = m_local.connection();
    for (const QString &name : ChangeCapture(local).synchronisedTables()) {
        if (!serverColumns.contains(name))
            continue; // a module the server does not have: stays local
        Table t;
        t.name = name;
        QSqlQuery columns(local);
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                         .arg(QString(name).replace(QLatin1Char('\''), QLatin1String("''"))));
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            if (serverColumns.value(name).contains(column) && !isServerStamped(column)
                && column != QLatin1String("id"))
                t.columns << column;
        }
        t.columns.prepend(QStringLiteral("id"));
        for (const QString &c : std::as_const(t.columns))
            t.serverTypes << serverColumns.value(name).value(c);
        t.selfReference = selfReferences.value(name);
        unordered.append(t);
    }
    // Referenced tables first; otherwise the desk's own order.
    QList<Table> ordered;
    QSet<QString> placed;
    QSet<QString> present;
    for (const Table &t : std::as_const(unordered))
        present.insert(t.name);
    while (ordered.size() < unordered.size()) {
        bool progressed = false;
        for (const Table &t : std::as_const(unordered)) {
            if (placed.contains(t.name))
                continue;
            bool ready = true;
            for (const QString &to : references.value(t.name)) {
                if (present.contains(to) && !placed.contains(to))
                    ready = false;
            }
            if (ready) {
                ordered.append(t);
                placed.insert(t.name);
                progressed = true;
            }
        }
        if (!progressed)
            return Failure::failure(
                Tr::tr("The server's tables reference each other in a cycle: no loading order."));
    }
    return ordered;
}

Result<QHash<QString, QSet<QString>>> TownLoader::seedIds(const QList<Migration> &migrations) const
{
    using Failure = Result<QHash<QString, QSet<QString>>>;
    // What a file holds before anybody writes to it, and provisioning wrote on the server too.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Failure::failure(dir.errorString());
    QHash<QString, QSet<QString>> seeds;
    Database fresh;
    QString error;
    if (!fresh.open(dir.filePath(QStringLiteral("fresh.sqlite")), &error)
        || !fresh.migrate(migrations, &error))
        return Failure::failure(error);
    {
        QSqlDatabase db = fresh.connection();
        for (const QString &table : ChangeCapture(db).synchronisedTables()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id FROM %1").arg(Sql::identifier(table)));
            while (q.next())
                seeds[table].insert(q.value(0).toString());
        }
    }
    fresh.close();
    return seeds;
}

Result<void> TownLoader::checkServerEmpty(const QList<Table> &tables,
                                          const QHash<QString, QSet<QString>> &seeds)
{
    // Locks the town's row: two loads at once wait for each other, and the second finds the
    // first's town.
    QSqlQuery q(m_server);
    if (!q.exec(QStringLiteral("SELECT loaded_at::text FROM civitas.town FOR UPDATE")) || !q.next())
        return Result<void>::failure(
            Tr::tr("The server does not say which town it holds: provision it with this version "
                   "of civitas-admin (%1).")
                .arg(q.lastError().databaseText().trimmed()));
    if (!q.isNull(0))
        return Result<void>::failure(
            Tr::tr("The server already holds a town, loaded on %1. Nothing was written: load "
                   "only into an empty, freshly provisioned server.")
                .arg(q.value(0).toString()));
    for (const Table &t : tables) {
        QSqlQuery any(m_server);
        any.prepare(
            QStringLiteral("SELECT count(*) FROM civitas.%1 WHERE NOT (id = ANY (?::text[]))")
                .arg(Sql::identifier(t.name)));
        any.addBindValue(textArray(seeds.value(t.name)));
        if (!any.exec() || !any.next())
            return Result<void>::failure(any.lastError().text());
        if (any.value(0).toLongLong() > 0)
            return Result<void>::failure(
                Tr::tr("The server already holds a town (%n record(s) in %1). Nothing was "
                       "written: load only into an empty, freshly provisioned server.",
                       nullptr,
                       int(any.value(0).toLongLong()))
                    .arg(t.name));
    }
    return success();
}

Result<qint64> TownLoader::copyTable(const Table &table, const QString &target, bool upsert)
{
    using Failure = Result<qint64>;
    PGconn *pg = pgHandle(m_server);
    sqlite3 *db = sqliteHandle(m_local.connection());
    if (!pg || !db)
        return Failure::failure(QStringLiteral("no libpq or SQLite handle"));
    const QString localTable = Sql::identifier(table.name);
    qint64 total = 0;
    {
        QSqlQuery count(m_local.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(localTable)) && count.next())
            total = count.value(0).toLongLong();
    }
    if (progress)
        progress(table.name, 0, total);
    if (total == 0)
        return qint64(0);

    // Parents before children: each row's level below the rows it references in its own
    // table. Most tables have none; the org chart a few levels; a ledger two.
    QHash<QString, int> level;
    int deepest = 0;
    if (!table.selfReference.isEmpty()) {
        QHash<QString, QString> parent;
        QSqlQuery pairs(m_local.connection());
        pairs.setForwardOnly(true);
        pairs.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL")
                       .arg(Sql::identifier(table.selfReference), localTable));
        while (pairs.next())
            parent.insert(pairs.value(0).toString(), pairs.value(1).toString());
        for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
            int depth = 0;
            QString at = it.key();
            // A cycle stops at the table's size: the server then refuses the reference.
            while (parent.contains(at) && depth <= parent.size()) {
                at = parent.value(at);
                ++depth;
            }
            level.insert(it.key(), depth);
            deepest = qMax(deepest, depth);
        }
    }

    QStringList columns;
    QList<bool> bytea;
    for (int i = 0; i < table.columns.size(); ++i) {
        columns << Sql::identifier(table.columns.at(i));
        bytea << (table.serverTypes.at(i) == QLatin1String("bytea"));
    }
    const QString columnList = columns.join(QLatin1String(", "));
    QString into = target;
    if (upsert) {
        // Rows provisioning wrote (the same ids in every file): the file's version wins.
        into = Sql::identifier(QStringLiteral("load_") + table.name);
        const Result<void> staged = exec(
            QStringLiteral("CREATE TEMP TABLE %1 (LIKE %2 INCLUDING DEFAULTS) ON COMMIT DROP")
                .arg(into, target));
        if (!staged.ok())
            return Failure::failure(staged.error());
    }
    // The rows go in pieces, each its own COPY, and the table is analysed as it grows: the
    // server's triggers keep their query plans for the transaction, and a plan made while the
    // table was empty (a scan of the whole table) turns a load of n rows into n scans.
    const QByteArray copy
        = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(into, columnList).toUtf8();
    QString error;
    bool copying = false;
    auto startCopy = [&] {
        PGresult *started = PQexec(pg, copy.constData());
        copying = PQresultStatus(started) == PGRES_COPY_IN;
        if (!copying)
            error = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
        PQclear(started);
        return copying;
    };
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&] {
        if (PQputCopyData(pg, buffer.constData(), int(buffer.size())) != 1) {
            error = QString::fromUtf8(PQerrorMessage(pg));
            return false;
        }
        buffer.clear();
        return true;
    };
    // Ends the COPY whatever happened: with an error message the server discards it.
    auto endCopy = [&] {
        if (!copying)
            return error.isEmpty();
        if (error.isEmpty() && !buffer.isEmpty())
            flush();
        PQputCopyEnd(pg, error.isEmpty() ? nullptr : "civitas-admin load stopped");
        while (PGresult *result = PQgetResult(pg)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
                error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        copying = false;
        return error.isEmpty();
    };
    auto analyse = [&] {
        const Result<void> analysed = exec(QStringLiteral("ANALYZE %1").arg(into));
        if (!analysed.ok())
            error = analysed.error();
        return analysed.ok();
    };
    constexpr qint64 PieceRows = 25000;
    qint64 nextAnalysis = 10000;
    if (!startCopy())
        return Failure::failure(error);

    const QByteArray select
        = QStringLiteral("SELECT %1 FROM %2").arg(columnList, localTable).toUtf8();
    sqlite3_stmt *row = nullptr;
    if (sqlite3_prepare_v2(db, select.constData(), int(select.size()), &row, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    qint64 done = 0;
    qint64 inPiece = 0;
    const int columnCount = int(table.columns.size());
    for (int pass = 0; pass <= deepest && error.isEmpty(); ++pass) {
        sqlite3_reset(row);
        int rc;
        while ((rc = sqlite3_step(row)) == SQLITE_ROW) {
            if (deepest > 0) {
                const QString id = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(row, 0)));
                if (level.value(id, 0) != pass)
                    continue;
            }
            for (int c = 0; c < columnCount; ++c) {
                if (c > 0)
                    buffer.append('\t');
                appendValue(buffer, row, c, bytea.at(c));
            }
            buffer.append('\n');
            ++done;
            if (buffer.size() >= (1 << 20) && !flush())
                break;
            if (progress && done % 20000 == 0)
                progress(table.name, done, total);
            if (m_analyse && !upsert && ++inPiece >= PieceRows) {
                inPiece = 0;
                if (!endCopy())
                    break;
                if (done >= nextAnalysis) {
                    nextAnalysis *= 4;
                    if (!analyse())
                        break;
                }
                if (!startCopy())
                    break;
            }
        }
        if (error.isEmpty() && rc != SQLITE_DONE && rc != SQLITE_ROW)
            error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(row);
    endCopy();
    if (!error.isEmpty())
        return Failure::failure(QStringLiteral("%1: %2").arg(table.name, error));
    if (upsert) {
        QStringList updates;
        for (const QString &c : std::as_const(columns)) {
            if (c != QLatin1String("\"id\""))
                updates << c + QStringLiteral(" = excluded.") + c;
        }
        const Result<void> merged
            = exec(QStringLiteral(
                       "INSERT INTO %1 (%2) SELECT %2 FROM %3 ON CONFLICT (id) DO UPDATE SET %4")
                       .arg(target, columnList, into, updates.join(QLatin1String(", "))));
        if (!merged.ok())
            return Failure::failure(QStringLiteral("%1: %2").arg(table.name, merged.error()));
    }
    // The tables loaded next check their references against this one's statistics.
    if (m_analyse) {
        const Result<void> analysed = exec(QStringLiteral("ANALYZE %1").arg(target));
        if (!analysed.ok())
            return Failure::failure(QStringLiteral("%1: %2").arg(table.name, analysed.error()));
    }
    if (progress)
        progress(table.name, done, total);
    return done;
}

QString TownLoader::lockTableTooSmall(const QString &error)
{
    // The server's checks lock per agent and table (advisory transaction locks), and a load
    // holds them all until it commits: PostgreSQL's shared lock table, sized by
    // max_locks_per_transaction x max_connections, must hold a few per agent.
    (void)exec(QStringLiteral("ROLLBACK"));
    qint64 agents = 0;
    {
        QSqlQuery count(m_local.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM agents")) && count.next())
            agents = count.value(0).toLongLong();
    }
    int connections = 100;
    {
        QSqlQuery show(m_server);
        if (show.exec(QStringLiteral("SHOW max_connections")) && show.next())
            connections = qMax(1, show.value(0).toInt());
    }
    const qint64 wanted = ((4 * qMax<qint64>(agents, 1000) / connections) / 64 + 1) * 64;
    return Tr::tr("Nothing was written: the server ran out of locks (%1). One transaction holds "
                  "a few locks per agent until it ends; raise max_locks_per_transaction in "
                  "postgresql.conf to at least %2 for %3 agents, restart PostgreSQL, and load "
                  "again.")
        .arg(error)
        .arg(wanted)
        .arg(agents);
}

Result<LoadReport> TownLoader::load(const QList<Migration> &migrations)
{
    using Failure = Result<LoadReport>;
    // A desk file holds what one login may see of a server's town, not a town.
    {
        Sql::Statement state(m_local.connection(),
                             QStringLiteral("SELECT key FROM sync_state WHERE key IN (?, ?, ?) "
                                            "AND value <> '' LIMIT 1"));
        if (state.first({TownBinding::townKey(),
                         TownBinding::loadedIntoKey(),
                         QStringLiteral("watermark")}))
            return Failure::failure(
                state.text(0) == TownBinding::loadedIntoKey()
                    ? Tr::tr("This file was loaded into a server already. Nothing was written.")
                    : Tr::tr("This file is a desk's copy of a server's town, not a town of its "
                             "own: it cannot be loaded. Nothing was written."));
    }
    {
        QSqlQuery owner(m_server);
        if (!owner.exec(QStringLiteral("SELECT civitas.session_owns_town()")) || !owner.next()
            || !owner.value(0).toBool())
            return Failure::failure(
                Tr::tr("Only the owner of the town's database (the role that provisioned it) "
                       "may load a town. Nothing was written."));
    }
    const Result<QList<Table>> tables = tablesInOrder();
    if (!tables.ok())
        return Failure::failure(tables.error());
    const Result<QHash<QString, QSet<QString>>> seeds = seedIds(migrations);
    if (!seeds.ok())
        return Failure::failure(seeds.error());

    Result<void> begun = exec(QStringLiteral("BEGIN"));
    if (!begun.ok())
        return Failure::failure(begun.error());
    auto rollback = qScopeGuard([&] { (void)exec(QStringLiteral("ROLLBACK")); });
    // A load is one long transaction of the owner: no statement timeout of the role applies.
    (void)exec(QStringLiteral("SET LOCAL statement_timeout = 0"));
    (void)exec(QStringLiteral("SET LOCAL lock_timeout = 0"));
    const Result<void> empty = checkServerEmpty(tables.value(), seeds.value());
    if (!empty.ok())
        return Failure::failure(empty.error());

    LoadReport report;
    const Result<qint64> files = copyFiles();
    if (!files.ok())
        return Failure::failure(files.error());
    m_analyse = true;
    for (const Table &t : tables.value()) {
        bool seeded = false;
        {
            QSqlQuery any(m_server);
            seeded = any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM civitas.%1)")
                                  .arg(Sql::identifier(t.name)))
                     && any.next() && any.value(0).toBool();
        }
        const Result<qint64> copied
            = copyTable(t, QStringLiteral("civitas.") + Sql::identifier(t.name), seeded);
        if (!copied.ok() && copied.error().contains(QLatin1String("max_locks_per_transaction")))
            return Failure::failure(lockTableTooSmall(copied.error()));
        if (!copied.ok())
            return Failure::failure(copied.error());
        report.tables.append({t.name, copied.value()});
        report.rows += copied.value();
    }
    QSqlQuery town(m_server);
    if (!town.exec(QStringLiteral("UPDATE civitas.town SET loaded_at = now() "
                                  "RETURNING id, to_char(loaded_at AT TIME ZONE 'UTC', "
                                  "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"))
        || !town.next())
        return Failure::failure(town.lastError().text());
    report.townId = town.value(0).toString();
    report.loadedAt = town.value(1).toString();
    town.finish();
    const Result<void> committed = exec(QStringLiteral("COMMIT"));
    rollback.dismiss();
    if (!committed.ok())
        return Failure::failure(committed.error());

    // The file's rows are the server's now: it says so, and a sync refuses it (TownBinding).
    QSqlDatabase local = m_local.connection();
    Sql::Statement set(local,
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!local.transaction() || !set.exec({TownBinding::loadedIntoKey(), report.townId})
        || !set.exec({TownBinding::loadedAtKey(), report.loadedAt})
        || !set.exec({TownBinding::serverKey(), TownBinding::serverName(m_server)})
        || !local.commit()) {
        local.rollback();
        return Failure::failure(Tr::tr("The town was loaded, but this file could not record it: "
                                       "%1. Do not sync this file.")
                                    .arg(set.failed() ? set.error() : local.lastError().text()));
    }
    return report;
}

Result<qint64> TownLoader::copyFiles()
{
    using R = Result<qint64>;
    QSqlQuery files(m_local.connection());
    files.setForwardOnly(true);
    if (!files.exec(QStringLiteral("SELECT sha256, byte_size, mime_type, chunk_count "
                                   "FROM local_files WHERE chunks_present = chunk_count")))
        return R::failure(files.lastError().text());
    Sql::Statement chunk(m_local.connection(),
                         QStringLiteral("SELECT data FROM local_file_chunks "
                                        "WHERE sha256 = ? AND chunk_index = ?"));
    QSqlQuery file(m_server);
    file.prepare(QStringLiteral("INSERT INTO civitas.stored_files (sha256, byte_size, mime_type) "
                                "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    QSqlQuery part(m_server);
    part.prepare(QStringLiteral("INSERT INTO civitas.file_chunks (sha256, chunk_index, data) "
                                "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    qint64 bytes = 0;
    while (files.next()) {
        const QString sha256 = files.value(0).toString();
        file.bindValue(0, sha256);
        file.bindValue(1, files.value(1));
        file.bindValue(2, files.value(2));
        if (!file.exec())
            return R::failure(file.lastError().text());
        const int chunks = files.value(3).toInt();
        for (int i = 0; i < chunks; ++i) {
            if (!chunk.first({sha256, i}))
                return R::failure(chunk.failed() ? chunk.error()
                                                 : Tr::tr("A part of a file is missing."));
            const QByteArray data = chunk.value(0).toByteArray();
            chunk.query().finish();
            part.bindValue(0, sha256);
            part.bindValue(1, i);
            part.bindValue(2, data);
            if (!part.exec())
                return R::failure(part.lastError().text());
            bytes += data.size();
        }
    }
    return bytes;
}

Result<LoadReport> TownLoader::copyInto(const QString &schema)
{
    using Failure = Result<LoadReport>;
    const Result<QList<Table>> tables = tablesInOrder();
    if (!tables.ok())
        return Failure::failure(tables.error());
    Result<void> begun = exec(QStringLiteral("BEGIN"));
    if (!begun.ok())
        return Failure::failure(begun.error());
    auto rollback = qScopeGuard([&] { (void)exec(QStringLiteral("ROLLBACK")); });
    LoadReport report;
    m_analyse = false; // the baseline is a plain COPY: no trigger needs the statistics
    for (const Table &t : tables.value()) {
        const Result<qint64> copied = copyTable(
            t, Sql::identifier(schema) + QLatin1Char('.') + Sql::identifier(t.name), false);
        if (!copied.ok())
            return Failure::failure(copied.error());
        report.tables.append({t.name, copied.value()});
        report.rows += copied.value();
    }
    const Result<void> committed = exec(QStringLiteral("COMMIT"));
    rollback.dismiss();
    if (!committed.ok())
        return Failure::failure(committed.error());
    return report;
}

} // namespace Civitas
