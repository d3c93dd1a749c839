#include "leavetestdesk.h"

#include <leave/models/pendingrequestsmodel.h>
#include <leave/models/teamcalendarmodel.h>
#include <leave/store/leaverequeststore.h>
#include <leave/ui/approvalinboxpage.h>
#include <leave/ui/delegationdialog.h>
#include <leave/ui/teamcalendarview.h>

#include <core/translations.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;
using Hr::WeeklyPattern;

// The interface's words as the user reads them: the checks hold in English and, with the
// screenshots, in French.
static QString tx(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
static const char inbox[] = "Civitas::Leave::ApprovalInboxPage";
static const char dialogContext[] = "Civitas::Leave::DelegationDialog";

// The head's inbox driven offscreen as a head does it: requests the agents submitted appear,
// two are approved at once, one refused with a reason; one that changed meanwhile fails alone;
// a cancellation is granted; a deputy with a delegation given through the dialog decides "on
// behalf of" the head; the staffing warning appears when the calendar says so; HR sees what
// waits for HR.
//
// Today is Friday 15 January 2027. Direction D (head ag-dir) with its service S (head ag-head,
// minimum staffing 3; agents ag-1 to ag-4 and ag-deputy, all full time); direction O (ag-other).
class tst_ApprovalInbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headApprovesTwoAndRefusesOne();
    void oneFailsTheOthersStillGo();
    void cancellationAsked();
    void deputyDecidesOnBehalfOfTheHead();
    void delegationDialogValidates();
    void staffingWarning();
    void hrSeesWhatWaitsForHr();

private:
    LeaveRequest annual(const QString &agent, QDate from, QDate to) const;
    QString submitAs(const QString &agent, LeaveRequest request);
    LeaveRequestStore::Result actAs(const QString &agent,
                                    const QString &requestId,
                                    LeaveAction action,
                                    const QString &comment = {});
    void clickRow(ApprovalInboxPage &page,
                  const QString &requestId,
                  Qt::KeyboardModifiers modifiers = {});
    static void click(QWidget *parent, const char *name);
    QString screenshotDir() const { return qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR"); }

    LeaveTestDesk m_desk;
    const QDate m_today{2027, 1, 15};
};

void tst_ApprovalInbox::initTestCase()
{
    if (!screenshotDir().isEmpty()) {
        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    QVERIFY(m_desk.open());
    const QString d = m_desk.addUnit(QStringLiteral("D"), {}, QStringLiteral("ag-dir"));
    const QString s = m_desk.addUnit(QStringLiteral("S"), d, QStringLiteral("ag-head"), 3);
    const QString o = m_desk.addUnit(QStringLiteral("O"), {}, QStringLiteral("ag-odir"));
    m_desk.addAgent(QStringLiteral("ag-dir"), d);
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    for (const char *agent : {"ag-1", "ag-2", "ag-3", "ag-4", "ag-deputy"})
        m_desk.addAgent(QLatin1String(agent), s);
    m_desk.addAgent(QStringLiteral("ag-other"), o);
    for (const char *agent :
         {"ag-dir", "ag-head", "ag-1", "ag-2", "ag-3", "ag-4", "ag-deputy", "ag-other"})
        m_desk.allocate(QLatin1String(agent), QStringLiteral("leave-type-annual"), 2027, 2500);
}

LeaveRequest tst_ApprovalInbox::annual(const QString &agent, QDate from, QDate to) const
{
    LeaveRequest r;
    r.agentId = agent;
    r.leaveTypeId = QStringLiteral("leave-type-annual");
    r.start = {from, WeeklyPattern::Morning};
    r.end = {to, WeeklyPattern::Afternoon};
    return r;
}

QString tst_ApprovalInbox::submitAs(const QString &agent, LeaveRequest request)
{
    Session session;
    m_desk.logIn(session, agent, agent, {QStringLiteral("agent")});
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    const LeaveRequestStore::Result r = store.submit(request);
    if (!r.ok)
        qWarning("%s", qPrintable(r.message()));
    return r.ok ? request.id : QString();
}

LeaveRequestStore::Result tst_ApprovalInbox::actAs(const QString &agent,
                                                   const QString &requestId,
                                                   LeaveAction action,
                                                   const QString &comment)
{
    Session session;
    m_desk.logIn(session, agent, agent, {QStringLiteral("agent")});
    LeaveRequestStore store(m_desk.database(), session);
    store.setToday(m_today);
    return store.act(requestId, action, comment);
}

void tst_ApprovalInbox::clickRow(ApprovalInboxPage &page,
                                 const QString &requestId,
                                 Qt::KeyboardModifiers modifiers)
{
    const int row = page.model()->rowOfId(requestId);
    QVERIFY2(row >= 0, qPrintable(requestId));
    QTableView *table = page.table();
    QTest::mouseClick(
        table->viewport(),
        Qt::LeftButton,
        modifiers,
        table->visualRect(page.model()->index(row, PendingRequestsModel::Agent)).center());
}

void tst_ApprovalInbox::click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_ApprovalInbox::headApprovesTwoAndRefusesOne()
{
    const QString first
        = submitAs(QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 3, 1), QDate(2027, 3, 5)));
    const QString second
        = submitAs(QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 3, 8), QDate(2027, 3, 9)));
    const QString third
        = submitAs(QStringLiteral("ag-3"),
                   annual(QStringLiteral("ag-3"), QDate(2027, 3, 15), QDate(2027, 3, 16)));
    // The head's own request goes to the director; another direction's is not theirs.
    const QString own
        = submitAs(QStringLiteral("ag-head"),
                   annual(QStringLiteral("ag-head"), QDate(2027, 3, 1), QDate(2027, 3, 2)));
    const QString other
        = submitAs(QStringLiteral("ag-other"),
                   annual(QStringLiteral("ag-other"), QDate(2027, 3, 1), QDate(2027, 3, 2)));
    for (const QString &id : {first, second, third, own, other})
        QVERIFY(!id.isEmpty());

    Session session;
    m_desk.logIn(session,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    ApprovalInboxPage page(m_desk.database(), session);
    page.setToday(m_today);
    page.resize(1500, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->idAt(0), first); // by dates
    QCOMPARE(page.model()->idAt(2), third);
    QCOMPARE(page.model()->rowOfId(own), -1);
    QCOMPARE(page.model()->rowOfId(other), -1);
    QCOMPARE(page.model()->index(0, PendingRequestsModel::Agent).data().toString(),
             QStringLiteral("NOM-AG-1 Prénom"));
    QCOMPARE(page.model()->index(0, PendingRequestsModel::Type).data().toString(),
             QStringLiteral("Congés annuels"));
    QVERIFY(page.model()
                ->index(0, PendingRequestsModel::Type)
                .data(Qt::DecorationRole)
                .value<QIcon>()
                .isNull()
            == false);
    QCOMPARE(page.model()->index(0, PendingRequestsModel::Duration).data().toString(),
             LeaveLedger::formatDays(500));
    // 25 days, 5 of them asked: 20 once approved.
    QCOMPARE(page.model()->index(0, PendingRequestsModel::BalanceAfter).data().toString(),
             LeaveLedger::formatDays(2000));
    QVERIFY(!page.model()->index(0, PendingRequestsModel::AskedOn).data().toString().isEmpty());
    QCOMPARE(page.model()->index(1, PendingRequestsModel::Dates).data().toString(),
             PendingRequestsModel::datesText({QDate(2027, 3, 8), WeeklyPattern::Morning},
                                             {QDate(2027, 3, 9), WeeklyPattern::Afternoon}));
    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveRequests"));
    QVERIFY(!approve->isEnabled());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("onBehalfBanner"))->isHidden());

    // Two at once: click, then Ctrl+click.
    clickRow(page, first);
    clickRow(page, second, Qt::ControlModifier);
    QCOMPARE(page.selectedRequestIds(), (QStringList{first, second}));
    QVERIFY(approve->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("cancelLeave"))->isEnabled());
    // The strip beside shows the service around those dates, the two outlined.
    TeamCalendarModel *strip = page.stripModel();
    QCOMPARE(strip->unitIds(), QStringList{QStringLiteral("unit-S")});
    QVERIFY(strip->firstDay() <= QDate(2027, 3, 1) && strip->lastDay() >= QDate(2027, 3, 9));
    const int a1 = strip->rowOfAgent(QStringLiteral("ag-1"));
    QVERIFY(a1 >= 0);
    QVERIFY(strip->isFocused(
        strip->half(a1, strip->columnOf(QDate(2027, 3, 1)), WeeklyPattern::Morning).request));
    QCOMPARE(strip->presence(strip->columnOf(QDate(2027, 3, 1))).lowest(), 5); // 6 in S, ag-1 away
    QVERIFY(page.staffingWarning().isEmpty());

    QSignalSpy decided(&page, &ApprovalInboxPage::requestsDecided);
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {first})
                 .toString(),
             QStringLiteral("approved"));
    QCOMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {second})
                 .toString(),
             QStringLiteral("approved"));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_request_steps WHERE request_id IN "
                                    "(?, ?) AND action = 'approved' "
                                    "AND actor_login = 'head' AND on_behalf_of_agent_id IS NULL"),
                     {first, second}),
        2);
    auto *report = page.findChild<QListWidget *>(QStringLiteral("actionReport"));
    QVERIFY(report->isVisible());
    QCOMPARE(report->count(), 2);
    for (int i = 0; i < report->count(); ++i) {
        QVERIFY(report->item(i)->data(Qt::UserRole + 1).toBool());
        QVERIFY2(report->item(i)->text().endsWith(
                     LeaveRequestStates::label(LeaveRequestState::Approved)),
                 qPrintable(report->item(i)->text()));
    }
    QCOMPARE(page.model()->rowCount(), 1);

    // The third is refused: a reason is required.
    clickRow(page, third);
    click(&page, "refuseRequests");
    auto *reason = page.findChild<QLineEdit *>(QStringLiteral("refusalReason"));
    QVERIFY(reason->isVisible());
    auto *confirm = page.findChild<QPushButton *>(QStringLiteral("confirmRefusal"));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!confirm->isEnabled());
    reason->clear();
    QTest::keyClicks(reason, QStringLiteral("Service trop reduit la semaine du 15 mars"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {third})
                 .toString(),
             QStringLiteral("refused"));
    QCOMPARE(m_desk
                 .value(QStringLiteral("SELECT comment FROM leave_request_steps WHERE request_id = "
                                       "? AND action = 'refused'"),
                        {third})
                 .toString(),
             QStringLiteral("Service trop reduit la semaine du 15 mars"));
    QVERIFY(!reason->isVisible());
    QCOMPARE(report->count(), 1);
    QVERIFY(
        report->item(0)->text().endsWith(LeaveRequestStates::label(LeaveRequestState::Refused)));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pendingCount"))->text(),
             tx(inbox, "No request waits for your decision."));
}

void tst_ApprovalInbox::oneFailsTheOthersStillGo()
{
    const QString kept
        = submitAs(QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 4, 5), QDate(2027, 4, 6)));
    const QString withdrawn
        = submitAs(QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 4, 12), QDate(2027, 4, 12)));
    Session session;
    m_desk.logIn(session,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    ApprovalInboxPage page(m_desk.database(), session);
    page.setToday(m_today);
    page.resize(1500, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    clickRow(page, kept);
    clickRow(page, withdrawn, Qt::ControlModifier);
    QCOMPARE(page.selectedRequestIds().size(), 2);
    // Meanwhile the agent withdraws theirs (on another desk, come by a sync).
    const auto w = actAs(QStringLiteral("ag-2"), withdrawn, LeaveAction::Withdraw);
    QVERIFY2(w.ok, qPrintable(w.message()));
    // Before the page is reloaded, the head approves both.
    m_desk.database().setCurrentUser(QStringLiteral("head"));
    QCOMPARE(page.selectedRequestIds().size(), 2);
    click(&page, "approveRequests");
    QCOMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {kept})
                 .toString(),
             QStringLiteral("approved"));
    QCOMPARE(
        m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {withdrawn})
            .toString(),
        QStringLiteral("withdrawn"));
    auto *report = page.findChild<QListWidget *>(QStringLiteral("actionReport"));
    QCOMPARE(report->count(), 2);
    QCOMPARE(report->item(0)->data(Qt::UserRole).toString(), kept);
    QVERIFY(report->item(0)->data(Qt::UserRole + 1).toBool());
    QCOMPARE(report->item(1)->data(Qt::UserRole).toString(), withdrawn);
    QVERIFY(!report->item(1)->data(Qt::UserRole + 1).toBool());
    // Said with the workflow's own reason.
    QVERIFY2(report->item(1)->text().contains(LeaveWorkflow::move(LeaveRequestState::Withdrawn,
                                                                  LeaveAction::Approve,
                                                                  LeaveActor::Approver,
                                                                  LeaveType::Approval::Head,
                                                                  true)
                                                  .refusal),
             qPrintable(report->item(1)->text()));
    QCOMPARE(page.model()->rowCount(), 0);
}

void tst_ApprovalInbox::cancellationAsked()
{
    // ag-1's leave of 1–5 March, approved above, is to be cancelled.
    const QString id = m_desk
                           .value(QStringLiteral("SELECT id FROM leave_requests WHERE agent_id = "
                                                 "'ag-1' AND start_date = '2027-03-01'"))
                           .toString();
    const auto asked = actAs(QStringLiteral("ag-1"), id, LeaveAction::RequestCancellation);
    QVERIFY2(asked.ok, qPrintable(asked.message()));
    Session session;
    m_desk.logIn(session,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    ApprovalInboxPage page(m_desk.database(), session);
    page.setToday(m_today);
    page.resize(1500, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->stateAt(0), LeaveRequestState::CancellationRequested);
    // 25 − 5 − 2 days used; cancelling gives the 5 back.
    QCOMPARE(page.model()->index(0, PendingRequestsModel::BalanceAfter).data().toString(),
             LeaveLedger::formatDays(2300));
    clickRow(page, id);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("approveRequests"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("refuseRequests"))->isEnabled());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("keepLeave"))->isEnabled());
    click(&page, "cancelLeave");
    QCOMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT coalesce(sum(days_hundredths), 0) FROM "
                                         "leave_ledger_entries WHERE request_id = ?"),
                          {id}),
             0);
    QCOMPARE(page.model()->rowCount(), 0);
}

void tst_ApprovalInbox::deputyDecidesOnBehalfOfTheHead()
{
    const QString id
        = submitAs(QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 5, 3), QDate(2027, 5, 4)));
    const QString deputyOwn
        = submitAs(QStringLiteral("ag-deputy"),
                   annual(QStringLiteral("ag-deputy"), QDate(2027, 5, 3), QDate(2027, 5, 3)));
    QVERIFY(!id.isEmpty() && !deputyOwn.isEmpty());
    Session deputy;
    m_desk.logIn(
        deputy, QStringLiteral("deputy"), QStringLiteral("ag-deputy"), {QStringLiteral("agent")});
    ApprovalInboxPage page(m_desk.database(), deputy);
    page.setToday(m_today);
    page.resize(1500, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // No delegation yet: nothing to decide, and no delegating either (they head nothing).
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("openDelegations"))->isHidden());

    // The head delegates to them for the rest of January, through the dialog.
    Session head;
    m_desk.logIn(head,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    {
        DelegationDialog dialog(m_desk.database(), head);
        dialog.setToday(m_today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("delegationUnit"));
        QCOMPARE(unit->count(), 1);
        QCOMPARE(unit->currentData().toString(), QStringLiteral("unit-S"));
        auto *deputies = dialog.findChild<QComboBox *>(QStringLiteral("delegationDeputy"));
        QCOMPARE(deputies->findData(QStringLiteral("ag-head")), -1);
        deputies->setCurrentIndex(deputies->findData(QStringLiteral("ag-deputy")));
        dialog.findChild<QDateEdit *>(QStringLiteral("delegationEnd"))->setDate(QDate(2027, 1, 31));
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        click(&dialog, "addDelegation");
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("delegationTable"))->rowCount(),
                 1);
        if (!screenshotDir().isEmpty())
            QVERIFY(dialog.grab().save(screenshotDir() + QStringLiteral("/leave-delegation.png")));
    }
    QCOMPARE(m_desk
                 .value(QStringLiteral(
                     "SELECT org_unit_id || ' ' || delegator_agent_id || ' ' || deputy_agent_id || "
                     "' ' || "
                     "start_date || ' ' || end_date FROM leave_delegations WHERE deleted = 0"))
                 .toString(),
             QStringLiteral("unit-S ag-head ag-deputy 2027-01-15 2027-01-31"));
    QCOMPARE(m_desk.count(QStringLiteral(
                 "SELECT count(*) FROM sync_outbox WHERE table_name = 'leave_delegations'")),
             1);

    // After a sync (or any reload), the deputy's inbox has the team's request, not their own.
    m_desk.logIn(
        deputy, QStringLiteral("deputy"), QStringLiteral("ag-deputy"), {QStringLiteral("agent")});
    page.reloadData();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->idAt(0), id);
    QCOMPARE(page.model()->rowOfId(deputyOwn), -1);
    auto *banner = page.findChild<QLabel *>(QStringLiteral("onBehalfBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             tx(inbox, "You decide for %1 on behalf of %2 until %3.")
                 .arg(QStringLiteral("Unit S"),
                      QStringLiteral("NOM-AG-HEAD Prénom"),
                      QLocale().toString(QDate(2027, 1, 31), QLocale::ShortFormat)));
    clickRow(page, id);
    auto *actingFor = page.findChild<QLabel *>(QStringLiteral("actingFor"));
    QVERIFY(actingFor->isVisible());
    QVERIFY2(actingFor->text().contains(QStringLiteral("NOM-AG-HEAD Prénom")),
             qPrintable(actingFor->text()));
    if (!screenshotDir().isEmpty())
        QVERIFY(
            page.grab().save(screenshotDir() + QStringLiteral("/leave-approval-inbox-deputy.png")));
    click(&page, "approveRequests");
    QCOMPARE(
        m_desk
            .value(QStringLiteral(
                       "SELECT actor_login || ' for ' || on_behalf_of_agent_id || ' ' || "
                       "on_behalf_of_name "
                       "FROM leave_request_steps WHERE request_id = ? AND action = 'approved'"),
                   {id})
            .toString(),
        QStringLiteral("deputy for ag-head NOM-AG-HEAD Prénom"));

    // The head comes back on the 20th and ends it: from that day the deputy decides nothing.
    m_desk.logIn(head,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    {
        DelegationDialog dialog(m_desk.database(), head);
        dialog.setToday(QDate(2027, 1, 20));
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("delegationTable"));
        QCOMPARE(table->rowCount(), 1);
        auto *end = dialog.findChild<QPushButton *>(QStringLiteral("endDelegation"));
        QVERIFY(!end->isEnabled());
        table->selectRow(0);
        QVERIFY(end->isEnabled());
        QTest::mouseClick(end, Qt::LeftButton);
    }
    QCOMPARE(
        m_desk.value(QStringLiteral("SELECT end_date || ' ' || deleted FROM leave_delegations"))
            .toString(),
        QStringLiteral("2027-01-19 0"));
    const QString later
        = submitAs(QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 5, 10), QDate(2027, 5, 10)));
    m_desk.logIn(
        deputy, QStringLiteral("deputy"), QStringLiteral("ag-deputy"), {QStringLiteral("agent")});
    page.setToday(QDate(2027, 1, 20));
    QCOMPARE(page.model()->rowOfId(later), -1);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(banner->isHidden());
    // Still theirs on the 19th.
    page.setToday(QDate(2027, 1, 19));
    QCOMPARE(page.model()->rowOfId(later), 0);
    m_desk.exec(QStringLiteral("UPDATE leave_requests SET state = 'withdrawn' WHERE id = ?"),
                {later});
}

void tst_ApprovalInbox::delegationDialogValidates()
{
    Session head;
    m_desk.logIn(head,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    DelegationDialog dialog(m_desk.database(), head);
    dialog.setToday(QDate(2027, 2, 1));
    dialog.show();
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addDelegation"));
    auto *deputies = dialog.findChild<QComboBox *>(QStringLiteral("delegationDeputy"));
    auto *start = dialog.findChild<QDateEdit *>(QStringLiteral("delegationStart"));
    auto *end = dialog.findChild<QDateEdit *>(QStringLiteral("delegationEnd"));
    auto *datesProblem = dialog.findChild<QLabel *>(QStringLiteral("datesProblem"));
    // No deputy chosen yet.
    QVERIFY(!add->isEnabled());
    QVERIFY(!dialog.validationError().isEmpty());
    QVERIFY(!dialog.addDelegation());
    deputies->setCurrentIndex(deputies->findData(QStringLiteral("ag-3")));
    QVERIFY(add->isEnabled());
    // Not in the past: the field will not go before today.
    start->setDate(QDate(2027, 1, 25));
    QCOMPARE(start->date(), QDate(2027, 2, 1));
    // The end before the start, said beside the dates.
    start->setDate(QDate(2027, 2, 10));
    end->setDate(QDate(2027, 2, 5));
    QVERIFY(!add->isEnabled());
    QCOMPARE(datesProblem->text(), tx(dialogContext, "The end comes before the start."));
    end->setDate(QDate(2027, 2, 20));
    QVERIFY(add->isEnabled());
    QVERIFY(datesProblem->text().isEmpty());
    QVERIFY(dialog.addDelegation());
    // The same deputy again over some of those days says nothing more.
    start->setDate(QDate(2027, 2, 15));
    end->setDate(QDate(2027, 2, 25));
    QVERIFY(!add->isEnabled());
    QCOMPARE(datesProblem->text(),
             tx(dialogContext, "This deputy already decides for this unit on some of these days."));
    // A delegation not begun yet is removed, as a tombstone.
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("delegationTable"));
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 4)->text() == tx(dialogContext, "Coming"))
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    auto *endButton = dialog.findChild<QPushButton *>(QStringLiteral("endDelegation"));
    QCOMPARE(endButton->text(), tx(dialogContext, "&Remove"));
    QTest::mouseClick(endButton, Qt::LeftButton);
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM leave_delegations WHERE "
                                         "deputy_agent_id = 'ag-3' AND deleted = 1")),
             1);
    QCOMPARE(m_desk.count(QStringLiteral(
                 "SELECT count(*) FROM leave_delegations WHERE deputy_agent_id = 'ag-3'")),
             1);
    // An agent who heads nothing has nothing to delegate.
    Session agent;
    m_desk.logIn(agent, QStringLiteral("ag-4"), QStringLiteral("ag-4"), {QStringLiteral("agent")});
    DelegationDialog nothing(m_desk.database(), agent);
    nothing.setToday(QDate(2027, 2, 1));
    QCOMPARE(nothing.validationError(),
             tx(dialogContext, "You head no unit: there is nothing to delegate."));
    QVERIFY(!nothing.findChild<QPushButton *>(QStringLiteral("addDelegation"))->isEnabled());
}

void tst_ApprovalInbox::staffingWarning()
{
    // Monday 7 June: ag-2 and ag-3 already away; ag-1 and ag-4 ask for the 7th and 8th.
    // Six in S, minimum 3: one more away leaves 3, both leave 2.
    const QString away2
        = submitAs(QStringLiteral("ag-2"),
                   annual(QStringLiteral("ag-2"), QDate(2027, 6, 7), QDate(2027, 6, 7)));
    const QString away3
        = submitAs(QStringLiteral("ag-3"),
                   annual(QStringLiteral("ag-3"), QDate(2027, 6, 7), QDate(2027, 6, 11)));
    QVERIFY(actAs(QStringLiteral("ag-head"), away2, LeaveAction::Approve).ok);
    QVERIFY(actAs(QStringLiteral("ag-head"), away3, LeaveAction::Approve).ok);
    const QString ask1
        = submitAs(QStringLiteral("ag-1"),
                   annual(QStringLiteral("ag-1"), QDate(2027, 6, 7), QDate(2027, 6, 8)));
    LeaveRequest half = annual(QStringLiteral("ag-4"), QDate(2027, 6, 7), QDate(2027, 6, 8));
    half.start.half = WeeklyPattern::Afternoon;
    const QString ask4 = submitAs(QStringLiteral("ag-4"), half);
    QVERIFY(!ask1.isEmpty() && !ask4.isEmpty());

    Session session;
    m_desk.logIn(session,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    ApprovalInboxPage page(m_desk.database(), session);
    page.setToday(m_today);
    page.resize(1600, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *warning = page.findChild<QLabel *>(QStringLiteral("staffingWarning"));

    clickRow(page, ask1);
    TeamCalendarModel *strip = page.stripModel();
    const int june7 = strip->columnOf(QDate(2027, 6, 7));
    QVERIFY(june7 >= 0);
    QCOMPARE(strip->presence(june7).lowest(), 3);
    QVERIFY(page.staffingWarning().isEmpty());
    QCOMPARE(warning->text(),
             tx(inbox, "Enough agents stay present: the minimum staffing is %1.").arg(3));

    clickRow(page, ask4, Qt::ControlModifier);
    QCOMPARE(strip->presence(june7).present[0], 3); // ag-4 away from the afternoon only
    QCOMPARE(strip->presence(june7).present[1], 2);
    // The 8th keeps 3: ag-2 is back.
    QCOMPARE(strip->daysBelowMinimum(), QList<QDate>{QDate(2027, 6, 7)});
    const QString text = page.staffingWarning();
    QCOMPARE(text,
             tx(inbox, "If approved, %1 falls below its minimum staffing of %2: %3.")
                 .arg(QStringLiteral("Unit S"))
                 .arg(3)
                 .arg(tx(inbox, "%1 (%2 present)")
                          .arg(QLocale().toString(QDate(2027, 6, 7), QLocale::ShortFormat))
                          .arg(2)));
    QCOMPARE(warning->text(), text);
    QVERIFY(warning->isVisible());
    // The strip is on screen, the presence row under the agents.
    auto *view = page.findChild<TeamCalendarView *>(QStringLiteral("teamStrip"));
    QVERIFY(view->isVisible());
    QCOMPARE(view->model(), strip);
    if (!screenshotDir().isEmpty())
        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/leave-approval-inbox.png")));

    // Deciding one only: the warning follows the selection.
    clickRow(page, ask1);
    QVERIFY(page.staffingWarning().isEmpty());
    for (const QString &id : {ask1, ask4})
        m_desk.exec(QStringLiteral("UPDATE leave_requests SET state = 'withdrawn' WHERE id = ?"),
                    {id});
}

void tst_ApprovalInbox::hrSeesWhatWaitsForHr()
{
    LeaveRequest training = annual(QStringLiteral("ag-1"), QDate(2027, 9, 6), QDate(2027, 9, 7));
    training.leaveTypeId = QStringLiteral("leave-type-training");
    training.documentName = QStringLiteral("convocation.pdf");
    training.documentMimeType = QStringLiteral("application/pdf");
    training.document = QByteArrayLiteral("%PDF-1.4 convocation");
    const QString id = submitAs(QStringLiteral("ag-1"), training);
    QVERIFY(!id.isEmpty());
    QVERIFY(actAs(QStringLiteral("ag-head"), id, LeaveAction::Approve).ok); // forwarded to HR

    Session head;
    m_desk.logIn(head,
                 QStringLiteral("head"),
                 QStringLiteral("ag-head"),
                 {QStringLiteral("department_head")});
    ApprovalInboxPage headPage(m_desk.database(), head);
    headPage.setToday(m_today);
    QCOMPARE(headPage.model()->rowOfId(id), -1);

    Session hr;
    m_desk.logIn(hr,
                 QStringLiteral("rh"),
                 QStringLiteral("ag-other"),
                 {QStringLiteral("agent"), QStringLiteral("hr")});
    ApprovalInboxPage page(m_desk.database(), hr);
    page.setToday(m_today);
    page.resize(1500, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int row = page.model()->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->stateAt(row), LeaveRequestState::WaitingHr);
    // What waits for a head is the head's: HR sees it only when it asks for the whole town.
    const QString forTheHead
        = submitAs(QStringLiteral("ag-3"),
                   annual(QStringLiteral("ag-3"), QDate(2027, 9, 20), QDate(2027, 9, 20)));
    QVERIFY(!forTheHead.isEmpty());
    m_desk.logIn(hr,
                 QStringLiteral("rh"),
                 QStringLiteral("ag-other"),
                 {QStringLiteral("agent"), QStringLiteral("hr")});
    page.reloadData();
    QCOMPARE(page.model()->rowOfId(forTheHead), -1);
    auto *wholeTown = page.findChild<QCheckBox *>(QStringLiteral("wholeTown"));
    QVERIFY(wholeTown && wholeTown->isVisible());
    QTest::mouseClick(wholeTown, Qt::LeftButton, {}, QPoint(8, wholeTown->height() / 2));
    QVERIFY(page.model()->rowOfId(forTheHead) >= 0);
    QTest::mouseClick(wholeTown, Qt::LeftButton, {}, QPoint(8, wholeTown->height() / 2));
    QVERIFY(headPage.findChild<QCheckBox *>(QStringLiteral("wholeTown"))->isHidden());
    // Training has no balance.
    QCOMPARE(page.model()->index(row, PendingRequestsModel::BalanceAfter).data().toString(),
             QStringLiteral("—"));
    // HR's own requests are not in HR's inbox either.
    const QString own
        = submitAs(QStringLiteral("ag-other"),
                   annual(QStringLiteral("ag-other"), QDate(2027, 9, 13), QDate(2027, 9, 13)));
    m_desk.logIn(hr,
                 QStringLiteral("rh"),
                 QStringLiteral("ag-other"),
                 {QStringLiteral("agent"), QStringLiteral("hr")});
    page.reloadData();
    QCOMPARE(page.model()->rowOfId(own), -1);
    clickRow(page, id);
    click(&page, "approveRequests");
    QCOMPARE(m_desk.value(QStringLiteral("SELECT state FROM leave_requests WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("approved"));
}

QTEST_MAIN(tst_ApprovalInbox)
#include "tst_approvalinbox.moc"
