#include "serverfixture.h"

#include <leave/domain/leavedaycounter.h>
#include <leavedaycases.h>

#include <core/french/frenchcalendar.h>

#include <QProcess>

using namespace Civitas;
using namespace Civitas::Leave;
using Civitas::Hr::WeeklyPattern;

Q_DECLARE_METATYPE(LeaveDayCase)

// A request's half_days on the server: counted there by civitas.leave_half_days, the desk's
// LeaveDayCounter written again in PL/pgSQL. Every case of tests/common/leavedaycases.h goes
// through both, and they must agree with each other and with the hand count. Then the count
// is attacked as somebody with psql would, and through a tampered desk file pushed by
// `civitas-admin sync`: four weeks declared as 0 half-days must be refused with the server's
// figure, or the approver's desk would write no ledger use for them.
//
// The town: one service, ag-1 (ls_agent) and ag-hr (ls_hr), both full time since 2000.
class tst_HalfDaysServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void holidaysAreTheDesks();
    void sameCountOnBothSides_data();
    void sameCountOnBothSides();
    void nobodyAsksTheCountOfOthers();
    void fourWeeksDeclaredAsNothingAreRefused();
    void hrIsCountedToo();
    void theOwnerLoadsHistoryAsItWas();
    void townSettingsAndDaysOffChangeTheCount();
    void tamperedDeskFileIsRefused();

private:
    bool run(const QString &login, const QString &sql, QString *error = nullptr);
    QString serverValue(const QString &sql) { return m_server->scalar(sql).toString(); }
    bool requestExists(const QString &id)
    {
        return serverValue(
                   QStringLiteral("SELECT count(*) FROM civitas.leave_requests WHERE id = '%1'")
                       .arg(id))
               == QLatin1String("1");
    }
    bool setTownSetting(const QString &key, const QString &value)
    {
        return m_server->exec(QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES "
                                             "('%1', '%2') ON CONFLICT (id) DO UPDATE SET value = "
                                             "excluded.value, deleted = 0")
                                  .arg(key, value));
    }

    ServerFixture *m_server = nullptr;
    QHash<QString, QString> m_connectionNames;
};

namespace {

QString insertRequest(const QString &id,
                      const QString &agent,
                      const QString &type,
                      const QString &start,
                      const QString &end,
                      int halfDays,
                      const QString &state = QStringLiteral("submitted"))
{
    return QStringLiteral("INSERT INTO civitas.leave_requests (id, agent_id, leave_type_id, "
                          "start_date, start_half, end_date, end_half, half_days, state) VALUES "
                          "('%1', '%2', 'leave-type-%3', '%4', 'am', '%5', 'pm', %6, '%7')")
        .arg(id, agent, type, start, end)
        .arg(halfDays)
        .arg(state);
}

LeaveBoundary boundary(const QString &text, WeeklyPattern::HalfDay defaultHalf)
{
    LeaveBoundary b;
    if (!LeaveBoundary::parse(text, defaultHalf, &b))
        qFatal("bad boundary %s", qPrintable(text));
    return b;
}

QString halfCode(const LeaveBoundary &b)
{
    return b.half == WeeklyPattern::Afternoon ? QStringLiteral("pm") : QStringLiteral("am");
}

} // namespace

void tst_HalfDaysServer::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    for (const char *id : {"hr", "leave"}) {
        const ModuleInfo *module = testModules().module(QLatin1String(id));
        QVERIFY2(module && module->instance, "the hr and leave module plugins were not found");
    }
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) "
                                          "VALUES ('u-1', 'service', 'SVC', 'Service')")));
    QVERIFY(m_server->addUser(
        QStringLiteral("hd_agent"), {}, QStringLiteral("SVC"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("hd_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("SVC"),
                              QStringLiteral("ag-hr")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                       "first_names, org_unit_id, entry_date) VALUES "
                       "('ag-1', '200001', 'MARTIN', 'Jeanne', 'u-1', '2000-01-03'), "
                       "('ag-hr', '200002', 'PETIT', 'Lucie', 'u-1', '2000-01-03')")));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, "
                                          "effective_date, kind, weekly_minutes, weekly_pattern) "
                                          "SELECT 'w-' || id, id, entry_date, 'full_time', 2100, "
                                          "'11111111110000' FROM civitas.agents")));
}

void tst_HalfDaysServer::cleanupTestCase()
{
    delete m_server;
}

bool tst_HalfDaysServer::run(const QString &login, const QString &sql, QString *error)
{
    QString name = m_connectionNames.value(login);
    if (name.isEmpty()) {
        name = QStringLiteral("halfdays-%1").arg(login);
        if (!m_server->connectAs(login, name).isOpen())
            return false;
        m_connectionNames.insert(login, name);
    }
    QSqlQuery q(QSqlDatabase::database(name, false));
    const bool ok = q.exec(sql);
    if (error)
        *error = ok ? QString() : q.lastError().text();
    return ok;
}

// The holidays of every year from before the Gregorian calendar to 2300, in the four
// settings: the same days on both sides (the desk merges two holidays on one day).
void tst_HalfDaysServer::holidaysAreTheDesks()
{
    for (const bool alsace : {false, true}) {
        for (const bool whitWorked : {false, true}) {
            FrenchCalendar calendar;
            calendar.setAlsaceMoselle(alsace);
            calendar.setWhitMondayWorked(whitWorked);
            QSqlQuery q(m_server->admin());
            QVERIFY2(
                q.exec(QStringLiteral(
                           "SELECT y, coalesce(string_agg(DISTINCT h.day::text, ',' ORDER BY "
                           "h.day::text), '') FROM generate_series(1570, 2300) AS y "
                           "LEFT JOIN LATERAL civitas.french_public_holidays(y, %1, %2) AS h ON "
                           "true GROUP BY y ORDER BY y")
                           .arg(alsace ? "true" : "false", whitWorked ? "true" : "false")),
                qPrintable(q.lastError().text()));
            int years = 0;
            while (q.next()) {
                QStringList desk;
                for (const PublicHoliday &h : calendar.holidays(q.value(0).toInt()))
                    desk.append(h.date.toString(Qt::ISODate));
                QCOMPARE(q.value(1).toString(), desk.join(QLatin1Char(',')));
                ++years;
            }
            QCOMPARE(years, 731);
        }
    }
}

void tst_HalfDaysServer::sameCountOnBothSides_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<LeaveDayCase>("c");
    int i = 0;
    for (const LeaveDayCase &c : leaveDayCases()) {
        QTest::newRow(qPrintable(c.name)) << i << c;
        ++i;
    }
}

void tst_HalfDaysServer::sameCountOnBothSides()
{
    QFETCH(int, index);
    QFETCH(LeaveDayCase, c);
    QVERIFY(leaveDayCases().size() >= 40);

    // The desk.
    FrenchCalendar french;
    french.setAlsaceMoselle(c.alsaceMoselle);
    french.setWhitMondayWorked(c.whitMondayWorked);
    LeaveCalendar calendar(french);
    QList<Hr::WorkingTime> history;
    for (const auto &[effective, pattern] : c.workingTimes) {
        Hr::WorkingTime w;
        w.effectiveDate = effective;
        QVERIFY(WeeklyPattern::fromCode(pattern, &w.pattern));
        history.append(w);
    }
    for (const QDate &day : c.daysOff)
        calendar.addDayOff(day, QStringLiteral("Pont"));
    const LeaveBoundary from = boundary(c.from, WeeklyPattern::Morning);
    const LeaveBoundary to = boundary(c.to, WeeklyPattern::Afternoon);
    const LeaveDayCounter::Result desk
        = LeaveDayCounter(WorkingSchedule(history), calendar)
              .count(from,
                     to,
                     c.calendarDays ? LeaveDayCounter::Counting::CalendarDays
                                    : LeaveDayCounter::Counting::WorkingDays);

    // The server: the same agent, settings and days off, counted as the owner (nobody else
    // may ask).
    const QString agent = QStringLiteral("case-%1").arg(index);
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                       "first_names, org_unit_id, entry_date) VALUES ('%1', '%2', 'CAS', "
                       "'Test', 'u-1', '2000-01-03')")
            .arg(agent)
            .arg(300000 + index)));
    int n = 0;
    for (const auto &[effective, pattern] : c.workingTimes)
        QVERIFY(m_server->exec(
            QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, effective_date, kind, "
                           "weekly_minutes, weekly_pattern) VALUES ('%1-w%2', '%1', '%3', "
                           "'full_time', 2100, '%4')")
                .arg(agent)
                .arg(++n)
                .arg(effective.toString(Qt::ISODate), pattern)));
    n = 0;
    for (const QDate &day : c.daysOff)
        QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.leave_days_off (id, day, name) "
                                              "VALUES ('%1-off%2', '%3', 'Pont')")
                                   .arg(agent)
                                   .arg(++n)
                                   .arg(day.toString(Qt::ISODate))));
    QVERIFY(setTownSetting(QStringLiteral("calendar/alsaceMoselle"),
                           c.alsaceMoselle ? QStringLiteral("1") : QStringLiteral("0")));
    QVERIFY(setTownSetting(QStringLiteral("calendar/whitMondayWorked"),
                           c.whitMondayWorked ? QStringLiteral("1") : QStringLiteral("0")));
    QSqlQuery q(m_server->admin());
    QVERIFY2(q.exec(QStringLiteral("SELECT civitas.leave_half_days('%1', '%2', '%3', '%4', '%5', "
                                   "'%6')")
                        .arg(agent,
                             c.calendarDays ? QStringLiteral("leave-type-sick")
                                            : QStringLiteral("leave-type-annual"),
                             from.date.toString(Qt::ISODate),
                             halfCode(from),
                             to.date.toString(Qt::ISODate),
                             halfCode(to)))
                 && q.next(),
             qPrintable(q.lastError().text()));
    const QVariant server = q.value(0);
    // This case's days off must not reach the next ones.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.leave_days_off SET deleted = 1 WHERE id LIKE '%1-off%'")
            .arg(agent)));

    if (c.halfDays < 0) {
        QVERIFY(!desk.isValid());
        QVERIFY2(server.isNull(), qPrintable(server.toString()));
        return;
    }
    QVERIFY2(desk.isValid(), qPrintable(desk.error));
    QCOMPARE(desk.halfDays, c.halfDays);
    QVERIFY(!server.isNull());
    QCOMPARE(server.toInt(), c.halfDays);
}

// The count reads every agent's working times: nobody but the owner may ask it, or it would
// tell who works part time. The holidays are public.
void tst_HalfDaysServer::nobodyAsksTheCountOfOthers()
{
    for (const QString &login : {QStringLiteral("hd_agent"), QStringLiteral("hd_hr")}) {
        QString error;
        QVERIFY(!run(login,
                     QStringLiteral("SELECT civitas.leave_half_days('ag-hr', 'leave-type-annual', "
                                    "'2031-03-03', 'am', '2031-03-07', 'pm')"),
                     &error));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
        QVERIFY(
            !run(login, QStringLiteral("SELECT civitas.check_leave_request_half_days()"), &error));
    }
    QVERIFY(run(QStringLiteral("hd_agent"),
                QStringLiteral("SELECT count(*) FROM civitas.french_public_holidays(2031, false, "
                               "false)")));
}

// Plain SQL as the agent: four weeks declared as nothing, a draft stretched without its count,
// a draft submitted as nothing. Each refused with the server's figure; the right figure passes.
void tst_HalfDaysServer::fourWeeksDeclaredAsNothingAreRefused()
{
    const QString agent = QStringLiteral("hd_agent");
    QString error;
    // Monday 3 to Friday 28 March 2031: twenty working days, no holiday.
    QVERIFY(!run(agent,
                 insertRequest(QStringLiteral("fw-zero"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("annual"),
                               QStringLiteral("2031-03-03"),
                               QStringLiteral("2031-03-28"),
                               0),
                 &error));
    QVERIFY2(error.contains(QLatin1String("the request counts 40 half-days, not 0")),
             qPrintable(error));
    QVERIFY(!requestExists(QStringLiteral("fw-zero")));
    // One half-day short is refused as well.
    QVERIFY(!run(agent,
                 insertRequest(QStringLiteral("fw-short"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("annual"),
                               QStringLiteral("2031-03-03"),
                               QStringLiteral("2031-03-28"),
                               39),
                 &error));
    QVERIFY2(error.contains(QLatin1String("counts 40 half-days, not 39")), qPrintable(error));
    QVERIFY2(run(agent,
                 insertRequest(QStringLiteral("fw-right"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("annual"),
                               QStringLiteral("2031-03-03"),
                               QStringLiteral("2031-03-28"),
                               40),
                 &error),
             qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral(
                 "SELECT half_days FROM civitas.leave_requests WHERE id = 'fw-right'")),
             QStringLiteral("40"));

    // A draft of four days (Tuesday 22 to Friday 25 April 2031), then moved by the agent.
    QVERIFY2(run(agent,
                 insertRequest(QStringLiteral("fw-draft"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("annual"),
                               QStringLiteral("2031-04-22"),
                               QStringLiteral("2031-04-25"),
                               8,
                               QStringLiteral("draft")),
                 &error),
             qPrintable(error));
    // Stretched to three weeks (1 and 8 May off), still "8".
    QVERIFY(!run(agent,
                 QStringLiteral("UPDATE civitas.leave_requests SET end_date = '2031-05-09' "
                                "WHERE id = 'fw-draft'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("counts 24 half-days, not 8")), qPrintable(error));
    // Submitted as nothing.
    QVERIFY(!run(agent,
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'submitted', "
                                "half_days = 0 WHERE id = 'fw-draft'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("counts 8 half-days, not 0")), qPrintable(error));
    QCOMPARE(serverValue(QStringLiteral("SELECT state || ' ' || half_days || ' ' || end_date "
                                        "FROM civitas.leave_requests WHERE id = 'fw-draft'")),
             QStringLiteral("draft 8 2031-04-25"));
    // Stretched with its count, and submitted: both pass; a move alone is not counted again.
    QVERIFY2(run(agent,
                 QStringLiteral("UPDATE civitas.leave_requests SET end_date = '2031-05-09', "
                                "half_days = 24 WHERE id = 'fw-draft'"),
                 &error),
             qPrintable(error));
    QVERIFY2(run(agent,
                 QStringLiteral("UPDATE civitas.leave_requests SET state = 'submitted' "
                                "WHERE id = 'fw-draft'"),
                 &error),
             qPrintable(error));
}

// HR enters leave for others: its figure is checked like anybody's.
void tst_HalfDaysServer::hrIsCountedToo()
{
    QString error;
    // Sick leave counts calendar days: Monday 1 to Sunday 7 September 2031, 14 half-days.
    QVERIFY(!run(QStringLiteral("hd_hr"),
                 insertRequest(QStringLiteral("hr-sick"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("sick"),
                               QStringLiteral("2031-09-01"),
                               QStringLiteral("2031-09-07"),
                               10,
                               QStringLiteral("approved")),
                 &error));
    QVERIFY2(error.contains(QLatin1String("counts 14 half-days, not 10")), qPrintable(error));
    QVERIFY2(run(QStringLiteral("hd_hr"),
                 insertRequest(QStringLiteral("hr-sick"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("sick"),
                               QStringLiteral("2031-09-01"),
                               QStringLiteral("2031-09-07"),
                               14,
                               QStringLiteral("approved")),
                 &error),
             qPrintable(error));
    // Correcting a request's dates without its count is refused to HR too.
    QVERIFY(!run(QStringLiteral("hd_hr"),
                 QStringLiteral("UPDATE civitas.leave_requests SET end_date = '2031-09-14' "
                                "WHERE id = 'hr-sick'"),
                 &error));
    QVERIFY2(error.contains(QLatin1String("counts 28 half-days, not 14")), qPrintable(error));
}

// `civitas-admin load` writes a town's history as the owner, counts and all: what a desk
// counted years ago under another calendar is kept as it was.
void tst_HalfDaysServer::theOwnerLoadsHistoryAsItWas()
{
    QVERIFY(m_server->exec(insertRequest(QStringLiteral("old-1"),
                                         QStringLiteral("ag-hr"),
                                         QStringLiteral("annual"),
                                         QStringLiteral("2031-03-03"),
                                         QStringLiteral("2031-03-07"),
                                         9,
                                         QStringLiteral("approved"))));
    QVERIFY(requestExists(QStringLiteral("old-1")));
}

// The holiday settings and the days off are the town's, on the server: HR changes them, and
// the count follows. An agent changes none of them.
void tst_HalfDaysServer::townSettingsAndDaysOffChangeTheCount()
{
    const QString agent = QStringLiteral("hd_agent");
    const QString hr = QStringLiteral("hd_hr");
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.town_settings SET deleted = 1 WHERE id LIKE 'calendar/%'")));
    QString error;
    QVERIFY(!run(agent,
                 QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES "
                                "('calendar/alsaceMoselle', '1') ON CONFLICT (id) DO UPDATE SET "
                                "value = '1', deleted = 0"),
                 &error));
    // Refused by the grants (only HR and administrators hold INSERT there, core 0006), or by
    // the policies where a grant remains.
    QVERIFY2(error.contains(QLatin1String("permission denied"))
                 || error.contains(QLatin1String("row-level security")),
             qPrintable(error));

    // Good Friday, 11 April 2031: a working day, until the town is in Alsace-Moselle.
    auto goodFridayWeek = [&](const QString &id, int halfDays, QString *why) {
        return run(agent,
                   insertRequest(id,
                                 QStringLiteral("ag-1"),
                                 QStringLiteral("annual"),
                                 QStringLiteral("2031-04-07"),
                                 QStringLiteral("2031-04-11"),
                                 halfDays,
                                 QStringLiteral("draft")),
                   why);
    };
    QVERIFY(!goodFridayWeek(QStringLiteral("gf-8"), 8, &error));
    QVERIFY2(error.contains(QLatin1String("counts 10 half-days, not 8")), qPrintable(error));
    QVERIFY2(run(hr,
                 QStringLiteral("UPDATE civitas.town_settings SET value = '1', deleted = 0 "
                                "WHERE id = 'calendar/alsaceMoselle'"),
                 &error),
             qPrintable(error));
    QVERIFY(!goodFridayWeek(QStringLiteral("gf-10"), 10, &error));
    QVERIFY2(error.contains(QLatin1String("counts 8 half-days, not 10")), qPrintable(error));
    QVERIFY2(goodFridayWeek(QStringLiteral("gf-8"), 8, &error), qPrintable(error));

    // Whit Monday, 2 June 2031: a holiday, until the council makes it worked.
    auto whitWeek = [&](const QString &id, int halfDays, QString *why) {
        return run(agent,
                   insertRequest(id,
                                 QStringLiteral("ag-1"),
                                 QStringLiteral("annual"),
                                 QStringLiteral("2031-06-02"),
                                 QStringLiteral("2031-06-06"),
                                 halfDays,
                                 QStringLiteral("draft")),
                   why);
    };
    QVERIFY(!whitWeek(QStringLiteral("wm-10"), 10, &error));
    QVERIFY2(error.contains(QLatin1String("counts 8 half-days, not 10")), qPrintable(error));
    QVERIFY2(run(hr,
                 QStringLiteral("UPDATE civitas.town_settings SET value = '1', deleted = 0 "
                                "WHERE id = 'calendar/whitMondayWorked'"),
                 &error),
             qPrintable(error));
    QVERIFY(!whitWeek(QStringLiteral("wm-8"), 8, &error));
    QVERIFY2(error.contains(QLatin1String("counts 10 half-days, not 8")), qPrintable(error));
    QVERIFY2(whitWeek(QStringLiteral("wm-10"), 10, &error), qPrintable(error));

    // A day off the mayor grants, Wednesday 15 October 2031.
    QVERIFY2(run(hr,
                 QStringLiteral("INSERT INTO civitas.leave_days_off (id, day, name) VALUES "
                                "('off-town', '2031-10-15', 'Fête de la ville')"),
                 &error),
             qPrintable(error));
    QVERIFY(!run(agent,
                 insertRequest(QStringLiteral("off-10"),
                               QStringLiteral("ag-1"),
                               QStringLiteral("annual"),
                               QStringLiteral("2031-10-13"),
                               QStringLiteral("2031-10-17"),
                               10),
                 &error));
    QVERIFY2(error.contains(QLatin1String("counts 8 half-days, not 10")), qPrintable(error));

    // Back to the law's calendar for what follows.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.town_settings SET value = '0' WHERE id LIKE 'calendar/%'")));
}

// The same four weeks as nothing, from the agent's desk file through `civitas-admin sync`:
// the push is refused with the server's figure, and a rightly counted request beside it passes.
void tst_HalfDaysServer::tamperedDeskFileIsRefused()
{
    Client desk(*m_server, QStringLiteral("hd_agent"));
    QVERIFY(desk.sync());
    // Monday 2 to Friday 27 February 2032: twenty working days.
    QVERIFY(desk.exec(
        QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, start_date, "
                       "start_half, end_date, end_half, half_days, state) VALUES "
                       "('desk-zero', 'ag-1', 'leave-type-annual', '2032-02-02', 'am', "
                       "'2032-02-27', 'pm', 0, 'submitted'), "
                       "('desk-right', 'ag-1', 'leave-type-annual', '2032-03-01', 'am', "
                       "'2032-03-05', 'pm', 10, 'submitted')")));

    const ServerConnection c = m_server->connection(QStringLiteral("hd_agent"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGUSER"), c.user);
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(c.user));
    env.insert(QStringLiteral("PGDATABASE"), c.database);
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(CIVITAS_ADMIN),
               {QStringLiteral("sync"), QStringLiteral("--db"), desk.path()});
    QVERIFY(sync.waitForFinished(120000));
    const QString out = QString::fromUtf8(sync.readAllStandardOutput())
                        + QString::fromUtf8(sync.readAllStandardError());
    QVERIFY2(out.contains(QLatin1String("refused 1")), qPrintable(out));

    QVERIFY(!requestExists(QStringLiteral("desk-zero")));
    QVERIFY(requestExists(QStringLiteral("desk-right")));
    const QString refusal
        = desk.scalar(QStringLiteral("SELECT refusal FROM sync_outbox WHERE "
                                     "row_id = 'desk-zero' AND state = 'refused'"))
              .toString();
    QVERIFY2(refusal.contains(QLatin1String("the request counts 40 half-days, not 0")),
             qPrintable(refusal + QLatin1Char('\n') + out));
}

QTEST_GUILESS_MAIN(tst_HalfDaysServer)
#include "tst_halfdaysserver.moc"
