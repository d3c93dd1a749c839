#include "deskfiles.h"

#include <memory>

// A desk file restored from a backup, or copied to a second desk of the same login, carries the
// identity and the outbox numbers of a file that went on syncing. Its new edits must reach the
// server (or be kept as conflicts where the server moved on): never be dropped as "already
// applied" while the command line says they were sent. And the identity is the server's to
// issue: a receipt under an id the server did not give the login is refused.
class tst_DeskIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRestoredBackupSendsItsNewEdits();
    void aFileCopiedToTwoDesksLosesNoEdit();
    void receiptsNeedAnIdentityIssuedToTheLogin();
    void aTamperedIdentityInTheFileIsReplaced();
    void oldIdentitiesNeverLockALoginOut();

private:
    // A new desk file of `login`, after its first sync.
    QString newDesk(const QString &name, const QString &login);
    AdminRun sync(const QString &path, const QString &login);

    static constexpr int Agents = 40;
    std::unique_ptr<ServerFixture> m_server;
    QTemporaryDir m_dir;
};

void tst_DeskIdentity::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->create());
    QVERIFY(seedHrTown(*m_server, Agents));
}

AdminRun tst_DeskIdentity::sync(const QString &path, const QString &login)
{
    return runAdmin(m_server.get(), login, {QStringLiteral("sync"), QStringLiteral("--db"), path});
}

QString tst_DeskIdentity::newDesk(const QString &name, const QString &login)
{
    const QString path = m_dir.filePath(name);
    const AdminRun init
        = runAdmin(nullptr, {}, {QStringLiteral("init"), QStringLiteral("--db"), path});
    if (init.code != 0) {
        qWarning() << init.all();
        return {};
    }
    const AdminRun first = sync(path, login);
    if (first.code != 0) {
        qWarning() << first.all();
        return {};
    }
    return path;
}

void tst_DeskIdentity::aRestoredBackupSendsItsNewEdits()
{
    const QString desk = newDesk(QStringLiteral("restored.sqlite"), QStringLiteral("rh0"));
    QVERIFY(!desk.isEmpty());
    // Some history first: the desk has an identity and receipts on the server.
    for (int i = 0; i < 2; ++i)
        QVERIFY(editField(desk,
                          QStringLiteral("agents"),
                          agentId(i),
                          QStringLiteral("post_title"),
                          QStringLiteral("before-backup-%1").arg(i)));
    AdminRun r = sync(desk, QStringLiteral("rh0"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("pushed 2,")), qPrintable(r.all()));

    const QString backup = m_dir.filePath(QStringLiteral("restored.backup"));
    QVERIFY(backUpFile(desk, backup));
    // The desk goes on: ten more edits reach the server.
    for (int i = 0; i < 10; ++i)
        QVERIFY(editField(desk,
                          QStringLiteral("agents"),
                          agentId(i),
                          QStringLiteral("usage_name"),
                          QStringLiteral("after-backup-%1").arg(i)));
    r = sync(desk, QStringLiteral("rh0"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("pushed 10,")), qPrintable(r.all()));

    // The backup comes back, and ten new edits are typed on rows the server did not move.
    QVERIFY(restoreFile(backup, desk));
    for (int i = 0; i < 10; ++i)
        QVERIFY(editField(desk,
                          QStringLiteral("agents"),
                          agentId(20 + i),
                          QStringLiteral("post_title"),
                          QStringLiteral("after-restore-%1").arg(i)));
    r = sync(desk, QStringLiteral("rh0"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QLatin1String("pushed 10,")), qPrintable(r.all()));
    QVERIFY2(r.out.contains(QLatin1String("new desk identity")), qPrintable(r.all()));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(
            m_server
                ->scalar(QStringLiteral("SELECT post_title FROM civitas.agents WHERE id = '%1'")
                             .arg(agentId(20 + i)))
                .toString(),
            QStringLiteral("after-restore-%1").arg(i));
    }
    // The restored desk then catches up with what the original sent after the backup.
    QCOMPARE(fileQuery(desk, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);
    QCOMPARE(
        fileQuery(desk,
                  QStringLiteral("SELECT usage_name FROM agents WHERE id = '%1'").arg(agentId(9)))
            .toString(),
        QStringLiteral("after-backup-9"));
    // Nothing to conflict about: the restored edits touched rows nobody else changed.
    QCOMPARE(fileQuery(desk, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt(), 0);
}

void tst_DeskIdentity::aFileCopiedToTwoDesksLosesNoEdit()
{
    const QString first = newDesk(QStringLiteral("copy-a.sqlite"), QStringLiteral("rh1"));
    QVERIFY(!first.isEmpty());
    QVERIFY(editField(first,
                      QStringLiteral("agents"),
                      agentId(30),
                      QStringLiteral("post_title"),
                      QStringLiteral("before-copy")));
    AdminRun r = sync(first, QStringLiteral("rh1"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("pushed 1,")), qPrintable(r.all()));
    const QString second = m_dir.filePath(QStringLiteral("copy-b.sqlite"));
    QVERIFY(backUpFile(first, second));

    // Five edits on each desk; three rows edited on both, on the same field.
    struct Edit
    {
        QString desk, row, value;
    };
    QList<Edit> edits;
    for (int i = 0; i < 5; ++i) {
        edits.append({first, agentId(31 + i), QStringLiteral("desk-a-%1").arg(i)});
        edits.append({second, agentId(33 + i), QStringLiteral("desk-b-%1").arg(i)});
    }
    for (const Edit &e : std::as_const(edits))
        QVERIFY(editField(
            e.desk, QStringLiteral("agents"), e.row, QStringLiteral("usage_name"), e.value));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &desk : {first, second}) {
            r = sync(desk, QStringLiteral("rh1"));
            QVERIFY2(r.code == 0, qPrintable(r.all()));
        }
    }

    int applied = 0;
    int conflicts = 0;
    for (const Edit &e : std::as_const(edits)) {
        if (serverSaw(*m_server,
                      QStringLiteral("agents"),
                      e.row,
                      QStringLiteral("usage_name"),
                      e.value)) {
            ++applied;
            continue;
        }
        QVERIFY2(
            deskKeptConflict(
                e.desk, QStringLiteral("agents"), e.row, QStringLiteral("usage_name"), e.value),
            qPrintable(QStringLiteral("the edit %1 of %2 was lost: not on the server, no "
                                      "conflict on its desk")
                           .arg(e.value, e.row)));
        ++conflicts;
    }
    // The rows only one desk edited reach the server; the three both edited conflict on the
    // desk that synced second.
    QCOMPARE(applied, 7);
    QCOMPARE(conflicts, 3);
    for (const QString &desk : {first, second})
        QCOMPARE(fileQuery(desk, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);
    // Two desks, two identities, both issued to the login.
    const QString idA
        = fileQuery(first, QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'"))
              .toString();
    const QString idB
        = fileQuery(second, QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'"))
              .toString();
    QVERIFY(!idA.isEmpty() && !idB.isEmpty() && idA != idB);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_desks WHERE db_user = "
                                         "'rh1' AND client_id IN ('%1', '%2')")
                              .arg(idA, idB))
                 .toInt(),
             2);
}

void tst_DeskIdentity::receiptsNeedAnIdentityIssuedToTheLogin()
{
    QSqlDatabase rh0 = m_server->connectAs(QStringLiteral("rh0"), QStringLiteral("attack-rh0"));
    QSqlDatabase rh1 = m_server->connectAs(QStringLiteral("rh1"), QStringLiteral("attack-rh1"));
    QVERIFY(rh0.isOpen() && rh1.isOpen());
    auto scalar = [](QSqlDatabase db, const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    auto refused = [](QSqlDatabase db, const QString &sql) {
        QSqlQuery q(db);
        if (q.exec(sql)) {
            qWarning() << "accepted:" << sql;
            return false;
        }
        return true;
    };
    const QString own = scalar(rh0, QStringLiteral("SELECT civitas.register_desk()")).toString();
    const QString other = scalar(rh1, QStringLiteral("SELECT civitas.register_desk()")).toString();
    QVERIFY(!own.isEmpty() && !other.isEmpty());

    // The legitimate receipt goes in, and moves the desk's high-water mark.
    QSqlQuery q(rh0);
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq, fingerprint) "
                              "VALUES ('%1', 7, 'f7')")
                   .arg(own)),
        qPrintable(q.lastError().text()));
    QCOMPARE(scalar(rh0,
                    QStringLiteral("SELECT high_seq FROM civitas.sync_desks WHERE client_id = '%1'")
                        .arg(own))
                 .toLongLong(),
             7);
    // An id the desk made up, another login's id, a receipt without its change's fingerprint,
    // a receipt in another login's name.
    QVERIFY(
        refused(rh0,
                QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq, fingerprint) "
                               "VALUES ('made-up-desk', 1, 'f')")));
    QVERIFY(
        refused(rh0,
                QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq, fingerprint) "
                               "VALUES ('%1', 1, 'f')")
                    .arg(other)));
    QVERIFY(refused(
        rh0,
        QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq) VALUES ('%1', 8)")
            .arg(own)));
    QVERIFY(
        refused(rh0,
                QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq, fingerprint, "
                               "db_user) VALUES ('%1', 9, 'f', 'rh1')")
                    .arg(other)));
    // The identities themselves: no login writes them, or sees another's, whatever its roles.
    const QList<std::pair<QString, QStringList>> roles
        = {{QStringLiteral("di_agent"), {}},
           {QStringLiteral("di_head"), {QStringLiteral("department_head")}},
           {QStringLiteral("di_admin"), {QStringLiteral("administrator")}}};
    QList<QSqlDatabase> attackers = {rh0};
    for (const auto &[login, granted] : roles) {
        QVERIFY(m_server->addUser(login, granted, QStringLiteral("DRH"), {}));
        attackers << m_server->connectAs(login, QStringLiteral("attack-") + login);
        QVERIFY(attackers.last().isOpen());
    }
    for (const QSqlDatabase &db : std::as_const(attackers)) {
        QVERIFY(refused(
            db, QStringLiteral("INSERT INTO civitas.sync_desks (client_id) VALUES ('mine-now')")));
        QVERIFY(refused(db,
                        QStringLiteral("UPDATE civitas.sync_desks SET db_user = session_user "
                                       "WHERE client_id = '%1'")
                            .arg(other)));
        QVERIFY(refused(db, QStringLiteral("UPDATE civitas.sync_desks SET high_seq = 0")));
        QVERIFY(refused(db, QStringLiteral("DELETE FROM civitas.sync_desks")));
        QVERIFY(refused(db, QStringLiteral("TRUNCATE civitas.sync_desks")));
        QVERIFY(refused(db, QStringLiteral("UPDATE civitas.sync_receipts SET fingerprint = 'x'")));
        QVERIFY(refused(db, QStringLiteral("DELETE FROM civitas.sync_receipts")));
        QVERIFY(refused(db,
                        QStringLiteral("INSERT INTO civitas.sync_receipts (client_id, seq, "
                                       "fingerprint) VALUES ('%1', 99, 'f')")
                            .arg(other)));
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM civitas.sync_desks WHERE client_id = '%1'")
                       .arg(other))
                .toInt(),
            0);
    }
    QCOMPARE(scalar(rh0,
                    QStringLiteral("SELECT count(*) FROM civitas.sync_desks WHERE client_id = '%1'")
                        .arg(other))
                 .toInt(),
             0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_receipts WHERE "
                                         "client_id IN ('made-up-desk', '%1')")
                              .arg(other))
                 .toInt(),
             0);
}

void tst_DeskIdentity::aTamperedIdentityInTheFileIsReplaced()
{
    const QString desk = newDesk(QStringLiteral("tampered.sqlite"), QStringLiteral("rh0"));
    QVERIFY(!desk.isEmpty());
    // The file claims rh1's identity, which rh1's desk is using.
    const QString stolen
        = m_server
              ->scalar(QStringLiteral("SELECT client_id FROM civitas.sync_desks WHERE db_user = "
                                      "'rh1' ORDER BY issued_at LIMIT 1"))
              .toString();
    QVERIFY(!stolen.isEmpty());
    QString error;
    fileQuery(desk,
              QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('client_id', ?) ON "
                             "CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {stolen},
              &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(editField(desk,
                      QStringLiteral("agents"),
                      agentId(39),
                      QStringLiteral("post_title"),
                      QStringLiteral("tampered-desk")));
    const qint64 receiptsBefore
        = m_server
              ->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_receipts WHERE client_id "
                                      "= '%1'")
                           .arg(stolen))
              .toLongLong();
    const AdminRun r = sync(desk, QStringLiteral("rh0"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("pushed 1,")), qPrintable(r.all()));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT post_title FROM civitas.agents WHERE id = '%1'")
                              .arg(agentId(39)))
                 .toString(),
             QStringLiteral("tampered-desk"));
    // The push went under an identity the server issued to rh0, not under rh1's.
    const QString now
        = fileQuery(desk, QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'"))
              .toString();
    QVERIFY(now != stolen);
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT db_user FROM civitas.sync_desks WHERE client_id = '%1'")
                         .arg(now))
            .toString(),
        QStringLiteral("rh0"));
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT count(*) FROM civitas.sync_receipts WHERE client_id "
                                    "= '%1'")
                         .arg(stolen))
            .toLongLong(),
        receiptsBefore);
}

void tst_DeskIdentity::oldIdentitiesNeverLockALoginOut()
{
    // A thousand identities in a month mean a desk in a loop; years of desks do not.
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.sync_desks (client_id, db_user, issued_at, last_push_at) "
        "SELECT 'old-' || i, 'di_old', now() - interval '400 days', now() - interval '40 days' "
        "FROM generate_series(1, 1000) i")));
    QVERIFY(m_server->addUser(QStringLiteral("di_old"), {}, {}, {}));
    QSqlDatabase db = m_server->connectAs(QStringLiteral("di_old"), QStringLiteral("di-old"));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("SELECT civitas.register_desk()")) && q.next(),
             qPrintable(q.lastError().text()));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.sync_desks SET last_push_at = now() WHERE db_user = 'di_old'")));
    QVERIFY(!q.exec(QStringLiteral("SELECT civitas.register_desk()")));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("1000 desk identities")),
             qPrintable(q.lastError().databaseText()));
}

QTEST_GUILESS_MAIN(tst_DeskIdentity)
#include "tst_deskidentity.moc"
