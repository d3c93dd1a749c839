// civitas-syncbench: the sync engine's figures against a real PostgreSQL (PGHOST... as for
// the tests), on the whole demo town (900 agents by default, leave included) loaded as
// `civitas-admin load` does, each beside a baseline measured in the same run:
// - first sync of an HR, a head and an agent login (the demo's personas), in rows and MB per
//   second (for HR per table group), beside COPY ... TO STDOUT of the same rows, as that login,
//   bulk-inserted into the same SQLite schema in one transaction;
// - what an HR desk keeps per agent, the MB/s of 300 KB scanned documents, and an
//   extrapolation to files of 30 such documents per agent;
// - a sync with nothing to do, per login, beside one round trip and beside the same sync
//   comparing every id; and through civitas-admin, beside the process alone;
// - delay for a change on the server to reach another desk's open file through NOTIFY.
//
//   civitas-syncbench [--agents N] [--quick] [--per-table]

#include <core/extension/moduleinterface.h>
#include <core/files/filedownloader.h>
#include <core/storage/database.h>
#include <core/storage/frenchcollation.h>
#include <core/sync/centralschema.h>
#include <core/sync/changecapture.h>
#include <core/sync/serverconnection.h>
#include <core/sync/syncengine.h>
#include <core/sync/synchroniser.h>
#include <core/sync/townloader.h>
#include <core/sync/visibilitywatch.h>
#include <core/workspace.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Civitas;

namespace {

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

// The logins whose first and idle syncs are measured: the demo's personas, each the view of
// one kind of user (an HR login receives the whole town, a head their team, an agent their own).
struct Persona
{
    const char *login;
    const char *roles; // comma-separated, beside agent
    const char *label;
};
const Persona Personas[] = {
    {"nbenali", "hr", "HR"},
    {"smartin", "department_head", "head"},
    {"cbernard", "", "agent"},
};
const QString BenchPassword = QStringLiteral("bench-persona-secret");

// A synchronised table as both sides have it: the local columns the server has too, and the
// server's type of each.
struct SharedTable
{
    QString name;
    QStringList columns;
    QStringList types;
};

QList<SharedTable> sharedTables(QSqlDatabase server, QSqlDatabase local)
{
    QList<SharedTable> tables;
    for (const QString &name : ChangeCapture(local).synchronisedTables()) {
        QHash<QString, QString> serverTypes;
        QSqlQuery q(server);
        q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_schema = 'civitas' AND table_name = ?"));
        q.addBindValue(name);
        q.exec();
        while (q.next())
            serverTypes.insert(q.value(0).toString(), q.value(1).toString());
        if (serverTypes.isEmpty())
            continue;
        SharedTable t{name, {}, {}};
        QSqlQuery c(local);
        c.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name));
        while (c.next()) {
            const QString column = c.value(0).toString();
            if (serverTypes.contains(column)) {
                t.columns << column;
                t.types << serverTypes.value(column);
            }
        }
        tables << t;
    }
    return tables;
}

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
    if (table.startsWith(QLatin1String("leave_")))
        return QStringLiteral("leave tables");
    return QStringLiteral("other tables");
}

const QStringList Groups = {QStringLiteral("core tables"),
                            QStringLiteral("HR records"),
                            QStringLiteral("HR documents"),
                            QStringLiteral("leave tables"),
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

// The baseline: COPY every row `login` may see of the same tables out of the server (row-level
// security applies to COPY of a query) and insert them into a fresh SQLite file in one
// transaction, with the C APIs of both, no Civitas code. Into the Civitas schema, the tables'
// triggers (local_agent_current, agents_fts...) fire as they do for the sync; bare tables have
// none.
QList<TableFigure> copyBaseline(const QString &login,
                                const QList<SharedTable> &tables,
                                const QString &sqlitePath,
                                bool civitasSchema,
                                double *seconds)
{
    const ServerConnection c = ServerConnection::fromEnvironment();
    const QByteArray conninfo
        = QStringLiteral("host=%1 port=%2 dbname=civitas_bench user=%3 password=%4 sslmode=disable")
              .arg(c.host)
              .arg(c.port)
              .arg(login, BenchPassword)
              .toUtf8();
    QElapsedTimer timer;
    timer.start();
    PGconn *pg = PQconnectdb(conninfo.constData());
    sqlite3 *lite = nullptr;
    sqlite3_open(sqlitePath.toUtf8().constData(), &lite);
    // The names' indexes are in the French order: a write to their tables needs it.
    FrenchCollation::install(lite);
    sqlite3_exec(lite,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"
                 "PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY;"
                 "UPDATE sync_control SET capture = 0;",
                 nullptr,
                 nullptr,
                 nullptr);
    QList<TableFigure> figures;
    sqlite3_exec(lite, "BEGIN", nullptr, nullptr, nullptr);
    for (const SharedTable &t : tables) {
        QElapsedTimer tableTimer;
        tableTimer.start();
        TableFigure figure;
        figure.name = t.name;
        const int n = int(t.columns.size());
        // The values as the local file keeps them, as the pull asks for them.
        QStringList select;
        QList<bool> blob;
        for (int i = 0; i < n; ++i) {
            const QString column = QLatin1Char('"') + t.columns.at(i) + QLatin1Char('"');
            const QString &type = t.types.at(i);
            blob << (type == QLatin1String("bytea"));
            if (type == QLatin1String("timestamp with time zone"))
                select << QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', "
                                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                              .arg(column);
            else if (type == QLatin1String("date"))
                select << QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(column);
            else if (type == QLatin1String("boolean"))
                select << column + QStringLiteral("::int");
            else
                select << column;
        }
        const QString columns
            = QLatin1Char('"') + t.columns.join(QLatin1String("\", \"")) + QLatin1Char('"');
        if (!civitasSchema)
            sqlite3_exec(lite,
                         QStringLiteral("CREATE TABLE \"%1\" (%2)")
                             .arg(t.name, columns)
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
                           QStringLiteral("INSERT OR REPLACE INTO \"%1\" (%2) VALUES (%3)")
                               .arg(t.name, columns, marks.join(QLatin1Char(',')))
                               .toUtf8()
                               .constData(),
                           -1,
                           &insert,
                           nullptr);
        PQclear(PQexec(pg,
                       QStringLiteral("COPY (SELECT %1 FROM civitas.\"%2\") TO STDOUT")
                           .arg(select.join(QLatin1String(", ")), t.name)
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
                } else if (blob.at(i) && field.startsWith("\\\\x")) {
                    const QByteArray bytes = QByteArray::fromHex(field.mid(3));
                    sqlite3_bind_blob(
                        insert, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                } else {
                    sqlite3_bind_text(
                        insert, i + 1, field.constData(), int(field.size()), SQLITE_TRANSIENT);
                }
            }
            if (sqlite3_step(insert) != SQLITE_DONE)
                std::fprintf(stderr, "baseline %s: %s\n", qPrintable(t.name), sqlite3_errmsg(lite));
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
    int agents = quick ? 100 : 900;
    const qsizetype agentsOption = app.arguments().indexOf(QStringLiteral("--agents"));
    if (agentsOption > 0 && agentsOption + 1 < app.arguments().size())
        agents = app.arguments().at(agentsOption + 1).toInt();
    QTemporaryDir dir;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("civitas-syncbench (%s): %d agents\n", quick ? "quick" : "full", agents);

    // A demo town, the whole of it (leave included), loaded as `civitas-admin load` does.
    Workspace demo;
    demo.loadModules();
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!demo.createDemoDatabase(
            dir.filePath(QStringLiteral("demo.sqlite")), agents, 1, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double demoSeconds = double(timer.nsecsElapsed()) / 1e9;
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
    if (!schema.provision(demo.modules().centralMigrations(&error), &error)) {
        std::fprintf(stderr, "cannot prepare the server: %s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    {
        TownLoader loader(demo.database(), admin);
        const Result<LoadReport> loaded = loader.load(demo.modules().migrations(&error));
        if (!loaded.ok()) {
            std::fprintf(stderr, "cannot load the town: %s\n", qPrintable(loaded.error()));
            return 1;
        }
        std::printf("  demo town made in %.1f s, loaded in %.1f s: %lld rows\n",
                    demoSeconds,
                    double(timer.nsecsElapsed()) / 1e9,
                    loaded->rows);
    }
    for (const Persona &p : Personas) {
        QSqlQuery login(admin);
        login.prepare(QStringLiteral("SELECT civitas.create_login(?, ?, string_to_array(?, ','))"));
        login.addBindValue(QString::fromLatin1(p.login));
        login.addBindValue(BenchPassword);
        login.addBindValue(QString::fromLatin1(p.roles));
        if (!login.exec()) {
            std::fprintf(stderr, "%s: %s\n", p.login, qPrintable(login.lastError().text()));
            return 1;
        }
    }
    run(admin, QStringLiteral("ANALYZE"));
    std::printf("  server ready\n");

    // First sync of a new profile, per login: an HR login receives every row of the town
    // (row-level security: civitas.has_role('hr')), a head their team's, an agent their own.
    Workspace migrations;
    migrations.loadModules();
    const QList<Migration> deskMigrations = migrations.modules().migrations(&error);
    struct Desk
    {
        const Persona *persona = nullptr;
        std::unique_ptr<Database> db;
        QSqlDatabase server;
        std::unique_ptr<Synchroniser> synchroniser;
        QList<TableFigure> pulled; // per table, in the synchroniser's order
        TableFigure total;
        double overhead = 0; // before the first page: counting rows for the progress bar
    };
    std::vector<Desk> desks;
    QList<SharedTable> tables;
    for (const Persona &p : Personas) {
        Desk desk;
        desk.persona = &p;
        desk.db = std::make_unique<Database>();
        desk.db->open(dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(p.login))),
                      &error);
        desk.db->migrate(deskMigrations, &error);
        desk.server = connectTo(QStringLiteral("civitas_bench"),
                                QString::fromLatin1(p.login),
                                BenchPassword,
                                QStringLiteral("client-") + QLatin1String(p.login));
        if (tables.isEmpty())
            tables = sharedTables(desk.server, desk.db->connection());
        // What the login will pull, per table, in the synchroniser's order (ChangeCapture's):
        // the pages' progress then tells when each table was done.
        for (const SharedTable &t : std::as_const(tables)) {
            QSqlQuery count(desk.server);
            if (count.exec(QStringLiteral("SELECT count(*) FROM civitas.\"%1\"").arg(t.name))
                && count.next())
                desk.pulled.append({t.name, count.value(0).toLongLong(), 0, 0});
        }
        desk.synchroniser = std::make_unique<Synchroniser>(*desk.db, desk.server);
        QList<QPair<double, qint64>> pages; // seconds since the start, rows done
        desk.synchroniser->progress = [&](qint64 done, qint64) {
            pages.append({double(timer.nsecsElapsed()) / 1e9, done});
        };
        SyncReport first;
        timer.restart();
        desk.synchroniser->sync(&first);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        desk.synchroniser->progress = nullptr;
        // A table ends at the first page whose running total reaches its rows; the time before
        // the first page (counting rows for the progress bar) is nobody's table.
        qsizetype page = 0;
        qint64 cumulative = 0;
        double previous = pages.isEmpty() ? 0 : pages.constFirst().first;
        desk.overhead = previous;
        for (TableFigure &t : desk.pulled) {
            cumulative += t.rows;
            while (page < pages.size() && pages.at(page).second < cumulative)
                ++page;
            if (page < pages.size()) {
                t.seconds = pages.at(page).first - previous;
                previous = pages.at(page).first;
            }
            t.bytes = payloadBytes(desk.db->connection(), t.name);
        }
        desk.total
            = {QStringLiteral("first sync"), first.pulled, sumOf(desk.pulled).bytes, seconds};
        if (!first.error.isEmpty())
            std::printf("  first sync of %s: ERROR %s\n", p.login, qPrintable(first.error));
        if (first.pulled != sumOf(desk.pulled).rows)
            std::printf(
                "    (the server counted %lld rows for %s)\n", sumOf(desk.pulled).rows, p.login);
        desks.push_back(std::move(desk));
    }
    // Baselines, per login: the same rows COPY'd into a fresh Civitas local file (same tables,
    // indexes, triggers and search index); for HR also into bare tables with no index at all.
    for (Desk &desk : desks) {
        const QString login = QString::fromLatin1(desk.persona->login);
        const QString baselinePath = dir.filePath(login + QStringLiteral("-baseline.sqlite"));
        {
            Database fresh;
            fresh.open(baselinePath, &error);
            fresh.migrate(deskMigrations, &error);
        }
        QHash<QString, qint64> bytesOf; // same rows, same values: the sync's measure serves
        for (const TableFigure &t : std::as_const(desk.pulled))
            bytesOf.insert(t.name, t.bytes);
        auto withBytes = [&](QList<TableFigure> figures) {
            for (TableFigure &t : figures)
                t.bytes = bytesOf.value(t.name);
            return figures;
        };
        double copySeconds = 0;
        const QList<TableFigure> copied
            = withBytes(copyBaseline(login, tables, baselinePath, true, &copySeconds));
        TableFigure copiedTotal = sumOf(copied);
        copiedTotal.seconds = copySeconds;
        const QString label
            = QStringLiteral("first sync (%1)").arg(QLatin1String(desk.persona->label));
        std::printf("  %-24s%s\n", qPrintable(label), qPrintable(rates(desk.total)));
        std::printf("    baseline COPY into the same local schema %s   ratio %.2f (target ≥ 0.5)\n",
                    qPrintable(rates(copiedTotal)),
                    rowRate(desk.total) / qMax(rowRate(copiedTotal), 1e-9));
        if (&desk != &desks.front())
            continue;
        // HR: where the time goes, per group of tables (and per table with --per-table).
        for (const QString &group : Groups) {
            const TableFigure s = sumOf(desk.pulled, group);
            const TableFigure b = sumOf(copied, group);
            if (s.rows > 0)
                std::printf("    %-22s%s   baseline %8.0f rows/s  ratio %.2f\n",
                            qPrintable(group),
                            qPrintable(rates(s)),
                            rowRate(b),
                            rowRate(b) > 0 ? rowRate(s) / rowRate(b) : 0.0);
            if (!perTable || s.rows == 0)
                continue;
            for (const TableFigure &t : std::as_const(desk.pulled)) {
                if (groupOf(t.name) != group || t.rows == 0)
                    continue;
                const auto c = std::find_if(copied.cbegin(),
                                            copied.cend(),
                                            [&](const TableFigure &f) { return f.name == t.name; });
                const double baselineRate = c == copied.cend() ? 0 : rowRate(*c);
                std::printf("      %-20s%s   baseline %8.0f rows/s  ratio %.2f\n",
                            qPrintable(t.name),
                            qPrintable(rates(t)),
                            baselineRate,
                            baselineRate > 0 ? rowRate(t) / baselineRate : 0.0);
            }
        }
        std::printf(
            "    before the first page (the server counts rows for the progress bar) %.2f s\n",
            desk.overhead);
        double bareSeconds = 0;
        TableFigure bareTotal = sumOf(withBytes(copyBaseline(
            login, tables, dir.filePath(QStringLiteral("bare.sqlite")), false, &bareSeconds)));
        bareTotal.seconds = bareSeconds;
        std::printf("    COPY into bare tables, no index         %s   ratio %.2f\n",
                    qPrintable(rates(bareTotal)),
                    rowRate(desk.total) / qMax(rowRate(bareTotal), 1e-9));
    }
    Database &client = *desks.front().db;
    QSqlDatabase server = desks.front().server;
    Synchroniser &synchroniser = *desks.front().synchroniser;
    const QList<TableFigure> &pulled = desks.front().pulled;
    const double syncSeconds = desks.front().total.seconds;

    // What an HR desk keeps per agent, from the file the first sync made.
    QSqlDatabase local = client.connection();
    const TableFigure documents = sumOf(pulled, QStringLiteral("HR documents"));
    qint64 content = 0;
    {
        QSqlQuery q(local);
        // The pieces' bytes stay on the server (file store) until opened: their sizes.
        if (q.exec(QStringLiteral("SELECT coalesce(sum(byte_size), 0) FROM agent_documents"))
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
        "  documents: bytes per agent on an HR desk  %.1f documents of %s (fetched when opened), "
        "their rows in the file %s; "
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
    // Scans go to the file store as an upload would leave them, each with its piece.
    run(admin,
        QStringLiteral("CREATE TEMPORARY TABLE bench_scans AS "
                       "SELECT 'bench-scan-' || a.n AS id, a.id AS agent_id, s.content "
                       "FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM civitas.agents "
                       "LIMIT %1) a, "
                       "LATERAL (SELECT '\\xffd8ffe0'::bytea || decode(string_agg(md5(a.n || "
                       "'-' || g), '' ORDER BY g), 'hex') AS content "
                       "FROM generate_series(1, %2 / 16) g) s")
            .arg(scans)
            .arg(scanBytes));
    run(admin,
        QStringLiteral("INSERT INTO civitas.stored_files (sha256, byte_size, mime_type) "
                       "SELECT encode(sha256(content), 'hex'), length(content), 'image/jpeg' "
                       "FROM bench_scans ON CONFLICT DO NOTHING"));
    run(admin,
        QStringLiteral("INSERT INTO civitas.file_chunks (sha256, chunk_index, data) "
                       "SELECT encode(sha256(content), 'hex'), 0, content FROM bench_scans "
                       "ON CONFLICT DO NOTHING"));
    run(admin,
        QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, "
                       "category, title, document_date, file_name, mime_type, byte_size, "
                       "content_sha256) SELECT id, agent_id, 1, 'other', 'Scan', current_date, "
                       "'scan.jpg', 'image/jpeg', length(content), encode(sha256(content), "
                       "'hex') FROM bench_scans"));
    const qint64 fileBefore = fileBytes(local);
    SyncReport scanned;
    timer.restart();
    synchroniser.sync(&scanned);
    const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double scanFileBytes = double(fileBytes(local) - fileBefore) / qMax(1, scanned.pulled);
    const TableFigure scanFigure{
        QStringLiteral("scans"), scanned.pulled, qint64(scanned.pulled) * scanBytes, scanSeconds};
    std::printf("  %d pieces of 300 KB scans synced (their rows; bytes fetched when opened) %s, "
                "%s of desk file per piece%s\n",
                scans,
                qPrintable(rates(scanFigure)),
                qPrintable(size(scanFileBytes)),
                scanned.error.isEmpty() ? ""
                                        : qPrintable(QStringLiteral("  ERROR ") + scanned.error));
    // Opening a piece on demand: its bytes fetched from the server (loopback), beside one
    // round trip.
    {
        QList<double> opens;
        QSqlQuery hashes(local);
        hashes.exec(QStringLiteral("SELECT content_sha256 FROM agent_documents WHERE id LIKE "
                                   "'bench-scan-%' ORDER BY id LIMIT 50"));
        QStringList list;
        while (hashes.next())
            list << hashes.value(0).toString();
        hashes.finish();
        for (const QString &sha256 : std::as_const(list)) {
            timer.restart();
            const Result<void> got = FileDownloader(client, server).fetch(sha256);
            opens << double(timer.nsecsElapsed()) / 1e6;
            if (!got.ok())
                std::printf("  ERROR opening a piece: %s\n", qPrintable(got.error()));
        }
        std::sort(opens.begin(), opens.end());
        if (!opens.isEmpty())
            std::printf("  opening a 300 KB piece on demand (%lld opens): median %.1f ms, 95th "
                        "percentile %.1f ms\n",
                        qint64(opens.size()),
                        opens.at(opens.size() / 2),
                        opens.at(qMin<qsizetype>(opens.size() - 1, opens.size() * 95 / 100)));
    }

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

    // A sync with nothing to do, per login, as civitas-admin and the application run it (push,
    // pull, and the question whether what the login may see changed), beside one round trip,
    // and beside the same sync comparing every id, as every sync did before central core 0011.
    // The first comparison after a first sync is made here, before the timing.
    QList<double> ping;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        QSqlQuery(server).exec(QStringLiteral("SELECT 1"));
        ping << double(timer.nsecsElapsed()) / 1e6;
    }
    for (Desk &desk : desks) {
        SyncReport compared;
        desk.synchroniser->reconcile(&compared);
        QList<double> idle;
        for (int i = 0; i < (quick ? 10 : 50); ++i) {
            SyncReport nothing;
            timer.restart();
            const bool ok
                = desk.synchroniser->sync(&nothing) && desk.synchroniser->reconcile(&nothing);
            idle << double(timer.nsecsElapsed()) / 1e6;
            if (!ok)
                std::printf("    ERROR %s\n", qPrintable(nothing.error));
        }
        QList<double> comparing;
        for (int i = 0; i < (quick ? 3 : 10); ++i) {
            SyncReport nothing;
            (void)VisibilityWatch(*desk.db, desk.server).forget();
            timer.restart();
            desk.synchroniser->sync(&nothing);
            desk.synchroniser->reconcile(&nothing);
            comparing << double(timer.nsecsElapsed()) / 1e6;
        }
        std::printf("  idle sync (%-5s)      %8.2f ms (median)   baseline one SELECT 1 round trip "
                    "%6.2f ms, comparing every id %8.2f ms   (target < 20 ms)\n",
                    desk.persona->label,
                    median(idle),
                    median(ping),
                    median(comparing));
    }
    // The same through civitas-admin, one process per sync as a support script runs it, beside
    // the process alone (`civitas-admin --version`).
    auto runAdmin = [&](const QStringList &arguments, const char *login) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGUSER"), QString::fromLatin1(login));
        env.insert(QStringLiteral("PGPASSWORD"), BenchPassword);
        process.setProcessEnvironment(env);
        timer.restart();
        process.start(QStringLiteral(CIVITAS_ADMIN), arguments);
        process.waitForFinished(120000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (process.exitCode() != 0)
            std::printf("    civitas-admin: %s\n", process.readAllStandardError().constData());
        return ms;
    };
    QList<double> started;
    for (int i = 0; i < 5; ++i)
        started << runAdmin({QStringLiteral("--version")}, "nbenali");
    for (Desk &desk : desks) {
        const ServerConnection c = ServerConnection::fromEnvironment();
        const QString uri = QStringLiteral("postgresql://%1@%2:%3/civitas_bench?sslmode=disable")
                                .arg(QLatin1String(desk.persona->login), c.host)
                                .arg(c.port);
        QList<double> cli;
        for (int i = 0; i < 5; ++i)
            cli << runAdmin({QStringLiteral("sync"),
                             QStringLiteral("--db"),
                             desk.db->path(),
                             QStringLiteral("--server"),
                             uri},
                            desk.persona->login);
        std::printf("  civitas-admin sync, idle (%-5s) %7.1f ms (median)   baseline "
                    "civitas-admin --version %6.1f ms   (target < 100 ms)\n",
                    desk.persona->label,
                    median(cli),
                    median(started));
    }

    // NOTIFY: a change on the server, seen in another desk's file.
    SyncEngine engine(
        client,
        [] {
            ServerConnection c = ServerConnection::fromEnvironment();
            c.database = QStringLiteral("civitas_bench");
            c.user = QStringLiteral("nbenali");
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
