#include "serverfixture.h"

#include <frenchnames.h>

#include <hr/models/agentlistmodel.h>

using namespace Civitas;

// The French order on the server: civitas.french (central core 0013) orders the names as the
// desks' collation does, reads Ménard and MENARD alike, and is only an order: it shows a login
// nothing its policies hide. A desk that pulled the names lists them in the server's order.
class tst_FrenchOrderServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverOrdersNamesAsTheDesk();
    void namesReadAlikeCompareEqual();
    void theOrderShowsNothingHidden();
    void pulledDeskListsInTheSameOrder();

private:
    QSqlQuery as(const QString &login);
    QStringList column(const QString &login, const QString &sql);

    ServerFixture *m_server = nullptr;
    int m_connections = 0;
};

namespace {

const QString nameSql = QStringLiteral(
    "(CASE WHEN usage_name <> '' THEN usage_name ELSE birth_name END || ' ' || first_names)");

} // namespace

void tst_FrenchOrderServer::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QVERIFY2(testModules().module(QStringLiteral("hr"))
                 && testModules().module(QStringLiteral("hr"))->instance,
             "the HR module plugin was not found in CIVITAS_MODULE_PATH");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(m_server->exec(
        QStringLiteral("INSERT INTO civitas.org_units (id, parent_id, kind, code, name) VALUES "
                       "('u-ec', NULL, 'service', 'EC', 'État civil'), "
                       "('u-ev', NULL, 'service', 'EV', 'Espaces verts')")));
    int number = 0;
    for (const FrenchName &n : frenchNames()) {
        QSqlQuery q(m_server->admin());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
            "org_unit_id, entry_date) VALUES (?, ?, ?, ?, 'u-ev', '2020-01-01')")));
        q.addBindValue(n.id);
        q.addBindValue(QString::number(300000 + number++));
        q.addBindValue(n.birthName);
        q.addBindValue(n.firstNames);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, entry_date) VALUES ('fo-clerk', '399999', 'Mênard', 'Claire', 'u-ec', "
        "'2020-01-01')")));
    QVERIFY(m_server->addUser(QStringLiteral("fo_hr"),
                              {QStringLiteral("hr")},
                              QStringLiteral("EC"),
                              QStringLiteral("fo-clerk")));
    QVERIFY(m_server->addUser(
        QStringLiteral("fo_clerk"), {}, QStringLiteral("EC"), QStringLiteral("fo-clerk")));
}

void tst_FrenchOrderServer::cleanupTestCase()
{
    delete m_server;
}

QSqlQuery tst_FrenchOrderServer::as(const QString &login)
{
    QSqlDatabase db = m_server->connectAs(
        login, QStringLiteral("french-%1-%2").arg(login).arg(++m_connections));
    if (!db.isOpen())
        qWarning() << login << db.lastError().text();
    return QSqlQuery(db);
}

QStringList tst_FrenchOrderServer::column(const QString &login, const QString &sql)
{
    QSqlQuery q = as(login);
    QStringList values;
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return {QStringLiteral("<error>")};
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

void tst_FrenchOrderServer::serverOrdersNamesAsTheDesk()
{
    QCOMPARE(column(QStringLiteral("fo_hr"),
                    QStringLiteral("SELECT id FROM civitas.agents WHERE id LIKE 'fr-%' ORDER BY "
                                   "%1 COLLATE civitas.french, id")
                        .arg(nameSql)),
             frenchOrderIds());
    // Today's default collation (the cluster's, C here or a glibc locale elsewhere) does not.
    QVERIFY(column(QStringLiteral("fo_hr"),
                   QStringLiteral("SELECT id FROM civitas.agents WHERE id LIKE 'fr-%' ORDER BY "
                                  "%1 COLLATE \"C\", id")
                       .arg(nameSql))
            != frenchOrderIds());
}

void tst_FrenchOrderServer::namesReadAlikeCompareEqual()
{
    QCOMPARE(column(QStringLiteral("fo_hr"),
                    QStringLiteral("SELECT id FROM civitas.agents WHERE birth_name = 'menard' "
                                   "COLLATE civitas.french ORDER BY id")),
             (QStringList{QStringLiteral("fo-clerk"), // Mênard
                          QStringLiteral("fr-m1"),
                          QStringLiteral("fr-m2"),
                          QStringLiteral("fr-m3")}));
    QCOMPARE(column(QStringLiteral("fo_hr"),
                    QStringLiteral("SELECT count(*) FROM civitas.agents WHERE birth_name = "
                                   "'OEUVRARD' COLLATE civitas.french")),
             QStringList{QStringLiteral("1")});
}

void tst_FrenchOrderServer::theOrderShowsNothingHidden()
{
    // An agent may sort and compare with the collation, and still reads only its own file.
    QCOMPARE(column(QStringLiteral("fo_clerk"),
                    QStringLiteral("SELECT id FROM civitas.agents ORDER BY %1 COLLATE "
                                   "civitas.french, id")
                        .arg(nameSql)),
             QStringList{QStringLiteral("fo-clerk")});
    // Creating or replacing the collation is the owner's: a login cannot change the order.
    QSqlQuery q = as(QStringLiteral("fo_hr"));
    QVERIFY(!q.exec(QStringLiteral("DROP COLLATION civitas.french")));
    QVERIFY(!q.exec(QStringLiteral("CREATE COLLATION civitas.french2 (provider = icu, locale = "
                                   "'und', deterministic = false)")));
}

void tst_FrenchOrderServer::pulledDeskListsInTheSameOrder()
{
    Client desk(*m_server, QStringLiteral("fo_hr"));
    QVERIFY(desk.sync());
    Hr::AgentListModel model(desk.db());
    model.setPageSize(3);
    model.setFilter(QStringLiteral("names"), QStringLiteral("a.id LIKE 'fr-%'"));
    QVERIFY(model.select());
    model.sort(Hr::AgentListModel::Name, Qt::AscendingOrder);
    while (model.canFetchMore())
        model.fetchMore();
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    QCOMPARE(ids, frenchOrderIds());
}

QTEST_MAIN(tst_FrenchOrderServer)
#include "tst_frenchorder.moc"
