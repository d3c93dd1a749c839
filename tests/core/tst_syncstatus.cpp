#include "testdatabase.h"

#include <core/sync/syncstatus.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Civitas;

// The status bar's counts, as the local file holds them.
class tst_SyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshFileHasNothingToSay();
    void countsWhatWaitsForTheUser();
    void openingAFileIsNoChange();
    void failureIsReported();

private:
    bool exec(const QString &sql);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

void tst_SyncStatus::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(openTestDatabase(*m_db, *m_dir));
    QVERIFY(exec(QStringLiteral("DELETE FROM sync_outbox")));
}

void tst_SyncStatus::cleanup()
{
    delete m_db;
    delete m_dir;
}

bool tst_SyncStatus::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void tst_SyncStatus::freshFileHasNothingToSay()
{
    const Result<SyncStatus::Summary> status = SyncStatus(*m_db).summary();
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(status->openConflicts, 0);
    QCOMPARE(status->refusedChanges, 0);
    QCOMPARE(status->pendingChanges, 0);
    QVERIFY(!status->lastSuccess.isValid());
}

void tst_SyncStatus::countsWhatWaitsForTheUser()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES "
                                "('u1', 'direction', 'DG', 'Direction générale'), "
                                "('u2', 'service', 'RH', 'Ressources humaines'), "
                                "('u3', 'service', 'EV', 'Espaces verts')")));
    QVERIFY(exec(QStringLiteral("UPDATE sync_outbox SET state = 'refused', refusal = 'no' "
                                "WHERE row_id IN ('u1', 'u2')")));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO sync_conflicts (table_name, row_id, field, mine, theirs) "
                            "VALUES ('org_units', 'u1', 'name', '\"a\"', '\"b\"'), "
                            "('org_units', 'u2', 'name', '\"a\"', '\"b\"')")));
    QVERIFY(exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = '2026-01-01T00:00:00Z', "
                                "resolution = 'mine' WHERE row_id = 'u2'")));
    QVERIFY(exec(QStringLiteral("INSERT INTO sync_state (key, value) "
                                "VALUES ('last_success', '2026-03-02T08:30:00Z')")));
    const Result<SyncStatus::Summary> status = SyncStatus(*m_db).summary();
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(status->openConflicts, 1);
    QCOMPARE(status->refusedChanges, 2);
    QCOMPARE(status->pendingChanges, 3);
    QCOMPARE(status->lastSuccess, QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC));
}

void tst_SyncStatus::openingAFileIsNoChange()
{
    // HR opened two agent files (the read log the server audits) and changed one unit: one
    // change waits, the reads go with it unsaid. The outbox rows as the capture writes them.
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO sync_outbox (table_name, row_id, operation, changed) VALUES "
        "('agent_file_reads', 'r1', 'insert', '{}'), ('agent_file_reads', 'r2', 'insert', '{}'), "
        "('org_units', 'u1', 'update', '{\"name\": \"RH\"}'), "
        "('agent_file_readsx', 'x1', 'insert', '{}')")));
    const Result<SyncStatus::Summary> status = SyncStatus(*m_db).summary();
    QVERIFY2(status.ok(), qPrintable(status.error()));
    // 4 rows - 2 reads = 2 (a table whose name only starts like a read log counts).
    QCOMPARE(status->pendingChanges, 2);
}

void tst_SyncStatus::failureIsReported()
{
    QVERIFY(exec(QStringLiteral("DROP TABLE sync_conflicts")));
    const Result<SyncStatus::Summary> status = SyncStatus(*m_db).summary();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QLatin1String("sync_conflicts")), qPrintable(status.error()));
}

QTEST_GUILESS_MAIN(tst_SyncStatus)
#include "tst_syncstatus.moc"
