// civitas-syncbench: the sync engine's figures against a real PostgreSQL (PGHOST... as for
// the tests), each beside a baseline measured in the same run:
// - first sync of a server holding N agents' accounts (and what comes with them), in rows
//   per second, beside COPY ... TO STDOUT of the same rows bulk-inserted into SQLite in one
//   transaction;
// - latency of a sync with nothing to do;
// - delay for a change on the server to reach another desk's open file through NOTIFY.

#include <core/centralschema.h>
#include <core/database.h>
#include <core/moduleinterface.h>
#include <core/serverconnection.h>
#include <core/syncengine.h>
#include <core/synchroniser.h>
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

QSqlDatabase connectTo(const QString &database, const QString &user, const QString &password,
                       const QString &name)
{
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = database;
    c.user = user;
    c.sslMode = QStringLiteral("disable");
    QSqlDatabase db = c.makeConnection(name, password);
    if (!db.open())
        std::fprintf(stderr, "cannot connect to %s: %s\n", qPrintable(database), qPrintable(db.lastError().text()));
    return db;
}

bool run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Copies the demo town's core tables from a local file into the server, in big batches.
bool seedServer(QSqlDatabase server, Database &demo)
{
    const QList<QPair<QString, QStringList>> tables = {
        {QStringLiteral("org_units"), {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("kind"), QStringLiteral("code"),
                                       QStringLiteral("name"), QStringLiteral("head_agent_id"), QStringLiteral("deputy_agent_id"),
                                       QStringLiteral("minimum_staffing")}},
        {QStringLiteral("user_accounts"), {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("email"),
                                           QStringLiteral("agent_id"), QStringLiteral("org_unit_id"), QStringLiteral("active")}},
        {QStringLiteral("role_memberships"), {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("role")}},
    };
    for (const auto &table : tables) {
        QSqlQuery rows(demo.connection());
        // Parents first: the server checks the organisation chart's references.
        const QString order = table.first == QLatin1String("org_units") ? QStringLiteral("parent_id IS NOT NULL, rowid")
                                                                        : QStringLiteral("rowid");
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(table.second.join(QLatin1String(", ")), table.first, order))) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.lastError().text()));
            return false;
        }
        QStringList batch;
        auto flush = [&] {
            if (batch.isEmpty())
                return true;
            const bool ok = run(server, QStringLiteral("INSERT INTO civitas.%1 (%2) VALUES %3")
                                            .arg(table.first, table.second.join(QLatin1String(", ")),
                                                 batch.join(QLatin1String(", "))));
            batch.clear();
            return ok;
        };
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < table.second.size(); ++i) {
                const QVariant v = rows.value(i);
                values << (v.isNull() ? QStringLiteral("NULL")
                                      : QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\''));
            }
            batch << QLatin1Char('(') + values.join(QLatin1String(", ")) + QLatin1Char(')');
            if (batch.size() == 2000 && !flush())
                return false;
        }
        if (!flush())
            return false;
    }
    return true;
}

// The baseline: COPY every row of the same tables out of the server and insert them into a
// fresh SQLite file in one transaction, with the C APIs of both, no Civitas code.
qint64 copyBaseline(const QString &sqlitePath, bool civitasSchema, double *seconds)
{
    const ServerConnection c = ServerConnection::fromEnvironment();
    const QByteArray conninfo = QStringLiteral("host=%1 port=%2 dbname=civitas_bench user=%3 password=%4 sslmode=disable")
                                    .arg(c.host).arg(c.port).arg(BenchLogin, BenchPassword).toUtf8();
    QElapsedTimer timer;
    timer.start();
    PGconn *pg = PQconnectdb(conninfo.constData());
    sqlite3 *lite = nullptr;
    sqlite3_open(sqlitePath.toUtf8().constData(), &lite);
    sqlite3_exec(lite, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"
                       "UPDATE sync_control SET capture = 0;", nullptr, nullptr, nullptr);
    const char *tables[][2] = {
        {"org_units", "id, parent_id, kind, code, name, head_agent_id, deputy_agent_id, minimum_staffing, row_version, deleted, updated_at, updated_by"},
        {"user_accounts", "id, login, display_name, email, agent_id, org_unit_id, active, row_version, deleted, updated_at, updated_by"},
        {"role_memberships", "id, user_id, role, row_version, deleted, updated_at, updated_by"},
    };
    qint64 rows = 0;
    sqlite3_exec(lite, "BEGIN", nullptr, nullptr, nullptr);
    for (const auto &t : tables) {
        const QString columns = QString::fromLatin1(t[1]);
        const int n = int(columns.count(QLatin1Char(',')) + 1);
        if (!civitasSchema)
            sqlite3_exec(lite, QStringLiteral("CREATE TABLE %1 (%2)").arg(QString::fromLatin1(t[0]), columns).toUtf8().constData(),
                         nullptr, nullptr, nullptr);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(lite, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(QString::fromLatin1(t[0]), columns, marks.join(QLatin1Char(','))).toUtf8().constData(),
                           -1, &insert, nullptr);
        PQclear(PQexec(pg, QStringLiteral("COPY (SELECT %1 FROM civitas.%2) TO STDOUT").arg(columns, QString::fromLatin1(t[0])).toUtf8().constData()));
        char *line = nullptr;
        int length = 0;
        while ((length = PQgetCopyData(pg, &line, 0)) > 0) {
            // COPY's text format: tab-separated, \N for NULL, newline at the end.
            const QByteArray record(line, length - 1);
            PQfreemem(line);
            const QList<QByteArray> fields = record.split('\t');
            for (int i = 0; i < n && i < fields.size(); ++i) {
                if (fields.at(i) == "\\N")
                    sqlite3_bind_null(insert, i + 1);
                else
                    sqlite3_bind_text(insert, i + 1, fields.at(i).constData(), int(fields.at(i).size()), SQLITE_TRANSIENT);
            }
            sqlite3_step(insert);
            sqlite3_reset(insert);
            ++rows;
        }
        PQclear(PQgetResult(pg));
        sqlite3_finalize(insert);
    }
    sqlite3_exec(lite, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(lite);
    PQfinish(pg);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return rows;
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
        std::fprintf(stderr, "civitas-syncbench needs a PostgreSQL server: set PGHOST, PGPORT, PGUSER "
                             "and PGPASSWORD (./test.sh does for its run).\n");
        return 2;
    }
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    int agents = quick ? 2000 : 60000;
    const qsizetype agentsOption = app.arguments().indexOf(QStringLiteral("--agents"));
    if (agentsOption > 0 && agentsOption + 1 < app.arguments().size())
        agents = app.arguments().at(agentsOption + 1).toInt();
    QTemporaryDir dir;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("civitas-syncbench (%s): %d agents\n", quick ? "quick" : "full", agents);

    // A demo town, copied to a fresh central database.
    Workspace demo;
    QString error;
    if (!demo.createDemoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), agents, 1, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        QSqlDatabase root = connectTo(QStringLiteral("postgres"), qEnvironmentVariable("PGUSER"),
                                      qEnvironmentVariable("PGPASSWORD"), QStringLiteral("root"));
        run(root, QStringLiteral("DROP DATABASE IF EXISTS civitas_bench WITH (FORCE)"));
        run(root, QStringLiteral("CREATE DATABASE civitas_bench"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    QSqlDatabase admin = connectTo(QStringLiteral("civitas_bench"), qEnvironmentVariable("PGUSER"),
                                   qEnvironmentVariable("PGPASSWORD"), QStringLiteral("admin"));
    CentralSchema schema(admin);
    if (!schema.provision(demo.modules().centralMigrations(&error), &error) || !seedServer(admin, demo.database())) {
        std::fprintf(stderr, "cannot prepare the server: %s\n", qPrintable(error));
        return 1;
    }
    run(admin, QStringLiteral("SELECT civitas.create_login('%1', '%2', ARRAY['hr'])").arg(BenchLogin, BenchPassword));
    run(admin, QStringLiteral("INSERT INTO civitas.user_accounts (id, login, display_name) VALUES ('bench-hr', '%1', 'Bench HR')").arg(BenchLogin));
    run(admin, QStringLiteral("ANALYZE"));
    std::printf("  server ready\n");

    // First sync of a new profile.
    Database client;
    QString clientPath = dir.filePath(QStringLiteral("client.sqlite"));
    Workspace migrations;
    migrations.loadModules();
    client.open(clientPath, &error);
    client.migrate(migrations.modules().migrations(&error), &error);
    QSqlDatabase server = connectTo(QStringLiteral("civitas_bench"), BenchLogin, BenchPassword, QStringLiteral("client"));
    Synchroniser synchroniser(client, server);
    SyncReport first;
    QElapsedTimer timer;
    timer.start();
    synchroniser.sync(&first);
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    // Baseline 1: into a fresh Civitas local file (same tables, indexes and search index).
    // Baseline 2: into bare tables with no index at all, for scale.
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.sqlite"));
    {
        Database fresh;
        fresh.open(baselinePath, &error);
        fresh.migrate(migrations.modules().migrations(&error), &error);
    }
    double copySeconds = 0;
    const qint64 copied = copyBaseline(baselinePath, true, &copySeconds);
    double bareSeconds = 0;
    const qint64 bare = copyBaseline(dir.filePath(QStringLiteral("bare.sqlite")), false, &bareSeconds);
    std::printf("  first sync                 %8d rows in %6.2f s = %8.0f rows/s%s\n", first.pulled, syncSeconds,
                first.pulled / syncSeconds, first.error.isEmpty() ? "" : qPrintable(QStringLiteral("  ERROR ") + first.error));
    std::printf("    baseline COPY into the same local schema %8lld rows in %6.2f s = %8.0f rows/s   ratio %.2f (target ≥ 0.5)\n",
                copied, copySeconds, copied / copySeconds, (first.pulled / syncSeconds) / (copied / copySeconds));
    std::printf("    COPY into bare tables, no index         %8lld rows in %6.2f s = %8.0f rows/s   ratio %.2f\n",
                bare, bareSeconds, bare / bareSeconds, (first.pulled / syncSeconds) / (bare / bareSeconds));

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
    std::printf("  sync with nothing to do    %8.2f ms (median)   baseline one SELECT 1 round trip %6.2f ms   (target < 20 ms)\n",
                median(idle), median(ping));

    // NOTIFY: a change on the server, seen in another desk's file.
    SyncEngine engine(client, [] {
        ServerConnection c = ServerConnection::fromEnvironment();
        c.database = QStringLiteral("civitas_bench");
        c.user = BenchLogin;
        c.sslMode = QStringLiteral("disable");
        return c;
    }(), BenchPassword);
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
        run(admin, QStringLiteral("UPDATE civitas.org_units SET name = '%1' WHERE code = 'DST-EV'").arg(value));
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
    std::printf("  change to another desk     %8.2f ms (median of %lld)   baseline one SELECT 1 round trip %6.2f ms   (target < 1000 ms)\n",
                median(delays), qint64(delays.size()), median(ping));
    return 0;
}
