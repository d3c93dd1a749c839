#include "testdatabase.h"

#include <core/sync/changecapture.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Civitas;

// Every write to a synchronised table lands in the outbox in the same transaction, whoever
// writes it: these tests write with plain SQL, as a careless module would.
class tst_ChangeCapture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void synchronisedTablesFollowTheConvention();
    void insertIsCaptured();
    void updateCapturesChangedFieldsAndPreviousValues();
    void noChangeNoEntry();
    void softDeleteIsCapturedAsDelete();
    void hardDeleteAndIdChangeAreRefused();
    void rolledBackWriteLeavesNoEntry();
    void remoteApplyIsNotCaptured();
    void blobTravelsAsHex();
    void auditTrailNamesTheUser();
    void pulledChangeJoinsTheAuditTrail();
    void auditTrailKeepsBlobSizeNotContent();
    void newColumnIsCapturedAfterMigration();

private:
    struct Entry
    {
        QString operation;
        QJsonObject changed;
        QJsonObject previous;
        QVariant baseVersion;
    };
    QList<Entry> outbox(const QString &rowId = {}) const;
    bool exec(const QString &sql);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

static Migration notesMigration()
{
    return {QStringLiteral("notes"),
            1,
            QStringLiteral("0001_notes.sql"),
            QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY, title TEXT NOT NULL, "
                           "body TEXT, photo BLOB, row_version INTEGER NOT NULL DEFAULT 0, "
                           "deleted INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT);"
                           "CREATE TABLE local_cache (id TEXT PRIMARY KEY, row_version INTEGER, "
                           "deleted INTEGER, updated_at TEXT, updated_by TEXT);"
                           "CREATE TABLE plain (id TEXT PRIMARY KEY, v TEXT);")};
}

void tst_ChangeCapture::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(openTestDatabase(*m_db, *m_dir, {notesMigration()}));
    QVERIFY(exec(QStringLiteral("DELETE FROM sync_outbox")));
}

void tst_ChangeCapture::cleanup()
{
    delete m_db;
    delete m_dir;
}

bool tst_ChangeCapture::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QList<tst_ChangeCapture::Entry> tst_ChangeCapture::outbox(const QString &rowId) const
{
    QList<Entry> entries;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT operation, changed, previous, base_version FROM sync_outbox "
                             "WHERE coalesce(?, '') = '' OR row_id = ? ORDER BY seq"));
    q.addBindValue(rowId);
    q.addBindValue(rowId);
    q.exec();
    while (q.next()) {
        entries.append({q.value(0).toString(),
                        QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                        QJsonDocument::fromJson(q.value(2).toByteArray()).object(),
                        q.value(3)});
    }
    return entries;
}

void tst_ChangeCapture::synchronisedTablesFollowTheConvention()
{
    const QStringList tables = ChangeCapture(m_db->connection()).synchronisedTables();
    QVERIFY(tables.contains(QStringLiteral("notes")));
    QVERIFY(tables.contains(QStringLiteral("org_units")));
    QVERIFY(tables.contains(QStringLiteral("user_accounts")));
    QVERIFY(tables.contains(QStringLiteral("role_memberships")));
    QVERIFY(!tables.contains(QStringLiteral("local_cache")));
    QVERIFY(!tables.contains(QStringLiteral("plain")));
    QVERIFY(!tables.contains(QStringLiteral("sync_outbox")));
    QVERIFY(!tables.contains(QStringLiteral("user_accounts_fts")));
}

void tst_ChangeCapture::insertIsCaptured()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n1', 'Conseil')")));
    const QList<Entry> entries = outbox(QStringLiteral("n1"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).operation, QStringLiteral("insert"));
    QCOMPARE(entries.at(0).changed.value(QLatin1String("title")).toString(),
             QStringLiteral("Conseil"));
    QVERIFY(entries.at(0).changed.contains(QLatin1String("body")));
    QVERIFY(!entries.at(0).changed.contains(QLatin1String("row_version")));
    QVERIFY(entries.at(0).baseVersion.isNull());
    QCOMPARE(m_db->pendingChangeCount(), 1);
}

void tst_ChangeCapture::updateCapturesChangedFieldsAndPreviousValues()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title, body, row_version) "
                                "VALUES ('n1', 'Conseil', 'a', 7)")));
    QVERIFY(exec(
        QStringLiteral("UPDATE notes SET body = 'b', updated_by = 'jdupont' WHERE id = 'n1'")));
    const QList<Entry> entries = outbox(QStringLiteral("n1"));
    QCOMPARE(entries.size(), 2);
    const Entry &update = entries.at(1);
    QCOMPARE(update.operation, QStringLiteral("update"));
    QCOMPARE(update.changed.keys(),
             (QStringList{QStringLiteral("body"), QStringLiteral("updated_by")}));
    QCOMPARE(update.changed.value(QLatin1String("body")).toString(), QStringLiteral("b"));
    QCOMPARE(update.previous.value(QLatin1String("body")).toString(), QStringLiteral("a"));
    QVERIFY(update.previous.value(QLatin1String("updated_by")).isNull());
    QCOMPARE(update.baseVersion.toInt(), 7);
}

void tst_ChangeCapture::noChangeNoEntry()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n1', 'Conseil')")));
    QVERIFY(exec(QStringLiteral("UPDATE notes SET title = 'Conseil' WHERE id = 'n1'")));
    // Bookkeeping columns alone are not a change worth sending.
    QVERIFY(exec(QStringLiteral("UPDATE notes SET updated_at = 'now' WHERE id = 'n1'")));
    QCOMPARE(outbox(QStringLiteral("n1")).size(), 1);
}

void tst_ChangeCapture::softDeleteIsCapturedAsDelete()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n1', 'Conseil')")));
    QVERIFY(exec(QStringLiteral("UPDATE notes SET deleted = 1 WHERE id = 'n1'")));
    const QList<Entry> entries = outbox(QStringLiteral("n1"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).operation, QStringLiteral("delete"));
    QCOMPARE(entries.at(1).changed.value(QLatin1String("deleted")).toInt(), 1);
    QCOMPARE(entries.at(1).previous.value(QLatin1String("deleted")).toInt(), 0);
}

void tst_ChangeCapture::hardDeleteAndIdChangeAreRefused()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n1', 'Conseil')")));
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM notes WHERE id = 'n1'")));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("never deleted")),
             qPrintable(q.lastError().databaseText()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE notes SET id = 'n2' WHERE id = 'n1'")));
    QCOMPARE(outbox(QStringLiteral("n1")).size(), 1);
    // Tables outside the convention are not guarded.
    QVERIFY(exec(QStringLiteral("INSERT INTO plain VALUES ('p', 'v')")));
    QVERIFY(exec(QStringLiteral("DELETE FROM plain")));
}

void tst_ChangeCapture::rolledBackWriteLeavesNoEntry()
{
    QSqlDatabase c = m_db->connection();
    QVERIFY(c.transaction());
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n1', 'Conseil')")));
    QCOMPARE(outbox().size(), 1);
    QVERIFY(c.rollback());
    QCOMPARE(outbox().size(), 0);
    QCOMPARE(m_db->pendingChangeCount(), 0);
}

void tst_ChangeCapture::remoteApplyIsNotCaptured()
{
    QSqlDatabase c = m_db->connection();
    ChangeCapture capture(c);
    QString error;
    QVERIFY(c.transaction());
    QVERIFY(capture.setCaptureEnabled(false, &error));
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO notes (id, title, row_version) VALUES ('r1', 'From server', 3)")));
    QVERIFY(capture.setCaptureEnabled(true, &error));
    QVERIFY(c.commit());
    QCOMPARE(outbox().size(), 0);
    QVERIFY(exec(QStringLiteral("UPDATE notes SET title = 'Mine' WHERE id = 'r1'")));
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().at(0).baseVersion.toInt(), 3);
}

void tst_ChangeCapture::blobTravelsAsHex()
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO notes (id, title, photo) VALUES ('b1', 'Photo', ?)"));
    q.addBindValue(QByteArray("\x00\x01\xff", 3));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(outbox(QStringLiteral("b1")).at(0).changed.value(QLatin1String("photo")).toString(),
             QStringLiteral("0001FF"));
}

void tst_ChangeCapture::auditTrailNamesTheUser()
{
    m_db->setCurrentUser(QStringLiteral("mmartin"));
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n1', 'A')")));
    QVERIFY(exec(QStringLiteral("UPDATE notes SET title = 'B' WHERE id = 'n1'")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_login, operation, old_values, new_values "
                                  "FROM local_audit_trail WHERE row_id = 'n1' ORDER BY seq")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("mmartin"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("insert"));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("{\"title\":\"A\"}"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("{\"title\":\"B\"}"));
}

void tst_ChangeCapture::pulledChangeJoinsTheAuditTrail()
{
    // A change applied by a pull keeps its author and time in the field's history, and is
    // not sent back.
    QSqlDatabase c = m_db->connection();
    ChangeCapture capture(c);
    QString error;
    QVERIFY(capture.setCaptureEnabled(false, &error));
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title, row_version, updated_by) VALUES "
                                "('p1', 'Old', 1, 'sb_hr')")));
    QVERIFY(exec(QStringLiteral(
        "UPDATE notes SET title = 'New', row_version = 2, updated_at = '2026-11-02T10:00:00Z', "
        "updated_by = 'sb_hr' WHERE id = 'p1'")));
    QVERIFY(capture.setCaptureEnabled(true, &error));
    QCOMPARE(outbox().size(), 0);
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT at, user_login, operation, old_values, new_values "
                                  "FROM local_audit_trail WHERE row_id = 'p1' ORDER BY seq")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-02T10:00:00Z"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("sb_hr"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("update"));
    QVERIFY(q.value(3).toString().contains(QLatin1String("\"title\":\"Old\"")));
    QVERIFY(q.value(4).toString().contains(QLatin1String("\"title\":\"New\"")));
    QVERIFY(!q.next()); // the insert of a pulled row is not history
}

void tst_ChangeCapture::auditTrailKeepsBlobSizeNotContent()
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO notes (id, title, photo) VALUES ('b2', 'Photo', ?)"));
    q.addBindValue(QByteArray(1000, 'x'));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT new_values FROM local_audit_trail WHERE row_id = 'b2'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("<1000 bytes>")),
             qPrintable(q.value(0).toString()));
    QCOMPARE(
        outbox(QStringLiteral("b2")).at(0).changed.value(QLatin1String("photo")).toString().size(),
        2000);
}

void tst_ChangeCapture::newColumnIsCapturedAfterMigration()
{
    Migration addColumn{QStringLiteral("notes"),
                        2,
                        QStringLiteral("0002_priority.sql"),
                        QStringLiteral("ALTER TABLE notes ADD COLUMN priority INTEGER;")};
    QString error;
    QVERIFY2(
        m_db->migrate(coreMigrations() + QList<Migration>{notesMigration(), addColumn}, &error),
        qPrintable(error));
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title, priority) VALUES ('n1', 'A', 2)")));
    QVERIFY(exec(QStringLiteral("UPDATE notes SET priority = 3 WHERE id = 'n1'")));
    const QList<Entry> entries = outbox(QStringLiteral("n1"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).changed.value(QLatin1String("priority")).toInt(), 3);
}

QTEST_GUILESS_MAIN(tst_ChangeCapture)
#include "tst_changecapture.moc"
