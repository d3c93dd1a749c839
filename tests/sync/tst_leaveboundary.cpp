#include "serverfixture.h"

#include <core/access/session.h>
#include <leave/store/leaverecount.h>
#include <leave/store/leaverequeststore.h>

#include <QProcess>

using namespace Civitas;

// Leave's side of the server's security boundary (issue 15), attacked as each login would with
// psql, and as HR would through a tampered desk file pushed by `civitas-admin sync`. Each case
// is a finding of the review: it passed on the server before central leave 0002.
//
// The town: direction DST (ag-head) with its service DST-EV (ag-svc; ag-1 works there), the
// parks service DST-PK (ag-pk; ag-p1 works there), HR's service DRH-CP (ag-hr, ag-hr2, ag-2,
// ag-dep). Every request falls on weekdays of 2031 or later, counted as the desk counts them.
class tst_LeaveBoundary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nobodyMovesARequestOntoOrOffAnAgent();
    void hrDoesNotExtendNorCreditItsOwnLeave();
    void hrDeskTamperedThroughTheCliIsRefused();
    void theServerWritesTheLedgerOfADecision();
    void approversWriteNoLedgerLine();
    void delegationsEndWithTheHeadship();
    void stepsAreStampedByTheServer();
    void freeTextAndDocumentsAreBounded();
    void draftsStayTheirAgents();
    void agentsLockNothingOfOthers();
    void desksPushWhatTheServerWrites();

private:
    QSqlQuery as(const QString &login);
    bool run(const QString &login,
             const QString &sql,
             QString *error = nullptr,
             int *affected = nullptr);
    QString serverValue(const QString &sql) { return m_server->scalar(sql).toString(); }
    QString request(const QString &id,
                    const QString &agent,
                    const QString &state,
                    const QString &day,
                    const QString &type = QStringLiteral("annual"));

    ServerFixture *m_server = nullptr;
    QHash<QString, QString> m_connectionNames;
};

void tst_LeaveBoundary::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    for (const char *id : {"hr", "leave"})
        QVERIFY(testModules().module(QLatin1String(id)));
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, parent_id, kind, code, name, head_agent_id) VALUES "
        "('d-st', NULL, 'direction', 'DST', 'Services techniques', 'ag-head'), "
        "('u-ev', 'd-st', 'service', 'DST-EV', 'Espaces verts', 'ag-svc'), "
        "('u-pk', 'd-st', 'service', 'DST-PK', 'Parcs', 'ag-pk'), "
        "('u-cp', NULL, 'service', 'DRH-CP', 'Carrières et paie', NULL)")));
    struct Login
    {
        const char *login;
        QStringList roles;
        const char *unit;
        const char *agent;
    };
    const QList<Login> logins = {
        {"lb_agent", {}, "DST-EV", "ag-1"},
        {"lb_other", {}, "DRH-CP", "ag-2"},
        {"lb_head", {QStringLiteral("department_head")}, "DST", "ag-head"},
        {"lb_svchead", {QStringLiteral("department_head")}, "DST-EV", "ag-svc"},
        {"lb_pkhead", {QStringLiteral("department_head")}, "DST-PK", "ag-pk"},
        {"lb_newhead", {QStringLiteral("department_head")}, "DST-PK", "ag-new"},
        {"lb_deputy", {}, "DRH-CP", "ag-dep"},
        {"lb_hr", {QStringLiteral("hr")}, "DRH-CP", "ag-hr"},
        {"lb_hr2", {QStringLiteral("hr")}, "DRH-CP", "ag-hr2"},
    };
    for (const Login &l : logins)
        QVERIFY(m_server->addUser(
            QLatin1String(l.login), l.roles, QLatin1String(l.unit), QLatin1String(l.agent)));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.user_accounts SET display_name = 'Lucie Petit' WHERE login = 'lb_hr'")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES "
        "('ag-1', '200001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-svc', '200002', 'ROUX', 'Marc', 'u-ev', 'Chef de service', '2010-01-04'), "
        "('ag-head', '200003', 'DURAND', 'Paul', 'd-st', 'Directeur', '2005-09-01'), "
        "('ag-pk', '200004', 'LEROY', 'Anne', 'u-pk', 'Cheffe des parcs', '2009-01-05'), "
        "('ag-p1', '200005', 'MOREL', 'Yves', 'u-pk', 'Jardinier', '2019-04-01'), "
        "('ag-new', '200006', 'GIRARD', 'Inès', 'u-pk', 'Cheffe des parcs', '2011-01-03'), "
        "('ag-2', '200007', 'BERNARD', 'Karim', 'u-cp', 'Gestionnaire', '2018-06-11'), "
        "('ag-dep', '200008', 'FAURE', 'Alice', 'u-cp', 'Adjointe', '2016-02-01'), "
        "('ag-hr', '200009', 'PETIT', 'Lucie', 'u-cp', 'Responsable RH', '2015-01-05'), "
        "('ag-hr2', '200010', 'LAMBERT', 'Noé', 'u-cp', 'Chargé RH', '2017-01-02')")));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, "
                                          "effective_date, kind, weekly_minutes, weekly_pattern) "
                                          "SELECT 'w-' || id, id, entry_date, 'full_time', 2100, "
                                          "'11111111110000' FROM civitas.agents")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                       "year, kind, days_hundredths, effective_date, source) "
                       "SELECT 'l-' || id, id, 'leave-type-annual', 2031, 'allocation', 2500, "
                       "'2031-01-01', 'hr' FROM civitas.agents")));
    // HR's own leave, approved by another HR officer: one day, Monday 3 February 2031.
    QVERIFY(m_server->exec(request(QStringLiteral("hr-own"),
                                   QStringLiteral("ag-hr"),
                                   QStringLiteral("approved"),
                                   QStringLiteral("2031-02-03"))));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_delegations (id, org_unit_id, delegator_agent_id, "
        "deputy_agent_id, start_date, end_date) VALUES "
        "('dl-ev', 'u-ev', 'ag-svc', 'ag-dep', current_date - 1, current_date + 10), "
        "('dl-pk', 'u-pk', 'ag-pk', 'ag-dep', current_date - 1, current_date + 60)")));
}

void tst_LeaveBoundary::cleanupTestCase()
{
    delete m_server;
}

QSqlQuery tst_LeaveBoundary::as(const QString &login)
{
    QString name = m_connectionNames.value(login);
    if (name.isEmpty()) {
        name = QStringLiteral("leavebound-%1").arg(login);
        QSqlDatabase db = m_server->connectAs(login, name);
        if (!db.isOpen())
            qWarning() << login << db.lastError().text();
        m_connectionNames.insert(login, name);
    }
    return QSqlQuery(QSqlDatabase::database(name, false));
}

bool tst_LeaveBoundary::run(const QString &login, const QString &sql, QString *error, int *affected)
{
    QSqlQuery q = as(login);
    const bool ok = q.exec(sql);
    if (error)
        *error = ok ? QString() : q.lastError().databaseText();
    if (affected)
        *affected = ok ? q.numRowsAffected() : 0;
    return ok;
}

// One weekday: two half-days.
QString tst_LeaveBoundary::request(const QString &id,
                                   const QString &agent,
                                   const QString &state,
                                   const QString &day,
                                   const QString &type)
{
    return QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                          "start_date, end_date, half_days, state) VALUES ('%1', '%2', "
                          "'leave-type-%3', '%4', '%4', 2, '%5')")
        .arg(id, agent, type, day, state);
}

// Finding 3: HR inserted an approved request for a colleague, then moved it onto itself.
void tst_LeaveBoundary::nobodyMovesARequestOntoOrOffAnAgent()
{
    QString error;
    QVERIFY2(run(QStringLiteral("lb_hr"),
                 request(QStringLiteral("mv-1"),
                         QStringLiteral("ag-2"),
                         QStringLiteral("approved"),
                         QStringLiteral("2031-03-03")),
                 &error),
             qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET agent_id = 'ag-hr' WHERE id = "
                                "'mv-1'"),
                 &error));
    // Nobody holds UPDATE on agent_id; the workflow trigger says it too, to the owner's loads.
    QVERIFY2(error.contains(QLatin1String("cannot change"))
                 || error.contains(QLatin1String("permission denied")),
             qPrintable(error));
    // Nor off itself onto a colleague, to be approved there.
    QVERIFY(m_server->exec(request(QStringLiteral("mv-2"),
                                   QStringLiteral("ag-hr"),
                                   QStringLiteral("submitted"),
                                   QStringLiteral("2031-03-10"))));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET agent_id = 'ag-2' WHERE id = "
                                "'mv-2'"),
                 &error));
    // The agent's own request, moved onto a colleague: the same.
    QVERIFY(run(QStringLiteral("lb_agent"),
                request(QStringLiteral("mv-3"),
                        QStringLiteral("ag-1"),
                        QStringLiteral("draft"),
                        QStringLiteral("2031-03-17")),
                &error));
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 QStringLiteral("UPDATE civitas.leave_requests SET agent_id = 'ag-svc' WHERE id "
                                "= 'mv-3'"),
                 &error));
    QCOMPARE(serverValue(QStringLiteral("SELECT string_agg(id || '=' || agent_id, ',' ORDER BY "
                                        "id) FROM civitas.leave_requests WHERE id LIKE 'mv-%'")),
             QStringLiteral("mv-1=ag-2,mv-2=ag-hr,mv-3=ag-1"));
}

// Finding 3: HR stretched its own approved day to weeks (to two months in the review); and
// credited itself.
void tst_LeaveBoundary::hrDoesNotExtendNorCreditItsOwnLeave()
{
    QString error;
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET end_date = '2031-02-28', "
                                "half_days = 40 WHERE id = 'hr-own'"),
                 &error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET leave_type_id = "
                                "'leave-type-training' WHERE id = 'hr-own'"),
                 &error));
    // Created approved, or submitted and approved by itself.
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 request(QStringLiteral("hr-own-2"),
                         QStringLiteral("ag-hr"),
                         QStringLiteral("approved"),
                         QStringLiteral("2031-04-07")),
                 &error));
    QVERIFY(run(QStringLiteral("lb_hr"),
                request(QStringLiteral("hr-own-3"),
                        QStringLiteral("ag-hr"),
                        QStringLiteral("submitted"),
                        QStringLiteral("2031-04-15")),
                &error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' WHERE id = "
                                "'hr-own-3'"),
                 &error));
    // Its own balance: no line for itself, of any kind; a colleague's it keeps.
    for (const char *kind : {"allocation", "adjustment", "carry_over"}) {
        QVERIFY(!run(QStringLiteral("lb_hr"),
                     QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, "
                                    "leave_type_id, year, kind, days_hundredths, effective_date) "
                                    "VALUES ('hr-gift-%1', 'ag-hr', 'leave-type-annual', 2031, "
                                    "'%1', 500, '2031-01-01')")
                         .arg(QLatin1String(kind)),
                     &error));
        QVERIFY2(error.contains(QLatin1String("row-level security")), qPrintable(error));
    }
    QVERIFY2(run(QStringLiteral("lb_hr2"),
                 QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, "
                                "leave_type_id, year, kind, days_hundredths, effective_date) "
                                "VALUES ('hr2-gives', 'ag-hr', 'leave-type-annual', 2031, "
                                "'adjustment', 100, '2031-01-01')"),
                 &error),
             qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral("SELECT end_date || ' ' || half_days || ' ' || state FROM "
                                        "civitas.leave_requests WHERE id = 'hr-own'")),
             QStringLiteral("2031-02-03 2 approved"));
    QCOMPARE(serverValue(QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM "
                                        "civitas.leave_ledger_entries WHERE agent_id = 'ag-hr' "
                                        "AND id NOT LIKE 'l-%'")),
             QStringLiteral("hr2-gives"));
}

// Finding 3 again, from HR's desk: its file tampered with as an attacker would (rows and
// outbox written by plain SQL), pushed by the real `civitas-admin sync`.
void tst_LeaveBoundary::hrDeskTamperedThroughTheCliIsRefused()
{
#ifndef CIVITAS_ADMIN
    QSKIP("built without civitas-admin");
#else
    QVERIFY(m_server->exec(request(QStringLiteral("cli-own"),
                                   QStringLiteral("ag-hr"),
                                   QStringLiteral("approved"),
                                   QStringLiteral("2031-05-05"))));
    QVERIFY(run(QStringLiteral("lb_hr"),
                request(QStringLiteral("cli-colleague"),
                        QStringLiteral("ag-2"),
                        QStringLiteral("approved"),
                        QStringLiteral("2031-05-12"))));
    Client desk(*m_server, QStringLiteral("lb_hr"));
    QVERIFY(desk.sync());
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM leave_requests WHERE id IN "
                                        "('cli-own', 'cli-colleague')"))
                 .toInt(),
             2);
    // The desk's own writes go to the outbox through its capture triggers.
    QVERIFY(desk.exec(QStringLiteral("UPDATE leave_requests SET end_date = '2031-06-30', "
                                     "half_days = 80 WHERE id = 'cli-own'")));
    QVERIFY(desk.exec(
        QStringLiteral("UPDATE leave_requests SET agent_id = 'ag-hr' WHERE id = 'cli-colleague'")));
    QVERIFY(desk.exec(
        QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, "
                       "kind, days_hundredths, effective_date, source) VALUES ('cli-gift', "
                       "'ag-hr', 'leave-type-annual', 2031, 'allocation', 1000, "
                       "'2031-01-01', 'hr')")));
    QCOMPARE(desk.db().pendingChangeCount(), 3);
    // Pushed by the real command, as the attacker would, while this desk stays open.
    const QString path = desk.path();
    QProcess push;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("lb_hr"));
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(QStringLiteral("lb_hr")));
    env.insert(QStringLiteral("PGDATABASE"), m_server->name());
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    push.setProcessEnvironment(env);
    push.start(QStringLiteral(CIVITAS_ADMIN),
               {QStringLiteral("sync"), QStringLiteral("--db"), path});
    QVERIFY(push.waitForFinished(120000));
    const QString out = QString::fromUtf8(push.readAllStandardOutput())
                        + QString::fromUtf8(push.readAllStandardError());
    QVERIFY2(out.contains(QLatin1String("refused 3")), qPrintable(out));
    QCOMPARE(serverValue(QStringLiteral("SELECT end_date || ' ' || half_days FROM "
                                        "civitas.leave_requests WHERE id = 'cli-own'")),
             QStringLiteral("2031-05-05 2"));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT agent_id FROM civitas.leave_requests WHERE id = 'cli-colleague'")),
             QStringLiteral("ag-2"));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT count(*) FROM civitas.leave_ledger_entries WHERE id = 'cli-gift'")),
             QStringLiteral("0"));
#endif
}

// Finding 5: the use of approved leave, and its reversal on cancellation, are the server's,
// written in the transaction of the move, with the ids the desk previews them under.
void tst_LeaveBoundary::theServerWritesTheLedgerOfADecision()
{
    QString error;
    QVERIFY(run(QStringLiteral("lb_agent"),
                request(QStringLiteral("led-1"),
                        QStringLiteral("ag-1"),
                        QStringLiteral("submitted"),
                        QStringLiteral("2031-06-03")),
                &error));
    QVERIFY2(run(QStringLiteral("lb_svchead"),
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' WHERE id = "
                                "'led-1'"),
                 &error),
             qPrintable(error));
    const QString lines = QStringLiteral(
        "SELECT string_agg(id || ' ' || days_hundredths || ' ' || effective_date || ' ' || source "
        "|| ' ' || coalesce(reverses_entry_id, '-') || ' ' || updated_by, ', ' ORDER BY id) FROM "
        "civitas.leave_ledger_entries WHERE request_id = 'led-1'");
    QCOMPARE(serverValue(lines), QStringLiteral("led-1:use -100 2031-06-03 request - lb_svchead"));
    QVERIFY(run(QStringLiteral("lb_agent"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = "
                               "'cancellation_requested' WHERE id = 'led-1'"),
                &error));
    QCOMPARE(serverValue(lines), QStringLiteral("led-1:use -100 2031-06-03 request - lb_svchead"));
    QVERIFY(run(QStringLiteral("lb_svchead"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = 'cancelled' WHERE id = "
                               "'led-1'"),
                &error));
    QCOMPARE(serverValue(lines),
             QStringLiteral("led-1:use -100 2031-06-03 request - lb_svchead, "
                            "led-1:use:reversal 100 2031-06-03 cancellation led-1:use "
                            "lb_svchead"));
    // HR's entry of a colleague's leave is used as it is entered; HR's recount replaces it.
    QVERIFY(run(QStringLiteral("lb_hr"),
                request(QStringLiteral("led-2"),
                        QStringLiteral("ag-2"),
                        QStringLiteral("approved"),
                        QStringLiteral("2031-06-09")),
                &error));
    QVERIFY(run(QStringLiteral("lb_hr"),
                QStringLiteral("UPDATE civitas.leave_requests SET end_date = '2031-06-10', "
                               "half_days = 4 WHERE id = 'led-2'"),
                &error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT string_agg(id || ' ' || days_hundredths || ' ' || source, ', ' ORDER BY "
                 "id) FROM civitas.leave_ledger_entries WHERE request_id = 'led-2'")),
             QStringLiteral("led-2:use -100 request, led-2:use:2 -200 recount, "
                            "led-2:use:reversal 100 recount"));
}

// Finding 5: approvers wrote uses and reversals themselves: a use reversed with no
// cancellation, the same use reversed twice, a team member debited against a draft; and
// finding 13: leave_use_reverses() answered yes or no about anybody's ledger.
void tst_LeaveBoundary::approversWriteNoLedgerLine()
{
    QString error;
    QVERIFY(run(QStringLiteral("lb_agent"),
                request(QStringLiteral("mint-1"),
                        QStringLiteral("ag-1"),
                        QStringLiteral("submitted"),
                        QStringLiteral("2031-06-16")),
                &error));
    QVERIFY(run(QStringLiteral("lb_svchead"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' WHERE id = "
                               "'mint-1'"),
                &error));
    QVERIFY(run(QStringLiteral("lb_agent"),
                request(QStringLiteral("mint-draft"),
                        QStringLiteral("ag-1"),
                        QStringLiteral("draft"),
                        QStringLiteral("2031-06-23")),
                &error));
    const QString line = QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, request_id, reverses_entry_id) VALUES ('%1', 'ag-1', "
        "'leave-type-annual', 2031, 'use', %2, '2031-06-16', '%3', %4)");
    struct Attempt
    {
        const char *login;
        QString sql;
    };
    const QList<Attempt> attempts = {
        // The approved use given back, the leave still approved, by both approvers at once.
        {"lb_svchead", line.arg("mint-a", "100", "mint-1", "'mint-1:use'")},
        {"lb_deputy", line.arg("mint-b", "100", "mint-1", "'mint-1:use'")},
        {"lb_head", line.arg("mint-1:use:reversal", "100", "mint-1", "'mint-1:use'")},
        // A debit against a draft, and a second use of the approved leave.
        {"lb_svchead", line.arg("mint-c", "-100", "mint-draft", "NULL")},
        {"lb_svchead", line.arg("mint-d", "-100", "mint-1", "NULL")},
        // The agent, on their own.
        {"lb_agent", line.arg("mint-e", "-50", "mint-1", "NULL")},
        // HR writes rights, not the uses of decisions.
        {"lb_hr", line.arg("mint-f", "100", "mint-1", "'mint-1:use'")},
    };
    for (const Attempt &a : attempts) {
        QVERIFY2(!run(QLatin1String(a.login), a.sql, &error), a.login);
        QVERIFY2(error.contains(QLatin1String("permission denied"))
                     || error.contains(QLatin1String("row-level security")),
                 qPrintable(error));
    }
    QCOMPARE(serverValue(QStringLiteral("SELECT sum(days_hundredths) FROM "
                                        "civitas.leave_ledger_entries WHERE agent_id = 'ag-1' AND "
                                        "request_id IN ('mint-1', 'mint-draft')")),
             QStringLiteral("-100"));
    // One reversal per entry, whoever writes it: even the owner of the tables.
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                       "year, kind, days_hundredths, effective_date, reverses_entry_id) VALUES "
                       "('rev-1', 'ag-2', 'leave-type-annual', 2031, 'allocation', -2500, "
                       "'2031-01-01', 'l-ag-2')")));
    QSqlQuery owner(m_server->admin());
    QVERIFY(!owner.exec(
        QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                       "year, kind, days_hundredths, effective_date, reverses_entry_id) VALUES "
                       "('rev-2', 'ag-2', 'leave-type-annual', 2031, 'allocation', -2500, "
                       "'2031-01-01', 'l-ag-2')")));
    // A reversal reverses: HR may not pass a credit off as one.
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, "
                                "leave_type_id, year, kind, days_hundredths, effective_date, "
                                "reverses_entry_id) VALUES ('rev-3', 'ag-1', 'leave-type-annual', "
                                "2031, 'adjustment', 900, '2031-01-01', 'l-ag-1')"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("a reversal cancels")), qPrintable(error));
    // The oracle is gone.
    for (const char *login : {"lb_agent", "lb_svchead", "lb_hr"}) {
        QVERIFY(!run(QLatin1String(login),
                     QStringLiteral("SELECT civitas.leave_use_reverses('mint-1:use', 'ag-1', "
                                    "'mint-1', 100)"),
                     &error));
    }
}

// Finding 6: a head replaced by HR kept a ten-year delegation working, which the new head
// could not end.
void tst_LeaveBoundary::delegationsEndWithTheHeadship()
{
    QVERIFY(m_server->exec(request(QStringLiteral("pk-1"),
                                   QStringLiteral("ag-p1"),
                                   QStringLiteral("submitted"),
                                   QStringLiteral("2031-07-07"))));
    const QString theirs
        = QStringLiteral("SELECT count(*) FROM civitas.leave_requests WHERE id = 'pk-1'");
    {
        QSqlQuery q = as(QStringLiteral("lb_deputy"));
        QVERIFY(q.exec(theirs) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QString error;
    // At most a year, for everybody.
    QVERIFY(!run(QStringLiteral("lb_pkhead"),
                 QStringLiteral("INSERT INTO civitas.leave_delegations (id, org_unit_id, "
                                "delegator_agent_id, deputy_agent_id, start_date, end_date) "
                                "VALUES ('dl-long', 'u-pk', 'ag-pk', 'ag-2', current_date, "
                                "current_date + 3650)"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("at_most_a_year")), qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date + "
                                "400 WHERE id = 'dl-pk'"),
                 &error));
    // HR names a new head of the parks: the old one's delegation no longer counts.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET head_agent_id = 'ag-new' WHERE id = 'u-pk'")));
    {
        QSqlQuery q = as(QStringLiteral("lb_deputy"));
        QVERIFY(q.exec(theirs) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    int affected = 0;
    QVERIFY(run(QStringLiteral("lb_deputy"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' WHERE id = "
                               "'pk-1'"),
                &error,
                &affected));
    QCOMPARE(affected, 0);
    // The new head ends it; they may not stretch it nor hand it to somebody else.
    QVERIFY(!run(QStringLiteral("lb_newhead"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date + "
                                "90 WHERE id = 'dl-pk'"),
                 &error));
    QVERIFY(!run(QStringLiteral("lb_newhead"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET deputy_agent_id = 'ag-2' "
                                "WHERE id = 'dl-pk'"),
                 &error));
    QVERIFY2(run(QStringLiteral("lb_newhead"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date - 1 "
                                "WHERE id = 'dl-pk'"),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
    QCOMPARE(serverValue(QStringLiteral("SELECT end_date - current_date || ' ' || deputy_agent_id "
                                        "FROM civitas.leave_delegations WHERE id = 'dl-pk'")),
             QStringLiteral("-1 ag-dep"));
    // Another unit's head ends nothing of it.
    QVERIFY(run(QStringLiteral("lb_svchead"),
                QStringLiteral("UPDATE civitas.leave_delegations SET deleted = 1 WHERE id = "
                               "'dl-pk'"),
                &error,
                &affected));
    QCOMPARE(affected, 0);
}

// Finding 11: an agent wrote "approved by Sophie Martin" into their request's history.
void tst_LeaveBoundary::stepsAreStampedByTheServer()
{
    QString error;
    QVERIFY(run(QStringLiteral("lb_agent"),
                request(QStringLiteral("st-1"),
                        QStringLiteral("ag-1"),
                        QStringLiteral("submitted"),
                        QStringLiteral("2031-09-01")),
                &error));
    const QString step = QStringLiteral(
        "INSERT INTO civitas.leave_request_steps (id, request_id, agent_id, action, from_state, "
        "to_state, actor_login, actor_name, on_behalf_of_agent_id, on_behalf_of_name, acted_at) "
        "VALUES ('%1', 'st-1', 'ag-1', '%2', '%3', '%4', session_user, 'Sophie Martin', "
        "'ag-head', 'DURAND Paul', '2020-01-01T09:00:00Z')");
    // The submission happened: its step is kept, in the server's words.
    QVERIFY2(run(QStringLiteral("lb_agent"),
                 step.arg(QStringLiteral("st-1a"),
                          QStringLiteral("submitted"),
                          QStringLiteral("draft"),
                          QStringLiteral("submitted")),
                 &error),
             qPrintable(error));
    // An approval that did not happen; and the same submission told twice.
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 step.arg(QStringLiteral("st-1b"),
                          QStringLiteral("approved"),
                          QStringLiteral("submitted"),
                          QStringLiteral("approved")),
                 &error));
    QVERIFY2(error.contains(QLatin1String("a step tells a move")), qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 step.arg(QStringLiteral("st-1c"),
                          QStringLiteral("submitted"),
                          QStringLiteral("draft"),
                          QStringLiteral("submitted")),
                 &error));
    // The deputy approves for the service's head; another's move is not theirs to tell.
    QVERIFY(run(QStringLiteral("lb_deputy"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' WHERE id = "
                               "'st-1'"),
                &error));
    QVERIFY(!run(QStringLiteral("lb_head"),
                 step.arg(QStringLiteral("st-1d"),
                          QStringLiteral("approved"),
                          QStringLiteral("submitted"),
                          QStringLiteral("approved")),
                 &error));
    QVERIFY(!run(QStringLiteral("lb_deputy"),
                 step.arg(QStringLiteral("st-1e"),
                          QStringLiteral("refused"),
                          QStringLiteral("submitted"),
                          QStringLiteral("approved")),
                 &error));
    QVERIFY2(run(QStringLiteral("lb_deputy"),
                 step.arg(QStringLiteral("st-1f"),
                          QStringLiteral("approved"),
                          QStringLiteral("submitted"),
                          QStringLiteral("approved")),
                 &error),
             qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT string_agg(id || ' ' || actor_login || ' ' || actor_name || ' ' || "
                 "coalesce(on_behalf_of_agent_id, '-') || ' ' || on_behalf_of_name || ' ' || "
                 "(acted_at > now() - interval '1 hour'), ', ' ORDER BY id) FROM "
                 "civitas.leave_request_steps WHERE request_id = 'st-1'")),
             // Names from the HR file of each login's agent (central leave 0004).
             QStringLiteral("st-1a lb_agent MARTIN Jeanne -  true, "
                            "st-1f lb_deputy FAURE Alice ag-svc ROUX Marc true"));
}

// Findings 12 and 15: a 100 MB comment, a document named ../../.bashrc of type text/html.
void tst_LeaveBoundary::freeTextAndDocumentsAreBounded()
{
    QString error;
    const QString withComment = QStringLiteral(
        "INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, start_date, end_date, "
        "half_days, state, comment, document_name, document_mime_type, document_sha256) VALUES "
        "('%1', "
        "'ag-1', 'leave-type-annual', '%2', '%2', 2, 'draft', repeat('x', %3), '%4', '%5', %6)");
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 withComment.arg("tx-1", "2031-10-06", "2001", "", "", "NULL"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("comment_length")), qPrintable(error));
    QVERIFY2(run(QStringLiteral("lb_agent"),
                 withComment.arg("tx-2", "2031-10-06", "2000", "", "", "NULL"),
                 &error),
             qPrintable(error));
    QVERIFY(
        !run(QStringLiteral("lb_agent"),
             withComment.arg("tx-3", "2031-10-13", "1", "../../.bashrc", "application/pdf", "NULL"),
             &error));
    QVERIFY2(error.contains(QLatin1String("document_name")), qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 withComment.arg("tx-4", "2031-10-13", "1", "note.html", "text/html", "NULL"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("document_type")), qPrintable(error));
    QVERIFY(!run(
        QStringLiteral("lb_agent"),
        withComment.arg(
            "tx-5", "2031-10-13", "1", QString(201, QLatin1Char('a')), "application/pdf", "NULL"),
        &error));
    QVERIFY2(run(QStringLiteral("lb_agent"),
                 withComment.arg(
                     "tx-6", "2031-10-13", "1", "convocation.pdf", "application/pdf", "NULL"),
                 &error),
             qPrintable(error));
    // The other free texts of leave: a step's comment, HR's names and notes.
    QVERIFY(run(QStringLiteral("lb_agent"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = 'withdrawn' WHERE id = "
                               "'tx-2'"),
                &error));
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 QStringLiteral("INSERT INTO civitas.leave_request_steps (id, request_id, "
                                "agent_id, action, from_state, to_state, actor_login, comment, "
                                "acted_at) VALUES ('tx-s', 'tx-2', 'ag-1', 'withdrawn', 'draft', "
                                "'withdrawn', session_user, repeat('x', 2001), now())"),
                 &error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_days_off (id, day, name) VALUES "
                                "('tx-off', '2031-12-26', repeat('x', 201))"),
                 &error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, "
                                "leave_type_id, year, kind, days_hundredths, effective_date, "
                                "note) VALUES ('tx-l', 'ag-1', 'leave-type-annual', 2031, "
                                "'adjustment', 50, '2031-01-01', repeat('x', 1001))"),
                 &error));
    QVERIFY(!run(QStringLiteral("lb_hr"),
                 QStringLiteral("UPDATE civitas.leave_types SET label = repeat('x', 201) WHERE "
                                "id = 'leave-type-rtt'"),
                 &error));
    QCOMPARE(serverValue(QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM "
                                        "civitas.leave_requests WHERE id LIKE 'tx-%'")),
             QStringLiteral("tx-2,tx-6"));
}

// Finding 12: twenty drafts with documents grew every approver's desk file.
void tst_LeaveBoundary::draftsStayTheirAgents()
{
    QString error;
    const QString draft = QStringLiteral(
        "INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, start_date, end_date, "
        "half_days, state) SELECT 'dr-' || n, 'ag-p1', 'leave-type-annual', '2032-03-01', "
        "'2032-03-01', 2, 'draft' FROM generate_series(%1, %2) n");
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET head_agent_id = 'ag-pk' WHERE id = 'u-pk'")));
    QVERIFY(m_server->exec(QStringLiteral("SELECT civitas.create_login('lb_p1', '%1', '{}')")
                               .arg(ServerFixture::password(QStringLiteral("lb_p1")))));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.user_accounts (id, login, "
                                          "display_name, agent_id) VALUES ('u-p1', 'lb_p1', "
                                          "'Yves Morel', 'ag-p1')")));
    QVERIFY2(run(QStringLiteral("lb_p1"), draft.arg(1).arg(20), &error), qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_p1"), draft.arg(21).arg(21), &error));
    QVERIFY2(error.contains(QLatin1String("at most 20 drafts")), qPrintable(error));
    // A draft dropped makes room for another.
    QVERIFY(run(QStringLiteral("lb_p1"),
                QStringLiteral("UPDATE civitas.leave_requests SET deleted = 1 WHERE id = 'dr-1'"),
                &error));
    QVERIFY2(run(QStringLiteral("lb_p1"), draft.arg(21).arg(21), &error), qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_p1"),
                 QStringLiteral("UPDATE civitas.leave_requests SET deleted = 0 WHERE id = 'dr-1'"),
                 &error));
    // Their head, their director and HR read none of them; submitted, they do.
    for (const char *login : {"lb_pkhead", "lb_head", "lb_hr"}) {
        QSqlQuery q = as(QLatin1String(login));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM civitas.leave_requests WHERE id LIKE 'dr-%'"))
                && q.next());
        QVERIFY2(q.value(0).toInt() == 0, login);
    }
    QVERIFY(run(QStringLiteral("lb_p1"),
                QStringLiteral("UPDATE civitas.leave_requests SET state = 'submitted' WHERE id = "
                               "'dr-2'"),
                &error));
    QSqlQuery q = as(QStringLiteral("lb_pkhead"));
    QVERIFY(q.exec(QStringLiteral("SELECT string_agg(id, ',') FROM civitas.leave_requests WHERE "
                                  "id LIKE 'dr-%'"))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("dr-2"));
}

// Finding 4: an agent held LOCK TABLE on leave (UPDATE on every table), or the advisory key
// of another agent's submissions.
void tst_LeaveBoundary::agentsLockNothingOfOthers()
{
    QString error;
    for (const char *table : {"leave_requests",
                              "leave_types",
                              "leave_ledger_entries",
                              "leave_request_steps",
                              "leave_delegations",
                              "leave_days_off",
                              "leave_recounts"}) {
        QSqlQuery q = as(QStringLiteral("lb_agent"));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        const bool locked = q.exec(
            QStringLiteral("LOCK TABLE civitas.%1 IN SHARE MODE NOWAIT").arg(QLatin1String(table)));
        const QString why = q.lastError().databaseText();
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(!locked, table);
        QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(why));
    }
    // Writes where the role writes nothing: refused outright, not filtered to no row.
    QVERIFY(!run(QStringLiteral("lb_agent"),
                 QStringLiteral("UPDATE civitas.leave_types SET approval = 'none'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    QVERIFY(!run(QStringLiteral("lb_svchead"),
                 QStringLiteral("UPDATE civitas.leave_request_steps SET comment = ''"),
                 &error));

    // The overlap check's old advisory key, taken by a colleague: a submission goes through.
    QSqlQuery holder = as(QStringLiteral("lb_other"));
    QVERIFY(holder.exec(QStringLiteral("BEGIN")));
    QVERIFY(holder.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext("
                                       "'civitas.leave_requests'), hashtext('ag-1'))")));
    QVERIFY(run(QStringLiteral("lb_agent"), QStringLiteral("SET statement_timeout = '3s'")));
    const bool submitted = run(QStringLiteral("lb_agent"),
                               request(QStringLiteral("lk-1"),
                                       QStringLiteral("ag-1"),
                                       QStringLiteral("submitted"),
                                       QStringLiteral("2032-05-03")),
                               &error);
    QVERIFY(run(QStringLiteral("lb_agent"), QStringLiteral("SET statement_timeout = 0")));
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(submitted, qPrintable(error));
}

// The desk's own stores, through the real sync: the ledger lines they preview carry the ids
// and values the server writes for the same decision, and their steps tell the moves made,
// so that nothing is refused and no conflict is recorded.
void tst_LeaveBoundary::desksPushWhatTheServerWrites()
{
    using namespace Civitas::Leave;
    Client agentDesk(*m_server, QStringLiteral("lb_agent"));
    Client headDesk(*m_server, QStringLiteral("lb_svchead"));
    Client hrDesk(*m_server, QStringLiteral("lb_hr2"));
    QVERIFY(agentDesk.sync() && headDesk.sync() && hrDesk.sync());
    auto session = [](Client &desk, const QString &login) {
        auto *s = new Session;
        QString error;
        if (!s->logIn(desk.db(), login, &error))
            qWarning() << login << error;
        return std::unique_ptr<Session>(s);
    };
    const auto agent = session(agentDesk, QStringLiteral("lb_agent"));
    const auto head = session(headDesk, QStringLiteral("lb_svchead"));
    const auto hr = session(hrDesk, QStringLiteral("lb_hr2"));
    auto pushed = [](Client &desk, int expected) {
        SyncReport report;
        const bool ok = desk.sync(&report);
        const bool clean
            = ok && report.refused == 0 && report.conflicts == 0 && report.pushed == expected;
        if (!clean)
            qWarning() << "pushed" << report.pushed << "refused" << report.refused << "conflicts"
                       << report.conflicts << report.error
                       << desk.scalar(QStringLiteral("SELECT group_concat(table_name || ':' || "
                                                     "row_id || ':' || refusal, ' | ') FROM "
                                                     "sync_outbox"))
                              .toString();
        return clean;
    };

    // Monday 17 and Tuesday 18 November 2031: two days.
    LeaveRequest request;
    request.agentId = QStringLiteral("ag-1");
    request.leaveTypeId = QStringLiteral("leave-type-annual");
    request.start = {QDate(2031, 11, 17), Hr::WeeklyPattern::Morning};
    request.end = {QDate(2031, 11, 18), Hr::WeeklyPattern::Afternoon};
    LeaveRequestStore asked(agentDesk.db(), *agent);
    const LeaveRequestStore::Result submitted = asked.submit(request);
    QVERIFY2(submitted.ok, qPrintable(submitted.message()));
    QVERIFY(pushed(agentDesk, 2));

    QVERIFY(headDesk.sync());
    LeaveRequestStore decided(headDesk.db(), *head);
    LeaveRequestStore::Result r = decided.act(request.id, LeaveAction::Approve, {});
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(pushed(headDesk, 3));
    QVERIFY(agentDesk.sync());
    r = asked.act(request.id, LeaveAction::RequestCancellation, QStringLiteral("Finalement non"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(pushed(agentDesk, 2));
    QVERIFY(headDesk.sync());
    r = decided.act(request.id, LeaveAction::ApproveCancellation, {});
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(pushed(headDesk, 3));
    QCOMPARE(
        serverValue(
            QStringLiteral(
                "SELECT string_agg(substr(id, 37) || ' ' || days_hundredths || ' ' || source || ' "
                "' || updated_by, ', ' ORDER BY id) FROM civitas.leave_ledger_entries WHERE "
                "request_id = '%1'")
                .arg(request.id)),
        QStringLiteral(":use -200 request lb_svchead, :use:reversal 200 cancellation "
                       "lb_svchead"));
    QCOMPARE(serverValue(QStringLiteral("SELECT string_agg(action || ' ' || actor_login, ', ' "
                                        "ORDER BY acted_at) FROM civitas.leave_request_steps "
                                        "WHERE request_id = '%1'")
                             .arg(request.id)),
             QStringLiteral("submitted lb_agent, approved lb_svchead, cancellation_requested "
                            "lb_agent, cancellation_approved lb_svchead"));

    // HR enters a colleague's leave, approved at once.
    LeaveRequest entered;
    entered.agentId = QStringLiteral("ag-p1");
    entered.leaveTypeId = QStringLiteral("leave-type-annual");
    entered.start = {QDate(2031, 11, 24), Hr::WeeklyPattern::Morning};
    entered.end = {QDate(2031, 11, 24), Hr::WeeklyPattern::Afternoon};
    LeaveRequestStore keeper(hrDesk.db(), *hr);
    r = keeper.enterByHr(entered, QStringLiteral("Saisi par les RH"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(pushed(hrDesk, 3));
    QCOMPARE(serverValue(QStringLiteral("SELECT id || ' ' || days_hundredths FROM "
                                        "civitas.leave_ledger_entries WHERE request_id = '%1'")
                             .arg(entered.id)),
             entered.id + QStringLiteral(":use -100"));

    // ag-p1 stops working on Mondays from November: HR's desk counts the Monday again (no day
    // left), gives the use back, and the server, counting the same, writes the same reversal.
    QVERIFY(hrDesk.exec(QStringLiteral(
        "INSERT INTO working_times (id, agent_id, effective_date, kind, part_time_rate, "
        "weekly_minutes, weekly_pattern) VALUES ('w-p1-nov', 'ag-p1', '2031-11-01', 'part_time', "
        "80, 1680, '00111111110000')")));
    const LeaveRecount::Result recount = LeaveRecount::processQueue(hrDesk.db(), *hr);
    QVERIFY2(recount.ok, qPrintable(recount.error));
    // This one, and ag-p1's draft submitted for Monday 1 March 2032 (draftsStayTheirAgents):
    // the working time, each request, its step and its recount row, and the one reversal.
    QCOMPARE(recount.changes.size(), 2);
    QVERIFY(pushed(hrDesk, 8));
    QCOMPARE(serverValue(
                 QStringLiteral(
                     "SELECT string_agg(substr(id, 37) || ' ' || days_hundredths || ' ' || source, "
                     "', ' ORDER BY id) FROM civitas.leave_ledger_entries WHERE request_id = '%1'")
                     .arg(entered.id)),
             QStringLiteral(":use -100 request, :use:reversal 100 recount"));
}

QTEST_GUILESS_MAIN(tst_LeaveBoundary)
#include "tst_leaveboundary.moc"
