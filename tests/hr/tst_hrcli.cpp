#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs the real civitas-admin on a demo town, as an administrator would: `hr import`.
class tst_HrCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunWritesNothing();
    void importWritesAndUpdates();
    void badFileExitsWithMessages();
    void usageErrors();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QVariant value(const QString &sql);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_existing; // a registration number of the demo town
    QString m_existingPost;
    QString m_unitCode;
};

tst_HrCli::Result tst_HrCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CIVITAS_ADMIN), arguments);
    if (!process.waitForFinished(240000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QVariant tst_HrCli::value(const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

QString tst_HrCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_HrCli::initTestCase()
{
    QVERIFY(qEnvironmentVariableIsSet("CIVITAS_MODULE_PATH"));
    m_db = m_dir.filePath(QStringLiteral("town.sqlite"));
    const Result r = run({QStringLiteral("demo"),
                          QStringLiteral("--db"),
                          m_db,
                          QStringLiteral("--agents"),
                          QStringLiteral("30")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_existing
        = value(
              QStringLiteral(
                  "SELECT a.registration_number FROM agents a JOIN agent_details d ON d.id = a.id "
                  "WHERE d.status = 'tenured' AND a.departure_date IS NULL "
                  "ORDER BY a.registration_number LIMIT 1"))
              .toString();
    QVERIFY(!m_existing.isEmpty());
    m_existingPost
        = value(QStringLiteral("SELECT post_title FROM agents WHERE registration_number = '%1'")
                    .arg(m_existing))
              .toString();
    m_unitCode
        = value(QStringLiteral(
                    "SELECT code FROM org_units WHERE kind = 'service' ORDER BY code LIMIT 1"))
              .toString();
    QVERIFY(!m_unitCode.isEmpty());
}

void tst_HrCli::dryRunWritesNothing()
{
    const int agents = value(QStringLiteral("SELECT count(*) FROM agents")).toInt();
    const QString file = writeFile(
        QStringLiteral("dry.csv"),
        QStringLiteral(
            "Matricule;Nom;Prénom;Sexe;Statut;Code service;Date d'entrée;Intitulé de poste\n"
            "900001;ESSAI;Zoé;F;Titulaire;%1;01/03/2024;Agent d'accueil\n"
            "%2;;;;;;;Poste importé à blanc\n")
            .arg(m_unitCode, m_existing)
            .toUtf8());
    const Result r = run({QStringLiteral("hr"),
                          QStringLiteral("import"),
                          file,
                          QStringLiteral("--db"),
                          m_db,
                          QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    // "agent(s)" until the English translation gives the plural forms.
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("1 agent(\\(s\\))? to create, 1 to update"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("nothing written")), qPrintable(r.out));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM agents")).toInt(), agents);
    QCOMPARE(value(QStringLiteral("SELECT post_title FROM agents WHERE registration_number = '%1'")
                       .arg(m_existing))
                 .toString(),
             m_existingPost);
}

void tst_HrCli::importWritesAndUpdates()
{
    const int agents = value(QStringLiteral("SELECT count(*) FROM agents")).toInt();
    // Windows-1252, as the payroll program writes it: "Zoé" has a lone 0xE9 byte.
    const QString file = writeFile(
        QStringLiteral("real.csv"),
        QStringLiteral(
            "Matricule;Nom;Prénom;Sexe;Statut;Code service;Date d'entrée;Intitulé de poste\n"
            "900001;ESSAI;Zoé;F;Titulaire;%1;01/03/2024;Agent d'accueil\n"
            "900002;TEST;René;M;Stagiaire;%1;2024-04-01;Jardinier\n"
            "%2;;;;;;;Poste importé\n")
            .arg(m_unitCode, m_existing)
            .toLatin1());
    Result r
        = run({QStringLiteral("hr"), QStringLiteral("import"), file, QStringLiteral("--db"), m_db});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("2 agent(s|\\(s\\)) to create, 1 to update"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Windows-1252")), qPrintable(r.out));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM agents")).toInt(), agents + 2);
    QCOMPARE(
        value(QStringLiteral("SELECT first_names FROM agents WHERE registration_number = '900001'"))
            .toString(),
        QStringLiteral("Zoé"));
    QCOMPARE(value(QStringLiteral("SELECT post_title FROM agents WHERE registration_number = '%1'")
                       .arg(m_existing))
                 .toString(),
             QStringLiteral("Poste importé"));

    // Again: nothing new, nothing duplicated.
    r = run({QStringLiteral("hr"), QStringLiteral("import"), file, QStringLiteral("--db"), m_db});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("0 agent(s|\\(s\\)) to create, 0 to update, 3 unchanged"))),
             qPrintable(r.out));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM agents")).toInt(), agents + 2);
}

void tst_HrCli::badFileExitsWithMessages()
{
    const int agents = value(QStringLiteral("SELECT count(*) FROM agents")).toInt();
    const QString file = writeFile(
        QStringLiteral("bad.csv"),
        QStringLiteral("Matricule;Nom;Prénom;Sexe;Statut;Code service;Date d'entrée;NIR\n"
                       "910001;BON;Paul;M;Titulaire;%1;01/03/2024;\n"
                       "910002;MAUVAIS;Paul;M;Titulaire;NULLEPART;01/03/2024;\n"
                       "910003;FAUX;Paul;M;Titulaire;%1;32/03/2024;1234\n")
            .arg(m_unitCode)
            .toUtf8());
    const Result r
        = run({QStringLiteral("hr"), QStringLiteral("import"), file, QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("line 3, column Code service: unknown unit")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 4, column Date d'entrée: unreadable date")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("line 4, column NIR: invalid NIR")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("line 2")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("nothing written")), qPrintable(r.out));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM agents")).toInt(), agents);
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM agents WHERE registration_number = '910001'"))
            .toInt(),
        0);
}

void tst_HrCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("hr"),
                  QStringLiteral("import"),
                  m_dir.filePath(QStringLiteral("dry.csv"))})
                 .code,
             2);
    QCOMPARE(
        run({QStringLiteral("hr"), QStringLiteral("import"), QStringLiteral("--db"), m_db}).code,
        2);
    QCOMPARE(run({QStringLiteral("hr"),
                  QStringLiteral("import"),
                  m_dir.filePath(QStringLiteral("dry.csv")),
                  QStringLiteral("--db"),
                  m_db,
                  QStringLiteral("--encoding"),
                  QStringLiteral("ebcdic")})
                 .code,
             2);
    QCOMPARE(
        run({QStringLiteral("hr"), QStringLiteral("export"), QStringLiteral("--db"), m_db}).code,
        2);
}

QTEST_GUILESS_MAIN(tst_HrCli)
#include "tst_hrcli.moc"
