// The loop between agent, head and HR in the real shell (issue 12), on a demo town with the
// real HR and leave modules, offscreen: what each persona's navigation offers, which personas
// the switcher offers, what About says is loaded, and a head's decision reaching the agent's
// home card and "Last decision" on the same desk.

#include <core/access/session.h>
#include <core/translations.h>
#include <core/workspace.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/models/pendingrequestsmodel.h>
#include <leave/store/leaverequeststore.h>
#include <leave/ui/approvalinboxpage.h>
#include <leave/ui/decisionpanel.h>
#include <leave/ui/myleavepage.h>

#include "../../app/shell/aboutdialog.h"
#include "../../app/shell/mainwindow.h"
#include "../../app/shell/shellstartup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_RoleNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aPlainAgentDoesNotSeeLeaveToDecide();
    void personasOfLoadedModulesOnly();
    void aboutNamesTheLoadedModules();
    void theHeadsDecisionReachesTheAgentsHome();
    void theHeadDecidesFromTheHomePage();
    void theInboxShowsWhatTheAgentWroteAt1280();
    void everyPageHasItsGuide();
    void theTitleSaysCivitasOnce();

private:
    QStringList navigationIds() const;
    QStringList submitAsAgent(int count, const QString &comment);
    int card(const QString &counterId) const;

    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_RoleNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void tst_RoleNavigation::init()
{
    m_workspace = new Workspace;
    ShellOptions options;
    options.demo = true;
    options.demoAgents = 150;
    QString error;
    QVERIFY2(ShellStartup::open(*m_workspace, options, &error), qPrintable(error));
    QVERIFY(m_workspace->modules().module(QStringLiteral("leave")));
    m_window = new MainWindow(*m_workspace, true);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_RoleNavigation::cleanup()
{
    delete m_window;
    delete m_workspace;
    m_window = nullptr;
    m_workspace = nullptr;
}

QStringList tst_RoleNavigation::navigationIds() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_window->navigation()); *it; ++it) {
        const QString id = (*it)->data(0, Qt::UserRole + 1).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

int tst_RoleNavigation::card(const QString &counterId) const
{
    QWidget *home = m_window->pageWidget(QStringLiteral("core.home"));
    auto *button
        = home ? home->findChild<QPushButton *>(QStringLiteral("counter_") + counterId) : nullptr;
    return button ? button->text().section(QLatin1Char('\n'), 0, 0).toInt() : -1;
}

void tst_RoleNavigation::aPlainAgentDoesNotSeeLeaveToDecide()
{
    // HR first (the demo's first persona): HR decides what waits for HR.
    QCOMPARE(m_workspace->session().login(), QStringLiteral("nbenali"));
    QVERIFY(navigationIds().contains(QStringLiteral("leave.inbox")));
    QVERIFY(m_window->openPage(QStringLiteral("leave.inbox")));

    // A plain agent without a delegation: no inbox, not even the one HR had open.
    QVERIFY(m_window->switchPersona(QStringLiteral("cbernard")));
    QVERIFY2(!navigationIds().contains(QStringLiteral("leave.inbox")),
             qPrintable(navigationIds().join(QLatin1Char(' '))));
    QVERIFY(!m_window->openPage(QStringLiteral("leave.inbox")));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("core.home"));
    QVERIFY(!navigationIds().contains(QStringLiteral("leave.admin")));
    QVERIFY(navigationIds().contains(QStringLiteral("leave.mine")));
    // Nor a card of requests waiting for them.
    QCOMPARE(card(QStringLiteral("leave.waitingForMe")), -1);

    // The head of the unit decides.
    QVERIFY(m_window->switchPersona(QStringLiteral("smartin")));
    QVERIFY(navigationIds().contains(QStringLiteral("leave.inbox")));
    QVERIFY(card(QStringLiteral("leave.waitingForMe")) >= 0);
}

void tst_RoleNavigation::personasOfLoadedModulesOnly()
{
    QComboBox *personas = m_window->personaSwitcher();
    QVERIFY(personas);
    QStringList logins;
    for (int i = 0; i < personas->count(); ++i)
        logins << personas->itemData(i).toString();
    // HR and leave serve agents, heads and HR; the shell the administrator. No module of
    // associations, schools or assemblies is loaded: their personas would see nothing.
    QCOMPARE(logins,
             QStringList({QStringLiteral("cbernard"),
                          QStringLiteral("smartin"),
                          QStringLiteral("nbenali"),
                          QStringLiteral("mlefevre")}));
}

void tst_RoleNavigation::aboutNamesTheLoadedModules()
{
    AboutDialog about(m_workspace->modules(), m_window);
    auto *text = about.findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(text);
    QVERIFY2(text->text().contains(QStringLiteral("Dossiers agents"))
                 && text->text().contains(QStringLiteral("Congés")),
             qPrintable(text->text()));
    for (const char *planned : {"associations", "school", "deliberations"})
        QVERIFY2(!text->text().contains(QLatin1String(planned), Qt::CaseInsensitive),
                 qPrintable(text->text()));
}

// Requests of cbernard (logged in as cbernard), a day each on free weekdays some months
// ahead: in a year the demo gave no rights for yet, so HR's allocation first.
QStringList tst_RoleNavigation::submitAsAgent(int count, const QString &comment)
{
    Session &session = m_workspace->session();
    if (session.login() != QLatin1String("cbernard")
        && !m_window->switchPersona(QStringLiteral("cbernard")))
        return {};
    const QString agentId = session.agentId();
    const int year = QDate::currentDate().addMonths(4).year();
    QSqlQuery allocation(m_workspace->database().connection());
    allocation.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
        "days_hundredths, effective_date, source) VALUES ('test-allocation', ?, "
        "'leave-type-annual', ?, 'allocation', 2500, ?, 'hr')"));
    allocation.addBindValue(agentId);
    allocation.addBindValue(year);
    allocation.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    if (!allocation.exec()) {
        qWarning() << allocation.lastError().text();
        return {};
    }
    LeaveRequestStore asked(m_workspace->database(), session);
    QStringList ids;
    for (QDate day = QDate::currentDate().addMonths(4); ids.size() < count; day = day.addDays(1)) {
        if (day > QDate::currentDate().addMonths(8))
            return ids;
        if (day.dayOfWeek() > 5)
            continue;
        LeaveRequest request;
        request.agentId = agentId;
        request.leaveTypeId = QStringLiteral("leave-type-annual");
        request.start = {day, Hr::WeeklyPattern::Morning};
        request.end = {day, Hr::WeeklyPattern::Afternoon};
        request.comment = comment;
        if (asked.submit(request).ok)
            ids << request.id;
    }
    return ids;
}

void tst_RoleNavigation::theHeadsDecisionReachesTheAgentsHome()
{
    Session &session = m_workspace->session();
    QVERIFY(m_window->switchPersona(QStringLiteral("cbernard")));
    const QString agentId = session.agentId();
    QVERIFY(!agentId.isEmpty());
    const int before = card(QStringLiteral("leave.myChanges"));
    QVERIFY(before >= 0);

    const int year = QDate::currentDate().addMonths(4).year();
    const QStringList ids = submitAsAgent(2, QString());
    QCOMPARE(ids.size(), 2);

    // The head approves one and refuses the other in the inbox, in one click each.
    QVERIFY(m_window->switchPersona(QStringLiteral("smartin")));
    QVERIFY(m_window->openPage(QStringLiteral("leave.inbox")));
    auto *inbox = qobject_cast<Leave::Internal::ApprovalInboxPage *>(
        m_window->pageWidget(QStringLiteral("leave.inbox")));
    QVERIFY(inbox);
    inbox->showRecord(ids.at(0));
    QTest::mouseClick(inbox->findChild<QPushButton *>(QStringLiteral("approveRequests")),
                      Qt::LeftButton);
    auto *report = inbox->findChild<QListWidget *>(QStringLiteral("actionReport"));
    QCOMPARE(report->count(), 1);
    const QImage tick
        = inbox->style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(16).toImage();
    QCOMPARE(report->item(0)->icon().pixmap(16).toImage(), tick);
    inbox->showRecord(ids.at(1));
    QTest::mouseClick(inbox->findChild<QPushButton *>(QStringLiteral("refuseRequests")),
                      Qt::LeftButton);
    QTest::keyClicks(inbox->findChild<QWidget *>(QStringLiteral("refusalReason")),
                     QStringLiteral("Service minimum"));
    QTest::mouseClick(inbox->findChild<QPushButton *>(QStringLiteral("confirmRefusal")),
                      Qt::LeftButton);
    QCOMPARE(report->count(), 1);
    QVERIFY2(report->item(0)->text().contains(QLatin1String("Refused")),
             qPrintable(report->item(0)->text()));
    // A refusal went through; it wears no green tick.
    QVERIFY(report->item(0)->icon().pixmap(16).toImage() != tick);

    // Back as the agent: both requests are news on the home page.
    QVERIFY(m_window->switchPersona(QStringLiteral("cbernard")));
    QVERIFY(m_window->openPage(QStringLiteral("core.home")));
    QCOMPARE(card(QStringLiteral("leave.myChanges")), before + 2);

    // "My leave" says who decided, the approval too; and having looked, the news is read.
    QVERIFY(m_window->openPage(QStringLiteral("leave.mine")));
    auto *mine = qobject_cast<Leave::Internal::MyLeavePage *>(
        m_window->pageWidget(QStringLiteral("leave.mine")));
    QVERIFY(mine);
    mine->setYear(year);
    auto decision = [mine](const QString &id) {
        const int row = mine->requestsModel()->rowOfId(id);
        return row < 0 ? QString()
                       : mine->requestsModel()
                             ->index(row, LeaveRequestListModel::DecisionColumn)
                             .data()
                             .toString();
    };
    QVERIFY2(decision(ids.at(0)).startsWith(QLatin1String("Approved by Sophie Martin")),
             qPrintable(decision(ids.at(0))));
    QVERIFY2(decision(ids.at(1)).startsWith(QLatin1String("Refused by Sophie Martin"))
                 && decision(ids.at(1)).contains(QLatin1String("Service minimum")),
             qPrintable(decision(ids.at(1))));
    QVERIFY(m_window->openPage(QStringLiteral("core.home")));
    QCOMPARE(card(QStringLiteral("leave.myChanges")), 0);
}

void tst_RoleNavigation::theHeadDecidesFromTheHomePage()
{
    const QStringList ids = submitAsAgent(2, QStringLiteral("Mariage de ma sœur"));
    QCOMPARE(ids.size(), 2);
    QVERIFY(m_window->switchPersona(QStringLiteral("smartin")));
    QVERIFY(m_window->openPage(QStringLiteral("core.home")));
    QWidget *home = m_window->pageWidget(QStringLiteral("core.home"));
    const int waiting = card(QStringLiteral("leave.waitingForMe"));
    QVERIFY(waiting >= 2);

    // Under the card, the requests themselves with what the agent wrote.
    auto *panel
        = home->findChild<Leave::Internal::DecisionPanel *>(QStringLiteral("decisionPanel"));
    QVERIFY(panel && panel->isVisible());
    // The oldest first, a few at most: ours are months ahead, maybe past the fifth.
    for (const QString &id : ids) {
        if (!panel->requestIds().contains(id))
            QSKIP("The demo's own waiting requests fill the panel before ours");
    }
    bool commentShown = false;
    for (QLabel *label : panel->findChildren<QLabel *>())
        commentShown = commentShown || label->text().contains(QStringLiteral("Mariage de ma sœur"));
    QVERIFY(commentShown);

    // Approve: one click.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("approve_") + ids.at(0)),
                      Qt::LeftButton);
    QVERIFY2(panel->lastProblem().isEmpty(), qPrintable(panel->lastProblem()));
    QVERIFY(!panel->requestIds().contains(ids.at(0)));
    LeaveRequestStore store(m_workspace->database(), m_workspace->session());
    LeaveRequest request;
    QVERIFY(store.load(ids.at(0), &request));
    QCOMPARE(request.state, LeaveRequestState::Approved);
    // The card counts again once the click is over.
    QTRY_COMPARE(card(QStringLiteral("leave.waitingForMe")), waiting - 1);

    // Refuse: the reason in the row, Enter.
    home = m_window->pageWidget(QStringLiteral("core.home"));
    panel = home->findChild<Leave::Internal::DecisionPanel *>(QStringLiteral("decisionPanel"));
    QVERIFY(panel);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("refuse_") + ids.at(1)),
                      Qt::LeftButton);
    auto *reason = panel->findChild<QLineEdit *>(QStringLiteral("refusalReason_") + ids.at(1));
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Service minimum"));
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY2(panel->lastProblem().isEmpty(), qPrintable(panel->lastProblem()));
    QVERIFY(store.load(ids.at(1), &request));
    QCOMPARE(request.state, LeaveRequestState::Refused);
    QTRY_COMPARE(card(QStringLiteral("leave.waitingForMe")), waiting - 2);
}

void tst_RoleNavigation::theInboxShowsWhatTheAgentWroteAt1280()
{
    const QStringList ids = submitAsAgent(1, QStringLiteral("Rendez-vous à la préfecture"));
    QCOMPARE(ids.size(), 1);
    QVERIFY(m_window->switchPersona(QStringLiteral("smartin")));
    m_window->resize(1280, 800);
    QVERIFY(m_window->openPage(QStringLiteral("leave.inbox")));
    auto *inbox = qobject_cast<Leave::Internal::ApprovalInboxPage *>(
        m_window->pageWidget(QStringLiteral("leave.inbox")));
    QVERIFY(inbox);
    inbox->showRecord(ids.at(0));
    QCoreApplication::processEvents();
    QTableView *table = inbox->table();
    const int row = inbox->model()->rowOfId(ids.at(0));
    QVERIFY(row >= 0);
    QCOMPARE(inbox->model()->index(row, PendingRequestsModel::Comment).data().toString(),
             QStringLiteral("Rendez-vous à la préfecture"));
    // Without scrolling sideways: the state, the date asked and the balance after in sight,
    // and the comment begun.
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const int width = table->viewport()->width();
    for (int column : {int(PendingRequestsModel::State),
                       int(PendingRequestsModel::AskedOn),
                       int(PendingRequestsModel::BalanceAfter)}) {
        const QRect cell = table->visualRect(inbox->model()->index(row, column));
        QVERIFY2(cell.right() <= width,
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(column)
                                .arg(cell.right())
                                .arg(width)));
    }
    QVERIFY(table->visualRect(inbox->model()->index(row, PendingRequestsModel::Comment)).left()
            < width - 40);
    if (const QString dir = qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/leave-inbox-1280.png")));
}

void tst_RoleNavigation::everyPageHasItsGuide()
{
    for (const char *login : {"nbenali", "smartin", "cbernard", "mlefevre"}) {
        QVERIFY(m_window->switchPersona(QLatin1String(login)));
        for (const QString &id : navigationIds()) {
            const QString help = m_window->pageHelp(id);
            QVERIFY2(!help.isEmpty() && !help.startsWith(QLatin1String("No guide")),
                     qPrintable(QStringLiteral("%1 as %2").arg(id, QLatin1String(login))));
        }
    }
    // F1 on a page shows its guide, beside it.
    QVERIFY(m_window->openPage(QStringLiteral("leave.mine")));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPageHelp"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("pageHelp"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), m_window->pageHelp(QStringLiteral("leave.mine")));
    box->close();
}

void tst_RoleNavigation::theTitleSaysCivitasOnce()
{
    // The platform adds the application's display name to every window title.
    QApplication::setApplicationDisplayName(QStringLiteral("Civitas"));
    QVERIFY(m_window->switchPersona(QStringLiteral("cbernard")));
    QVERIFY2(!m_window->windowTitle().contains(QLatin1String("Civitas")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Camille Bernard")));
}

QTEST_MAIN(tst_RoleNavigation)
#include "tst_rolenavigation.moc"
