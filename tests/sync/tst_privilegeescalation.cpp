#include "serverfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QThread>

// Ways around the separation of duties that a review of the server's policies found after the
// first round of fixes (core 0009, hr 0003, leave 0004), each attacked in plain SQL as the
// login that would use it.
class tst_PrivilegeEscalation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hrDoesNotApproveItsOwnLeaveThroughATypeItMade();
    void administratorDoesNotDeleteTiedAccounts();
    void administratorDoesNotRenameItself();
    void administratorDoesNotNameHeads();
    void stepsSignWithTheNameOfTheHrFile();
    void hrReadsOfTheAuditLogAreTraced();
    void theTownAndTheMovesAreTheServers_data();
    void theTownAndTheMovesAreTheServers();
    void tamperedDeskCannotSetTheTownsSettings();

private:
    bool run(const QString &login, const QString &sql, QString *error = nullptr);

    ServerFixture *m_server = nullptr;
    int m_connections = 0;
};

void tst_PrivilegeEscalation::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-ev', 'service', 'DST-EV', 'Espaces verts'), "
                                      "('u-rh', 'service', 'DRH', 'Ressources humaines')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, entry_date) VALUES "
        "('ag-1', '000001', 'MARTIN', 'Jeanne', 'u-ev', '2012-03-01'), "
        "('ag-head', '000002', 'DURAND', 'Paul', 'u-ev', '2005-09-01'), "
        "('ag-hr', '000003', 'PETIT', 'Lucie', 'u-rh', '2015-01-05')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET head_agent_id = 'ag-head' WHERE id = 'u-ev'")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.working_times (id, agent_id, effective_date, kind, weekly_minutes, "
        "weekly_pattern) SELECT 'wt-' || id, id, '2000-01-01', 'full_time', 2100, "
        "'11111111110000' FROM civitas.agents")));
    QVERIFY(m_server->addUser(
        QStringLiteral("pe_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("pe_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-head")));
    QVERIFY(m_server->addUser(
        QStringLiteral("pe_hr"), {QStringLiteral("hr")}, QStringLiteral("DRH"), {"ag-hr"}));
    QVERIFY(m_server->addUser(
        QStringLiteral("pe_admin"), {QStringLiteral("administrator")}, QStringLiteral("DRH"), {}));
    QVERIFY(m_server->addUser(QStringLiteral("pe_plain"), {}, QStringLiteral("DRH"), {}));
}

void tst_PrivilegeEscalation::cleanupTestCase()
{
    delete m_server;
    m_server = nullptr;
}

bool tst_PrivilegeEscalation::run(const QString &login, const QString &sql, QString *error)
{
    QSqlDatabase db
        = m_server->connectAs(login, QStringLiteral("pe-%1-%2").arg(login).arg(++m_connections));
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().databaseText();
    return false;
}

void tst_PrivilegeEscalation::hrDoesNotApproveItsOwnLeaveThroughATypeItMade()
{
    // HR writes the types: one approved by nobody and counted on no balance...
    QVERIFY(run(QStringLiteral("pe_hr"),
                QStringLiteral("INSERT INTO civitas.leave_types (id, code, label, counting, unit, "
                               "has_balance, approval) VALUES ('lt-free', 'free', 'Libre', "
                               "'calendar_days', 'day', 0, 'none')")));
    // ...then gives itself two months of it, approved.
    QString error;
    QVERIFY(!run(QStringLiteral("pe_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                                "start_date, end_date, half_days, state) VALUES ('own-1', "
                                "'ag-hr', 'lt-free', '2030-07-01', '2030-08-31', 124, "
                                "'approved')"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("approved by someone else")), qPrintable(error));
    // Submitted, it waits for someone else like anybody's.
    QVERIFY2(run(QStringLiteral("pe_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                                "start_date, end_date, half_days, state) VALUES ('own-2', "
                                "'ag-hr', 'lt-free', '2030-07-01', '2030-07-02', 4, 'submitted')"),
                 &error),
             qPrintable(error));
    QVERIFY(!run(QStringLiteral("pe_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' "
                                "WHERE id = 'own-2'")));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT string_agg(id || ' ' || state, ',') FROM civitas.leave_requests "
                     "WHERE agent_id = 'ag-hr'"))
                 .toString(),
             QStringLiteral("own-2 submitted"));
}

void tst_PrivilegeEscalation::administratorDoesNotDeleteTiedAccounts()
{
    // Deleting HR's account cut its login off from its agent: another account could then take
    // the agent, and with it the file and the leave.
    QString error;
    QVERIFY(
        !run(QStringLiteral("pe_admin"),
             QStringLiteral("UPDATE civitas.user_accounts SET deleted = 1 WHERE login = 'pe_hr'"),
             &error));
    QVERIFY2(error.contains(QLatin1String("database owner")), qPrintable(error));
    QVERIFY(!run(
        QStringLiteral("pe_admin"),
        QStringLiteral("UPDATE civitas.user_accounts SET deleted = 1 WHERE login = 'pe_agent'")));
    QVERIFY(!run(
        QStringLiteral("pe_admin"),
        QStringLiteral("UPDATE civitas.user_accounts SET deleted = 1 WHERE login = 'pe_admin'")));
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.user_accounts WHERE deleted = 1"))
            .toInt(),
        0);
    // An account tied to nothing is the administrator's to delete.
    QVERIFY2(
        run(QStringLiteral("pe_admin"),
            QStringLiteral("UPDATE civitas.user_accounts SET deleted = 1 WHERE login = 'pe_plain'"),
            &error),
        qPrintable(error));
}

void tst_PrivilegeEscalation::administratorDoesNotRenameItself()
{
    QString error;
    QVERIFY(!run(QStringLiteral("pe_admin"),
                 QStringLiteral("UPDATE civitas.user_accounts SET display_name = 'Sophie Martin' "
                                "WHERE login = 'pe_admin'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("rename")), qPrintable(error));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT display_name FROM civitas.user_accounts WHERE login = 'pe_admin'"))
                 .toString(),
             QStringLiteral("pe_admin"));
}

void tst_PrivilegeEscalation::administratorDoesNotNameHeads()
{
    // A deputy of the top unit approves everybody's leave: naming one is HR's.
    QString error;
    QVERIFY(!run(QStringLiteral("pe_admin"),
                 QStringLiteral("UPDATE civitas.org_units SET deputy_agent_id = 'ag-1' "
                                "WHERE id = 'u-ev'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("named by HR")), qPrintable(error));
    QVERIFY(!run(QStringLiteral("pe_admin"),
                 QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name, "
                                "head_agent_id) VALUES ('u-x', 'service', 'X', 'X', 'ag-1')")));
    // The administrator still runs the chart itself, and HR names heads.
    QVERIFY2(run(QStringLiteral("pe_admin"),
                 QStringLiteral("UPDATE civitas.org_units SET name = 'Espaces verts et propreté' "
                                "WHERE id = 'u-ev'"),
                 &error),
             qPrintable(error));
    QVERIFY2(run(QStringLiteral("pe_hr"),
                 QStringLiteral("UPDATE civitas.org_units SET deputy_agent_id = 'ag-1' "
                                "WHERE id = 'u-rh'"),
                 &error),
             qPrintable(error));
    QVERIFY(run(QStringLiteral("pe_hr"),
                QStringLiteral("UPDATE civitas.org_units SET deputy_agent_id = NULL "
                               "WHERE id = 'u-rh'")));
}

void tst_PrivilegeEscalation::stepsSignWithTheNameOfTheHrFile()
{
    // The administrator gives the head's account another name (its job: accounts)...
    QVERIFY(run(QStringLiteral("pe_admin"),
                QStringLiteral("UPDATE civitas.user_accounts SET display_name = 'Sophie Martin' "
                               "WHERE login = 'pe_head'")));
    QString error;
    QVERIFY2(run(QStringLiteral("pe_agent"),
                 QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                                "start_date, end_date, half_days, state) VALUES ('r-1', 'ag-1', "
                                "'leave-type-training', '2030-03-04', '2030-03-04', 2, "
                                "'submitted')"),
                 &error),
             qPrintable(error));
    QVERIFY2(run(QStringLiteral("pe_head"),
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'waiting_hr' "
                                "WHERE id = 'r-1'"),
                 &error),
             qPrintable(error));
    QVERIFY2(run(QStringLiteral("pe_head"),
                 QStringLiteral("INSERT INTO civitas.leave_request_steps (id, request_id, "
                                "agent_id, action, from_state, to_state, actor_login, "
                                "actor_name, acted_at) VALUES ('s-1', 'r-1', 'ag-1', "
                                "'forwarded_to_hr', 'submitted', 'waiting_hr', 'pe_head', "
                                "'Sophie Martin', now())"),
                 &error),
             qPrintable(error));
    // ...but the step signs with the name the HR file gives the head's agent.
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT actor_name FROM civitas.leave_request_steps WHERE id = 's-1'"))
                 .toString(),
             QStringLiteral("DURAND Paul"));
}

void tst_PrivilegeEscalation::hrReadsOfTheAuditLogAreTraced()
{
    if (m_server->scalar(QStringLiteral("SELECT current_setting('shared_preload_libraries')"))
            .toString()
            .contains(QLatin1String("pgaudit"))
        == false)
        QSKIP("pgaudit is not loaded by this cluster");
    QFile log(qEnvironmentVariable("CIVITAS_TEST_PGDATA") + QStringLiteral("/../server.log"));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const qint64 start = log.size();
    log.close();
    // The log keeps whole rows of the files: reading it is reading them.
    QVERIFY(run(QStringLiteral("pe_hr"),
                QStringLiteral("SELECT new_values FROM civitas.audit_log "
                               "WHERE table_name = 'agents' -- pe-trace")));
    QByteArray written;
    QElapsedTimer timer;
    timer.start();
    bool traced = false;
    do {
        QThread::msleep(50);
        QVERIFY(log.open(QIODevice::ReadOnly));
        log.seek(start);
        written = log.readAll();
        log.close();
        for (const QByteArray &line : written.split('\n'))
            traced = traced
                     || (line.contains("AUDIT: OBJECT") && line.contains("civitas.audit_log")
                         && line.contains("pe_hr@") && line.contains("pe-trace"));
    } while (!traced && timer.elapsed() < 3000);
    QVERIFY2(traced, written.constData());
}

// The server-only tables of this issue: the town's identity (core 0005) and the moves a step
// must tell (leave 0002). No application login writes either, nor reads the moves.
void tst_PrivilegeEscalation::theTownAndTheMovesAreTheServers_data()
{
    QTest::addColumn<QString>("login");
    for (const char *login : {"pe_agent", "pe_head", "pe_hr", "pe_admin"})
        QTest::newRow(login) << QString::fromLatin1(login);
}

void tst_PrivilegeEscalation::theTownAndTheMovesAreTheServers()
{
    QFETCH(QString, login);
    const QString town = m_server->scalar(QStringLiteral("SELECT id FROM civitas.town")).toString();
    QVERIFY(!town.isEmpty());
    QString error;
    // Every login may know which town it works in...
    QVERIFY2(run(login, QStringLiteral("SELECT id FROM civitas.town"), &error), qPrintable(error));
    // ...none may change it: a "not loaded yet" town would take a second load.
    for (const QString &sql :
         {QStringLiteral("UPDATE civitas.town SET loaded_at = NULL"),
          QStringLiteral("UPDATE civitas.town SET id = 'another-town'"),
          QStringLiteral("INSERT INTO civitas.town (id, singleton) VALUES ('x', true)"),
          QStringLiteral("DELETE FROM civitas.town"),
          QStringLiteral("SELECT count(*) FROM civitas.leave_request_moves"),
          QStringLiteral("INSERT INTO civitas.leave_request_moves (request_id, from_state, "
                         "to_state) VALUES ('r-1', 'submitted', 'approved')"),
          QStringLiteral("UPDATE civitas.leave_request_moves SET step_id = NULL")}) {
        QVERIFY2(!run(login, sql, &error), qPrintable(login + QLatin1String(": ") + sql));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    }
    QCOMPARE(m_server->scalar(QStringLiteral("SELECT id FROM civitas.town")).toString(), town);
}

void tst_PrivilegeEscalation::tamperedDeskCannotSetTheTownsSettings()
{
    // An agent's desk file, its town settings edited by hand: Alsace-Moselle would give the
    // whole town Good Friday and 26 December off.
    Client desk(*m_server, QStringLiteral("pe_agent"));
    QVERIFY(desk.sync());
    QVERIFY(desk.exec(QStringLiteral("INSERT INTO town_settings (id, value) VALUES "
                                     "('calendar/alsaceMoselle', '1')")));
    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), m_server->name());
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("pe_agent"));
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(QStringLiteral("pe_agent")));
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(CIVITAS_ADMIN),
               {QStringLiteral("sync"), QStringLiteral("--db"), desk.path()});
    QVERIFY(sync.waitForFinished(120000));
    const QString out = QString::fromUtf8(sync.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("refused 1")),
             qPrintable(out + sync.readAllStandardError()));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.town_settings "
                                         "WHERE id = 'calendar/alsaceMoselle' AND value = '1'"))
                 .toInt(),
             0);
    // The desk keeps the change, refused, with the server's reason.
    const QString refusal
        = desk.scalar(QStringLiteral("SELECT refusal FROM sync_outbox WHERE state = 'refused'"))
              .toString();
    QVERIFY2(refusal.contains(QLatin1String("permission denied"))
                 || refusal.contains(QLatin1String("row-level security")),
             qPrintable(refusal));
}

QTEST_GUILESS_MAIN(tst_PrivilegeEscalation)
#include "tst_privilegeescalation.moc"
