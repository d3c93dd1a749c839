#include "serverfixture.h"

#include <core/sync/synchroniser.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QThread>

using namespace Civitas;

// The core and HR side of the security boundary (issue 15), attacked with plain SQL as each
// login, as somebody with psql would: the audit log's personal rows, the separation of
// duties between administrators and the database owner, disabled logins' sessions, HR reads
// traced by the server, notifications, per-login limits, table locks and lock keys, the pull
// watermark, and length limits.
class tst_CoreSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void administratorReadsNoPersonalAudit();
    void administratorCannotGrantPrivilegedRoles();
    void administratorCannotRepointAccounts();
    void tamperedAdministratorDeskIsRefused();
    void loginChangesAreAudited();
    void disablingALoginEndsItsSessions();
    void hrReadsLeaveAServerTrace();
    void fileReadsAreDatedByTheServer();
    void notificationsTellNothing();
    void loginsHaveLimitsAndOutsidersNoConnect();
    void agentsCannotLockTablesNorBlockHr();
    void watermarkHoldIsReportedAndEnded();
    void freeTextHasLengthLimits();
    void auditTriggersKnowEveryBinaryColumn();
    void loginLookupsUseTheLoginIndex();

private:
    QSqlQuery as(const QString &login);
    QSqlDatabase open(const QString &login);
    int count(const QString &login, const QString &sql);

    ServerFixture *m_server = nullptr;
    int m_connections = 0;
};

void tst_CoreSecurity::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QVERIFY2(testModules().module(QStringLiteral("hr"))
                 && testModules().module(QStringLiteral("hr"))->instance,
             "the HR module plugin was not found in CIVITAS_MODULE_PATH");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-ev', 'service', 'DST-EV', 'Espaces verts'), "
                                      "('u-cp', 'service', 'DRH-CP', 'Carrières et paie')")));
    QVERIFY(m_server->addUser(
        QStringLiteral("cs_agent1"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(
        QStringLiteral("cs_agent2"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-2")));
    QVERIFY(m_server->addUser(
        QStringLiteral("cs_hr"), {QStringLiteral("hr")}, QStringLiteral("DRH-CP"), {}));
    QVERIFY(m_server->addUser(QStringLiteral("cs_admin"),
                              {QStringLiteral("administrator")},
                              QStringLiteral("DRH-CP"),
                              {}));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, entry_date) VALUES "
        "('ag-1', '000001', 'MARTIN', 'Jeanne', 'u-ev', '2012-03-01'), "
        "('ag-2', '000002', 'BERNARD', 'Karim', 'u-ev', '2018-06-11'), "
        "('ag-3', '000003', 'PETIT', 'Lucie', 'u-cp', '2015-01-05')")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status, nir, address) "
                       "SELECT id, 'F', 'tenured', '2851269123456 78', '3 rue des Lilas' "
                       "FROM civitas.agents")));
}

void tst_CoreSecurity::cleanupTestCase()
{
    delete m_server;
    m_server = nullptr;
}

QSqlDatabase tst_CoreSecurity::open(const QString &login)
{
    QSqlDatabase db
        = m_server->connectAs(login, QStringLiteral("cs-%1-%2").arg(login).arg(++m_connections));
    if (!db.isOpen())
        qWarning() << db.lastError().text();
    return db;
}

QSqlQuery tst_CoreSecurity::as(const QString &login)
{
    return QSqlQuery(open(login));
}

int tst_CoreSecurity::count(const QString &login, const QString &sql)
{
    QSqlQuery q = as(login);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

void tst_CoreSecurity::administratorReadsNoPersonalAudit()
{
    // The owner's inserts of the files left whole rows (NIR, address) in the log.
    const QString personal = QStringLiteral(
        "SELECT count(*) FROM civitas.audit_log WHERE table_name IN ('agents', 'agent_details') "
        "OR new_values::text LIKE '%2851269123456%'");
    QVERIFY(m_server->scalar(personal).toInt() >= 6);
    QCOMPARE(count(QStringLiteral("cs_admin"), personal), 0);
    // HR reads them; the administrator keeps the audit of units and accounts.
    QVERIFY(count(QStringLiteral("cs_hr"), personal) >= 6);
    QVERIFY(count(QStringLiteral("cs_admin"),
                  QStringLiteral("SELECT count(*) FROM civitas.audit_log WHERE table_name IN "
                                 "('org_units', 'user_accounts')"))
            >= 2);
    QCOMPARE(count(QStringLiteral("cs_agent1"),
                   QStringLiteral("SELECT count(*) FROM civitas.audit_log")),
             -1);
}

void tst_CoreSecurity::administratorCannotGrantPrivilegedRoles()
{
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    // It gave itself hr, on main.
    QVERIFY(!admin.exec(QStringLiteral("SELECT civitas.create_login('cs_admin', "
                                       "'cs_admin-secret-1', ARRAY['administrator', 'hr'])")));
    QVERIFY(admin.lastError().databaseText().contains(QLatin1String("database owner")));
    QVERIFY(!admin.exec(
        QStringLiteral("SELECT civitas.create_login('cs_newhr', 'newhr-pass-1', ARRAY['hr'])")));
    QVERIFY(!admin.exec(QStringLiteral(
        "SELECT civitas.create_login('cs_newadmin', 'newadmin-pass-1', ARRAY['administrator'])")));
    // It reset an HR login's password, then logged in as HR, on main.
    QVERIFY(!admin.exec(
        QStringLiteral("SELECT civitas.create_login('cs_hr', 'taken-over-1', ARRAY['hr'])")));
    QVERIFY(!admin.exec(
        QStringLiteral("SELECT civitas.create_login('cs_hr', 'taken-over-1', ARRAY[]::text[])")));
    QVERIFY(open(QStringLiteral("cs_hr")).isOpen());
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                         "('cs_newhr', 'cs_newadmin')"))
                 .toInt(),
             0);
    // Nor through the memberships the desks show.
    QVERIFY(!admin.exec(QStringLiteral(
        "INSERT INTO civitas.role_memberships (id, user_id, role) SELECT 'rm-x', id, 'hr' "
        "FROM civitas.user_accounts WHERE login = 'cs_admin'")));
    // Plain logins stay the administrator's to make and re-password.
    QVERIFY2(
        admin.exec(QStringLiteral(
            "SELECT civitas.create_login('cs_plain', 'plain-pass-1', ARRAY['department_head'])")),
        qPrintable(admin.lastError().text()));
    QVERIFY(admin.exec(QStringLiteral(
        "SELECT civitas.create_login('cs_plain', 'plain-pass-2', ARRAY[]::text[])")));
    // The owner grants hr.
    QSqlQuery owner(m_server->admin());
    QVERIFY2(owner.exec(QStringLiteral(
                 "SELECT civitas.create_login('cs_newhr', 'newhr-pass-1', ARRAY['hr'])")),
             qPrintable(owner.lastError().text()));
}

void tst_CoreSecurity::administratorCannotRepointAccounts()
{
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    // Its own account onto an agent, to read that agent's file: worked on main.
    QVERIFY(!admin.exec(QStringLiteral(
        "UPDATE civitas.user_accounts SET agent_id = 'ag-3' WHERE login = 'cs_admin'")));
    QCOMPARE(count(QStringLiteral("cs_admin"),
                   QStringLiteral("SELECT count(*) FROM civitas.agent_details")),
             0);
    // Another account moved from its agent to another one, or renamed to the admin's login.
    QVERIFY(!admin.exec(QStringLiteral(
        "UPDATE civitas.user_accounts SET agent_id = 'ag-3' WHERE login = 'cs_agent2'")));
    QVERIFY(!admin.exec(
        QStringLiteral("UPDATE civitas.user_accounts SET login = 'cs_admin2' WHERE login = "
                       "'cs_agent2'")));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT agent_id FROM civitas.user_accounts WHERE login = 'cs_agent2'"))
                 .toString(),
             QStringLiteral("ag-2"));
    // A second account for an agent who has one.
    QVERIFY(!admin.exec(
        QStringLiteral("INSERT INTO civitas.user_accounts (id, login, display_name, agent_id) "
                       "VALUES ('ua-dup', 'cs_dup', 'Dup', 'ag-1')")));
    // What administrators do keeps working: names, and a first agent for a new account.
    QVERIFY2(admin.exec(QStringLiteral("UPDATE civitas.user_accounts SET display_name = 'Karim B.' "
                                       "WHERE login = 'cs_agent2'")),
             qPrintable(admin.lastError().text()));
    QVERIFY2(admin.exec(QStringLiteral(
                 "INSERT INTO civitas.user_accounts (id, login, display_name, agent_id) "
                 "VALUES ('ua-plain', 'cs_plain2', 'Plain', 'ag-3')")),
             qPrintable(admin.lastError().text()));
    // The owner may re-point (a load, or `user add` with the owner's credentials).
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.user_accounts SET agent_id = NULL WHERE login = 'cs_plain2'")));
}

void tst_CoreSecurity::tamperedAdministratorDeskIsRefused()
{
    // The administrator edits its own desk file, then pushes it with civitas-admin sync.
    Client desk(*m_server, QStringLiteral("cs_admin"));
    QVERIFY(desk.sync());
    QVERIFY(desk.exec(
        QStringLiteral("UPDATE user_accounts SET agent_id = 'ag-1' WHERE login = 'cs_admin'")));
    QVERIFY(desk.exec(QStringLiteral(
        "INSERT INTO role_memberships (id, user_id, role) SELECT 'rm-tampered', id, 'hr' "
        "FROM user_accounts WHERE login = 'cs_admin'")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("cs_admin"));
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(QStringLiteral("cs_admin")));
    env.insert(QStringLiteral("PGDATABASE"), m_server->name());
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(CIVITAS_ADMIN),
               {QStringLiteral("sync"), QStringLiteral("--db"), desk.path()});
    QVERIFY(sync.waitForFinished(120000));
    const QString out = QString::fromUtf8(sync.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("refused 2")),
             qPrintable(out + QString::fromUtf8(sync.readAllStandardError())));
    QVERIFY(m_server
                ->scalar(QStringLiteral(
                    "SELECT agent_id IS NULL FROM civitas.user_accounts WHERE login = 'cs_admin'"))
                .toBool());
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM civitas.role_memberships WHERE id = 'rm-tampered'"))
                 .toInt(),
             0);
}

void tst_CoreSecurity::loginChangesAreAudited()
{
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    QVERIFY(admin.exec(QStringLiteral(
        "SELECT civitas.create_login('cs_audited', 'audited-pass-1', ARRAY['schools'])")));
    QVERIFY(admin.exec(QStringLiteral(
        "SELECT civitas.create_login('cs_audited', 'audited-pass-2', ARRAY['associations'])")));
    QVERIFY(admin.exec(QStringLiteral("SELECT civitas.disable_login('cs_audited')")));
    QSqlQuery q = as(QStringLiteral("cs_admin"));
    QVERIFY(q.exec(QStringLiteral(
        "SELECT db_user, operation, coalesce(old_values::text, ''), new_values::text "
        "FROM civitas.audit_log WHERE table_name = 'logins' AND row_id = 'cs_audited' ORDER BY "
        "id")));
    QStringList rows;
    while (q.next())
        rows << QStringList{q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString()}
                    .join(QLatin1Char('|'));
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).startsWith(QLatin1String("cs_admin|insert||")), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(0).contains(QLatin1String("\"roles\": [\"schools\"]")),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).contains(QLatin1String("\"password\": \"reset\"")), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).contains(QLatin1String("\"roles\": [\"associations\"]"))
                 && rows.at(1).contains(QLatin1String("[\"schools\"]")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).contains(QLatin1String("\"can_login\": false")), qPrintable(rows.at(2)));
    // No password, not even its hash, in the log.
    QVERIFY(!rows.join(QString()).contains(QLatin1String("audited-pass")));
    QVERIFY(!rows.join(QString()).contains(QLatin1String("SCRAM")));
}

void tst_CoreSecurity::disablingALoginEndsItsSessions()
{
    QSqlQuery owner(m_server->admin());
    QVERIFY(owner.exec(QStringLiteral(
        "SELECT civitas.create_login('cs_leaving', 'cs_leaving-secret-1', ARRAY[]::text[])")));
    // A desk's permanent connection, listening.
    QSqlDatabase desk = open(QStringLiteral("cs_leaving"));
    QVERIFY(desk.isOpen());
    QVERIFY(desk.driver()->subscribeToNotification(QStringLiteral("civitas_changes")));
    QVERIFY(QSqlQuery(desk).exec(QStringLiteral("SELECT 1")));
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    QVERIFY2(admin.exec(QStringLiteral("SELECT civitas.disable_login('cs_leaving')")),
             qPrintable(admin.lastError().text()));
    QElapsedTimer timer;
    timer.start();
    while (
        m_server->scalar(QStringLiteral(
                             "SELECT count(*) FROM pg_stat_activity WHERE usename = 'cs_leaving'"))
                .toInt()
            > 0
        && timer.elapsed() < 5000)
        QThread::msleep(50);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM pg_stat_activity WHERE usename = 'cs_leaving'"))
                 .toInt(),
             0);
    QVERIFY(!QSqlQuery(desk).exec(QStringLiteral("SELECT 1")));
    QVERIFY(
        m_server
            ->scalar(QStringLiteral(
                "SELECT new_values->>'sessions_ended' FROM civitas.audit_log "
                "WHERE table_name = 'logins' AND row_id = 'cs_leaving' ORDER BY id DESC LIMIT 1"))
            .toInt()
        >= 1);
}

void tst_CoreSecurity::hrReadsLeaveAServerTrace()
{
    // The test cluster's log (scripts/testpostgres.sh): pg_ctl -l writes it beside the data.
    QFile log(qEnvironmentVariable("CIVITAS_TEST_PGDATA") + QStringLiteral("/../server.log"));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const qint64 start = log.size();
    log.close();
    // A plain read as HR, as in psql: no desk, no log_read().
    QSqlQuery hr = as(QStringLiteral("cs_hr"));
    QVERIFY(hr.exec(QStringLiteral("SELECT nir, address FROM civitas.agent_details -- cs-trace")));
    QVERIFY(hr.next());
    QByteArray written;
    QElapsedTimer timer;
    timer.start();
    do {
        QThread::msleep(50);
        QVERIFY(log.open(QIODevice::ReadOnly));
        log.seek(start);
        written = log.readAll();
        log.close();
    } while (!written.contains("cs-trace") && timer.elapsed() < 3000);
    const QList<QByteArray> lines = written.split('\n');
    bool traced = false;
    for (const QByteArray &line : lines)
        traced = traced
                 || (line.contains("AUDIT: OBJECT") && line.contains("civitas.agent_details")
                     && line.contains("cs_hr@") && line.contains("cs-trace"));
    QVERIFY2(traced, written.constData());
}

void tst_CoreSecurity::fileReadsAreDatedByTheServer()
{
    QSqlQuery hr = as(QStringLiteral("cs_hr"));
    QVERIFY2(hr.exec(QStringLiteral(
                 "INSERT INTO civitas.agent_file_reads (id, agent_id, read_at, read_by) "
                 "VALUES ('read-1', 'ag-1', '2001-01-01 00:00:00+00', 'cs_hr')")),
             qPrintable(hr.lastError().text()));
    QVERIFY(m_server
                ->scalar(QStringLiteral("SELECT read_at > now() - interval '1 hour' FROM "
                                        "civitas.agent_file_reads WHERE id = 'read-1'"))
                .toBool());
    QVERIFY(!hr.exec(QStringLiteral("UPDATE civitas.agent_file_reads SET read_at = '2001-01-01' "
                                    "WHERE id = 'read-1'")));
}

void tst_CoreSecurity::notificationsTellNothing()
{
    QSqlDatabase listener = open(QStringLiteral("cs_agent1"));
    QSqlDriver *driver = listener.driver();
    QSignalSpy spy(driver,
                   QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(
                       &QSqlDriver::notification));
    QVERIFY(driver->subscribeToNotification(QStringLiteral("civitas_changes")));
    // HR edits somebody else's file.
    QSqlQuery hr = as(QStringLiteral("cs_hr"));
    QVERIFY(hr.exec(QStringLiteral(
        "UPDATE civitas.agent_details SET address = '5 rue Neuve' WHERE id = 'ag-2'")));
    QVERIFY(spy.wait(5000));
    for (const QList<QVariant> &signal : std::as_const(spy)) {
        QCOMPARE(signal.at(0).toString(), QStringLiteral("civitas_changes"));
        QVERIFY2(signal.at(2).toString().isEmpty(), qPrintable(signal.at(2).toString()));
    }
    driver->unsubscribeFromNotification(QStringLiteral("civitas_changes"));
}

void tst_CoreSecurity::loginsHaveLimitsAndOutsidersNoConnect()
{
    QSqlQuery agent = as(QStringLiteral("cs_agent1"));
    QVERIFY(agent.exec(QStringLiteral("SHOW statement_timeout")) && agent.next());
    QCOMPARE(agent.value(0).toString(), QStringLiteral("1min"));
    QVERIFY(agent.exec(QStringLiteral("SHOW lock_timeout")) && agent.next());
    QCOMPARE(agent.value(0).toString(), QStringLiteral("10s"));
    QVERIFY(!agent.exec(QStringLiteral("CREATE TEMP TABLE scratch (x int)")));
    // A role that is not a Civitas login does not connect to the town's database.
    QVERIFY(m_server->exec(QStringLiteral(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cs_outsider') THEN "
        "CREATE ROLE cs_outsider LOGIN PASSWORD 'cs_outsider-secret-1'; END IF; END $$")));
    QSqlDatabase outsider
        = m_server->connectAs(QStringLiteral("cs_outsider"), QStringLiteral("cs-outsider"));
    QVERIFY(!outsider.isOpen());
    QVERIFY2(outsider.lastError().text().contains(QLatin1String("permission denied")),
             qPrintable(outsider.lastError().text()));
}

void tst_CoreSecurity::agentsCannotLockTablesNorBlockHr()
{
    QSqlQuery agent = as(QStringLiteral("cs_agent1"));
    for (const QString &table : {QStringLiteral("agents"),
                                 QStringLiteral("agent_details"),
                                 QStringLiteral("org_units"),
                                 QStringLiteral("user_accounts"),
                                 QStringLiteral("town_settings")}) {
        QVERIFY(agent.exec(QStringLiteral("BEGIN")));
        QVERIFY2(!agent.exec(QStringLiteral("LOCK TABLE civitas.%1 IN SHARE MODE").arg(table)),
                 qPrintable(table));
        QVERIFY(agent.exec(QStringLiteral("ROLLBACK")));
    }
    // The key the document numbering locked was anybody's to hold: hashtext of known strings.
    QVERIFY(agent.exec(QStringLiteral(
        "SELECT pg_advisory_lock(hashtext('civitas.agent_documents'), hashtext('ag-2')), "
        "pg_advisory_lock(hashtext('civitas.statutory_positions'), hashtext('ag-2'))")));
    // Nor may an agent reach HR's triggers with an insert its policies refuse.
    QVERIFY(agent.exec(QStringLiteral("BEGIN")));
    QVERIFY(!agent.exec(QStringLiteral(
        "INSERT INTO civitas.statutory_positions (id, agent_id, position, start_date, "
        "decision_reference, decision_date) VALUES ('p-x', 'ag-2', 'active', '2020-01-01', 'X', "
        "'2020-01-01')")));
    QSqlQuery hr = as(QStringLiteral("cs_hr"));
    QVERIFY(hr.exec(QStringLiteral("SET lock_timeout = '2s'")));
    const QString note = m_server->storeFile("%PDF-1.4\n", {QStringLiteral("cs_hr")});
    QVERIFY2(hr.exec(QStringLiteral(
                         "INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, "
                         "category, title, document_date, file_name, mime_type, byte_size, "
                         "content_sha256) VALUES ('doc-2', 'ag-2', 1, 'other', 'Note', "
                         "'2024-01-01', 'note.pdf', 'application/pdf', 9, '%1')")
                         .arg(note)),
             qPrintable(hr.lastError().text()));
    QVERIFY2(hr.exec(QStringLiteral(
                 "INSERT INTO civitas.statutory_positions (id, agent_id, position, start_date, "
                 "decision_reference, decision_date) VALUES ('p-2', 'ag-2', 'active', "
                 "'2018-06-11', 'A-2', '2018-06-11')")),
             qPrintable(hr.lastError().text()));
    // HR still updates (column-level grants).
    QVERIFY2(hr.exec(QStringLiteral(
                 "UPDATE civitas.agents SET post_title = 'Jardinier' WHERE id = 'ag-2'")),
             qPrintable(hr.lastError().text()));
    QVERIFY(agent.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(agent.exec(QStringLiteral("SELECT pg_advisory_unlock_all()")));
}

void tst_CoreSecurity::watermarkHoldIsReportedAndEnded()
{
    // An agent keeps a transaction open: every desk's pull stops at it.
    QSqlDatabase holderDb = open(QStringLiteral("cs_agent1"));
    QSqlQuery holder(holderDb);
    QVERIFY(holder.exec(QStringLiteral("BEGIN")));
    QVERIFY(holder.exec(QStringLiteral("SELECT pg_current_xact_id(), pg_backend_pid()")));
    QVERIFY(holder.next());
    const int pid = holder.value(1).toInt();
    QThread::msleep(1500);

    Client desk(*m_server, QStringLiteral("cs_agent2"));
    SyncReport report;
    QVERIFY(desk.sync(&report));
    QVERIFY2(report.watermarkHeldSeconds >= 1,
             qPrintable(QString::number(report.watermarkHeldSeconds)));

    // The administrator sees who, and ends it; an agent may do neither.
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    QVERIFY2(
        admin.exec(QStringLiteral(
                       "SELECT login, application, held_seconds FROM civitas.watermark_holders() "
                       "WHERE pid = %1")
                       .arg(pid)),
        qPrintable(admin.lastError().text()));
    QVERIFY(admin.next());
    QCOMPARE(admin.value(0).toString(), QStringLiteral("cs_agent1"));
    QVERIFY(admin.value(2).toDouble() >= 1);
    QSqlQuery agent = as(QStringLiteral("cs_agent2"));
    QVERIFY(!agent.exec(QStringLiteral("SELECT * FROM civitas.watermark_holders()")));
    QVERIFY(!agent.exec(QStringLiteral("SELECT civitas.end_session(%1)").arg(pid)));
    QVERIFY(admin.exec(QStringLiteral("SELECT civitas.end_session(%1)").arg(pid)));
    QVERIFY(admin.next() && admin.value(0).toBool());
    QThread::msleep(200);
    QVERIFY(!holder.exec(QStringLiteral("SELECT 1")));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.audit_log WHERE table_name "
                                         "= 'sessions' AND row_id = '%1' AND db_user = 'cs_admin'")
                              .arg(pid))
                 .toInt(),
             1);
    // The owner's sessions are not an administrator's to end.
    const int ownerPid = m_server->scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
    QVERIFY(!admin.exec(QStringLiteral("SELECT civitas.end_session(%1)").arg(ownerPid)));
}

void tst_CoreSecurity::freeTextHasLengthLimits()
{
    const QString longName(201, QLatin1Char('x'));
    const QString huge(100000, QLatin1Char('y'));
    QSqlQuery hr = as(QStringLiteral("cs_hr"));
    QVERIFY(!hr.exec(QStringLiteral("UPDATE civitas.agents SET birth_name = '%1' WHERE id = 'ag-1'")
                         .arg(longName)));
    QVERIFY2(hr.lastError().databaseText().contains(QLatin1String("agents_names_length")),
             qPrintable(hr.lastError().databaseText()));
    QVERIFY(
        !hr.exec(QStringLiteral("UPDATE civitas.agent_details SET address = '%1' WHERE id = 'ag-1'")
                     .arg(huge)));
    QVERIFY(!hr.exec(QStringLiteral("UPDATE civitas.org_units SET name = '%1' WHERE id = 'u-ev'")
                         .arg(longName)));
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    QVERIFY(!admin.exec(
        QStringLiteral("UPDATE civitas.user_accounts SET display_name = '%1' WHERE login = "
                       "'cs_agent1'")
            .arg(huge)));
    // At the limit is fine.
    QVERIFY2(hr.exec(QStringLiteral("UPDATE civitas.agents SET birth_name = '%1' WHERE id = 'ag-1'")
                         .arg(QString(200, QLatin1Char('z')))),
             qPrintable(hr.lastError().text()));
}

void tst_CoreSecurity::auditTriggersKnowEveryBinaryColumn()
{
    // The audit triggers' arguments are the table's binary columns (core 0007): a binary
    // column added later without make_audited would be logged whole, a document in the log.
    QSqlQuery q(m_server->admin());
    QVERIFY2(
        q.exec(QStringLiteral(
            "SELECT c.relname, "
            "       coalesce((SELECT string_agg(a.attname, ',' ORDER BY a.attnum) "
            "                   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
            "                    AND NOT a.attisdropped AND a.atttypid = 'bytea'::regtype), ''), "
            "       array_to_string(array_remove(string_to_array(encode(t.tgargs, 'escape'), "
            "                                                    '\\000'), ''), ',') "
            "  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            " WHERE t.tgname IN ('civitas_audit', 'civitas_audit_insertions') "
            " ORDER BY c.relname, t.tgname")),
        qPrintable(q.lastError().text()));
    int tables = 0;
    QStringList binary;
    while (q.next()) {
        ++tables;
        QCOMPARE(q.value(2).toString(), q.value(1).toString());
        if (!q.value(1).toString().isEmpty())
            binary << q.value(0).toString();
    }
    QVERIFY(tables >= 2 * 18);
    // The pieces and the supporting documents moved to the file store (hr 0005, leave 0007):
    // their tables' triggers were told that they hold no binary column any more.
    QVERIFY2(!binary.contains(QLatin1String("agent_documents"))
                 && !binary.contains(QLatin1String("leave_requests")),
             qPrintable(binary.join(u',')));
    // Nobody but the owner hangs it on a table (or takes it off one).
    QSqlQuery admin = as(QStringLiteral("cs_admin"));
    QVERIFY(!admin.exec(QStringLiteral("SELECT civitas.make_audited('civitas.agents')")));
    QVERIFY(admin.lastError().databaseText().contains(QLatin1String("permission denied")));
}

void tst_CoreSecurity::loginLookupsUseTheLoginIndex()
{
    // Every trigger that judges a login asks who it is: at a town's size that must be one
    // index lookup, not a read of every account (session_user's "C" collation, core 0007).
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.user_accounts (id, login, display_name) "
        "SELECT 'bulk-' || i, 'bulk_' || i, 'Compte ' || i FROM generate_series(1, 3000) i")));
    QVERIFY(m_server->exec(QStringLiteral("ANALYZE civitas.user_accounts")));
    QSqlDatabase db = open(QStringLiteral("cs_agent1"));
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    for (int i = 0; i < 20; ++i) {
        QVERIFY2(
            q.exec(QStringLiteral("SELECT civitas.current_agent_id(), civitas.current_user_id()"))
                && q.next(),
            qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), QStringLiteral("ag-1"));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables "
                                  "WHERE schemaname = 'civitas' AND relname = 'user_accounts'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.value(1).toInt() >= 40);
    db.rollback();
}

QTEST_GUILESS_MAIN(tst_CoreSecurity)
#include "tst_coresecurity.moc"
