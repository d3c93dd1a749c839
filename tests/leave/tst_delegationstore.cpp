// A head's delegations as the store keeps them: the units they may delegate and the agents
// who may stand in, a delegation saved then listed for the head and for the deputy, the check
// against the same deputy twice, ending one that runs (its end moves to yesterday) or removing
// one to come, the refusals; and a file that cannot be read is an error, never "heads
// nothing".
//
// Today is Friday 15 January 2027. Direction D (head ag-dir) with its service S (head ag-head)
// and S's sub-unit T; ag-head also heads R ("Unit R" sorts before "Unit S"). Agents ag-1 in S,
// ag-2 in T, ag-left in S (left at the end of 2026), ag-other in direction O.

#include "leavetestdesk.h"

#include <leave/leavetr.h>
#include <leave/store/delegationstore.h>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_DelegationStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unitsAHeadMayDelegate();
    void deputyCandidates();
    void addedThenListedForHeadAndDeputy();
    void overlapsTheSameDeputyOnTheSameDays();
    void endingARunningOneOrRemovingOneToCome();
    void atMostAYear();
    void anUnreadableFileIsAnError();

private:
    QStringList ids(const QList<DelegationStore::Choice> &choices) const;

    LeaveTestDesk m_desk;
    QTemporaryDir m_emptyDir;
    const QDate m_today{2027, 1, 15};
    QString m_s;
};

QStringList tst_DelegationStore::ids(const QList<DelegationStore::Choice> &choices) const
{
    QStringList result;
    for (const DelegationStore::Choice &c : choices)
        result.append(c.id);
    return result;
}

void tst_DelegationStore::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString d = m_desk.addUnit(QStringLiteral("D"), {}, QStringLiteral("ag-dir"));
    m_s = m_desk.addUnit(QStringLiteral("S"), d, QStringLiteral("ag-head"));
    const QString t = m_desk.addUnit(QStringLiteral("T"), m_s);
    m_desk.addUnit(QStringLiteral("R"), d, QStringLiteral("ag-head"));
    const QString o = m_desk.addUnit(QStringLiteral("O"), {}, QStringLiteral("ag-odir"));
    m_desk.addAgent(QStringLiteral("ag-dir"), d);
    m_desk.addAgent(QStringLiteral("ag-head"), m_s);
    m_desk.addAgent(QStringLiteral("ag-1"), m_s);
    m_desk.addAgent(QStringLiteral("ag-2"), t);
    m_desk.addAgent(QStringLiteral("ag-left"), m_s);
    m_desk.addAgent(QStringLiteral("ag-other"), o);
    QVERIFY(m_desk.exec(
        QStringLiteral("UPDATE agents SET departure_date = '2026-12-31' WHERE id = 'ag-left'")));
    // A withdrawn unit the head once headed is not theirs to delegate.
    m_desk.addUnit(QStringLiteral("A"), d, QStringLiteral("ag-head"));
    QVERIFY(m_desk.exec(QStringLiteral("UPDATE org_units SET deleted = 1 WHERE code = 'A'")));
}

void tst_DelegationStore::unitsAHeadMayDelegate()
{
    const DelegationStore store(m_desk.database());
    const Result<QList<DelegationStore::Choice>> units
        = store.unitsHeadedBy(QStringLiteral("ag-head"));
    QVERIFY2(units.ok(), qPrintable(units.error()));
    QCOMPARE(ids(units.value()), QStringList({QStringLiteral("unit-R"), m_s}));
    QCOMPARE(units.value().constLast().name, QStringLiteral("Unit S"));
    QVERIFY(store.unitsHeadedBy(QStringLiteral("ag-1")).value().isEmpty());

    QCOMPARE(store.headsAUnit(QStringLiteral("ag-head")).valueOr(false), true);
    const Result<bool> agent = store.headsAUnit(QStringLiteral("ag-1"));
    QVERIFY(agent.ok());
    QCOMPARE(agent.value(), false);
    QCOMPARE(store.headsAUnit(QString()).valueOr(true), false);
}

void tst_DelegationStore::deputyCandidates()
{
    const DelegationStore store(m_desk.database());
    // Sub-units included; not the head, not who left, not another direction's agent.
    const Result<QList<DelegationStore::Choice>> agents
        = store.deputyCandidates(QStringLiteral("ag-head"), m_today);
    QVERIFY2(agents.ok(), qPrintable(agents.error()));
    QCOMPARE(ids(agents.value()), QStringList({QStringLiteral("ag-1"), QStringLiteral("ag-2")}));
    QCOMPARE(agents.value().constFirst().name, QStringLiteral("NOM-AG-1 Prénom"));
    // Before they left, they could.
    QVERIFY(ids(store.deputyCandidates(QStringLiteral("ag-head"), QDate(2026, 12, 31)).value())
                .contains(QStringLiteral("ag-left")));
    QVERIFY(store.deputyCandidates(QStringLiteral("ag-1"), m_today).value().isEmpty());
}

void tst_DelegationStore::addedThenListedForHeadAndDeputy()
{
    DelegationStore store(m_desk.database());
    const Result<QString> id = store.add(
        {m_s, QStringLiteral("ag-head"), QStringLiteral("ag-1"), m_today, m_today.addDays(6)});
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM leave_delegations WHERE id = ? "
                                         "AND delegator_agent_id = 'ag-head' AND end_date = ?"),
                          {id.value(), m_today.addDays(6).toString(Qt::ISODate)}),
             1);

    const Result<QList<DelegationStore::Given>> given = store.givenBy(QStringLiteral("ag-head"));
    QVERIFY2(given.ok(), qPrintable(given.error()));
    QCOMPARE(given.value().size(), 1);
    const DelegationStore::Given &g = given.value().constFirst();
    QCOMPARE(g.id, id.value());
    QCOMPARE(g.unitName, QStringLiteral("Unit S"));
    QCOMPARE(g.deputyName, QStringLiteral("NOM-AG-1 Prénom"));
    QCOMPARE(g.start, m_today);
    QCOMPARE(g.end, m_today.addDays(6));
    QVERIFY(store.givenBy(QStringLiteral("ag-dir")).value().isEmpty());

    const Result<QList<DelegationStore::Received>> held
        = store.inForceFor(QStringLiteral("ag-1"), m_today.addDays(6));
    QVERIFY2(held.ok(), qPrintable(held.error()));
    QCOMPARE(held.value().size(), 1);
    QCOMPARE(held.value().constFirst().unitName, QStringLiteral("Unit S"));
    QCOMPARE(held.value().constFirst().delegatorName, QStringLiteral("NOM-AG-HEAD Prénom"));
    QCOMPARE(held.value().constFirst().end, m_today.addDays(6));
    QVERIFY(store.inForceFor(QStringLiteral("ag-1"), m_today.addDays(7)).value().isEmpty());
    QVERIFY(store.inForceFor(QStringLiteral("ag-2"), m_today).value().isEmpty());
}

void tst_DelegationStore::overlapsTheSameDeputyOnTheSameDays()
{
    DelegationStore store(m_desk.database());
    QVERIFY(store
                .add({m_s,
                      QStringLiteral("ag-head"),
                      QStringLiteral("ag-2"),
                      m_today.addDays(20),
                      m_today.addDays(25)})
                .ok());
    auto overlaps = [&](const QString &unit, const char *deputy, int from, int to) {
        const Result<bool> r = store.overlaps(
            unit, QLatin1String(deputy), m_today.addDays(from), m_today.addDays(to));
        if (!r.ok())
            qWarning("%s", qPrintable(r.error()));
        return r.valueOr(false);
    };
    QVERIFY(overlaps(m_s, "ag-2", 25, 30));
    QVERIFY(overlaps(m_s, "ag-2", 10, 20));
    QVERIFY(overlaps(m_s, "ag-2", 21, 22));
    QVERIFY(!overlaps(m_s, "ag-2", 26, 30));
    QVERIFY(!overlaps(m_s, "ag-2", 10, 19));
    QVERIFY(!overlaps(m_s, "ag-1", 21, 22));
    QVERIFY(!overlaps(QStringLiteral("unit-R"), "ag-2", 21, 22));
}

void tst_DelegationStore::endingARunningOneOrRemovingOneToCome()
{
    DelegationStore store(m_desk.database());
    const QString running = store
                                .add({m_s,
                                      QStringLiteral("ag-dir"),
                                      QStringLiteral("ag-1"),
                                      m_today.addDays(-3),
                                      m_today.addDays(3)})
                                .valueOr({});
    const QString coming = store
                               .add({m_s,
                                     QStringLiteral("ag-dir"),
                                     QStringLiteral("ag-2"),
                                     m_today,
                                     m_today.addDays(3)})
                               .valueOr({});
    QVERIFY(!running.isEmpty() && !coming.isEmpty());

    // Only who gave it, or the unit's head now, may end it (the server says the same).
    const Result<DelegationStore::Ending> notTheirs
        = store.end(running, QStringLiteral("ag-1"), m_today);
    QVERIFY(!notTheirs.ok());
    QCOMPARE(notTheirs.error(),
             Civitas::Leave::Tr::tr("This delegation is no longer in the file."));

    const Result<DelegationStore::Ending> ended
        = store.end(running, QStringLiteral("ag-dir"), m_today);
    QVERIFY2(ended.ok(), qPrintable(ended.error()));
    QCOMPARE(int(ended.value()), int(DelegationStore::Ending::EndedYesterday));
    QCOMPARE(
        m_desk
            .value(QStringLiteral("SELECT end_date FROM leave_delegations WHERE id = ?"), {running})
            .toString(),
        m_today.addDays(-1).toString(Qt::ISODate));
    const Result<DelegationStore::Ending> again
        = store.end(running, QStringLiteral("ag-dir"), m_today);
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), Civitas::Leave::Tr::tr("This delegation is already over."));

    // Beginning today, it cannot end yesterday: it is withdrawn, the row stays.
    const Result<DelegationStore::Ending> removed
        = store.end(coming, QStringLiteral("ag-dir"), m_today);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(int(removed.value()), int(DelegationStore::Ending::Removed));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT deleted FROM leave_delegations WHERE id = ?"),
                          {coming}),
             1);
    QVERIFY(!store.end(coming, QStringLiteral("ag-dir"), m_today).ok());
    QCOMPARE(store.givenBy(QStringLiteral("ag-dir")).value().size(), 1);

    // The head of the unit sees a delegation of it given by somebody else, and ends it.
    const QString another = store
                                .add({m_s,
                                      QStringLiteral("ag-dir"),
                                      QStringLiteral("ag-2"),
                                      m_today.addDays(-1),
                                      m_today.addDays(5)})
                                .valueOr({});
    bool listed = false;
    for (const DelegationStore::Given &g : store.givenBy(QStringLiteral("ag-head")).valueOr({}))
        listed = listed || g.id == another;
    QVERIFY(listed);
    const Result<DelegationStore::Ending> byTheHead
        = store.end(another, QStringLiteral("ag-head"), m_today);
    QVERIFY2(byTheHead.ok(), qPrintable(byTheHead.error()));
    QCOMPARE(int(byTheHead.value()), int(DelegationStore::Ending::EndedYesterday));
}

void tst_DelegationStore::atMostAYear()
{
    DelegationStore store(m_desk.database());
    const Result<QString> tooLong = store.add(
        {m_s, QStringLiteral("ag-head"), QStringLiteral("ag-1"), m_today, m_today.addYears(1)});
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().contains(QLatin1String("at most a year")),
             qPrintable(tooLong.error()));
    QVERIFY(store
                .add({m_s,
                      QStringLiteral("ag-head"),
                      QStringLiteral("ag-1"),
                      m_today.addDays(400),
                      m_today.addDays(400).addYears(1).addDays(-1)})
                .ok());
}

void tst_DelegationStore::anUnreadableFileIsAnError()
{
    QVERIFY(m_emptyDir.isValid());
    Database empty;
    QVERIFY(empty.open(m_emptyDir.filePath(QStringLiteral("empty.sqlite")), nullptr));
    DelegationStore store(empty);
    const QRegularExpression logged(QStringLiteral("leave delegation"));
    // The inbox used to take this for "heads no unit" and hide the button.
    QTest::ignoreMessage(QtWarningMsg, logged);
    const Result<bool> heads = store.headsAUnit(QStringLiteral("ag-head"));
    QVERIFY(!heads.ok());
    QVERIFY2(heads.error().contains(QLatin1String("no such table")), qPrintable(heads.error()));
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!store.unitsHeadedBy(QStringLiteral("ag-head")).ok());
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!store.deputyCandidates(QStringLiteral("ag-head"), m_today).ok());
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!store.givenBy(QStringLiteral("ag-head")).ok());
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!store.inForceFor(QStringLiteral("ag-1"), m_today).ok());
    // The check before saving used to let a delegation through when it could not run.
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!store.overlaps(m_s, QStringLiteral("ag-1"), m_today, m_today).ok());
    QTest::ignoreMessage(QtWarningMsg, logged);
    const Result<QString> added
        = store.add({m_s, QStringLiteral("ag-head"), QStringLiteral("ag-1"), m_today, m_today});
    QVERIFY(!added.ok());
    QVERIFY(added.error().startsWith(
        Civitas::Leave::Tr::tr("The delegation could not be saved: %1").arg(QString())));
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!store.end(QStringLiteral("x"), QStringLiteral("ag-head"), m_today).ok());
}

QTEST_GUILESS_MAIN(tst_DelegationStore)
#include "tst_delegationstore.moc"
