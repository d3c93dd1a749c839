// The time savings account's rules: who may open one, the minimum of annual leave taken
// before a deposit, the 60-day ceiling, the 15-day threshold, the value of a paid day.

#include <leave/domain/timesavingsaccount.h>

#include <QTest>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_TimeSavingsAccount : public QObject
{
    Q_OBJECT

private slots:
    void opening();
    void minimumTaken();
    void depositLimit_data();
    void depositLimit();
    void threshold();
};

void tst_TimeSavingsAccount::opening()
{
    Hr::AgentFile f;
    f.agent.entryDate = QDate(2025, 3, 1);
    f.agent.status = QStringLiteral("tenured");
    QString reason;
    QVERIFY(!TimeSavingsAccount::canOpen(f, QDate(2026, 2, 28), &reason));
    QVERIFY(reason.contains(QLatin1String("2026-03-01")));
    QVERIFY(TimeSavingsAccount::canOpen(f, QDate(2026, 3, 1), &reason));
    QVERIFY(reason.isEmpty());
    f.agent.status = QStringLiteral("trainee");
    QVERIFY(!TimeSavingsAccount::canOpen(f, QDate(2027, 1, 1), &reason));
    QVERIFY(reason.contains(QLatin1String("trainee")));
    f.agent.status = QStringLiteral("contract");
    QVERIFY(TimeSavingsAccount::canOpen(f, QDate(2027, 1, 1), &reason));
    f.agent.departureDate = QDate(2026, 12, 31);
    QVERIFY(!TimeSavingsAccount::canOpen(f, QDate(2027, 1, 1), &reason));
}

void tst_TimeSavingsAccount::minimumTaken()
{
    QCOMPARE(TimeSavingsAccount::minimumAnnualLeaveTaken(5), 20.0);
    QCOMPARE(TimeSavingsAccount::minimumAnnualLeaveTaken(4), 16.0);
    QCOMPARE(TimeSavingsAccount::minimumAnnualLeaveTaken(4.5), 18.0);
}

void tst_TimeSavingsAccount::depositLimit_data()
{
    QTest::addColumn<double>("balance");
    QTest::addColumn<double>("leaveLeft");
    QTest::addColumn<double>("leaveTaken");
    QTest::addColumn<double>("rttLeft");
    QTest::addColumn<double>("daysPerWeek");
    QTest::addColumn<double>("limit");
    QTest::newRow("20 taken, 5 left, 3 RTT") << 10.0 << 5.0 << 20.0 << 3.0 << 5.0 << 8.0;
    QTest::newRow("19 taken: RTT only") << 10.0 << 6.0 << 19.0 << 3.0 << 5.0 << 3.0;
    QTest::newRow("near the ceiling") << 57.0 << 5.0 << 20.0 << 3.0 << 5.0 << 3.0;
    QTest::newRow("at the ceiling") << 60.0 << 5.0 << 20.0 << 3.0 << 5.0 << 0.0;
    QTest::newRow("4 days a week, 16 taken") << 0.0 << 4.0 << 16.0 << 0.0 << 4.0 << 4.0;
    QTest::newRow("4 days a week, 15.5 taken") << 0.0 << 4.5 << 15.5 << 0.0 << 4.0 << 0.0;
    QTest::newRow("bonus days count as annual leave") << 0.0 << 7.0 << 20.0 << 0.0 << 5.0 << 7.0;
}

void tst_TimeSavingsAccount::depositLimit()
{
    QFETCH(double, balance);
    QFETCH(double, leaveLeft);
    QFETCH(double, leaveTaken);
    QFETCH(double, rttLeft);
    QFETCH(double, daysPerWeek);
    QFETCH(double, limit);
    QCOMPARE(TimeSavingsAccount::depositLimit(balance, leaveLeft, leaveTaken, rttLeft, daysPerWeek),
             limit);
}

void tst_TimeSavingsAccount::threshold()
{
    QCOMPARE(TimeSavingsAccount::daysAboveThreshold(12), 0.0);
    QCOMPARE(TimeSavingsAccount::daysAboveThreshold(15), 0.0);
    QCOMPARE(TimeSavingsAccount::daysAboveThreshold(22.5), 7.5);
    QCOMPARE(TimeSavingsAccount::dailyValueCents(QStringLiteral("A")), 15000);
    QCOMPARE(TimeSavingsAccount::dailyValueCents(QStringLiteral("B")), 10000);
    QCOMPARE(TimeSavingsAccount::dailyValueCents(QStringLiteral("C")), 8300);
}

QTEST_MAIN(tst_TimeSavingsAccount)
#include "tst_timesavingsaccount.moc"
