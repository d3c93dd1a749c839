#include "leavetestdesk.h"

#include <core/access/roles.h>
#include <leave/models/leavebalancesmodel.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/models/pendingrequestsmodel.h>
#include <leave/models/teamcalendarmodel.h>
#include <leave/ui/approvalinboxpage.h>
#include <leave/ui/leaverequestform.h>
#include <leave/ui/myleavepage.h>
#include <leave/ui/teamcalendarpage.h>

#include <QComboBox>
#include <QDateEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;
using Hr::WeeklyPattern;

// The whole way of one request through the real pages, offscreen: the agent fills the form
// and submits; the head approves it from the inbox; the agent's balance and list, and the
// team calendar, show it approved. One local file plays both desks (the sync between two
// desks is tests/sync/tst_leavesecurity's).
class tst_LeaveJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentAsksHeadApprovesEverybodySeesIt();

private:
    static void typeDate(QDateEdit *edit, QDate date);

    LeaveTestDesk m_desk;
    const QDate m_today{2026, 3, 2};
};

void tst_LeaveJourney::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString s = m_desk.addUnit(QStringLiteral("S"), {}, QStringLiteral("ag-head"));
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    m_desk.addAgent(QStringLiteral("ag-1"), s);
    m_desk.addAgent(QStringLiteral("ag-2"), s);
    m_desk.allocate(QStringLiteral("ag-1"), QStringLiteral("leave-type-annual"), 2026, 2500);
}

void tst_LeaveJourney::typeDate(QDateEdit *edit, QDate date)
{
    edit->setFocus();
    const std::pair<QDateTimeEdit::Section, QString> parts[]
        = {{QDateTimeEdit::DaySection, date.toString(QStringLiteral("dd"))},
           {QDateTimeEdit::MonthSection, date.toString(QStringLiteral("MM"))},
           {QDateTimeEdit::YearSection, date.toString(QStringLiteral("yyyy"))}};
    for (const auto &[section, digits] : parts) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, digits);
    }
    QCOMPARE(edit->date(), date);
}

void tst_LeaveJourney::agentAsksHeadApprovesEverybodySeesIt()
{
    // 1. The agent asks for the week of 18 May, starting on Monday afternoon: 4.5 days.
    Session agent;
    m_desk.logIn(agent, QStringLiteral("agent1"), QStringLiteral("ag-1"), {Roles::Agent});
    MyLeavePage mine(m_desk.database(), agent);
    mine.setToday(m_today);
    mine.resize(1100, 760);
    mine.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mine));
    QTest::mouseClick(mine.findChild<QPushButton *>(QStringLiteral("newLeaveRequest")),
                      Qt::LeftButton);
    QPointer<LeaveRequestForm> form = mine.requestForm();
    QVERIFY(form);
    typeDate(form->findChild<QDateEdit *>(QStringLiteral("firstDay")), QDate(2026, 5, 18));
    typeDate(form->findChild<QDateEdit *>(QStringLiteral("lastDay")), QDate(2026, 5, 22));
    auto *firstHalf = form->findChild<QComboBox *>(QStringLiteral("firstDayHalf"));
    firstHalf->setFocus();
    QTest::keyClick(firstHalf, Qt::Key_Down);
    QCOMPARE(form->evaluation().count.halfDays, 9);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("submitRequest")),
                      Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(mine.requestsModel()->rowCount(), 1);
    const QString id = mine.requestsModel()->idAt(0);
    QCOMPARE(mine.balancesModel()->index(0, LeaveBalancesModel::AvailableColumn).data().toString(),
             LeaveLedger::formatDays(2500));
    QCOMPARE(mine.balancesModel()->index(0, LeaveBalancesModel::ProjectedColumn).data().toString(),
             LeaveLedger::formatDays(2050));

    // 2. The head finds it in the inbox, selects it and approves.
    Session head;
    m_desk.logIn(head,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {Roles::Agent, Roles::DepartmentHead});
    ApprovalInboxPage inbox(m_desk.database(), head);
    inbox.setToday(m_today);
    inbox.resize(1400, 700);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    inbox.reloadData();
    const int row = inbox.model()->rowOfId(id);
    QVERIFY(row >= 0);
    QTableView *table = inbox.table();
    QTest::mouseClick(
        table->viewport(),
        Qt::LeftButton,
        {},
        table->visualRect(inbox.model()->index(row, PendingRequestsModel::Agent)).center());
    auto *approve = inbox.findChild<QPushButton *>(QStringLiteral("approveRequests"));
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("approved"));
    QCOMPARE(inbox.model()->rowOfId(id), -1);

    // 3. The agent's page, reloaded as after a sync: approved, 20.5 days left.
    m_desk.logIn(agent, QStringLiteral("agent1"), QStringLiteral("ag-1"), {Roles::Agent});
    mine.reloadData();
    QCOMPARE(mine.requestsModel()->index(0, LeaveRequestListModel::StateColumn).data().toString(),
             LeaveRequestStates::label(LeaveRequestState::Approved));
    QCOMPARE(mine.balancesModel()->index(0, LeaveBalancesModel::AvailableColumn).data().toString(),
             LeaveLedger::formatDays(2050));

    // 4. The team calendar of May: Monday morning worked, afternoon to Friday on leave.
    TeamCalendarPage calendar(m_desk.database(), head);
    calendar.setToday(m_today);
    calendar.show();
    calendar.showMonth(QDate(2026, 5, 1));
    TeamCalendarModel *model = calendar.model();
    const int agentRow = model->rowOfAgent(QStringLiteral("ag-1"));
    QVERIFY(agentRow >= 0);
    const int monday = model->columnOf(QDate(2026, 5, 18));
    QCOMPARE(model->half(agentRow, monday, WeeklyPattern::Morning).kind,
             TeamCalendarModel::HalfKind::Worked);
    QCOMPARE(model->half(agentRow, monday, WeeklyPattern::Afternoon).kind,
             TeamCalendarModel::HalfKind::Leave);
    const TeamCalendarModel::Request *r
        = model->requestAt(agentRow, model->columnOf(QDate(2026, 5, 22)), WeeklyPattern::Afternoon);
    QVERIFY(r);
    QCOMPARE(r->id, id);
    QCOMPARE(r->state, LeaveRequestState::Approved);
    // Two of three present that week (the head and ag-2).
    QCOMPARE(model->presence(model->columnOf(QDate(2026, 5, 20))).lowest(), 2);
}

QTEST_MAIN(tst_LeaveJourney)
#include "tst_leavejourney.moc"
