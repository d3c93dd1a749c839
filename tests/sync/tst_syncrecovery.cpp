#include "deskfiles.h"

#include <core/sync/synchroniser.h>

#include <QFileInfo>
#include <QStandardPaths>

#include <memory>

// How a sync ends when something goes wrong, and what it says: a first sync cut short and
// resumed, a pull that fails and is rolled back, a connection the server drops, a desk file
// on a read-only file system.
class tst_SyncRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aResumedFirstSyncEndsWithAnIncrementalPull();
    void aFailedPullCountsOnlyWhatItCommitted();
    void aLostConnectionAlwaysSaysWhy();
    void aConnectionCutWhileRowsArriveKeepsCommittedPages();
    void aReadOnlyFileSystemIsNamed();

private:
    AdminRun sync(const QString &path, const QString &login);

    static constexpr int Agents = 40;
    std::unique_ptr<ServerFixture> m_server;
    QTemporaryDir m_dir;
};

void tst_SyncRecovery::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->create());
    QVERIFY(seedHrTown(*m_server, Agents));
}

AdminRun tst_SyncRecovery::sync(const QString &path, const QString &login)
{
    return runAdmin(m_server.get(), login, {QStringLiteral("sync"), QStringLiteral("--db"), path});
}

void tst_SyncRecovery::aResumedFirstSyncEndsWithAnIncrementalPull()
{
    Client desk(*m_server, QStringLiteral("rh0"));
    // A first sync cut after two pages of five rows.
    {
        Civitas::Synchroniser first(desk.db(), desk.server());
        first.setPageSize(5);
        qint64 received = 0;
        first.progress = [&](qint64 done, qint64) {
            received = done;
        };
        first.cancelled = [&] {
            return received >= 10;
        };
        Civitas::SyncReport report;
        QVERIFY(!first.pull(&report));
        QVERIFY2(report.error.contains(QLatin1String("cancelled")), qPrintable(report.error));
    }
    const int before = desk.scalar(QStringLiteral("SELECT count(*) FROM agents")).toInt();
    QVERIFY2(before > 0 && before < Agents, qPrintable(QString::number(before)));

    // Meanwhile the server moves on: every agent changes, one is new.
    QVERIFY(
        m_server->exec(QStringLiteral("UPDATE civitas.agents SET post_title = 'after the cut'")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, "
        "first_names, org_unit_id, post_title, entry_date) VALUES ('ag-new', "
        "'999999', 'NOUVEAU', 'Prénom', 'u-rh', 'after the cut', date '2024-01-01')")));

    // The resumed sync ends with everything the server holds now.
    Civitas::Synchroniser resumed(desk.db(), desk.server());
    resumed.setPageSize(5);
    Civitas::SyncReport report;
    QVERIFY2(resumed.pull(&report), qPrintable(report.error));
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM agents")).toInt(), Agents + 1);
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM agents WHERE post_title = 'after "
                                        "the cut'"))
                 .toInt(),
             Agents + 1);
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key LIKE "
                                        "'initial/%'"))
                 .toInt(),
             0);
}

void tst_SyncRecovery::aFailedPullCountsOnlyWhatItCommitted()
{
    const QString desk = m_dir.filePath(QStringLiteral("rolledback.sqlite"));
    QCOMPARE(runAdmin(nullptr, {}, {QStringLiteral("init"), QStringLiteral("--db"), desk}).code, 0);
    AdminRun r = sync(desk, QStringLiteral("rh1"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // Two changes on the server: the first table's applies, the second's fails on the desk
    // (a local trigger stands for whatever refuses it: a full disk, a unique index).
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status) "
                                          "VALUES ('%1', 'F', 'tenured')")
                               .arg(agentId(1))));
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.agents SET post_title = 'refused here' WHERE id = '%1'")
            .arg(agentId(2))));
    QString error;
    fileQuery(desk,
              QStringLiteral("CREATE TRIGGER test_refuse BEFORE UPDATE ON agents WHEN "
                             "NEW.post_title = 'refused here' BEGIN SELECT RAISE(ABORT, 'refused "
                             "by the test'); END"),
              {},
              &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    r = sync(desk, QStringLiteral("rh1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("refused by the test")), qPrintable(r.all()));
    // A pull commits page by page (writers get in between): the first table's page is kept
    // and counted, the refused page is neither, and the watermark stays where it was.
    QCOMPARE(fileQuery(desk, QStringLiteral("SELECT count(*) FROM agent_details")).toInt(), 1);
    QVERIFY2(r.out.contains(QLatin1String("pulled 1,")), qPrintable(r.all()));
    QCOMPARE(fileQuery(desk,
                       QStringLiteral("SELECT count(*) FROM agents WHERE post_title = 'refused "
                                      "here'"))
                 .toInt(),
             0);
    // Once the desk accepts it, the next sync brings the refused page.
    fileQuery(desk, QStringLiteral("DROP TRIGGER test_refuse"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    r = sync(desk, QStringLiteral("rh1"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(fileQuery(desk,
                       QStringLiteral("SELECT count(*) FROM agents WHERE post_title = 'refused "
                                      "here'"))
                 .toInt(),
             1);
}

void tst_SyncRecovery::aLostConnectionAlwaysSaysWhy()
{
    Client desk(*m_server, QStringLiteral("rh0"));
    QVERIFY(desk.sync());
    auto cut = [&](bool closed) {
        // The driver closes a connection after some fatal errors: later statements on it fail
        // without an error of their own.
        if (closed) {
            QSqlDatabase server = desk.server();
            server.close();
            return;
        }
        // The server ends the desk's session, as a restart or an administrator does.
        QSqlQuery q(m_server->admin());
        QVERIFY(q.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                      "pg_stat_activity WHERE usename = 'rh0' AND datname = "
                                      "current_database()")));
        QTest::qWait(200);
    };
    auto reopen = [&] {
        QSqlDatabase server = desk.server();
        server.close();
        QVERIFY(server.open());
    };
    struct Step
    {
        const char *name;
        std::function<bool(Civitas::Synchroniser &, Civitas::SyncReport *)> run;
        bool edit;
    };
    const QList<Step> steps = {
        {"push", [](Civitas::Synchroniser &s, Civitas::SyncReport *r) { return s.push(r); }, true},
        {"pull", [](Civitas::Synchroniser &s, Civitas::SyncReport *r) { return s.pull(r); }, false},
        {"reconcile",
         [](Civitas::Synchroniser &s, Civitas::SyncReport *r) { return s.reconcile(r); },
         false},
    };
    int n = 0;
    for (const Step &step : steps) {
        // A synchroniser that already worked (its tables and binding known), and a new one;
        // a session the server ended, a connection the driver closed.
        for (const auto &[warm, closed] :
             {std::pair{true, false}, std::pair{false, false}, std::pair{true, true}}) {
            Civitas::Synchroniser s(desk.db(), desk.server());
            if (warm) {
                Civitas::SyncReport ok;
                QVERIFY2(s.sync(&ok), qPrintable(ok.error));
            }
            if (step.edit)
                QVERIFY(desk.exec(QStringLiteral("UPDATE agents SET usage_name = 'cut-%1' WHERE "
                                                 "id = '%2'")
                                      .arg(++n)
                                      .arg(agentId(5))));
            cut(closed);
            Civitas::SyncReport report;
            QVERIFY(!step.run(s, &report));
            qInfo("%s (%s, %s): lost %d: \"%s\"",
                  step.name,
                  warm ? "warm" : "new",
                  closed ? "closed" : "ended",
                  int(report.connectionLost),
                  qPrintable(report.error));
            QVERIFY2(report.connectionLost, step.name);
            QVERIFY2(!report.error.trimmed().isEmpty(), step.name);
            reopen();
        }
    }
}

void tst_SyncRecovery::aConnectionCutWhileRowsArriveKeepsCommittedPages()
{
    const QString desk = m_dir.filePath(QStringLiteral("cut.sqlite"));
    QCOMPARE(runAdmin(nullptr, {}, {QStringLiteral("init"), QStringLiteral("--db"), desk}).code, 0);
    AdminRun r = sync(desk, QStringLiteral("rh1"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // A change in a table pulled before the agents, then every agent changes.
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status) "
                                          "VALUES ('%1', 'M', 'tenured')")
                               .arg(agentId(3))));
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.agents SET post_title = 'sent in a cut pull'")));
    // The server ends the pull's session in the middle of the agents, as a restart does.
    QVERIFY(m_server->exec(QStringLiteral(
        "CREATE FUNCTION civitas.test_cut(row_id text) RETURNS boolean LANGUAGE plpgsql "
        "SECURITY DEFINER AS $$ BEGIN IF row_id = 'ag-020' AND session_user = 'rh1' THEN "
        "PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(1); END IF; "
        "RETURN true; END $$")));
    QVERIFY(m_server->exec(
        QStringLiteral("GRANT EXECUTE ON FUNCTION civitas.test_cut(text) TO PUBLIC")));
    QVERIFY(m_server->exec(QStringLiteral("CREATE POLICY test_cut ON civitas.agents AS "
                                          "RESTRICTIVE FOR SELECT USING (civitas.test_cut(id))")));
    r = sync(desk, QStringLiteral("rh1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("connection to the server was lost: ")),
             qPrintable(r.all()));
    QVERIFY2(r.err.contains(QLatin1String("terminating connection")), qPrintable(r.all()));
    // The page of the agents was cut and is not kept, nor counted; the page committed before
    // it is both.
    QVERIFY2(r.out.contains(QLatin1String("pulled 1,")), qPrintable(r.all()));
    QCOMPARE(fileQuery(desk,
                       QStringLiteral(
                           "SELECT count(*) FROM agents WHERE post_title = 'sent in a cut pull'"))
                 .toInt(),
             0);

    // The next sync brings it all.
    QVERIFY(m_server->exec(QStringLiteral("DROP POLICY test_cut ON civitas.agents")));
    r = sync(desk, QStringLiteral("rh1"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(fileQuery(desk,
                       QStringLiteral(
                           "SELECT count(*) FROM agents WHERE post_title = 'sent in a cut pull'"))
                 .toInt(),
             m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.agents")).toInt());
    QCOMPARE(
        fileQuery(desk, QStringLiteral("SELECT count(*) FROM agent_details")).toInt(),
        m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.agent_details")).toInt());
}

void tst_SyncRecovery::aReadOnlyFileSystemIsNamed()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("unshare(1) is not installed");
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString desk = folder + QStringLiteral("/desk.sqlite");
    QCOMPARE(runAdmin(nullptr, {}, {QStringLiteral("init"), QStringLiteral("--db"), desk}).code, 0);
    QVERIFY(fileQuery(desk, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isValid());
    // The folder mounted read-only in a mount namespace of the command's own.
    const QString script = QStringLiteral(
        "{ mount --bind \"$1\" \"$1\" && mount -o remount,ro,bind \"$1\" \"$1\"; } 2>/dev/null "
        "|| exit 97; shift; exec \"$@\"");
    const AdminRun r = runAdmin(nullptr,
                                {},
                                {QStringLiteral("migrate"), QStringLiteral("--db"), desk},
                                unshare,
                                {QStringLiteral("-m"),
                                 QStringLiteral("sh"),
                                 QStringLiteral("-c"),
                                 script,
                                 QStringLiteral("sh"),
                                 folder,
                                 QStringLiteral(CIVITAS_ADMIN)});
    if (r.code == 97)
        QSKIP("no mount namespace here (unshare -m needs CAP_SYS_ADMIN)");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("read-only file system")), qPrintable(r.all()));
    QVERIFY2(!r.err.contains(QLatin1String("permission"), Qt::CaseInsensitive),
             qPrintable(r.all()));
}

QTEST_GUILESS_MAIN(tst_SyncRecovery)
#include "tst_syncrecovery.moc"
