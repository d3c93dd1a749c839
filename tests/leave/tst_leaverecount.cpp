// Requests counted again when what their count depends on changes: a day off added inside
// approved leave (ledger use reversed and written again, balance back by a day, a recount row
// for HR, a 'recounted' step), a working pattern changed from a date, the holiday settings;
// nothing for refused or withdrawn requests, for leave ending before the change, or in a closed
// year. And many requests at once.

#include "leavetestdesk.h"

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/workingschedule.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaverecount.h>
#include <leave/store/leavetypecatalog.h>

#include <core/access/roles.h>
#include <core/extension/modulemanager.h>
#include <core/french/frenchcalendar.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/townsettings.h>

#include <QElapsedTimer>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

namespace {
const QString annual = QStringLiteral("leave-type-annual");
const QString sick = QStringLiteral("leave-type-sick");
const QString training = QStringLiteral("leave-type-training");
const QString fiveDays = QStringLiteral("11111111110000");
const QString fourDays = QStringLiteral("11110011110000"); // Wednesday off
} // namespace

class tst_LeaveRecount : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dayOffInsideApprovedLeave();
    void workingPatternChange();
    void refusedAndWithdrawnAreLeftAlone();
    void closedYearAndEarlierLeaveAreLeftAlone();
    void holidaySettingsChange();
    void holidaySettingsMoveToTheTown();
    void dayOffRemovedGivesTheDayBack();
    void dayOffTakingAWholeRequestAndGivenBack();
    void manyRequests();

private:
    QString addRequest(
        const QString &agent, const QString &type, QDate from, QDate to, const QString &state);
    int halfDays(const QString &requestId)
    {
        return m_desk->count(QStringLiteral("SELECT half_days FROM leave_requests WHERE id = ?"),
                             {requestId});
    }
    int steps(const QString &requestId)
    {
        return m_desk->count(QStringLiteral("SELECT count(*) FROM leave_request_steps WHERE "
                                            "request_id = ? AND action = 'recounted'"),
                             {requestId});
    }
    int recounts(const QString &requestId)
    {
        return m_desk->count(
            QStringLiteral("SELECT count(*) FROM leave_recounts WHERE request_id = ?"),
            {requestId});
    }
    void addDayOff(QDate day, const QString &name)
    {
        m_desk->exec(
            QStringLiteral("INSERT INTO leave_days_off (id, day, name) VALUES (?, ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), day.toString(Qt::ISODate), name});
    }

    LeaveTestDesk *m_desk = nullptr;
    Session *m_hr = nullptr;
    QString m_unit;
};

void tst_LeaveRecount::init()
{
    m_desk = new LeaveTestDesk;
    QVERIFY(m_desk->open());
    m_hr = new Session;
    m_desk->logIn(*m_hr, QStringLiteral("rh"), QStringLiteral("ag-hr"), {Roles::Hr});
    m_unit = m_desk->addUnit(QStringLiteral("S"));
}

void tst_LeaveRecount::cleanup()
{
    delete m_hr;
    delete m_desk;
}

QString tst_LeaveRecount::addRequest(
    const QString &agent, const QString &type, QDate from, QDate to, const QString &state)
{
    Database &db = m_desk->database();
    const LeaveTypeCatalog types(db);
    const LeaveType *t = types.byId(type);
    const LeaveDayCounter counter(LeaveCalendarStore::schedule(db, agent),
                                  LeaveCalendarStore::calendar(db));
    const int n = counter
                      .count({from, WeeklyPattern::Morning},
                             {to, WeeklyPattern::Afternoon},
                             t->countsCalendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                   : LeaveDayCounter::Counting::WorkingDays)
                      .halfDays;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_desk->exec(QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, "
                                "start_date, end_date, half_days, state) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {id, agent, type, from.toString(Qt::ISODate), to.toString(Qt::ISODate), n, state});
    if (t->hasBalance && state == QLatin1String("approved")) {
        LedgerEntry use;
        use.agentId = agent;
        use.leaveTypeId = type;
        use.year = from.year();
        use.kind = LedgerEntry::Kind::Use;
        use.daysHundredths = -n * 50;
        use.effectiveDate = from;
        use.requestId = id;
        use.source = QStringLiteral("request");
        QString error;
        LeaveLedger(db).append(use, &error);
    }
    return id;
}

void tst_LeaveRecount::dayOffInsideApprovedLeave()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    m_desk->allocate(QStringLiteral("ag"), annual, 2026, 2500);
    // Monday 8 to Friday 12 June 2026: 5 days; and a request waiting, the week after.
    const QString approved = addRequest(QStringLiteral("ag"),
                                        annual,
                                        QDate(2026, 6, 8),
                                        QDate(2026, 6, 12),
                                        QStringLiteral("approved"));
    const QString waiting = addRequest(QStringLiteral("ag"),
                                       annual,
                                       QDate(2026, 6, 15),
                                       QDate(2026, 6, 19),
                                       QStringLiteral("submitted"));
    LeaveLedger ledger(m_desk->database());
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).availableHundredths(), 2000);
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).pendingHundredths, 500);
    // The agent's creation queued their requests: counted, unchanged. Then nothing is queued.
    QCOMPARE(LeaveRecount::processQueue(m_desk->database(), *m_hr).changes.size(), 0);
    QCOMPARE(LeaveRecount::processQueue(m_desk->database(), *m_hr).checked, 0);

    // The mayor gives Wednesday 10 June and Tuesday 16 June off.
    addDayOff(QDate(2026, 6, 10), QStringLiteral("Fête de la ville"));
    addDayOff(QDate(2026, 6, 16), QStringLiteral("Pont"));
    QCOMPARE(m_desk
                 ->value(QStringLiteral(
                     "SELECT since FROM local_leave_recount_queue WHERE agent_id = '*'"))
                 .toString(),
             QStringLiteral("2026-06-10"));
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.checked, 2);
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(r.changes.first().agentName, QStringLiteral("NOM-AG Prénom"));
    QCOMPARE(halfDays(approved), 8);
    QCOMPARE(halfDays(waiting), 8);

    // The approved leave's use is reversed and written again: the balance is back by a day.
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).availableHundredths(), 2100);
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).pendingHundredths, 400);
    const QList<LedgerEntry> entries = ledger.entriesOfRequest(approved);
    QCOMPARE(entries.size(), 3);
    int net = 0;
    int reversals = 0;
    for (const LedgerEntry &e : entries) {
        net += e.daysHundredths;
        reversals += e.reversesEntryId.isEmpty() ? 0 : 1;
    }
    QCOMPARE(net, -400);
    QCOMPARE(reversals, 1);
    // The request waiting has no ledger line yet, and gets none.
    QVERIFY(ledger.entriesOfRequest(waiting).isEmpty());

    // HR sees what changed; each request's history says it was counted again, in its state.
    QCOMPARE(
        m_desk->count(
            QStringLiteral(
                "SELECT count(*) FROM leave_recounts WHERE request_id = ? AND old_half_days = 10 "
                "AND new_half_days = 8 AND reason = 'calendar' AND reviewed = 0"),
            {approved}),
        1);
    QCOMPARE(recounts(waiting), 1);
    QCOMPARE(
        m_desk->count(
            QStringLiteral(
                "SELECT count(*) FROM leave_request_steps WHERE request_id = ? AND action = "
                "'recounted' "
                "AND from_state = 'approved' AND to_state = 'approved' AND actor_login = 'rh'"),
            {approved}),
        1);
    QCOMPARE(steps(waiting), 1);
    // The queue is empty; running again changes nothing.
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM local_leave_recount_queue")), 0);
    QCOMPARE(LeaveRecount::processQueue(m_desk->database(), *m_hr).changes.size(), 0);
    QCOMPARE(LeaveRecount::recountAll(m_desk->database(), *m_hr).changes.size(), 0);
    QCOMPARE(steps(approved), 1);
}

void tst_LeaveRecount::workingPatternChange()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    m_desk->addAgent(QStringLiteral("other"), m_unit);
    m_desk->allocate(QStringLiteral("ag"), annual, 2026, 2500);
    const QString may = addRequest(QStringLiteral("ag"),
                                   annual,
                                   QDate(2026, 5, 18),
                                   QDate(2026, 5, 22),
                                   QStringLiteral("approved"));
    const QString june = addRequest(QStringLiteral("ag"),
                                    annual,
                                    QDate(2026, 6, 22),
                                    QDate(2026, 6, 26),
                                    QStringLiteral("approved"));
    const QString july = addRequest(QStringLiteral("ag"),
                                    annual,
                                    QDate(2026, 7, 20),
                                    QDate(2026, 7, 24),
                                    QStringLiteral("waiting_hr"));
    const QString trainingDays = addRequest(QStringLiteral("ag"),
                                            training,
                                            QDate(2026, 9, 7),
                                            QDate(2026, 9, 11),
                                            QStringLiteral("approved"));
    const QString others = addRequest(QStringLiteral("other"),
                                      annual,
                                      QDate(2026, 6, 22),
                                      QDate(2026, 6, 26),
                                      QStringLiteral("approved"));
    m_desk->exec(QStringLiteral("DELETE FROM local_leave_recount_queue"));

    // From 1 June, ag works four days a week, Wednesday off.
    m_desk->addWorkingTime(QStringLiteral("ag"), QDate(2026, 6, 1), fourDays, 28 * 60);
    QCOMPARE(m_desk
                 ->value(QStringLiteral(
                     "SELECT since FROM local_leave_recount_queue WHERE agent_id = 'ag'"))
                 .toString(),
             QStringLiteral("2026-06-01"));
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changes.size(), 3);
    QCOMPARE(halfDays(may), 10); // ends before the change
    QCOMPARE(halfDays(june), 8);
    QCOMPARE(halfDays(july), 8);
    QCOMPARE(halfDays(trainingDays), 8); // no balance, but its count is right too
    QCOMPARE(halfDays(others), 10);      // somebody else's
    QCOMPARE(steps(may), 0);
    QCOMPARE(recounts(others), 0);
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM leave_recounts WHERE reason = 'working_time'")),
             3);
    LeaveLedger ledger(m_desk->database());
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).availableHundredths(),
             2500 - 500 - 400);
    QVERIFY(ledger.entriesOfRequest(trainingDays).isEmpty());
}

void tst_LeaveRecount::refusedAndWithdrawnAreLeftAlone()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    m_desk->allocate(QStringLiteral("ag"), annual, 2026, 2500);
    QStringList ids;
    for (const char *state : {"refused", "withdrawn", "draft", "cancelled"})
        ids.append(addRequest(QStringLiteral("ag"),
                              annual,
                              QDate(2026, 6, 8),
                              QDate(2026, 6, 12),
                              QLatin1String(state)));
    const QString live = addRequest(QStringLiteral("ag"),
                                    annual,
                                    QDate(2026, 6, 8),
                                    QDate(2026, 6, 12),
                                    QStringLiteral("cancellation_requested"));
    LedgerEntry use;
    use.agentId = QStringLiteral("ag");
    use.leaveTypeId = annual;
    use.year = 2026;
    use.kind = LedgerEntry::Kind::Use;
    use.daysHundredths = -500;
    use.effectiveDate = QDate(2026, 6, 8);
    use.requestId = live;
    use.source = QStringLiteral("request");
    QVERIFY(LeaveLedger(m_desk->database()).append(use, nullptr));
    addDayOff(QDate(2026, 6, 10), QStringLiteral("Fête de la ville"));
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QCOMPARE(r.checked, 1);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(r.changes.first().requestId, live);
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(halfDays(id), 10);
        QCOMPARE(steps(id), 0);
        QCOMPARE(recounts(id), 0);
    }
    // Leave whose cancellation is asked still holds its use: corrected like approved leave.
    QCOMPARE(halfDays(live), 8);
    QCOMPARE(LeaveLedger(m_desk->database())
                 .balance(QStringLiteral("ag"), annual, 2026)
                 .availableHundredths(),
             2100);
}

void tst_LeaveRecount::closedYearAndEarlierLeaveAreLeftAlone()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    const QString closedYear = addRequest(QStringLiteral("ag"),
                                          annual,
                                          QDate(2025, 6, 16),
                                          QDate(2025, 6, 20),
                                          QStringLiteral("approved"));
    const QString before = addRequest(QStringLiteral("ag"),
                                      annual,
                                      QDate(2026, 3, 9),
                                      QDate(2026, 3, 13),
                                      QStringLiteral("approved"));
    const QString after = addRequest(QStringLiteral("ag"),
                                     annual,
                                     QDate(2026, 6, 8),
                                     QDate(2026, 6, 12),
                                     QStringLiteral("approved"));
    // 2025 is closed.
    m_desk->exec(QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, "
                                "year, kind, days_hundredths, "
                                "effective_date, source) VALUES ('c', 'ag', ?, 2025, 'expiry', "
                                "-100, '2025-12-31', 'close-2025')"),
                 {annual});
    addDayOff(QDate(2025, 6, 18), QStringLiteral("Jour ancien"));
    addDayOff(QDate(2026, 6, 10), QStringLiteral("Fête de la ville"));
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(halfDays(closedYear), 10);
    QCOMPARE(halfDays(before), 10);
    QCOMPARE(halfDays(after), 8);
    QCOMPARE(steps(closedYear), 0);
}

void tst_LeaveRecount::holidaySettingsChange()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    // Whit Monday 2026 is 25 May: a week around it counts 4 days.
    const QString id = addRequest(QStringLiteral("ag"),
                                  annual,
                                  QDate(2026, 5, 25),
                                  QDate(2026, 5, 29),
                                  QStringLiteral("approved"));
    const QString sickLeave = addRequest(QStringLiteral("ag"),
                                         sick,
                                         QDate(2026, 5, 25),
                                         QDate(2026, 5, 29),
                                         QStringLiteral("approved"));
    QCOMPARE(halfDays(id), 8);
    QCOMPARE(halfDays(sickLeave), 10);
    // The council makes Whit Monday the journée de solidarité: it is worked.
    QVERIFY(TownSettings(m_desk->database()).setFlag(TownSettings::WhitMondayWorked, true).ok());
    // The change made here queues everyone's recount from today (the past keeps its count).
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM local_leave_recount_queue "
                                          "WHERE agent_id = '*' AND reason = 'calendar_settings'")),
             1);
    const LeaveRecount::Result r
        = LeaveRecount::recountAll(m_desk->database(), *m_hr, QDate(2026, 1, 1));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(halfDays(id), 10);
    QCOMPARE(halfDays(sickLeave), 10); // calendar days: not concerned
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM leave_recounts WHERE reason = 'calendar_settings'")),
             1);
    QCOMPARE(
        LeaveLedger(m_desk->database()).balance(QStringLiteral("ag"), annual, 2026).usedHundredths,
        -500);
}

// A file made before the holiday settings became the town's: a town in local mode carries its
// values into town_settings (which `load` then takes to the server); a file that synced takes
// the server's, and its old local values go. Neither queues a recount: nothing changed.
void tst_LeaveRecount::holidaySettingsMoveToTheTown()
{
    QString error;
    const QList<Migration> all = m_desk->workspace().modules().migrations(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Migration> before;
    for (const Migration &m : all) {
        if (!(m.module == QLatin1String("leave") && m.version >= 4))
            before.append(m);
    }
    QVERIFY(before.size() < all.size());
    for (const bool synced : {false, true}) {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("old.sqlite")), &error), qPrintable(error));
        QVERIFY2(db.migrate(before, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO local_settings (key, value) VALUES "
                                      "('calendar/alsaceMoselle', 'true'), "
                                      "('calendar/whitMondayWorked', '0')")));
        // What the old triggers on local_settings queued for that change was run then.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM local_leave_recount_queue")));
        if (synced)
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sync_state (key, value) VALUES ('watermark', '1234')")));
        QVERIFY2(db.migrate(all, &error), qPrintable(error));
        QCOMPARE(TownSettings(db).flag(TownSettings::AlsaceMoselle), !synced);
        QVERIFY(!TownSettings(db).flag(TownSettings::WhitMondayWorked));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM town_settings), (SELECT "
                                      "count(*) FROM local_settings WHERE key LIKE 'calendar/%'), "
                                      "(SELECT count(*) FROM local_leave_recount_queue)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), synced ? 0 : 1);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        // A change that came by a pull is the other desk's to recount.
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
        QVERIFY(TownSettings(db).setFlag(TownSettings::WhitMondayWorked, true).ok());
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM local_leave_recount_queue"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void tst_LeaveRecount::dayOffRemovedGivesTheDayBack()
{
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    addDayOff(QDate(2026, 6, 10), QStringLiteral("Fête de la ville"));
    LeaveRecount::processQueue(m_desk->database(), *m_hr);
    const QString id = addRequest(QStringLiteral("ag"),
                                  annual,
                                  QDate(2026, 6, 8),
                                  QDate(2026, 6, 12),
                                  QStringLiteral("approved"));
    QCOMPARE(halfDays(id), 8);
    // HR removes it (a tombstone, as every synchronised row).
    m_desk->exec(QStringLiteral("UPDATE leave_days_off SET deleted = 1 WHERE day = '2026-06-10'"));
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(halfDays(id), 10);
    QCOMPARE(
        LeaveLedger(m_desk->database()).balance(QStringLiteral("ag"), annual, 2026).usedHundredths,
        -500);
}

void tst_LeaveRecount::dayOffTakingAWholeRequestAndGivenBack()
{
    // A one-day leave on a day that becomes a day off counts nothing; when the day off is
    // withdrawn, the leave takes its day again.
    m_desk->addAgent(QStringLiteral("ag"), m_unit);
    const QString id = addRequest(QStringLiteral("ag"),
                                  annual,
                                  QDate(2026, 6, 10),
                                  QDate(2026, 6, 10),
                                  QStringLiteral("approved"));
    LeaveLedger ledger(m_desk->database());
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).usedHundredths, -100);
    addDayOff(QDate(2026, 6, 10), QStringLiteral("Fête de la ville"));
    LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QCOMPARE(halfDays(id), 0);
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).usedHundredths, 0);
    m_desk->exec(QStringLiteral("UPDATE leave_days_off SET deleted = 1 WHERE day = '2026-06-10'"));
    LeaveRecount::processQueue(m_desk->database(), *m_hr);
    QCOMPARE(halfDays(id), 2);
    QCOMPARE(ledger.balance(QStringLiteral("ag"), annual, 2026).usedHundredths, -100);
}

void tst_LeaveRecount::manyRequests()
{
    // 2,000 agents (CIVITAS_RECOUNT_AGENTS to change it) with 10 approved requests each, in
    // weeks without a public holiday; a day off falls in the first week.
    const int agents = qEnvironmentVariableIsSet("CIVITAS_RECOUNT_AGENTS")
                           ? qEnvironmentVariableIntValue("CIVITAS_RECOUNT_AGENTS")
                           : 2000;
    const int perAgent = 10;
    QList<QDate> mondays;
    const FrenchCalendar holidays;
    for (QDate monday(2026, 1, 5); mondays.size() < perAgent * 4; monday = monday.addDays(7)) {
        bool clean = true;
        for (int d = 0; d < 5; ++d)
            clean = clean && !holidays.isPublicHoliday(monday.addDays(d));
        if (clean)
            mondays.append(monday);
    }
    QVERIFY(m_desk->database().connection().transaction());
    for (int a = 0; a < agents; ++a) {
        const QString agent = QStringLiteral("ag-%1").arg(a);
        m_desk->addAgent(agent, m_unit, a % 3 == 0 ? fourDays : fiveDays);
        for (int i = 0; i < perAgent; ++i) {
            const QDate monday = mondays.at(i * 4 + a % 4);
            const QString id = QStringLiteral("r-%1-%2").arg(a).arg(i);
            m_desk->exec(QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, "
                                        "start_date, end_date, half_days, "
                                        "state) VALUES (?, ?, ?, ?, ?, 10, 'approved')"),
                         {id,
                          agent,
                          annual,
                          monday.toString(Qt::ISODate),
                          monday.addDays(4).toString(Qt::ISODate)});
        }
    }
    // Each with its use in the ledger, as approval writes it.
    m_desk->exec(QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, "
                                "year, kind, days_hundredths, "
                                "effective_date, request_id, source) SELECT 'u-' || id, agent_id, "
                                "leave_type_id, 2026, 'use', -500, "
                                "start_date, id, 'request' FROM leave_requests"));
    QVERIFY(m_desk->database().connection().commit());
    m_desk->exec(QStringLiteral("DELETE FROM local_leave_recount_queue"));
    addDayOff(QDate(2026, 1, 7), QStringLiteral("Un mercredi"));

    QElapsedTimer timer;
    timer.start();
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_desk->database(), *m_hr);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.checked, agents * perAgent);
    // Every request starting 5 January: the four-day agents have Wednesday off anyway (and
    // were counted 10 at first, as these rows were written by hand), so all of them change.
    int expected = 0;
    for (int a = 0; a < agents; ++a)
        expected += (a % 4 == 0 ? 1 : 0) + (a % 3 == 0 ? perAgent - (a % 4 == 0 ? 1 : 0) : 0);
    QCOMPARE(int(r.changes.size()), expected);
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM leave_recounts")), expected);
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM leave_ledger_entries WHERE source = 'recount'")),
             2 * expected);
    QCOMPARE(m_desk->count(
                 QStringLiteral("SELECT count(*) FROM leave_requests r WHERE half_days = 8 AND "
                                "(SELECT sum(days_hundredths) "
                                "FROM leave_ledger_entries e WHERE e.request_id = r.id) = -400")),
             expected);
    qInfo("%d requests counted again, %lld changed, in %lld ms",
          r.checked,
          qint64(r.changes.size()),
          ms);
    timer.start();
    const LeaveRecount::Result again = LeaveRecount::recountAll(m_desk->database(), *m_hr);
    QCOMPARE(again.checked, agents * perAgent);
    QCOMPARE(again.changes.size(), 0);
    qInfo("%d requests counted again, none changed, in %lld ms", again.checked, timer.elapsed());
}

QTEST_MAIN(tst_LeaveRecount)
#include "tst_leaverecount.moc"
