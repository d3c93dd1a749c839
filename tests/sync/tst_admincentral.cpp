#include "serverfixture.h"

#include <QProcess>
#include <QRegularExpression>

using Civitas::ServerConnection;

// civitas-admin against the central server, as an administrator runs it: provision twice,
// add, list and disable users, sync a profile. Passwords go through stdin or PGPASSWORD only.
class tst_AdminCentral : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void provisionIsIdempotent();
    void usersAreAddedListedAndDisabled();
    void syncCommandReportsAndFails();
    void onlyTheOwnerMakesPrivilegedLogins();
    void serverStatusShowsAndEndsTheHolder();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments,
               const QByteArray &input = {},
               const QString &user = {},
               const QString &password = {});
    // One value read by the provisioning role from this test's database.
    QVariant adminScalar(const QString &sql);
    QString m_database;
    QTemporaryDir m_dir;
};

void tst_AdminCentral::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    m_database = QStringLiteral("civitas_cli_%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = QStringLiteral("postgres");
    c.user = ServerFixture::adminUser();
    {
        QSqlDatabase root
            = c.makeConnection(QStringLiteral("cli-root"), ServerFixture::adminPassword());
        QVERIFY(root.open());
        QVERIFY(QSqlQuery(root).exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-root"));
}

void tst_AdminCentral::cleanupTestCase()
{
    if (m_database.isEmpty())
        return;
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = QStringLiteral("postgres");
    c.user = ServerFixture::adminUser();
    {
        QSqlDatabase root
            = c.makeConnection(QStringLiteral("cli-root"), ServerFixture::adminPassword());
        root.open();
        QSqlQuery(root).exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-root"));
}

tst_AdminCentral::Result tst_AdminCentral::run(const QStringList &arguments,
                                               const QByteArray &input,
                                               const QString &user,
                                               const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), m_database);
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("CIVITAS_MODULE_PATH"), QStringLiteral("/nonexistent"));
    if (!user.isEmpty()) {
        env.insert(QStringLiteral("PGUSER"), user);
        env.insert(QStringLiteral("PGPASSWORD"), password);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CIVITAS_ADMIN), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QVariant tst_AdminCentral::adminScalar(const QString &sql)
{
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = m_database;
    c.user = ServerFixture::adminUser();
    QVariant value;
    {
        QSqlDatabase db
            = c.makeConnection(QStringLiteral("cli-admin"), ServerFixture::adminPassword());
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-admin"));
    return value;
}

void tst_AdminCentral::provisionIsIdempotent()
{
    Result first = run({QStringLiteral("provision")});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains(QLatin1String("core/0001_platform.sql")),
             qPrintable(first.out + first.err));
    Result second = run({QStringLiteral("provision")});
    QCOMPARE(second.code, 0);
    QVERIFY(second.out.contains(QLatin1String("nothing changed")));
    // Idle open transactions, which would hold every client's watermark back, are ended.
    QCOMPARE(adminScalar(QStringLiteral("SHOW idle_in_transaction_session_timeout")).toString(),
             QStringLiteral("5min"));
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
}

void tst_AdminCentral::usersAreAddedListedAndDisabled()
{
    Result added = run({QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("cli_martin"),
                        QStringLiteral("--agent"),
                        QStringLiteral("ag-cli"),
                        QStringLiteral("--role"),
                        QStringLiteral("hr"),
                        QStringLiteral("--name"),
                        QStringLiteral("Sophie Martin")},
                       "cli-password-1\n");
    QCOMPARE(added.code, 0);
    QVERIFY2(added.out.contains(QLatin1String("agent, hr")), qPrintable(added.out + added.err));
    // The new login connects with the password given on stdin.
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = m_database;
    c.user = QStringLiteral("cli_martin");
    {
        QSqlDatabase db
            = c.makeConnection(QStringLiteral("cli-martin"), QStringLiteral("cli-password-1"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-martin"));
    // Too short a password, an unknown role: clear refusals.
    Result weak = run({QStringLiteral("user"),
                       QStringLiteral("add"),
                       QStringLiteral("cli_weak"),
                       QStringLiteral("--agent"),
                       QStringLiteral("x")},
                      "short\n");
    QCOMPARE(weak.code, 1);
    QVERIFY(weak.err.contains(QLatin1String("at least 8 characters")));
    // Only a SCRAM hash reached the server: the stored verifier is one, and it checks out.
    QVERIFY(adminScalar(
                QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'cli_martin'"))
                .toString()
                .startsWith(QLatin1String("SCRAM-SHA-256$")));
    Result badRole = run({QStringLiteral("user"),
                          QStringLiteral("add"),
                          QStringLiteral("cli_x"),
                          QStringLiteral("--agent"),
                          QStringLiteral("x"),
                          QStringLiteral("--role"),
                          QStringLiteral("mayor")});
    QCOMPARE(badRole.code, 2);

    Result list = run({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(
        QRegularExpression(QStringLiteral("cli_martin\\s+enabled\\s+agent,hr\\s+Sophie Martin"))));
    Result disabled
        = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("cli_martin")});
    QCOMPARE(disabled.code, 0);
    list = run({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QRegularExpression(QStringLiteral("cli_martin\\s+disabled"))));
    // No password on any command line: the process list never shows one.
    QVERIFY(!list.out.contains(QLatin1String("cli-password-1")));
}

void tst_AdminCentral::syncCommandReportsAndFails()
{
    run({QStringLiteral("user"),
         QStringLiteral("add"),
         QStringLiteral("cli_sync"),
         QStringLiteral("--agent"),
         QStringLiteral("ag-sync"),
         QStringLiteral("--role"),
         QStringLiteral("hr")},
        "cli-password-2\n");
    const QString path = m_dir.filePath(QStringLiteral("sync.sqlite"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
    Result ok = run({QStringLiteral("sync"), QStringLiteral("--db"), path},
                    {},
                    QStringLiteral("cli_sync"),
                    QStringLiteral("cli-password-2"));
    QCOMPARE(ok.code, 0);
    QVERIFY2(ok.out.contains(QRegularExpression(
                 QStringLiteral("pushed 0, pulled \\d+, conflicts 0, refused 0, removed 0"))),
             qPrintable(ok.out + ok.err));
    Result wrong = run({QStringLiteral("sync"), QStringLiteral("--db"), path},
                       {},
                       QStringLiteral("cli_sync"),
                       QStringLiteral("wrong-password"));
    QCOMPARE(wrong.code, 1);
    QVERIFY(wrong.err.contains(QLatin1String("password authentication failed")));
    Result unreachable = run({QStringLiteral("sync"),
                              QStringLiteral("--db"),
                              path,
                              QStringLiteral("--server"),
                              QStringLiteral("postgresql://cli_sync@127.0.0.1:1/civitas")},
                             {},
                             QStringLiteral("cli_sync"),
                             QStringLiteral("cli-password-2"));
    QCOMPARE(unreachable.code, 1);
    QCOMPARE(unreachable.err.trimmed().count(QLatin1Char('\n')), 0);
}

void tst_AdminCentral::onlyTheOwnerMakesPrivilegedLogins()
{
    // The owner (the provisioning role, PGUSER here) makes an administrator.
    Result owner = run({QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("cli_admin"),
                        QStringLiteral("--agent"),
                        QStringLiteral("ag-cli-admin"),
                        QStringLiteral("--role"),
                        QStringLiteral("administrator")},
                       "cli-admin-pass-1\n");
    QCOMPARE(owner.code, 0);
    const QString adminLogin = QStringLiteral("cli_admin");
    const QString adminPassword = QStringLiteral("cli-admin-pass-1");
    // The administrator may not make an hr login, nor re-password the HR one, nor its own.
    Result hr = run({QStringLiteral("user"),
                     QStringLiteral("add"),
                     QStringLiteral("cli_hr2"),
                     QStringLiteral("--agent"),
                     QStringLiteral("ag-cli-hr2"),
                     QStringLiteral("--role"),
                     QStringLiteral("hr")},
                    "cli-hr2-pass-1\n",
                    adminLogin,
                    adminPassword);
    QCOMPARE(hr.code, 1);
    QVERIFY2(hr.err.contains(QLatin1String("only the database owner")), qPrintable(hr.err));
    QVERIFY2(hr.err.contains(QLatin1String("owner's credentials")), qPrintable(hr.err));
    QCOMPARE(hr.err.trimmed().count(QLatin1Char('\n')), 0);
    Result self = run({QStringLiteral("user"),
                       QStringLiteral("add"),
                       adminLogin,
                       QStringLiteral("--agent"),
                       QStringLiteral("ag-someone-else"),
                       QStringLiteral("--role"),
                       QStringLiteral("administrator,hr")},
                      "cli-admin-pass-2\n",
                      adminLogin,
                      adminPassword);
    QCOMPARE(self.code, 1);
    QCOMPARE(
        adminScalar(
            QStringLiteral("SELECT agent_id FROM civitas.user_accounts WHERE login = 'cli_admin'"))
            .toString(),
        QStringLiteral("ag-cli-admin"));
    // A plain login stays the administrator's to make.
    Result plain = run({QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("cli_plain"),
                        QStringLiteral("--agent"),
                        QStringLiteral("ag-cli-plain")},
                       "cli-plain-pass-1\n",
                       adminLogin,
                       adminPassword);
    QVERIFY2(plain.code == 0, qPrintable(plain.err));
    QCOMPARE(adminScalar(QStringLiteral("SELECT count(*) FROM civitas.audit_log WHERE table_name = "
                                        "'logins' AND row_id = 'cli_plain' AND db_user = "
                                        "'cli_admin'"))
                 .toInt(),
             1);
}

void tst_AdminCentral::serverStatusShowsAndEndsTheHolder()
{
    // A login keeps a transaction open: every desk's pull waits for it.
    ServerConnection c = ServerConnection::fromEnvironment();
    c.database = m_database;
    c.user = QStringLiteral("cli_plain");
    int pid = 0;
    {
        QSqlDatabase holder
            = c.makeConnection(QStringLiteral("cli-holder"), QStringLiteral("cli-plain-pass-1"));
        QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_current_xact_id(), pg_backend_pid()"))
                && q.next());
        pid = q.value(1).toInt();
        Result status = run({QStringLiteral("server"), QStringLiteral("status")},
                            {},
                            QStringLiteral("cli_admin"),
                            QStringLiteral("cli-admin-pass-1"));
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Pull watermark: held back for")),
                 qPrintable(status.out + status.err));
        QVERIFY2(status.out.contains(
                     QRegularExpression(QStringLiteral("pid %1\\s+cli_plain ").arg(pid))),
                 qPrintable(status.out));
        Result ended
            = run({QStringLiteral("server"), QStringLiteral("end-session"), QString::number(pid)},
                  {},
                  QStringLiteral("cli_admin"),
                  QStringLiteral("cli-admin-pass-1"));
        QCOMPARE(ended.code, 0);
        QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
        Result wrong
            = run({QStringLiteral("server"), QStringLiteral("end-session"), QStringLiteral("x")});
        QCOMPARE(wrong.code, 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-holder"));
    QCOMPARE(
        adminScalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(tst_AdminCentral)
#include "tst_admincentral.moc"
