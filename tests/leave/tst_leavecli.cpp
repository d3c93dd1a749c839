// `civitas-admin leave ...` through the real binary (CIVITAS_ADMIN) on a desk file: balance
// (with --details), allocate and close-year (dry run, write, run again: nothing to write),
// recount, and the errors (unknown agent, bad year, missing --db, a year not over).

#include "leavetestdesk.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Civitas;

class tst_LeaveCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void balance();
    void allocateAndCloseYear();
    void recount();
    void errors_data();
    void errors();
    void demoDatabase();

private:
    int admin(const QStringList &arguments, QString *out, QString *err = nullptr);
    QStringList withDb(QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << m_path;
    }

    LeaveTestDesk m_desk;
    QString m_path;
    // The last year over: the closing refuses a year still running.
    const int m_year = QDate::currentDate().year() - 1;
};

int tst_LeaveCli::admin(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CIVITAS_ADMIN), arguments);
    p.waitForFinished(120000);
    *out = QString::fromUtf8(p.readAllStandardOutput());
    const QString e = QString::fromUtf8(p.readAllStandardError());
    if (err)
        *err = e;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_LeaveCli::initTestCase()
{
    QVERIFY(m_desk.open());
    m_path = m_desk.database().path();
    const QString unit = m_desk.addUnit(QStringLiteral("S"));
    // 100000: full time 37 h; 100001: four days a week; both there for years.
    m_desk.addAgent(
        QStringLiteral("ag-1"), unit, QStringLiteral("11111111110000"), QDate(2015, 1, 1), 37 * 60);
    m_desk.addAgent(
        QStringLiteral("ag-2"), unit, QStringLiteral("11110011110000"), QDate(2015, 1, 1), 28 * 60);
    // ag-1 took a week of leave in February of the year, and one is waiting in March.
    m_desk.allocate(QStringLiteral("ag-1"), QStringLiteral("leave-type-split-bonus"), m_year, 100);
    const QDate monday = QDate(m_year, 2, 1).addDays((8 - QDate(m_year, 2, 1).dayOfWeek()) % 7);
    for (const auto &[id, start, state] : {std::tuple{"r-1", monday, "approved"},
                                           std::tuple{"r-2", monday.addDays(28), "submitted"}}) {
        m_desk.exec(QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, "
                                   "start_date, end_date, half_days, state) "
                                   "VALUES (?, 'ag-1', 'leave-type-annual', ?, ?, 10, ?)"),
                    {QLatin1String(id),
                     start.toString(Qt::ISODate),
                     start.addDays(4).toString(Qt::ISODate),
                     QLatin1String(state)});
    }
    m_desk.exec(QStringLiteral("INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, "
                               "year, kind, days_hundredths, "
                               "effective_date, request_id, source) VALUES ('u-1', 'ag-1', "
                               "'leave-type-annual', ?, 'use', -500, ?, "
                               "'r-1', 'request')"),
                {m_year, monday.toString(Qt::ISODate)});
    m_desk.exec(QStringLiteral("DELETE FROM local_leave_recount_queue"));
}

void tst_LeaveCli::balance()
{
    QString out;
    QString err;
    // Before any allocation: what was taken and what waits, and nothing to have.
    QCOMPARE(admin(withDb({QStringLiteral("leave"),
                           QStringLiteral("balance"),
                           QStringLiteral("--agent"),
                           QStringLiteral("100000"),
                           QStringLiteral("--year"),
                           QString::number(m_year)}),
                   &out,
                   &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("NOM-AG-1 Prénom (100000)")), qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("Congés annuels")), qPrintable(out));
    const QString annualLine
        = out.split(QLatin1Char('\n')).filter(QStringLiteral("Congés annuels")).value(0);
    // Rights, taken, waiting, available.
    QVERIFY2(annualLine.simplified() == QStringLiteral("Congés annuels 0 d 5 d 5 d -5 d"),
             qPrintable(annualLine));
    QVERIFY(!out.contains(QLatin1String("alloc-")));

    // By id as well, and every ledger line with --details.
    QCOMPARE(admin(withDb({QStringLiteral("leave"),
                           QStringLiteral("balance"),
                           QStringLiteral("--agent"),
                           QStringLiteral("ag-1"),
                           QStringLiteral("--year"),
                           QString::number(m_year),
                           QStringLiteral("--details")}),
                   &out),
             0);
    QVERIFY2(out.contains(QLatin1String("Leave taken")) && out.contains(QLatin1String("request")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Jours de fractionnement")), qPrintable(out));
}

void tst_LeaveCli::allocateAndCloseYear()
{
    QString out;
    QString err;
    const QString year = QString::number(m_year);
    QCOMPARE(admin(withDb({QStringLiteral("leave"),
                           QStringLiteral("allocate"),
                           year,
                           QStringLiteral("--dry-run")}),
                   &out,
                   &err),
             0);
    QVERIFY2(out.contains(QLatin1String("Dry run")), qPrintable(out + err));
    QCOMPARE(m_desk.count(QStringLiteral(
                 "SELECT count(*) FROM leave_ledger_entries WHERE source LIKE 'alloc-%'")),
             0);
    QCOMPARE(admin(withDb({QStringLiteral("leave"), QStringLiteral("allocate"), year}), &out, &err),
             0);
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("3 lines? written"))),
             qPrintable(out + err));
    QCOMPARE(admin(withDb({QStringLiteral("leave"), QStringLiteral("allocate"), year}), &out), 0);
    QVERIFY2(out.contains(QLatin1String("Nothing to write")), qPrintable(out));

    QCOMPARE(admin(withDb({QStringLiteral("leave"),
                           QStringLiteral("balance"),
                           QStringLiteral("--agent"),
                           QStringLiteral("100001"),
                           QStringLiteral("--year"),
                           year}),
                   &out),
             0);
    QVERIFY2(
        out.split(QLatin1Char('\n')).filter(QStringLiteral("Congés annuels")).value(0).simplified()
            == QStringLiteral("Congés annuels 20 d 0 d 0 d 20 d"),
        qPrintable(out));

    // The closing: the report first, nothing written by a dry run.
    QCOMPARE(admin(withDb({QStringLiteral("leave"),
                           QStringLiteral("close-year"),
                           year,
                           QStringLiteral("--dry-run")}),
                   &out,
                   &err),
             0);
    QVERIFY2(out.contains(QLatin1String("Closing of ") + year), qPrintable(out + err));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("2 agents?"))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("NOM-AG-2 Prénom (100001)")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Expiry")) && out.contains(QLatin1String("-20 d")),
             qPrintable(out));
    // The request still waiting is pointed out.
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("warning: NOM-AG-1 Prénom \\(100000\\): 1 requests?"))),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Totals")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Dry run")));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("close-") + year}),
        0);

    QCOMPARE(
        admin(withDb({QStringLiteral("leave"), QStringLiteral("close-year"), year}), &out, &err),
        0);
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("lines? written"))),
             qPrintable(out + err));
    const int written
        = m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                       {QStringLiteral("close-") + year});
    // ag-1: annual leave, RTT and split-leave days expire, and a week taken in February earns
    // a split-leave day for next year; ag-2: annual leave expires.
    QCOMPARE(written, 5);
    QCOMPARE(admin(withDb({QStringLiteral("leave"), QStringLiteral("close-year"), year}), &out), 0);
    QVERIFY2(out.contains(QLatin1String("Nothing to write")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("already written")), qPrintable(out));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("close-") + year}),
        written);

    QCOMPARE(admin(withDb({QStringLiteral("leave"),
                           QStringLiteral("balance"),
                           QStringLiteral("--agent"),
                           QStringLiteral("100000"),
                           QStringLiteral("--year"),
                           year,
                           QStringLiteral("--details")}),
                   &out),
             0);
    QVERIFY2(out.contains(QLatin1String("close-") + year)
                 && out.contains(QLatin1String("alloc-") + year),
             qPrintable(out));
    QVERIFY2(out.split(QLatin1Char('\n')).filter(QStringLiteral("RTT ")).value(0).simplified()
                 == QLatin1String("RTT 0 d 0 d 0 d 0 d"),
             qPrintable(out));
}

void tst_LeaveCli::recount()
{
    QString out;
    QString err;
    QCOMPARE(admin(withDb({QStringLiteral("leave"), QStringLiteral("recount")}), &out, &err), 0);
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^0 requests? counted again"))),
             qPrintable(out + err));
    // A day off next year, inside nothing; then one inside ag-2's leave.
    const int next = m_year + 2;
    m_desk.exec(
        QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, start_date, "
                       "end_date, half_days, state) "
                       "VALUES ('r-3', 'ag-2', 'leave-type-annual', ?, ?, 40, 'submitted')"),
        {QDate(next, 6, 1).toString(Qt::ISODate), QDate(next, 6, 30).toString(Qt::ISODate)});
    m_desk.exec(
        QStringLiteral("INSERT INTO leave_days_off (id, day, name) VALUES ('d-1', ?, 'Fête')"),
        {QDate(next, 6, 18).dayOfWeek() == 3 ? QDate(next, 6, 19).toString(Qt::ISODate)
                                             : QDate(next, 6, 18).toString(Qt::ISODate)});
    QCOMPARE(admin(withDb({QStringLiteral("leave"), QStringLiteral("recount")}), &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("1 changed")), qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("NOM-AG-2 Prénom"))
                 && out.contains(QLatin1String("days off changed")),
             qPrintable(out));
    QCOMPARE(m_desk.count(
                 QStringLiteral("SELECT count(*) FROM leave_recounts WHERE request_id = 'r-3'")),
             1);
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM local_leave_recount_queue")), 0);
}

void tst_LeaveCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("db");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString year = QString::number(m_year);
    QTest::newRow("unknown agent") << QStringList{QStringLiteral("balance"),
                                                  QStringLiteral("--agent"),
                                                  QStringLiteral("999999"),
                                                  QStringLiteral("--year"),
                                                  year}
                                   << true << 1 << QStringLiteral("no agent \"999999\"");
    QTest::newRow("bad year") << QStringList{QStringLiteral("balance"),
                                             QStringLiteral("--agent"),
                                             QStringLiteral("100000"),
                                             QStringLiteral("--year"),
                                             QStringLiteral("20x6")}
                              << true << 2 << QStringLiteral("not a year");
    QTest::newRow("year missing") << QStringList{QStringLiteral("balance"),
                                                 QStringLiteral("--agent"),
                                                 QStringLiteral("100000")}
                                  << true << 2 << QStringLiteral("--year");
    QTest::newRow("balance without --db") << QStringList{QStringLiteral("balance"),
                                                         QStringLiteral("--agent"),
                                                         QStringLiteral("100000"),
                                                         QStringLiteral("--year"),
                                                         year}
                                          << false << 2 << QStringLiteral("--db");
    QTest::newRow("close without a year")
        << QStringList{QStringLiteral("close-year")} << true << 2 << QStringLiteral("missing");
    QTest::newRow("close a bad year")
        << QStringList{QStringLiteral("close-year"), QStringLiteral("1850")} << true << 2
        << QStringLiteral("not a year");
    QTest::newRow("close without --db")
        << QStringList{QStringLiteral("close-year"), year} << false << 2 << QStringLiteral("--db");
    QTest::newRow("close a year not over")
        << QStringList{QStringLiteral("close-year"), QString::number(m_year + 1)} << true << 1
        << QStringLiteral("not over");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("close")} << true << 2
                                        << QStringLiteral("unknown subcommand");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("close-year"), year, QStringLiteral("--force")} << true << 2
        << QStringLiteral("--force");
}

void tst_LeaveCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, db);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString out;
    QString err;
    arguments.prepend(QStringLiteral("leave"));
    QCOMPARE(admin(db ? withDb(arguments) : arguments, &out, &err), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
}

void tst_LeaveCli::demoDatabase()
{
    // The demo town, as HR would meet it: allocations and a closing run over every agent.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString out;
    QString err;
    QCOMPARE(admin({QStringLiteral("demo"),
                    QStringLiteral("--db"),
                    db,
                    QStringLiteral("--agents"),
                    QStringLiteral("30")},
                   &out,
                   &err),
             0);
    const QString year = QString::number(m_year);
    QCOMPARE(
        admin(
            {QStringLiteral("leave"), QStringLiteral("allocate"), year, QStringLiteral("--db"), db},
            &out,
            &err),
        0);
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("lines? written")))
                 || out.contains(QLatin1String("Nothing to write")),
             qPrintable(out + err));
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("close-year"),
                    year,
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             0);
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("close-year"),
                    year,
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             0);
    QVERIFY2(out.contains(QLatin1String("Nothing to write")), qPrintable(out + err));
    // Camille Bernard (000101) works four days a week.
    QCOMPARE(admin({QStringLiteral("leave"),
                    QStringLiteral("balance"),
                    QStringLiteral("--agent"),
                    QStringLiteral("000101"),
                    QStringLiteral("--year"),
                    year,
                    QStringLiteral("--db"),
                    db},
                   &out,
                   &err),
             0);
    QVERIFY2(out.contains(QLatin1String("(000101)")), qPrintable(out + err));
}

QTEST_MAIN(tst_LeaveCli)
#include "tst_leavecli.moc"
