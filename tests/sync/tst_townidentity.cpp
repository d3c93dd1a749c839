#include "serverfixture.h"

#include <hr/output/hrdocumentformat.h>
#include <leave/store/leavecalendarstore.h>

#include <core/french/frenchcalendar.h>
#include <core/storage/townidentity.h>
#include <core/storage/townsettings.h>

using namespace Civitas;

// The town's settings on the server (central core 0014): the town's identity on its official
// papers is an administrator's, the holiday calendar HR's or an administrator's; each value is
// checked by the server as the desk checks it. Attacked in plain SQL as each role and through a
// tampered desk file pushed by the real `civitas-admin sync`; and a setting made on one desk is
// what the other desk prints and counts with.
class tst_TownIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void onlyAnAdministratorSetsTheIdentity_data();
    void onlyAnAdministratorSetsTheIdentity();
    void theServerChecksTheValues_data();
    void theServerChecksTheValues();
    void tamperedAgentDeskIsRefused();
    void badSiretFromAnAdministratorsDeskIsRefused();
    void oneDesksSettingIsTheOthers();

private:
    bool run(const QString &login, const QString &sql, QString *error = nullptr);

    ServerFixture *m_server = nullptr;
    int m_connections = 0;
};

void tst_TownIdentity::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-ev', 'service', 'DST-EV', 'Espaces verts'), "
                                      "('u-rh', 'service', 'DRH', 'Ressources humaines')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, entry_date) VALUES "
        "('ag-1', '000001', 'MARTIN', 'Jeanne', 'u-ev', '2012-03-01'), "
        "('ag-head', '000002', 'DURAND', 'Paul', 'u-ev', '2005-09-01'), "
        "('ag-hr', '000003', 'PETIT', 'Lucie', 'u-rh', '2015-01-05')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET head_agent_id = 'ag-head' WHERE id = 'u-ev'")));
    QVERIFY(m_server->addUser(
        QStringLiteral("ti_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("ti_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-head")));
    QVERIFY(m_server->addUser(
        QStringLiteral("ti_hr"), {QStringLiteral("hr")}, QStringLiteral("DRH"), {"ag-hr"}));
    QVERIFY(m_server->addUser(
        QStringLiteral("ti_admin"), {QStringLiteral("administrator")}, QStringLiteral("DRH"), {}));
    // The town as provisioned: its name set by the owner (`load`).
    QVERIFY(m_server->exec(QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES "
                                          "('town/name', 'Ville de Bron')")));
}

void tst_TownIdentity::cleanupTestCase()
{
    delete m_server;
    m_server = nullptr;
}

// Each test starts from the town as provisioned: its name, nothing else (synchronised rows
// are never deleted: removed ones are marked).
void tst_TownIdentity::init()
{
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.town_settings SET deleted = 1 WHERE id <> 'town/name' AND deleted = 0")));
    QVERIFY(m_server->exec(QStringLiteral("UPDATE civitas.town_settings SET value = 'Ville de "
                                          "Bron', deleted = 0 WHERE id = 'town/name'")));
}

bool tst_TownIdentity::run(const QString &login, const QString &sql, QString *error)
{
    QSqlDatabase db
        = m_server->connectAs(login, QStringLiteral("ti-%1-%2").arg(login).arg(++m_connections));
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().databaseText();
    return false;
}

void tst_TownIdentity::onlyAnAdministratorSetsTheIdentity_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("setsIdentity");
    QTest::addColumn<bool>("setsCalendar");
    QTest::newRow("agent") << "ti_agent" << false << false;
    QTest::newRow("head") << "ti_head" << false << false;
    QTest::newRow("hr") << "ti_hr" << false << true;
    QTest::newRow("administrator") << "ti_admin" << true << true;
}

void tst_TownIdentity::onlyAnAdministratorSetsTheIdentity()
{
    QFETCH(QString, login);
    QFETCH(bool, setsIdentity);
    QFETCH(bool, setsCalendar);
    QString error;
    // Everybody reads the town's identity: every desk prints it.
    QVERIFY2(run(login,
                 QStringLiteral("SELECT value FROM civitas.town_settings WHERE id = 'town/name'"),
                 &error),
             qPrintable(error));

    // A new key of the identity, a change of an existing one, its removal.
    const QString siret = QStringLiteral("21690029000018");
    const QStringList identityWrites = {
        QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES ('town/siret', '%1')")
            .arg(siret),
        QStringLiteral("UPDATE civitas.town_settings SET value = 'Ville de %1' "
                       "WHERE id = 'town/name'")
            .arg(login),
        QStringLiteral("UPDATE civitas.town_settings SET deleted = 1 WHERE id = 'town/name'"),
        QStringLiteral("UPDATE civitas.town_settings SET deleted = 0 WHERE id = 'town/name'"),
    };
    for (const QString &sql : identityWrites) {
        error.clear();
        const bool done = run(login, sql, &error);
        QVERIFY2(done == setsIdentity,
                 qPrintable(login + QLatin1String(": ") + sql + u' ' + error));
        if (!done)
            QVERIFY2(error.contains(QLatin1String("permission denied"))
                         || error.contains(QLatin1String("row-level security")),
                     qPrintable(error));
    }
    const QString name
        = m_server
              ->scalar(QStringLiteral("SELECT value || deleted FROM "
                                      "civitas.town_settings WHERE id = 'town/name'"))
              .toString();
    if (setsIdentity)
        QCOMPARE(name, QStringLiteral("Ville de %1").arg(login) + u'0');
    else
        QCOMPARE(name, QStringLiteral("Ville de Bron0"));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.town_settings WHERE id = "
                                         "'town/siret' AND deleted = 0"))
                 .toInt(),
             setsIdentity ? 1 : 0);

    // The holiday calendar stays HR's as well as the administrator's.
    error.clear();
    const QString calendar = QStringLiteral(
        "INSERT INTO civitas.town_settings (id, value) VALUES ('calendar/whitMondayWorked', '1') "
        "ON CONFLICT (id) DO UPDATE SET value = '1', deleted = 0");
    QVERIFY2(run(login, calendar, &error) == setsCalendar, qPrintable(login + u' ' + error));
}

void tst_TownIdentity::theServerChecksTheValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("taken");
    QTest::newRow("siret") << "town/siret"
                           << "73282932000074" << true;
    QTest::newRow("siret, Luhn fails") << "town/siret"
                                       << "73282932000079" << false;
    QTest::newRow("siret, La Poste") << "town/siret"
                                     << "35600000009075" << true;
    QTest::newRow("siret, La Poste fails") << "town/siret"
                                           << "35600000049838" << false;
    QTest::newRow("siret, La Poste head office") << "town/siret"
                                                 << "35600000000048" << true;
    QTest::newRow("siret, a SIREN") << "town/siret"
                                    << "732829320" << false;
    QTest::newRow("siret, spaces") << "town/siret"
                                   << "732 829 320 00074" << false;
    QTest::newRow("siret, empty") << "town/siret"
                                  << "" << true;
    QTest::newRow("insee") << "town/inseeCode"
                           << "69029" << true;
    QTest::newRow("insee, Corse-du-Sud") << "town/inseeCode"
                                         << "2A004" << true;
    QTest::newRow("insee, Haute-Corse") << "town/inseeCode"
                                        << "2B033" << true;
    QTest::newRow("insee, Corsica as 20") << "town/inseeCode"
                                          << "20004" << false;
    QTest::newRow("insee, lower case") << "town/inseeCode"
                                       << "2a004" << false;
    QTest::newRow("insee, Réunion") << "town/inseeCode"
                                    << "97411" << true;
    QTest::newRow("insee, no such territory") << "town/inseeCode"
                                              << "97911" << false;
    QTest::newRow("insee, 4 digits") << "town/inseeCode"
                                     << "1053" << false;
    QTest::newRow("insee, 000") << "town/inseeCode"
                                << "69000" << false;
    QTest::newRow("postcode") << "town/postcode"
                              << "69500" << true;
    QTest::newRow("postcode, 00") << "town/postcode"
                                  << "00500" << false;
    QTest::newRow("name, empty") << "town/name"
                                 << "  " << false;
    QTest::newRow("name, too long") << "town/name" << QString(201, u'x') << false;
    QTest::newRow("address") << "town/address"
                             << "Place de Weingarten" << true;
}

void tst_TownIdentity::theServerChecksTheValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, taken);
    QSqlDatabase db = m_server->connectAs(QStringLiteral("ti_admin"),
                                          QStringLiteral("ti-check-%1").arg(++m_connections));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES (?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET value = excluded.value, deleted = 0"));
    q.addBindValue(key);
    q.addBindValue(value);
    const bool done = q.exec();
    QVERIFY2(done == taken, qPrintable(key + u' ' + value + u' ' + q.lastError().databaseText()));
    if (!done)
        QVERIFY2(q.lastError().databaseText().contains(key + QLatin1String(": ")),
                 qPrintable(q.lastError().databaseText()));
    // The desk's rule says the same.
    TownIdentity identity;
    identity.name = QStringLiteral("Ville de Bron");
    if (key == TownIdentity::SiretKey)
        identity.siret = value;
    else if (key == TownIdentity::InseeCodeKey)
        identity.inseeCode = value;
    else if (key == TownIdentity::PostcodeKey)
        identity.postcode = value;
    else if (key == TownIdentity::NameKey)
        identity.name = value;
    else if (key == TownIdentity::AddressKey)
        identity.address = value;
    // The desk stores codes without spaces and "2A" in capitals: it takes what it normalises.
    const bool normalisedAway = value.contains(u' ') || value == QLatin1String("2a004");
    if (!normalisedAway)
        QCOMPARE(identity.check().isEmpty(), taken);
}

void tst_TownIdentity::tamperedAgentDeskIsRefused()
{
    // An agent's desk file, edited by hand: its own town name and SIRET for every desk's papers.
    Client desk(*m_server, QStringLiteral("ti_agent"));
    QVERIFY(desk.sync());
    QCOMPARE(Hr::HrDocumentFormat::townName(desk.db()), QStringLiteral("Ville de Bron"));
    QVERIFY(desk.exec(QStringLiteral("UPDATE town_settings SET value = 'Ville de Faussaire' "
                                     "WHERE id = 'town/name'")));
    QVERIFY(desk.exec(QStringLiteral("INSERT INTO town_settings (id, value) VALUES "
                                     "('town/siret', '73282932000074') ON CONFLICT (id) DO "
                                     "UPDATE SET value = excluded.value, deleted = 0")));
    const QString out = adminSync(*m_server, QStringLiteral("ti_agent"), desk.path());
    QVERIFY2(out.contains(QLatin1String("refused 2")), qPrintable(out));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT string_agg(id || '=' || value, ',' ORDER BY id) "
                                         "FROM civitas.town_settings WHERE deleted = 0"))
                 .toString(),
             QStringLiteral("town/name=Ville de Bron"));
    const QString refusal = desk.scalar(QStringLiteral("SELECT group_concat(refusal, ' | ') FROM "
                                                       "sync_outbox WHERE state = 'refused'"))
                                .toString();
    QVERIFY2(refusal.contains(QLatin1String("permission denied"))
                 || refusal.contains(QLatin1String("row-level security")),
             qPrintable(refusal));
}

void tst_TownIdentity::badSiretFromAnAdministratorsDeskIsRefused()
{
    // The dialog checks the SIRET; a desk file edited by hand skips the dialog, not the server.
    Client desk(*m_server, QStringLiteral("ti_admin"));
    QVERIFY(desk.sync());
    QVERIFY(desk.exec(QStringLiteral("INSERT INTO town_settings (id, value) VALUES "
                                     "('town/siret', '73282932000079'), "
                                     "('town/inseeCode', '20004') ON CONFLICT (id) DO UPDATE "
                                     "SET value = excluded.value, deleted = 0")));
    const QString out = adminSync(*m_server, QStringLiteral("ti_admin"), desk.path());
    QVERIFY2(out.contains(QLatin1String("refused 2")), qPrintable(out));
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.town_settings "
                                         "WHERE id IN ('town/siret', 'town/inseeCode') AND "
                                         "deleted = 0"))
                 .toInt(),
             0);
    const QString refusal = desk.scalar(QStringLiteral("SELECT group_concat(refusal, ' | ') FROM "
                                                       "sync_outbox WHERE state = 'refused'"))
                                .toString();
    QVERIFY2(refusal.contains(QLatin1String("not a valid SIRET")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("INSEE")), qPrintable(refusal));
}

void tst_TownIdentity::oneDesksSettingIsTheOthers()
{
    Client admin(*m_server, QStringLiteral("ti_admin"));
    Client hr(*m_server, QStringLiteral("ti_hr"));
    Client agent(*m_server, QStringLiteral("ti_agent"));
    QVERIFY(admin.sync());
    QVERIFY(hr.sync());
    QVERIFY(agent.sync());

    // The administrator's desk names the town; the HR desk sets the Alsace-Moselle calendar.
    TownIdentity identity = TownIdentity::load(admin.db());
    identity.name = QStringLiteral("Ville de Metz");
    identity.inseeCode = QStringLiteral("57463");
    identity.siret = QStringLiteral("215 704 636 00012");
    identity.postcode = QStringLiteral("57000");
    identity.city = QStringLiteral("Metz");
    const QList<TownIdentity::Problem> problems = identity.check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    QVERIFY(identity.save(admin.db()).ok());
    QVERIFY(TownSettings(hr.db()).setFlag(TownSettings::AlsaceMoselle, true).ok());
    QVERIFY(admin.sync());
    QVERIFY(hr.sync());

    // The agent's desk prints that name and counts Good Friday off.
    QVERIFY(agent.sync());
    QCOMPARE(Hr::HrDocumentFormat::townName(agent.db()), QStringLiteral("Ville de Metz"));
    QCOMPARE(TownIdentity::load(agent.db()).siret, QStringLiteral("21570463600012"));
    const QDate goodFriday = FrenchCalendar::easterSunday(2027).addDays(-2);
    QVERIFY(!FrenchCalendar().isPublicHoliday(goodFriday));
    QVERIFY(Leave::LeaveCalendarStore::calendar(agent.db())
                .publicHolidays()
                .isPublicHoliday(goodFriday));
}

QTEST_GUILESS_MAIN(tst_TownIdentity)
#include "tst_townidentity.moc"
