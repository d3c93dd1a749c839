// civitas-syncbench: the sync engine's figures against a real PostgreSQL (PGHOST... as for
// the tests), each beside a baseline measured in the same run:
// - first sync, by an HR login, of a server holding N agents' accounts and files (documents
//   included), in rows and MB per second per table group, beside COPY ... TO STDOUT of the same
//   rows bulk-inserted into the same SQLite schema in one transaction;
// - what an HR desk keeps per agent, the MB/s of 300 KB scanned documents, and an
//   extrapolation to files of 30 such documents per agent;
// - latency of a sync with nothing to do;
// - delay for a change on the server to reach another desk's open file through NOTIFY.

#include <core/extension/moduleinterface.h>
#include <core/storage/database.h>
#include <core/sync/centralschema.h>
#include <core/sync/changecapture.h>
#include <core/sync/serverconnection.h>
#include <core/sync/syncengine.h>
#include <core/sync/synchroniser.h>
#include <core/workspace.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Civitas;

namespace {

const QString BenchLogin = QStringLiteral("bench_hr");
const QString BenchPassword = QStringLiteral("bench-hr-secret");

QSqlDatabase connectTo(const QString &database,
                       const QString &user,
                       const QString &password,
                       const QString &name)
{
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = database;
    c.user = user;
    c.sslMode = QStringLiteral("disable");
    QSqlDatabase db = c.makeConnection(name, password);
    if (!db.open())
        std::fprintf(stderr,
                     "cannot connect to %s: %s\n",
                     qPrintable(database),
                     qPrintable(db.lastError().text()));
    return db;
}

bool run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(
            stderr, "%s\n%s\n", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// The synchronised tables the bench puts on the server, in the order their references need
// (agents before the rest of the file), with the columns the demo fills. row_version,
// updated_at, updated_by and changed_xid are not sent: the server's stamp trigger sets them on
// every insert whatever arrives. agent_documents.sequence_number is renumbered by the server
// in arrival order, hence rowid order (the demo's own order per agent).
struct SyncedTable
{
    const char *name;
    const char *columns;
    const char *seedOrder;
};
const SyncedTable SyncedTables[] = {
    {"org_units",
     "id, parent_id, kind, code, name, head_agent_id, deputy_agent_id, minimum_staffing",
     "parent_id IS NOT NULL, rowid"},
    {"user_accounts", "id, login, display_name, email, agent_id, org_unit_id, active", "rowid"},
    {"role_memberships", "id, user_id, role", "rowid"},
    {"agents",
     "id, registration_number, birth_name, usage_name, first_names, org_unit_id, post_title, "
     "line_manager_id, entry_date, departure_date",
     "rowid"},
    {"agent_details",
     "id, sex, birth_date, birth_place, nationality, nir, address, postcode, city, phone, "
     "email, status, contract_basis, contract_start, contract_end, departure_reason",
     "rowid"},
    {"career_steps",
     "id, agent_id, effective_date, category, sector, job_framework, grade, echelon, "
     "gross_index, increased_index, reason, decision_reference",
     "rowid"},
    {"statutory_positions",
     "id, agent_id, position, start_date, end_date, decision_reference, decision_date",
     "rowid"},
    {"working_times",
     "id, agent_id, effective_date, kind, part_time_rate, thirty_fifths, weekly_minutes, "
     "weekly_pattern",
     "rowid"},
    {"agent_documents",
     "id, agent_id, sequence_number, category, title, document_date, file_name, mime_type, "
     "byte_size, content",
     "rowid"},
};

// Rows, bytes and time of one table in a sync or a baseline.
struct TableFigure
{
    QString name;
    qint64 rows = 0;
    qint64 bytes = 0; // the values as the local file stores them (text in UTF-8, BLOBs as is)
    double seconds = 0;
};

// What a desk's user would call them: the platform's tables, the agent files' records, and
// the pieces of the files (the only ones whose size grows with what HR scans).
QString groupOf(const QString &table)
{
    if (table == QLatin1String("org_units") || table == QLatin1String("user_accounts")
        || table == QLatin1String("role_memberships"))
        return QStringLiteral("core tables");
    if (table == QLatin1String("agent_documents"))
        return QStringLiteral("HR documents");
    if (table == QLatin1String("agents") || table == QLatin1String("agent_details")
        || table == QLatin1String("career_steps") || table == QLatin1String("statutory_positions")
        || table == QLatin1String("working_times"))
        return QStringLiteral("HR records");
    return QStringLiteral("other tables");
}

const QStringList Groups = {QStringLiteral("core tables"),
                            QStringLiteral("HR records"),
                            QStringLiteral("HR documents"),
                            QStringLiteral("other tables")};

TableFigure sumOf(const QList<TableFigure> &tables, const QString &group = QString())
{
    TableFigure sum;
    sum.name = group;
    for (const TableFigure &t : tables) {
        if (group.isEmpty() || groupOf(t.name) == group) {
            sum.rows += t.rows;
            sum.bytes += t.bytes;
            sum.seconds += t.seconds;
        }
    }
    return sum;
}

double mb(qint64 bytes)
{
    return double(bytes) / 1e6;
}

// "rows, MB, time, rows/s, MB/s", the same columns on every line so that they read down.
QString rates(const TableFigure &f)
{
    const double s = qMax(f.seconds, 1e-9);
    return QString::asprintf("%8lld rows %8.1f MB in %7.2f s = %8.0f rows/s %7.2f MB/s",
                             f.rows,
                             mb(f.bytes),
                             f.seconds,
                             double(f.rows) / s,
                             mb(f.bytes) / s);
}

double rowRate(const TableFigure &f)
{
    return f.seconds > 0 ? double(f.rows) / f.seconds : 0;
}

// Copies the demo town's tables from a local file into the server, in batches bounded in rows
// and in bytes (a document is a few KB of hex; one statement of 2,000 of them would be tens of
// MB).
bool seedServer(QSqlDatabase server, Database &demo)
{
    for (const SyncedTable &table : SyncedTables) {
        const QString name = QString::fromLatin1(table.name);
        const QString columns = QString::fromLatin1(table.columns);
        QSqlQuery rows(demo.connection());
        rows.setForwardOnly(true);
        // Parents first: the server checks the organisation chart's references.
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns, name, QString::fromLatin1(table.seedOrder)))) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.lastError().text()));
            return false;
        }
        const int columnCount = int(columns.count(QLatin1Char(',')) + 1);
        QStringList batch;
        qsizetype batchBytes = 0;
        auto flush = [&] {
            if (batch.isEmpty())
                return true;
            const bool ok = run(server,
                                QStringLiteral("INSERT INTO civitas.%1 (%2) VALUES %3")
                                    .arg(name, columns, batch.join(QLatin1String(", "))));
            batch.clear();
            batchBytes = 0;
            return ok;
        };
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < columnCount; ++i) {
                const QVariant v = rows.value(i);
                if (v.isNull())
                    values << QStringLiteral("NULL");
                else if (v.typeId() == QMetaType::QByteArray) // a BLOB: bytea, whatever its bytes
                    values << QStringLiteral("decode('%1', 'hex')")
                                  .arg(QString::fromLatin1(v.toByteArray().toHex()));
                else // dates are ISO text, which date and timestamptz columns take as they are
                    values << QLatin1Char('\'')
                                  + v.toString().replace(QLatin1Char('\''), QLatin1String("''"))
                                  + QLatin1Char('\'');
            }
            batch << QLatin1Char('(') + values.join(QLatin1String(", ")) + QLatin1Char(')');
            batchBytes += batch.constLast().size();
            if ((batch.size() == 2000 || batchBytes > 4 * 1024 * 1024) && !flush())
                return false;
        }
        if (!flush())
            return false;
    }
    return true;
}

// The baseline: COPY every row of the same tables out of the server and insert them into a
// fresh SQLite file in one transaction, with the C APIs of both, no Civitas code. Into the
// Civitas schema, the HR tables' triggers (local_agent_current, agents_fts) fire as they do
// for the sync; bare tables have none.
QList<TableFigure> copyBaseline(const QString &sqlitePath, bool civitasSchema, double *seconds)
{
    const ServerConnection c = ServerConnection::fromEnvironment();
    const QByteArray conninfo
        = QStringLiteral("host=%1 port=%2 dbname=civitas_bench user=%3 password=%4")
              .arg(c.host)
              .arg(c.port)
              .arg(BenchLogin, BenchPassword)
              .toUtf8();
    QElapsedTimer timer;
    timer.start();
    PGconn *pg = PQconnectdb(conninfo.constData());
    sqlite3 *lite = nullptr;
    sqlite3_open(sqlitePath.toUtf8().constData(), &lite);
    sqlite3_exec(lite,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"
                 "UPDATE sync_control SET capture = 0;",
                 nullptr,
                 nullptr,
                 nullptr);
    QList<TableFigure> figures;
    sqlite3_exec(lite, "BEGIN", nullptr, nullptr, nullptr);
    for (const SyncedTable &t : SyncedTables) {
        QElapsedTimer tableTimer;
        tableTimer.start();
        TableFigure figure;
        figure.name = QString::fromLatin1(t.name);
        const QString columns = QString::fromLatin1(t.columns)
                                + QStringLiteral(", row_version, deleted, updated_at, updated_by");
        const QStringList columnList = columns.split(QStringLiteral(", "));
        const int n = int(columnList.size());
        // COPY's text format writes a bytea as \\x and its hex digits.
        const int blobColumn = int(columnList.indexOf(QStringLiteral("content")));
        if (!civitasSchema)
            sqlite3_exec(lite,
                         QStringLiteral("CREATE TABLE %1 (%2)")
                             .arg(figure.name, columns)
                             .toUtf8()
                             .constData(),
                         nullptr,
                         nullptr,
                         nullptr);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(lite,
                           QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(figure.name, columns, marks.join(QLatin1Char(',')))
                               .toUtf8()
                               .constData(),
                           -1,
                           &insert,
                           nullptr);
        PQclear(PQexec(pg,
                       QStringLiteral("COPY (SELECT %1 FROM civitas.%2) TO STDOUT")
                           .arg(columns, figure.name)
                           .toUtf8()
                           .constData()));
        char *line = nullptr;
        int length = 0;
        while ((length = PQgetCopyData(pg, &line, 0)) > 0) {
            // COPY's text format: tab-separated, \N for NULL, newline at the end.
            const QByteArray record(line, length - 1);
            PQfreemem(line);
            const QList<QByteArray> fields = record.split('\t');
            for (int i = 0; i < n && i < fields.size(); ++i) {
                const QByteArray &field = fields.at(i);
                if (field == "\\N") {
                    sqlite3_bind_null(insert, i + 1);
                } else if (i == blobColumn && field.startsWith("\\\\x")) {
                    const QByteArray bytes = QByteArray::fromHex(field.mid(3));
                    sqlite3_bind_blob(
                        insert, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                } else {
                    sqlite3_bind_text(
                        insert, i + 1, field.constData(), int(field.size()), SQLITE_TRANSIENT);
                }
            }
            if (sqlite3_step(insert) != SQLITE_DONE)
                std::fprintf(stderr, "baseline %s: %s\n", t.name, sqlite3_errmsg(lite));
            sqlite3_reset(insert);
            ++figure.rows;
        }
        PQclear(PQgetResult(pg));
        sqlite3_finalize(insert);
        figure.seconds = double(tableTimer.nsecsElapsed()) / 1e9;
        figures << figure;
    }
    sqlite3_exec(lite, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(lite);
    PQfinish(pg);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return figures;
}

// The bytes of a local table's values as SQLite stores them: the size of the data itself,
// independent of pages and indexes.
qint64 payloadBytes(QSqlDatabase local, const QString &table)
{
    QSqlQuery columns(local);
    columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    QStringList terms;
    while (columns.next())
        terms << QStringLiteral("coalesce(sum(length(CAST(\"%1\" AS BLOB))), 0)")
                     .arg(columns.value(0).toString());
    QSqlQuery q(local);
    return !terms.isEmpty()
                   && q.exec(QStringLiteral("SELECT %1 FROM \"%2\"")
                                 .arg(terms.join(QLatin1String(" + ")), table))
                   && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

// The local file's size as its connection sees it (the WAL's pages included).
qint64 fileBytes(QSqlDatabase local)
{
    QSqlQuery q(local);
    if (!q.exec(QStringLiteral(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString size(double bytes)
{
    if (bytes >= 1e9)
        return QString::asprintf("%.1f GB", bytes / 1e9);
    if (bytes >= 1e6)
        return QString::asprintf("%.1f MB", bytes / 1e6);
    return QString::asprintf("%.1f KB", bytes / 1e3);
}

QString duration(double seconds)
{
    if (seconds >= 3600)
        return QString::asprintf("%.1f h", seconds / 3600);
    if (seconds >= 60)
        return QString::asprintf("%.1f min", seconds / 60);
    return QString::asprintf("%.1f s", seconds);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("PGHOST")) {
        std::fprintf(stderr,
                     "civitas-syncbench needs a PostgreSQL server: set PGHOST, PGPORT, PGUSER "
                     "and PGPASSWORD (./test.sh does for its run).\n");
        return 2;
    }
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    // Each table under its group, to see which one a slow group owes its time to.
    const bool perTable = app.arguments().contains(QStringLiteral("--per-table"));
    int agents = quick ? 2000 : 60000;
    const qsizetype agentsOption = app.arguments().indexOf(QStringLiteral("--agents"));
    if (agentsOption > 0 && agentsOption + 1 < app.arguments().size())
        agents = app.arguments().at(agentsOption + 1).toInt();
    QTemporaryDir dir;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("civitas-syncbench (%s): %d agents\n", quick ? "quick" : "full", agents);

    // A demo town, copied to a fresh central database.
    // With the modules (HR), so that the town has its agent files and the server their tables.
    Workspace demo;
    demo.loadModules();
    QString error;
    if (!demo.createDemoDatabase(
            dir.filePath(QStringLiteral("demo.sqlite")), agents, 1, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        QSqlDatabase root = connectTo(QStringLiteral("postgres"),
                                      qEnvironmentVariable("PGUSER"),
                                      qEnvironmentVariable("PGPASSWORD"),
                                      QStringLiteral("root"));
        run(root, QStringLiteral("DROP DATABASE IF EXISTS civitas_bench WITH (FORCE)"));
        run(root, QStringLiteral("CREATE DATABASE civitas_bench"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    QSqlDatabase admin = connectTo(QStringLiteral("civitas_bench"),
                                   qEnvironmentVariable("PGUSER"),
                                   qEnvironmentVariable("PGPASSWORD"),
                                   QStringLiteral("admin"));
    CentralSchema schema(admin);
    if (!schema.provision(demo.modules().centralMigrations(&error), &error)
        || !seedServer(admin, demo.database())) {
        std::fprintf(stderr, "cannot prepare the server: %s\n", qPrintable(error));
        return 1;
    }
    run(admin,
        QStringLiteral("SELECT civitas.create_login('%1', '%2', ARRAY['hr'])")
            .arg(BenchLogin, BenchPassword));
    run(admin,
        QStringLiteral("INSERT INTO civitas.user_accounts (id, login, display_name) VALUES "
                       "('bench-hr', '%1', 'Bench HR')")
            .arg(BenchLogin));
    run(admin, QStringLiteral("ANALYZE"));
    std::printf("  server ready\n");

    // First sync of a new profile, by an HR login: it sees every agent file (row-level
    // security: civitas.has_role('hr')), so it pulls all of them, documents included.
    Database client;
    QString clientPath = dir.filePath(QStringLiteral("client.sqlite"));
    Workspace migrations;
    migrations.loadModules();
    client.open(clientPath, &error);
    client.migrate(migrations.modules().migrations(&error), &error);
    QSqlDatabase server = connectTo(
        QStringLiteral("civitas_bench"), BenchLogin, BenchPassword, QStringLiteral("client"));
    // What the login will pull, per table, in the synchroniser's order (ChangeCapture's): the
    // pages' progress then tells when each table was done.
    QList<TableFigure> pulled;
    for (const QString &table : ChangeCapture(client.connection()).synchronisedTables()) {
        QSqlQuery count(server);
        if (count.exec(QStringLiteral("SELECT count(*) FROM civitas.\"%1\"").arg(table))
            && count.next())
            pulled.append({table, count.value(0).toLongLong(), 0, 0});
    }
    Synchroniser synchroniser(client, server);
    QList<QPair<double, qint64>> pages; // seconds since the start, rows done
    QElapsedTimer timer;
    synchroniser.progress = [&](qint64 done, qint64) {
        pages.append({double(timer.nsecsElapsed()) / 1e9, done});
    };
    SyncReport first;
    timer.start();
    synchroniser.sync(&first);
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    {
        // A table ends at the first page whose running total reaches its rows; the time before
        // the first page (counting rows for the progress bar) is nobody's table.
        qsizetype page = 0;
        qint64 cumulative = 0;
        double previous = pages.isEmpty() ? 0 : pages.constFirst().first;
        for (TableFigure &t : pulled) {
            cumulative += t.rows;
            while (page < pages.size() && pages.at(page).second < cumulative)
                ++page;
            if (page < pages.size()) {
                t.seconds = pages.at(page).first - previous;
                previous = pages.at(page).first;
            }
            t.bytes = payloadBytes(client.connection(), t.name);
        }
    }
    const TableFigure syncTotal{
        QStringLiteral("first sync"), first.pulled, sumOf(pulled).bytes, syncSeconds};
    // Baseline 1: into a fresh Civitas local file (same tables, indexes, triggers and search
    // index). Baseline 2: into bare tables with no index at all, for scale.
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.sqlite"));
    {
        Database fresh;
        fresh.open(baselinePath, &error);
        fresh.migrate(migrations.modules().migrations(&error), &error);
    }
    QHash<QString, qint64> bytesOf; // same rows, same values: the sync's measure serves
    for (const TableFigure &t : std::as_const(pulled))
        bytesOf.insert(t.name, t.bytes);
    auto withBytes = [&](QList<TableFigure> figures) {
        for (TableFigure &t : figures)
            t.bytes = bytesOf.value(t.name);
        return figures;
    };
    double copySeconds = 0;
    const QList<TableFigure> copied = withBytes(copyBaseline(baselinePath, true, &copySeconds));
    double bareSeconds = 0;
    const QList<TableFigure> bare
        = withBytes(copyBaseline(dir.filePath(QStringLiteral("bare.sqlite")), false, &bareSeconds));
    TableFigure copiedTotal = sumOf(copied);
    copiedTotal.seconds = copySeconds;
    TableFigure bareTotal = sumOf(bare);
    bareTotal.seconds = bareSeconds;
    const double overhead = pages.isEmpty() ? 0 : pages.constFirst().first;
    std::printf("  %-24s%s%s\n",
                "first sync (HR login)",
                qPrintable(rates(syncTotal)),
                first.error.isEmpty() ? "" : qPrintable(QStringLiteral("  ERROR ") + first.error));
    if (first.pulled != sumOf(pulled).rows)
        std::printf("    (the server counted %lld rows for this login)\n", sumOf(pulled).rows);
    for (const QString &group : Groups) {
        const TableFigure s = sumOf(pulled, group);
        const TableFigure b = sumOf(copied, group);
        if (s.rows > 0)
            std::printf("    %-22s%s   baseline %8.0f rows/s  ratio %.2f\n",
                        qPrintable(group),
                        qPrintable(rates(s)),
                        rowRate(b),
                        rowRate(b) > 0 ? rowRate(s) / rowRate(b) : 0.0);
        if (!perTable || s.rows == 0)
            continue;
        for (const TableFigure &t : std::as_const(pulled)) {
            if (groupOf(t.name) != group || t.rows == 0)
                continue;
            const auto c = std::find_if(copied.cbegin(), copied.cend(), [&](const TableFigure &f) {
                return f.name == t.name;
            });
            const double baselineRate = c == copied.cend() ? 0 : rowRate(*c);
            std::printf("      %-20s%s   baseline %8.0f rows/s  ratio %.2f\n",
                        qPrintable(t.name),
                        qPrintable(rates(t)),
                        baselineRate,
                        baselineRate > 0 ? rowRate(t) / baselineRate : 0.0);
        }
    }
    std::printf("    before the first page (the server counts rows for the progress bar) %.2f s\n",
                overhead);
    std::printf("    baseline COPY into the same local schema %s   ratio %.2f (target ≥ 0.5)\n",
                qPrintable(rates(copiedTotal)),
                rowRate(syncTotal) / rowRate(copiedTotal));
    std::printf("    COPY into bare tables, no index         %s   ratio %.2f\n",
                qPrintable(rates(bareTotal)),
                rowRate(syncTotal) / rowRate(bareTotal));

    // What an HR desk keeps per agent, from the file the first sync made.
    QSqlDatabase local = client.connection();
    const TableFigure documents = sumOf(pulled, QStringLiteral("HR documents"));
    qint64 content = 0;
    {
        QSqlQuery q(local);
        if (q.exec(QStringLiteral("SELECT coalesce(sum(length(content)), 0) FROM agent_documents"))
            && q.next())
            content = q.value(0).toLongLong();
    }
    const qint64 file = fileBytes(local);
    qint64 documentPages = -1; // the table and its index in the file, where SQLite can tell
    {
        QSqlQuery q(local);
        if (q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name IN "
                                  "('agent_documents', 'agent_documents_agent', "
                                  "'sqlite_autoindex_agent_documents_1')"))
            && q.next())
            documentPages = q.value(0).toLongLong();
    }
    if (documentPages < 0)
        documentPages = content;
    const double perAgentRest = double(file - documentPages) / agents;
    std::printf(
        "  documents: bytes per agent on an HR desk  %.1f documents, content %s, in the file %s; "
        "everything else %s; local file %s\n",
        double(documents.rows) / agents,
        qPrintable(size(double(content) / agents)),
        qPrintable(size(double(documentPages) / agents)),
        qPrintable(size(perAgentRest)),
        qPrintable(size(double(file))));

    // The demo's documents are PDFs of about 1 KB: per-row costs weigh on their MB/s. Scans of 300
    // KB (random bytes: JPEG does not compress further, neither on the server nor in transit)
    // measure the per-byte cost that a real file's documents would pay.
    const int scans = quick ? 10 : 200;
    const int scanBytes = 300 * 1024;
    run(admin,
        QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, "
                       "category, title, document_date, "
                       "file_name, mime_type, byte_size, content) "
                       "SELECT 'bench-scan-' || a.n, a.id, 1, 'other', 'Scan', current_date, "
                       "'scan.jpg', 'image/jpeg', %2, s.content "
                       "FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM civitas.agents "
                       "LIMIT %1) a, "
                       "LATERAL (SELECT decode(string_agg(md5(a.n || '-' || g), '' ORDER BY g), "
                       "'hex') AS content "
                       "FROM generate_series(1, %2 / 16) g) s")
            .arg(scans)
            .arg(scanBytes));
    const qint64 fileBefore = fileBytes(local);
    SyncReport scanned;
    timer.restart();
    synchroniser.sync(&scanned);
    const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double scanFileBytes = double(fileBytes(local) - fileBefore) / qMax(1, scanned.pulled);
    const TableFigure scanFigure{
        QStringLiteral("scans"), scanned.pulled, qint64(scanned.pulled) * scanBytes, scanSeconds};
    std::printf("  %d scans of 300 KB pulled %s%s\n",
                scans,
                qPrintable(rates(scanFigure)),
                scanned.error.isEmpty() ? ""
                                        : qPrintable(QStringLiteral("  ERROR ") + scanned.error));

    // Extrapolation: records at the rows/s measured above, documents at the scans' MB/s.
    {
        const int perAgent = 30;
        const double recordsPerAgent = double(syncSeconds - documents.seconds) / agents;
        const double scanRate
            = scanFigure.seconds > 0 ? double(scanFigure.bytes) / scanFigure.seconds : 0;
        const double smallRate
            = documents.seconds > 0 ? double(documents.bytes) / documents.seconds : 0;
        std::printf("  EXTRAPOLATION (not measured) from the throughput above: %d documents x 300 "
                    "KB per agent (a scanned file)\n",
                    perAgent);
        for (const int n : {900, 60000}) {
            const double documentBytes = double(n) * perAgent * scanBytes;
            const double fileSize = n * (perAgentRest + perAgent * scanFileBytes);
            std::printf(
                "    %5d agents: HR desk file %s (documents %s), first sync %s "
                "(records %s, documents %s at %.1f MB/s; %s at the %.1f KB PDFs' %.1f MB/s)\n",
                n,
                qPrintable(size(fileSize)),
                qPrintable(size(documentBytes)),
                qPrintable(
                    duration(n * recordsPerAgent + (scanRate > 0 ? documentBytes / scanRate : 0))),
                qPrintable(duration(n * recordsPerAgent)),
                qPrintable(duration(scanRate > 0 ? documentBytes / scanRate : 0)),
                scanRate / 1e6,
                qPrintable(duration(smallRate > 0 ? documentBytes / smallRate : 0)),
                documents.rows > 0 ? double(content) / documents.rows / 1e3 : 0.0,
                smallRate / 1e6);
        }
    }

    // A sync with nothing to do.
    QList<double> idle;
    QList<double> ping;
    for (int i = 0; i < (quick ? 10 : 50); ++i) {
        SyncReport nothing;
        timer.restart();
        synchroniser.sync(&nothing);
        idle << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        QSqlQuery(server).exec(QStringLiteral("SELECT 1"));
        ping << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("  sync with nothing to do    %8.2f ms (median)   baseline one SELECT 1 round trip "
                "%6.2f ms   (target < 20 ms)\n",
                median(idle),
                median(ping));

    // NOTIFY: a change on the server, seen in another desk's file.
    SyncEngine engine(
        client,
        [] {
            ServerConnection c = ServerConnection::fromEnvironment();
            c.database = QStringLiteral("civitas_bench");
            c.user = BenchLogin;
            c.sslMode = QStringLiteral("disable");
            return c;
        }(),
        BenchPassword);
    engine.start();
    for (int i = 0; i < 500 && engine.state() != SyncEngine::State::Online; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    QList<double> delays;
    QSqlDatabase reader = client.connection();
    for (int i = 0; i < (quick ? 5 : 20); ++i) {
        const QString value = QStringLiteral("Notify %1").arg(i);
        timer.restart();
        run(admin,
            QStringLiteral("UPDATE civitas.org_units SET name = '%1' WHERE code = 'DST-EV'")
                .arg(value));
        while (timer.elapsed() < 5000) {
            QSqlQuery q(reader);
            q.exec(QStringLiteral("SELECT name FROM org_units WHERE code = 'DST-EV'"));
            if (q.next() && q.value(0).toString() == value)
                break;
            QCoreApplication::processEvents();
            QThread::usleep(200);
        }
        delays << double(timer.nsecsElapsed()) / 1e6;
        QThread::msleep(50);
    }
    engine.stop();
    std::printf("  change to another desk     %8.2f ms (median of %lld)   baseline one SELECT 1 "
                "round trip %6.2f ms   (target < 1000 ms)\n",
                median(delays),
                qint64(delays.size()),
                median(ping));
    return 0;
}
