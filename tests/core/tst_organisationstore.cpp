#include "testdatabase.h"

#include <core/storage/organisationstore.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Civitas;

// The organisation chart as the pages read it: tree order, choice order, search; withdrawn
// units never shown.
class tst_OrganisationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chartPutsParentsFirstWithTheirHeads();
    void choicesFollowEachDirectionWithItsServices();
    void findMatchesNameOrCode();
    void failureIsReported();

private:
    bool exec(const QString &sql);
    static QStringList names(const QList<OrgUnit> &units);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

void tst_OrganisationStore::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(openTestDatabase(*m_db, *m_dir));
    // Two directions given in the wrong order, their services, a withdrawn service, and an
    // account for the head of the technical services.
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO org_units (id, parent_id, kind, code, name, head_agent_id) VALUES "
        "('dst', NULL, 'direction', 'DST', 'Services techniques', 'ag-head'), "
        "('dg', NULL, 'direction', 'DG', 'Direction générale', NULL), "
        "('ev', 'dst', 'service', 'DST-EV', 'Espaces verts', NULL), "
        "('voirie', 'dst', 'service', 'DST-VOI', 'Voirie', NULL), "
        "('rh', 'dg', 'service', 'DG-RH', 'Ressources humaines', NULL), "
        "('old', 'dg', 'service', 'DG-OLD', 'Ancien service', NULL)")));
    QVERIFY(exec(QStringLiteral("UPDATE org_units SET deleted = 1 WHERE id = 'old'")));
    QVERIFY(exec(QStringLiteral("INSERT INTO user_accounts (id, login, display_name, agent_id) "
                                "VALUES ('u1', 'jmartin', 'Jean Martin', 'ag-head')")));
}

void tst_OrganisationStore::cleanup()
{
    delete m_db;
    delete m_dir;
}

bool tst_OrganisationStore::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QStringList tst_OrganisationStore::names(const QList<OrgUnit> &units)
{
    QStringList list;
    for (const OrgUnit &u : units)
        list << u.name;
    return list;
}

void tst_OrganisationStore::chartPutsParentsFirstWithTheirHeads()
{
    const Result<QList<OrgUnit>> chart = OrganisationStore(*m_db).chart();
    QVERIFY2(chart.ok(), qPrintable(chart.error()));
    QCOMPARE(names(chart.value()),
             (QStringList{QStringLiteral("Direction générale"),
                          QStringLiteral("Services techniques"),
                          QStringLiteral("Espaces verts"),
                          QStringLiteral("Ressources humaines"),
                          QStringLiteral("Voirie")}));
    const OrgUnit &dst = chart->at(1);
    QCOMPARE(dst.id, QStringLiteral("dst"));
    QVERIFY(dst.parentId.isEmpty());
    QCOMPARE(dst.code, QStringLiteral("DST"));
    QCOMPARE(dst.headName, QStringLiteral("Jean Martin"));
    QCOMPARE(chart->at(2).parentId, QStringLiteral("dst"));
    QVERIFY(chart->at(0).headName.isEmpty());
}

void tst_OrganisationStore::choicesFollowEachDirectionWithItsServices()
{
    const Result<QList<OrgUnit>> choices = OrganisationStore(*m_db).choices();
    QVERIFY2(choices.ok(), qPrintable(choices.error()));
    QCOMPARE(names(choices.value()),
             (QStringList{QStringLiteral("Direction générale"),
                          QStringLiteral("Ressources humaines"),
                          QStringLiteral("Services techniques"),
                          QStringLiteral("Espaces verts"),
                          QStringLiteral("Voirie")}));
    QVERIFY(choices->at(0).parentId.isEmpty());
    QCOMPARE(choices->at(1).parentId, QStringLiteral("dg"));
}

void tst_OrganisationStore::findMatchesNameOrCode()
{
    OrganisationStore store(*m_db);
    const Result<QList<OrgUnit>> byCode = store.find(QStringLiteral(" dst "), 10);
    QVERIFY2(byCode.ok(), qPrintable(byCode.error()));
    QCOMPARE(names(byCode.value()),
             (QStringList{QStringLiteral("Espaces verts"),
                          QStringLiteral("Services techniques"),
                          QStringLiteral("Voirie")}));
    QCOMPARE(byCode->at(0).code, QStringLiteral("DST-EV"));
    QCOMPARE(names(store.find(QStringLiteral("dst"), 2).value()).size(), 2);
    QCOMPARE(names(store.find(QStringLiteral("humaines"), 10).value()),
             QStringList{QStringLiteral("Ressources humaines")});
    QVERIFY(store.find(QStringLiteral("Ancien"), 10)->isEmpty()); // withdrawn
}

void tst_OrganisationStore::failureIsReported()
{
    QVERIFY(exec(QStringLiteral("ALTER TABLE org_units RENAME TO org_units_gone")));
    OrganisationStore store(*m_db);
    for (const Result<QList<OrgUnit>> &r :
         {store.chart(), store.choices(), store.find(QStringLiteral("x"), 5)}) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("org_units")), qPrintable(r.error()));
    }
}

QTEST_GUILESS_MAIN(tst_OrganisationStore)
#include "tst_organisationstore.moc"
