#include "testdatabase.h"

#include <core/access/roles.h>
#include <core/models/sqllistmodel.h>
#include <core/storage/accountstore.h>
#include <core/storage/sql.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Civitas;

// The accounts as the shell reads them at start-up and on the organisation page.
class tst_AccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshFileHasNoAccount();
    void ownerHoldsEveryRole();
    void ownerIsWrittenAllOrNothing();
    void withdrawnAccountDoesNotExist();
    void loginOfAnAccount();
    void searchFindsLiveAccountsByName();
    void failureIsReported();

private:
    bool exec(const QString &sql);
    int count(const QString &sql);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

void tst_AccountStore::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(openTestDatabase(*m_db, *m_dir));
}

void tst_AccountStore::cleanup()
{
    delete m_db;
    delete m_dir;
}

bool tst_AccountStore::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

int tst_AccountStore::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

void tst_AccountStore::freshFileHasNoAccount()
{
    AccountStore accounts(*m_db);
    QCOMPARE(accounts.isEmpty().value(), true);
    QCOMPARE(accounts.exists(QStringLiteral("jdupont")).value(), false);
}

void tst_AccountStore::ownerHoldsEveryRole()
{
    AccountStore accounts(*m_db);
    const Result<> created = accounts.createOwner(QStringLiteral("jdupont"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(accounts.isEmpty().value(), false);
    QCOMPARE(accounts.exists(QStringLiteral("jdupont")).value(), true);
    QCOMPARE(accounts.exists(QStringLiteral("other")).value(), false);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM user_accounts WHERE login = 'jdupont' "
                                  "AND display_name = 'jdupont' AND updated_by = 'jdupont'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT r.role) FROM role_memberships r "
                                  "JOIN user_accounts u ON u.id = r.user_id "
                                  "WHERE u.login = 'jdupont' AND r.updated_by = 'jdupont'")),
             int(Roles::all().size()));
}

void tst_AccountStore::ownerIsWrittenAllOrNothing()
{
    // A role the schema refuses comes after the account: the account must not stay alone.
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER no_hr BEFORE INSERT ON role_memberships "
                                "WHEN NEW.role = 'hr' BEGIN SELECT RAISE(ABORT, 'hr refused "
                                "for the test'); END")));
    AccountStore accounts(*m_db);
    const Result<> created = accounts.createOwner(QStringLiteral("jdupont"));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QLatin1String("hr refused for the test")),
             qPrintable(created.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM user_accounts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role_memberships")), 0);
    QCOMPARE(accounts.isEmpty().value(), true);
}

void tst_AccountStore::withdrawnAccountDoesNotExist()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO user_accounts (id, login, display_name, deleted) "
                                "VALUES ('u1', 'gone', 'Gone', 1)")));
    AccountStore accounts(*m_db);
    QCOMPARE(accounts.exists(QStringLiteral("gone")).value(), false);
    // It still counts: the file has been used.
    QCOMPARE(accounts.isEmpty().value(), false);
}

void tst_AccountStore::loginOfAnAccount()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO user_accounts (id, login, display_name) "
                                "VALUES ('u1', 'smartin', 'Sophie Martin')")));
    AccountStore accounts(*m_db);
    QCOMPARE(accounts.loginOf(QStringLiteral("u1")).value(), QStringLiteral("smartin"));
    const Result<QString> none = accounts.loginOf(QStringLiteral("nobody"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void tst_AccountStore::searchFindsLiveAccountsByName()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES "
                                "('ev', 'service', 'EV', 'Espaces verts')")));
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO user_accounts (id, login, display_name, org_unit_id, deleted) VALUES "
        "('u1', 'smartin', 'Sophie Martin', 'ev', 0), "
        "('u2', 'amartin', 'Alain Martin', NULL, 0), "
        "('u3', 'pmartin', 'Paul Martin', NULL, 1), "
        "('u4', 'cbernard', 'Camille Bernard', NULL, 0)")));
    AccountStore accounts(*m_db);
    const Result<QList<AccountStore::Match>> found
        = accounts.search(Sql::ftsQuery(QStringLiteral("martin")), 10);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).displayName, QStringLiteral("Alain Martin"));
    QVERIFY(found->at(0).unitName.isEmpty());
    const AccountStore::Match &sophie = found->at(1);
    QCOMPARE(sophie.id, QStringLiteral("u1"));
    QCOMPARE(sophie.login, QStringLiteral("smartin"));
    QCOMPARE(sophie.unitName, QStringLiteral("Espaces verts"));
    QCOMPARE(accounts.search(Sql::ftsQuery(QStringLiteral("martin")), 1)->size(), 1);
}

void tst_AccountStore::failureIsReported()
{
    QVERIFY(exec(QStringLiteral("ALTER TABLE user_accounts RENAME TO user_accounts_gone")));
    AccountStore accounts(*m_db);
    QVERIFY(!accounts.exists(QStringLiteral("x")).ok());
    QVERIFY(!accounts.isEmpty().ok());
    QVERIFY(!accounts.loginOf(QStringLiteral("x")).ok());
    QVERIFY(!accounts.search(QStringLiteral("\"x\"*"), 5).ok());
    const Result<> created = accounts.createOwner(QStringLiteral("x"));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QLatin1String("user_accounts")), qPrintable(created.error()));
}

QTEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
