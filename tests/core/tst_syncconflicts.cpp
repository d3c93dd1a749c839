#include "testdatabase.h"

#include <core/sync/syncconflicts.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Civitas;

// The changes the server refused, on the local file alone: what the user is shown, sending
// one again, and giving one up (the record goes back to what it was, and only that).
class tst_SyncConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedChangesAreListedWithTheirReason();
    void retrySendsTheChangeAgain();
    void retryFailureIsReported();
    void discardPutsBackThePreviousValues();
    void discardOfANewRecordWithdrawsIt();
    void discardOfAChangeNoLongerThereDoesNothing();
    void discardFailureChangesNothing();
    void amendReplacesTheRefusedValueAndSendsItAgain();
    void keepingMyValueAlwaysPutsAChangeInTheOutbox();
    void takingTheServersValueShowsItAndFetchesTheRecordAgain();

private:
    bool exec(const QString &sql);
    QVariant scalar(const QString &sql);
    // Writes a note and a change to it, the change refused by the server.
    qint64 refusedRename();

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

static Migration notesMigration()
{
    return {QStringLiteral("notes"),
            1,
            QStringLiteral("0001_notes.sql"),
            QStringLiteral(
                "CREATE TABLE notes (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT, "
                "row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL "
                "DEFAULT 0, updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', "
                "'now')), updated_by TEXT NOT NULL DEFAULT '');")};
}

void tst_SyncConflicts::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(openTestDatabase(*m_db, *m_dir, {notesMigration()}));
    QVERIFY(exec(QStringLiteral("DELETE FROM sync_outbox")));
}

void tst_SyncConflicts::cleanup()
{
    delete m_db;
    delete m_dir;
}

bool tst_SyncConflicts::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QVariant tst_SyncConflicts::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

qint64 tst_SyncConflicts::refusedRename()
{
    // The note as the server has it: sent and accepted, so no longer in the outbox.
    if (!exec(QStringLiteral("INSERT INTO notes (id, title, body) VALUES ('n1', 'Conseil', 'a')"))
        || !exec(QStringLiteral("DELETE FROM sync_outbox"))
        || !exec(QStringLiteral("UPDATE notes SET title = 'Not allowed' WHERE id = 'n1'"))
        || !exec(QStringLiteral("UPDATE sync_outbox SET state = 'refused', "
                                "refusal = 'permission denied for table notes'"))) {
        return -1;
    }
    return scalar(QStringLiteral("SELECT max(seq) FROM sync_outbox")).toLongLong();
}

void tst_SyncConflicts::refusedChangesAreListedWithTheirReason()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n2', 'Pending')")));
    const Result<QList<RefusedChange>> refused = SyncConflicts(*m_db).refused();
    QVERIFY2(refused.ok(), qPrintable(refused.error()));
    QCOMPARE(refused->size(), 1); // the pending insert of n2 is not refused
    const RefusedChange &change = refused->first();
    QCOMPARE(change.seq, seq);
    QCOMPARE(change.table, QStringLiteral("notes"));
    QCOMPARE(change.rowId, QStringLiteral("n1"));
    QCOMPARE(change.operation, QStringLiteral("update"));
    QVERIFY(change.fields.contains(QStringLiteral("title")));
    QVERIFY(!change.fields.contains(QStringLiteral("body")));
    QCOMPARE(change.reason, QStringLiteral("permission denied for table notes"));
    // The refused value itself, which the record no longer shows once the server's is back.
    QCOMPARE(change.values.value(QStringLiteral("title")).toString(),
             QStringLiteral("Not allowed"));
}

void tst_SyncConflicts::retrySendsTheChangeAgain()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    const Result<> retried = SyncConflicts(*m_db).retry(seq);
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM sync_outbox")).toString(),
             QStringLiteral("pending"));
    QVERIFY(scalar(QStringLiteral("SELECT refusal FROM sync_outbox")).isNull());
    QVERIFY(SyncConflicts(*m_db).refused()->isEmpty());
    // The record keeps the refused value: it is sent as it is.
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM notes")).toString(),
             QStringLiteral("Not allowed"));
}

void tst_SyncConflicts::retryFailureIsReported()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER outbox_locked BEFORE UPDATE ON sync_outbox "
                                "BEGIN SELECT RAISE(ABORT, 'outbox locked for the test'); END")));
    const Result<> retried = SyncConflicts(*m_db).retry(seq);
    QVERIFY(!retried.ok());
    QVERIFY2(retried.error().contains(QLatin1String("outbox locked for the test")),
             qPrintable(retried.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM sync_outbox")).toString(),
             QStringLiteral("refused"));
}

void tst_SyncConflicts::discardPutsBackThePreviousValues()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    const Result<> discarded = SyncConflicts(*m_db).discard(seq);
    QVERIFY2(discarded.ok(), qPrintable(discarded.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM notes WHERE id = 'n1'")).toString(),
             QStringLiteral("Conseil"));
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM notes WHERE id = 'n1'")).toString(),
             QStringLiteral("a"));
    // Not a new local change: nothing to send, and capture is on again for the next write.
    QCOMPARE(m_db->pendingChangeCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT capture FROM sync_control")).toInt(), 1);
    QVERIFY(exec(QStringLiteral("UPDATE notes SET body = 'b' WHERE id = 'n1'")));
    QCOMPARE(m_db->pendingChangeCount(), 1);
}

void tst_SyncConflicts::discardOfANewRecordWithdrawsIt()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, title) VALUES ('n3', 'Refused')")));
    QVERIFY(exec(QStringLiteral("UPDATE sync_outbox SET state = 'refused', refusal = 'no'")));
    const qint64 seq = scalar(QStringLiteral("SELECT seq FROM sync_outbox")).toLongLong();
    const Result<> discarded = SyncConflicts(*m_db).discard(seq);
    QVERIFY2(discarded.ok(), qPrintable(discarded.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM notes WHERE id = 'n3'")).toInt(), 1);
    QCOMPARE(m_db->pendingChangeCount(), 0);
}

void tst_SyncConflicts::discardOfAChangeNoLongerThereDoesNothing()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    const Result<> discarded = SyncConflicts(*m_db).discard(seq + 100);
    QVERIFY2(discarded.ok(), qPrintable(discarded.error()));
    QCOMPARE(m_db->pendingChangeCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM notes")).toString(),
             QStringLiteral("Not allowed"));
}

void tst_SyncConflicts::discardFailureChangesNothing()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER notes_locked BEFORE UPDATE ON notes "
                                "BEGIN SELECT RAISE(ABORT, 'notes locked for the test'); END")));
    const Result<> discarded = SyncConflicts(*m_db).discard(seq);
    QVERIFY(!discarded.ok());
    QVERIFY2(discarded.error().contains(QLatin1String("notes locked for the test")),
             qPrintable(discarded.error()));
    // All or nothing: the refused change is still there to decide, capture still on.
    QCOMPARE(SyncConflicts(*m_db).refused()->size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM notes")).toString(),
             QStringLiteral("Not allowed"));
    QCOMPARE(scalar(QStringLiteral("SELECT capture FROM sync_control")).toInt(), 1);
}

void tst_SyncConflicts::amendReplacesTheRefusedValueAndSendsItAgain()
{
    const qint64 seq = refusedRename();
    QVERIFY(seq > 0);
    SyncConflicts conflicts(*m_db);
    Result<> amended = conflicts.amend(seq, QStringLiteral("body"), QStringLiteral("x"));
    QVERIFY(!amended.ok()); // not a field of this change
    amended = conflicts.amend(seq, QStringLiteral("title"), QStringLiteral("Allowed"));
    QVERIFY2(amended.ok(), qPrintable(amended.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM sync_outbox")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(scalar(QStringLiteral("SELECT json_extract(changed, '$.title') FROM sync_outbox"))
                 .toString(),
             QStringLiteral("Allowed"));
    QVERIFY(conflicts.refused()->isEmpty());
    // Once pending, it is no longer a refusal to amend.
    QVERIFY(!conflicts.amend(seq, QStringLiteral("title"), QStringLiteral("Again")).ok());
}

// A conflict recorded on a record at version 5 whose value here is already mine (a desk an
// older version left so): keeping it must still send it.
void tst_SyncConflicts::keepingMyValueAlwaysPutsAChangeInTheOutbox()
{
    QVERIFY(exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO notes (id, title, row_version) VALUES ('n1', 'Mine', 5)")));
    QVERIFY(exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO sync_conflicts (table_name, row_id, field, mine, theirs, base, "
                       "server_version) VALUES ('notes', 'n1', 'title', '\"Mine\"', '\"Theirs\"', "
                       "'\"Before\"', 5)")));
    SyncConflicts conflicts(*m_db);
    QString error;
    QVERIFY2(conflicts.resolve(
                 conflicts.open().first().id, SyncConflicts::Resolution::KeepMine, {}, &error),
             qPrintable(error));
    QCOMPARE(m_db->pendingChangeCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT json_extract(changed, '$.title') || '|' || "
                                   "json_extract(previous, '$.title') || '|' || base_version "
                                   "FROM sync_outbox"))
                 .toString(),
             QStringLiteral("Mine|Theirs|5"));
    QCOMPARE(conflicts.openCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT capture FROM sync_control")).toInt(), 1);
}

void tst_SyncConflicts::takingTheServersValueShowsItAndFetchesTheRecordAgain()
{
    QVERIFY(exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO notes (id, title, row_version) VALUES ('n1', 'Mine', 5)")));
    QVERIFY(exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO sync_conflicts (table_name, row_id, field, mine, theirs, base, "
                       "server_version) VALUES ('notes', 'n1', 'title', '\"Mine\"', '\"Theirs\"', "
                       "'\"Before\"', 5)")));
    SyncConflicts conflicts(*m_db);
    QString error;
    QVERIFY2(conflicts.resolve(
                 conflicts.open().first().id, SyncConflicts::Resolution::TakeTheirs, {}, &error),
             qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT title FROM notes")).toString(),
             QStringLiteral("Theirs"));
    QCOMPARE(m_db->pendingChangeCount(), 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT table_name || '|' || row_id FROM sync_refetch")).toString(),
        QStringLiteral("notes|n1"));
}

QTEST_GUILESS_MAIN(tst_SyncConflicts)
#include "tst_syncconflicts.moc"
