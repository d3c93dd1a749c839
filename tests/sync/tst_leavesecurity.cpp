#include "serverfixture.h"

#include <leave/domain/leavedaycounter.h>

#include <QElapsedTimer>

using namespace Civitas;

// Leave on the server, checked as somebody with psql would: plain SQL as each login, then one
// request through the real sync engine from the agent's desk to the head's and back. Writes on
// the desks are plain SQL too: what matters here is what the server lets through.
//
// The town: direction DST (headed by ag-head) with its service DST-EV (headed by ag-svc; ag-1
// works there), and HR's service DRH-CP (ag-hr, ag-2, ag-dep, ag-old), headed by nobody here.
// ag-svc delegates DST-EV to ag-dep from yesterday for ten days, and to ag-old for a fortnight
// that ended five days ago and for ten days from in five days.
class tst_LeaveSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachLoginReadsWhatItMay_data();
    void eachLoginReadsWhatItMay();
    void agentsCreateOnlyTheirOwnRequests_data();
    void agentsCreateOnlyTheirOwnRequests();
    void eachMoveBelongsToItsActor_data();
    void eachMoveBelongsToItsActor();
    void onlyTheOwnerEditsADraft();
    void ledgerIsAppendOnlyAndWrittenByWhomItConcerns_data();
    void ledgerIsAppendOnlyAndWrittenByWhomItConcerns();
    void stepsAreWrittenUnderTheActorsOwnLogin();
    void liveRequestsMayNotOverlap();
    void delegationsAreGivenByHeadsOnly();
    void deputyActsOnlyWhileTheDelegationRuns();
    void typesAndDaysOffAreHrs();
    void requestTravelsFromDeskToDesk();

private:
    QSqlQuery as(const QString &login);
    bool run(const QString &login,
             const QString &sql,
             QString *error = nullptr,
             int *affected = nullptr);
    QStringList column(const QString &login, const QString &sql);
    QString serverValue(const QString &sql) { return m_server->scalar(sql).toString(); }

    ServerFixture *m_server = nullptr;
    QHash<QString, QString> m_connectionNames;
    QElapsedTimer m_timer;
};

namespace {

const QStringList allAgents = {QStringLiteral("ag-1"),
                               QStringLiteral("ag-2"),
                               QStringLiteral("ag-dep"),
                               QStringLiteral("ag-head"),
                               QStringLiteral("ag-hr"),
                               QStringLiteral("ag-old"),
                               QStringLiteral("ag-svc")};
const QStringList allDelegations
    = {QStringLiteral("dl-active"), QStringLiteral("dl-expired"), QStringLiteral("dl-future")};

// What a login reads of the seeded rows, by table: the agents the rows belong to (delegations:
// their ids).
QString readSql(const QString &table)
{
    if (table == QLatin1String("leave_delegations"))
        return QStringLiteral(
            "SELECT id FROM civitas.leave_delegations WHERE id LIKE 'dl-%' ORDER BY 1");
    if (table == QLatin1String("agents"))
        return QStringLiteral("SELECT id FROM civitas.agents WHERE id LIKE 'ag-%' ORDER BY 1");
    const QString prefix = table == QLatin1String("leave_requests")        ? QStringLiteral("r-")
                           : table == QLatin1String("leave_request_steps") ? QStringLiteral("st-")
                           : table == QLatin1String("working_times")       ? QStringLiteral("w-")
                                                                           : QStringLiteral("l-");
    return QStringLiteral("SELECT DISTINCT agent_id FROM civitas.%1 WHERE id LIKE '%2%' ORDER BY 1")
        .arg(table, prefix);
}

QString requestInsert(const QString &id,
                      const QString &agent,
                      const QString &type,
                      const QString &state,
                      const QString &start,
                      const QString &end,
                      const QString &startHalf = QStringLiteral("am"),
                      const QString &endHalf = QStringLiteral("pm"),
                      int halfDays = 2)
{
    return QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                          "start_date, start_half, "
                          "end_date, end_half, half_days, state) VALUES ('%1', '%2', "
                          "'leave-type-%3', %4, '%5', %6, '%7', %9, '%8')")
        .arg(id, agent, type, start, startHalf, end, endHalf, state)
        .arg(halfDays);
}

// What the server counts for one of the town's agents (all full time): the request must say it.
int halfDaysOf(const QString &start,
               const QString &startHalf,
               const QString &end,
               const QString &endHalf,
               bool calendarDays)
{
    using Civitas::Hr::WeeklyPattern;
    Civitas::Hr::WorkingTime fullTime;
    fullTime.effectiveDate = QDate(2000, 1, 1);
    const Leave::LeaveDayCounter counter(Leave::WorkingSchedule({fullTime}), FrenchCalendar());
    return counter
        .count(
            {QDate::fromString(start, Qt::ISODate),
             startHalf == QLatin1String("pm") ? WeeklyPattern::Afternoon : WeeklyPattern::Morning},
            {QDate::fromString(end, Qt::ISODate),
             endHalf == QLatin1String("am") ? WeeklyPattern::Morning : WeeklyPattern::Afternoon},
            calendarDays ? Leave::LeaveDayCounter::Counting::CalendarDays
                         : Leave::LeaveDayCounter::Counting::WorkingDays)
        .halfDays;
}

QString quotedDate(const QString &isoDate)
{
    return QLatin1Char('\'') + isoDate + QLatin1Char('\'');
}

} // namespace

void tst_LeaveSecurity::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_timer.start();
    for (const char *id : {"hr", "leave"}) {
        const ModuleInfo *module = testModules().module(QLatin1String(id));
        QVERIFY2(
            module && module->instance,
            qPrintable(QStringLiteral("the %1 module plugin was not found in CIVITAS_MODULE_PATH")
                           .arg(QLatin1String(id))));
    }
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, parent_id, kind, code, name, head_agent_id) VALUES "
        "('d-st', NULL, 'direction', 'DST', 'Services techniques', 'ag-head'), "
        "('u-ev', 'd-st', 'service', 'DST-EV', 'Espaces verts', 'ag-svc'), "
        "('u-cp', NULL, 'service', 'DRH-CP', 'Carrières et paie', NULL)")));
    struct Login
    {
        const char *login;
        QStringList roles;
        const char *unit;
        const char *agent;
    };
    const QList<Login> logins = {
        {"ls_agent", {}, "DST-EV", "ag-1"},
        {"ls_other", {}, "DRH-CP", "ag-2"},
        {"ls_head", {QStringLiteral("department_head")}, "DST", "ag-head"},
        {"ls_svchead", {QStringLiteral("department_head")}, "DST-EV", "ag-svc"},
        {"ls_deputy", {}, "DRH-CP", "ag-dep"},
        {"ls_olddep", {}, "DRH-CP", "ag-old"},
        {"ls_hr", {QStringLiteral("hr")}, "DRH-CP", "ag-hr"},
        // An administrator's account, not an agent with a file: no leave at all.
        {"ls_admin", {QStringLiteral("administrator")}, "DRH-CP", "ag-admin"},
    };
    for (const Login &l : logins)
        QVERIFY(m_server->addUser(
            QLatin1String(l.login), l.roles, QLatin1String(l.unit), QLatin1String(l.agent)));

    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES "
        "('ag-1', '100001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-svc', '100002', 'ROUX', 'Marc', 'u-ev', 'Chef de service', '2010-01-04'), "
        "('ag-head', '100003', 'DURAND', 'Paul', 'd-st', 'Directeur', '2005-09-01'), "
        "('ag-2', '100004', 'BERNARD', 'Karim', 'u-cp', 'Gestionnaire', '2018-06-11'), "
        "('ag-dep', '100005', 'FAURE', 'Alice', 'u-cp', 'Adjointe', '2016-02-01'), "
        "('ag-old', '100006', 'BLANC', 'Hugo', 'u-cp', 'Adjoint', '2014-05-12'), "
        "('ag-hr', '100007', 'PETIT', 'Lucie', 'u-cp', 'Responsable RH', '2015-01-05')")));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, "
                                          "effective_date, kind, weekly_minutes, weekly_pattern) "
                                          "SELECT 'w-' || id, id, entry_date, 'full_time', 2100, "
                                          "'11111111110000' FROM civitas.agents")));
    // Each agent: a right for 2031, a request for a day of it, its step.
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                       "year, kind, days_hundredths, effective_date, source) "
                       "SELECT 'l-' || id, id, 'leave-type-annual', 2031, 'allocation', 2500, "
                       "'2031-01-01', 'hr' FROM civitas.agents")));
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, "
                                      "leave_type_id, start_date, end_date, half_days, state) "
                                      "SELECT 'r-' || id, id, 'leave-type-annual', '2031-01-06', "
                                      "'2031-01-06', 2, 'submitted' FROM civitas.agents")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.leave_request_steps (id, request_id, agent_id, action, "
                       "from_state, to_state, actor_login, acted_at) "
                       "SELECT 'st-' || id, 'r-' || id, id, 'submitted', 'draft', 'submitted', "
                       "'ls_agent', now() FROM civitas.agents")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.leave_delegations (id, org_unit_id, delegator_agent_id, "
        "deputy_agent_id, start_date, end_date) VALUES "
        "('dl-active', 'u-ev', 'ag-svc', 'ag-dep', current_date - 1, current_date + 10), "
        "('dl-expired', 'u-ev', 'ag-svc', 'ag-old', current_date - 20, current_date - 5), "
        "('dl-future', 'u-ev', 'ag-svc', 'ag-old', current_date + 5, current_date + 15)")));
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.leave_days_off (id, day, name) VALUES "
                                      "('off-1', '2031-05-09', 'Pont de l''Ascension')")));
}

void tst_LeaveSecurity::cleanupTestCase()
{
    delete m_server;
    qInfo("tst_leavesecurity took %lld ms", m_timer.elapsed());
}

// One connection per login, kept for the whole run: a statement that fails leaves no
// transaction open (each is its own).
QSqlQuery tst_LeaveSecurity::as(const QString &login)
{
    QString name = m_connectionNames.value(login);
    if (name.isEmpty()) {
        name = QStringLiteral("leavesec-%1").arg(login);
        QSqlDatabase db = m_server->connectAs(login, name);
        if (!db.isOpen())
            qWarning() << login << db.lastError().text();
        m_connectionNames.insert(login, name);
    }
    return QSqlQuery(QSqlDatabase::database(name, false));
}

bool tst_LeaveSecurity::run(const QString &login, const QString &sql, QString *error, int *affected)
{
    QSqlQuery q = as(login);
    const bool ok = q.exec(sql);
    if (error)
        *error = ok ? QString() : q.lastError().databaseText();
    if (affected)
        *affected = ok ? q.numRowsAffected() : 0;
    return ok;
}

QStringList tst_LeaveSecurity::column(const QString &login, const QString &sql)
{
    QSqlQuery q = as(login);
    QStringList values;
    if (!q.exec(sql)) {
        qWarning() << login << sql << q.lastError().text();
        return {QStringLiteral("<error>")};
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

void tst_LeaveSecurity::eachLoginReadsWhatItMay_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    // Requests, their steps and the ledger go together: the agent's own, the team's for those
    // who decide on it, everything for HR.
    const QList<std::pair<const char *, QStringList>> whose = {
        {"ls_agent", {QStringLiteral("ag-1")}},
        {"ls_other", {QStringLiteral("ag-2")}},
        // The direction and its service; not HR's service.
        {"ls_head", {QStringLiteral("ag-1"), QStringLiteral("ag-head"), QStringLiteral("ag-svc")}},
        {"ls_svchead", {QStringLiteral("ag-1"), QStringLiteral("ag-svc")}},
        // The delegated service, but not the leave of the head who delegated it: acting for
        // them on it would be approving their own leave.
        {"ls_deputy", {QStringLiteral("ag-1"), QStringLiteral("ag-dep")}},
        {"ls_olddep", {QStringLiteral("ag-old")}},
        {"ls_hr", allAgents},
        {"ls_admin", none},
    };
    for (const auto &[login, agents] : whose) {
        for (const char *table : {"leave_requests", "leave_request_steps", "leave_ledger_entries"})
            QTest::addRow("%s %s", login, table)
                << QString::fromLatin1(login) << QString::fromLatin1(table) << agents;
    }
    // Delegations: who gave them, who holds them, the heads of the unit, HR. A deputy keeps
    // reading their own, over or to come; it gives them nothing of the unit (see above).
    const QList<std::pair<const char *, QStringList>> delegations = {
        {"ls_agent", none},
        {"ls_other", none},
        {"ls_head", allDelegations},
        {"ls_svchead", allDelegations},
        {"ls_deputy", {QStringLiteral("dl-active")}},
        {"ls_olddep", {QStringLiteral("dl-expired"), QStringLiteral("dl-future")}},
        {"ls_hr", allDelegations},
        {"ls_admin", none},
    };
    for (const auto &[login, ids] : delegations)
        QTest::addRow("%s leave_delegations", login)
            << QString::fromLatin1(login) << QStringLiteral("leave_delegations") << ids;
    // Names: the deputy sees the delegated unit's agents while the delegation runs.
    const QList<std::pair<const char *, QStringList>> names = {
        {"ls_agent", {QStringLiteral("ag-1")}},
        {"ls_head", {QStringLiteral("ag-1"), QStringLiteral("ag-head"), QStringLiteral("ag-svc")}},
        {"ls_deputy", {QStringLiteral("ag-1"), QStringLiteral("ag-dep"), QStringLiteral("ag-svc")}},
        {"ls_olddep", {QStringLiteral("ag-old")}},
        {"ls_hr", allAgents},
        {"ls_admin", none},
    };
    for (const auto &[login, ids] : names)
        QTest::addRow("%s agents", login)
            << QString::fromLatin1(login) << QStringLiteral("agents") << ids;
    QTest::addRow("ls_deputy working_times")
        << QStringLiteral("ls_deputy") << QStringLiteral("working_times")
        << QStringList{QStringLiteral("ag-1"), QStringLiteral("ag-dep")};
    QTest::addRow("ls_olddep working_times")
        << QStringLiteral("ls_olddep") << QStringLiteral("working_times")
        << QStringList{QStringLiteral("ag-old")};
}

void tst_LeaveSecurity::eachLoginReadsWhatItMay()
{
    QFETCH(QString, login);
    QFETCH(QString, table);
    QFETCH(QStringList, expected);
    QCOMPARE(column(login, readSql(table)), expected);
}

void tst_LeaveSecurity::agentsCreateOnlyTheirOwnRequests_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("own draft") << "ls_agent"
                               << "ag-1"
                               << "annual"
                               << "draft" << true;
    QTest::newRow("own, submitted") << "ls_agent"
                                    << "ag-1"
                                    << "annual"
                                    << "submitted" << true;
    QTest::newRow("own, head_then_hr type, submitted") << "ls_agent"
                                                       << "ag-1"
                                                       << "training"
                                                       << "submitted" << true;
    QTest::newRow("own, approved at once") << "ls_agent"
                                           << "ag-1"
                                           << "annual"
                                           << "approved" << false;
    QTest::newRow("own, waiting for HR at once") << "ls_agent"
                                                 << "ag-1"
                                                 << "training"
                                                 << "waiting_hr" << false;
    QTest::newRow("own, cancelled") << "ls_agent"
                                    << "ag-1"
                                    << "annual"
                                    << "cancelled" << false;
    QTest::newRow("own sick leave (HR only)") << "ls_agent"
                                              << "ag-1"
                                              << "sick"
                                              << "submitted" << false;
    QTest::newRow("own sick leave draft (HR only)") << "ls_agent"
                                                    << "ag-1"
                                                    << "sick"
                                                    << "draft" << false;
    QTest::newRow("for another agent") << "ls_agent"
                                       << "ag-2"
                                       << "annual"
                                       << "submitted" << false;
    QTest::newRow("head, for a team agent") << "ls_head"
                                            << "ag-1"
                                            << "annual"
                                            << "submitted" << false;
    QTest::newRow("deputy, for the delegated team") << "ls_deputy"
                                                    << "ag-1"
                                                    << "annual"
                                                    << "draft" << false;
    QTest::newRow("administrator, for an agent") << "ls_admin"
                                                 << "ag-1"
                                                 << "annual"
                                                 << "submitted" << false;
    QTest::newRow("head, own") << "ls_head"
                               << "ag-head"
                               << "annual"
                               << "submitted" << true;
    QTest::newRow("HR, sick leave of an agent") << "ls_hr"
                                                << "ag-1"
                                                << "sick"
                                                << "approved" << true;
}

void tst_LeaveSecurity::agentsCreateOnlyTheirOwnRequests()
{
    QFETCH(QString, login);
    QFETCH(QString, agent);
    QFETCH(QString, type);
    QFETCH(QString, state);
    QFETCH(bool, accepted);

    // Each row on a Tuesday of its own in 2034 (a working day: the request counts 2 half-days).
    static int row = 0;
    const QString id = QStringLiteral("new-%1").arg(++row);
    const QString day = quotedDate(QDate(2034, 1, 3).addDays(7 * row).toString(Qt::ISODate));
    QString error;
    const bool ok = run(login, requestInsert(id, agent, type, state, day, day), &error);
    QVERIFY2(ok == accepted, qPrintable(error));
    QCOMPARE(
        serverValue(
            QStringLiteral("SELECT count(*) FROM civitas.leave_requests WHERE id = '%1'").arg(id))
            .toInt(),
        accepted ? 1 : 0);
    if (accepted)
        QCOMPARE(serverValue(
                     QStringLiteral("SELECT updated_by FROM civitas.leave_requests WHERE id = '%1'")
                         .arg(id)),
                 login);
    else
        QVERIFY2(error.contains(QLatin1String("row-level security"))
                     || error.contains(QLatin1String("a leave request is created by its agent")),
                 qPrintable(error));
}

void tst_LeaveSecurity::eachMoveBelongsToItsActor_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("started"); // the leave began before today
    QTest::addColumn<bool>("allowed");

    // The owner.
    QTest::newRow("owner submits a draft") << "ls_agent"
                                           << "ag-1"
                                           << "annual"
                                           << "draft"
                                           << "submitted" << false << true;
    QTest::newRow("owner withdraws a draft") << "ls_agent"
                                             << "ag-1"
                                             << "annual"
                                             << "draft"
                                             << "withdrawn" << false << true;
    QTest::newRow("owner approves their draft") << "ls_agent"
                                                << "ag-1"
                                                << "annual"
                                                << "draft"
                                                << "approved" << false << false;
    QTest::newRow("owner approves their request") << "ls_agent"
                                                  << "ag-1"
                                                  << "annual"
                                                  << "submitted"
                                                  << "approved" << false << false;
    QTest::newRow("owner withdraws before the start") << "ls_agent"
                                                      << "ag-1"
                                                      << "annual"
                                                      << "submitted"
                                                      << "withdrawn" << false << true;
    QTest::newRow("owner withdraws one waiting for HR") << "ls_agent"
                                                        << "ag-1"
                                                        << "training"
                                                        << "waiting_hr"
                                                        << "withdrawn" << false << true;
    QTest::newRow("owner withdraws once started") << "ls_agent"
                                                  << "ag-1"
                                                  << "annual"
                                                  << "submitted"
                                                  << "withdrawn" << true << false;
    QTest::newRow("owner asks cancellation") << "ls_agent"
                                             << "ag-1"
                                             << "annual"
                                             << "approved"
                                             << "cancellation_requested" << false << true;
    QTest::newRow("owner cancels approved leave") << "ls_agent"
                                                  << "ag-1"
                                                  << "annual"
                                                  << "approved"
                                                  << "cancelled" << false << false;
    QTest::newRow("owner withdraws approved leave") << "ls_agent"
                                                    << "ag-1"
                                                    << "annual"
                                                    << "approved"
                                                    << "withdrawn" << false << false;
    QTest::newRow("owner grants their cancellation") << "ls_agent"
                                                     << "ag-1"
                                                     << "annual"
                                                     << "cancellation_requested"
                                                     << "cancelled" << false << false;
    QTest::newRow("owner reopens a refusal") << "ls_agent"
                                             << "ag-1"
                                             << "annual"
                                             << "refused"
                                             << "submitted" << false << false;
    // The head of the direction, for the service under it.
    QTest::newRow("head approves") << "ls_head"
                                   << "ag-1"
                                   << "annual"
                                   << "submitted"
                                   << "approved" << false << true;
    QTest::newRow("head refuses") << "ls_head"
                                  << "ag-1"
                                  << "annual"
                                  << "submitted"
                                  << "refused" << false << true;
    QTest::newRow("head approves a head_then_hr type") << "ls_head"
                                                       << "ag-1"
                                                       << "training"
                                                       << "submitted"
                                                       << "approved" << false << false;
    QTest::newRow("head forwards a head_then_hr type") << "ls_head"
                                                       << "ag-1"
                                                       << "training"
                                                       << "submitted"
                                                       << "waiting_hr" << false << true;
    QTest::newRow("head forwards a head type to HR") << "ls_head"
                                                     << "ag-1"
                                                     << "annual"
                                                     << "submitted"
                                                     << "waiting_hr" << false << false;
    QTest::newRow("head approves in HR's place") << "ls_head"
                                                 << "ag-1"
                                                 << "training"
                                                 << "waiting_hr"
                                                 << "approved" << false << false;
    QTest::newRow("head grants a cancellation") << "ls_head"
                                                << "ag-1"
                                                << "annual"
                                                << "cancellation_requested"
                                                << "cancelled" << false << true;
    QTest::newRow("head refuses a cancellation") << "ls_head"
                                                 << "ag-1"
                                                 << "annual"
                                                 << "cancellation_requested"
                                                 << "approved" << false << true;
    QTest::newRow("head cancels approved leave") << "ls_head"
                                                 << "ag-1"
                                                 << "annual"
                                                 << "approved"
                                                 << "cancelled" << false << false;
    QTest::newRow("head submits the agent's draft") << "ls_head"
                                                    << "ag-1"
                                                    << "annual"
                                                    << "draft"
                                                    << "submitted" << false << false;
    QTest::newRow("head withdraws the agent's request") << "ls_head"
                                                        << "ag-1"
                                                        << "annual"
                                                        << "submitted"
                                                        << "withdrawn" << false << false;
    QTest::newRow("head approves another unit") << "ls_head"
                                                << "ag-2"
                                                << "annual"
                                                << "submitted"
                                                << "approved" << false << false;
    QTest::newRow("head approves their own") << "ls_head"
                                             << "ag-head"
                                             << "annual"
                                             << "submitted"
                                             << "approved" << false << false;
    QTest::newRow("head approves the service head's") << "ls_head"
                                                      << "ag-svc"
                                                      << "annual"
                                                      << "submitted"
                                                      << "approved" << false << true;
    // The head of the service.
    QTest::newRow("service head approves their team") << "ls_svchead"
                                                      << "ag-1"
                                                      << "annual"
                                                      << "submitted"
                                                      << "approved" << false << true;
    QTest::newRow("service head approves their own") << "ls_svchead"
                                                     << "ag-svc"
                                                     << "annual"
                                                     << "submitted"
                                                     << "approved" << false << false;
    QTest::newRow("service head approves the head above") << "ls_svchead"
                                                          << "ag-head"
                                                          << "annual"
                                                          << "submitted"
                                                          << "approved" << false << false;
    // Deputies.
    QTest::newRow("deputy approves") << "ls_deputy"
                                     << "ag-1"
                                     << "annual"
                                     << "submitted"
                                     << "approved" << false << true;
    QTest::newRow("deputy refuses") << "ls_deputy"
                                    << "ag-1"
                                    << "annual"
                                    << "submitted"
                                    << "refused" << false << true;
    QTest::newRow("deputy forwards to HR") << "ls_deputy"
                                           << "ag-1"
                                           << "training"
                                           << "submitted"
                                           << "waiting_hr" << false << true;
    QTest::newRow("deputy approves the delegator's own") << "ls_deputy"
                                                         << "ag-svc"
                                                         << "annual"
                                                         << "submitted"
                                                         << "approved" << false << false;
    QTest::newRow("deputy approves a colleague outside the unit") << "ls_deputy"
                                                                  << "ag-2"
                                                                  << "annual"
                                                                  << "submitted"
                                                                  << "approved" << false << false;
    QTest::newRow("deputy whose delegation is over or to come") << "ls_olddep"
                                                                << "ag-1"
                                                                << "annual"
                                                                << "submitted"
                                                                << "approved" << false << false;
    // HR, on anybody's leave but their own.
    QTest::newRow("HR approves after the head") << "ls_hr"
                                                << "ag-1"
                                                << "training"
                                                << "waiting_hr"
                                                << "approved" << false << true;
    QTest::newRow("HR refuses after the head") << "ls_hr"
                                               << "ag-1"
                                               << "training"
                                               << "waiting_hr"
                                               << "refused" << false << true;
    QTest::newRow("HR cancels approved leave") << "ls_hr"
                                               << "ag-1"
                                               << "annual"
                                               << "approved"
                                               << "cancelled" << false << true;
    QTest::newRow("HR reopens a refusal") << "ls_hr"
                                          << "ag-1"
                                          << "annual"
                                          << "refused"
                                          << "submitted" << false << true;
    QTest::newRow("HR approves a head's own") << "ls_hr"
                                              << "ag-head"
                                              << "annual"
                                              << "submitted"
                                              << "approved" << false << true;
    QTest::newRow("HR approves their own") << "ls_hr"
                                           << "ag-hr"
                                           << "annual"
                                           << "submitted"
                                           << "approved" << false << false;
    QTest::newRow("HR submits their own draft") << "ls_hr"
                                                << "ag-hr"
                                                << "annual"
                                                << "draft"
                                                << "submitted" << false << true;
    // Nobody else.
    QTest::newRow("agent approves a colleague") << "ls_agent"
                                                << "ag-svc"
                                                << "annual"
                                                << "submitted"
                                                << "approved" << false << false;
    QTest::newRow("other agent approves") << "ls_other"
                                          << "ag-1"
                                          << "annual"
                                          << "submitted"
                                          << "approved" << false << false;
    QTest::newRow("administrator approves") << "ls_admin"
                                            << "ag-1"
                                            << "annual"
                                            << "submitted"
                                            << "approved" << false << false;
}

void tst_LeaveSecurity::eachMoveBelongsToItsActor()
{
    QFETCH(QString, login);
    QFETCH(QString, agent);
    QFETCH(QString, type);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, started);
    QFETCH(bool, allowed);

    // Each row on a day of its own: in 2032, or in the past for leave already begun.
    static int row = 0;
    const QString id = QStringLiteral("wf-%1").arg(++row);
    const QString day = started
                            ? QStringLiteral("current_date - %1").arg(300 - 2 * row)
                            : quotedDate(QDate(2032, 1, 5).addDays(2 * row).toString(Qt::ISODate));
    QVERIFY(m_server->exec(requestInsert(id, agent, type, from, day, day)));

    QString error;
    int affected = 0;
    const bool ok
        = run(login,
              QStringLiteral("UPDATE civitas.leave_requests SET state = '%1' WHERE id = '%2'")
                  .arg(to, id),
              &error,
              &affected);
    const QString state = serverValue(
        QStringLiteral("SELECT state FROM civitas.leave_requests WHERE id = '%1'").arg(id));
    if (allowed) {
        QVERIFY2(ok && affected == 1, qPrintable(error));
        QCOMPARE(state, to);
    } else {
        QVERIFY2(!ok || affected == 0, "the server let the move through");
        QCOMPARE(state, from);
        if (!ok)
            QVERIFY2(error.contains(QLatin1String("may not move the leave request")),
                     qPrintable(error));
    }
}

void tst_LeaveSecurity::onlyTheOwnerEditsADraft()
{
    QVERIFY(m_server->exec(requestInsert(QStringLiteral("ed-draft"),
                                         QStringLiteral("ag-1"),
                                         QStringLiteral("annual"),
                                         QStringLiteral("draft"),
                                         QStringLiteral("'2032-09-07'"),
                                         QStringLiteral("'2032-09-07'"))));
    QVERIFY(m_server->exec(requestInsert(QStringLiteral("ed-sent"),
                                         QStringLiteral("ag-1"),
                                         QStringLiteral("annual"),
                                         QStringLiteral("submitted"),
                                         QStringLiteral("'2032-09-14'"),
                                         QStringLiteral("'2032-09-14'"))));
    QVERIFY(m_server->exec(requestInsert(QStringLiteral("ed-ok"),
                                         QStringLiteral("ag-1"),
                                         QStringLiteral("annual"),
                                         QStringLiteral("approved"),
                                         QStringLiteral("'2032-09-21'"),
                                         QStringLiteral("'2032-09-21'"))));
    auto endOf = [&](const QString &id) {
        return serverValue(
            QStringLiteral("SELECT end_date::text FROM civitas.leave_requests WHERE id = '%1'")
                .arg(id));
    };
    // To the next day (4 half-days); HR's stretch below to the day after (6).
    const QString stretch = QStringLiteral("UPDATE civitas.leave_requests SET end_date = "
                                           "'2032-09-%1', half_days = %3 WHERE id = '%2'");

    // Those who decide on it, or see it, do not touch its dates.
    for (const QString &login : {QStringLiteral("ls_head"),
                                 QStringLiteral("ls_svchead"),
                                 QStringLiteral("ls_deputy"),
                                 QStringLiteral("ls_other"),
                                 QStringLiteral("ls_admin")}) {
        QString error;
        int affected = 0;
        const bool ok = run(
            login,
            stretch.arg(QStringLiteral("08"), QStringLiteral("ed-draft"), QStringLiteral("4")),
            &error,
            &affected);
        QVERIFY2(!ok || affected == 0, qPrintable(login));
        QCOMPARE(endOf(QStringLiteral("ed-draft")), QStringLiteral("2032-09-07"));
    }
    // The owner does, on a draft only.
    int affected = 0;
    QString error;
    QVERIFY2(run(QStringLiteral("ls_agent"),
                 stretch.arg(QStringLiteral("08"), QStringLiteral("ed-draft"), QStringLiteral("4")),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
    QCOMPARE(endOf(QStringLiteral("ed-draft")), QStringLiteral("2032-09-08"));
    QVERIFY(!run(QStringLiteral("ls_agent"),
                 stretch.arg(QStringLiteral("15"), QStringLiteral("ed-sent"), QStringLiteral("4")),
                 &error));
    QVERIFY2(error.contains(QLatin1String("only a draft can be changed")), qPrintable(error));
    QCOMPARE(endOf(QStringLiteral("ed-sent")), QStringLiteral("2032-09-14"));
    // Nor may a draft become a type only HR enters, to be submitted as such.
    QVERIFY(!run(QStringLiteral("ls_agent"),
                 QStringLiteral("UPDATE civitas.leave_requests SET leave_type_id = "
                                "'leave-type-sick' WHERE id = 'ed-draft'"),
                 &error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT leave_type_id FROM civitas.leave_requests WHERE id = 'ed-draft'")),
             QStringLiteral("leave-type-annual"));
    // A tombstone is an edit too: the owner drops a draft, nobody drops a live request on the
    // way through a move (the head would never see the cancellation asked for, the calendar
    // would lose approved leave that the ledger still counts).
    QVERIFY(!run(QStringLiteral("ls_agent"),
                 QStringLiteral("UPDATE civitas.leave_requests SET state = "
                                "'cancellation_requested', deleted = 1 WHERE id = 'ed-ok'"),
                 &error));
    QVERIFY(!run(QStringLiteral("ls_head"),
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved', deleted = 1 "
                                "WHERE id = 'ed-sent'"),
                 &error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT string_agg(state || deleted, ',' ORDER BY id) FROM civitas.leave_requests "
                 "WHERE id IN ('ed-ok', 'ed-sent')")),
             QStringLiteral("approved0,submitted0"));
    // HR corrects any request.
    QVERIFY2(run(QStringLiteral("ls_hr"),
                 stretch.arg(QStringLiteral("16"), QStringLiteral("ed-sent"), QStringLiteral("6")),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
    QCOMPARE(endOf(QStringLiteral("ed-sent")), QStringLiteral("2032-09-16"));
    QVERIFY2(
        run(QStringLiteral("ls_agent"),
            QStringLiteral("UPDATE civitas.leave_requests SET deleted = 1 WHERE id = 'ed-draft'"),
            &error,
            &affected),
        qPrintable(error));
    QCOMPARE(affected, 1);
}

void tst_LeaveSecurity::ledgerIsAppendOnlyAndWrittenByWhomItConcerns_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("request");  // empty: none
    QTest::addColumn<QString>("reverses"); // empty: none
    QTest::addColumn<bool>("accepted");

    // Uses and their reversals are the server's, written as a request is approved or cancelled
    // (central leave 0002, tst_leaveboundary): no login writes one, HR included.
    QTest::newRow("HR allocates") << "ls_hr"
                                  << "ag-1"
                                  << "allocation" << 2500 << ""
                                  << "" << true;
    QTest::newRow("HR adjusts") << "ls_hr"
                                << "ag-1"
                                << "adjustment" << -150 << ""
                                << "" << true;
    // Out of a year: what the law allows into the next is tst_yearendserver's.
    QTest::newRow("HR carries over") << "ls_hr"
                                     << "ag-2"
                                     << "carry_over" << -400 << ""
                                     << "" << true;
    QTest::newRow("HR records a use") << "ls_hr"
                                      << "ag-head"
                                      << "use" << -100 << "r-ag-head"
                                      << "" << false;
    QTest::newRow("head records a use") << "ls_head"
                                        << "ag-1"
                                        << "use" << -100 << "r-ag-1"
                                        << "" << false;
    QTest::newRow("head reverses that use") << "ls_head"
                                            << "ag-1"
                                            << "use" << 100 << "r-ag-1"
                                            << "@previous" << false;
    QTest::newRow("head reverses it twice") << "ls_head"
                                            << "ag-1"
                                            << "use" << 100 << "r-ag-1"
                                            << "@previous-1" << false;
    QTest::newRow("head credits with a use") << "ls_head"
                                             << "ag-1"
                                             << "use" << 500 << "r-ag-1"
                                             << "" << false;
    QTest::newRow("head reverses an allocation") << "ls_head"
                                                 << "ag-1"
                                                 << "use" << -2500 << "r-ag-1"
                                                 << "l-ag-1" << false;
    QTest::newRow("head, a use without a request") << "ls_head"
                                                   << "ag-1"
                                                   << "use" << -100 << ""
                                                   << "" << false;
    QTest::newRow("head, a use of another agent's request") << "ls_head"
                                                            << "ag-1"
                                                            << "use" << -100 << "r-ag-svc"
                                                            << "" << false;
    QTest::newRow("head allocates") << "ls_head"
                                    << "ag-1"
                                    << "allocation" << 100 << ""
                                    << "" << false;
    QTest::newRow("head adjusts") << "ls_head"
                                  << "ag-1"
                                  << "adjustment" << 100 << "r-ag-1"
                                  << "" << false;
    // A debit is HR's too, unless it is the use of a request.
    QTest::newRow("head expires days") << "ls_head"
                                       << "ag-1"
                                       << "expiry" << -100 << "r-ag-1"
                                       << "" << false;
    QTest::newRow("head deposits days") << "ls_head"
                                        << "ag-1"
                                        << "deposit" << -100 << "r-ag-1"
                                        << "" << false;
    QTest::newRow("head, another unit") << "ls_head"
                                        << "ag-2"
                                        << "use" << -100 << "r-ag-2"
                                        << "" << false;
    QTest::newRow("deputy records a use") << "ls_deputy"
                                          << "ag-1"
                                          << "use" << -100 << "r-ag-1"
                                          << "" << false;
    QTest::newRow("deputy, the delegator's") << "ls_deputy"
                                             << "ag-svc"
                                             << "use" << -100 << "r-ag-svc"
                                             << "" << false;
    QTest::newRow("expired deputy records a use") << "ls_olddep"
                                                  << "ag-1"
                                                  << "use" << -100 << "r-ag-1"
                                                  << "" << false;
    QTest::newRow("agent uses their own leave") << "ls_agent"
                                                << "ag-1"
                                                << "use" << -50 << "r-ag-1"
                                                << "" << false;
    QTest::newRow("agent credits themself") << "ls_agent"
                                            << "ag-1"
                                            << "use" << 50 << "r-ag-1"
                                            << "" << false;
    QTest::newRow("agent allocates themself") << "ls_agent"
                                              << "ag-1"
                                              << "allocation" << 2500 << ""
                                              << "" << false;
    QTest::newRow("agent adjusts themself") << "ls_agent"
                                            << "ag-1"
                                            << "adjustment" << -50 << "r-ag-1"
                                            << "" << false;
    QTest::newRow("agent, a use without a request") << "ls_agent"
                                                    << "ag-1"
                                                    << "use" << -50 << ""
                                                    << "" << false;
    QTest::newRow("agent, a colleague's use") << "ls_agent"
                                              << "ag-svc"
                                              << "use" << -50 << "r-ag-svc"
                                              << "" << false;
    QTest::newRow("administrator allocates") << "ls_admin"
                                             << "ag-1"
                                             << "allocation" << 2500 << ""
                                             << "" << false;
}

void tst_LeaveSecurity::ledgerIsAppendOnlyAndWrittenByWhomItConcerns()
{
    QFETCH(QString, login);
    QFETCH(QString, agent);
    QFETCH(QString, kind);
    QFETCH(int, days);
    QFETCH(QString, request);
    QFETCH(QString, reverses);
    QFETCH(bool, accepted);

    static int row = 0;
    const QString id = QStringLiteral("le-%1").arg(++row);
    if (reverses.startsWith(QLatin1String("@previous")))
        reverses
            = QStringLiteral("le-%1").arg(row - (reverses.endsWith(QLatin1String("-1")) ? 2 : 1));
    auto orNull = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("NULL")
                               : QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QString error;
    const bool ok
        = run(login,
              QStringLiteral(
                  "INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, "
                  "kind, days_hundredths, effective_date, request_id, reverses_entry_id) VALUES "
                  "('%1', '%2', 'leave-type-annual', 2031, '%3', %4, '2031-01-06', %5, %6)")
                  .arg(id, agent, kind)
                  .arg(days)
                  .arg(orNull(request), orNull(reverses)),
              &error);
    QVERIFY2(ok == accepted, qPrintable(error));
    // Only HR holds INSERT on the ledger since central leave 0002: the others are refused
    // before any policy.
    if (!accepted)
        QVERIFY2(error.contains(QLatin1String("row-level security"))
                     || error.contains(QLatin1String("permission denied")),
                 qPrintable(error));
    QCOMPARE(serverValue(
                 QStringLiteral("SELECT count(*) FROM civitas.leave_ledger_entries WHERE id = '%1'")
                     .arg(id))
                 .toInt(),
             accepted ? 1 : 0);

    // Whoever wrote it, nobody changes it afterwards, HR included; the owner of the tables
    // (who bypasses every policy) meets the trigger.
    if (!accepted)
        return;
    for (const QString &changer : {login, QStringLiteral("ls_hr")}) {
        int affected = 0;
        const bool changed
            = run(changer,
                  QStringLiteral("UPDATE civitas.leave_ledger_entries SET days_hundredths = 1, "
                                 "deleted = 1 WHERE id = '%1'")
                      .arg(id),
                  &error,
                  &affected);
        QVERIFY2(!changed || affected == 0, qPrintable(changer));
    }
    QSqlQuery owner(m_server->admin());
    QVERIFY(!owner.exec(
        QStringLiteral("UPDATE civitas.leave_ledger_entries SET note = 'x' WHERE id = '%1'")
            .arg(id)));
    QVERIFY2(owner.lastError().databaseText().contains(QLatin1String("append-only")),
             qPrintable(owner.lastError().databaseText()));
    QVERIFY(
        !run(QStringLiteral("ls_hr"),
             QStringLiteral("DELETE FROM civitas.leave_ledger_entries WHERE id = '%1'").arg(id)));
    QCOMPARE(serverValue(QStringLiteral("SELECT days_hundredths || '/' || deleted || '/' || note "
                                        "FROM civitas.leave_ledger_entries "
                                        "WHERE id = '%1'")
                             .arg(id)),
             QStringLiteral("%1/0/").arg(days));
}

void tst_LeaveSecurity::stepsAreWrittenUnderTheActorsOwnLogin()
{
    auto step =
        [](const QString &id, const QString &request, const QString &agent, const QString &actor) {
            return QStringLiteral("INSERT INTO civitas.leave_request_steps (id, request_id, "
                                  "agent_id, action, from_state, "
                                  "to_state, actor_login, acted_at) VALUES ('%1', '%2', '%3', "
                                  "'approved', 'submitted', "
                                  "'approved', '%4', now())")
                .arg(id, request, agent, actor);
        };
    struct Attempt
    {
        QString login;
        QString request;
        QString agent;
        QString actor;
        bool accepted;
    };
    // Since central leave 0002 a step must also tell a move its login made, once: none of
    // these approvals happened (r-ag-* are submitted), so none is kept, whoever writes it.
    // tst_leaveboundary::stepsAreStampedByTheServer checks the steps that are.
    const QList<Attempt> attempts = {
        {QStringLiteral("ls_agent"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_agent"),
         false},
        {QStringLiteral("ls_head"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_head"),
         false},
        {QStringLiteral("ls_deputy"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_deputy"),
         false},
        {QStringLiteral("ls_hr"),
         QStringLiteral("r-ag-2"),
         QStringLiteral("ag-2"),
         QStringLiteral("ls_hr"),
         false},
        // In another login's name.
        {QStringLiteral("ls_agent"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_head"),
         false},
        {QStringLiteral("ls_head"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_hr"),
         false},
        {QStringLiteral("ls_hr"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_head"),
         false},
        // On a request that is not theirs to act on, however the step is labelled.
        {QStringLiteral("ls_agent"),
         QStringLiteral("r-ag-2"),
         QStringLiteral("ag-2"),
         QStringLiteral("ls_agent"),
         false},
        {QStringLiteral("ls_agent"),
         QStringLiteral("r-ag-2"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_agent"),
         false},
        {QStringLiteral("ls_head"),
         QStringLiteral("r-ag-2"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_head"),
         false},
        {QStringLiteral("ls_olddep"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_olddep"),
         false},
        {QStringLiteral("ls_admin"),
         QStringLiteral("r-ag-1"),
         QStringLiteral("ag-1"),
         QStringLiteral("ls_admin"),
         false},
    };
    int n = 0;
    for (const Attempt &a : attempts) {
        const QString id = QStringLiteral("sp-%1").arg(++n);
        QString error;
        const bool ok = run(a.login, step(id, a.request, a.agent, a.actor), &error);
        const QString what = QStringLiteral("%1: %2 of %3 as %4 (%5)")
                                 .arg(a.login, a.request, a.agent, a.actor, error);
        QVERIFY2(ok == a.accepted, qPrintable(what));
        QCOMPARE(serverValue(QStringLiteral(
                                 "SELECT count(*) FROM civitas.leave_request_steps WHERE id = '%1'")
                                 .arg(id))
                     .toInt(),
                 a.accepted ? 1 : 0);
    }
    // Append-only: nobody rewrites a step, HR included.
    for (const QString &login :
         {QStringLiteral("ls_agent"), QStringLiteral("ls_head"), QStringLiteral("ls_hr")}) {
        int affected = 0;
        const bool ok
            = run(login,
                  QStringLiteral("UPDATE civitas.leave_request_steps SET action = 'refused', "
                                 "actor_login = session_user WHERE id = 'st-ag-1'"),
                  nullptr,
                  &affected);
        QVERIFY2(!ok || affected == 0, qPrintable(login));
    }
    QSqlQuery owner(m_server->admin());
    QVERIFY(!owner.exec(QStringLiteral(
        "UPDATE civitas.leave_request_steps SET comment = 'x' WHERE id = 'st-ag-1'")));
    QVERIFY2(owner.lastError().databaseText().contains(QLatin1String("append-only")),
             qPrintable(owner.lastError().databaseText()));
    QCOMPARE(serverValue(QStringLiteral("SELECT action || '/' || actor_login || '/' || comment "
                                        "FROM civitas.leave_request_steps "
                                        "WHERE id = 'st-ag-1'")),
             QStringLiteral("submitted/ls_agent/"));
}

void tst_LeaveSecurity::liveRequestsMayNotOverlap()
{
    auto ask = [&](const QString &login,
                   const QString &id,
                   const QString &state,
                   const QString &start,
                   const QString &startHalf,
                   const QString &end,
                   const QString &endHalf,
                   QString *error) {
        const QString agent = login == QLatin1String("ls_svchead") ? QStringLiteral("ag-svc")
                                                                   : QStringLiteral("ag-1");
        const QString type
            = login == QLatin1String("ls_hr") ? QStringLiteral("sick") : QStringLiteral("annual");
        return run(login,
                   requestInsert(
                       id,
                       agent,
                       type,
                       state,
                       quotedDate(start),
                       quotedDate(end),
                       startHalf,
                       endHalf,
                       halfDaysOf(start, startHalf, end, endHalf, type == QLatin1String("sick"))),
                   error);
    };
    QString error;
    // Tuesday 7 March 2033, morning, to Thursday 9, evening.
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-a"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-07"),
                 QStringLiteral("am"),
                 QStringLiteral("2033-03-09"),
                 QStringLiteral("pm"),
                 &error),
             qPrintable(error));
    // Its last afternoon asked again: one half-day too many.
    QVERIFY(!ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-b"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-09"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-10"),
                 QStringLiteral("pm"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("leave requests may not overlap"))
                 && error.contains(QLatin1String("2033-03-07")),
             qPrintable(error));
    // Its first morning, from the afternoon before.
    QVERIFY(!ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-b"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-06"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-07"),
                 QStringLiteral("am"),
                 &error));
    // The day after is free; so is the afternoon before.
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-c"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-10"),
                 QStringLiteral("am"),
                 QStringLiteral("2033-03-10"),
                 QStringLiteral("pm"),
                 &error),
             qPrintable(error));
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-d"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-06"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-06"),
                 QStringLiteral("pm"),
                 &error),
             qPrintable(error));
    // One day split: a morning and an afternoon are two requests that do not overlap...
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-am"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("am"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("am"),
                 &error),
             qPrintable(error));
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-pm"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("pm"),
                 &error),
             qPrintable(error));
    // ...and a third that takes either half is refused.
    QVERIFY(!ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-e"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-13"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("am"),
                 &error));
    QVERIFY(!ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-e"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-15"),
                 QStringLiteral("pm"),
                 &error));
    // HR's own entries are checked too.
    QVERIFY(!ask(QStringLiteral("ls_hr"),
                 QStringLiteral("ov-sick"),
                 QStringLiteral("approved"),
                 QStringLiteral("2033-03-08"),
                 QStringLiteral("am"),
                 QStringLiteral("2033-03-08"),
                 QStringLiteral("pm"),
                 &error));
    QCOMPARE(error.contains(QLatin1String("leave requests may not overlap")), true);
    // Another agent's leave does not count.
    QVERIFY2(ask(QStringLiteral("ls_svchead"),
                 QStringLiteral("ov-svc"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-07"),
                 QStringLiteral("am"),
                 QStringLiteral("2033-03-09"),
                 QStringLiteral("pm"),
                 &error),
             qPrintable(error));

    // A draft is not live: it may overlap, until it is submitted.
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-draft"),
                 QStringLiteral("draft"),
                 QStringLiteral("2033-03-08"),
                 QStringLiteral("am"),
                 QStringLiteral("2033-03-08"),
                 QStringLiteral("pm"),
                 &error),
             qPrintable(error));
    const QString submitDraft = QStringLiteral(
        "UPDATE civitas.leave_requests SET state = 'submitted' WHERE id = 'ov-draft'");
    QVERIFY(!run(QStringLiteral("ls_agent"), submitDraft, &error));
    QVERIFY2(error.contains(QLatin1String("leave requests may not overlap")), qPrintable(error));
    // Refused or withdrawn leave does not count either.
    QVERIFY(
        run(QStringLiteral("ls_head"),
            QStringLiteral("UPDATE civitas.leave_requests SET state = 'refused' WHERE id = 'ov-a'"),
            &error));
    QVERIFY2(run(QStringLiteral("ls_agent"), submitDraft, &error), qPrintable(error));
    QVERIFY(run(
        QStringLiteral("ls_agent"),
        QStringLiteral("UPDATE civitas.leave_requests SET state = 'withdrawn' WHERE id = 'ov-am'"),
        &error));
    QVERIFY2(ask(QStringLiteral("ls_agent"),
                 QStringLiteral("ov-e"),
                 QStringLiteral("submitted"),
                 QStringLiteral("2033-03-13"),
                 QStringLiteral("pm"),
                 QStringLiteral("2033-03-14"),
                 QStringLiteral("am"),
                 &error),
             qPrintable(error));
    // Reopening the refused request while another holds its days is refused, even to HR.
    QVERIFY(!run(
        QStringLiteral("ls_hr"),
        QStringLiteral("UPDATE civitas.leave_requests SET state = 'submitted' WHERE id = 'ov-a'"),
        &error));
    QVERIFY2(error.contains(QLatin1String("leave requests may not overlap")), qPrintable(error));
    QCOMPARE(
        serverValue(QStringLiteral(
            "SELECT string_agg(id || '=' || state, ',' ORDER BY id) FROM civitas.leave_requests "
            "WHERE id LIKE 'ov-%'")),
        QStringLiteral("ov-a=refused,ov-am=withdrawn,ov-c=submitted,ov-d=submitted,ov-draft="
                       "submitted,ov-e=submitted,"
                       "ov-pm=submitted,ov-svc=submitted"));
}

void tst_LeaveSecurity::delegationsAreGivenByHeadsOnly()
{
    auto delegate = [&](const QString &login,
                        const QString &id,
                        const QString &unit,
                        const QString &from,
                        const QString &to,
                        QString *error) {
        return run(
            login,
            QStringLiteral(
                "INSERT INTO civitas.leave_delegations (id, org_unit_id, delegator_agent_id, "
                "deputy_agent_id, start_date, end_date) VALUES ('%1', '%2', '%3', '%4', "
                "current_date + 30, current_date + 40)")
                .arg(id, unit, from, to),
            error);
    };
    struct Attempt
    {
        QString login;
        QString unit;
        QString delegator;
        QString deputy;
        bool accepted;
    };
    const QList<Attempt> attempts = {
        // A unit one heads, directly or from the direction above.
        {QStringLiteral("ls_svchead"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-svc"),
         QStringLiteral("ag-2"),
         true},
        {QStringLiteral("ls_head"),
         QStringLiteral("d-st"),
         QStringLiteral("ag-head"),
         QStringLiteral("ag-svc"),
         true},
        {QStringLiteral("ls_head"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-head"),
         QStringLiteral("ag-2"),
         true},
        // Not another unit, not in another head's name.
        {QStringLiteral("ls_svchead"),
         QStringLiteral("u-cp"),
         QStringLiteral("ag-svc"),
         QStringLiteral("ag-2"),
         false},
        {QStringLiteral("ls_svchead"),
         QStringLiteral("d-st"),
         QStringLiteral("ag-svc"),
         QStringLiteral("ag-2"),
         false},
        {QStringLiteral("ls_head"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-svc"),
         QStringLiteral("ag-2"),
         false},
        // A deputy does not pass the delegation on, in their name or the head's.
        {QStringLiteral("ls_deputy"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-dep"),
         QStringLiteral("ag-old"),
         false},
        {QStringLiteral("ls_deputy"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-svc"),
         QStringLiteral("ag-old"),
         false},
        {QStringLiteral("ls_agent"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-1"),
         QStringLiteral("ag-2"),
         false},
        {QStringLiteral("ls_admin"),
         QStringLiteral("u-ev"),
         QStringLiteral("ag-svc"),
         QStringLiteral("ag-2"),
         false},
        // HR sets any.
        {QStringLiteral("ls_hr"),
         QStringLiteral("u-cp"),
         QStringLiteral("ag-2"),
         QStringLiteral("ag-dep"),
         true},
    };
    int n = 0;
    for (const Attempt &a : attempts) {
        const QString id = QStringLiteral("dg-%1").arg(++n);
        QString error;
        const bool ok = delegate(a.login, id, a.unit, a.delegator, a.deputy, &error);
        QVERIFY2(ok == a.accepted,
                 qPrintable(QStringLiteral("%1: %2 from %3 to %4 (%5)")
                                .arg(a.login, a.unit, a.delegator, a.deputy, error)));
        if (!a.accepted)
            QVERIFY2(error.contains(QLatin1String("row-level security")), qPrintable(error));
    }
    // The delegator changes their delegation; the deputy does not stretch it.
    int affected = 0;
    QString error;
    QVERIFY(run(QStringLiteral("ls_deputy"),
                QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date + 99 "
                               "WHERE id = 'dl-active'"),
                &error,
                &affected));
    QCOMPARE(affected, 0);
    QVERIFY2(run(QStringLiteral("ls_svchead"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date + 35 "
                                "WHERE id = 'dg-1'"),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
    // Nor may the delegator hand it to another head's unit on the way.
    QVERIFY(!run(QStringLiteral("ls_svchead"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET org_unit_id = 'u-cp' "
                                "WHERE id = 'dg-1'"),
                 &error));
    QCOMPARE(
        serverValue(QStringLiteral(
            "SELECT org_unit_id || ' ' || (end_date - current_date) FROM civitas.leave_delegations "
            "WHERE id = 'dg-1'")),
        QStringLiteral("u-ev 35"));
}

void tst_LeaveSecurity::deputyActsOnlyWhileTheDelegationRuns()
{
    QVERIFY(m_server->exec(requestInsert(QStringLiteral("dp-1"),
                                         QStringLiteral("ag-1"),
                                         QStringLiteral("annual"),
                                         QStringLiteral("submitted"),
                                         QStringLiteral("'2032-11-02'"),
                                         QStringLiteral("'2032-11-02'"))));
    const QString names = readSql(QStringLiteral("agents"));
    const QString theirs
        = QStringLiteral("SELECT id FROM civitas.leave_requests WHERE id = 'dp-1'");
    QCOMPARE(
        column(QStringLiteral("ls_deputy"), names),
        (QStringList{QStringLiteral("ag-1"), QStringLiteral("ag-dep"), QStringLiteral("ag-svc")}));
    QCOMPARE(column(QStringLiteral("ls_deputy"), theirs), QStringList{QStringLiteral("dp-1")});

    // The head ends the delegation early: from that moment the deputy sees and decides nothing
    // of the unit.
    QString error;
    int affected = 0;
    QVERIFY2(run(QStringLiteral("ls_svchead"),
                 QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date - 1 "
                                "WHERE id = 'dl-active'"),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
    QCOMPARE(column(QStringLiteral("ls_deputy"), names), QStringList{QStringLiteral("ag-dep")});
    QCOMPARE(column(QStringLiteral("ls_deputy"), theirs), QStringList());
    QVERIFY(run(
        QStringLiteral("ls_deputy"),
        QStringLiteral("UPDATE civitas.leave_requests SET state = 'approved' WHERE id = 'dp-1'"),
        &error,
        &affected));
    QCOMPARE(affected, 0);
    QCOMPARE(
        serverValue(QStringLiteral("SELECT state FROM civitas.leave_requests WHERE id = 'dp-1'")),
        QStringLiteral("submitted"));
    // A delegation's tombstone ends it too.
    QVERIFY(run(QStringLiteral("ls_svchead"),
                QStringLiteral("UPDATE civitas.leave_delegations SET end_date = current_date + 10, "
                               "deleted = 1 WHERE id = 'dl-active'"),
                &error));
    QCOMPARE(column(QStringLiteral("ls_deputy"), names), QStringList{QStringLiteral("ag-dep")});

    // Given back, it works again.
    QVERIFY(run(
        QStringLiteral("ls_svchead"),
        QStringLiteral("UPDATE civitas.leave_delegations SET deleted = 0 WHERE id = 'dl-active'"),
        &error));
    QVERIFY2(run(QStringLiteral("ls_deputy"),
                 QStringLiteral(
                     "UPDATE civitas.leave_requests SET state = 'approved' WHERE id = 'dp-1'"),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
}

void tst_LeaveSecurity::typesAndDaysOffAreHrs()
{
    const QStringList everybody = {QStringLiteral("ls_agent"),
                                   QStringLiteral("ls_head"),
                                   QStringLiteral("ls_deputy"),
                                   QStringLiteral("ls_hr"),
                                   QStringLiteral("ls_admin")};
    for (const QString &login : everybody) {
        QCOMPARE(
            column(login,
                   QStringLiteral(
                       "SELECT count(*) FROM civitas.leave_types WHERE id LIKE 'leave-type-%'")),
            QStringList{QStringLiteral("19")}); // with the health and family leaves (leave 0008)
        QCOMPARE(column(login, QStringLiteral("SELECT name FROM civitas.leave_days_off")),
                 QStringList{QStringLiteral("Pont de l'Ascension")});
    }
    const QString newType
        = QStringLiteral("INSERT INTO civitas.leave_types (id, code, label, has_balance, approval) "
                         "VALUES ('lt-%1', 'blood-%1', 'Don du sang', 0, 'none')");
    const QString newDay = QStringLiteral("INSERT INTO civitas.leave_days_off (id, day, name) "
                                          "VALUES ('off-%1', '2031-12-26', 'Fermeture')");
    for (const QString &login : everybody) {
        if (login == QLatin1String("ls_hr"))
            continue;
        QString error;
        int affected = 0;
        QVERIFY2(!run(login, newType.arg(login), &error), qPrintable(login));
        // Only HR holds INSERT on them since central leave 0002.
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
        QVERIFY2(!run(login, newDay.arg(login), &error), qPrintable(login));
        // Since central leave 0002 only HR holds UPDATE on them: refused, not filtered.
        QVERIFY(!run(login,
                     QStringLiteral("UPDATE civitas.leave_types SET hr_only = 0, approval = 'none' "
                                    "WHERE id = 'leave-type-sick'"),
                     &error,
                     &affected));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
        QVERIFY(!run(login,
                     QStringLiteral("UPDATE civitas.leave_days_off SET deleted = 1"),
                     &error,
                     &affected));
    }
    QCOMPARE(
        serverValue(QStringLiteral(
            "SELECT hr_only || approval FROM civitas.leave_types WHERE id = 'leave-type-sick'")),
        QStringLiteral("1none"));
    QCOMPARE(
        serverValue(QStringLiteral("SELECT count(*) FROM civitas.leave_days_off WHERE deleted = 0"))
            .toInt(),
        1);

    // HR writes both.
    QString error;
    int affected = 0;
    QVERIFY2(run(QStringLiteral("ls_hr"), newType.arg(QStringLiteral("hr")), &error),
             qPrintable(error));
    QVERIFY2(run(QStringLiteral("ls_hr"), newDay.arg(QStringLiteral("hr")), &error),
             qPrintable(error));
    QVERIFY(
        run(QStringLiteral("ls_hr"),
            QStringLiteral("UPDATE civitas.leave_types SET label = 'Don du sang ou de plaquettes' "
                           "WHERE id = 'lt-hr'"),
            &error,
            &affected));
    QCOMPARE(affected, 1);
    QCOMPARE(column(QStringLiteral("ls_agent"),
                    QStringLiteral("SELECT label FROM civitas.leave_types WHERE id = 'lt-hr'")),
             QStringList{QStringLiteral("Don du sang ou de plaquettes")});

    // A type that nobody approves: its agent submits it straight to approved, a draft or a new
    // request, as the desk's workflow does (LeaveWorkflow::move, LeaveRequestStore::submit).
    // The others never are (agentsCreateOnlyTheirOwnRequests, eachMoveBelongsToItsActor).
    const QString blood = QStringLiteral(
        "INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, start_date, end_date, "
        "half_days, state) VALUES ('%1', '%2', 'lt-hr', '%3', '%3', 2, '%4')");
    QVERIFY(run(QStringLiteral("ls_agent"),
                blood.arg(QStringLiteral("blood-1"),
                          QStringLiteral("ag-1"),
                          QStringLiteral("2032-12-01"),
                          QStringLiteral("draft")),
                &error));
    QVERIFY2(run(QStringLiteral("ls_agent"),
                 QStringLiteral(
                     "UPDATE civitas.leave_requests SET state = 'approved' WHERE id = 'blood-1'"),
                 &error,
                 &affected),
             qPrintable(error));
    QCOMPARE(affected, 1);
    QVERIFY2(run(QStringLiteral("ls_agent"),
                 blood.arg(QStringLiteral("blood-2"),
                           QStringLiteral("ag-1"),
                           QStringLiteral("2032-12-08"),
                           QStringLiteral("approved")),
                 &error),
             qPrintable(error));
    // Still only their own.
    QVERIFY(!run(QStringLiteral("ls_head"),
                 blood.arg(QStringLiteral("blood-3"),
                           QStringLiteral("ag-1"),
                           QStringLiteral("2032-12-15"),
                           QStringLiteral("approved")),
                 &error));
    QCOMPARE(
        serverValue(QStringLiteral(
            "SELECT string_agg(id || '=' || state, ',' ORDER BY id) FROM civitas.leave_requests "
            "WHERE leave_type_id = 'lt-hr'")),
        QStringLiteral("blood-1=approved,blood-2=approved"));
}

void tst_LeaveSecurity::requestTravelsFromDeskToDesk()
{
    Client agentDesk(*m_server, QStringLiteral("ls_agent"));
    Client headDesk(*m_server, QStringLiteral("ls_head"));
    Client otherDesk(*m_server, QStringLiteral("ls_other"));
    QVERIFY(agentDesk.sync());
    QVERIFY(headDesk.sync());
    QVERIFY(otherDesk.sync());
    QVERIFY(
        headDesk
            .scalar(QStringLiteral("SELECT count(*) FROM leave_requests WHERE agent_id = 'ag-1'"))
            .toInt()
        > 0);

    // The agent asks for a week in May 2035, on their desk: 4 days (Whit Monday is off).
    QVERIFY(agentDesk.exec(
        QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, start_date, "
                       "start_half, end_date, end_half, half_days, state) "
                       "VALUES ('sync-r', 'ag-1', 'leave-type-annual', '2035-05-14', 'am', "
                       "'2035-05-18', 'pm', 8, 'submitted')")));
    QVERIFY(
        agentDesk.exec(QStringLiteral("INSERT INTO leave_request_steps (id, request_id, agent_id, "
                                      "action, from_state, to_state, actor_login, acted_at) "
                                      "VALUES ('sync-s1', 'sync-r', 'ag-1', 'submitted', 'draft', "
                                      "'submitted', 'ls_agent', '2035-04-01T09:00:00Z')")));
    // And tries to give themself a few days more: the server refuses it, the desk keeps it.
    QVERIFY(
        agentDesk.exec(QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, "
                                      "leave_type_id, year, kind, days_hundredths, effective_date) "
                                      "VALUES ('sync-gift', 'ag-1', 'leave-type-annual', 2035, "
                                      "'allocation', 500, '2035-01-01')")));
    SyncReport sent;
    QVERIFY(agentDesk.sync(&sent));
    QCOMPARE(sent.pushed, 2);
    QCOMPARE(sent.refused, 1);
    QCOMPARE(agentDesk.scalar(QStringLiteral("SELECT row_id || ' ' || state FROM sync_outbox"))
                 .toString(),
             QStringLiteral("sync-gift refused"));
    QVERIFY2(
        agentDesk.scalar(QStringLiteral("SELECT refusal FROM sync_outbox"))
            .toString()
            .contains(QLatin1String("permission denied")),
        qPrintable(agentDesk.scalar(QStringLiteral("SELECT refusal FROM sync_outbox")).toString()));
    QCOMPARE(
        serverValue(QStringLiteral(
            "SELECT state || ' ' || updated_by FROM civitas.leave_requests WHERE id = 'sync-r'")),
        QStringLiteral("submitted ls_agent"));
    QCOMPARE(
        serverValue(QStringLiteral(
                        "SELECT count(*) FROM civitas.leave_ledger_entries WHERE id = 'sync-gift'"))
            .toInt(),
        0);

    // The head's desk gets it, approves it, records the use and the step. The use carries the
    // id the server gives it as it approves (central leave 0002): the push finds it there,
    // equal, and records nothing more.
    QVERIFY(headDesk.sync());
    QCOMPARE(headDesk.scalar(QStringLiteral("SELECT state FROM leave_requests WHERE id = 'sync-r'"))
                 .toString(),
             QStringLiteral("submitted"));
    QCOMPARE(headDesk
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM leave_request_steps WHERE request_id = 'sync-r'"))
                 .toInt(),
             1);
    QVERIFY(headDesk.exec(
        QStringLiteral("UPDATE leave_requests SET state = 'approved' WHERE id = 'sync-r'")));
    QVERIFY(headDesk.exec(
        QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
                       "days_hundredths, effective_date, request_id, source) "
                       "VALUES ('sync-r:use', 'ag-1', 'leave-type-annual', 2035, 'use', -400, "
                       "'2035-05-14', 'sync-r', 'request')")));
    QVERIFY(headDesk.exec(
        QStringLiteral("INSERT INTO leave_request_steps (id, request_id, agent_id, action, "
                       "from_state, to_state, actor_login, acted_at) "
                       "VALUES ('sync-s2', 'sync-r', 'ag-1', 'approved', 'submitted', 'approved', "
                       "'ls_head', '2035-04-02T10:00:00Z')")));
    SyncReport decided;
    QVERIFY(headDesk.sync(&decided));
    QCOMPARE(decided.refused, 0);
    QCOMPARE(decided.conflicts, 0);
    QCOMPARE(decided.pushed, 3);
    QCOMPARE(headDesk.db().pendingChangeCount(), 0);
    QCOMPARE(
        serverValue(QStringLiteral(
            "SELECT state || ' ' || updated_by FROM civitas.leave_requests WHERE id = 'sync-r'")),
        QStringLiteral("approved ls_head"));

    // Back on the agent's desk: approved, the days taken, the history of it.
    QVERIFY(agentDesk.sync());
    QCOMPARE(
        agentDesk.scalar(QStringLiteral("SELECT state FROM leave_requests WHERE id = 'sync-r'"))
            .toString(),
        QStringLiteral("approved"));
    QCOMPARE(
        agentDesk
            .scalar(QStringLiteral(
                "SELECT kind || ' ' || days_hundredths || ' ' || request_id || ' ' || updated_by "
                "FROM leave_ledger_entries WHERE id = 'sync-r:use'"))
            .toString(),
        QStringLiteral("use -400 sync-r ls_head"));
    QCOMPARE(
        agentDesk
            .scalar(QStringLiteral(
                "SELECT group_concat(action || ':' || actor_login) FROM "
                "(SELECT action, actor_login FROM leave_request_steps WHERE request_id = 'sync-r' "
                "ORDER BY acted_at)"))
            .toString(),
        QStringLiteral("submitted:ls_agent,approved:ls_head"));
    // Only the refused gift waits, with its reason.
    QCOMPARE(agentDesk.db().pendingChangeCount(), 1);

    // A colleague in another unit sees none of it.
    QVERIFY(otherDesk.sync());
    QCOMPARE(
        otherDesk
            .scalar(QStringLiteral("SELECT count(*) FROM leave_requests WHERE agent_id <> 'ag-2'"))
            .toInt(),
        0);
    QCOMPARE(otherDesk
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM leave_ledger_entries WHERE agent_id <> 'ag-2'"))
                 .toInt(),
             0);
    QCOMPARE(otherDesk
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM leave_request_steps WHERE agent_id <> 'ag-2'"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(tst_LeaveSecurity)
#include "tst_leavesecurity.moc"
