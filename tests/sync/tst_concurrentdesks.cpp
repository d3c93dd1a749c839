#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <memory>

// Eight desks, eight `civitas-admin sync` processes at once, round after round: each desk
// edits rows nobody else touches, rows every desk touches (the same field, and different
// fields of one row), then all of them push and pull together. At the end no edit may be
// lost without a conflict recorded on the desk that typed it, and every desk must hold what
// the server holds.
class tst_ConcurrentDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eightDesksConverge();

private:
    // One edit typed on a desk: the server must end up having seen it, or the desk must
    // hold a conflict for it.
    struct Edit
    {
        int desk;
        QString table;
        QString rowId;
        QString field;
        QString value;
        bool disjoint;
    };

    bool syncAllAtOnce(const QList<int> &desks, QString *failure);
    QProcessEnvironment environmentFor(const QString &login) const;

    static constexpr int Desks = 8;
    static constexpr int Rounds = 4;
    static constexpr int RowsPerDesk = 3; // rows only that desk edits
    static constexpr int SharedRows = 4;  // rows every desk edits, same field
    static constexpr int MergedRows = 2;  // rows every desk edits, a field of its own

    std::unique_ptr<ServerFixture> m_server;
    std::vector<std::unique_ptr<Client>> m_desks;
    QStringList m_logins;
};

// Fields of agent_details a desk may own on a merged row: a different one per desk.
static const char *const ownFields[] = {"birth_place",
                                        "nationality",
                                        "address",
                                        "postcode",
                                        "city",
                                        "phone",
                                        "email",
                                        "contract_basis"};

static QString agentId(int n)
{
    return QStringLiteral("ag-%1").arg(n, 3, 10, QLatin1Char('0'));
}

void tst_ConcurrentDesks::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) "
                                      "VALUES ('u-rh', 'service', 'DRH', 'Ressources humaines')")));
    const int agents = Desks * RowsPerDesk + SharedRows + MergedRows;
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                       "first_names, org_unit_id, post_title, entry_date) "
                       "SELECT 'ag-' || lpad(n::text, 3, '0'), lpad(n::text, 6, '0'), "
                       "'NOM' || n, 'Prénom', 'u-rh', 'Poste', date '2015-01-01' "
                       "FROM generate_series(0, %1) n")
            .arg(agents - 1)));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status) "
                                          "SELECT id, 'F', 'tenured' FROM civitas.agents")));
    for (int d = 0; d < Desks; ++d) {
        const QString login = QStringLiteral("rh%1").arg(d);
        QVERIFY(m_server->addUser(login, {QStringLiteral("hr")}, QStringLiteral("DRH"), {}));
        m_logins << login;
        m_desks.push_back(std::make_unique<Client>(*m_server, login));
    }
    // The first syncs too run all at once.
    QList<int> all;
    for (int d = 0; d < Desks; ++d)
        all << d;
    QString failure;
    QVERIFY2(syncAllAtOnce(all, &failure), qPrintable(failure));
    for (int d = 0; d < Desks; ++d)
        QCOMPARE(m_desks[d]->scalar(QStringLiteral("SELECT count(*) FROM agents")).toInt(), agents);
}

QProcessEnvironment tst_ConcurrentDesks::environmentFor(const QString &login) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), m_server->name());
    env.insert(QStringLiteral("PGUSER"), login);
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(login));
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    return env;
}

bool tst_ConcurrentDesks::syncAllAtOnce(const QList<int> &desks, QString *failure)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int d : desks) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environmentFor(m_logins.at(d)));
        process->start(QStringLiteral(CIVITAS_ADMIN),
                       {QStringLiteral("sync"), QStringLiteral("--db"), m_desks[d]->path()});
        processes.push_back(std::move(process));
    }
    bool ok = true;
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess &p = *processes[i];
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            ok = false;
            *failure += QStringLiteral("desk %1: exit %2: %3 %4\n")
                            .arg(desks.at(int(i)))
                            .arg(p.exitCode())
                            .arg(QString::fromUtf8(p.readAllStandardOutput()),
                                 QString::fromUtf8(p.readAllStandardError()));
        }
    }
    return ok;
}

void tst_ConcurrentDesks::eightDesksConverge()
{
    QList<Edit> edits;
    for (int round = 0; round < Rounds; ++round) {
        for (int d = 0; d < Desks; ++d) {
            Client &desk = *m_desks[d];
            auto edit = [&](const QString &table,
                            const QString &row,
                            const QString &field,
                            bool disjoint) {
                const QString value = QStringLiteral("d%1r%2-%3").arg(d).arg(round).arg(row);
                QSqlQuery q(desk.db().connection());
                q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field));
                q.addBindValue(value);
                q.addBindValue(row);
                QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
                edits.append({d, table, row, field, value, disjoint});
            };
            for (int r = 0; r < RowsPerDesk; ++r)
                edit(QStringLiteral("agents"),
                     agentId(d * RowsPerDesk + r),
                     QStringLiteral("post_title"),
                     true);
            for (int s = 0; s < SharedRows; ++s)
                edit(QStringLiteral("agents"),
                     agentId(Desks * RowsPerDesk + s),
                     QStringLiteral("usage_name"),
                     false);
            for (int m = 0; m < MergedRows; ++m)
                edit(QStringLiteral("agent_details"),
                     agentId(Desks * RowsPerDesk + SharedRows + m),
                     QString::fromLatin1(ownFields[d]),
                     true);
        }
        QList<int> all;
        for (int d = 0; d < Desks; ++d)
            all << d;
        QString failure;
        QVERIFY2(syncAllAtOnce(all, &failure), qPrintable(failure));
    }
    // Two quiet passes, one desk after the other: the last pushes reach every desk.
    for (int pass = 0; pass < 2; ++pass) {
        for (int d = 0; d < Desks; ++d) {
            QString failure;
            QVERIFY2(syncAllAtOnce({d}, &failure), qPrintable(failure));
        }
    }

    // Every edit reached the server (its audit log holds the value for that row and field),
    // or its desk recorded a conflict keeping it. Edits nobody else made never conflict.
    int applied = 0;
    int conflicted = 0;
    for (const Edit &e : std::as_const(edits)) {
        QSqlQuery seen(m_server->admin());
        seen.prepare(QStringLiteral("SELECT count(*) FROM civitas.audit_log WHERE table_name = ? "
                                    "AND row_id = ? AND new_values ->> ? = ?"));
        seen.addBindValue(e.table);
        seen.addBindValue(e.rowId);
        seen.addBindValue(e.field);
        seen.addBindValue(e.value);
        QVERIFY2(seen.exec() && seen.next(), qPrintable(seen.lastError().text()));
        if (seen.value(0).toInt() > 0) {
            ++applied;
            continue;
        }
        QSqlQuery kept(m_desks[e.desk]->db().connection());
        kept.prepare(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE table_name = ? "
                                    "AND row_id = ? AND field = ? AND mine = ?"));
        kept.addBindValue(e.table);
        kept.addBindValue(e.rowId);
        kept.addBindValue(e.field);
        kept.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray{e.value}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
        QVERIFY(kept.exec() && kept.next());
        QVERIFY2(kept.value(0).toInt() == 1,
                 qPrintable(QStringLiteral("desk %1 lost %2.%3 = %4 of %5 without a conflict")
                                .arg(e.desk)
                                .arg(e.table, e.field, e.value, e.rowId)));
        QVERIFY2(!e.disjoint,
                 qPrintable(QStringLiteral("an edit nobody else made conflicted: %1.%2 of %3")
                                .arg(e.table, e.field, e.rowId)));
        ++conflicted;
    }
    qInfo("%d edits: %d applied, %d kept as conflicts", int(edits.size()), applied, conflicted);
    // Both paths ran: the same field edited everywhere must have made conflicts.
    QVERIFY(applied > 0);
    QVERIFY(conflicted > 0);

    // Each desk's last value of a row nobody else edits is the server's.
    for (int d = 0; d < Desks; ++d) {
        for (int r = 0; r < RowsPerDesk; ++r) {
            const QString row = agentId(d * RowsPerDesk + r);
            QCOMPARE(m_server
                         ->scalar(QStringLiteral("SELECT post_title FROM civitas.agents WHERE id "
                                                 "= '%1'")
                                      .arg(row))
                         .toString(),
                     QStringLiteral("d%1r%2-%3").arg(d).arg(Rounds - 1).arg(row));
        }
        for (int m = 0; m < MergedRows; ++m) {
            const QString row = agentId(Desks * RowsPerDesk + SharedRows + m);
            QCOMPARE(m_server
                         ->scalar(QStringLiteral("SELECT %1 FROM civitas.agent_details WHERE id "
                                                 "= '%2'")
                                      .arg(QString::fromLatin1(ownFields[d]), row))
                         .toString(),
                     QStringLiteral("d%1r%2-%3").arg(d).arg(Rounds - 1).arg(row));
        }
    }

    // Every desk converged: nothing left to send, and the same rows, versions and values.
    auto snapshot = [](QSqlDatabase db, const QString &schema) {
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT a.id, a.row_version, a.post_title, a.usage_name, d.row_version, "
                           "d.birth_place, d.nationality, d.address, d.postcode, d.city, d.phone, "
                           "d.email, d.contract_basis FROM %1agents a JOIN %1agent_details d "
                           "ON d.id = a.id ORDER BY a.id")
                .arg(schema));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < 13; ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList server = snapshot(m_server->admin(), QStringLiteral("civitas."));
    QCOMPARE(server.size(), Desks * RowsPerDesk + SharedRows + MergedRows);
    for (int d = 0; d < Desks; ++d) {
        QCOMPARE(m_desks[d]->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);
        QCOMPARE(snapshot(m_desks[d]->db().connection(), QString()), server);
    }
}

QTEST_GUILESS_MAIN(tst_ConcurrentDesks)
#include "tst_concurrentdesks.moc"
