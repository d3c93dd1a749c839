#include "serverfixture.h"

#include <hr/store/agentfilestore.h>

#include <core/files/filedownloader.h>

#include <QElapsedTimer>

using namespace Civitas;
using namespace Civitas::Hr;

// The agent file on the server, checked as somebody with psql would: plain SQL as each login
// (the agent, the head of a direction with a service under it, HR, an administrator, another
// agent), then the same rules through the real sync engine and AgentFileStore on their desks.
//
// The town: direction DST (headed by ag-head) with its service DST-EV (ag-1 works there),
// and HR's service DRH-CP (ag-hr, ag-2), headed by nobody here.
class tst_HrSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachLoginReadsWhatItMay_data();
    void eachLoginReadsWhatItMay();
    void onlyHrWritesAndNobodyDeletes();
    void statutoryPositionsMayNotOverlap();
    void fileReadsGoToTheAuditLog();
    void documentContentIsAuditedAsItsSize();
    void documentsAreNumberedByTheServer();
    void fileSyncsToWhoMaySeeIt();

private:
    QSqlQuery as(const QString &login);
    QStringList agentIds(const QString &login, const QString &table);
    static QByteArray pdfBytes(int size, quint32 seed);

    ServerFixture *m_server = nullptr;
    QString m_pieceHash; // a small PDF every login of the test uploaded
    int m_connections = 0;
    QElapsedTimer m_timer;
};

namespace {

const QStringList fileTables = {QStringLiteral("agents"),
                                QStringLiteral("agent_details"),
                                QStringLiteral("career_steps"),
                                QStringLiteral("statutory_positions"),
                                QStringLiteral("working_times"),
                                QStringLiteral("agent_documents")};

// The column naming the agent a row belongs to.
QString agentColumn(const QString &table)
{
    return table == QLatin1String("agents") || table == QLatin1String("agent_details")
               ? QStringLiteral("id")
               : QStringLiteral("agent_id");
}

// The agents seeded by initTestCase (later test functions add others).
const QString seeded = QStringLiteral("('ag-1', 'ag-head', 'ag-hr', 'ag-2')");

} // namespace

void tst_HrSecurity::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_timer.start();
    QVERIFY2(testModules().module(QStringLiteral("hr"))
                 && testModules().module(QStringLiteral("hr"))->instance,
             "the HR module plugin was not found in CIVITAS_MODULE_PATH");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.org_units (id, parent_id, kind, code, name, head_agent_id) VALUES "
        "('d-st', NULL, 'direction', 'DST', 'Services techniques', 'ag-head'), "
        "('u-ev', 'd-st', 'service', 'DST-EV', 'Espaces verts', NULL), "
        "('u-cp', NULL, 'service', 'DRH-CP', 'Carrières et paie', NULL)")));
    QVERIFY(m_server->addUser(
        QStringLiteral("hs_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("hs_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST"),
                              QStringLiteral("ag-head")));
    QVERIFY(m_server->addUser(QStringLiteral("hs_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-hr")));
    QVERIFY(m_server->addUser(QStringLiteral("hs_hr2"),
                              {QStringLiteral("hr")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-hr2")));
    // An administrator's account, not an agent with a file: they see no file at all.
    QVERIFY(m_server->addUser(QStringLiteral("hs_admin"),
                              {QStringLiteral("administrator")},
                              QStringLiteral("DRH-CP"),
                              QStringLiteral("ag-admin")));
    QVERIFY(m_server->addUser(
        QStringLiteral("hs_other"), {}, QStringLiteral("DRH-CP"), QStringLiteral("ag-2")));

    // A complete file for each agent, written by the owner (as an import would).
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, post_title, entry_date) "
        "VALUES ('ag-1', '000001', 'MARTIN', 'Jeanne', 'u-ev', 'Jardinière', '2012-03-01'), "
        "('ag-head', '000002', 'DURAND', 'Paul', 'd-st', 'Directeur', '2005-09-01'), "
        "('ag-hr', '000003', 'PETIT', 'Lucie', 'u-cp', 'Gestionnaire', '2015-01-05'), "
        "('ag-2', '000004', 'BERNARD', 'Karim', 'u-cp', 'Gestionnaire', '2018-06-11')")));
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status, city) "
                                      "SELECT id, 'F', 'tenured', 'Bron' FROM civitas.agents")));
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.career_steps (id, agent_id, effective_date, category, "
                       "sector, job_framework, grade, echelon) "
                       "SELECT 'c-' || id, id, entry_date, 'C', 'technical', 'Adjoints "
                       "techniques', 'Adjoint technique', 3 FROM civitas.agents")));
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.statutory_positions (id, agent_id, "
                                      "position, start_date, decision_reference, decision_date) "
                                      "SELECT 'p-' || id, id, 'active', entry_date, 'A-' || "
                                      "registration_number, entry_date FROM civitas.agents")));
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.working_times (id, agent_id, "
                                          "effective_date, kind, weekly_minutes, weekly_pattern) "
                                          "SELECT 'w-' || id, id, entry_date, 'full_time', 2100, "
                                          "'11111111110000' FROM civitas.agents")));
    // Every login here may file the same small piece: the attacks below then meet the
    // policies, not the file store's proof of upload (tst_filestore attacks that).
    m_pieceHash = m_server->storeFile("%PDF-1.4 ",
                                      {QStringLiteral("hs_agent"),
                                       QStringLiteral("hs_head"),
                                       QStringLiteral("hs_hr"),
                                       QStringLiteral("hs_hr2"),
                                       QStringLiteral("hs_admin"),
                                       QStringLiteral("hs_other")});
    QVERIFY(!m_pieceHash.isEmpty());
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, "
                                          "sequence_number, category, title, document_date, "
                                          "file_name, mime_type, byte_size, content_sha256) "
                                          "SELECT 'd-' || id, id, 1, 'identity', 'Carte "
                                          "d''identité', entry_date, 'cni.pdf', 'application/pdf', "
                                          "9, '%1' FROM civitas.agents")
                               .arg(m_pieceHash)));
}

void tst_HrSecurity::cleanupTestCase()
{
    delete m_server;
    qInfo("tst_hrsecurity took %lld ms", m_timer.elapsed());
}

QSqlQuery tst_HrSecurity::as(const QString &login)
{
    QSqlDatabase db
        = m_server->connectAs(login, QStringLiteral("hrsec-%1-%2").arg(login).arg(++m_connections));
    if (!db.isOpen())
        qWarning() << login << db.lastError().text();
    return QSqlQuery(db);
}

// The agents whose rows of `table` the login reads (seeded agents only), each once, sorted.
QStringList tst_HrSecurity::agentIds(const QString &login, const QString &table)
{
    QSqlQuery q = as(login);
    QStringList ids;
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM civitas.%2 WHERE %1 IN %3 ORDER BY 1")
                    .arg(agentColumn(table), table, seeded))) {
        qWarning() << q.lastError().text();
        return {QStringLiteral("<error>")};
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QByteArray tst_HrSecurity::pdfBytes(int size, quint32 seed)
{
    QByteArray bytes("%PDF-1.7\n");
    QRandomGenerator random(seed);
    bytes.reserve(size);
    // Every byte value, NUL and backslash included, so that no layer may treat it as text.
    while (bytes.size() < size)
        bytes.append(char(random.bounded(256)));
    return bytes;
}

void tst_HrSecurity::eachLoginReadsWhatItMay_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("expected");

    const QStringList everybody = {QStringLiteral("ag-1"),
                                   QStringLiteral("ag-2"),
                                   QStringLiteral("ag-head"),
                                   QStringLiteral("ag-hr")};
    for (const QString &table : fileTables) {
        const QByteArray t = table.toLatin1();
        // Agents see their own file, all of it, and nothing of anybody else's.
        QTest::newRow("agent " + t)
            << QStringLiteral("hs_agent") << table << QStringList{QStringLiteral("ag-1")};
        QTest::newRow("other agent " + t)
            << QStringLiteral("hs_other") << table << QStringList{QStringLiteral("ag-2")};
        // The head of the direction sees names, postings and working times of the direction
        // and of its service; of the rest of the file, only their own.
        const bool teamTable
            = table == QLatin1String("agents") || table == QLatin1String("working_times");
        QTest::newRow("head " + t)
            << QStringLiteral("hs_head") << table
            << (teamTable ? QStringList{QStringLiteral("ag-1"), QStringLiteral("ag-head")}
                          : QStringList{QStringLiteral("ag-head")});
        QTest::newRow("hr " + t) << QStringLiteral("hs_hr") << table << everybody;
        QTest::newRow("administrator " + t) << QStringLiteral("hs_admin") << table << QStringList{};
    }
}

void tst_HrSecurity::eachLoginReadsWhatItMay()
{
    QFETCH(QString, login);
    QFETCH(QString, table);
    QFETCH(QStringList, expected);
    QCOMPARE(agentIds(login, table), expected);
}

void tst_HrSecurity::onlyHrWritesAndNobodyDeletes()
{
    // Each login tries on its own file (the head also on its team's), then HR does the same.
    struct Attempt
    {
        QString login;
        QString agent;
    };
    const QList<Attempt> refused = {{QStringLiteral("hs_agent"), QStringLiteral("ag-1")},
                                    {QStringLiteral("hs_head"), QStringLiteral("ag-head")},
                                    {QStringLiteral("hs_head"), QStringLiteral("ag-1")},
                                    {QStringLiteral("hs_admin"), QStringLiteral("ag-1")},
                                    {QStringLiteral("hs_other"), QStringLiteral("ag-2")}};
    // A new agent `newAgent`, then a row of each history for `agent` (ids: `newAgent`).
    auto inserts = [this](const QString &newAgent, const QString &agent) {
        return QStringList{
            QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                           "first_names, entry_date) "
                           "VALUES ('%1', '%1', 'X', 'Y', '2020-01-01')")
                .arg(newAgent),
            QStringLiteral("INSERT INTO civitas.career_steps (id, agent_id, effective_date, "
                           "category, sector, job_framework, grade, echelon) "
                           "VALUES ('%1', '%2', '2024-01-01', 'B', 'technical', 'Techniciens', "
                           "'Technicien', 5)")
                .arg(newAgent, agent),
            QStringLiteral("INSERT INTO civitas.statutory_positions (id, agent_id, position, "
                           "start_date, end_date, decision_reference, decision_date) "
                           "VALUES ('%1', '%2', 'secondment', '1990-01-01', '1990-12-31', 'D-1', "
                           "'1989-12-01')")
                .arg(newAgent, agent),
            QStringLiteral(
                "INSERT INTO civitas.working_times (id, agent_id, effective_date, kind, "
                "part_time_rate, weekly_minutes, weekly_pattern) "
                "VALUES ('%1', '%2', '2024-02-01', 'part_time', 80, 1680, '11111111000000')")
                .arg(newAgent, agent),
            QStringLiteral("INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, "
                           "category, title, document_date, "
                           "file_name, mime_type, byte_size, content_sha256) VALUES ('%1', '%2', "
                           "1, 'other', 'T', '2024-01-01', 't.pdf', 'application/pdf', 9, '%3')")
                .arg(newAgent, agent, m_pieceHash),
            QStringLiteral("INSERT INTO civitas.agent_details (id, sex, status, contract_basis, "
                           "contract_start) "
                           "VALUES ('%1', 'M', 'contract', 'L332-8 2°', '2020-01-01')")
                .arg(newAgent)};
    };
    auto updates = [](const QString &agent) {
        return QStringList{
            QStringLiteral("UPDATE civitas.agents SET post_title = 'Changed' WHERE id = '%1'")
                .arg(agent),
            QStringLiteral("UPDATE civitas.agent_details SET nir = '1' WHERE id = '%1'").arg(agent),
            QStringLiteral("UPDATE civitas.career_steps SET echelon = 11 WHERE agent_id = '%1'")
                .arg(agent),
            QStringLiteral("UPDATE civitas.statutory_positions SET decision_reference = 'Changed' "
                           "WHERE agent_id = '%1'")
                .arg(agent),
            QStringLiteral(
                "UPDATE civitas.working_times SET weekly_minutes = 60 WHERE agent_id = '%1'")
                .arg(agent),
            QStringLiteral(
                "UPDATE civitas.agent_documents SET title = 'Changed' WHERE agent_id = '%1'")
                .arg(agent),
            // A tombstone is an update too.
            QStringLiteral("UPDATE civitas.agents SET deleted = 1 WHERE id = '%1'").arg(agent)};
    };
    const QString changedCount = QStringLiteral(
        "SELECT (SELECT count(*) FROM civitas.agents WHERE post_title = 'Changed' OR deleted = 1) "
        "+ (SELECT count(*) FROM civitas.agent_details WHERE nir = '1') "
        "+ (SELECT count(*) FROM civitas.career_steps WHERE echelon = 11) "
        "+ (SELECT count(*) FROM civitas.statutory_positions WHERE decision_reference = 'Changed') "
        "+ (SELECT count(*) FROM civitas.working_times WHERE weekly_minutes = 60) "
        "+ (SELECT count(*) FROM civitas.agent_documents WHERE title = 'Changed')");

    for (const Attempt &a : refused) {
        const QString what = a.login + QLatin1Char('/') + a.agent;
        QSqlQuery q = as(a.login);
        for (const QString &sql : inserts(QStringLiteral("x-") + a.agent, a.agent)) {
            // Only HR holds INSERT and UPDATE on the file (hr 0002): refused before any
            // policy or trigger runs.
            QVERIFY2(!q.exec(sql), qPrintable(what + QLatin1String(": ") + sql));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
                     qPrintable(what + QLatin1String(": ") + q.lastError().databaseText()));
        }
        for (const QString &sql : updates(a.agent)) {
            QVERIFY2(!q.exec(sql), qPrintable(what + QLatin1String(": ") + sql));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
                     qPrintable(what + QLatin1String(": ") + q.lastError().databaseText()));
        }
        for (const QString &table : fileTables) {
            QVERIFY2(!q.exec(QStringLiteral("DELETE FROM civitas.%1 WHERE %2 = '%3'")
                                 .arg(table, agentColumn(table), a.agent)),
                     qPrintable(what + QLatin1Char(' ') + table));
        }
    }
    QCOMPARE(m_server->scalar(changedCount).toInt(), 0);
    QCOMPARE(
        m_server->scalar(QStringLiteral("SELECT count(*) FROM civitas.agents WHERE id LIKE 'x-%'"))
            .toInt(),
        0);

    // HR writes all of it, on anybody's file.
    QSqlQuery hr = as(QStringLiteral("hs_hr"));
    const QString created = QStringLiteral("hr-new");
    for (const QString &sql : inserts(created, created))
        QVERIFY2(hr.exec(sql), qPrintable(sql + QLatin1String(": ") + hr.lastError().text()));
    for (const QString &sql : updates(created)) {
        QVERIFY2(hr.exec(sql), qPrintable(hr.lastError().text()));
        QVERIFY2(hr.numRowsAffected() == 1, qPrintable(sql));
    }
    QCOMPARE(m_server->scalar(changedCount).toInt(), 6);
    QCOMPARE(
        m_server
            ->scalar(QStringLiteral("SELECT updated_by FROM civitas.agents WHERE id = 'hr-new'"))
            .toString(),
        QStringLiteral("hs_hr"));

    // Nobody deletes: not HR, not even the owner of the tables. Tombstones only.
    for (const QString &table : fileTables + QStringList{QStringLiteral("agent_file_reads")})
        QVERIFY2(!hr.exec(QStringLiteral("DELETE FROM civitas.%1").arg(table)), qPrintable(table));
    for (const QString &table : fileTables) {
        QSqlQuery owner(m_server->admin());
        QVERIFY2(!owner.exec(QStringLiteral("DELETE FROM civitas.%1 WHERE %2 = 'hr-new'")
                                 .arg(table, agentColumn(table))),
                 qPrintable(table));
    }
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM civitas.career_steps WHERE id = 'hr-new'"))
                 .toInt(),
             1);

    // Every change is recorded: who, when, old and new value.
    QSqlQuery audit(m_server->admin());
    QVERIFY(audit.exec(QStringLiteral("SELECT db_user, at > now() - interval '1 hour', "
                                      "old_values->>'echelon', new_values->>'echelon' "
                                      "FROM civitas.audit_log WHERE table_name = 'career_steps' "
                                      "AND row_id = 'hr-new' AND operation = 'update'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("hs_hr"));
    QVERIFY(audit.value(1).toBool());
    QCOMPARE(audit.value(2).toString(), QStringLiteral("5"));
    QCOMPARE(audit.value(3).toString(), QStringLiteral("11"));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM civitas.audit_log WHERE table_name = 'agents' "
                     "AND row_id = 'hr-new' AND operation = 'delete' AND db_user = 'hs_hr'"))
                 .toInt(),
             1);
}

void tst_HrSecurity::statutoryPositionsMayNotOverlap()
{
    QSqlQuery hr = as(QStringLiteral("hs_hr"));
    auto insert =
        [&](const QString &id, const QString &position, const QString &start, const QString &end) {
            return hr.exec(
                QStringLiteral(
                    "INSERT INTO civitas.statutory_positions (id, agent_id, position, start_date, "
                    "end_date, decision_reference, decision_date) VALUES ('%1', 'ag-1', '%2', "
                    "'%3', %4, "
                    "'Arrêté %1', '%3')")
                    .arg(id,
                         position,
                         start,
                         end.isEmpty() ? QStringLiteral("NULL")
                                       : QLatin1Char('\'') + end + QLatin1Char('\'')));
        };
    // Who may not write positions learns nothing of them by trying: the refusal names no
    // position, no date.
    for (const QString &login :
         {QStringLiteral("hs_other"), QStringLiteral("hs_head"), QStringLiteral("hs_admin")}) {
        QSqlQuery probe = as(login);
        QVERIFY(!probe.exec(QStringLiteral(
            "INSERT INTO civitas.statutory_positions (id, agent_id, position, start_date, "
            "end_date, decision_reference, decision_date) VALUES ('probe', 'ag-1', "
            "'active', '1900-01-01', '2100-12-31', 'x', '2000-01-01')")));
        const QString refusal = probe.lastError().databaseText();
        QVERIFY2(refusal.contains(QLatin1String("permission denied"))
                     && !refusal.contains(QLatin1String("2012")),
                 qPrintable(login + QLatin1String(": ") + refusal));
    }

    // ag-1 is active from 2012-03-01 with no end date: a secondment from 2024 overlaps it.
    QVERIFY(!insert(QStringLiteral("sp-1"),
                    QStringLiteral("secondment"),
                    QStringLiteral("2024-01-01"),
                    QStringLiteral("2026-12-31")));
    QCOMPARE(hr.lastError().nativeErrorCode(), QStringLiteral("23514"));
    const QString message = hr.lastError().databaseText();
    QVERIFY2(message.contains(QLatin1String("statutory positions may not overlap"))
                 && message.contains(QLatin1String("active from 2012-03-01")),
             qPrintable(message));

    // Ended the day before, the next one may start: adjacent positions do not overlap.
    QVERIFY2(
        hr.exec(QStringLiteral(
            "UPDATE civitas.statutory_positions SET end_date = '2023-12-31' WHERE id = 'p-ag-1'")),
        qPrintable(hr.lastError().text()));
    QVERIFY2(insert(QStringLiteral("sp-1"),
                    QStringLiteral("secondment"),
                    QStringLiteral("2024-01-01"),
                    QStringLiteral("2026-12-31")),
             qPrintable(hr.lastError().text()));
    // The same day at both ends is one day in two positions.
    QVERIFY(!insert(QStringLiteral("sp-2"),
                    QStringLiteral("leave_of_absence"),
                    QStringLiteral("2026-12-31"),
                    QString()));
    QVERIFY(insert(QStringLiteral("sp-2"),
                   QStringLiteral("leave_of_absence"),
                   QStringLiteral("2027-01-01"),
                   QString()));
    // Inside another, or covering one, is refused too.
    QVERIFY(!insert(QStringLiteral("sp-3"),
                    QStringLiteral("parental_leave"),
                    QStringLiteral("2000-01-01"),
                    QStringLiteral("2030-01-01")));

    // An update that makes two overlap is refused: extending, moving the start back, reopening.
    QVERIFY(!hr.exec(QStringLiteral(
        "UPDATE civitas.statutory_positions SET end_date = '2024-01-01' WHERE id = 'p-ag-1'")));
    QVERIFY2(hr.lastError().databaseText().contains(
                 QLatin1String("secondment from 2024-01-01 to 2026-12-31")),
             qPrintable(hr.lastError().databaseText()));
    QVERIFY(!hr.exec(QStringLiteral(
        "UPDATE civitas.statutory_positions SET start_date = '2026-06-01' WHERE id = 'sp-2'")));
    QVERIFY(!hr.exec(QStringLiteral(
        "UPDATE civitas.statutory_positions SET end_date = NULL WHERE id = 'sp-1'")));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT end_date::text FROM civitas.statutory_positions WHERE id = 'p-ag-1'"))
                 .toString(),
             QStringLiteral("2023-12-31"));

    // A withdrawn position (tombstone) does not count.
    QVERIFY(hr.exec(
        QStringLiteral("UPDATE civitas.statutory_positions SET deleted = 1 WHERE id = 'sp-1'")));
    QVERIFY2(insert(QStringLiteral("sp-4"),
                    QStringLiteral("made_available"),
                    QStringLiteral("2024-01-01"),
                    QStringLiteral("2026-12-31")),
             qPrintable(hr.lastError().text()));
    // ...until it is brought back while another holds its time.
    QVERIFY(!hr.exec(
        QStringLiteral("UPDATE civitas.statutory_positions SET deleted = 0 WHERE id = 'sp-1'")));

    // Each agent's positions are checked on their own: 1990 overlaps nothing of ag-2's.
    QVERIFY2(
        hr.exec(QStringLiteral(
            "INSERT INTO civitas.statutory_positions (id, agent_id, position, start_date, "
            "end_date, "
            "decision_reference, decision_date) VALUES ('sp-5', 'ag-2', 'active', '1990-01-01', "
            "'1999-12-31', 'A', '1990-01-01')")),
        qPrintable(hr.lastError().text()));
}

void tst_HrSecurity::fileReadsGoToTheAuditLog()
{
    auto readsOf = [&](const QString &agent) {
        return m_server
            ->scalar(
                QStringLiteral("SELECT count(*) FROM civitas.audit_log WHERE operation = 'read' "
                               "AND row_id = '%1'")
                    .arg(agent))
            .toInt();
    };
    QCOMPARE(readsOf(QStringLiteral("ag-2")), 0);
    QSqlQuery hr = as(QStringLiteral("hs_hr"));
    // Whatever time the desk (or a login) claims, the read is dated by the server.
    QVERIFY2(hr.exec(QStringLiteral(
                 "INSERT INTO civitas.agent_file_reads (id, agent_id, read_at, read_by) "
                 "VALUES ('read-1', 'ag-2', '2001-02-03 04:05:06+00', 'hs_hr')")),
             qPrintable(hr.lastError().text()));
    QSqlQuery q(m_server->admin());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT table_name, row_id, operation, db_user, at > now() - interval '1 hour', "
        "(new_values->>'read_at')::timestamptz > now() - interval '1 hour' "
        "FROM civitas.audit_log WHERE operation = 'read'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("agents"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ag-2"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("read"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("hs_hr"));
    QVERIFY2(q.value(4).toBool(), "the audit log's time is the server's, not the desk's");
    QVERIFY(q.value(5).toBool());
    QVERIFY(!q.next());
    // HR reads back its own reads, not another HR login's.
    QSqlQuery hr2 = as(QStringLiteral("hs_hr2"));
    QVERIFY(hr2.exec(QStringLiteral("SELECT count(*) FROM civitas.agent_file_reads"))
            && hr2.next());
    QCOMPARE(hr2.value(0).toInt(), 0);

    // Nobody but HR records reads; nobody records one in another's name.
    for (const QString &login :
         {QStringLiteral("hs_agent"), QStringLiteral("hs_head"), QStringLiteral("hs_admin")}) {
        QSqlQuery other = as(login);
        QVERIFY2(!other.exec(
                     QStringLiteral("INSERT INTO civitas.agent_file_reads (id, agent_id, read_by) "
                                    "VALUES ('read-%1', 'ag-2', '%1')")
                         .arg(login)),
                 qPrintable(login));
        QVERIFY(other.lastError().databaseText().contains(QLatin1String("permission denied")));
    }
    QVERIFY(!hr.exec(QStringLiteral("INSERT INTO civitas.agent_file_reads (id, agent_id, read_by) "
                                    "VALUES ('read-2', 'ag-2', 'hs_hr2')")));
    QVERIFY(hr.lastError().databaseText().contains(QLatin1String("row-level security")));
    // Nor rewrites one afterwards: nobody holds UPDATE on the register.
    QVERIFY(!hr.exec(QStringLiteral(
        "UPDATE civitas.agent_file_reads SET read_by = 'hs_hr2', agent_id = 'ag-1'")));
    QCOMPARE(readsOf(QStringLiteral("ag-2")), 1);
    QCOMPARE(readsOf(QStringLiteral("ag-1")), 0);

    // A desk's read goes the same way through the sync: AgentFileStore, then a push.
    Client desk(*m_server, QStringLiteral("hs_hr2"));
    QVERIFY(desk.sync());
    AgentFileStore store(desk.db());
    QVERIFY(store.logRead(QStringLiteral("ag-1"), QStringLiteral("hs_hr2")));
    SyncReport report;
    QVERIFY(desk.sync(&report));
    QCOMPARE(report.refused, 0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT db_user FROM civitas.audit_log WHERE operation = 'read' "
                     "AND row_id = 'ag-1'"))
                 .toString(),
             QStringLiteral("hs_hr2"));
}

void tst_HrSecurity::documentContentIsAuditedAsItsSize()
{
    // A piece's bytes are in the file store: the audit log records the fingerprint the row
    // holds, never a copy of the file.
    const QByteArray content = pdfBytes(300 * 1024, 7);
    const QString sha256 = m_server->storeFile(content, {QStringLiteral("hs_hr")});
    QSqlQuery hr = as(QStringLiteral("hs_hr"));
    hr.prepare(QStringLiteral(
        "INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, category, title, "
        "document_date, file_name, mime_type, byte_size, content_sha256) "
        "VALUES ('doc-audit', 'ag-hr', 1, 'diplomas', 'Diplôme', '2014-06-30', 'diplome.pdf', "
        "'application/pdf', ?, ?)"));
    hr.addBindValue(content.size());
    hr.addBindValue(sha256);
    QVERIFY2(hr.exec(), qPrintable(hr.lastError().text()));
    QSqlQuery q(m_server->admin());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT new_values->>'content_sha256', length(new_values::text), new_values->>'title', "
        "db_user, new_values->>'byte_size' FROM civitas.audit_log "
        "WHERE table_name = 'agent_documents' AND row_id = 'doc-audit'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), sha256);
    QVERIFY2(q.value(1).toInt() < 2000, "the audit log holds a copy of the file");
    QCOMPARE(q.value(2).toString(), QStringLiteral("Diplôme"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("hs_hr"));
    QCOMPARE(q.value(4).toInt(), content.size());
    // The file itself is whole in the store.
    QVERIFY(q.exec(QStringLiteral("SELECT string_agg(data, ''::bytea ORDER BY chunk_index) FROM "
                                  "civitas.file_chunks WHERE sha256 = '%1'")
                       .arg(sha256))
            && q.next());
    QVERIFY(q.value(0).toByteArray() == content);

    // Whatever the session's output format, a small file is a size too, and a text that
    // happens to look like hexadecimal bytes is logged as typed.
    QVERIFY(hr.exec(QStringLiteral("SET bytea_output = 'escape'")));
    const QString looksBinary = QStringLiteral("\\x") + QString(QLatin1String("4142")).repeated(40);
    hr.prepare(QStringLiteral("UPDATE civitas.agent_details SET address = ? WHERE id = 'ag-hr'"));
    hr.addBindValue(looksBinary);
    QVERIFY2(hr.exec(), qPrintable(hr.lastError().text()));
    QVERIFY(q.exec(QStringLiteral(
        "SELECT new_values->>'address' FROM civitas.audit_log "
        "WHERE table_name = 'agent_details' AND row_id = 'ag-hr' AND operation = 'update' "
        "ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), looksBinary);
}

void tst_HrSecurity::documentsAreNumberedByTheServer()
{
    // Two HR desks have ag-2's file (one piece, number 1), then go offline.
    Client a(*m_server, QStringLiteral("hs_hr"));
    Client b(*m_server, QStringLiteral("hs_hr2"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    const QString agent = QStringLiteral("ag-2");
    const int before
        = m_server
              ->scalar(QStringLiteral(
                  "SELECT count(*) FROM civitas.agent_documents WHERE agent_id = 'ag-2'"))
              .toInt();
    QCOMPARE(before, 1);

    // Each adds a piece: both number it 2 on their own desk.
    struct Added
    {
        QString id;
        QByteArray content;
    };
    auto addDocument = [&](Client &desk,
                           const QString &title,
                           const QByteArray &content,
                           const QString &mime) -> Added {
        AgentFileStore store(desk.db());
        QString error;
        const std::optional<AgentFile> original = store.load(agent, &error);
        if (!original) {
            qWarning() << error;
            return {};
        }
        AgentFile edited = *original;
        AgentDocument d;
        d.category = QStringLiteral("career_decisions");
        d.title = title;
        d.documentDate = QDate(2024, 5, 2);
        d.fileName = title + QStringLiteral(".bin");
        d.mimeType = mime;
        d.content = content;
        d.isNew = true;
        edited.documents.append(d);
        if (!store.save(*original, edited, &error)) {
            qWarning() << error;
            return {};
        }
        return {edited.documents.constLast().id, content};
    };
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    png += pdfBytes(250 * 1024, 11).mid(9);
    const Added fromA = addDocument(a,
                                    QStringLiteral("Arrêté de promotion"),
                                    pdfBytes(400 * 1024, 3),
                                    QStringLiteral("application/pdf"));
    const Added fromB
        = addDocument(b, QStringLiteral("Entretien annuel"), png, QStringLiteral("image/png"));
    QVERIFY(!fromA.id.isEmpty() && !fromB.id.isEmpty());
    const QString localNumber
        = QStringLiteral("SELECT sequence_number FROM agent_documents WHERE id = '%1'");
    QCOMPARE(a.scalar(localNumber.arg(fromA.id)).toInt(), 2);
    QCOMPARE(b.scalar(localNumber.arg(fromB.id)).toInt(), 2);

    // Both push: the server numbers them in the order they arrive.
    SyncReport ra, rb;
    QVERIFY(a.sync(&ra));
    QVERIFY(b.sync(&rb));
    QCOMPARE(ra.refused + rb.refused, 0);
    QCOMPARE(ra.conflicts + rb.conflicts, 0);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                     "SELECT string_agg(sequence_number::text, ',' ORDER BY sequence_number) "
                     "FROM civitas.agent_documents WHERE agent_id = 'ag-2'"))
                 .toString(),
             QStringLiteral("1,2,3"));
    const QString serverNumber
        = QStringLiteral("SELECT sequence_number FROM civitas.agent_documents WHERE id = '%1'");
    QCOMPARE(m_server->scalar(serverNumber.arg(fromA.id)).toInt(), 2);
    QCOMPARE(m_server->scalar(serverNumber.arg(fromB.id)).toInt(), 3);

    // After a pull both desks show the server's numbers and hold both files, byte for byte.
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    for (Client *desk : {&a, &b}) {
        AgentFileStore store(desk->db());
        QString error;
        const std::optional<AgentFile> file = store.load(agent, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->documents.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(file->documents.at(i).sequenceNumber, i + 1);
        QCOMPARE(file->documents.at(1).id, fromA.id);
        QCOMPARE(file->documents.at(2).id, fromB.id);
        QCOMPARE(file->documents.at(1).byteSize, qint64(fromA.content.size()));
        // The bytes come on demand.
        for (const QString &piece : {fromA.id, fromB.id}) {
            const QString sha256 = file->documents.at(piece == fromA.id ? 1 : 2).contentSha256;
            const Result<void> fetched = FileDownloader(desk->db(), desk->server()).fetch(sha256);
            QVERIFY2(fetched.ok(), qPrintable(fetched.error()));
        }
        QVERIFY(store.documentContent(fromA.id) == fromA.content);
        QVERIFY(store.documentContent(fromB.id) == fromB.content);
        QCOMPARE(desk->db().pendingChangeCount(), 0);
    }
    QSqlQuery q(m_server->admin());
    QVERIFY(q.exec(QStringLiteral("SELECT string_agg(data, ''::bytea ORDER BY chunk_index) FROM "
                                  "civitas.file_chunks WHERE sha256 = (SELECT content_sha256 "
                                  "FROM civitas.agent_documents WHERE id = '%1')")
                       .arg(fromB.id))
            && q.next());
    QVERIFY(q.value(0).toByteArray() == fromB.content);

    // A number never changes afterwards, whatever a desk sends.
    QSqlQuery hr = as(QStringLiteral("hs_hr"));
    QVERIFY(hr.exec(QStringLiteral("UPDATE civitas.agent_documents SET sequence_number = 9, title "
                                   "= 'Renamed' WHERE id = '%1'")
                        .arg(fromA.id)));
    QCOMPARE(m_server->scalar(serverNumber.arg(fromA.id)).toInt(), 2);
    // A withdrawn piece keeps its number: the next one is 4, not 3 again.
    QVERIFY(hr.exec(QStringLiteral("UPDATE civitas.agent_documents SET deleted = 1 WHERE id = '%1'")
                        .arg(fromB.id)));
    QVERIFY(hr.exec(
        QStringLiteral(
            "INSERT INTO civitas.agent_documents (id, agent_id, sequence_number, category, title, "
            "document_date, file_name, mime_type, byte_size, content_sha256) VALUES ('doc-4', "
            "'ag-2', 1, 'other', 'Autre', '2024-06-01', 'a.pdf', 'application/pdf', 9, '%1')")
            .arg(m_pieceHash)));
    QCOMPARE(m_server->scalar(serverNumber.arg(QStringLiteral("doc-4"))).toInt(), 4);
}

void tst_HrSecurity::fileSyncsToWhoMaySeeIt()
{
    Client hrDesk(*m_server, QStringLiteral("hs_hr"));
    QVERIFY(hrDesk.sync());

    // HR opens a new file on its desk: a newcomer in the green spaces, under the head's direction.
    AgentFile file;
    Agent &a = file.agent;
    a.registrationNumber = QStringLiteral("000099");
    a.birthName = QStringLiteral("LEROY");
    a.firstNames = QStringLiteral("Inès");
    a.sex = QStringLiteral("F");
    a.birthDate = QDate(1990, 4, 12);
    a.status = QStringLiteral("contract");
    a.contractBasis = QStringLiteral("L332-8 2°");
    a.contractStart = QDate(2024, 9, 1);
    a.entryDate = QDate(2024, 9, 1);
    a.address = QStringLiteral("12 rue de la Paix");
    a.postcode = QStringLiteral("69500");
    a.city = QStringLiteral("Bron");
    a.orgUnitId = QStringLiteral("u-ev");
    a.postTitle = QStringLiteral("Jardinière");
    CareerStep step;
    step.effectiveDate = QDate(2024, 9, 1);
    step.category = QStringLiteral("C");
    step.sector = QStringLiteral("technical");
    step.jobFramework = QStringLiteral("Adjoints techniques");
    step.grade = QStringLiteral("Adjoint technique");
    step.echelon = 2;
    step.grossIndex = 368;
    step.increasedIndex = 366;
    step.reason = QStringLiteral("recruitment");
    file.careerSteps << step;
    StatutoryPosition position;
    position.position = QStringLiteral("active");
    position.startDate = QDate(2024, 9, 1);
    position.decisionReference = QStringLiteral("2024-RH-118");
    position.decisionDate = QDate(2024, 8, 20);
    file.positions << position;
    WorkingTime working;
    working.effectiveDate = QDate(2024, 9, 1);
    working.kind = QStringLiteral("part_time");
    working.partTimeRate = 80;
    working.weeklyMinutes = 28 * 60;
    QVERIFY(WeeklyPattern::fromCode(QStringLiteral("11111111000000"), &working.pattern));
    file.workingTimes << working;
    AgentDocument contract;
    contract.category = QStringLiteral("career_decisions");
    contract.title = QStringLiteral("Contrat");
    contract.documentDate = QDate(2024, 8, 20);
    contract.fileName = QStringLiteral("contrat.pdf");
    contract.mimeType = QStringLiteral("application/pdf");
    contract.content = pdfBytes(320 * 1024, 42);
    contract.isNew = true;
    file.documents << contract;

    AgentFileStore hrStore(hrDesk.db());
    AgentFile saved = file;
    QString error;
    QVERIFY2(hrStore.save(AgentFile(), saved, &error), qPrintable(error));
    const QString id = saved.agent.id;
    QVERIFY(!id.isEmpty());
    QVERIFY(hrStore.logRead(id, QStringLiteral("hs_hr")));
    SyncReport pushed;
    QVERIFY(hrDesk.sync(&pushed));
    QCOMPARE(pushed.refused, 0);
    QCOMPARE(hrDesk.db().pendingChangeCount(), 0);
    // The pull brought HR's own rows back over the desk's (an upsert): the current values
    // derived from the histories followed.
    QCOMPARE(
        hrDesk
            .scalar(
                QStringLiteral(
                    "SELECT grade || '/' || work_kind || '/' || position FROM local_agent_current "
                    "WHERE agent_id = '%1'")
                    .arg(id))
            .toString(),
        QStringLiteral("Adjoint technique/part_time/active"));
    for (const QString &table : fileTables) {
        QCOMPARE(m_server
                     ->scalar(QStringLiteral("SELECT count(*) FROM civitas.%1 WHERE %2 = '%3'")
                                  .arg(table, agentColumn(table), id))
                     .toInt(),
                 1);
    }
    QCOMPARE(m_server
                 ->scalar(QStringLiteral(
                              "SELECT count(*) FROM civitas.audit_log WHERE operation = 'read' "
                              "AND row_id = '%1' AND db_user = 'hs_hr'")
                              .arg(id))
                 .toInt(),
             1);
    // The newcomer gets an account.
    QVERIFY(m_server->addUser(QStringLiteral("hs_newcomer"), {}, QStringLiteral("DST-EV"), id));

    // The agent's own desk has the whole file, as HR saved it.
    Client own(*m_server, QStringLiteral("hs_newcomer"));
    QVERIFY(own.sync());
    {
        AgentFileStore store(own.db());
        const std::optional<AgentFile> mine = store.load(id, &error);
        QVERIFY2(mine, qPrintable(error));
        QVERIFY(mine->agent.hasDetails);
        QCOMPARE(mine->agent.displayName(), QStringLiteral("LEROY Inès"));
        QCOMPARE(mine->agent.contractBasis, QStringLiteral("L332-8 2°"));
        QCOMPARE(mine->agent.birthDate, QDate(1990, 4, 12));
        QCOMPARE(mine->agent.orgUnitId, QStringLiteral("u-ev"));
        QCOMPARE(mine->careerSteps.size(), 1);
        QCOMPARE(mine->careerSteps.first().grossIndex, 368);
        QCOMPARE(mine->positions.size(), 1);
        QCOMPARE(mine->positions.first().decisionReference, QStringLiteral("2024-RH-118"));
        QCOMPARE(mine->workingTimes.size(), 1);
        QCOMPARE(mine->workingTimes.first().partTimeRate, 80);
        QCOMPARE(mine->workingTimes.first().pattern.code(), QStringLiteral("11111111000000"));
        QCOMPARE(mine->documents.size(), 1);
        QCOMPARE(mine->documents.first().sequenceNumber, 1);
        QVERIFY(store.documentContent(mine->documents.first().id) == contract.content);
        // Nobody else's file came with it.
        QCOMPARE(own.scalar(QStringLiteral("SELECT count(*) FROM agents WHERE id <> '%1'").arg(id))
                     .toInt(),
                 0);
        QCOMPARE(own.scalar(QStringLiteral("SELECT count(*) FROM agent_file_reads")).toInt(), 0);
    }

    // The head's desk: the newcomer's name, posting and working time; nothing else of hers.
    Client head(*m_server, QStringLiteral("hs_head"));
    QVERIFY(head.sync());
    auto heldBy = [&](Client &desk) {
        QStringList held;
        for (const QString &table : fileTables) {
            if (desk.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = '%3'")
                                .arg(table, agentColumn(table), id))
                    .toInt()
                > 0)
                held << table;
        }
        return held;
    };
    QCOMPARE(heldBy(head),
             (QStringList{QStringLiteral("agents"), QStringLiteral("working_times")}));
    QCOMPARE(head.scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM agents WHERE "
                                        "id IN %1 ORDER BY id)")
                             .arg(seeded))
                 .toString(),
             QStringLiteral("ag-1,ag-head"));
    QCOMPARE(head.scalar(QStringLiteral("SELECT count(*) FROM agent_details WHERE id <> 'ag-head'"))
                 .toInt(),
             0);
    QCOMPARE(head.scalar(QStringLiteral(
                             "SELECT count(*) FROM agent_documents WHERE agent_id <> 'ag-head'"))
                 .toInt(),
             0);
    {
        // What the interface shows the head: a file without its details.
        AgentFileStore store(head.db());
        const std::optional<AgentFile> team = store.load(id, &error);
        QVERIFY2(team, qPrintable(error));
        QVERIFY(!team->agent.hasDetails);
        QVERIFY(team->careerSteps.isEmpty() && team->positions.isEmpty()
                && team->documents.isEmpty());
        QCOMPARE(team->workingTimes.size(), 1);
    }

    // Another agent's desk: none of it.
    Client other(*m_server, QStringLiteral("hs_other"));
    QVERIFY(other.sync());
    QCOMPARE(heldBy(other), QStringList());

    // HR moves the newcomer to its own service, which the head does not head.
    {
        QVERIFY(hrDesk.sync());
        const std::optional<AgentFile> loaded = hrStore.load(id, &error);
        QVERIFY2(loaded, qPrintable(error));
        AgentFile moved = *loaded;
        moved.agent.orgUnitId = QStringLiteral("u-cp");
        QVERIFY2(hrStore.save(*loaded, moved, &error), qPrintable(error));
        SyncReport report;
        QVERIFY(hrDesk.sync(&report));
        QCOMPARE(report.refused, 0);
    }
    QCOMPARE(
        m_server
            ->scalar(
                QStringLiteral("SELECT org_unit_id FROM civitas.agents WHERE id = '%1'").arg(id))
            .toString(),
        QStringLiteral("u-cp"));
    // The head's desk lets her file go: not by the pull (the head may no longer see the row
    // that changed), by the reconciliation.
    Synchroniser headSync(head.db(), head.server());
    SyncReport headReport;
    QVERIFY(headSync.sync(&headReport));
    QVERIFY2(headSync.reconcile(&headReport), qPrintable(headReport.error));
    QCOMPARE(heldBy(head), QStringList());
    QVERIFY(headReport.removed >= 2);
    QCOMPARE(head.scalar(QStringLiteral(
                             "SELECT count(*) FROM agents_fts WHERE agents_fts MATCH 'LEROY'"))
                 .toInt(),
             0);
    QCOMPARE(head.scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM agents WHERE "
                                        "id IN %1 ORDER BY id)")
                             .arg(seeded))
                 .toString(),
             QStringLiteral("ag-1,ag-head"));
    // She still has her whole file, with the new posting.
    QVERIFY(own.sync());
    QCOMPARE(heldBy(own), fileTables);
    QCOMPARE(own.scalar(QStringLiteral("SELECT org_unit_id FROM agents WHERE id = '%1'").arg(id))
                 .toString(),
             QStringLiteral("u-cp"));
    QCOMPARE(heldBy(other), QStringList());
}

QTEST_GUILESS_MAIN(tst_HrSecurity)
#include "tst_hrsecurity.moc"
