// A desk compares its ids with the server's (reconciliation) only when what its login may see
// can have changed (central core 0011, hr 0004, leave 0006; VisibilityWatch): an idle sync
// compares nothing, and a head who loses a unit, a head whose agent moves away, a login granted
// a role, all get exactly what they may now see at their next `civitas-admin sync`.

#include "loadedtown.h"

#include <core/sync/changecapture.h>

#include <QtTest>

using namespace Civitas;

class tst_VisibilityWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anIdleSyncComparesNothing();
    void aHeadWhoLosesAUnitLosesItsRows();
    void aHeadWhoseAgentMovesAwayLosesTheirRows();
    void aRoleGrantedOutsideAnyTableIsSeen();
    void loginsCannotTouchTheRecord();
    void aRequestLeavingDraftSignalsNothing();
    void aTableNewToTheDeskBringsItsRows();

private:
    // Every synchronised table of the desk holds exactly the ids `login` sees on the server.
    void compareWithServer(const QString &desk, const QString &login);
    // A row the server never sent, planted as if received: only a comparison removes it.
    static bool plantRow(const QString &desk);
    static bool hasPlantedRow(const QString &desk);

    LoadedTown m_town;
    QString m_hrDesk;
    QString m_headDesk;
    QString m_agentDesk;
};

void tst_VisibilityWatch::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QVERIFY(m_town.create(60));
    QVERIFY(m_town.addLogin(QStringLiteral("nbenali"), {QStringLiteral("hr")}));
    QVERIFY(m_town.addLogin(QStringLiteral("smartin"), {QStringLiteral("department_head")}));
    QVERIFY(m_town.addLogin(QStringLiteral("cbernard"), {}));
    QVERIFY(m_town.addLogin(QStringLiteral("vw_admin"), {QStringLiteral("administrator")}));
    m_hrDesk = m_town.newDesk(QStringLiteral("hr"));
    m_headDesk = m_town.newDesk(QStringLiteral("head"));
    m_agentDesk = m_town.newDesk(QStringLiteral("agent"));
    for (const auto &[desk, login] : {std::pair{m_hrDesk, QStringLiteral("nbenali")},
                                      std::pair{m_headDesk, QStringLiteral("smartin")},
                                      std::pair{m_agentDesk, QStringLiteral("cbernard")}}) {
        const LoadedTown::Run r = m_town.sync(desk, login);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        compareWithServer(desk, login);
    }
}

bool tst_VisibilityWatch::plantRow(const QString &desk)
{
    return LoadedTown::fileExec(
        desk,
        {QStringLiteral("UPDATE sync_control SET capture = 0 WHERE id = 1"),
         QStringLiteral("INSERT INTO org_units (id, parent_id, kind, code, name, row_version) "
                        "SELECT 'planted-unit', parent_id, kind, 'PLANTED', 'Planted', 1 "
                        "FROM org_units WHERE parent_id IS NOT NULL LIMIT 1"),
         QStringLiteral("UPDATE sync_control SET capture = 1 WHERE id = 1")});
}

bool tst_VisibilityWatch::hasPlantedRow(const QString &desk)
{
    return LoadedTown::fileScalar(
               desk, QStringLiteral("SELECT count(*) FROM org_units WHERE id = 'planted-unit'"))
               .toInt()
           == 1;
}

void tst_VisibilityWatch::compareWithServer(const QString &desk, const QString &login)
{
    static int comparisons = 0;
    const QString name = QStringLiteral("compare-%1-%2").arg(login).arg(++comparisons);
    QSqlDatabase server = m_town.server().connectAs(login, name);
    QVERIFY2(server.isOpen(), qPrintable(server.lastError().text()));
    QStringList tables;
    {
        Database file;
        QString error;
        QVERIFY2(file.open(desk, &error), qPrintable(error));
        tables = ChangeCapture(file.connection()).synchronisedTables();
    }
    QVERIFY(tables.contains(QStringLiteral("agents")));
    QVERIFY(tables.contains(QStringLiteral("leave_requests")));
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(server);
        if (!q.exec(QStringLiteral("SELECT coalesce(string_agg(id, ',' ORDER BY id), '') FROM "
                                   "civitas.%1")
                        .arg(table))
            || !q.next())
            continue; // a table the server does not have
        const QString onServer = q.value(0).toString();
        const QString onDesk
            = LoadedTown::fileScalar(desk,
                                     QStringLiteral("SELECT coalesce(group_concat(id, ','), '') "
                                                    "FROM (SELECT id FROM %1 ORDER BY id)")
                                         .arg(table))
                  .toString();
        QVERIFY2(
            onDesk == onServer,
            qPrintable(QStringLiteral("%1 on %2's desk: %3 rows, on the server: %4")
                           .arg(table, login)
                           .arg(onDesk.isEmpty() ? 0 : onDesk.count(QLatin1Char(',')) + 1)
                           .arg(onServer.isEmpty() ? 0 : onServer.count(QLatin1Char(',')) + 1)));
    }
}

void tst_VisibilityWatch::anIdleSyncComparesNothing()
{
    // A sync with nothing to do asks the server one question and compares no id: a row the
    // server never sent survives it (a comparison would remove it).
    QVERIFY(plantRow(m_hrDesk));
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        const LoadedTown::Run r = m_town.sync(m_hrDesk, QStringLiteral("nbenali"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("pulled 0")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("removed 0")), qPrintable(r.out));
        times << r.milliseconds;
    }
    QVERIFY2(hasPlantedRow(m_hrDesk), "an idle sync compared the ids");
    qInfo("idle civitas-admin sync of an HR desk: %.0f, %.0f, %.0f ms",
          times.at(0),
          times.at(1),
          times.at(2));
    // Changes that decide nobody's visibility do not make anyone compare either.
    QVERIFY(m_town.server().exec(
        QStringLiteral("UPDATE civitas.agents SET post_title = post_title || ' (modifié)' "
                       "WHERE id = (SELECT min(id) FROM civitas.agents)")));
    const LoadedTown::Run r = m_town.sync(m_hrDesk, QStringLiteral("nbenali"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("pulled 1")), qPrintable(r.out + r.err));
    QVERIFY(hasPlantedRow(m_hrDesk));
}

void tst_VisibilityWatch::aHeadWhoLosesAUnitLosesItsRows()
{
    const QString head = m_town.agentOf(QStringLiteral("smartin"));
    QVERIFY(!head.isEmpty());
    const int teamBefore
        = LoadedTown::fileScalar(m_headDesk, QStringLiteral("SELECT count(*) FROM agents")).toInt();
    QVERIFY2(teamBefore > 1, "the head's desk holds no team");
    QVERIFY(plantRow(m_headDesk));
    // Idle first: nothing compared.
    LoadedTown::Run r = m_town.sync(m_headDesk, QStringLiteral("smartin"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(hasPlantedRow(m_headDesk));

    const QString headed
        = m_town.server()
              .scalar(QStringLiteral("SELECT string_agg(quote_literal(id), ',') FROM "
                                     "civitas.org_units WHERE head_agent_id = '%1'")
                          .arg(head))
              .toString();
    QVERIFY(!headed.isEmpty());
    // HR gives her units to nobody: the rows she saw did not change, and she may not see them.
    QVERIFY(m_town.server().exec(
        QStringLiteral(
            "UPDATE civitas.org_units SET head_agent_id = NULL WHERE head_agent_id = '%1'")
            .arg(head)));
    QVERIFY(m_town.server().exec(
        QStringLiteral(
            "UPDATE civitas.org_units SET deputy_agent_id = NULL WHERE deputy_agent_id = '%1'")
            .arg(head)));
    r = m_town.sync(m_headDesk, QStringLiteral("smartin"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(QLatin1String("removed 0")), qPrintable(r.out));
    QCOMPARE(
        LoadedTown::fileScalar(m_headDesk, QStringLiteral("SELECT count(*) FROM agents")).toInt(),
        1);
    QVERIFY(!hasPlantedRow(m_headDesk));
    compareWithServer(m_headDesk, QStringLiteral("smartin"));

    // She heads them again: the rows that did not change come back.
    QVERIFY(m_town.server().exec(
        QStringLiteral("UPDATE civitas.org_units SET head_agent_id = '%1' WHERE id IN (%2)")
            .arg(head, headed)));
    r = m_town.sync(m_headDesk, QStringLiteral("smartin"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(
        LoadedTown::fileScalar(m_headDesk, QStringLiteral("SELECT count(*) FROM agents")).toInt()
        > 1);
    compareWithServer(m_headDesk, QStringLiteral("smartin"));
}

void tst_VisibilityWatch::aHeadWhoseAgentMovesAwayLosesTheirRows()
{
    const QString head = m_town.agentOf(QStringLiteral("smartin"));
    const QString moved
        = LoadedTown::fileScalar(m_headDesk,
                                 QStringLiteral("SELECT id FROM agents WHERE id <> '%1' "
                                                "ORDER BY id LIMIT 1")
                                     .arg(head))
              .toString();
    QVERIFY(!moved.isEmpty());
    // To a unit she neither heads nor is above.
    QVERIFY(m_town.server().exec(
        QStringLiteral("UPDATE civitas.agents SET org_unit_id = (WITH RECURSIVE u(id) AS ("
                       "SELECT id FROM civitas.org_units WHERE '%1' IN (head_agent_id, "
                       "deputy_agent_id) UNION SELECT c.id FROM civitas.org_units c "
                       "JOIN u ON c.parent_id = u.id) SELECT id FROM civitas.org_units "
                       "WHERE id NOT IN (SELECT id FROM u) ORDER BY id LIMIT 1) WHERE id = '%2'")
            .arg(head, moved)));
    const LoadedTown::Run r = m_town.sync(m_headDesk, QStringLiteral("smartin"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(
        LoadedTown::fileScalar(
            m_headDesk, QStringLiteral("SELECT count(*) FROM agents WHERE id = '%1'").arg(moved))
            .toInt(),
        0);
    compareWithServer(m_headDesk, QStringLiteral("smartin"));
}

void tst_VisibilityWatch::aRoleGrantedOutsideAnyTableIsSeen()
{
    // The group role alone, as a database administrator would grant it: no table changes, no
    // row is new, and yet the agent may now see every file. (A sync first: the agent moved
    // above may have changed what this desk sees.)
    LoadedTown::Run r = m_town.sync(m_agentDesk, QStringLiteral("cbernard"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(plantRow(m_agentDesk));
    r = m_town.sync(m_agentDesk, QStringLiteral("cbernard"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(hasPlantedRow(m_agentDesk));
    const int before
        = LoadedTown::fileScalar(m_agentDesk, QStringLiteral("SELECT count(*) FROM agents"))
              .toInt();
    QVERIFY(m_town.server().exec(QStringLiteral("GRANT civitas_hr TO cbernard")));
    r = m_town.sync(m_agentDesk, QStringLiteral("cbernard"));
    QVERIFY(m_town.server().exec(QStringLiteral("REVOKE civitas_hr FROM cbernard")));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(
        LoadedTown::fileScalar(m_agentDesk, QStringLiteral("SELECT count(*) FROM agents")).toInt()
        > before);
    QVERIFY(!hasPlantedRow(m_agentDesk));
    // Taken back: the files go.
    r = m_town.sync(m_agentDesk, QStringLiteral("cbernard"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(
        LoadedTown::fileScalar(m_agentDesk, QStringLiteral("SELECT count(*) FROM agents")).toInt(),
        before);
    compareWithServer(m_agentDesk, QStringLiteral("cbernard"));
}

void tst_VisibilityWatch::loginsCannotTouchTheRecord()
{
    // Rubbing out a recorded change would leave other desks holding what they may no longer
    // see; adding some would make every desk compare. Neither is any login's to do, HR's
    // or an administrator's included; nor may a login read the record, or another login's
    // basis.
    QVERIFY(m_town.server()
                .scalar(QStringLiteral("SELECT count(*) FROM civitas.visibility_changes"))
                .toInt()
            > 0);
    for (const QString &login : {QStringLiteral("cbernard"),
                                 QStringLiteral("smartin"),
                                 QStringLiteral("nbenali"),
                                 QStringLiteral("vw_admin")}) {
        QSqlDatabase db = m_town.server().connectAs(login, QStringLiteral("attack-") + login);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        for (const QString &sql :
             {QStringLiteral("SELECT count(*) FROM civitas.visibility_changes"),
              QStringLiteral("INSERT INTO civitas.visibility_changes DEFAULT VALUES"),
              QStringLiteral("INSERT INTO civitas.visibility_changes VALUES ('999999999'::xid8)"),
              QStringLiteral("DELETE FROM civitas.visibility_changes"),
              QStringLiteral("UPDATE civitas.visibility_changes SET changed_in = '1'::xid8"),
              QStringLiteral("TRUNCATE civitas.visibility_changes"),
              QStringLiteral("SELECT civitas.note_visibility_change()"),
              QStringLiteral("DROP TRIGGER org_units_visibility_update ON civitas.org_units"),
              QStringLiteral("ALTER TABLE civitas.org_units DISABLE TRIGGER "
                             "org_units_visibility_update")}) {
            QSqlQuery q(db);
            QVERIFY2(!q.exec(sql), qPrintable(login + QStringLiteral(": ") + sql));
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT civitas.visibility_basis()")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(login + QLatin1Char(' ')));
        // The question a desk asks answers for everyone alike, and tells nothing else.
        QVERIFY(q.exec(QStringLiteral("SELECT civitas.visibility_changed_since('0'::xid8)"))
                && q.next());
        QVERIFY(q.value(0).toBool());
    }
    QCOMPARE(m_town.server()
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%visibility%' AND "
                     "tgenabled = 'O'"))
                 .toInt(),
             m_town.server()
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%visibility%'"))
                 .toInt());
}

void tst_VisibilityWatch::aRequestLeavingDraftSignalsNothing()
{
    // Every submission leaves the draft state: were it a signal, every desk of the town would
    // compare its ids at each sync. Entering the draft state hides the request from the team's
    // desks, and is one.
    ServerFixture &server = m_town.server();
    const QString id
        = server
              .scalar(QStringLiteral(
                  "SELECT id FROM civitas.leave_requests WHERE state = 'refused' LIMIT 1"))
              .toString();
    QVERIFY(!id.isEmpty());
    const QString count = QStringLiteral("SELECT count(*) FROM civitas.visibility_changes");
    const int before = server.scalar(count).toInt();
    QVERIFY(server.exec(
        QStringLiteral("UPDATE civitas.leave_requests SET state = 'draft' WHERE id = '%1'")
            .arg(id)));
    QCOMPARE(server.scalar(count).toInt(), before + 1);
    QVERIFY(server.exec(
        QStringLiteral("UPDATE civitas.leave_requests SET state = 'submitted' WHERE id = '%1'")
            .arg(id)));
    QCOMPARE(server.scalar(count).toInt(), before + 1);
}

void tst_VisibilityWatch::aTableNewToTheDeskBringsItsRows()
{
    // A table the desk starts to sync after its first sync (a module provisioned or granted on
    // the server later, a desk updated with a new module) holds rows older than the desk's
    // watermark, which no pull brings: the comparison does, because the desk's tables belong
    // to what it compares on.
    ServerFixture &server = m_town.server();
    QVERIFY(
        server.exec(QStringLiteral("REVOKE SELECT ON civitas.leave_days_off FROM civitas_agent")));
    const QString desk = m_town.newDesk(QStringLiteral("agent-new-table"));
    LoadedTown::Run r = m_town.sync(desk, QStringLiteral("cbernard"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(
        LoadedTown::fileScalar(desk, QStringLiteral("SELECT count(*) FROM leave_days_off")).toInt(),
        0);
    QVERIFY(server.exec(QStringLiteral("GRANT SELECT ON civitas.leave_days_off TO civitas_agent")));
    r = m_town.sync(desk, QStringLiteral("cbernard"));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const int onServer
        = server.scalar(QStringLiteral("SELECT count(*) FROM civitas.leave_days_off")).toInt();
    QVERIFY(onServer > 0);
    QCOMPARE(
        LoadedTown::fileScalar(desk, QStringLiteral("SELECT count(*) FROM leave_days_off")).toInt(),
        onServer);
}

QTEST_GUILESS_MAIN(tst_VisibilityWatch)
#include "tst_visibilitywatch.moc"
