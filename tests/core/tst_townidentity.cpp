// The town's identity on its official papers (TownIdentity, town settings): the INSEE code's
// rule, what the desk refuses before the server does, what it stores, and the move of an older
// desk's own town name (local core 0010).

#include "testdatabase.h"

#include <core/french/validators.h>
#include <core/storage/townidentity.h>
#include <core/storage/townsettings.h>

#include <QSqlQuery>

using namespace Civitas;

class tst_TownIdentity : public QObject
{
    Q_OBJECT

private slots:
    void inseeCode_data();
    void inseeCode();
    void checkNamesTheField();
    void saveStoresTheNormalisedForm();
    void localTownNameMovesToTheTown();
};

void tst_TownIdentity::inseeCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason"); // a word of the message when invalid
    QTest::newRow("Bron") << "69029" << true << QString();
    QTest::newRow("Ain") << "01053" << true << QString();
    QTest::newRow("Ajaccio") << "2A004" << true << QString();
    QTest::newRow("Bastia, lower case, spaces") << " 2b 033" << true << QString();
    QTest::newRow("Saint-Denis de La Réunion") << "97411" << true << QString();
    QTest::newRow("Nouméa") << "98818" << true << QString();
    QTest::newRow("Corsica as its postcode") << "20004" << false << "2A";
    QTest::newRow("leading zero lost") << "1053" << false << "5";
    QTest::newRow("six") << "690290" << false << "5";
    QTest::newRow("letters") << "AB029" << false << "AB";
    QTest::newRow("letter at the end") << "6902X" << false << "X";
    QTest::newRow("00") << "00123" << false << "00";
    QTest::newRow("abroad") << "99100" << false << "99";
    QTest::newRow("no such territory") << "97911" << false << "979";
    QTest::newRow("commune 000") << "69000" << false << "001";
    QTest::newRow("empty") << "" << false << "INSEE";
}

void tst_TownIdentity::inseeCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    const ValidationResult result = Validators::inseeCode(code);
    QCOMPARE(result.isValid(), valid);
    if (!valid)
        QVERIFY2(result.message.contains(reason), qPrintable(result.message));
}

void tst_TownIdentity::checkNamesTheField()
{
    TownIdentity identity;
    QList<TownIdentity::Problem> problems = identity.check();
    // Only the name is required.
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).key, TownIdentity::NameKey);

    identity.name = QStringLiteral("Ville de Bron");
    identity.siret = QStringLiteral("732 829 320 00079"); // Luhn fails
    identity.inseeCode = QStringLiteral("20004");
    identity.postcode = QStringLiteral("1000");
    problems = identity.check();
    QStringList keys;
    for (const TownIdentity::Problem &p : problems) {
        keys << p.key;
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(keys,
             (QStringList{
                 TownIdentity::InseeCodeKey, TownIdentity::SiretKey, TownIdentity::PostcodeKey}));

    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    const Result<void> saved = identity.save(db);
    QVERIFY(!saved);
    QVERIFY(!saved.error().isEmpty());
    // Nothing written: a paper never prints half an identity.
    QCOMPARE(TownIdentity::load(db), TownIdentity());

    // La Poste's establishments have their own rule.
    identity.siret = QStringLiteral("35600000009075");
    identity.inseeCode = QStringLiteral("2B033");
    identity.postcode = QStringLiteral("20200");
    QVERIFY(identity.check().isEmpty());
}

void tst_TownIdentity::saveStoresTheNormalisedForm()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(openTestDatabase(db, dir));
    TownIdentity identity;
    identity.name = QStringLiteral("  Ville d’Ajaccio ");
    identity.inseeCode = QStringLiteral("2a 004");
    identity.siret = QStringLiteral("732 829 320 00074");
    identity.address = QStringLiteral("Avenue Antoine Serafini\n");
    identity.postcode = QStringLiteral("20 000");
    identity.city = QStringLiteral("Ajaccio");
    QVERIFY(identity.save(db).ok());
    const TownIdentity stored = TownIdentity::load(db);
    QCOMPARE(stored.name, QStringLiteral("Ville d’Ajaccio"));
    QCOMPARE(stored.inseeCode, QStringLiteral("2A004"));
    QCOMPARE(stored.siret, QStringLiteral("73282932000074"));
    QCOMPARE(stored.postcode, QStringLiteral("20000"));
    QCOMPARE(stored.postalAddress(), QStringLiteral("Avenue Antoine Serafini\n20000 Ajaccio"));
    QCOMPARE(TownSettings(db).value(TownIdentity::SiretKey), QStringLiteral("73282932000074"));
    // Each field is a synchronised row of its own: six changes to push, none for a save that
    // changes nothing.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM sync_outbox WHERE table_name = 'town_settings'"))
            && q.next());
    const int pushed = q.value(0).toInt();
    QCOMPARE(pushed, 6);
    QVERIFY(stored.save(db).ok());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM sync_outbox WHERE table_name = 'town_settings'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), pushed);
}

// A file made when the town's name was a desk's setting: a desk in local mode carries it into
// the town's identity (which `load` then takes to the server); a file that synced takes the
// server's, and its own goes.
void tst_TownIdentity::localTownNameMovesToTheTown()
{
    QList<Migration> before;
    for (const Migration &m : coreMigrations()) {
        if (m.version < 10)
            before.append(m);
    }
    QVERIFY(before.size() < coreMigrations().size());
    for (const bool synced : {false, true}) {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("old.sqlite")), &error), qPrintable(error));
        QVERIFY2(db.migrate(before, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO local_settings (key, value) VALUES "
                                      "('town/name', 'Ville de Vénissieux ')")));
        if (synced)
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sync_state (key, value) VALUES ('watermark', '1234')")));
        QVERIFY2(db.migrate(coreMigrations(), &error), qPrintable(error));
        QCOMPARE(TownIdentity::load(db).name,
                 synced ? QString() : QStringLiteral("Ville de Vénissieux"));
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM local_settings WHERE key = 'town/name'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_TownIdentity)
#include "tst_townidentity.moc"
