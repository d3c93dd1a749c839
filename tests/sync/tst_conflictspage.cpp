#include "serverfixture.h"

#include "../../app/shell/conflictspage.h"
#include "../../app/shell/statusindicator.h"

#include <core/syncconflicts.h>
#include <core/syncengine.h>

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
    void statusBarFollowsTheEngine();

private:
    ServerFixture *m_server = nullptr;
};

void tst_ConflictsPage::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                          "('u-ev', 'service', 'DST-EV', 'Espaces verts')")));
    QVERIFY(m_server->addUser(QStringLiteral("sc_hr"), {QStringLiteral("hr")}, QStringLiteral("DST-EV"), QStringLiteral("ag-sc1")));
    QVERIFY(m_server->addUser(QStringLiteral("sc_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-sc2")));
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
    QVERIFY(m_server->exec(QStringLiteral("UPDATE civitas.org_units SET name = 'Theirs' WHERE id = 'u-ev'")));
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
    QCOMPARE(m_server->scalar(QStringLiteral("SELECT name FROM civitas.org_units WHERE id = 'u-ev'")).toString(),
             QStringLiteral("Mine"));
}

void tst_ConflictsPage::refusedChangeIsShownAndCanBeGivenUp()
{
    Client agent(*m_server, QStringLiteral("sc_agent"));
    QVERIFY(agent.sync());
    const QString before = agent.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString();
    QVERIFY(agent.exec(QStringLiteral("UPDATE org_units SET name = 'Not allowed' WHERE id = 'u-ev'")));
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
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("discardRefused")), Qt::LeftButton);
    QCOMPARE(refusals->rowCount(), 0);
    QCOMPARE(agent.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-ev'")).toString(), before);
    QCOMPARE(agent.db().pendingChangeCount(), 0);
}

void tst_ConflictsPage::statusBarFollowsTheEngine()
{
    Client a(*m_server, QStringLiteral("sc_hr"));
    StatusIndicator status(a.db());
    QVERIFY(status.modeText().contains(QLatin1String("Local mode")));
    SyncEngine engine(a.db(), m_server->connection(QStringLiteral("sc_hr")), ServerFixture::password(QStringLiteral("sc_hr")));
    status.setSyncEngine(&engine);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(status.modeText().contains(QLatin1String("Connected")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!status.lastSyncText().contains(QLatin1String("never")), 10000);
    engine.stop();
}

QTEST_MAIN(tst_ConflictsPage)
#include "tst_conflictspage.moc"
