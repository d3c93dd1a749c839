#include "testdatabase.h"

#include <core/access/session.h>
#include <core/models/sqllistmodel.h>
#include <core/storage/sql.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Civitas;

// The list model over a few thousand rows with many equal sort keys: keyset paging must
// return every row once, in SQL order, whatever the sort and the filters.
class tst_SqlListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPageAndCount();
    void pagingReturnsEveryRowOnceInOrder_data();
    void pagingReturnsEveryRowOnceInOrder();
    void filtersAndSearchCombine();
    void ftsQueryEscapesUserText();
    void badSqlIsReportedNotCrashed();
    void sessionReadsRolesAndRefusesDisabledAccounts();

private:
    QStringList allIdsInSqlOrder(const QString &orderBy,
                                 const QString &where = QStringLiteral("1"));
    void configure(SqlListModel &model);

    QTemporaryDir m_dir;
    Database m_db;
};

void tst_SqlListModel::initTestCase()
{
    QVERIFY(openTestDatabase(m_db, m_dir));
    QSqlDatabase c = m_db.connection();
    c.transaction();
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO user_accounts (id, login, display_name, email, active) "
                             "VALUES (?, ?, ?, ?, ?)"));
    const QStringList names = {QStringLiteral("Émile Zola"),
                               QStringLiteral("Anne Martin"),
                               QStringLiteral("Jean Dupont"),
                               QStringLiteral("Zoé Bernard"),
                               QStringLiteral("anne martin")};
    for (int i = 0; i < 2345; ++i) {
        q.addBindValue(QStringLiteral("id-%1").arg(i, 5, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("login%1").arg(i));
        q.addBindValue(names.at(i % names.size())); // many equal sort keys
        q.addBindValue(QStringLiteral("user%1@ville.fr").arg(i));
        q.addBindValue(i % 7 == 0 ? 0 : 1);
        QVERIFY(q.exec());
    }
    QVERIFY(c.commit());
}

void tst_SqlListModel::configure(SqlListModel &model)
{
    model.setSource(m_db.connection(), QStringLiteral("user_accounts u"), QStringLiteral("u.id"));
    model.setColumns({{QStringLiteral("Name"),
                       QStringLiteral("u.display_name"),
                       QStringLiteral("u.display_name COLLATE NOCASE"),
                       {},
                       {}},
                      {QStringLiteral("Login"), QStringLiteral("u.login"), {}, {}, {}},
                      {QStringLiteral("Active"),
                       QStringLiteral("u.active"),
                       {},
                       Qt::AlignCenter,
                       [](const QVariant &v) {
                           return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
                       }}});
}

QStringList tst_SqlListModel::allIdsInSqlOrder(const QString &orderBy, const QString &where)
{
    QStringList ids;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT u.id FROM user_accounts u WHERE %1 ORDER BY %2")
               .arg(where, orderBy));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void tst_SqlListModel::firstPageAndCount()
{
    SqlListModel model;
    configure(model);
    model.setPageSize(100);
    QVERIFY(model.select());
    QCOMPARE(model.totalCount(), 2345);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore());
    const bool active = model.data(model.index(0, 2), SqlListModel::RawRole).toBool();
    QCOMPARE(model.data(model.index(0, 2)).toString(),
             active ? QStringLiteral("yes") : QStringLiteral("no"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Login"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SqlListModel::pagingReturnsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("sqlOrder");
    QTest::newRow("name asc") << 0 << int(Qt::AscendingOrder)
                              << "u.display_name COLLATE NOCASE ASC, u.id ASC";
    QTest::newRow("name desc") << 0 << int(Qt::DescendingOrder)
                               << "u.display_name COLLATE NOCASE DESC, u.id DESC";
    QTest::newRow("active asc") << 2 << int(Qt::AscendingOrder) << "u.active ASC, u.id ASC";
    QTest::newRow("login desc") << 1 << int(Qt::DescendingOrder) << "u.login DESC, u.id DESC";
}

void tst_SqlListModel::pagingReturnsEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, sqlOrder);
    SqlListModel model;
    configure(model);
    model.setPageSize(97);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.select());
    model.sort(column, Qt::SortOrder(order));
    while (model.canFetchMore())
        model.fetchMore();
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    QCOMPARE(ids, allIdsInSqlOrder(sqlOrder));
}

void tst_SqlListModel::filtersAndSearchCombine()
{
    SqlListModel model;
    configure(model);
    model.setFilter(QStringLiteral("active"), QStringLiteral("u.active = ?"), {1});
    model.setSearch(QStringLiteral("user_accounts_fts"),
                    QStringLiteral("u.rowid"),
                    QStringLiteral("anne mart"));
    QVERIFY(model.select());
    const QStringList expected = allIdsInSqlOrder(
        QStringLiteral("u.id"),
        QStringLiteral("u.active = 1 AND lower(u.display_name) = 'anne martin'"));
    QCOMPARE(model.totalCount(), int(expected.size()));
    // Accents are folded by the FTS tokenizer: "emile" finds "Émile".
    model.setSearch(
        QStringLiteral("user_accounts_fts"), QStringLiteral("u.rowid"), QStringLiteral("emile"));
    QVERIFY(model.select());
    QCOMPARE(model.totalCount(),
             int(allIdsInSqlOrder(QStringLiteral("u.id"),
                                  QStringLiteral("u.active = 1 AND u.display_name = 'Émile Zola'"))
                     .size()));
    // Removing a filter by giving it an empty clause.
    model.setFilter(QStringLiteral("active"), {});
    model.setSearch(QStringLiteral("user_accounts_fts"), QStringLiteral("u.rowid"), QString());
    QVERIFY(model.select());
    QCOMPARE(model.totalCount(), 2345);
    QVariantList values;
    QCOMPARE(model.whereClause(&values), QStringLiteral("1"));
}

void tst_SqlListModel::ftsQueryEscapesUserText()
{
    QCOMPARE(Sql::ftsQuery(QStringLiteral("  dup  jea ")), QStringLiteral("\"dup\"* \"jea\"*"));
    QCOMPARE(Sql::ftsQuery(QStringLiteral("a\"b OR (c*")),
             QStringLiteral("\"a\"* \"b\"* \"OR\"* \"c\"*"));
    QCOMPARE(Sql::ftsQuery(QStringLiteral("2 95 10")), QStringLiteral("\"2\"* \"95\"* \"10\"*"));
    QVERIFY(Sql::ftsQuery(QStringLiteral(" \"*- ")).isEmpty());
    // Whatever the user types, the query runs.
    SqlListModel model;
    configure(model);
    model.setSearch(QStringLiteral("user_accounts_fts"),
                    QStringLiteral("u.rowid"),
                    QStringLiteral("NEAR( \"unbalanced ^col:"));
    QVERIFY2(model.select(), qPrintable(model.lastError()));
}

void tst_SqlListModel::badSqlIsReportedNotCrashed()
{
    SqlListModel model;
    configure(model);
    model.setFilter(QStringLiteral("broken"), QStringLiteral("no_such_column = 1"));
    QSignalSpy errors(&model, &SqlListModel::errorOccurred);
    QVERIFY(!model.select());
    QVERIFY2(model.lastError().contains(QLatin1String("no_such_column")),
             qPrintable(model.lastError()));
    QVERIFY(errors.count() >= 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void tst_SqlListModel::sessionReadsRolesAndRefusesDisabledAccounts()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO role_memberships (id, user_id, role) VALUES "
                                  "('r1', 'id-00001', 'hr'), ('r2', 'id-00001', 'agent')")));
    Session session;
    QString error;
    QVERIFY2(session.logIn(m_db, QStringLiteral("login1"), &error), qPrintable(error));
    QCOMPARE(session.roles(), (QStringList{QStringLiteral("agent"), QStringLiteral("hr")}));
    QVERIFY(session.hasAnyRole({QStringLiteral("hr"), QStringLiteral("schools")}));
    QVERIFY(!session.hasAnyRole({QStringLiteral("schools")}));
    QVERIFY(session.hasAnyRole({}));
    QCOMPARE(m_db.currentUser(), QStringLiteral("login1"));
    QVERIFY(!session.logIn(m_db, QStringLiteral("login0"), &error)); // 0 % 7 == 0: disabled
    QVERIFY(error.contains(QLatin1String("disabled")));
    QVERIFY(!session.logIn(m_db, QStringLiteral("nobody"), &error));
    QVERIFY(error.contains(QLatin1String("no account")));
}

QTEST_GUILESS_MAIN(tst_SqlListModel)
#include "tst_sqllistmodel.moc"
