// The agent learns the outcome (issue 12): two desks against the test server, offscreen. The
// agent's desk runs the real shell (Workspace, MainWindow, SyncEngine) with the real HR and
// leave modules; the head approves one request and refuses another on their own desk. After
// each sync the agent's home card "My leave requests with news" counts it, the desktop is told
// (the tray message degrades to nothing offscreen, the notifier still says what it would
// show), and "My leave" names who decided in "Last decision", the approval too.

#include "serverfixture.h"

#include "../../app/shell/mainwindow.h"
#include "../../app/shell/newsnotifier.h"

#include <core/access/session.h>
#include <core/sync/syncengine.h>
#include <core/translations.h>
#include <core/workspace.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/store/leaverequeststore.h>
#include <leave/ui/myleavepage.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_DecisionLoop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theAgentLearnsTheHeadsDecisions();

private:
    ServerFixture *m_server = nullptr;
};

void tst_DecisionLoop::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QStringLiteral("en")));
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.org_units (id, parent_id, kind, code, name, "
                       "head_agent_id) VALUES "
                       "('u-ev', NULL, 'service', 'DST-EV', 'Espaces verts', 'ag-svc')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES "
        "('ag-1', '300001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-svc', '300003', 'ROUX', 'Marc', 'u-ev', 'Chef de service', '2010-01-04')")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status, city, phone) "
                       "SELECT id, 'F', 'tenured', 'Valence', '0475000000' FROM civitas.agents")));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, "
                                          "effective_date, kind, weekly_minutes, weekly_pattern) "
                                          "SELECT 'w-' || id, id, entry_date, 'full_time', 2100, "
                                          "'11111111110000' FROM civitas.agents")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, "
                       "year, kind, days_hundredths, effective_date, source) "
                       "SELECT 'l-' || id, id, 'leave-type-annual', 2031, 'allocation', 2500, "
                       "'2031-01-01', 'hr' FROM civitas.agents")));
    QVERIFY(m_server->addUser(
        QStringLiteral("dl_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("dl_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-svc")));
}

void tst_DecisionLoop::cleanupTestCase()
{
    delete m_server;
}

void tst_DecisionLoop::theAgentLearnsTheHeadsDecisions()
{
    Client headDesk(*m_server, QStringLiteral("dl_head"));
    QVERIFY(headDesk.sync());
    Session head;
    QString error;
    QVERIFY2(head.logIn(headDesk.db(), QStringLiteral("dl_head"), &error), qPrintable(error));

    // The agent's desk file, made and first synced as the application does, then opened by
    // the shell's workspace with every module.
    QStringList ids;
    QString deskPath;
    auto agentDesk = std::make_unique<Client>(*m_server, QStringLiteral("dl_agent"));
    QVERIFY(agentDesk->sync());
    {
        Session agent;
        QVERIFY2(agent.logIn(agentDesk->db(), QStringLiteral("dl_agent"), &error),
                 qPrintable(error));
        // Two requests waiting for the head: Mondays 17 and 24 November 2031.
        LeaveRequestStore asked(agentDesk->db(), agent);
        for (int day : {17, 24}) {
            LeaveRequest request;
            request.agentId = QStringLiteral("ag-1");
            request.leaveTypeId = QStringLiteral("leave-type-annual");
            request.start = {QDate(2031, 11, day), Hr::WeeklyPattern::Morning};
            request.end = {QDate(2031, 11, day), Hr::WeeklyPattern::Afternoon};
            request.comment = QStringLiteral("Pont de novembre");
            const LeaveRequestStore::Result submitted = asked.submit(request);
            QVERIFY2(submitted.ok, qPrintable(submitted.message()));
            ids << request.id;
        }
        QVERIFY(agentDesk->sync());
    }
    QVERIFY(headDesk.sync());

    Workspace workspace;
    QVERIFY(workspace.loadModules() > 0);
    QVERIFY2(workspace.openDatabase(agentDesk->path(), &error), qPrintable(error));
    QVERIFY2(workspace.session().logIn(workspace.database(), QStringLiteral("dl_agent"), &error),
             qPrintable(error));
    SyncEngine engine(workspace.database(),
                      m_server->connection(QStringLiteral("dl_agent")),
                      ServerFixture::password(QStringLiteral("dl_agent")));
    QSignalSpy synced(&engine, &SyncEngine::synced);
    engine.start();
    QVERIFY(synced.wait(15000));

    MainWindow window(workspace, false, &engine);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPageId(), QStringLiteral("core.home"));
    QVERIFY(window.newsNotifier());
    QSignalSpy notified(window.newsNotifier(), &NewsNotifier::notified);
    auto card = [&window] {
        QWidget *home = window.pageWidget(QStringLiteral("core.home"));
        auto *button
            = home ? home->findChild<QPushButton *>(QStringLiteral("counter_leave.myChanges"))
                   : nullptr;
        return button ? button->text().section(QLatin1Char('\n'), 0, 0) : QString();
    };
    QCOMPARE(card(), QStringLiteral("0"));

    // The head approves the first request on their desk; the agent's sync brings it.
    LeaveRequestStore decided(headDesk.db(), head);
    LeaveRequestStore::Result r = decided.act(ids.at(0), LeaveAction::Approve, {});
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(headDesk.sync());
    QTRY_COMPARE_WITH_TIMEOUT(card(), QStringLiteral("1"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 1000);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("leave.myChanges"));
    QVERIFY2(notified.at(0).at(1).toString().contains(QLatin1String("decision")),
             qPrintable(notified.at(0).at(1).toString()));

    // Then refuses the second, with a reason.
    r = decided.act(ids.at(1), LeaveAction::Refuse, QStringLiteral("Service minimum"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY(headDesk.sync());
    QTRY_COMPARE_WITH_TIMEOUT(card(), QStringLiteral("2"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 1000);

    // The card opens "My leave": who decided each, the approval as much as the refusal.
    auto *cardButton = window.pageWidget(QStringLiteral("core.home"))
                           ->findChild<QPushButton *>(QStringLiteral("counter_leave.myChanges"));
    QTest::mouseClick(cardButton, Qt::LeftButton);
    QCOMPARE(window.currentPageId(), QStringLiteral("leave.mine"));
    auto *mine = qobject_cast<Leave::Internal::MyLeavePage *>(
        window.pageWidget(QStringLiteral("leave.mine")));
    QVERIFY(mine);
    mine->setYear(2031);
    auto decision = [mine](const QString &id) {
        const int row = mine->requestsModel()->rowOfId(id);
        return row < 0 ? QString()
                       : mine->requestsModel()
                             ->index(row, LeaveRequestListModel::DecisionColumn)
                             .data()
                             .toString();
    };
    QVERIFY2(decision(ids.at(0)).startsWith(QLatin1String("Approved by "))
                 && decision(ids.at(0)).contains(QLatin1String("ROUX")),
             qPrintable(decision(ids.at(0))));
    QVERIFY2(decision(ids.at(1)).startsWith(QLatin1String("Refused by "))
                 && decision(ids.at(1)).contains(QLatin1String("ROUX"))
                 && decision(ids.at(1)).endsWith(QStringLiteral("“Service minimum”")),
             qPrintable(decision(ids.at(1))));

    // Seen: back home, no news left, and no message for what was already said.
    QVERIFY(window.openPage(QStringLiteral("core.home")));
    QCOMPARE(card(), QStringLiteral("0"));
    QCOMPARE(notified.size(), 2);
    engine.stop();
}

QTEST_MAIN(tst_DecisionLoop)
#include "tst_decisionloop.moc"
