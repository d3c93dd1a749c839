#include "serverfixture.h"

#include "../../app/shell/conflictspage.h"
#include "../../app/shell/mainwindow.h"
#include "../../app/shell/organisationpage.h"
#include "../../app/shell/statusindicator.h"

#include <core/sync/syncconflicts.h>
#include <core/sync/syncengine.h>
#include <core/workspace.h>

#include <QAction>
#include <QStandardPaths>
#include <QTreeWidget>

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace Civitas;

// The user's side of the sync: the conflicts page and the status bar, driven offscreen on
// a real conflict and a real refusal from PostgreSQL.
class tst_ConflictsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void conflictIsResolvedFromThePage();
    void refusedChangeIsShownAndCanBeGivenUp();
    void refusedValueIsShownAndCanBeChangedAndSentAgain();
    void statusBarFollowsTheEngine();
    void aFileOfAnotherTownIsShownAsNotSynchronised();
    void openPageShowsOtherDesksChanges();

private:
    ServerFixture *m_server = nullptr;
};

void tst_ConflictsPage::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-ev', 'service', 'DST-EV', 'Espaces verts')")));
    QVERIFY(m_server->addUser(QStringLiteral("sc_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-sc1")));
    QVERIFY(m_server->addUser(
        QStringLiteral("sc_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-sc2")));
}

void tst_ConflictsPage::cleanupTestCase()
{
    delete m_server;
}

void tst_ConflictsPage::conflictIsResolvedFromThePage()
{
    Client a(*m_server, QStringLiteral("sc_hr"));
    QVERIFY(a.sync());
    QVERIFY(a.exec(QStringLiteral("UPDATE org_units SET name = 'Mine' WHERE id = 'u-ev'")));
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.org_units SET name = 'Theirs' WHERE id = 'u-ev'")));
    SyncReport report;
    QVERIFY(a.sync(&report));
    QCOMPARE(report.conflicts, 1);

    ConflictsPage page(a.db(), nullptr);
    page.show();
    QTableWidget *table = page.conflictTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("name"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Mine"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Theirs"));
    table->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(a.sync());
    QCOMPARE(
        m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-ev'"))
            .toString(),
        QStringLiteral("Mine"));
}

void tst_ConflictsPage::refusedChangeIsShownAndCanBeGivenUp()
{
    Client agent(*m_server, QStringLiteral("sc_agent"));
    QVERIFY(agent.sync());
    const QString before
        = agent.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString();
    QVERIFY(
        agent.exec(QStringLiteral("UPDATE org_units SET name = 'Not allowed' WHERE id = 'u-ev'")));
    SyncReport report;
    QVERIFY(agent.sync(&report));
    QCOMPARE(report.refused, 1);

    ConflictsPage page(agent.db(), nullptr);
    page.show();
    QTableWidget *refusals = page.refusalTable();
    QCOMPARE(refusals->rowCount(), 1);
    QVERIFY(!refusals->item(0, 2)->text().isEmpty());
    refusals->selectRow(0);
    // Confirm the question box when it comes.
    QTimer::singleShot(100, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("discardRefused")),
                      Qt::LeftButton);
    QCOMPARE(refusals->rowCount(), 0);
    QCOMPARE(
        agent.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(),
        before);
    QCOMPARE(agent.db().pendingChangeCount(), 0);
}

void tst_ConflictsPage::refusedValueIsShownAndCanBeChangedAndSentAgain()
{
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                       "first_names, org_unit_id, entry_date) VALUES "
                       "('ag-p1', 'P001', 'DURAND', 'Alice', 'u-ev', date '2015-01-01'), "
                       "('ag-p2', 'P002', 'MARTIN', 'Bruno', 'u-ev', date '2016-01-01')")));
    Client a(*m_server, QStringLiteral("sc_hr"));
    QVERIFY(a.sync());
    // Another desk takes P009 for ag-p2 while this one gives it to ag-p1.
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.agents SET registration_number = 'P009' WHERE id = 'ag-p2'")));
    QVERIFY(a.exec(
        QStringLiteral("UPDATE agents SET registration_number = 'P009' WHERE id = 'ag-p1'")));
    SyncReport report;
    QVERIFY2(a.sync(&report), qPrintable(report.error));
    QCOMPARE(report.refused, 1);

    ConflictsPage page(a.db(), nullptr);
    page.show();
    QTableWidget *refusals = page.refusalTable();
    QCOMPARE(refusals->rowCount(), 1);
    // The refused number is shown, though the record is the server's again.
    QVERIFY2(refusals->item(0, 1)->text().contains(QLatin1String("registration_number = P009")),
             qPrintable(refusals->item(0, 1)->text()));
    refusals->selectRow(0);
    QTimer::singleShot(100, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(QStringLiteral("P003"));
            dialog->accept();
        }
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("amendRefused")),
                      Qt::LeftButton);
    QCOMPARE(refusals->rowCount(), 0);
    QVERIFY(a.sync(&report));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT registration_number FROM civitas.agents WHERE id = 'ag-p1'"))
                 .toString(),
             QStringLiteral("P003"));
}

void tst_ConflictsPage::statusBarFollowsTheEngine()
{
    Client a(*m_server, QStringLiteral("sc_hr"));
    StatusIndicator status(a.db());
    QVERIFY(status.modeText().contains(QLatin1String("Local mode")));
    SyncEngine engine(a.db(),
                      m_server->connection(QStringLiteral("sc_hr")),
                      ServerFixture::password(QStringLiteral("sc_hr")));
    status.setSyncEngine(&engine);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(status.modeText().contains(QLatin1String("Connected")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!status.lastSyncText().contains(QLatin1String("never")), 10000);
    engine.stop();
}

void tst_ConflictsPage::aFileOfAnotherTownIsShownAsNotSynchronised()
{
    // The desk says why it does not sync, in the status bar and on the Synchronisation page.
    Client a(*m_server, QStringLiteral("sc_hr"));
    QVERIFY(
        a.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                              "('town_id', 'another-town'), ('server', 'elsewhere:5432/town')")));
    StatusIndicator status(a.db());
    SyncEngine engine(a.db(),
                      m_server->connection(QStringLiteral("sc_hr")),
                      ServerFixture::password(QStringLiteral("sc_hr")));
    status.setSyncEngine(&engine);
    ConflictsPage page(a.db(), &engine);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("syncSummary"));
    QVERIFY(summary);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(status.modeText().startsWith(QLatin1String("Not synchronised")),
                             10000);
    QVERIFY2(status.modeText().contains(QLatin1String("another town")),
             qPrintable(status.modeText()));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("another town")), 5000);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), 0);
    engine.stop();
}

void tst_ConflictsPage::openPageShowsOtherDesksChanges()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    Workspace workspace;
    workspace.loadModules();
    QString error;
    QVERIFY2(workspace.openDatabase(dir.filePath(QStringLiteral("desk.sqlite")), &error),
             qPrintable(error));
    workspace.database().setCurrentUser(QStringLiteral("sc_hr"));
    auto *engine = new SyncEngine(workspace.database(),
                                  m_server->connection(QStringLiteral("sc_hr")),
                                  ServerFixture::password(QStringLiteral("sc_hr")),
                                  &workspace);
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        workspace.session().logIn(workspace.database(), QStringLiteral("sc_hr"), &error), 10000);
    MainWindow window(workspace, false, engine);
    window.show();
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSyncNow")));
    QVERIFY(window.openPage(QStringLiteral("core.organisation")));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("orgUnitTree"));
    auto unitNames = [tree] {
        QStringList names;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            names << (*it)->text(0);
        return names;
    };
    QVERIFY(!unitNames().contains(QStringLiteral("Renamed by another desk")));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET name = 'Renamed by another desk' WHERE id = 'u-ev'")));
    QTRY_VERIFY_WITH_TIMEOUT(unitNames().contains(QStringLiteral("Renamed by another desk")), 3000);
    engine->stop();
}

QTEST_MAIN(tst_ConflictsPage)
#include "tst_conflictspage.moc"
