#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// Runs the real civitas-admin executable, as an administrator would.
class tst_AdminCli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void unknownCommandIsAUsageError();
    void modulesListsStateAndReasons();
    void initCreatesAndRefusesToOverwrite();
    void migrateNeedsAnExistingFile();
    void demoIsDeterministicForOneSeed();
    void demoRejectsBadArguments();
    void moduleSubcommandRuns();
    void errorsAreOneLineOnStderr();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QString &modulePath = {});
    QString contentHash(const QString &path);
    QTemporaryDir m_dir;
};

tst_AdminCli::Result tst_AdminCli::run(const QStringList &arguments, const QString &modulePath)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVITAS_MODULE_PATH"),
               modulePath.isEmpty() ? QStringLiteral(CIVITAS_TEST_GOOD_MODULES) : modulePath);
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CIVITAS_ADMIN), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tst_AdminCli::contentHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const QString &sql :
             {QStringLiteral(
                  "SELECT id, code, name, parent_id, head_agent_id FROM org_units ORDER BY id"),
              QStringLiteral("SELECT id, login, display_name, agent_id, org_unit_id FROM "
                             "user_accounts ORDER BY id"),
              QStringLiteral("SELECT id, user_id, role FROM role_memberships ORDER BY id"),
              QStringLiteral("SELECT title FROM alpha_notes ORDER BY title")}) {
            q.exec(sql);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '|');
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hash"));
    return QString::fromLatin1(hash.result().toHex());
}

void tst_AdminCli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("civitas-admin " CIVITAS_VERSION));
}

void tst_AdminCli::unknownCommandIsAUsageError()
{
    const Result r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("unknown command \"frobnicate\"")));
    QCOMPARE(run({}).code, 2);
}

void tst_AdminCli::modulesListsStateAndReasons()
{
    const Result r = run({QStringLiteral("modules")},
                         QStringLiteral(CIVITAS_TEST_GOOD_MODULES ":" CIVITAS_TEST_BAD_MODULES));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^alpha\\s+1\\.0\\.0\\s+loaded$"),
                                               QRegularExpression::MultilineOption)),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^beta\\s+1\\.2\\.0\\s+loaded$"),
                                              QRegularExpression::MultilineOption)));
    QVERIFY(r.out.contains(QLatin1String("needsghost")));
    QVERIFY(r.out.contains(
        QLatin1String("refused: It needs the module \"ghost\", which is not installed.")));
    QVERIFY(r.out.contains(QLatin1String("Dependency cycle")));
    QVERIFY(r.err.isEmpty());
}

void tst_AdminCli::initCreatesAndRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("init.sqlite"));
    Result r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(path));
    r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("already exists")));
    r = run({QStringLiteral("migrate"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("up to date")));
}

void tst_AdminCli::migrateNeedsAnExistingFile()
{
    const Result r = run({QStringLiteral("migrate"),
                          QStringLiteral("--db"),
                          m_dir.filePath(QStringLiteral("missing.sqlite"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("does not exist")));
    QCOMPARE(run({QStringLiteral("migrate")}).code, 2);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--db")}).code, 2);
}

void tst_AdminCli::demoIsDeterministicForOneSeed()
{
    const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
    const QString c = m_dir.filePath(QStringLiteral("c.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"),
                  QStringLiteral("--db"),
                  a,
                  QStringLiteral("--agents"),
                  QStringLiteral("300"),
                  QStringLiteral("--seed"),
                  QStringLiteral("7")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("demo"),
                  QStringLiteral("--db"),
                  b,
                  QStringLiteral("--agents"),
                  QStringLiteral("300"),
                  QStringLiteral("--seed"),
                  QStringLiteral("7")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("demo"),
                  QStringLiteral("--db"),
                  c,
                  QStringLiteral("--agents"),
                  QStringLiteral("300"),
                  QStringLiteral("--seed"),
                  QStringLiteral("8")})
                 .code,
             0);
    QCOMPARE(contentHash(a), contentHash(b));
    QVERIFY(contentHash(a) != contentHash(c));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(a);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM user_accounts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 300);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM org_units WHERE head_agent_id IS NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The alpha test module added its own demo rows.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alpha_notes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // Demo rows are not local changes waiting to be pushed.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

void tst_AdminCli::demoRejectsBadArguments()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.sqlite"));
    Result r = run({QStringLiteral("demo"),
                    QStringLiteral("--db"),
                    path,
                    QStringLiteral("--agents"),
                    QStringLiteral("many")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--agents")));
    QVERIFY(!QFile::exists(path));
    r = run({QStringLiteral("demo")});
    QCOMPARE(r.code, 2);
}

void tst_AdminCli::moduleSubcommandRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("sub.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"),
                  QStringLiteral("--db"),
                  path,
                  QStringLiteral("--agents"),
                  QStringLiteral("20")})
                 .code,
             0);
    Result r = run({QStringLiteral("alpha-count"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("alpha notes: 3"));
    r = run({QStringLiteral("--help")});
    QVERIFY(r.out.contains(QLatin1String("alpha-count --db PATH")));
}

void tst_AdminCli::errorsAreOneLineOnStderr()
{
    const QString path = m_dir.filePath(QStringLiteral("notadb.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'z'));
    file.close();
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.startsWith(QLatin1String("civitas-admin: error:")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AdminCli)
#include "tst_admincli.moc"
