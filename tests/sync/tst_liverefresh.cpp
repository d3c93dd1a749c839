// Pages that follow the server (issue 11, part 2): two desks against the test server in one
// process, offscreen. One desk decides or edits and syncs; the other receives through its real
// SyncEngine (LISTEN/NOTIFY) and its pages change without a click: the agent's "My leave" and
// home card within a second of the head's push, and an HR agent file open with unsaved edits
// says the record changed elsewhere, keeps the edits, and reloads the server's values on demand;
// so does a leave request form open on a draft the agent changes or submits on another desk.

#include "serverfixture.h"

#include "../../app/shell/homepage.h"

#include <core/access/session.h>
#include <core/extension/modulecontext.h>
#include <core/extension/moduleinterface.h>
#include <core/storage/tablechanges.h>
#include <core/sync/syncengine.h>
#include <core/translations.h>
#include <hr/ui/agentfilewidget.h>
#include <hr/ui/agentlistpage.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/store/leaverequeststore.h>
#include <leave/ui/leaverequestform.h>
#include <leave/ui/myleavepage.h>

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <memory>

using namespace Civitas;

class tst_LiveRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theAgentSeesTheHeadsDecisionWithoutAClick();
    void anOpenFileWithEditsSaysItChangedElsewhere();
    void aDraftOpenOnOneDeskFollowsTheOther();

private:
    std::unique_ptr<Session> logIn(Client &desk, const QString &login);
    // An engine on `desk`, started, once its first sync is done.
    std::unique_ptr<SyncEngine> startEngine(Client &desk, const QString &login);

    ServerFixture *m_server = nullptr;
};

void tst_LiveRefresh::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    for (const char *id : {"hr", "leave"})
        QVERIFY(testModules().module(QLatin1String(id)));
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.org_units (id, parent_id, kind, code, name, "
                       "head_agent_id) VALUES "
                       "('u-ev', NULL, 'service', 'DST-EV', 'Espaces verts', 'ag-svc'), "
                       "('u-cp', NULL, 'service', 'DRH-CP', 'Carrières et paie', NULL)")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) VALUES "
        "('ag-1', '300001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-2', '300002', 'MOREL', 'Yves', 'u-ev', 'Jardinier', '2019-04-01'), "
        "('ag-svc', '300003', 'ROUX', 'Marc', 'u-ev', 'Chef de service', '2010-01-04'), "
        "('ag-hr', '300004', 'PETIT', 'Lucie', 'u-cp', 'Responsable RH', '2015-01-05'), "
        "('ag-hr2', '300005', 'LAMBERT', 'Noé', 'u-cp', 'Chargé RH', '2017-01-02')")));
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
        QStringLiteral("lr_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("lr_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-svc")));
    QVERIFY(m_server->addUser(QStringLiteral("lr_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-hr")));
    QVERIFY(m_server->addUser(QStringLiteral("lr_hr2"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-hr2")));
}

void tst_LiveRefresh::cleanupTestCase()
{
    delete m_server;
}

std::unique_ptr<Session> tst_LiveRefresh::logIn(Client &desk, const QString &login)
{
    auto session = std::make_unique<Session>();
    QString error;
    if (!session->logIn(desk.db(), login, &error))
        qWarning() << login << error;
    return session;
}

std::unique_ptr<SyncEngine> tst_LiveRefresh::startEngine(Client &desk, const QString &login)
{
    auto engine = std::make_unique<SyncEngine>(
        desk.db(), m_server->connection(login), ServerFixture::password(login));
    QSignalSpy synced(engine.get(), &SyncEngine::synced);
    engine->start();
    if (!synced.wait(15000))
        qWarning() << "no first sync" << engine->stateDetail();
    return engine;
}

static QString stateOf(Leave::Internal::MyLeavePage &page, const QString &requestId)
{
    const int row = page.requestsModel()->rowOfId(requestId);
    return row < 0 ? QString()
                   : page.requestsModel()
                         ->index(row, 0)
                         .data(Leave::LeaveRequestListModel::StateRole)
                         .toString();
}

void tst_LiveRefresh::theAgentSeesTheHeadsDecisionWithoutAClick()
{
    using namespace Civitas::Leave;
    Client agentDesk(*m_server, QStringLiteral("lr_agent"));
    Client headDesk(*m_server, QStringLiteral("lr_head"));
    QVERIFY(agentDesk.sync());
    QVERIFY(headDesk.sync());
    const auto agent = logIn(agentDesk, QStringLiteral("lr_agent"));
    const auto head = logIn(headDesk, QStringLiteral("lr_head"));

    // Two requests of the agent, waiting for the head: Mondays 17 and 24 November 2031.
    LeaveRequestStore asked(agentDesk.db(), *agent);
    QStringList ids;
    for (int day : {17, 24}) {
        LeaveRequest request;
        request.agentId = QStringLiteral("ag-1");
        request.leaveTypeId = QStringLiteral("leave-type-annual");
        request.start = {QDate(2031, 11, day), Hr::WeeklyPattern::Morning};
        request.end = {QDate(2031, 11, day), Hr::WeeklyPattern::Afternoon};
        const LeaveRequestStore::Result submitted = asked.submit(request);
        QVERIFY2(submitted.ok, qPrintable(submitted.message()));
        ids << request.id;
    }
    QVERIFY(agentDesk.sync());
    QVERIFY(headDesk.sync());

    // The agent's window: the home page on screen, "My leave" built but hidden behind it,
    // as the main window's stack holds them.
    ModuleInfo const *leave = testModules().module(QStringLiteral("leave"));
    QVERIFY(leave && leave->instance);
    ModuleContext context(agentDesk.db(), *agent, testModules());
    QString error;
    QVERIFY2(leave->instance->initialise(context, &error), qPrintable(error));
    auto shutDown = qScopeGuard([&] { leave->instance->aboutToShutDown(); });
    HomePage home(agentDesk.db(), *agent, leave->instance->dashboardCounters(), [] {
        return QList<PageContribution>();
    });
    Leave::Internal::MyLeavePage page(agentDesk.db(), *agent);
    page.setYear(2031);
    page.resize(1100, 760);
    home.resize(900, 500);
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));
    auto card = [&home] {
        auto *button = home.findChild<QPushButton *>(QStringLiteral("counter_leave.myChanges"));
        return button ? button->text().section(QLatin1Char('\n'), 0, 0) : QString();
    };
    QCOMPARE(card(), QStringLiteral("0"));
    QCOMPARE(stateOf(page, ids.at(0)), QStringLiteral("submitted"));

    const auto engine = startEngine(agentDesk, QStringLiteral("lr_agent"));
    QCOMPARE(engine->state(), SyncEngine::State::Online);

    // The head approves the first request on their desk and syncs.
    LeaveRequestStore decided(headDesk.db(), *head);
    LeaveRequestStore::Result r = decided.act(ids.at(0), LeaveAction::Approve, {});
    QVERIFY2(r.ok, qPrintable(r.message()));
    // Timed from the push's commit: the head's pull after it is none of the agent's wait.
    SyncReport pushed;
    QVERIFY2(Synchroniser(headDesk.db(), headDesk.server()).push(&pushed),
             qPrintable(pushed.error));
    QCOMPARE(pushed.refused + pushed.conflicts, 0);
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QTRY_COMPARE_WITH_TIMEOUT(card(), QStringLiteral("1"), 1000);
    qInfo("home card changed %lld ms after the head's push", sinceCommit.elapsed());
    // A hidden page waits to be shown, then shows the decision at once.
    QCOMPARE(stateOf(page, ids.at(0)), QStringLiteral("submitted"));
    home.hide();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(stateOf(page, ids.at(0)), QStringLiteral("approved"));

    // On screen, with the second request selected: the decision comes in, the selection stays.
    page.selectRequest(ids.at(1));
    auto *table = page.findChild<QTableView *>(QStringLiteral("myRequestsTable"));
    QVERIFY(table);
    const int sortColumn = table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder sortOrder = table->horizontalHeader()->sortIndicatorOrder();
    QCOMPARE(page.selectedRequestId(), ids.at(1));
    r = decided.act(ids.at(1), LeaveAction::Refuse, QStringLiteral("Service minimum"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    QVERIFY2(Synchroniser(headDesk.db(), headDesk.server()).push(&pushed),
             qPrintable(pushed.error));
    sinceCommit.restart();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, ids.at(1)), QStringLiteral("refused"), 1000);
    qInfo("\"My leave\" changed %lld ms after the head's push", sinceCommit.elapsed());
    QCOMPARE(page.selectedRequestId(), ids.at(1));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), sortColumn);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), sortOrder);
    engine->stop();
}

void tst_LiveRefresh::anOpenFileWithEditsSaysItChangedElsewhere()
{
    Client mine(*m_server, QStringLiteral("lr_hr"));
    Client theirs(*m_server, QStringLiteral("lr_hr2"));
    QVERIFY(mine.sync());
    QVERIFY(theirs.sync());
    const auto hr = logIn(mine, QStringLiteral("lr_hr"));

    Hr::Internal::AgentListPage page(mine.db(), *hr);
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showRecord(QStringLiteral("ag-1"));
    Hr::Internal::AgentFileWidget *file = page.fileWidget();
    auto *phone = file->findChild<QLineEdit *>(QStringLiteral("phone"));
    auto *city = file->findChild<QLineEdit *>(QStringLiteral("city"));
    QVERIFY(phone && city);
    QCOMPARE(city->text(), QStringLiteral("Valence"));
    // An edit not saved yet.
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("0475111111"));
    QVERIFY(file->isModified());

    const auto engine = startEngine(mine, QStringLiteral("lr_hr"));
    QCOMPARE(engine->state(), SyncEngine::State::Online);
    QSignalSpy changes(&mine.db().tableChanges(), &TableChanges::changed);

    // Another agent's file changes elsewhere: nothing to say about this one.
    QVERIFY(theirs.exec(QStringLiteral("UPDATE agent_details SET city = 'Die' WHERE id = 'ag-2'")));
    QVERIFY(theirs.sync());
    // The pulls name the tables they brought rows to (this desk's own read of the file, pushed,
    // comes back too), no others.
    auto announced = [&changes] {
        QSet<QString> all;
        for (const QList<QVariant> &signal : std::as_const(changes))
            all.unite(signal.first().value<QSet<QString>>());
        return all;
    };
    QTRY_VERIFY_WITH_TIMEOUT(announced().contains(QStringLiteral("agent_details")), 2000);
    QVERIFY2(!announced().contains(QStringLiteral("leave_requests")),
             qPrintable(announced().values().join(QLatin1Char(' '))));
    QVERIFY(!file->isChangedElsewhereShown());
    QCOMPARE(phone->text(), QStringLiteral("0475111111"));

    // This one changes elsewhere: the notice, the edit kept, the other values as they were.
    changes.clear();
    QVERIFY(
        theirs.exec(QStringLiteral("UPDATE agent_details SET city = 'Romans' WHERE id = 'ag-1'")));
    QVERIFY(theirs.sync());
    QTRY_VERIFY_WITH_TIMEOUT(file->isChangedElsewhereShown(), 1000);
    auto *notice = file->findChild<QWidget *>(QStringLiteral("agentFileChangedElsewhere"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(file->isModified());
    QCOMPARE(phone->text(), QStringLiteral("0475111111"));
    QCOMPARE(city->text(), QStringLiteral("Valence"));
    if (const QString dir = qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/hr-file-changed-elsewhere.png")));

    // Keep editing, then save: only the field the user changed is written, over the value
    // the sync brought for the other; the push merges it on the server.
    auto *keep = file->findChild<QPushButton *>(QStringLiteral("keepEditingAgentFile"));
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(!file->isChangedElsewhereShown());
    QVERIFY(file->isModified());
    QCOMPARE(phone->text(), QStringLiteral("0475111111"));
    QVERIFY2(file->save(), qPrintable(file->lastError()));
    QCOMPARE(mine.scalar(QStringLiteral("SELECT city || ' ' || phone FROM agent_details WHERE id "
                                        "= 'ag-1'"))
                 .toString(),
             QStringLiteral("Romans 0475111111"));
    engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_server
                                  ->scalar(QStringLiteral("SELECT city || ' ' || phone FROM "
                                                          "civitas.agent_details WHERE id = "
                                                          "'ag-1'"))
                                  .toString(),
                              QStringLiteral("Romans 0475111111"),
                              5000);
    QTRY_COMPARE(mine.db().pendingChangeCount(), 0);

    // Another edit, another change elsewhere; reload: the server's values, the edit given up.
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("0475222222"));
    QVERIFY(file->isModified());
    QVERIFY(
        theirs.exec(QStringLiteral("UPDATE agent_details SET city = 'Crest' WHERE id = 'ag-1'")));
    QVERIFY(theirs.sync());
    QTRY_VERIFY_WITH_TIMEOUT(file->isChangedElsewhereShown(), 1000);
    QCOMPARE(phone->text(), QStringLiteral("0475222222"));
    auto *reload = file->findChild<QPushButton *>(QStringLiteral("reloadAgentFile"));
    QVERIFY(reload);
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(city->text(), QStringLiteral("Crest"));
    QCOMPARE(phone->text(), QStringLiteral("0475111111"));
    QVERIFY(!file->isModified());
    QVERIFY(!file->isChangedElsewhereShown());

    // Without edits, the open file simply follows.
    QVERIFY(theirs.exec(QStringLiteral("UPDATE agent_details SET city = 'Die' WHERE id = 'ag-1'")));
    QVERIFY(theirs.sync());
    QTRY_COMPARE_WITH_TIMEOUT(city->text(), QStringLiteral("Die"), 1000);
    QVERIFY(!file->isChangedElsewhereShown());
    engine->stop();
}

void tst_LiveRefresh::aDraftOpenOnOneDeskFollowsTheOther()
{
    using namespace Civitas::Leave;
    // The agent's office desk and the laptop, one login.
    Client office(*m_server, QStringLiteral("lr_agent"));
    Client laptop(*m_server, QStringLiteral("lr_agent"));
    QVERIFY(office.sync());
    QVERIFY(laptop.sync());
    const auto atOffice = logIn(office, QStringLiteral("lr_agent"));
    const auto onLaptop = logIn(laptop, QStringLiteral("lr_agent"));

    // A draft made at the office: Monday 8 to Wednesday 10 December 2031.
    LeaveRequestStore officeStore(office.db(), *atOffice);
    LeaveRequest draft;
    draft.agentId = QStringLiteral("ag-1");
    draft.leaveTypeId = QStringLiteral("leave-type-annual");
    draft.start = {QDate(2031, 12, 8), Hr::WeeklyPattern::Morning};
    draft.end = {QDate(2031, 12, 10), Hr::WeeklyPattern::Afternoon};
    draft.comment = QStringLiteral("Fêtes");
    LeaveRequestStore::Result saved = officeStore.saveDraft(draft);
    QVERIFY2(saved.ok, qPrintable(saved.message()));
    QVERIFY(office.sync());
    QVERIFY(laptop.sync());

    // Taken up on the laptop, whose engine follows the server.
    LeaveRequestStore laptopStore(laptop.db(), *onLaptop);
    LeaveRequest loaded;
    QVERIFY(laptopStore.load(draft.id, &loaded));
    Leave::Internal::LeaveRequestForm form(laptopStore, QStringLiteral("ag-1"));
    form.setRequest(loaded);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *comment = form.findChild<QPlainTextEdit *>(QStringLiteral("leaveComment"));
    QVERIFY(comment);
    QCOMPARE(comment->toPlainText(), QStringLiteral("Fêtes"));
    const auto engine = startEngine(laptop, QStringLiteral("lr_agent"));
    QCOMPARE(engine->state(), SyncEngine::State::Online);

    // Nothing typed on the laptop: the form simply follows the office's change.
    const auto changeAtOffice = [&](const QString &text) {
        LeaveRequest now;
        QVERIFY(officeStore.load(draft.id, &now));
        now.comment = text;
        const LeaveRequestStore::Result r = officeStore.saveDraft(now);
        QVERIFY2(r.ok, qPrintable(r.message()));
        QVERIFY(office.sync());
    };
    changeAtOffice(QStringLiteral("Fêtes de fin d'année"));
    QTRY_COMPARE_WITH_TIMEOUT(comment->toPlainText(), QStringLiteral("Fêtes de fin d'année"), 1000);
    QVERIFY(!form.isChangedElsewhereShown());

    // Typed on the laptop, changed at the office: the notice, what was typed kept.
    comment->clear();
    QTest::keyClicks(comment, QStringLiteral("Noel en famille"));
    changeAtOffice(QStringLiteral("Vacances"));
    QTRY_VERIFY_WITH_TIMEOUT(form.isChangedElsewhereShown(), 1000);
    QCOMPARE(comment->toPlainText(), QStringLiteral("Noel en famille"));
    if (const QString dir = qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(form.grab().save(dir + QStringLiteral("/leave-request-changed-elsewhere.png")));
    // Reload: the office's version.
    auto *reload = form.findChild<QPushButton *>(QStringLiteral("reloadLeaveRequest"));
    QVERIFY(reload && reload->isVisible());
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(comment->toPlainText(), QStringLiteral("Vacances"));
    QVERIFY(!form.isChangedElsewhereShown());

    // Submitted at the office: the laptop's form can no longer save it.
    comment->clear();
    QTest::keyClicks(comment, QStringLiteral("Autre chose"));
    LeaveRequest now;
    QVERIFY(officeStore.load(draft.id, &now));
    const LeaveRequestStore::Result submitted = officeStore.submit(now);
    QVERIFY2(submitted.ok, qPrintable(submitted.message()));
    QVERIFY(office.sync());
    QTRY_VERIFY_WITH_TIMEOUT(form.isChangedElsewhereShown(), 1000);
    auto *text = form.findChild<QLabel *>(QStringLiteral("leaveRequestChangedElsewhereText"));
    QVERIFY(text);
    QVERIFY2(
        text->text().contains(LeaveRequestStates::label(LeaveRequestState::Submitted).toLower()),
        qPrintable(text->text()));
    QVERIFY(!form.findChild<QPushButton *>(QStringLiteral("submitRequest"))->isEnabled());
    QVERIFY(!form.findChild<QPushButton *>(QStringLiteral("saveDraft"))->isEnabled());
    QVERIFY(!reload->isVisible());
    engine->stop();
}

QTEST_MAIN(tst_LiveRefresh)
#include "tst_liverefresh.moc"
