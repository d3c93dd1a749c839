// The town's extra days off as HR keeps them: added (and a recount of everybody queued from
// that day), listed latest first, removed as a tombstone (and a recount queued again); a day
// off without a name refused with the reason; and a file that cannot be read is an error, not
// an empty list.

#include "leavetestdesk.h"

#include <leave/leavetr.h>
#include <leave/store/daysoffstore.h>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_DaysOffStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addedListedRemoved();
    void aNamelessDayOffIsRefused();
    void anUnreadableFileIsAnError();

private:
    LeaveTestDesk m_desk;
    QTemporaryDir m_emptyDir;
};

void tst_DaysOffStore::initTestCase()
{
    QVERIFY(m_desk.open());
    QVERIFY(m_desk.exec(QStringLiteral("DELETE FROM local_leave_recount_queue")));
}

void tst_DaysOffStore::addedListedRemoved()
{
    DaysOffStore store(m_desk.database());
    const Result<QString> bridge
        = store.add(QDate(2027, 5, 7), QStringLiteral("Pont de l'Ascension"));
    QVERIFY2(bridge.ok(), qPrintable(bridge.error()));
    QCOMPARE(m_desk
                 .value(QStringLiteral("SELECT since FROM local_leave_recount_queue WHERE "
                                       "agent_id = '*'"))
                 .toString(),
             QStringLiteral("2027-05-07"));
    const Result<QString> closure = store.add(QDate(2027, 12, 24), QStringLiteral("Fermeture"));
    QVERIFY2(closure.ok(), qPrintable(closure.error()));
    QVERIFY(closure.value() != bridge.value());

    const Result<QList<DaysOffStore::DayOff>> days = store.list();
    QVERIFY2(days.ok(), qPrintable(days.error()));
    QCOMPARE(days.value().size(), 2);
    QCOMPARE(days.value().at(0).id, closure.value());
    QCOMPARE(days.value().at(0).day, QDate(2027, 12, 24));
    QCOMPARE(days.value().at(1).name, QStringLiteral("Pont de l'Ascension"));

    QVERIFY(m_desk.exec(QStringLiteral("DELETE FROM local_leave_recount_queue")));
    const Result<> removed = store.remove(bridge.value());
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(store.list().value().size(), 1);
    QCOMPARE(store.list().value().constFirst().id, closure.value());
    // Synchronised rows are never deleted.
    QCOMPARE(m_desk.count(QStringLiteral("SELECT deleted FROM leave_days_off WHERE id = ?"),
                          {bridge.value()}),
             1);
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM local_leave_recount_queue")), 1);
}

void tst_DaysOffStore::aNamelessDayOffIsRefused()
{
    DaysOffStore store(m_desk.database());
    const int before = m_desk.count(QStringLiteral("SELECT count(*) FROM leave_days_off"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("day off not saved")));
    const Result<QString> nameless = store.add(QDate(2027, 8, 16), QString());
    QVERIFY(!nameless.ok());
    QVERIFY2(nameless.error().startsWith(
                 Civitas::Leave::Tr::tr("The day off could not be saved: %1").arg(QString())),
             qPrintable(nameless.error()));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM leave_days_off")), before);
}

void tst_DaysOffStore::anUnreadableFileIsAnError()
{
    QVERIFY(m_emptyDir.isValid());
    Database empty;
    QVERIFY(empty.open(m_emptyDir.filePath(QStringLiteral("empty.sqlite")), nullptr));
    DaysOffStore store(empty);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("days off not read")));
    const Result<QList<DaysOffStore::DayOff>> days = store.list();
    QVERIFY(!days.ok());
    QVERIFY2(days.error().contains(QLatin1String("no such table")), qPrintable(days.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("day off not removed")));
    QVERIFY(!store.remove(QStringLiteral("x")).ok());
}

QTEST_GUILESS_MAIN(tst_DaysOffStore)
#include "tst_daysoffstore.moc"
