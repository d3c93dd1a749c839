#include "leavetestdesk.h"

#include <leave/domain/leavetextlimits.h>
#include <leave/store/leaveauthority.h>
#include <leave/store/leaverequeststore.h>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

// Requests through the store as each user would make them: the workflow, who may do each move,
// the refusals (overlap, balance with pending requests, 31 days, document, whole days), the
// ledger written on approval and given back on cancellation, delegation "on behalf of".
//
// The town: direction D (head ag-dir) with its service S (head ag-head; agents ag-1, ag-2 at
// 80 % on four days, ag-deputy), and another direction O (ag-other).
class tst_LeaveRequestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workflowTable_data();
    void workflowTable();
    void agentSubmitsAndHeadApproves();
    void headThenHrTypeWaitsForHr();
    void overlapIsRefusedButHalfDaysShareADay();
    void balanceCountsPendingRequests();
    void timeSavingsAccountSpansYears();
    void thirtyOneConsecutiveDays();
    void documentAndWholeDays();
    void nobodyApprovesTheirOwnLeave();
    void deputyActsOnBehalfOfTheHead();
    void withdrawOnlyBeforeTheStart();
    void cancellationGivesTheDaysBack();
    void refusalAndCancellationIgnoreTheBalance();
    void textLimitsAndDraftCap();

private:
    LeaveRequest annual(const QString &agent, QDate from, QDate to) const;
    QString submitAs(const QString &login,
                     const QString &agent,
                     LeaveRequest request,
                     QString *error = nullptr);
    LeaveRequestStore::Result actAs(const QString &login,
                                    const QString &agent,
                                    const QStringList &roles,
                                    const QString &requestId,
                                    LeaveAction action,
                                    const QString &comment = {});

    LeaveTestDesk m_desk;
    const QDate m_today{2027, 1, 15};
};

void tst_LeaveRequestStore::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString d = m_desk.addUnit(QStringLiteral("D"), {}, QStringLiteral("ag-dir"));
    const QString s = m_desk.addUnit(QStringLiteral("S"), d, QStringLiteral("ag-head"));
    const QString o = m_desk.addUnit(QStringLiteral("O"), {}, QStringLiteral("ag-odir"));
    m_desk.addAgent(QStringLiteral("ag-dir"), d);
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    m_desk.addAgent(QStringLiteral("ag-1"), s);
    m_desk.addAgent(QStringLiteral("ag-2"), s, QStringLiteral("11111111000000"));
    m_desk.addAgent(QStringLiteral("ag-deputy"), s);
    m_desk.addAgent(QStringLiteral("ag-other"), o);
    for (const char *agent : {"ag-dir", "ag-head", "ag-1", "ag-2", "ag-deputy", "ag-other"})
        m_desk.allocate(QLatin1String(agent), QStringLiteral("leave-type-annual"), 2027, 2500);
}

void tst_LeaveRequestStore::workflowTable_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("actor");
    QTest::addColumn<int>("approval");
    QTest::addColumn<bool>("startsAfterToday");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("next");
    using S = LeaveRequestState;
    using A = LeaveAction;
    using P = LeaveType::Approval;
    auto row = [](const char *name,
                  S state,
                  A action,
                  LeaveActor actor,
                  P approval,
                  bool after,
                  bool allowed,
                  S next) {
        QTest::newRow(name) << int(state) << int(action) << int(actor) << int(approval) << after
                            << allowed << int(next);
    };
    const auto O = LeaveActor::Owner, H = LeaveActor::Approver, R = LeaveActor::Hr,
               X = LeaveActor::Other;
    row("owner submits draft", S::Draft, A::Submit, O, P::Head, true, true, S::Submitted);
    row("no approval type goes straight through",
        S::Draft,
        A::Submit,
        O,
        P::None,
        true,
        true,
        S::Approved);
    row("head may not submit for the agent",
        S::Draft,
        A::Submit,
        H,
        P::Head,
        true,
        false,
        S::Draft);
    row("owner resubmits", S::Submitted, A::Submit, O, P::Head, true, false, S::Draft);
    row("head approves", S::Submitted, A::Approve, H, P::Head, true, true, S::Approved);
    row("head forwards to HR",
        S::Submitted,
        A::Approve,
        H,
        P::HeadThenHr,
        true,
        true,
        S::WaitingHr);
    row("HR approves what waits for it",
        S::WaitingHr,
        A::Approve,
        R,
        P::HeadThenHr,
        true,
        true,
        S::Approved);
    row("head may not approve for HR",
        S::WaitingHr,
        A::Approve,
        H,
        P::HeadThenHr,
        true,
        false,
        S::Draft);
    row("owner may not approve", S::Submitted, A::Approve, O, P::Head, true, false, S::Draft);
    row("stranger may not approve", S::Submitted, A::Approve, X, P::Head, true, false, S::Draft);
    row("head refuses", S::Submitted, A::Refuse, H, P::Head, true, true, S::Refused);
    row("HR refuses after the head",
        S::WaitingHr,
        A::Refuse,
        R,
        P::HeadThenHr,
        true,
        true,
        S::Refused);
    row("head may not refuse approved leave",
        S::Approved,
        A::Refuse,
        H,
        P::Head,
        true,
        false,
        S::Draft);
    row("owner withdraws a draft", S::Draft, A::Withdraw, O, P::Head, false, true, S::Withdrawn);
    row("owner withdraws before the start",
        S::Submitted,
        A::Withdraw,
        O,
        P::Head,
        true,
        true,
        S::Withdrawn);
    row("owner may not withdraw once started",
        S::Submitted,
        A::Withdraw,
        O,
        P::Head,
        false,
        false,
        S::Draft);
    row("owner may not withdraw approved leave",
        S::Approved,
        A::Withdraw,
        O,
        P::Head,
        true,
        false,
        S::Draft);
    row("head may not withdraw", S::Submitted, A::Withdraw, H, P::Head, true, false, S::Draft);
    row("owner asks cancellation",
        S::Approved,
        A::RequestCancellation,
        O,
        P::Head,
        true,
        true,
        S::CancellationRequested);
    row("owner may not ask cancellation of pending",
        S::Submitted,
        A::RequestCancellation,
        O,
        P::Head,
        true,
        false,
        S::Draft);
    row("head cancels",
        S::CancellationRequested,
        A::ApproveCancellation,
        H,
        P::Head,
        true,
        true,
        S::Cancelled);
    row("head keeps the leave",
        S::CancellationRequested,
        A::RefuseCancellation,
        H,
        P::Head,
        true,
        true,
        S::Approved);
    row("owner may not cancel alone",
        S::CancellationRequested,
        A::ApproveCancellation,
        O,
        P::Head,
        true,
        false,
        S::Draft);
    row("HR cancels approved leave",
        S::Approved,
        A::ApproveCancellation,
        R,
        P::Head,
        true,
        true,
        S::Cancelled);
    row("head may not cancel without a request",
        S::Approved,
        A::ApproveCancellation,
        H,
        P::Head,
        true,
        false,
        S::Draft);
}

void tst_LeaveRequestStore::workflowTable()
{
    QFETCH(int, state);
    QFETCH(int, action);
    QFETCH(int, actor);
    QFETCH(int, approval);
    QFETCH(bool, startsAfterToday);
    QFETCH(bool, allowed);
    QFETCH(int, next);
    const LeaveWorkflow::Move m = LeaveWorkflow::move(LeaveRequestState(state),
                                                      LeaveAction(action),
                                                      LeaveActor(actor),
                                                      LeaveType::Approval(approval),
                                                      startsAfterToday);
    QCOMPARE(m.allowed, allowed);
    if (allowed)
        QCOMPARE(int(m.next), next);
    else
        QVERIFY(!m.refusal.isEmpty());
}

LeaveRequest tst_LeaveRequestStore::annual(const QString &agent, QDate from, QDate to) const
{
    LeaveRequest r;
    r.agentId = agent;
    r.leaveTypeId = QStringLiteral("leave-type-annual");
    r.start = {from, WeeklyPattern::Morning};
    r.end = {to, WeeklyPattern::Afternoon};
    return r;
}

QString tst_LeaveRequestStore::submitAs(const QString &login,
                                        const QString &agent,
                                        LeaveRequest request,
                                        QString *error)
{
    Session session;
    m_desk.logIn(session, login, agent, {QStringLiteral("agent")});
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    const LeaveRequestStore::Result r = store.submit(request);
    if (error)
        *error = r.message();
    return r.ok ? request.id : QString();
}

LeaveRequestStore::Result tst_LeaveRequestStore::actAs(const QString &login,
                                                       const QString &agent,
                                                       const QStringList &roles,
                                                       const QString &requestId,
                                                       LeaveAction action,
                                                       const QString &comment)
{
    Session session;
    m_desk.logIn(session, login, agent, roles);
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    return store.act(requestId, action, comment);
}

void tst_LeaveRequestStore::agentSubmitsAndHeadApproves()
{
    QString error;
    // Monday 1 to Friday 5 March 2027: five days.
    const QString id
        = submitAs(QStringLiteral("agent1"),
                   QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 3, 1), QDate(2027, 3, 5)),
                   &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(m_desk
                 .value(QStringLiteral(
                            "SELECT state || ' ' || half_days FROM leave_requests WHERE id = ?"),
                        {id})
                 .toString(),
             QStringLiteral("submitted 10"));
    Session session;
    m_desk.logIn(
        session, QStringLiteral("agent1"), QStringLiteral("ag-1"), {QStringLiteral("agent")});
    LeaveLedger ledger(m_desk.database());
    LeaveBalance b
        = ledger.balance(QStringLiteral("ag-1"), QStringLiteral("leave-type-annual"), 2027);
    QCOMPARE(b.availableHundredths(), 2500);
    QCOMPARE(b.pendingHundredths, 500);
    QCOMPARE(b.projectedHundredths(), 2000);

    const auto r = actAs(QStringLiteral("head"),
                         QStringLiteral("ag-head"),
                         {QStringLiteral("department_head")},
                         id,
                         LeaveAction::Approve,
                         QStringLiteral("Bonnes vacances"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    QCOMPARE(r.state, LeaveRequestState::Approved);
    b = ledger.balance(QStringLiteral("ag-1"), QStringLiteral("leave-type-annual"), 2027);
    QCOMPARE(b.availableHundredths(), 2000);
    QCOMPARE(b.pendingHundredths, 0);
    QCOMPARE(
        m_desk.count(
            QStringLiteral(
                "SELECT count(*) FROM leave_ledger_entries WHERE request_id = ? AND kind = 'use' "
                "AND days_hundredths = -500 AND year = 2027"),
            {id}),
        1);
    LeaveRequestStore store(m_desk.database(), session);
    const QList<LeaveRequestStep> steps = store.steps(id);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).action, QStringLiteral("submitted"));
    QCOMPARE(steps.at(0).actorLogin, QStringLiteral("agent1"));
    QCOMPARE(steps.at(1).action, QStringLiteral("approved"));
    QCOMPARE(steps.at(1).actorLogin, QStringLiteral("head"));
    QCOMPARE(steps.at(1).comment, QStringLiteral("Bonnes vacances"));
    // The request, its steps and its ledger line all wait in the outbox.
    QCOMPARE(
        m_desk.count(
            QStringLiteral("SELECT count(*) FROM sync_outbox WHERE row_id = ? OR row_id IN "
                           "(SELECT id FROM leave_request_steps WHERE request_id = ?) OR row_id IN "
                           "(SELECT id FROM leave_ledger_entries WHERE request_id = ?)"),
            {id, id, id}),
        5);
}

void tst_LeaveRequestStore::headThenHrTypeWaitsForHr()
{
    LeaveRequest r = annual(QStringLiteral("ag-1"), QDate(2027, 3, 15), QDate(2027, 3, 16));
    r.leaveTypeId = QStringLiteral("leave-type-training");
    QString error;
    QVERIFY(submitAs(QStringLiteral("agent1"), QStringLiteral("ag-1"), r, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("document")), qPrintable(error));
    r.document = QByteArrayLiteral("%PDF-1.4 convocation");
    r.documentName = QStringLiteral("convocation.pdf");
    r.documentMimeType = QStringLiteral("application/pdf");
    const QString id = submitAs(QStringLiteral("agent1"), QStringLiteral("ag-1"), r, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    auto res = actAs(QStringLiteral("head"),
                     QStringLiteral("ag-head"),
                     {QStringLiteral("department_head")},
                     id,
                     LeaveAction::Approve);
    QVERIFY2(res.ok, qPrintable(res.message()));
    QCOMPARE(res.state, LeaveRequestState::WaitingHr);
    res = actAs(QStringLiteral("head"),
                QStringLiteral("ag-head"),
                {QStringLiteral("department_head")},
                id,
                LeaveAction::Approve);
    QVERIFY(!res.ok);
    res = actAs(QStringLiteral("hr"),
                QStringLiteral("ag-other"),
                {QStringLiteral("hr")},
                id,
                LeaveAction::Approve);
    QVERIFY2(res.ok, qPrintable(res.message()));
    QCOMPARE(res.state, LeaveRequestState::Approved);
    QCOMPARE(
        m_desk
            .value(
                QStringLiteral(
                    "SELECT group_concat(action, ',') FROM (SELECT action FROM leave_request_steps "
                    "WHERE request_id = ? ORDER BY acted_at, rowid)"),
                {id})
            .toString(),
        QStringLiteral("submitted,forwarded_to_hr,approved"));
}

void tst_LeaveRequestStore::overlapIsRefusedButHalfDaysShareADay()
{
    QString error;
    LeaveRequest morning = annual(QStringLiteral("ag-2"), QDate(2027, 4, 6), QDate(2027, 4, 6));
    morning.end.half = WeeklyPattern::Morning;
    QVERIFY2(!submitAs(QStringLiteral("agent2"), QStringLiteral("ag-2"), morning, &error).isEmpty(),
             qPrintable(error));
    LeaveRequest afternoon = annual(QStringLiteral("ag-2"), QDate(2027, 4, 6), QDate(2027, 4, 7));
    afternoon.start.half = WeeklyPattern::Afternoon;
    QVERIFY2(
        !submitAs(QStringLiteral("agent2"), QStringLiteral("ag-2"), afternoon, &error).isEmpty(),
        qPrintable(error));
    const LeaveRequest clash = annual(QStringLiteral("ag-2"), QDate(2027, 4, 7), QDate(2027, 4, 8));
    QVERIFY(submitAs(QStringLiteral("agent2"), QStringLiteral("ag-2"), clash, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("overlap")), qPrintable(error));
}

void tst_LeaveRequestStore::balanceCountsPendingRequests()
{
    QString error;
    // ag-other: 25 days. 15 days pending, then 11 more asked: 10 left once pending is counted.
    const QString first
        = submitAs(QStringLiteral("other"),
                   QStringLiteral("ag-other"),
                   annual(QStringLiteral("ag-other"), QDate(2027, 5, 31), QDate(2027, 6, 18)),
                   &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QCOMPARE(
        m_desk.value(QStringLiteral("SELECT half_days FROM leave_requests WHERE id = ?"), {first})
            .toInt(),
        30);
    QVERIFY(submitAs(QStringLiteral("other"),
                     QStringLiteral("ag-other"),
                     annual(QStringLiteral("ag-other"), QDate(2027, 9, 6), QDate(2027, 9, 20)),
                     &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Not enough")), qPrintable(error));
    QVERIFY2(!submitAs(QStringLiteral("other"),
                       QStringLiteral("ag-other"),
                       annual(QStringLiteral("ag-other"), QDate(2027, 9, 6), QDate(2027, 9, 17)),
                       &error)
                  .isEmpty(),
             qPrintable(error));
}

void tst_LeaveRequestStore::timeSavingsAccountSpansYears()
{
    // Ten days deposited from 2026 leave are there in 2027 and later, not only in 2026.
    m_desk.allocate(QStringLiteral("ag-dir"), QStringLiteral("leave-type-tsa"), 2026, 1000);
    LeaveLedger ledger(m_desk.database());
    QCOMPARE(ledger.balance(QStringLiteral("ag-dir"), QStringLiteral("leave-type-tsa"), 2027)
                 .availableHundredths(),
             1000);
    QCOMPARE(ledger.balance(QStringLiteral("ag-dir"), QStringLiteral("leave-type-tsa"), 2025)
                 .availableHundredths(),
             0);
    QString error;
    LeaveRequest r = annual(QStringLiteral("ag-dir"), QDate(2027, 3, 22), QDate(2027, 3, 24));
    r.leaveTypeId = QStringLiteral("leave-type-tsa");
    QVERIFY2(!submitAs(QStringLiteral("dir"), QStringLiteral("ag-dir"), r, &error).isEmpty(),
             qPrintable(error));
    bool found = false;
    for (const LeaveBalance &b : ledger.balances(QStringLiteral("ag-dir"), 2027)) {
        if (b.leaveTypeId == QLatin1String("leave-type-tsa")) {
            found = true;
            QCOMPARE(b.availableHundredths(), 1000);
            QCOMPARE(b.projectedHundredths(), 700);
        }
    }
    QVERIFY(found);
}

void tst_LeaveRequestStore::thirtyOneConsecutiveDays()
{
    QString error;
    m_desk.allocate(QStringLiteral("ag-deputy"), QStringLiteral("leave-type-annual"), 2027, 2000);
    QVERIFY(submitAs(QStringLiteral("deputy"),
                     QStringLiteral("ag-deputy"),
                     annual(QStringLiteral("ag-deputy"), QDate(2027, 7, 1), QDate(2027, 8, 6)),
                     &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("31")), qPrintable(error));
    // Two requests joined by a weekend make one absence: 1 July (Thursday) to 23 July, then
    // 26 July to 6 August is 37 days.
    QVERIFY2(!submitAs(QStringLiteral("deputy"),
                       QStringLiteral("ag-deputy"),
                       annual(QStringLiteral("ag-deputy"), QDate(2027, 7, 1), QDate(2027, 7, 23)),
                       &error)
                  .isEmpty(),
             qPrintable(error));
    QVERIFY(submitAs(QStringLiteral("deputy"),
                     QStringLiteral("ag-deputy"),
                     annual(QStringLiteral("ag-deputy"), QDate(2027, 7, 26), QDate(2027, 8, 6)),
                     &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("37")), qPrintable(error));
    // With a worked day between them, they are two absences.
    QVERIFY2(!submitAs(QStringLiteral("deputy"),
                       QStringLiteral("ag-deputy"),
                       annual(QStringLiteral("ag-deputy"), QDate(2027, 7, 27), QDate(2027, 8, 6)),
                       &error)
                  .isEmpty(),
             qPrintable(error));
}

void tst_LeaveRequestStore::documentAndWholeDays()
{
    QString error;
    LeaveRequest wedding = annual(QStringLiteral("ag-1"), QDate(2027, 6, 7), QDate(2027, 6, 11));
    wedding.leaveTypeId = QStringLiteral("leave-type-marriage");
    wedding.start.half = WeeklyPattern::Afternoon;
    QVERIFY(submitAs(QStringLiteral("agent1"), QStringLiteral("ag-1"), wedding, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("whole days")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("document")), qPrintable(error));
    wedding.start.half = WeeklyPattern::Morning;
    wedding.end.date = QDate(2027, 6, 14); // six days: the council gives five
    wedding.document = QByteArrayLiteral("%PDF-1.4 acte");
    QVERIFY(submitAs(QStringLiteral("agent1"), QStringLiteral("ag-1"), wedding, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("at most")), qPrintable(error));
    wedding.end.date = QDate(2027, 6, 11);
    QVERIFY2(!submitAs(QStringLiteral("agent1"), QStringLiteral("ag-1"), wedding, &error).isEmpty(),
             qPrintable(error));
    // Sick leave is HR's to enter.
    LeaveRequest sick = annual(QStringLiteral("ag-1"), QDate(2027, 2, 1), QDate(2027, 2, 3));
    sick.leaveTypeId = QStringLiteral("leave-type-sick");
    sick.document = QByteArrayLiteral("%PDF-1.4 arret");
    QVERIFY(submitAs(QStringLiteral("agent1"), QStringLiteral("ag-1"), sick, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("HR")), qPrintable(error));
    Session hr;
    m_desk.logIn(hr, QStringLiteral("hr"), QStringLiteral("ag-other"), {QStringLiteral("hr")});
    LeaveRequestStore store(m_desk.database(), hr);
    const auto res = store.enterByHr(sick, QStringLiteral("arrêt reçu"));
    QVERIFY2(res.ok, qPrintable(res.message()));
    // Counted in calendar days: Monday 1 to Wednesday 3 February.
    QCOMPARE(m_desk
                 .value(QStringLiteral(
                            "SELECT state || ' ' || half_days FROM leave_requests WHERE id = ?"),
                        {sick.id})
                 .toString(),
             QStringLiteral("approved 6"));
    // Only HR changes it afterwards: the agent cannot ask for its cancellation, nor the head
    // cancel it (the server refuses both).
    auto moved = actAs(QStringLiteral("agent1"),
                       QStringLiteral("ag-1"),
                       {QStringLiteral("agent")},
                       sick.id,
                       LeaveAction::RequestCancellation);
    QVERIFY(!moved.ok);
    QVERIFY2(moved.error.contains(QStringLiteral("HR only")), qPrintable(moved.error));
    QVERIFY(!actAs(QStringLiteral("head"),
                   QStringLiteral("ag-head"),
                   {QStringLiteral("department_head")},
                   sick.id,
                   LeaveAction::ApproveCancellation)
                 .ok);
    QVERIFY(actAs(QStringLiteral("hr"),
                  QStringLiteral("ag-other"),
                  {QStringLiteral("hr")},
                  sick.id,
                  LeaveAction::ApproveCancellation)
                .ok);
}

void tst_LeaveRequestStore::nobodyApprovesTheirOwnLeave()
{
    QString error;
    const QString id
        = submitAs(QStringLiteral("head"),
                   QStringLiteral("ag-head"),
                   annual(QStringLiteral("ag-head"), QDate(2027, 4, 19), QDate(2027, 4, 20)),
                   &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    auto res = actAs(QStringLiteral("head"),
                     QStringLiteral("ag-head"),
                     {QStringLiteral("department_head")},
                     id,
                     LeaveAction::Approve);
    QVERIFY(!res.ok);
    QVERIFY2(res.error.contains(QStringLiteral("own")), qPrintable(res.error));
    // The head of the unit above decides; the head of another direction cannot.
    res = actAs(QStringLiteral("odir"),
                QStringLiteral("ag-odir"),
                {QStringLiteral("department_head")},
                id,
                LeaveAction::Approve);
    QVERIFY(!res.ok);
    res = actAs(QStringLiteral("dir"),
                QStringLiteral("ag-dir"),
                {QStringLiteral("department_head")},
                id,
                LeaveAction::Approve);
    QVERIFY2(res.ok, qPrintable(res.message()));
}

void tst_LeaveRequestStore::deputyActsOnBehalfOfTheHead()
{
    QString error;
    const QString id
        = submitAs(QStringLiteral("agent1"),
                   QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 4, 26), QDate(2027, 4, 27)),
                   &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    // A delegation that ended yesterday gives nothing.
    QVERIFY(m_desk.exec(QStringLiteral(
        "INSERT INTO leave_delegations (id, org_unit_id, delegator_agent_id, deputy_agent_id, "
        "start_date, end_date) VALUES ('del-old', 'unit-S', 'ag-head', 'ag-deputy', "
        "'2027-01-01', '2027-01-14')")));
    auto res = actAs(QStringLiteral("deputy"),
                     QStringLiteral("ag-deputy"),
                     {QStringLiteral("agent")},
                     id,
                     LeaveAction::Approve);
    QVERIFY(!res.ok);
    QVERIFY(m_desk.exec(QStringLiteral(
        "INSERT INTO leave_delegations (id, org_unit_id, delegator_agent_id, deputy_agent_id, "
        "start_date, end_date) VALUES ('del-now', 'unit-S', 'ag-head', 'ag-deputy', "
        "'2027-01-10', '2027-01-31')")));
    res = actAs(QStringLiteral("deputy"),
                QStringLiteral("ag-deputy"),
                {QStringLiteral("agent")},
                id,
                LeaveAction::Approve);
    QVERIFY2(res.ok, qPrintable(res.message()));
    QCOMPARE(
        m_desk
            .value(QStringLiteral(
                       "SELECT actor_login || ' for ' || on_behalf_of_agent_id || ' ' || "
                       "on_behalf_of_name "
                       "FROM leave_request_steps WHERE request_id = ? AND action = 'approved'"),
                   {id})
            .toString(),
        QStringLiteral("deputy for ag-head NOM-AG-HEAD Prénom"));
    // A deputy never decides on their own leave through the delegation.
    const QString own
        = submitAs(QStringLiteral("deputy"),
                   QStringLiteral("ag-deputy"),
                   annual(QStringLiteral("ag-deputy"), QDate(2027, 4, 26), QDate(2027, 4, 26)),
                   &error);
    QVERIFY2(!own.isEmpty(), qPrintable(error));
    QVERIFY(!actAs(QStringLiteral("deputy"),
                   QStringLiteral("ag-deputy"),
                   {QStringLiteral("agent")},
                   own,
                   LeaveAction::Approve)
                 .ok);
    // Nor on the leave of the head who delegated: that would be the head approving their own.
    const QString heads
        = submitAs(QStringLiteral("head"),
                   QStringLiteral("ag-head"),
                   annual(QStringLiteral("ag-head"), QDate(2027, 4, 28), QDate(2027, 4, 28)),
                   &error);
    QVERIFY2(!heads.isEmpty(), qPrintable(error));
    QVERIFY(!actAs(QStringLiteral("deputy"),
                   QStringLiteral("ag-deputy"),
                   {QStringLiteral("agent")},
                   heads,
                   LeaveAction::Approve)
                 .ok);
    Session deputy;
    m_desk.logIn(
        deputy, QStringLiteral("deputy"), QStringLiteral("ag-deputy"), {QStringLiteral("agent")});
    const QString team = LeaveAuthority(m_desk.database(), deputy).teamAgentsSql(m_today);
    QCOMPARE(m_desk.count(
                 QStringLiteral("SELECT count(*) FROM (%1) WHERE id IN ('ag-head', 'ag-deputy')")
                     .arg(team)),
             0);
    QCOMPARE(
        m_desk.count(
            QStringLiteral("SELECT count(*) FROM (%1) WHERE id IN ('ag-1', 'ag-2')").arg(team)),
        2);
}

void tst_LeaveRequestStore::withdrawOnlyBeforeTheStart()
{
    QString error;
    const QString later
        = submitAs(QStringLiteral("agent2"),
                   QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 10, 4), QDate(2027, 10, 5)),
                   &error);
    QVERIFY2(!later.isEmpty(), qPrintable(error));
    auto res = actAs(QStringLiteral("agent2"),
                     QStringLiteral("ag-2"),
                     {QStringLiteral("agent")},
                     later,
                     LeaveAction::Withdraw);
    QVERIFY2(res.ok, qPrintable(res.message()));
    QCOMPARE(res.state, LeaveRequestState::Withdrawn);
    // One that started on 14 January (today is the 15th).
    const QString started
        = submitAs(QStringLiteral("agent2"),
                   QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 1, 14), QDate(2027, 1, 18)),
                   &error);
    QVERIFY2(!started.isEmpty(), qPrintable(error));
    res = actAs(QStringLiteral("agent2"),
                QStringLiteral("ag-2"),
                {QStringLiteral("agent")},
                started,
                LeaveAction::Withdraw);
    QVERIFY(!res.ok);
    QVERIFY2(res.error.contains(QStringLiteral("started")), qPrintable(res.error));
}

void tst_LeaveRequestStore::cancellationGivesTheDaysBack()
{
    QString error;
    const QString id
        = submitAs(QStringLiteral("agent2"),
                   QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 11, 8), QDate(2027, 11, 12)),
                   &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    // ag-2 works Monday to Thursday: four days, and 11 November is a holiday: three.
    QCOMPARE(m_desk.value(QStringLiteral("SELECT half_days FROM leave_requests WHERE id = ?"), {id})
                 .toInt(),
             6);
    const QStringList head{QStringLiteral("department_head")};
    QVERIFY(actAs(QStringLiteral("head"), QStringLiteral("ag-head"), head, id, LeaveAction::Approve)
                .ok);
    LeaveLedger ledger(m_desk.database());
    const int before
        = ledger.balance(QStringLiteral("ag-2"), QStringLiteral("leave-type-annual"), 2027)
              .availableHundredths();
    QVERIFY(actAs(QStringLiteral("agent2"),
                  QStringLiteral("ag-2"),
                  {QStringLiteral("agent")},
                  id,
                  LeaveAction::RequestCancellation)
                .ok);
    auto res = actAs(QStringLiteral("head"),
                     QStringLiteral("ag-head"),
                     head,
                     id,
                     LeaveAction::RefuseCancellation);
    QVERIFY2(res.ok && res.state == LeaveRequestState::Approved, qPrintable(res.message()));
    QCOMPARE(ledger.balance(QStringLiteral("ag-2"), QStringLiteral("leave-type-annual"), 2027)
                 .availableHundredths(),
             before);
    QVERIFY(actAs(QStringLiteral("agent2"),
                  QStringLiteral("ag-2"),
                  {QStringLiteral("agent")},
                  id,
                  LeaveAction::RequestCancellation)
                .ok);
    res = actAs(QStringLiteral("head"),
                QStringLiteral("ag-head"),
                head,
                id,
                LeaveAction::ApproveCancellation);
    QVERIFY2(res.ok && res.state == LeaveRequestState::Cancelled, qPrintable(res.message()));
    QCOMPARE(ledger.balance(QStringLiteral("ag-2"), QStringLiteral("leave-type-annual"), 2027)
                 .availableHundredths(),
             before + 300);
    // Nothing was overwritten: the use and its reversal are both there, under the ids and
    // dates the server gives them (central leave 0002), so that their push finds them equal.
    QCOMPARE(m_desk
                 .value(QStringLiteral("SELECT group_concat(id || ' ' || days_hundredths || ' ' || "
                                       "effective_date || ' ' || source || ' ' || note, ', ') FROM "
                                       "(SELECT * FROM leave_ledger_entries WHERE request_id = ? "
                                       "ORDER BY id)"),
                        {id})
                 .toString(),
             QStringLiteral("%1:use -300 2027-11-08 request , %1:use:reversal 300 2027-11-08 "
                            "cancellation ")
                 .arg(id));
    QCOMPARE(m_desk.count(
                 QStringLiteral(
                     "SELECT sum(days_hundredths) FROM leave_ledger_entries WHERE request_id = ?"),
                 {id}),
             0);
    QVERIFY(!m_desk.exec(
        QStringLiteral("UPDATE leave_ledger_entries SET days_hundredths = 0 WHERE request_id = ?"),
        {id}));
}

void tst_LeaveRequestStore::refusalAndCancellationIgnoreTheBalance()
{
    QString error;
    const QString pending
        = submitAs(QStringLiteral("agent1"),
                   QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 12, 6), QDate(2027, 12, 7)),
                   &error);
    QVERIFY2(!pending.isEmpty(), qPrintable(error));
    const QString approved
        = submitAs(QStringLiteral("agent1"),
                   QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 12, 13), QDate(2027, 12, 14)),
                   &error);
    QVERIFY2(!approved.isEmpty(), qPrintable(error));
    const QStringList head{QStringLiteral("department_head")};
    QVERIFY(
        actAs(
            QStringLiteral("head"), QStringLiteral("ag-head"), head, approved, LeaveAction::Approve)
            .ok);
    // HR takes 40 days off the balance (a correction): it is now negative.
    m_desk.allocate(QStringLiteral("ag-1"), QStringLiteral("leave-type-annual"), 2027, -4000);
    auto res = actAs(
        QStringLiteral("head"), QStringLiteral("ag-head"), head, pending, LeaveAction::Refuse);
    QVERIFY(!res.ok); // a refusal says why
    res = actAs(QStringLiteral("head"),
                QStringLiteral("ag-head"),
                head,
                pending,
                LeaveAction::Refuse,
                QStringLiteral("Service"));
    QVERIFY2(res.ok, qPrintable(res.message()));
    QVERIFY(actAs(QStringLiteral("agent1"),
                  QStringLiteral("ag-1"),
                  {QStringLiteral("agent")},
                  approved,
                  LeaveAction::RequestCancellation)
                .ok);
    res = actAs(QStringLiteral("head"),
                QStringLiteral("ag-head"),
                head,
                approved,
                LeaveAction::ApproveCancellation);
    QVERIFY2(res.ok, qPrintable(res.message()));
}

void tst_LeaveRequestStore::textLimitsAndDraftCap()
{
    Session session;
    m_desk.logIn(
        session, QStringLiteral("dir"), QStringLiteral("ag-dir"), {QStringLiteral("agent")});
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    // What the server refuses, the desk refuses first, a draft included, naming the field.
    LeaveRequest r = annual(QStringLiteral("ag-dir"), QDate(2027, 6, 7), QDate(2027, 6, 7));
    r.comment = QString(LeaveTextLimits::comment + 1, QLatin1Char('x'));
    LeaveRequestStore::Result saved = store.saveDraft(r);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.message().contains(QLatin1String("comment")), qPrintable(saved.message()));
    r.comment.clear();
    r.document = QByteArray("<html>");
    r.documentName = QStringLiteral("../../.bashrc");
    r.documentMimeType = QStringLiteral("text/html");
    saved = store.saveDraft(r);
    QVERIFY(!saved.ok);
    QCOMPARE(saved.problems.size(), 2);
    QCOMPARE(saved.problems.constFirst().field, LeaveProblem::Field::Document);
    // At most twenty drafts at once.
    for (int i = 0; i < LeaveTextLimits::drafts; ++i) {
        LeaveRequest d = annual(QStringLiteral("ag-dir"), QDate(2027, 6, 7), QDate(2027, 6, 7));
        saved = store.saveDraft(d);
        QVERIFY2(saved.ok, qPrintable(saved.message()));
    }
    LeaveRequest one = annual(QStringLiteral("ag-dir"), QDate(2027, 6, 8), QDate(2027, 6, 8));
    saved = store.saveDraft(one);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.message().contains(QLatin1String("at most 20 drafts")),
             qPrintable(saved.message()));
}

QTEST_GUILESS_MAIN(tst_LeaveRequestStore)
#include "tst_leaverequeststore.moc"
