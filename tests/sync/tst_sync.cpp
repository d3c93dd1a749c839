#include "serverfixture.h"

#include <core/sync/changecapture.h>
#include <core/sync/syncconflicts.h>

#include <QElapsedTimer>
#include <QProcess>

using namespace Civitas;

// The sync engine against a real PostgreSQL: merges, conflicts, out-of-order commits,
// a push killed half way, a pull cut by the server.
class tst_Sync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void differentFieldsMergeSameFieldConflicts();
    void outOfOrderCommitsAreNotLost();
    void pushKilledHalfWayLosesAndDuplicatesNothing();
    void pullCutByTheServerLeavesTheFileConsistent();
    void firstPullCanBeCancelledAndResumed();
    void refusedChangeIsKeptWithTheReason();
    void localEditsSurviveAPullOfTheSameRow();
    void reconcileRemovesNothingTheFileNeverReceived();
    void aFileOfAnotherTownIsRefusedWithNothingChanged();

private:
    ServerFixture *m_server = nullptr;
};

void tst_Sync::init()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, kind, code, name, minimum_staffing) VALUES "
        "('u-ev', 'service', 'DST-EV', 'Espaces verts', 2), "
        "('u-cp', 'service', 'DRH-CP', 'Carrières et paie', 1)")));
    QVERIFY(m_server->addUser(QStringLiteral("sa_hr_a"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-a")));
    QVERIFY(m_server->addUser(QStringLiteral("sa_hr_b"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-b")));
    QVERIFY(m_server->addUser(
        QStringLiteral("sa_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-c")));
}

void tst_Sync::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_Sync::differentFieldsMergeSameFieldConflicts()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    Client b(*m_server, QStringLiteral("sa_hr_b"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
             QStringLiteral("Espaces verts"));

    // Offline, each edits another field of the same unit; then both sync.
    QVERIFY(a.exec(
        QStringLiteral("UPDATE org_units SET name = 'Espaces verts et nature' WHERE id = 'u-ev'")));
    QVERIFY(b.exec(QStringLiteral("UPDATE org_units SET minimum_staffing = 3 WHERE id = 'u-ev'")));
    SyncReport ra, rb;
    QVERIFY(a.sync(&ra));
    QVERIFY(b.sync(&rb));
    QVERIFY(a.sync());
    QCOMPARE(ra.conflicts + rb.conflicts, 0);
    for (Client *c : {&a, &b}) {
        QCOMPARE(
            c->scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
            QStringLiteral("Espaces verts et nature"));
        QCOMPARE(
            c->scalar(QStringLiteral("SELECT minimum_staffing FROM org_units WHERE id = 'u-ev'"))
                .toInt(),
            3);
        QCOMPARE(c->db().pendingChangeCount(), 0);
    }
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT row_version FROM civitas.org_units WHERE id = 'u-ev'"))
            .toInt(),
        3);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT row_version FROM org_units WHERE id = 'u-ev'")).toInt(), 3);

    // The same field on both sides: one conflict, on the client that pushed second.
    QVERIFY(
        a.exec(QStringLiteral("UPDATE org_units SET name = 'Parcs et jardins' WHERE id = 'u-ev'")));
    QVERIFY(
        b.exec(QStringLiteral("UPDATE org_units SET name = 'Nature en ville' WHERE id = 'u-ev'")));
    QVERIFY(a.sync());
    SyncReport conflicted;
    QVERIFY(b.sync(&conflicted));
    QCOMPARE(conflicted.conflicts, 1);
    SyncConflicts conflicts(b.db());
    const QList<SyncConflict> open = conflicts.open();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().table, QStringLiteral("org_units"));
    QCOMPARE(open.first().field, QStringLiteral("name"));
    QCOMPARE(open.first().mine.toString(), QStringLiteral("Nature en ville"));
    QCOMPARE(open.first().theirs.toString(), QStringLiteral("Parcs et jardins"));
    QCOMPARE(open.first().base.toString(), QStringLiteral("Espaces verts et nature"));
    // Nothing is lost: the server's value is shown, mine is kept in the conflict.
    QCOMPARE(b.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
             QStringLiteral("Parcs et jardins"));

    // B keeps its value; both clients converge on it.
    QString error;
    QVERIFY2(conflicts.resolve(open.first().id, SyncConflicts::Resolution::KeepMine, {}, &error),
             qPrintable(error));
    QCOMPARE(conflicts.openCount(), 0);
    SyncReport resolved;
    QVERIFY(b.sync(&resolved));
    QCOMPARE(resolved.conflicts, 0);
    QVERIFY(a.sync());
    for (Client *c : {&a, &b})
        QCOMPARE(
            c->scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
            QStringLiteral("Nature en ville"));
    QCOMPARE(
        m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-ev'"))
            .toString(),
        QStringLiteral("Nature en ville"));
    // The server knows who did each change.
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT updated_by FROM civitas.org_units WHERE id = 'u-ev'"))
            .toString(),
        QStringLiteral("sa_hr_b"));
}

void tst_Sync::outOfOrderCommitsAreNotLost()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    QVERIFY(a.sync());
    // Transaction A inserts and stays open; B inserts and commits.
    const QString slowName = QStringLiteral("slow-") + m_server->name();
    QSqlDatabase slow = m_server->connectAs(QStringLiteral("sa_hr_b"), slowName);
    QVERIFY(slow.isOpen());
    QSqlQuery inA(slow);
    QVERIFY(inA.exec(QStringLiteral("BEGIN")));
    QVERIFY(inA.exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                    "('u-late', 'service', 'LATE', 'Committed late')")));
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-early', 'service', 'EARLY', 'Committed early')")));
    QVERIFY(a.sync());
    // While A is open the watermark cannot pass it: B's row, written after A began, waits
    // too (a plain revision number would have taken B's row and skipped A's for ever).
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM org_units WHERE id IN ('u-early', 'u-late')"))
            .toInt(),
        0);
    // A commits after the client's pull: its lower transaction id must still come through.
    QVERIFY(inA.exec(QStringLiteral("COMMIT")));
    QVERIFY(a.sync());
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM org_units WHERE id IN ('u-early', 'u-late')"))
            .toInt(),
        2);
    // The watermark moved past both: a sync with nothing new brings nothing again.
    SyncReport idle;
    QVERIFY(a.sync(&idle));
    QCOMPARE(idle.pulled, 0);
}

void tst_Sync::pushKilledHalfWayLosesAndDuplicatesNothing()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    QVERIFY(a.sync());
    // 1500 new units, each then changed once: 3000 outbox entries.
    QVERIFY(a.db().connection().transaction());
    for (int i = 0; i < 1500; ++i) {
        QVERIFY(a.exec(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES ('k%1', "
                                      "'service', 'K%1', 'Unit %1')")
                           .arg(i)));
        QVERIFY(a.exec(QStringLiteral("UPDATE org_units SET minimum_staffing = %1 WHERE id = 'k%2'")
                           .arg(i % 7 + 1)
                           .arg(i)));
    }
    QVERIFY(a.db().connection().commit());
    QCOMPARE(a.db().pendingChangeCount(), 3000);

    const ServerConnection c = m_server->connection(QStringLiteral("sa_hr_a"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGUSER"), c.user);
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(c.user));
    env.insert(QStringLiteral("PGDATABASE"), c.database);
    env.insert(QStringLiteral("CIVITAS_MODULE_PATH"), QStringLiteral("/nonexistent"));
    QProcess push;
    push.setProcessEnvironment(env);
    push.start(QStringLiteral(CIVITAS_ADMIN),
               {QStringLiteral("sync"), QStringLiteral("--db"), a.path()});
    QVERIFY(push.waitForStarted());
    // Kill it once part of the push reached the server.
    QElapsedTimer timer;
    timer.start();
    int onServer = 0;
    while (timer.elapsed() < 60000 && push.state() == QProcess::Running) {
        onServer = m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_receipts"))
                       .toInt();
        if (onServer >= 400)
            break;
        QTest::qWait(5);
    }
    QVERIFY2(push.state() == QProcess::Running, "the push ended before it could be killed");
    push.kill();
    QVERIFY(push.waitForFinished());
    const int receiptsAtKill
        = m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_receipts")).toInt();
    QVERIFY(receiptsAtKill > 0 && receiptsAtKill < 3000);
    QVERIFY(a.db().pendingChangeCount() > 0);

    // Restart: everything arrives once.
    SyncReport report;
    QVERIFY(a.sync(&report));
    QCOMPARE(a.db().pendingChangeCount(), 0);
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.org_units WHERE id LIKE 'k%'"))
            .toInt(),
        1500);
    QCOMPARE(m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_receipts")).toInt(),
             3000);
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.org_units WHERE id LIKE 'k%' "
                                    "AND minimum_staffing <> (substr(id, 2)::int % 7) + 1"))
            .toInt(),
        0);
    // Each unit was written exactly twice: no change applied twice.
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral(
                "SELECT count(*) FROM civitas.org_units WHERE id LIKE 'k%' AND row_version <> 2"))
            .toInt(),
        0);
    QCOMPARE(report.conflicts, 0);
}

void tst_Sync::pullCutByTheServerLeavesTheFileConsistent()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    QVERIFY(a.sync());
    const int before = a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt();
    const QString watermark
        = a.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'watermark'"))
              .toString();
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, kind, code, name) "
        "SELECT 'p' || g, 'service', 'P' || g, 'Unit ' || g FROM generate_series(1, 500) g")));
    Synchroniser s(a.db(), a.server());
    s.setPageSize(50);
    int pages = 0;
    s.cancelled = [&] {
        // After the first page, the server ends the client's session.
        if (++pages == 2)
            m_server->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE usename = 'sa_hr_a' AND datname = '%1'")
                               .arg(m_server->name()));
        return false;
    };
    SyncReport report;
    QVERIFY(!s.pull(&report));
    QVERIFY(report.connectionLost);
    // A local transaction per page: the page before the cut is in, whole, and the watermark
    // did not move (the next pull applies that page again, to the same effect).
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), before + 50);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'watermark'")).toString(),
        watermark);
    QCOMPARE(a.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    // Reconnected, the next pull brings everything.
    QSqlDatabase server = a.server();
    server.close();
    QVERIFY(server.open());
    QVERIFY(a.sync());
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), before + 500);
}

void tst_Sync::firstPullCanBeCancelledAndResumed()
{
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, kind, code, name) "
        "SELECT 'r' || g, 'service', 'R' || g, 'Unit ' || g FROM generate_series(1, 1000) g")));
    const int total
        = m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.org_units")).toInt();
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    Synchroniser s(a.db(), a.server());
    s.setPageSize(100);
    QList<qint64> seen;
    s.progress = [&](qint64 done, qint64) {
        seen << done;
    };
    // Cancelled once 300 rows came (the units; other tables, empty here, report pages too).
    s.cancelled = [&] {
        return !seen.isEmpty() && seen.constLast() >= 300;
    };
    SyncReport first;
    QVERIFY(!s.pull(&first));
    const int partial = a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt();
    QVERIFY(partial >= 300 && partial < total);
    QVERIFY(
        a.scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'watermark'")).toInt()
        == 0);

    // A row changed meanwhile comes through too.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET name = 'Renamed' WHERE id = 'r1'")));
    Synchroniser again(a.db(), a.server());
    again.setPageSize(100);
    SyncReport second;
    QVERIFY(again.pull(&second));
    QVERIFY(again.pull(&second));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), total);
    QCOMPARE(a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'r1'")).toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key LIKE 'initial/%'"))
                 .toInt(),
             0);
}

void tst_Sync::refusedChangeIsKeptWithTheReason()
{
    Client agent(*m_server, QStringLiteral("sa_agent"));
    QVERIFY(agent.sync());
    // An agent may not rename a unit: the server refuses, the edit stays, with the reason.
    QVERIFY(
        agent.exec(QStringLiteral("UPDATE org_units SET name = 'Mon service' WHERE id = 'u-ev'")));
    QVERIFY(agent.exec(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES "
                                      "('mine', 'service', 'MINE', 'Mine')")));
    SyncReport report;
    QVERIFY(agent.sync(&report));
    QCOMPARE(report.refused, 2);
    QCOMPARE(
        agent.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'refused'"))
            .toInt(),
        2);
    const QString reason
        = agent.scalar(QStringLiteral("SELECT refusal FROM sync_outbox WHERE row_id = 'mine'"))
              .toString();
    QVERIFY2(reason.contains(QLatin1String("row-level security")), qPrintable(reason));
    QVERIFY(!agent.scalar(QStringLiteral("SELECT refusal FROM sync_outbox WHERE row_id = 'u-ev'"))
                 .toString()
                 .isEmpty());
    // The user's values wait in the refusals; the records are the server's (a new one the
    // server does not have leaves the view), so that a refused value never stops a pull.
    QCOMPARE(
        agent.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
        QStringLiteral("Espaces verts"));
    QCOMPARE(
        agent.scalar(QStringLiteral("SELECT deleted FROM org_units WHERE id = 'mine'")).toInt(), 1);
    QStringList refusedNames;
    for (const RefusedChange &r : SyncConflicts(agent.db()).refused().valueOr({}))
        refusedNames << r.values.value(QStringLiteral("name")).toString();
    QCOMPARE(refusedNames, (QStringList{QStringLiteral("Mon service"), QStringLiteral("Mine")}));
    QCOMPARE(
        m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-ev'"))
            .toString(),
        QStringLiteral("Espaces verts"));
}

void tst_Sync::localEditsSurviveAPullOfTheSameRow()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    QVERIFY(a.sync());
    // A local edit not yet pushed, and a server change of another field of the same row.
    QVERIFY(a.exec(QStringLiteral("UPDATE org_units SET name = 'Local name' WHERE id = 'u-cp'")));
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET minimum_staffing = 5 WHERE id = 'u-cp'")));
    Synchroniser s(a.db(), a.server());
    SyncReport report;
    QVERIFY(s.pull(&report));
    QCOMPARE(a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-cp'")).toString(),
             QStringLiteral("Local name"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT minimum_staffing FROM org_units WHERE id = 'u-cp'"))
                 .toInt(),
             5);
    QVERIFY(a.sync());
    QCOMPARE(
        m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-cp'"))
            .toString(),
        QStringLiteral("Local name"));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT minimum_staffing FROM civitas.org_units WHERE id = 'u-cp'"))
                 .toInt(),
             5);
}

void tst_Sync::reconcileRemovesNothingTheFileNeverReceived()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    QVERIFY(a.sync());
    // A row that came from no server (a demo's, or written with capture off): row_version 0,
    // no outbox entry. Reconciliation used to take it for one that left the login's view.
    {
        QSqlDatabase db = a.db().connection();
        ChangeCapture capture(db);
        QString error;
        QVERIFY(db.transaction());
        QVERIFY2(capture.setCaptureEnabled(false, &error), qPrintable(error));
        QVERIFY(a.exec(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES "
                                      "('never-sent', 'service', 'LOCAL', 'Local')")));
        QVERIFY2(capture.setCaptureEnabled(true, &error), qPrintable(error));
        QVERIFY(db.commit());
    }
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);
    Synchroniser s(a.db(), a.server());
    SyncReport report;
    QVERIFY2(s.reconcile(&report), qPrintable(report.error));
    QCOMPARE(report.removed, 0);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM org_units WHERE id = 'never-sent'")).toInt(),
        1);
    // Rows it did receive and may no longer see still leave: tst_security covers it.
}

void tst_Sync::aFileOfAnotherTownIsRefusedWithNothingChanged()
{
    Client a(*m_server, QStringLiteral("sa_hr_a"));
    QVERIFY(a.sync());
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'town_id'")).toString(),
        m_server->scalar(QStringLiteral("SELECT id FROM civitas.town")).toString());
    QVERIFY(a.exec(QStringLiteral("UPDATE org_units SET name = 'Waiting' WHERE id = 'u-cp'")));
    const int units = a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt();
    QVERIFY(units >= 2);

    ServerFixture other;
    QVERIFY(other.create());
    Synchroniser s(a.db(), other.admin());
    SyncReport report;
    QVERIFY(!s.sync(&report));
    QVERIFY(report.fileRefused);
    QVERIFY2(report.error.contains(QLatin1String("another town")), qPrintable(report.error));
    QVERIFY(!s.reconcile(&report));
    QCOMPARE(report.pushed + report.pulled + report.removed, 0);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), units);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'"))
                 .toInt(),
             1);
    QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM civitas.org_units")).toInt(), 0);
    // Its own server still takes it.
    QVERIFY(a.sync());
    QCOMPARE(
        m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-cp'"))
            .toString(),
        QStringLiteral("Waiting"));
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
