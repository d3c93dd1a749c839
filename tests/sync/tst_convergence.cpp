#include "deskcomparison.h"
#include "serverfixture.h"

#include <core/sync/syncconflicts.h>

#include <QRandomGenerator>

#include <memory>

using namespace Civitas;

// Convergence is a property: whatever desks type while their syncs run, once every conflict
// is settled (some by keeping the desk's value, some by taking the server's) and every desk
// has synced twice, every desk holds what the server holds, row by row and field by field.
class tst_Convergence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    // The exact sequence of issue 16's second finding.
    void anEditTypedDuringASyncTakesTheServersVersionAtItsConflict();
    void keepingMyValueSendsItEvenWhenTheRecordShowsIt();
    void takingTheServersValueBringsTheWholeRow();
    void desksTypingDuringSyncsConvergeOnceConflictsAreSettled();

private:
    ServerFixture *m_server = nullptr;
};

static const char *const hrLogins[] = {"cv_hr_0", "cv_hr_1", "cv_hr_2", "cv_hr_3"};
static constexpr int Agents = 20;

void tst_Convergence::init()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) "
                                      "VALUES ('u-rh', 'service', 'DRH', 'Ressources humaines')")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                       "first_names, org_unit_id, post_title, entry_date) "
                       "SELECT 'ag-' || n, 'M' || n, 'NOM' || n, 'Prénom', 'u-rh', 'Poste', "
                       "date '2015-01-01' FROM generate_series(0, %1) n")
            .arg(Agents - 1)));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status) "
                                          "SELECT id, 'F', 'tenured' FROM civitas.agents")));
    for (const char *login : hrLogins)
        QVERIFY(m_server->addUser(
            QString::fromLatin1(login), {QStringLiteral("hr")}, QStringLiteral("DRH"), {}));
}

void tst_Convergence::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

static QStringList allDifferences(Client &desk, ServerFixture &server)
{
    QStringList diff;
    for (const QString &table : {QStringLiteral("agents"), QStringLiteral("agent_details")})
        diff << differences(desk.db().connection(), server.admin(), table);
    return diff;
}

void tst_Convergence::anEditTypedDuringASyncTakesTheServersVersionAtItsConflict()
{
    Client a(*m_server, QString::fromLatin1(hrLogins[0]));
    Client b(*m_server, QString::fromLatin1(hrLogins[1]));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    // Another desk changes the post title and the usage name of ag-1.
    QVERIFY(b.exec(QStringLiteral(
        "UPDATE agents SET post_title = 'Theirs', usage_name = 'B name' WHERE id = 'ag-1'")));
    QVERIFY(b.sync());

    // A syncs; between its push and its pull the user types the same post title.
    {
        Synchroniser s(a.db(), a.server());
        SyncReport report;
        QVERIFY2(s.push(&report), qPrintable(report.error));
        QVERIFY(a.exec(QStringLiteral("UPDATE agents SET post_title = 'Mine' WHERE id = 'ag-1'")));
        QVERIFY2(s.pull(&report), qPrintable(report.error));
    }
    // The pull kept the typed value, as it must while it is not sent.
    QCOMPARE(a.scalar(QStringLiteral("SELECT post_title FROM agents WHERE id = 'ag-1'")).toString(),
             QStringLiteral("Mine"));
    SyncReport conflicted;
    QVERIFY(a.sync(&conflicted));
    QCOMPARE(conflicted.conflicts, 1);
    const QList<SyncConflict> open = SyncConflicts(a.db()).open();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().mine.toString(), QStringLiteral("Mine"));
    QCOMPARE(open.first().theirs.toString(), QStringLiteral("Theirs"));
    // The row's base is now the server's version: the record is the server's, field by field
    // (mine waits in the conflict).
    const QStringList diff = allDifferences(a, *m_server);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));

    // Keeping my value sends it; both desks end on it, equal to the server.
    QString error;
    QVERIFY2(SyncConflicts(a.db()).resolve(
                 open.first().id, SyncConflicts::Resolution::KeepMine, {}, &error),
             qPrintable(error));
    for (int pass = 0; pass < 2; ++pass) {
        QVERIFY(a.sync());
        QVERIFY(b.sync());
    }
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT post_title FROM civitas.agents WHERE id = "
                                         "'ag-1'"))
                 .toString(),
             QStringLiteral("Mine"));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT usage_name FROM civitas.agents WHERE id = "
                                         "'ag-1'"))
                 .toString(),
             QStringLiteral("B name"));
    for (Client *desk : {&a, &b}) {
        const QStringList left = allDifferences(*desk, *m_server);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(desk->db().pendingChangeCount(), 0);
    }
}

void tst_Convergence::keepingMyValueSendsItEvenWhenTheRecordShowsIt()
{
    Client a(*m_server, QString::fromLatin1(hrLogins[0]));
    QVERIFY(a.sync());
    // A conflict whose value the record already shows (a desk left so by an older version):
    // keeping it must still send it, on the version the server's value was read at.
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.agents SET post_title = 'Theirs' WHERE id = 'ag-2'")));
    const qint64 serverVersion
        = m_server
              ->scalar(QStringLiteral("SELECT row_version FROM civitas.agents WHERE id = 'ag-2'"))
              .toLongLong();
    {
        QSqlDatabase db = a.db().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE agents SET post_title = 'Mine' WHERE id = 'ag-2'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
        q.prepare(QStringLiteral(
            "INSERT INTO sync_conflicts (table_name, row_id, field, mine, theirs, base, "
            "server_version) VALUES ('agents', 'ag-2', 'post_title', '\"Mine\"', '\"Theirs\"', "
            "'\"Poste\"', ?)"));
        q.addBindValue(serverVersion);
        QVERIFY(q.exec());
    }
    QCOMPARE(a.db().pendingChangeCount(), 0);
    const QList<SyncConflict> open = SyncConflicts(a.db()).open();
    QCOMPARE(open.size(), 1);
    QString error;
    QVERIFY2(SyncConflicts(a.db()).resolve(
                 open.first().id, SyncConflicts::Resolution::KeepMine, {}, &error),
             qPrintable(error));
    QCOMPARE(a.db().pendingChangeCount(), 1);
    SyncReport report;
    QVERIFY(a.sync(&report));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT post_title FROM civitas.agents WHERE id = "
                                         "'ag-2'"))
                 .toString(),
             QStringLiteral("Mine"));
    const QStringList diff = allDifferences(a, *m_server);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
}

void tst_Convergence::takingTheServersValueBringsTheWholeRow()
{
    Client a(*m_server, QString::fromLatin1(hrLogins[0]));
    Client b(*m_server, QString::fromLatin1(hrLogins[1]));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(b.exec(QStringLiteral("UPDATE agent_details SET city = 'Theirs', address = '1 rue B' "
                                  "WHERE id = 'ag-3'")));
    QVERIFY(b.sync());
    {
        Synchroniser s(a.db(), a.server());
        SyncReport report;
        QVERIFY(s.push(&report));
        QVERIFY(a.exec(QStringLiteral("UPDATE agent_details SET city = 'Mine' WHERE id = 'ag-3'")));
        QVERIFY(s.pull(&report));
    }
    SyncReport conflicted;
    QVERIFY(a.sync(&conflicted));
    QCOMPARE(conflicted.conflicts, 1);
    const QList<SyncConflict> open = SyncConflicts(a.db()).open();
    QCOMPARE(open.size(), 1);
    QString error;
    QVERIFY2(SyncConflicts(a.db()).resolve(
                 open.first().id, SyncConflicts::Resolution::TakeTheirs, {}, &error),
             qPrintable(error));
    QVERIFY(a.sync());
    QVERIFY(a.sync());
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT city FROM agent_details WHERE id = 'ag-3'")).toString(),
        QStringLiteral("Theirs"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_refetch")).toInt(), 0);
    for (Client *desk : {&a, &b}) {
        const QStringList left = allDifferences(*desk, *m_server);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }
}

void tst_Convergence::desksTypingDuringSyncsConvergeOnceConflictsAreSettled()
{
    constexpr int Desks = 4;
    constexpr int Rounds = 10;
    std::vector<std::unique_ptr<Client>> desks;
    for (int d = 0; d < Desks; ++d) {
        desks.push_back(std::make_unique<Client>(*m_server, QString::fromLatin1(hrLogins[d])));
        QVERIFY(desks.back()->sync());
    }
    // Each round has its hot fields, two rows' worth: one desk types them offline, the others
    // while their syncs run; the desks' steps (typing offline, push, typing during the sync,
    // pull) interleave at random, so that a pull often brings the offline desk's values while a
    // desk's own are waiting. A few edits of any field of any row come on top.
    const QList<QPair<QString, QString>> fields
        = {{QStringLiteral("agents"), QStringLiteral("usage_name")},
           {QStringLiteral("agents"), QStringLiteral("post_title")},
           {QStringLiteral("agent_details"), QStringLiteral("address")},
           {QStringLiteral("agent_details"), QStringLiteral("city")}};
    QRandomGenerator random(16);
    int typed = 0;
    auto type = [&](int d, const QString &row, const QPair<QString, QString> &field) {
        QSqlQuery q(desks[d]->db().connection());
        q.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(field.first, field.second));
        q.addBindValue(QStringLiteral("d%1-%2").arg(d).arg(typed++));
        q.addBindValue(row);
        return q.exec() && q.numRowsAffected() == 1;
    };
    auto anyField = [&] {
        return fields.at(int(random.bounded(qsizetype(fields.size()))));
    };
    int conflicts = 0;
    for (int round = 0; round < Rounds; ++round) {
        QList<QPair<QString, QPair<QString, QString>>> hot;
        for (int r = 0; r < 2; ++r)
            hot.append({QStringLiteral("ag-%1").arg((2 * round + r) % Agents), anyField()});
        const int offlineDesk = int(random.bounded(Desks));
        enum Step { Offline, Push, During, Pull, Done };
        QList<int> next(Desks, Offline);
        std::vector<std::unique_ptr<Synchroniser>> running(Desks);
        std::vector<SyncReport> reports(Desks);
        while (true) {
            QList<int> waiting;
            for (int d = 0; d < Desks; ++d) {
                if (next[d] != Done)
                    waiting << d;
            }
            if (waiting.isEmpty())
                break;
            const int d = waiting.at(int(random.bounded(qsizetype(waiting.size()))));
            switch (next[d]) {
            case Offline:
            case During:
                if ((next[d] == Offline) == (d == offlineDesk)) {
                    for (const auto &[row, field] : std::as_const(hot))
                        QVERIFY(type(d, row, field));
                }
                if (random.bounded(4) == 0)
                    QVERIFY(
                        type(d, QStringLiteral("ag-%1").arg(random.bounded(Agents)), anyField()));
                break;
            case Push:
                running[d] = std::make_unique<Synchroniser>(desks[d]->db(), desks[d]->server());
                QVERIFY2(running[d]->push(&reports[d]), qPrintable(reports[d].error));
                break;
            case Pull:
                QVERIFY2(running[d]->pull(&reports[d]), qPrintable(reports[d].error));
                conflicts += reports[d].conflicts;
                running[d].reset();
                break;
            }
            ++next[d];
        }
    }
    int diverged = 0; // rows a desk holds otherwise than the server before anything is settled
    for (int d = 0; d < Desks; ++d)
        diverged += int(allDifferences(*desks[d], *m_server).size());
    qInfo("%d edits typed, %d conflicts, %d rows differing from the server",
          typed,
          conflicts,
          diverged);
    QVERIFY(conflicts > 0);

    // Settle every conflict, some with my value and some with the server's; sync twice each.
    // Two desks keeping their own value of one field make a new conflict: settle again,
    // taking the server's from the third time on.
    int open = 0;
    int settled = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        for (int d = 0; d < Desks; ++d) {
            SyncConflicts list(desks[d]->db());
            for (const SyncConflict &c : list.open()) {
                const bool mine = attempt < 2 && random.bounded(2) == 0;
                QString error;
                QVERIFY2(list.resolve(c.id,
                                      mine ? SyncConflicts::Resolution::KeepMine
                                           : SyncConflicts::Resolution::TakeTheirs,
                                      {},
                                      &error),
                         qPrintable(error));
                ++settled;
            }
        }
        for (int pass = 0; pass < 2; ++pass) {
            for (int d = 0; d < Desks; ++d)
                QVERIFY(desks[d]->sync());
        }
        open = 0;
        for (int d = 0; d < Desks; ++d)
            open += SyncConflicts(desks[d]->db()).openCount();
        if (open == 0)
            break;
    }
    QCOMPARE(open, 0);
    qInfo("%d conflicts settled", settled);
    for (int d = 0; d < Desks; ++d) {
        QCOMPARE(desks[d]->db().pendingChangeCount(), 0);
        QCOMPARE(desks[d]->scalar(QStringLiteral("SELECT count(*) FROM sync_refetch")).toInt(), 0);
        const QStringList diff = allDifferences(*desks[d], *m_server);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(QStringLiteral("desk %1 differs from the server:\n%2")
                                .arg(d)
                                .arg(diff.join(QLatin1Char('\n')))));
    }
}

QTEST_GUILESS_MAIN(tst_Convergence)
#include "tst_convergence.moc"
