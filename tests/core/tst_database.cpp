#include "testdatabase.h"

#include <core/storage/migrationrunner.h>
#include <core/storage/sql.h>

#include <QElapsedTimer>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Civitas;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void fileIsPrivateAndInWalMode();
    void aStricterModeIsKept();
    void migrationsAreRecordedAndNotReapplied();
    void failingMigrationLeavesFileUnchanged();
    void splitStatementsKeepsTriggersWhole();
    void eachThreadHasItsOwnConnection();
    void aWriterGetsInBetweenAnotherWritersPages();
    void notADatabaseIsRefused();
};

static QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void tst_Database::fileIsPrivateAndInWalMode()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    const QFile::Permissions permissions = QFile::permissions(db.path());
    QCOMPARE(permissions
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // Foreign keys are enforced.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO org_units (id, parent_id, kind, code, name) "
                                   "VALUES ('x', 'nope', 'service', 'X', 'X')")));
}

void tst_Database::aStricterModeIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.sqlite"));
    {
        Database db;
        QVERIFY(openTestDatabase(db, dir));
    }
    const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                    | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    // chmod 400: the user's choice, stricter than 0600, survives opening the file.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    {
        // Whether it opens depends on who runs the test (root writes anyway): the mode is the
        // point.
        Database db;
        QString error;
        db.open(path, &error);
    }
    QCOMPARE(QFile::permissions(path) & mode, QFile::Permissions(QFile::ReadOwner));
    // chmod 644: looser than 0600, made private again.
    QVERIFY(QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
    }
    QCOMPARE(QFile::permissions(path) & mode,
             QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner));
}

void tst_Database::migrationsAreRecordedAndNotReapplied()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    const int recorded
        = scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt();
    QCOMPARE(recorded, int(coreMigrations().size()));
    QString error;
    MigrationRunner runner(db.connection());
    QVERIFY(runner.run(coreMigrations(), &error));
    QCOMPARE(runner.appliedCount(), 0);
}

void tst_Database::failingMigrationLeavesFileUnchanged()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    const QString schemaBefore = scalar(db,
                                        QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT "
                                                       "sql FROM sqlite_master ORDER BY name)"))
                                     .toString();
    Migration good{QStringLiteral("extra"),
                   1,
                   QStringLiteral("0001_good.sql"),
                   QStringLiteral("CREATE TABLE extra_a (id TEXT PRIMARY KEY);\n"
                                  "INSERT INTO extra_a VALUES ('a');")};
    Migration bad{QStringLiteral("extra"),
                  2,
                  QStringLiteral("0002_bad.sql"),
                  QStringLiteral("-- a comment\nCREATE TABLE extra_b (id TEXT);\n\n"
                                 "INSERT INTO no_such_table VALUES (1);\n")};
    MigrationRunner runner(db.connection());
    QString error;
    QVERIFY(!runner.run(coreMigrations() + QList<Migration>{good, bad}, &error));
    QVERIFY2(error.contains(QLatin1String("extra/0002_bad.sql")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("line 4")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("INSERT INTO no_such_table")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no such table")), qPrintable(error));
    const QString schemaAfter = scalar(db,
                                       QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT "
                                                      "sql FROM sqlite_master ORDER BY name)"))
                                    .toString();
    QCOMPARE(schemaAfter, schemaBefore);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE module = 'extra'"))
            .toInt(),
        0);
}

void tst_Database::splitStatementsKeepsTriggersWhole()
{
    const QString script
        = QStringLiteral("CREATE TABLE t (a TEXT); -- trailing comment; with a semicolon\n"
                         "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                         "  INSERT INTO t VALUES ('x;y');\n"
                         "  SELECT 1;\n"
                         "END;\n"
                         "/* block; comment */ INSERT INTO t VALUES ('it''s; fine');\n"
                         "-- only a comment at the end\n");
    const QList<MigrationRunner::Statement> statements = MigrationRunner::splitStatements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).sql.startsWith(QLatin1String("-- trailing comment"))
            || statements.at(1).sql.contains(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(1).sql.trimmed().endsWith(QLatin1String("END;")));
    QVERIFY(statements.at(2).sql.contains(QLatin1String("'it''s; fine'")));
    QCOMPARE(statements.at(0).line, 1);
}

void tst_Database::eachThreadHasItsOwnConnection()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    const QString mainName = db.connection().connectionName();
    QString threadName;
    int count = -1;
    QThread *thread = QThread::create([&] {
        threadName = db.connection().connectionName();
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next())
            count = q.value(0).toInt();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != mainName);
    QVERIFY(count > 0);
}

void tst_Database::aWriterGetsInBetweenAnotherWritersPages()
{
    // As a pull writes: one transaction after another, the file free only for the moment the
    // next page takes to come from the server. A writer that reads before it writes (an
    // import, a page's save) asks for the lock first, and gets in at a gap, however short,
    // instead of failing with "database is locked".
    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("CREATE TABLE pages (n INTEGER)")));
    std::atomic<bool> stop = false;
    std::atomic<int> pages = 0;
    QThread *puller = QThread::create([&] {
        {
            QSqlDatabase c = db.connection();
            QSqlQuery q(c);
            while (!stop) {
                if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    q.exec(QStringLiteral("INSERT INTO pages VALUES (1)"));
                    QThread::msleep(60);
                    q.exec(QStringLiteral("COMMIT"));
                    ++pages;
                }
                QThread::usleep(1500);
            }
        }
        db.closeThreadConnection();
    });
    puller->start();
    QTRY_VERIFY(pages >= 2);
    QSqlDatabase c = db.connection();
    QElapsedTimer waited;
    waited.start();
    for (int i = 0; i < 5; ++i) {
        const Result<void> begun = Sql::beginWrite(c);
        QVERIFY2(begun.ok(), qPrintable(begun.error()));
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pages")) && q.next());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO pages VALUES (2)")),
                 qPrintable(q.lastError().text()));
        q.finish();
        QVERIFY(c.commit());
    }
    stop = true;
    QVERIFY(puller->wait(10000));
    delete puller;
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pages WHERE n = 2")).toInt(), 5);
    // Each got in at the next gap or so, not at the end of the busy timeout.
    QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
}

void tst_Database::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("not a Civitas database")), qPrintable(error));
    QVERIFY(!db.isOpen());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
