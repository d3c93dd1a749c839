#include "serverfixture.h"

#include <core/access/session.h>
#include <leave/store/carryoverextensions.h>
#include <leave/store/expirynotices.h>
#include <leave/store/leaveledgerplan.h>
#include <leave/store/leaverequeststore.h>
#include <leave/store/leaveyearclosing.h>

using namespace Civitas;

// The year-end law on the server (central leave 0008): what a closing carries over is checked
// against décret 85-1250 arts. 5-1 and 5-2 as amended by décret 2025-564, attacked as each
// login would with psql and as HR would through a tampered desk file pushed by the real
// `civitas-admin sync`; HR's extension of a carry-over period is stamped by the server; a real
// closing made on HR's desk goes through.
//
// The town: DST-EV (ag-1, ag-2, ag-3, ag-a, ag-b, ag-c, headed by ag-head) and HR's DRH-CP
// (ag-hr). Everybody works full time, five days a week (4 weeks = 20 days).
//  - 2030, closed on HR's desk: ag-1 took 2 days then was sick 4 March – 26 April (39 worked
//    days, Easter Monday off); ag-2 took 5 days then was on maternity leave 2 September –
//    20 December; ag-3 took nothing and was never away.
//  - 2031, attacked in SQL: ag-a took 2 days then was sick 3 March – 25 April (39 days, back on
//    26 April); ag-b took 5 days then maternity 1 September – 19 December (back 20 December);
//    ag-c never away.
class tst_YearEndServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void leaveTypesCarryTheirRegimes();
    void carryOverIsCheckedAgainstTheLaw();
    void extensionsAreHrsAndStamped();
    void closingOfHrsDeskGoesThrough();
    void tamperedHrDeskIsRefused();
    void requestAcrossTheNewYearIsChargedToEachYear();
    void expiryNoticesTellWhatTheLedgerHolds();
    void noticesAndExtensionsTravelThroughTheSync();
    void unannouncedCarriedDaysDoNotExpire();
    void aNoticeCoversOnlyTheDaysItAnnounced();
    void hrCannotBendTheRegimesOrExtendForEver();
    void tamperedAgentDeskCannotForgeNoticesOrExtensions();

private:
    QSqlQuery as(const QString &login);
    bool run(const QString &login, const QString &sql, QString *error = nullptr);
    QString serverValue(const QString &sql) { return m_server->scalar(sql).toString(); }

    ServerFixture *m_server = nullptr;
    QHash<QString, QString> m_connectionNames;
};

namespace {

QString carry(const QString &id,
              const QString &agent,
              int year,
              int hundredths,
              const QString &expires,
              const QString &type = QStringLiteral("leave-type-annual"))
{
    return QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                          "year, kind, days_hundredths, effective_date, expires_on, source) VALUES "
                          "('%1', '%2', '%3', %4, 'carry_over', %5, '%4-01-01', '%6', 'close-%7')")
        .arg(id, agent, type)
        .arg(year)
        .arg(hundredths)
        .arg(expires)
        .arg(year - 1);
}

// An approved request written by the owner (as a load does: no check, no ledger line).
QString approved(const QString &id,
                 const QString &agent,
                 const QString &type,
                 const QString &start,
                 const QString &end,
                 int halfDays)
{
    return QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                          "start_date, end_date, half_days, state) VALUES ('%1', '%2', "
                          "'leave-type-%3', '%4', '%5', %6, 'approved')")
        .arg(id, agent, type, start, end)
        .arg(halfDays);
}

QString use(const QString &request, const QString &agent, int year, int hundredths)
{
    return QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                          "year, kind, days_hundredths, effective_date, request_id, source) VALUES "
                          "('%1:use', '%2', 'leave-type-annual', %3, 'use', %4, '%3-01-13', '%1', "
                          "'request')")
        .arg(request, agent)
        .arg(year)
        .arg(-hundredths);
}

} // namespace

void tst_YearEndServer::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    for (const char *id : {"hr", "leave"})
        QVERIFY(testModules().module(QLatin1String(id)));
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, parent_id, kind, code, name, head_agent_id) VALUES "
        "('u-ev', NULL, 'service', 'DST-EV', 'Espaces verts', 'ag-head'), "
        "('u-cp', NULL, 'service', 'DRH-CP', 'Carrières et paie', NULL)")));
    struct Login
    {
        const char *login;
        QStringList roles;
        const char *unit;
        const char *agent;
    };
    const QList<Login> logins = {
        {"ye_agent", {}, "DST-EV", "ag-a"},
        {"ye_other", {}, "DST-EV", "ag-c"},
        {"ye_mother", {}, "DST-EV", "ag-b"},
        {"ye_head", {QStringLiteral("department_head")}, "DST-EV", "ag-head"},
        {"ye_hr", {QStringLiteral("hr")}, "DRH-CP", "ag-hr"},
    };
    for (const Login &l : logins)
        QVERIFY(m_server->addUser(
            QLatin1String(l.login), l.roles, QLatin1String(l.unit), QLatin1String(l.agent)));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES "
        "('ag-1', '300001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-2', '300002', 'ROUX', 'Léa', 'u-ev', 'Jardinière', '2013-03-01'), "
        "('ag-3', '300003', 'BLANC', 'Hugo', 'u-ev', 'Jardinier', '2014-03-01'), "
        "('ag-a', '300004', 'MOREL', 'Yves', 'u-ev', 'Jardinier', '2015-03-01'), "
        "('ag-b', '300005', 'LEROY', 'Anne', 'u-ev', 'Jardinière', '2016-03-01'), "
        "('ag-c', '300006', 'GIRARD', 'Inès', 'u-ev', 'Jardinière', '2017-03-01'), "
        "('ag-head', '300007', 'DURAND', 'Paul', 'u-ev', 'Chef de service', '2005-09-01'), "
        "('ag-hr', '300008', 'PETIT', 'Lucie', 'u-cp', 'Responsable RH', '2015-01-05')")));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, "
                                          "effective_date, kind, weekly_minutes, weekly_pattern) "
                                          "SELECT 'w-' || id, id, entry_date, 'full_time', 2100, "
                                          "'11111111110000' FROM civitas.agents")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, source) "
        "SELECT 'alloc-' || id || '-' || y, id, 'leave-type-annual', y, 'allocation', 2500, "
        "make_date(y, 1, 1), 'alloc-' || y FROM civitas.agents, (VALUES (2030), (2031)) v(y) "
        "WHERE (y = 2030 AND id IN ('ag-1', 'ag-2', 'ag-3')) "
        "OR (y = 2031 AND id IN ('ag-a', 'ag-b', 'ag-c'))")));
    const QStringList rows = {
        approved("r-1a", "ag-1", "annual", "2030-01-14", "2030-01-15", 4),
        use("r-1a", "ag-1", 2030, 200),
        approved("r-1s", "ag-1", "sick", "2030-03-04", "2030-04-26", 108),
        approved("r-2a", "ag-2", "annual", "2030-02-04", "2030-02-08", 10),
        use("r-2a", "ag-2", 2030, 500),
        approved("r-2m", "ag-2", "maternity", "2030-09-02", "2030-12-20", 220),
        approved("r-aa", "ag-a", "annual", "2031-01-13", "2031-01-14", 4),
        use("r-aa", "ag-a", 2031, 200),
        approved("r-as", "ag-a", "sick", "2031-03-03", "2031-04-25", 108),
        approved("r-ba", "ag-b", "annual", "2031-02-03", "2031-02-07", 10),
        use("r-ba", "ag-b", 2031, 500),
        approved("r-bm", "ag-b", "maternity", "2031-09-01", "2031-12-19", 220),
    };
    for (const QString &sql : rows)
        QVERIFY2(m_server->exec(sql), qPrintable(sql));
}

void tst_YearEndServer::cleanupTestCase()
{
    delete m_server;
}

QSqlQuery tst_YearEndServer::as(const QString &login)
{
    QString name = m_connectionNames.value(login);
    if (name.isEmpty()) {
        name = QStringLiteral("yearend-%1").arg(login);
        QSqlDatabase db = m_server->connectAs(login, name);
        if (!db.isOpen())
            qWarning() << login << db.lastError().text();
        m_connectionNames.insert(login, name);
    }
    return QSqlQuery(QSqlDatabase::database(name, false));
}

bool tst_YearEndServer::run(const QString &login, const QString &sql, QString *error)
{
    QSqlQuery q = as(login);
    const bool ok = q.exec(sql);
    if (error)
        *error = ok ? QString() : q.lastError().databaseText();
    return ok;
}

void tst_YearEndServer::leaveTypesCarryTheirRegimes()
{
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT string_agg(code || ':' || reduces_rtt || ':' || carry_over_regime, ' ' "
                 "ORDER BY sort_order) FROM civitas.leave_types WHERE carry_over_regime <> 'none' "
                 "OR reduces_rtt = 1")),
             QStringLiteral("sick:1:health clm:1:health cld:1:health cgm:1:health "
                            "citis:1:health maternity:1:family paternity:1:family "
                            "adoption:1:family parental:0:family caregiver:1:family"));
    // HR sets either property; an agent neither.
    QString error;
    QVERIFY2(run(QStringLiteral("ye_hr"),
                 QStringLiteral("UPDATE civitas.leave_types SET carry_over_regime = 'health' "
                                "WHERE code = 'training'"),
                 &error),
             qPrintable(error));
    QVERIFY(run(QStringLiteral("ye_hr"),
                QStringLiteral("UPDATE civitas.leave_types SET carry_over_regime = 'none' "
                               "WHERE code = 'training'")));
    QVERIFY(!run(QStringLiteral("ye_agent"),
                 QStringLiteral("UPDATE civitas.leave_types SET carry_over_regime = 'family' "
                                "WHERE code = 'annual'")));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT carry_over_regime FROM civitas.leave_types WHERE code = 'annual'")),
             QStringLiteral("none"));
}

void tst_YearEndServer::carryOverIsCheckedAgainstTheLaw()
{
    struct Attempt
    {
        const char *what;
        QString login;
        QString sql;
        bool accepted;
    };
    const QString hr = QStringLiteral("ye_hr");
    // ag-a: 25 − 2 taken = 23 left; sick 39 days; four weeks (20) less the 2 taken: 18.
    // Back on 26 April 2031: valid until 25 July 2032 (26 April 2031 + 15 months − 1 day).
    const QList<Attempt> attempts = {
        {"the old rule's 20 days", hr, carry("c-1", "ag-a", 2032, 2000, "2032-07-25"), false},
        {"18 days until the old rule's date",
         hr,
         carry("c-2", "ag-a", 2032, 1800, "2033-03-31"),
         false},
        {"18 days until the law's date", hr, carry("c-3", "ag-a", 2032, 1800, "2032-07-25"), true},
        {"one more day on top", hr, carry("c-4", "ag-a", 2032, 100, "2032-07-25"), false},
        {"no expiry",
         hr,
         carry("c-5", "ag-a", 2032, 100, "2032-07-25").replace("'2032-07-25'", "NULL"),
         false},
        // ag-b: 25 − 5 = 20 left, all kept before maternity leave, no four-week cap; back on
        // 20 December 2031: until 19 March 2033.
        {"maternity: all 20 days", hr, carry("c-6", "ag-b", 2032, 2000, "2033-03-19"), true},
        {"maternity: one more", hr, carry("c-7", "ag-b", 2032, 100, "2033-03-19"), false},
        // ag-c was never away: nothing to carry.
        {"never away", hr, carry("c-8", "ag-c", 2032, 100, "2033-03-31"), false},
        {"RTT is not carried",
         hr,
         carry("c-9", "ag-a", 2032, 100, "2032-07-25", QStringLiteral("leave-type-rtt")),
         false},
        // Row-level security as before: nobody but HR writes a carry-over, HR not its own.
        {"the agent",
         QStringLiteral("ye_agent"),
         carry("c-10", "ag-a", 2032, 100, "2032-07-25"),
         false},
        {"the head",
         QStringLiteral("ye_head"),
         carry("c-11", "ag-a", 2032, 100, "2032-07-25"),
         false},
        {"HR for itself", hr, carry("c-12", "ag-hr", 2032, 100, "2033-03-31"), false},
    };
    for (const Attempt &a : attempts) {
        QString error;
        const bool ok = run(a.login, a.sql, &error);
        QVERIFY2(ok == a.accepted,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(a.what), error)));
    }
    QCOMPARE(serverValue(QStringLiteral("SELECT string_agg(id || ' ' || days_hundredths || ' ' || "
                                        "expires_on, ', ' ORDER BY id) FROM "
                                        "civitas.leave_ledger_entries WHERE kind = 'carry_over'")),
             QStringLiteral("c-3 1800 2032-07-25, c-6 2000 2033-03-19"));
    QString error;
    QVERIFY(!run(hr, carry("c-13", "ag-a", 2032, 100, "2032-07-25"), &error));
    QVERIFY2(error.contains(QLatin1String("at most 1800")), qPrintable(error));
}

void tst_YearEndServer::extensionsAreHrsAndStamped()
{
    const QString insert = QStringLiteral(
        "INSERT INTO civitas.leave_carry_over_extensions (id, agent_id, year, extended_to, "
        "reason, decided_by, decided_at) VALUES ('%1', '%2', 2031, '%3', 'Arrêté 2032-7', "
        "'someone-else', '2000-01-01')");
    QVERIFY(!run(QStringLiteral("ye_agent"), insert.arg("x-1", "ag-a", "2033-03-31")));
    QVERIFY(!run(QStringLiteral("ye_head"), insert.arg("x-2", "ag-a", "2033-03-31")));
    QVERIFY(!run(QStringLiteral("ye_hr"), insert.arg("x-3", "ag-hr", "2033-03-31")));
    // An "extension" ending before the year after is no extension.
    QVERIFY(!run(QStringLiteral("ye_hr"), insert.arg("x-4", "ag-a", "2031-12-31")));

    // Before the decision, the carried days cannot be moved later; after it they can.
    QVERIFY(run(QStringLiteral("ye_hr"),
                QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, "
                               "leave_type_id, year, kind, days_hundredths, effective_date, "
                               "expires_on, reverses_entry_id, source) VALUES ('c-3:reversal', "
                               "'ag-a', 'leave-type-annual', 2032, 'carry_over', -1800, "
                               "'2032-01-01', '2032-07-25', 'c-3', 'close-2031')")));
    QVERIFY(!run(QStringLiteral("ye_hr"), carry("c-20", "ag-a", 2032, 1800, "2033-03-31")));
    QString error;
    QVERIFY2(run(QStringLiteral("ye_hr"), insert.arg("x-5", "ag-a", "2033-03-31"), &error),
             qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT decided_by || ' ' || (decided_at > now() - interval '1 hour') FROM "
                 "civitas.leave_carry_over_extensions WHERE id = 'x-5'")),
             QStringLiteral("ye_hr true"));
    QVERIFY2(run(QStringLiteral("ye_hr"), carry("c-21", "ag-a", 2032, 1800, "2033-03-31"), &error),
             qPrintable(error));
    QVERIFY(!run(QStringLiteral("ye_hr"), carry("c-22", "ag-a", 2032, 100, "2033-03-31")));
    // A decision is never changed, nor taken back silently.
    QVERIFY(!run(QStringLiteral("ye_hr"),
                 QStringLiteral("UPDATE civitas.leave_carry_over_extensions SET extended_to = "
                                "'2040-01-01' WHERE id = 'x-5'")));
    QVERIFY(!run(QStringLiteral("ye_hr"),
                 QStringLiteral("UPDATE civitas.leave_carry_over_extensions SET deleted = 1 "
                                "WHERE id = 'x-5'")));
    // The agent reads the decision about their leave; another agent and the head do not.
    const QString read = QStringLiteral(
        "SELECT count(*) FROM civitas.leave_carry_over_extensions WHERE id = 'x-5'");
    for (const auto &[login, seen] : {std::pair{"ye_agent", 1},
                                      std::pair{"ye_other", 0},
                                      std::pair{"ye_head", 0},
                                      std::pair{"ye_hr", 1}}) {
        QSqlQuery q = as(QLatin1String(login));
        QVERIFY(q.exec(read) && q.next());
        QCOMPARE(q.value(0).toInt(), seen);
    }
}

// The closing of 2030 made on HR's desk with the desk's own rules: every line it writes is one
// the server accepts, with the figures of the law.
void tst_YearEndServer::closingOfHrsDeskGoesThrough()
{
    Client desk(*m_server, QStringLiteral("ye_hr"));
    QVERIFY(desk.sync());
    Leave::LeaveYearClosing closing(desk.db());
    closing.setToday(QDate(2031, 1, 10));
    QString error;
    Leave::LeaveLedgerPlan plan = closing.plan(2030, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(plan.write(desk.db(), &error), qPrintable(error));
    SyncReport report;
    QVERIFY(desk.sync(&report));
    QCOMPARE(desk.db().pendingChangeCount(), 0);
    // ag-1: 20 − 2 = 18 until 26 July 2031 (back on 27 April 2030); ag-2: 20 until 20 March
    // 2032 (back on 21 December 2030); ag-3: nothing.
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT string_agg(agent_id || ' ' || days_hundredths || ' ' || expires_on, ', ' "
                 "ORDER BY agent_id) FROM civitas.leave_ledger_entries WHERE year = 2031 AND "
                 "kind = 'carry_over' AND source = 'close-2030'")),
             QStringLiteral("ag-1 1800 2031-07-26, ag-2 2000 2032-03-20"));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT sum(days_hundredths) FROM civitas.leave_ledger_entries WHERE year = 2030 "
                 "AND leave_type_id = 'leave-type-annual' AND kind = 'expiry'")),
             QStringLiteral("-3000")); // ag-1 5, ag-3 25
}

// HR's desk file tampered with (a carry-over the law does not allow written by plain SQL)
// and pushed by the real `civitas-admin sync`.
void tst_YearEndServer::tamperedHrDeskIsRefused()
{
#ifndef CIVITAS_ADMIN
    QSKIP("built without civitas-admin");
#else
    Client desk(*m_server, QStringLiteral("ye_hr"));
    QVERIFY(desk.sync());
    // ag-3 was never away; ag-1 gets the old rule's 20 days and its date.
    QVERIFY(desk.exec(QStringLiteral(
        "INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, expires_on, source) VALUES "
        "('t-1', 'ag-3', 'leave-type-annual', 2031, 'carry_over', 2500, '2031-01-01', "
        "'2032-03-31', 'close-2030'), "
        "('t-2', 'ag-1', 'leave-type-annual', 2031, 'carry_over', 200, '2031-01-01', "
        "'2032-03-31', 'close-2030')")));
    QCOMPARE(desk.db().pendingChangeCount(), 2);
    const QString out = adminSync(*m_server, QStringLiteral("ye_hr"), desk.path());
    QVERIFY2(out.contains(QLatin1String("refused 2")), qPrintable(out));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT count(*) FROM civitas.leave_ledger_entries WHERE id IN ('t-1', 't-2')")),
             QStringLiteral("0"));
#endif
}

// The head approves on their desk a request of Monday 29 December 2031 to Friday 9 January
// 2032: 29–31 December = 3 days on 2031, 2 January and 5–9 January = 6 days on 2032 (1 January
// off). The desk previews the lines the server writes, under the same ids, so its push changes
// nothing; the cancellation reverses both.
void tst_YearEndServer::requestAcrossTheNewYearIsChargedToEachYear()
{
    using namespace Civitas::Leave;
    Client agentDesk(*m_server, QStringLiteral("ye_other"));
    Client headDesk(*m_server, QStringLiteral("ye_head"));
    QVERIFY(agentDesk.sync() && headDesk.sync());
    auto session = [](Client &desk, const QString &login) {
        auto s = std::make_unique<Session>();
        QString error;
        if (!s->logIn(desk.db(), login, &error))
            qWarning() << login << error;
        return s;
    };
    const auto agent = session(agentDesk, QStringLiteral("ye_other"));
    const auto head = session(headDesk, QStringLiteral("ye_head"));
    auto pushed = [](Client &desk) {
        SyncReport report;
        const bool ok = desk.sync(&report);
        if (!ok || report.refused != 0 || report.conflicts != 0)
            qWarning() << "refused" << report.refused << "conflicts" << report.conflicts
                       << report.error
                       << desk.scalar(QStringLiteral("SELECT group_concat(table_name || ':' || "
                                                     "row_id || ':' || refusal, ' | ') FROM "
                                                     "sync_outbox"))
                              .toString();
        return ok && report.refused == 0 && report.conflicts == 0;
    };
    LeaveRequest request;
    request.agentId = QStringLiteral("ag-c");
    request.leaveTypeId = QStringLiteral("leave-type-annual");
    request.start = {QDate(2031, 12, 29), Hr::WeeklyPattern::Morning};
    request.end = {QDate(2032, 1, 9), Hr::WeeklyPattern::Afternoon};
    LeaveRequestStore asked(agentDesk.db(), *agent);
    const LeaveRequestStore::Result submitted = asked.submit(request);
    QVERIFY2(submitted.ok, qPrintable(submitted.message()));
    QVERIFY(pushed(agentDesk));
    QVERIFY(headDesk.sync());
    LeaveRequestStore decided(headDesk.db(), *head);
    LeaveRequestStore::Result r = decided.act(request.id, LeaveAction::Approve, {});
    QVERIFY2(r.ok, qPrintable(r.message()));
    QCOMPARE(headDesk
                 .scalar(QStringLiteral("SELECT group_concat(substr(id, 37) || ' ' || year || ' ' "
                                        "|| days_hundredths, ', ') FROM (SELECT * FROM "
                                        "leave_ledger_entries WHERE kind = 'use' AND request_id "
                                        "= '%1' ORDER BY id)")
                             .arg(request.id))
                 .toString(),
             QStringLiteral(":use 2031 -300, :use@2032 2032 -600"));
    QVERIFY(pushed(headDesk));
    const QString serverUses = QStringLiteral(
        "SELECT string_agg(substr(id, 37) || ' ' || year || ' ' || days_hundredths || ' ' || "
        "effective_date, ', ' ORDER BY id) FROM civitas.leave_ledger_entries WHERE request_id = "
        "'%1'");
    QCOMPARE(serverValue(serverUses.arg(request.id)),
             QStringLiteral(":use 2031 -300 2031-12-29, :use@2032 2032 -600 2032-01-01"));

    QVERIFY(agentDesk.sync());
    r = asked.act(request.id, LeaveAction::RequestCancellation, QStringLiteral("Finalement non"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(pushed(agentDesk));
    QVERIFY(headDesk.sync());
    r = decided.act(request.id, LeaveAction::ApproveCancellation, {});
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(pushed(headDesk));
    QCOMPARE(serverValue(QStringLiteral("SELECT sum(days_hundredths) || ' ' || count(*) FROM "
                                        "civitas.leave_ledger_entries WHERE request_id = '%1'")
                             .arg(request.id)),
             QStringLiteral("0 4"));
    QCOMPARE(headDesk.db().pendingChangeCount(), 0);
}

// A notice's days are the ledger's, its issuer and times the server's; its agent alone reads it
// and says so once (Conseil d'État, 17 October 2025, n°495899).
void tst_YearEndServer::expiryNoticesTellWhatTheLedgerHolds()
{
    const QString insert = QStringLiteral(
        "INSERT INTO civitas.leave_expiry_notices (id, agent_id, year, expires_on, "
        "days_hundredths, issued_by, issued_at) VALUES ('%1', '%2', %3, '%4', 9999, 'forged', "
        "'2000-01-01')");
    QString error;
    // ag-a holds 18 days carried into 2032 until 31 March 2033 (extensionsAreHrsAndStamped).
    QVERIFY(
        !run(QStringLiteral("ye_agent"), insert.arg("n-1", "ag-a").arg(2032).arg("2033-03-31")));
    QVERIFY(!run(QStringLiteral("ye_head"), insert.arg("n-2", "ag-a").arg(2032).arg("2033-03-31")));
    QVERIFY(!run(QStringLiteral("ye_hr"), insert.arg("n-3", "ag-c").arg(2032).arg("2033-03-31")));
    QVERIFY(!run(QStringLiteral("ye_hr"), insert.arg("n-4", "ag-a").arg(2032).arg("2033-03-30")));
    QVERIFY2(
        run(QStringLiteral("ye_hr"), insert.arg("n-5", "ag-a").arg(2032).arg("2033-03-31"), &error),
        qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT days_hundredths || ' ' || issued_by || ' ' || (issued_at > now() - "
                 "interval '1 hour') || ' ' || (read_at IS NULL) FROM "
                 "civitas.leave_expiry_notices WHERE id = 'n-5'")),
             QStringLiteral("1800 ye_hr true true"));
    const QString read
        = QStringLiteral("SELECT count(*) FROM civitas.leave_expiry_notices WHERE id = 'n-5'");
    for (const auto &[login, seen] : {std::pair{"ye_agent", 1},
                                      std::pair{"ye_other", 0},
                                      std::pair{"ye_head", 0},
                                      std::pair{"ye_hr", 1}}) {
        QSqlQuery q = as(QLatin1String(login));
        QVERIFY(q.exec(read) && q.next());
        QCOMPARE(q.value(0).toInt(), seen);
    }
    // HR does not say the agent read it; the agent does, once, at the server's time.
    QVERIFY(run(QStringLiteral("ye_hr"),
                QStringLiteral("UPDATE civitas.leave_expiry_notices SET read_at = now() WHERE id "
                               "= 'n-5'")));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT read_at IS NULL FROM civitas.leave_expiry_notices WHERE id = 'n-5'")),
             QStringLiteral("true"));
    QVERIFY(!run(QStringLiteral("ye_agent"),
                 QStringLiteral("UPDATE civitas.leave_expiry_notices SET days_hundredths = 1 "
                                "WHERE id = 'n-5'")));
    QVERIFY2(run(QStringLiteral("ye_agent"),
                 QStringLiteral("UPDATE civitas.leave_expiry_notices SET read_at = "
                                "'2000-01-01' WHERE id = 'n-5'"),
                 &error),
             qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral("SELECT read_at > now() - interval '1 hour' FROM "
                                        "civitas.leave_expiry_notices WHERE id = 'n-5'")),
             QStringLiteral("true"));
    QVERIFY(!run(QStringLiteral("ye_agent"),
                 QStringLiteral("UPDATE civitas.leave_expiry_notices SET read_at = "
                                "'2040-01-01' WHERE id = 'n-5'")));
}

// What HR and the agent do on their desks reaches the server through the sync, the server's
// figures and stamps coming back: HR informs ag-1 of the 18 days carried into 2031 (the
// closing above) and extends ag-2's period; the agent of ag-a reads its notice.
void tst_YearEndServer::noticesAndExtensionsTravelThroughTheSync()
{
    using namespace Civitas::Leave;
    auto clean = [](Client &desk) {
        SyncReport report;
        const bool ok = desk.sync(&report);
        if (!ok || report.refused != 0 || report.conflicts != 0)
            qWarning() << "refused" << report.refused << "conflicts" << report.conflicts
                       << report.error
                       << desk.scalar(QStringLiteral("SELECT group_concat(table_name || ':' || "
                                                     "row_id || ':' || refusal, ' | ') FROM "
                                                     "sync_outbox"))
                              .toString();
        return ok && report.refused == 0 && report.conflicts == 0
               && desk.db().pendingChangeCount() == 0;
    };
    Client hrDesk(*m_server, QStringLiteral("ye_hr"));
    QVERIFY(hrDesk.sync());
    const Result<int> issued = ExpiryNotices(hrDesk.db())
                                   .issue(2031,
                                          QDate(2031, 1, 1),
                                          QStringLiteral("ye_hr"),
                                          QStringLiteral("ag-hr"),
                                          QDateTime(QDate(2031, 1, 15), QTime(9, 0)));
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(*issued, 2); // ag-1 until 26 July 2031, ag-2 until 20 March 2032
    const Result<QString> extended = CarryOverExtensions(hrDesk.db())
                                         .record(QStringLiteral("ag-2"),
                                                 2030,
                                                 QDate(2032, 9, 30),
                                                 QStringLiteral("Arrêté 2031-40"),
                                                 QStringLiteral("ye_hr"),
                                                 QStringLiteral("ag-hr"));
    QVERIFY2(extended.ok(), qPrintable(extended.error()));
    QVERIFY(clean(hrDesk));
    // The server's days and stamps, back on the desk.
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT string_agg(agent_id || ' ' || days_hundredths || ' ' || expires_on || ' ' "
                 "|| issued_by || ' ' || (issued_at > now() - interval '1 hour'), ', ' ORDER BY "
                 "agent_id) FROM civitas.leave_expiry_notices WHERE year = 2031")),
             QStringLiteral("ag-1 1800 2031-07-26 ye_hr true, ag-2 2000 2032-03-20 ye_hr true"));
    QCOMPARE(serverValue(QStringLiteral("SELECT decided_by FROM "
                                        "civitas.leave_carry_over_extensions WHERE agent_id = "
                                        "'ag-2' AND year = 2030")),
             QStringLiteral("ye_hr"));
    QVERIFY(hrDesk.sync());
    QVERIFY(!hrDesk
                 .scalar(QStringLiteral("SELECT issued_at FROM leave_expiry_notices WHERE "
                                        "agent_id = 'ag-1'"))
                 .toString()
                 .startsWith(QLatin1String("2031-01-15")));

    // ag-b's 20 days carried into 2032 (c-6): HR informs, ag-b reads it on her desk.
    QCOMPARE(*ExpiryNotices(hrDesk.db())
                  .issue(2032, QDate(2032, 1, 1), QStringLiteral("ye_hr"), QStringLiteral("ag-hr")),
             1); // ag-a's were announced already (n-5)
    QVERIFY(clean(hrDesk));
    Client agentDesk(*m_server, QStringLiteral("ye_other"));
    QVERIFY(agentDesk.sync());
    QCOMPARE(agentDesk.scalar(QStringLiteral("SELECT count(*) FROM leave_expiry_notices")).toInt(),
             0); // ag-c holds none, and sees no one else's
    Client mother(*m_server, QStringLiteral("ye_mother"));
    QVERIFY(mother.sync());
    ExpiryNotices hers(mother.db());
    const auto current = hers.current(QStringLiteral("ag-b"), QDate(2032, 2, 1));
    QVERIFY(current.ok());
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->first().hundredths, 2000);
    QCOMPARE(hers.unreadCount(QStringLiteral("ag-b"), QDate(2032, 2, 1)), 1);
    QVERIFY(hers.markRead(current->first().id).ok());
    QVERIFY(clean(mother));
    QCOMPARE(serverValue(QStringLiteral("SELECT read_at > now() - interval '1 hour' FROM "
                                        "civitas.leave_expiry_notices WHERE agent_id = 'ag-b' "
                                        "AND year = 2032")),
             QStringLiteral("true"));
    QVERIFY(mother.sync());
    QCOMPARE(hers.unreadCount(QStringLiteral("ag-b"), QDate(2032, 2, 1)), 0);
    // A decision extending a period is its agent's to read (x-5, ag-a's), nobody else's.
    QCOMPARE(
        mother.scalar(QStringLiteral("SELECT count(*) FROM leave_carry_over_extensions")).toInt(),
        0);
    Client reader(*m_server, QStringLiteral("ye_agent"));
    QVERIFY(reader.sync());
    QCOMPARE(reader
                 .scalar(QStringLiteral("SELECT group_concat(id) FROM "
                                        "leave_carry_over_extensions"))
                 .toString(),
             QStringLiteral("x-5"));
}

// ag-c holds 10 days carried into 2033 until 30 June 2033 and 25 days of 2033, takes nothing:
// the closing may expire the 25, and the 10 only once she was told of them (Conseil d'État,
// 17 October 2025, n°495899).
void tst_YearEndServer::unannouncedCarriedDaysDoNotExpire()
{
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, expires_on, source) VALUES "
        "('u-alloc', 'ag-c', 'leave-type-annual', 2033, 'allocation', 2500, '2033-01-01', NULL, "
        "'alloc-2033'), "
        "('u-carry', 'ag-c', 'leave-type-annual', 2033, 'carry_over', 1000, '2033-01-01', "
        "'2033-06-30', 'close-2032')")));
    const QString expiry = QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, source) VALUES ('%1', 'ag-c', 'leave-type-annual', "
        "2033, 'expiry', %2, '2033-12-31', 'close-2033')");
    QString error;
    QVERIFY(!run(QStringLiteral("ye_hr"), expiry.arg("u-e1").arg(-3500), &error));
    QVERIFY2(error.contains(QLatin1String("at most 2500")), qPrintable(error));
    QVERIFY2(run(QStringLiteral("ye_hr"), expiry.arg("u-e2").arg(-2500), &error),
             qPrintable(error));
    QVERIFY(!run(QStringLiteral("ye_hr"), expiry.arg("u-e3").arg(-100)));
    // Told in good time (today, before 30 June 2033): the 10 days may expire.
    QVERIFY2(run(QStringLiteral("ye_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_expiry_notices (id, agent_id, year, "
                                "expires_on, days_hundredths) VALUES ('u-n', 'ag-c', 2033, "
                                "'2033-06-30', 1000)"),
                 &error),
             qPrintable(error));
    QVERIFY2(run(QStringLiteral("ye_hr"), expiry.arg("u-e4").arg(-1000), &error),
             qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral("SELECT sum(days_hundredths) FROM "
                                        "civitas.leave_ledger_entries WHERE agent_id = 'ag-c' "
                                        "AND year = 2033")),
             QStringLiteral("0"));
}

void tst_YearEndServer::aNoticeCoversOnlyTheDaysItAnnounced()
{
    // One day carried into 2035 until 30 June, announced; then 17 more carried to the same date
    // (by the owner: a later closing), never announced.
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, expires_on, source) VALUES "
        "('w-carry1', 'ag-c', 'leave-type-annual', 2035, 'carry_over', 100, '2035-01-01', "
        "'2035-06-30', 'close-2034')")));
    QString error;
    QVERIFY2(run(QStringLiteral("ye_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_expiry_notices (id, agent_id, year, "
                                "expires_on, days_hundredths) VALUES ('w-n', 'ag-c', 2035, "
                                "'2035-06-30', 9999)"),
                 &error),
             qPrintable(error));
    // The server wrote what the ledger held: one day.
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT days_hundredths FROM civitas.leave_expiry_notices WHERE id = 'w-n'")),
             QStringLiteral("100"));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, expires_on, source) VALUES "
        "('w-carry2', 'ag-c', 'leave-type-annual', 2035, 'carry_over', 1700, '2035-01-01', "
        "'2035-06-30', 'close-2034b')")));
    const QString expiry = QStringLiteral(
        "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, source) VALUES ('%1', 'ag-c', 'leave-type-annual', "
        "2035, 'expiry', %2, '2035-12-31', 'close-2035')");
    // 18 days left, 17 of them never announced: one may expire, not 18.
    QVERIFY(!run(QStringLiteral("ye_hr"), expiry.arg("w-e1").arg(-1800), &error));
    QVERIFY2(error.contains(QLatin1String("at most 100")), qPrintable(error));
    // Whatever the login's time zone.
    run(QStringLiteral("ye_hr"),
        QStringLiteral("SET TIME ZONE 'Etc/GMT+12'; ") + expiry.arg("w-e2").arg(-1800));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT count(*) FROM civitas.leave_ledger_entries WHERE id = 'w-e2'")),
             QStringLiteral("0"));
    QVERIFY2(run(QStringLiteral("ye_hr"), expiry.arg("w-e3").arg(-100), &error), qPrintable(error));
}

void tst_YearEndServer::hrCannotBendTheRegimesOrExtendForEver()
{
    QString error;
    // Annual leave made a "family" leave would carry everything left, uncapped.
    QVERIFY(!run(QStringLiteral("ye_hr"),
                 QStringLiteral("UPDATE civitas.leave_types SET carry_over_regime = 'family' "
                                "WHERE code = 'annual'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("leave_type_regime_without_balance")), qPrintable(error));
    // An extension is bounded: the latest date wins, so an endless one could never be undone.
    error.clear();
    QVERIFY(!run(QStringLiteral("ye_hr"),
                 QStringLiteral("INSERT INTO civitas.leave_carry_over_extensions (id, agent_id, "
                                "year, extended_to, reason) VALUES ('w-x', 'ag-c', 2035, "
                                "'2999-12-31', 'Arrêté 2036-12')"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("check")), qPrintable(error));
}

// An agent's desk file edited by hand, pushed by the real `civitas-admin sync`: a notice of its
// own forged, the days of its real notice lowered (so that more would expire) and marked read
// long ago, and an extension of its own carry-over.
void tst_YearEndServer::tamperedAgentDeskCannotForgeNoticesOrExtensions()
{
#ifndef CIVITAS_ADMIN
    QSKIP("built without civitas-admin");
#else
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_expiry_notices (id, agent_id, year, expires_on, "
        "days_hundredths, issued_by) VALUES ('tn-1', 'ag-a', 2036, '2036-06-30', 500, 'ye_hr')")));
    Client desk(*m_server, QStringLiteral("ye_agent"));
    QVERIFY(desk.sync());
    QCOMPARE(desk.scalar(QStringLiteral("SELECT days_hundredths FROM leave_expiry_notices WHERE "
                                        "id = 'tn-1'"))
                 .toInt(),
             500);
    QVERIFY(desk.exec(QStringLiteral("UPDATE leave_expiry_notices SET days_hundredths = 100, "
                                     "read_at = '2020-01-01T00:00:00.000Z' WHERE id = 'tn-1'")));
    QVERIFY(desk.exec(QStringLiteral(
        "INSERT INTO leave_expiry_notices (id, agent_id, year, expires_on, days_hundredths, "
        "issued_by) VALUES ('tn-forged', 'ag-a', 2036, '2036-12-31', 2500, 'ye_hr')")));
    QVERIFY(desk.exec(QStringLiteral(
        "INSERT INTO leave_carry_over_extensions (id, agent_id, year, extended_to, reason) "
        "VALUES ('tx-forged', 'ag-a', 2035, '2038-12-31', 'Décision du maire')")));
    const QString out = adminSync(*m_server, QStringLiteral("ye_agent"), desk.path());
    QVERIFY2(out.contains(QLatin1String("refused 3")), qPrintable(out));
    QCOMPARE(serverValue(QStringLiteral("SELECT days_hundredths || ' ' || (read_at IS NULL) FROM "
                                        "civitas.leave_expiry_notices WHERE id = 'tn-1'")),
             QStringLiteral("500 true"));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT (SELECT count(*) FROM civitas.leave_expiry_notices WHERE id = "
                 "'tn-forged') + (SELECT count(*) FROM civitas.leave_carry_over_extensions WHERE "
                 "id = 'tx-forged')")),
             QStringLiteral("0"));
#endif
}

QTEST_GUILESS_MAIN(tst_YearEndServer)
#include "tst_yearendserver.moc"
