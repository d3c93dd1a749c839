#include "serverfixture.h"

#include <core/sync/synchroniser.h>

using namespace Civitas;

// What each role may do on the server, checked with plain SQL as each login, as somebody
// with psql would: the application's own checks are not what protects the data.
class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentSeesOnlyTheirOwnAccount();
    void departmentHeadSeesTheirUnitsOnly();
    void agentCannotChangeWhatIsNotTheirs();
    void administratorCannotTakeOverOtherRoles();
    void nobodyCanAlterTheAuditLog();
    void changesAreAudited();
    void lostVisibilityLeavesTheLocalFile();
    void disabledAccountCannotConnect();

private:
    QSqlQuery as(const QString &login);
    int count(const QString &login, const QString &sql);
    ServerFixture *m_server = nullptr;
    int m_connections = 0;
};

void tst_Security::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name, head_agent_id) VALUES "
                       "('d-st', 'direction', 'DST', 'Services techniques', NULL), "
                       "('u-ev', 'service', 'DST-EV', 'Espaces verts', 'ag-head'), "
                       "('u-vo', 'service', 'DST-VOI', 'Voirie', NULL), "
                       "('u-cp', 'service', 'DRH-CP', 'Carrières et paie', NULL)")));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET parent_id = 'd-st' WHERE id IN ('u-ev', 'u-vo')")));
    QVERIFY(m_server->addUser(
        QStringLiteral("sb_agent1"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(
        QStringLiteral("sb_agent2"), {}, QStringLiteral("DST-VOI"), QStringLiteral("ag-2")));
    QVERIFY(m_server->addUser(QStringLiteral("sb_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-head")));
    QVERIFY(m_server->addUser(QStringLiteral("sb_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-hr")));
    QVERIFY(m_server->addUser(QStringLiteral("sb_admin"),
                              {QStringLiteral("administrator")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-admin")));
}

void tst_Security::cleanupTestCase()
{
    delete m_server;
}

QSqlQuery tst_Security::as(const QString &login)
{
    QSqlDatabase db
        = m_server->connectAs(login, QStringLiteral("sec-%1-%2").arg(login).arg(++m_connections));
    if (!db.isOpen())
        qWarning() << db.lastError().text();
    return QSqlQuery(db);
}

int tst_Security::count(const QString &login, const QString &sql)
{
    QSqlQuery q = as(login);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

void tst_Security::agentSeesOnlyTheirOwnAccount()
{
    QCOMPARE(count(QStringLiteral("sb_agent1"),
                   QStringLiteral("SELECT count(*) FROM civitas.user_accounts")),
             1);
    QCOMPARE(count(QStringLiteral("sb_agent1"),
                   QStringLiteral(
                       "SELECT count(*) FROM civitas.user_accounts WHERE login = 'sb_agent2'")),
             0);
    QCOMPARE(count(QStringLiteral("sb_agent1"),
                   QStringLiteral("SELECT count(*) FROM civitas.role_memberships")),
             1);
    // Everybody sees the organisation chart.
    QCOMPARE(count(QStringLiteral("sb_agent1"),
                   QStringLiteral("SELECT count(*) FROM civitas.org_units")),
             4);
    QCOMPARE(count(QStringLiteral("sb_hr"),
                   QStringLiteral("SELECT count(*) FROM civitas.user_accounts")),
             5);
}

void tst_Security::departmentHeadSeesTheirUnitsOnly()
{
    // The head of green spaces sees its team (agent1 and themself), not the roads' agent.
    QSqlQuery q = as(QStringLiteral("sb_head"));
    QVERIFY(q.exec(QStringLiteral("SELECT login FROM civitas.user_accounts ORDER BY login")));
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    QCOMPARE(logins, (QStringList{QStringLiteral("sb_agent1"), QStringLiteral("sb_head")}));
    // Heading a direction covers its services.
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET head_agent_id = 'ag-head' WHERE id = 'd-st'")));
    QCOMPARE(count(QStringLiteral("sb_head"),
                   QStringLiteral("SELECT count(*) FROM civitas.user_accounts")),
             3);
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET head_agent_id = NULL WHERE id = 'd-st'")));
}

void tst_Security::agentCannotChangeWhatIsNotTheirs()
{
    QSqlQuery q = as(QStringLiteral("sb_agent1"));
    // Agents hold no UPDATE on the chart at all (nor could they LOCK TABLE it).
    QVERIFY(!q.exec(QStringLiteral("UPDATE civitas.org_units SET name = 'Hacked'")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("permission denied")));
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO civitas.user_accounts (id, login, display_name) VALUES ('x', 'x', 'x')")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("row-level security")));
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO civitas.role_memberships (id, user_id, role) "
        "SELECT 'y', id, 'administrator' FROM civitas.user_accounts WHERE login = 'sb_agent1'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM civitas.org_units")));
    QVERIFY(!q.exec(QStringLiteral(
        "SELECT civitas.create_login('sb_evil', 'password1', ARRAY['administrator'])")));
    // Nobody hangs the audit trigger on a table of their own to forge audit rows: no login
    // may even make a temporary table in the town's database.
    QVERIFY(!q.exec(QStringLiteral("CREATE TEMP TABLE fake (id text, deleted int)")));
    QVERIFY(!q.exec(QStringLiteral("CREATE TRIGGER forge AFTER INSERT ON fake FOR EACH ROW EXECUTE "
                                   "FUNCTION civitas.audit_change()")));
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.org_units WHERE name = 'Hacked'"))
            .toInt(),
        0);
}

void tst_Security::administratorCannotTakeOverOtherRoles()
{
    // The provisioning superuser is "member" of every role for pg_has_role: it must still not
    // count as a Civitas login that an administrator may re-password or disable.
    QSqlQuery admin = as(QStringLiteral("sb_admin"));
    QVERIFY(!admin.exec(
        QStringLiteral("SELECT civitas.create_login('%1', 'taken-over-1', ARRAY[]::text[])")
            .arg(ServerFixture::adminUser())));
    QVERIFY(!admin.exec(
        QStringLiteral("SELECT civitas.disable_login('%1')").arg(ServerFixture::adminUser())));
    // Neither touched the superuser: the fixture still connects with its password.
    QVERIFY(m_server
                ->scalar(
                    QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = current_user"))
                .toBool());
    // Nor may it make an hr login: that is the database owner's (separation of duties).
    QVERIFY(!admin.exec(
        QStringLiteral("SELECT civitas.create_login('sb_newcomer', 'newcomer-1', ARRAY['hr'])")));
    QVERIFY(admin.exec(QStringLiteral(
        "SELECT civitas.create_login('sb_newcomer', 'newcomer-1', ARRAY['schools'])")));
    // A role with powers of its own is not a Civitas login either, even inside civitas_agent.
    QVERIFY(m_server->exec(QStringLiteral(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sb_powerful') "
        "THEN CREATE ROLE sb_powerful LOGIN CREATEROLE IN ROLE civitas_agent; END IF; END $$")));
    QVERIFY(!admin.exec(QStringLiteral(
        "SELECT civitas.create_login('sb_powerful', 'taken-over-1', ARRAY[]::text[])")));
}

void tst_Security::nobodyCanAlterTheAuditLog()
{
    QVERIFY(m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.audit_log")).toInt() > 0);
    for (const QString &login :
         {QStringLiteral("sb_admin"), QStringLiteral("sb_hr"), QStringLiteral("sb_agent1")}) {
        QSqlQuery q = as(login);
        QVERIFY2(!q.exec(QStringLiteral("UPDATE civitas.audit_log SET db_user = 'nobody'")),
                 qPrintable(login));
        QVERIFY2(!q.exec(QStringLiteral("DELETE FROM civitas.audit_log")), qPrintable(login));
        QVERIFY2(!q.exec(QStringLiteral("TRUNCATE civitas.audit_log")), qPrintable(login));
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO civitas.audit_log (table_name, row_id, "
                                        "operation) VALUES ('x', 'x', 'read')")),
                 qPrintable(login));
    }
    // Administrators read it; agents do not.
    QVERIFY(
        count(QStringLiteral("sb_admin"), QStringLiteral("SELECT count(*) FROM civitas.audit_log"))
        > 0);
    QSqlQuery agent = as(QStringLiteral("sb_agent1"));
    QVERIFY(!agent.exec(QStringLiteral("SELECT count(*) FROM civitas.audit_log")));
    // Even the owner's own triggers refuse changes to it.
    QSqlQuery owner(m_server->admin());
    QVERIFY(!owner.exec(QStringLiteral("DELETE FROM civitas.audit_log")));
    QVERIFY(owner.lastError().databaseText().contains(QLatin1String("append-only")));
}

void tst_Security::changesAreAudited()
{
    QSqlQuery hr = as(QStringLiteral("sb_hr"));
    QVERIFY(hr.exec(
        QStringLiteral("UPDATE civitas.org_units SET minimum_staffing = 4 WHERE id = 'u-cp'")));
    QVERIFY(hr.exec(QStringLiteral("SELECT civitas.log_read('user_accounts', 'some-agent')")));
    QSqlQuery q(m_server->admin());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT db_user, operation, old_values::text, new_values::text FROM civitas.audit_log "
        "WHERE table_name = 'org_units' AND row_id = 'u-cp' ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("sb_hr"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
    QVERIFY2(q.value(2).toString().contains(QLatin1String("\"minimum_staffing\": 0")),
             qPrintable(q.value(2).toString()));
    QVERIFY(q.value(3).toString().contains(QLatin1String("\"minimum_staffing\": 4")));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM civitas.audit_log WHERE operation = 'read' "
                     "AND db_user = 'sb_hr' AND row_id = 'some-agent'"))
                 .toInt(),
             1);
    // Agents cannot write read records.
    QSqlQuery agent = as(QStringLiteral("sb_agent1"));
    QVERIFY(!agent.exec(QStringLiteral("SELECT civitas.log_read('user_accounts', 'x')")));
}

void tst_Security::lostVisibilityLeavesTheLocalFile()
{
    // The head's desk holds its team's accounts; moved away from the unit, it must not keep them.
    QTemporaryDir dir;
    Database desk;
    QString error;
    QVERIFY(desk.open(dir.filePath(QStringLiteral("head.sqlite")), &error));
    QVERIFY(desk.migrate(migrationsIn(QStringLiteral("migrations")), &error));
    QSqlDatabase server
        = m_server->connectAs(QStringLiteral("sb_head"), QStringLiteral("sec-head-desk"));
    Synchroniser synchroniser(desk, server);
    SyncReport report;
    QVERIFY(synchroniser.sync(&report));
    auto held = [&] {
        QSqlQuery q(desk.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM user_accounts WHERE login = 'sb_agent1'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(held(), 1);
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET head_agent_id = NULL WHERE id = 'u-ev'")));
    QVERIFY(synchroniser.sync(&report));
    QCOMPARE(held(), 1); // the account itself did not change: a pull alone does not see it
    QVERIFY2(synchroniser.reconcile(&report), qPrintable(report.error));
    QCOMPARE(held(), 0);
    QVERIFY(report.removed >= 1);
    // The search index forgot it too.
    QSqlQuery fts(desk.connection());
    QVERIFY(fts.exec(QStringLiteral(
                "SELECT count(*) FROM user_accounts_fts WHERE user_accounts_fts MATCH 'sb_agent1'"))
            && fts.next());
    QCOMPARE(fts.value(0).toInt(), 0);
    // Head again: the team comes back, though none of its rows changed.
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET head_agent_id = 'ag-head' WHERE id = 'u-ev'")));
    QVERIFY(synchroniser.reconcile(&report));
    QCOMPARE(held(), 1);
}

void tst_Security::disabledAccountCannotConnect()
{
    QSqlQuery q(m_server->admin());
    QVERIFY(q.exec(QStringLiteral("SELECT civitas.disable_login('sb_agent2')")));
    QSqlDatabase db
        = m_server->connectAs(QStringLiteral("sb_agent2"), QStringLiteral("sec-disabled"));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.lastError().text().contains(QLatin1String("not permitted to log in")),
             qPrintable(db.lastError().text()));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT active FROM civitas.user_accounts WHERE login = 'sb_agent2'"))
                 .toInt(),
             0);
    // Re-enabling is `user add` again.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT civitas.create_login('sb_agent2', 'sb_agent2-secret-1', ARRAY[]::text[])")));
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
