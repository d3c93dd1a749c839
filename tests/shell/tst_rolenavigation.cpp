// The loop between agent, head and HR in the real shell (issue 12), on a demo town with the
// real HR and leave modules, offscreen: what each persona's navigation offers, which personas
// the switcher offers, what About says is loaded, and a head's decision reaching the agent's
// home card and "Last decision" on the same desk.

#include <core/access/session.h>
#include <core/translations.h>
#include <core/workspace.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/store/leaverequeststore.h>
#include <leave/ui/approvalinboxpage.h>
#include <leave/ui/myleavepage.h>

#include "../../app/shell/aboutdialog.h"
#include "../../app/shell/mainwindow.h"
#include "../../app/shell/shellstartup.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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

private:
    QStringList navigationIds() const;
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

void tst_RoleNavigation::theHeadsDecisionReachesTheAgentsHome()
{
    Session &session = m_workspace->session();
    QVERIFY(m_window->switchPersona(QStringLiteral("cbernard")));
    const QString agentId = session.agentId();
    QVERIFY(!agentId.isEmpty());
    const int before = card(QStringLiteral("leave.myChanges"));
    QVERIFY(before >= 0);

    // Two requests of the agent, a day each, on free weekdays some months ahead: in a year
    // the demo gave no rights for yet, so HR's allocation first.
    const int year = QDate::currentDate().addMonths(4).year();
    QSqlQuery allocation(m_workspace->database().connection());
    allocation.prepare(
        QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
                       "days_hundredths, effective_date, source) VALUES ('test-allocation', ?, "
                       "'leave-type-annual', ?, 'allocation', 2500, ?, 'hr')"));
    allocation.addBindValue(agentId);
    allocation.addBindValue(year);
    allocation.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    QVERIFY2(allocation.exec(), qPrintable(allocation.lastError().text()));
    LeaveRequestStore asked(m_workspace->database(), session);
    QStringList ids;
    for (QDate day = QDate::currentDate().addMonths(4); ids.size() < 2; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        LeaveRequest request;
        request.agentId = agentId;
        request.leaveTypeId = QStringLiteral("leave-type-annual");
        request.start = {day, Hr::WeeklyPattern::Morning};
        request.end = {day, Hr::WeeklyPattern::Afternoon};
        const LeaveRequestStore::Result submitted = asked.submit(request);
        if (submitted.ok)
            ids << request.id;
        QVERIFY2(day < QDate::currentDate().addMonths(8), qPrintable(submitted.message()));
    }

    // The head approves one and refuses the other in the inbox, in one click each.
    QVERIFY(m_window->switchPersona(QStringLiteral("smartin")));
    QVERIFY(m_window->openPage(QStringLiteral("leave.inbox")));
    auto *inbox = qobject_cast<Internal::ApprovalInboxPage *>(
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
    auto *mine
        = qobject_cast<Internal::MyLeavePage *>(m_window->pageWidget(QStringLiteral("leave.mine")));
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

QTEST_MAIN(tst_RoleNavigation)
#include "tst_rolenavigation.moc"
