#include "serverfixture.h"

#include <core/sync/syncengine.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>

#include <unistd.h>

using namespace Civitas;

// The engine in its thread: LISTEN/NOTIFY brings other people's changes, and a server
// restart is survived without anybody doing anything.
class tst_SyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void notifyBringsChangesWithinASecond();
    void localChangesAreSentWithoutAsking();
    void aFileOfAnotherTownStopsTheEngine();
    void serverRestartIsSurvived();

private:
    bool waitForState(SyncEngine &engine, SyncEngine::State state, int timeoutMs);
    bool pgCtl(const QString &action);
    ServerFixture *m_server = nullptr;
};

void tst_SyncEngine::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-ev', 'service', 'DST-EV', 'Espaces verts')")));
    QVERIFY(m_server->addUser(QStringLiteral("se_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-se")));
}

void tst_SyncEngine::cleanupTestCase()
{
    delete m_server;
}

void tst_SyncEngine::aFileOfAnotherTownStopsTheEngine()
{
    Client a(*m_server, QStringLiteral("se_hr"));
    QVERIFY(
        a.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                              "('town_id', 'another-town'), ('server', 'elsewhere:5432/town')")));
    SyncEngine engine(a.db(),
                      m_server->connection(QStringLiteral("se_hr")),
                      ServerFixture::password(QStringLiteral("se_hr")));
    QSignalSpy synced(&engine, &SyncEngine::synced);
    engine.start();
    QVERIFY(waitForState(engine, SyncEngine::State::Refused, 10000));
    QVERIFY2(engine.stateDetail().contains(QLatin1String("another town")),
             qPrintable(engine.stateDetail()));
    QCOMPARE(synced.count(), 1);
    QVERIFY(synced.at(0).at(0).value<SyncReport>().fileRefused);
    // It does not try again: a change on the server brings nothing, asking brings nothing.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET minimum_staffing = 1 WHERE id = 'u-ev'")));
    engine.syncNow();
    QTest::qWait(500);
    QCOMPARE(synced.count(), 1);
    QCOMPARE(engine.state(), SyncEngine::State::Refused);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), 0);
    engine.stop();
}

bool tst_SyncEngine::waitForState(SyncEngine &engine, SyncEngine::State state, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (engine.state() != state && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return engine.state() == state;
}

bool tst_SyncEngine::pgCtl(const QString &action)
{
    const QString bin = qEnvironmentVariable("CIVITAS_TEST_PG_BINDIR");
    const QString data = qEnvironmentVariable("CIVITAS_TEST_PGDATA");
    if (bin.isEmpty() || data.isEmpty())
        return false;
    // Started again into the cluster's own log (scripts/testpostgres.sh): tests that run after
    // this one read the server's trace there.
    const QString command
        = QStringLiteral("'%1/pg_ctl' -D '%2' -l '%2/../server.log' -w -m fast %3 >/dev/null 2>&1")
              .arg(bin, data, action);
    QProcess p;
    if (geteuid() == 0)
        p.start(QStringLiteral("su"),
                {QStringLiteral("postgres"),
                 QStringLiteral("-s"),
                 QStringLiteral("/bin/sh"),
                 QStringLiteral("-c"),
                 command});
    else
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

void tst_SyncEngine::notifyBringsChangesWithinASecond()
{
    Client a(*m_server, QStringLiteral("se_hr"));
    SyncEngine engine(a.db(),
                      m_server->connection(QStringLiteral("se_hr")),
                      ServerFixture::password(QStringLiteral("se_hr")));
    QSignalSpy synced(&engine, &SyncEngine::synced);
    engine.start();
    QVERIFY(waitForState(engine, SyncEngine::State::Online, 10000));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 10000);
    QCOMPARE(a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
             QStringLiteral("Espaces verts"));
    synced.clear();

    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET name = 'Parcs' WHERE id = 'u-ev'")));
    QTRY_VERIFY_WITH_TIMEOUT(
        a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString()
            == QLatin1String("Parcs"),
        1000);
    qInfo("change reached the other desk in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 1000);
    engine.stop();
}

void tst_SyncEngine::localChangesAreSentWithoutAsking()
{
    Client a(*m_server, QStringLiteral("se_hr"));
    SyncEngine engine(a.db(),
                      m_server->connection(QStringLiteral("se_hr")),
                      ServerFixture::password(QStringLiteral("se_hr")));
    engine.start();
    QVERIFY(waitForState(engine, SyncEngine::State::Online, 10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt() == 1, 10000);
    QVERIFY(a.exec(QStringLiteral("UPDATE org_units SET minimum_staffing = 6 WHERE id = 'u-ev'")));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_server
            ->scalar(
                QStringLiteral("SELECT minimum_staffing FROM civitas.org_units WHERE id = 'u-ev'"))
            .toInt(),
        6,
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(a.db().pendingChangeCount(), 0, 5000);
    engine.stop();
}

void tst_SyncEngine::serverRestartIsSurvived()
{
    if (qEnvironmentVariableIsEmpty("CIVITAS_TEST_PGDATA"))
        QSKIP("the test cluster's data folder is unknown: run through ./test.sh");
    Client a(*m_server, QStringLiteral("se_hr"));
    SyncEngine engine(a.db(),
                      m_server->connection(QStringLiteral("se_hr")),
                      ServerFixture::password(QStringLiteral("se_hr")));
    QSignalSpy synced(&engine, &SyncEngine::synced);
    engine.start();
    QVERIFY(waitForState(engine, SyncEngine::State::Online, 10000));
    // The first sync has brought the unit (online comes before it ends): the desk may edit it.
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 10000);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units WHERE id = 'u-ev'")).toInt(),
             1);

    QVERIFY(pgCtl(QStringLiteral("stop")));
    // Whatever happens below, the cluster must be up again for the tests that follow.
    auto restart = qScopeGuard([this] { pgCtl(QStringLiteral("start")); });
    QVERIFY2(waitForState(engine, SyncEngine::State::Offline, 10000),
             "the engine did not notice the server went away");
    // Offline, work goes on in the local file.
    QVERIFY(
        a.exec(QStringLiteral("UPDATE org_units SET name = 'Edited offline' WHERE id = 'u-ev'")));
    QVERIFY(pgCtl(QStringLiteral("start")));
    restart.dismiss();
    QVERIFY2(waitForState(engine, SyncEngine::State::Online, 70000),
             "the engine did not come back online");
    // The fixture's own connection died with the server: reconnect it.
    QSqlDatabase admin = m_server->admin();
    admin.close();
    QVERIFY(admin.open());

    QTRY_COMPARE_WITH_TIMEOUT(
        m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-ev'"))
            .toString(),
        QStringLiteral("Edited offline"),
        10000);
    // And server changes reach the desk again through NOTIFY.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET name = 'After restart' WHERE id = 'u-ev'")));
    QTRY_COMPARE_WITH_TIMEOUT(
        a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
        QStringLiteral("After restart"),
        2000);
    engine.stop();
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
