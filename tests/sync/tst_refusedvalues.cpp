#include "deskcomparison.h"
#include "serverfixture.h"

#include <core/sync/syncconflicts.h>

using namespace Civitas;

// A change the server refuses never blocks other rows: two desks take one registration number
// (matricule), the server refuses the second; that desk goes on receiving every table, shows
// the server's record, keeps the refused value in the refusal, and can change it and send it
// again.
class tst_RefusedValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNumberAnotherDeskTookNeverStopsThePull();
    void aNewAgentWithATakenNumberNeverStopsThePull();

private:
    ServerFixture *m_server = nullptr;
};

void tst_RefusedValues::init()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-rh', 'service', 'DRH', 'Ressources humaines')")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                       "first_names, org_unit_id, entry_date) VALUES "
                       "('ag-1', 'M001', 'DURAND', 'Alice', 'u-rh', date '2015-01-01'), "
                       "('ag-2', 'M002', 'MARTIN', 'Bruno', 'u-rh', date '2016-01-01')")));
    for (const QString &login : {QStringLiteral("rv_hr_a"), QStringLiteral("rv_hr_b")})
        QVERIFY(m_server->addUser(login, {QStringLiteral("hr")}, QStringLiteral("DRH"), {}));
}

void tst_RefusedValues::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_RefusedValues::aNumberAnotherDeskTookNeverStopsThePull()
{
    Client a(*m_server, QStringLiteral("rv_hr_a"));
    Client b(*m_server, QStringLiteral("rv_hr_b"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(
        a.exec(QStringLiteral("UPDATE agents SET registration_number = 'M100' WHERE id = 'ag-1'")));
    QVERIFY(
        b.exec(QStringLiteral("UPDATE agents SET registration_number = 'M100' WHERE id = 'ag-2'")));
    QVERIFY(b.sync());

    // A's change is refused; its pull, which brings ag-2 with M100, still goes through.
    SyncReport report;
    QVERIFY2(a.sync(&report), qPrintable(report.error));
    QCOMPARE(report.refused, 1);
    QCOMPARE(a.scalar(QStringLiteral("SELECT registration_number FROM agents WHERE id = 'ag-2'"))
                 .toString(),
             QStringLiteral("M100"));
    // The record shows the server's number; the refused one waits in the refusal.
    QCOMPARE(a.scalar(QStringLiteral("SELECT registration_number FROM agents WHERE id = 'ag-1'"))
                 .toString(),
             QStringLiteral("M001"));
    const Result<QList<RefusedChange>> refused = SyncConflicts(a.db()).refused();
    QVERIFY(refused.ok());
    QCOMPARE(refused->size(), 1);
    QCOMPARE(refused->first().rowId, QStringLiteral("ag-1"));
    QCOMPARE(refused->first().values.value(QStringLiteral("registration_number")).toString(),
             QStringLiteral("M100"));

    // Later changes of every table keep coming while the refusal waits.
    QVERIFY(b.exec(QStringLiteral("UPDATE org_units SET name = 'DRH et paie' WHERE id = 'u-rh'")));
    QVERIFY(b.exec(QStringLiteral("UPDATE agents SET usage_name = 'B' WHERE id = 'ag-1'")));
    QVERIFY(b.sync());
    SyncReport later;
    QVERIFY2(a.sync(&later), qPrintable(later.error));
    QCOMPARE(a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-rh'")).toString(),
             QStringLiteral("DRH et paie"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT usage_name FROM agents WHERE id = 'ag-1'")).toString(),
             QStringLiteral("B"));
    QCOMPARE(SyncConflicts(a.db()).refused()->size(), 1);

    // The user changes the refused number and sends it again: it goes through.
    const Result<> amended = SyncConflicts(a.db()).amend(
        refused->first().seq, QStringLiteral("registration_number"), QStringLiteral("M101"));
    QVERIFY2(amended.ok(), qPrintable(amended.error()));
    SyncReport resent;
    QVERIFY2(a.sync(&resent), qPrintable(resent.error));
    QCOMPARE(resent.refused, 0);
    QVERIFY(b.sync());
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT registration_number FROM civitas.agents WHERE id = 'ag-1'"))
                 .toString(),
             QStringLiteral("M101"));
    QVERIFY(a.sync());
    for (Client *desk : {&a, &b}) {
        QCOMPARE(desk->db().pendingChangeCount(), 0);
        const QStringList diff
            = differences(desk->db().connection(), m_server->admin(), QStringLiteral("agents"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
    }
}

void tst_RefusedValues::aNewAgentWithATakenNumberNeverStopsThePull()
{
    Client a(*m_server, QStringLiteral("rv_hr_a"));
    Client b(*m_server, QStringLiteral("rv_hr_b"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    const QString insert = QStringLiteral(
        "INSERT INTO agents (id, registration_number, birth_name, first_names, org_unit_id, "
        "entry_date) VALUES ('%1', 'M200', '%2', 'Prénom', 'u-rh', '2024-09-01')");
    QVERIFY(a.exec(insert.arg(QStringLiteral("ag-new-a"), QStringLiteral("PETIT"))));
    QVERIFY(b.exec(insert.arg(QStringLiteral("ag-new-b"), QStringLiteral("ROUX"))));
    QVERIFY(b.sync());

    SyncReport report;
    QVERIFY2(a.sync(&report), qPrintable(report.error));
    QCOMPARE(report.refused, 1);
    QCOMPARE(a.scalar(QStringLiteral("SELECT registration_number FROM agents WHERE id = "
                                     "'ag-new-b' AND deleted = 0"))
                 .toString(),
             QStringLiteral("M200"));
    // The server has nothing of A's new agent: it leaves the lists, its values wait in the
    // refusal.
    QCOMPARE(a.scalar(QStringLiteral("SELECT deleted FROM agents WHERE id = 'ag-new-a'")).toInt(),
             1);
    const QList<RefusedChange> refused = SyncConflicts(a.db()).refused().valueOr({});
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().operation, QStringLiteral("insert"));
    QCOMPARE(refused.first().values.value(QStringLiteral("birth_name")).toString(),
             QStringLiteral("PETIT"));
    QCOMPARE(refused.first().values.value(QStringLiteral("registration_number")).toString(),
             QStringLiteral("M200"));

    QVERIFY(b.exec(QStringLiteral("UPDATE org_units SET name = 'DRH 2' WHERE id = 'u-rh'")));
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QCOMPARE(a.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = 'u-rh'")).toString(),
             QStringLiteral("DRH 2"));

    // Another number, sent again: the new agent is on the server and back on the desk.
    const Result<> amended = SyncConflicts(a.db()).amend(
        refused.first().seq, QStringLiteral("registration_number"), QStringLiteral("M201"));
    QVERIFY2(amended.ok(), qPrintable(amended.error()));
    SyncReport resent;
    QVERIFY2(a.sync(&resent), qPrintable(resent.error));
    QCOMPARE(resent.refused, 0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT registration_number FROM civitas.agents WHERE id = 'ag-new-a'"))
                 .toString(),
             QStringLiteral("M201"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT registration_number || deleted FROM agents WHERE id "
                                     "= 'ag-new-a'"))
                 .toString(),
             QStringLiteral("M2010"));
    QVERIFY(b.sync());
    for (Client *desk : {&a, &b}) {
        QCOMPARE(desk->db().pendingChangeCount(), 0);
        const QStringList diff
            = differences(desk->db().connection(), m_server->admin(), QStringLiteral("agents"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(tst_RefusedValues)
#include "tst_refusedvalues.moc"
