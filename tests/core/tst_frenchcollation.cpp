#include "testdatabase.h"

#include <frenchnames.h>

#include <core/models/accountlistmodel.h>
#include <core/storage/frenchcollation.h>
#include <core/storage/organisationstore.h>
#include <core/storage/sql.h>

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Civitas;

// The French order of names on the desk: the collation itself, the accounts list sorted and
// paged by it through its index, the units' search, and the file still readable by a
// connection that does not know the collation (the sqlite3 shell).
class tst_FrenchCollation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void foldsAccentsCaseAndLigatures_data();
    void foldsAccentsCaseAndLigatures();
    void ordersNamesAsAFrenchReader();
    void accountListSortsAndPagesInFrenchOrder();
    void accountListUsesItsIndex();
    void unitSearchIgnoresAccents();
    void plainConnectionStillReadsTheFile();
    void sqliteShellStillReadsTheFile();

private:
    bool exec(const QString &sql, const QVariantList &binds = {});
    QStringList column(const QString &sql);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

void tst_FrenchCollation::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(openTestDatabase(*m_db, *m_dir));
    for (const FrenchName &n : frenchNames()) {
        QVERIFY(exec(QStringLiteral("INSERT INTO user_accounts (id, login, display_name) "
                                    "VALUES (?, ?, ?)"),
                     {n.id, n.id, n.birthName + QLatin1Char(' ') + n.firstNames}));
    }
}

void tst_FrenchCollation::cleanup()
{
    delete m_db;
    m_db = nullptr;
    delete m_dir;
}

bool tst_FrenchCollation::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QStringList tst_FrenchCollation::column(const QString &sql)
{
    QStringList values;
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        qWarning() << sql << q.lastError().text();
    while (q.next())
        values << q.value(0).toString();
    return values;
}

void tst_FrenchCollation::foldsAccentsCaseAndLigatures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents and capitals") << "MÉNARD Hélène"
                                          << "menard helene";
    QTest::newRow("ligatures") << "Œuvrard Æbischer cœur"
                               << "oeuvrard aebischer coeur";
    QTest::newRow("cedilla, diaeresis") << "François Noël Çà"
                                        << "francois noel ca";
    QTest::newRow("decomposed accents") << QStringLiteral("Me\u0301nard") << "menard";
    QTest::newRow("particles and punctuation kept") << "de Gaulle-d’Arc"
                                                    << "de gaulle-d'arc";
    QTest::newRow("other Latin letters") << "Łukasz Øre Straße"
                                         << "lukasz ore strasse";
}

void tst_FrenchCollation::foldsAccentsCaseAndLigatures()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(FrenchCollation::folded(text), folded);
    QCOMPARE(FrenchCollation::compare(text, folded), 0);
    // The SQL function gives the same, through SQLite's UTF-8.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("SELECT french_folded(?), ? = ? COLLATE french")));
    q.addBindValue(text);
    q.addBindValue(text);
    q.addBindValue(folded);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), folded);
    QCOMPARE(q.value(1).toInt(), 1);
}

void tst_FrenchCollation::ordersNamesAsAFrenchReader()
{
    QVERIFY(FrenchCollation::compare(u"MÉNARD", u"MOREAU") < 0);
    QVERIFY(FrenchCollation::compare(u"Le Goff", u"Lefèvre") < 0);
    QVERIFY(FrenchCollation::compare(u"Œuvrard", u"Oeuvray") < 0);
    QVERIFY(FrenchCollation::compare(u"Æbischer", u"Abel") > 0);
    QVERIFY(FrenchCollation::compare(u"Zola", u"Émile") > 0);
    QVERIFY(FrenchCollation::compare(u"Ménard", u"Ménardi") < 0);
    // In SQL, over the accounts: ties (names read alike) follow the id.
    QCOMPARE(column(QStringLiteral("SELECT id FROM user_accounts ORDER BY display_name "
                                   "COLLATE french, id")),
             frenchOrderIds());
}

void tst_FrenchCollation::accountListSortsAndPagesInFrenchOrder()
{
    AccountListModel model(*m_db);
    model.setPageSize(4); // several pages: the keyset goes through ties and accents
    QVERIFY(model.select());
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(AccountListModel::Name, Qt::AscendingOrder);
    while (model.canFetchMore())
        model.fetchMore();
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    QCOMPARE(ids, frenchOrderIds());

    model.sort(AccountListModel::Name, Qt::DescendingOrder);
    while (model.canFetchMore())
        model.fetchMore();
    ids.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    QStringList reversed = frenchOrderIds();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(ids, reversed);
}

void tst_FrenchCollation::accountListUsesItsIndex()
{
    // A later page, as SqlListModel asks for it. Column 3 of EXPLAIN QUERY PLAN is the text.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT u.id FROM user_accounts u WHERE u.deleted = 0 AND "
        "(u.display_name COLLATE french, u.id) > ('m', '') ORDER BY u.display_name COLLATE "
        "french, u.id LIMIT 200")));
    QString text;
    while (q.next())
        text += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(text.contains(QLatin1String("user_accounts_display_name")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

void tst_FrenchCollation::unitSearchIgnoresAccents()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO org_units (id, parent_id, kind, code, name) VALUES "
                                "('ec', NULL, 'service', 'EC', 'École maternelle Œillets'), "
                                "('ev', NULL, 'service', 'EV', 'Espaces verts'), "
                                "('et', NULL, 'service', 'ET', 'État civil'), "
                                "('vo', NULL, 'service', 'VO', 'Voirie')")));
    OrganisationStore store(*m_db);
    auto names = [&](const QString &text) {
        QStringList found;
        for (const OrgUnit &u : store.find(text, 10).valueOr({}))
            found << u.name;
        return found;
    };
    QCOMPARE(names(QStringLiteral("ecole")),
             QStringList{QStringLiteral("École maternelle Œillets")});
    QCOMPARE(names(QStringLiteral("OEILLETS")),
             QStringList{QStringLiteral("École maternelle Œillets")});
    QCOMPARE(names(QStringLiteral("EC")), QStringList{QStringLiteral("École maternelle Œillets")});
    // Sorted as read: É with the E.
    QCOMPARE(names(QStringLiteral("e")),
             (QStringList{QStringLiteral("École maternelle Œillets"),
                          QStringLiteral("Espaces verts"),
                          QStringLiteral("État civil"),
                          QStringLiteral("Voirie")}));
    const Result<QList<OrgUnit>> chart = store.chart();
    QVERIFY(chart);
    QStringList chartNames;
    for (const OrgUnit &u : *chart)
        chartNames << u.name;
    QCOMPARE(chartNames,
             (QStringList{QStringLiteral("École maternelle Œillets"),
                          QStringLiteral("Espaces verts"),
                          QStringLiteral("État civil"),
                          QStringLiteral("Voirie")}));
}

void tst_FrenchCollation::plainConnectionStillReadsTheFile()
{
    const QString path = m_db->path();
    delete m_db;
    m_db = nullptr;
    {
        QSqlDatabase plain
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(path);
        QVERIFY(plain.open());
        QSqlQuery q(plain);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM user_accounts WHERE display_name "
                                       "LIKE 'm%' ORDER BY display_name")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4); // the three Ménard, Moreau
        QVERIFY2(q.exec(QStringLiteral("SELECT id FROM user_accounts ORDER BY display_name "
                                       "COLLATE NOCASE, id")),
                 qPrintable(q.lastError().text()));
        int rows = 0;
        while (q.next())
            ++rows;
        QCOMPARE(rows, int(frenchNames().size()));
        // A column the index does not hold can still be written.
        QVERIFY2(q.exec(QStringLiteral("UPDATE user_accounts SET email = 'x@example.org' WHERE "
                                       "id = 'fr-e'")),
                 qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
}

void tst_FrenchCollation::sqliteShellStillReadsTheFile()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QProcess process;
    process.start(shell,
                  {m_db->path(),
                   QStringLiteral("SELECT count(*) FROM user_accounts; SELECT display_name FROM "
                                  "user_accounts WHERE id = 'fr-f';")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput())
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QString::number(frenchNames().size()), QStringLiteral("Œuvrard Louis")}));
    // A dump (a support person's copy) reads every table and index definition.
    QProcess dump;
    dump.start(shell, {m_db->path(), QStringLiteral(".dump")});
    QVERIFY(dump.waitForFinished(30000));
    QCOMPARE(dump.exitCode(), 0);
    QVERIFY(dump.readAllStandardOutput().contains("COLLATE french"));
}

QTEST_MAIN(tst_FrenchCollation)
#include "tst_frenchcollation.moc"
