// civitas-loadbench: `civitas-admin load` of a demo town (60,000 agents and five years of leave
// by default) into a freshly provisioned PostgreSQL (PGHOST... as for the tests), beside the
// baseline measured in the same run: a plain COPY of the same rows, through the same code,
// into bare copies of the tables (the same columns; no trigger, key, index or audit).
//
//   civitas-loadbench [--agents N] [--db DEMO.sqlite] [--quick]
//
// --db reuses a demo file (copied first: a load marks the file it loaded).

#include <core/storage/database.h>
#include <core/sync/centralschema.h>
#include <core/sync/changecapture.h>
#include <core/sync/serverconnection.h>
#include <core/sync/townloader.h>
#include <core/workspace.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Civitas;

namespace {

const QString BenchDatabase = QStringLiteral("civitas_loadbench");

QSqlDatabase connectTo(const QString &database, const QString &name)
{
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = database;
    c.sslMode = QStringLiteral("disable");
    QSqlDatabase db = c.makeConnection(name, qEnvironmentVariable("PGPASSWORD"));
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
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("PGHOST")) {
        std::fprintf(stderr,
                     "civitas-loadbench needs a PostgreSQL server: set PGHOST, PGPORT, PGUSER "
                     "and PGPASSWORD (./test.sh does for its run).\n");
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int agents = quick ? 300 : 60000;
    const qsizetype agentsArg = args.indexOf(QStringLiteral("--agents"));
    if (agentsArg > 0 && agentsArg + 1 < args.size())
        agents = args.at(agentsArg + 1).toInt();
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("town.sqlite"));

    Workspace workspace;
    workspace.loadModules();
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (dbArg > 0 && dbArg + 1 < args.size() && QFileInfo::exists(args.at(dbArg + 1))) {
        if (!QFile::copy(args.at(dbArg + 1), path) || !workspace.openDatabase(path, &error)) {
            std::fprintf(stderr,
                         "cannot open a copy of %s: %s\n",
                         qPrintable(args.at(dbArg + 1)),
                         qPrintable(error));
            return 1;
        }
    } else if (!workspace.createDemoDatabase(path, agents, 1, {}, &error)) {
        std::fprintf(stderr, "cannot make the demo town: %s\n", qPrintable(error));
        return 1;
    }
    {
        QSqlQuery q(workspace.database().connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM agents), (SELECT count(*) FROM "
                              "leave_requests), (SELECT count(*) FROM leave_ledger_entries)"));
        q.next();
        std::printf("civitas-loadbench: a town of %d agents, %d leave requests, %d ledger lines "
                    "(%.0f MB), ready in %.1f s\n",
                    q.value(0).toInt(),
                    q.value(1).toInt(),
                    q.value(2).toInt(),
                    double(QFileInfo(path).size()) / 1e6,
                    seconds(timer));
    }

    {
        QSqlDatabase root = connectTo(QStringLiteral("postgres"), QStringLiteral("root"));
        run(root, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(BenchDatabase));
        if (!run(root, QStringLiteral("CREATE DATABASE %1").arg(BenchDatabase)))
            return 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    int code = 0;
    {
        QSqlDatabase server = connectTo(BenchDatabase, QStringLiteral("server"));
        CentralSchema schema(server);
        if (!schema.provision(workspace.modules().centralMigrations(&error), &error)) {
            std::fprintf(stderr, "cannot provision: %s\n", qPrintable(error));
            return 1;
        }
        // The baseline's tables: the same columns and defaults, nothing else.
        run(server, QStringLiteral("CREATE SCHEMA bare"));
        for (const QString &table :
             ChangeCapture(workspace.database().connection()).synchronisedTables())
            run(server,
                QStringLiteral("CREATE TABLE bare.%1 (LIKE civitas.%1 INCLUDING DEFAULTS)")
                    .arg(table));

        TownLoader loader(workspace.database(), server);
        // Each table's end on stderr: a long run shows where it is.
        loader.progress = [&timer](const QString &table, qint64 done, qint64 total) {
            if (done == total && total > 0)
                std::fprintf(stderr,
                             "  %8.1f s  %-24s %lld rows\n",
                             seconds(timer),
                             qPrintable(table),
                             total);
        };
        timer.restart();
        const Result<LoadReport> loaded = loader.load(workspace.modules().migrations(&error));
        const double loadSeconds = seconds(timer);
        if (!loaded.ok()) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error()));
            code = 1;
        }
        timer.restart();
        const Result<LoadReport> copied = loader.copyInto(QStringLiteral("bare"));
        const double copySeconds = seconds(timer);
        if (!copied.ok()) {
            std::fprintf(stderr, "COPY failed: %s\n", qPrintable(copied.error()));
            code = 1;
        }
        if (code == 0) {
            std::printf("\n  %-28s %12s\n", "table", "rows");
            for (const LoadReport::Table &t : loaded->tables)
                std::printf("  %-28s %12lld\n", qPrintable(t.name), t.rows);
            const double rows = double(loaded->rows);
            std::printf("\n  load (triggers, audit, one transaction)  %8.1f s  %9.0f rows/s\n",
                        loadSeconds,
                        rows / loadSeconds);
            std::printf("  COPY into bare tables (baseline)         %8.1f s  %9.0f rows/s\n",
                        copySeconds,
                        double(copied->rows) / copySeconds);
            std::printf("  load / COPY                              %8.1f x\n",
                        loadSeconds / copySeconds);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    {
        QSqlDatabase root = connectTo(QStringLiteral("postgres"), QStringLiteral("root"));
        run(root, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(BenchDatabase));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    return code;
}
