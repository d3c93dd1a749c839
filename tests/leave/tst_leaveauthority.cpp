// Where the user stands towards a whole selection of agents, asked once: the same answer as
// asking agent by agent (owner, head, deputy acting for the head who delegated, HR, nobody),
// and a file that cannot be read is an error rather than "nobody".
//
// Today is Friday 15 January 2027. Direction D (head ag-dir) with its service S (head ag-head)
// and S's sub-unit T; direction O (head ag-odir). ag-head delegated S to ag-1 for the week;
// ag-odir delegated O to ag-1 from the 10th.

#include "leavetestdesk.h"

#include <core/access/roles.h>
#include <leave/store/delegationstore.h>
#include <leave/store/leaveauthority.h>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_LeaveAuthority : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void standingsOfASelection_data();
    void standingsOfASelection();
    void sameAsOneByOne();
    void hrStandsAsHrWhereNotHead();
    void aReplacedHeadNoLongerDelegates();
    void anUnreadableFileIsAnError();

private:
    LeaveTestDesk m_desk;
    QTemporaryDir m_emptyDir;
    const QDate m_today{2027, 1, 15};
    const QStringList m_everyone{QStringLiteral("ag-dir"),
                                 QStringLiteral("ag-head"),
                                 QStringLiteral("ag-1"),
                                 QStringLiteral("ag-2"),
                                 QStringLiteral("ag-3"),
                                 QStringLiteral("ag-odir"),
                                 QStringLiteral("ag-other"),
                                 QStringLiteral("nobody")};
};

void tst_LeaveAuthority::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString d = m_desk.addUnit(QStringLiteral("D"), {}, QStringLiteral("ag-dir"));
    const QString s = m_desk.addUnit(QStringLiteral("S"), d, QStringLiteral("ag-head"));
    const QString t = m_desk.addUnit(QStringLiteral("T"), s);
    const QString o = m_desk.addUnit(QStringLiteral("O"), {}, QStringLiteral("ag-odir"));
    m_desk.addAgent(QStringLiteral("ag-dir"), d);
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    m_desk.addAgent(QStringLiteral("ag-1"), s);
    m_desk.addAgent(QStringLiteral("ag-2"), t);
    m_desk.addAgent(QStringLiteral("ag-3"), t);
    m_desk.addAgent(QStringLiteral("ag-odir"), o);
    m_desk.addAgent(QStringLiteral("ag-other"), o);
    DelegationStore delegations(m_desk.database());
    QVERIFY(delegations
                .add({s,
                      QStringLiteral("ag-head"),
                      QStringLiteral("ag-1"),
                      m_today.addDays(-1),
                      m_today.addDays(5)})
                .ok());
    QVERIFY(delegations
                .add({o,
                      QStringLiteral("ag-odir"),
                      QStringLiteral("ag-1"),
                      m_today.addDays(-5),
                      m_today.addDays(5)})
                .ok());
}

void tst_LeaveAuthority::standingsOfASelection_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<int>("actor");
    QTest::addColumn<QString>("onBehalfOf");
    const int owner = int(LeaveActor::Owner), approver = int(LeaveActor::Approver),
              other = int(LeaveActor::Other);
    QTest::newRow("themselves") << "ag-1" << owner << QString();
    QTest::newRow("the unit delegated") << "ag-3" << approver << "ag-head";
    QTest::newRow("another unit delegated") << "ag-other" << approver << "ag-odir";
    // Never through the head's own delegation.
    QTest::newRow("the head who delegated") << "ag-head" << other << QString();
    QTest::newRow("the head of another delegation") << "ag-odir" << other << QString();
    QTest::newRow("above the unit delegated") << "ag-dir" << other << QString();
    QTest::newRow("not in the file") << "nobody" << other << QString();
}

void tst_LeaveAuthority::standingsOfASelection()
{
    QFETCH(QString, agent);
    QFETCH(int, actor);
    QFETCH(QString, onBehalfOf);
    Session deputy;
    m_desk.logIn(deputy, QStringLiteral("deputy"), QStringLiteral("ag-1"), {Roles::Agent});
    const Result<QHash<QString, LeaveAuthority::Standing>> standings
        = LeaveAuthority(m_desk.database(), deputy).standingsTowards(m_everyone, m_today);
    QVERIFY2(standings.ok(), qPrintable(standings.error()));
    QCOMPARE(standings.value().size(), m_everyone.size());
    QVERIFY(standings.value().contains(agent));
    QCOMPARE(int(standings.value().value(agent).actor), actor);
    QCOMPARE(standings.value().value(agent).onBehalfOfAgentId, onBehalfOf);
}

void tst_LeaveAuthority::sameAsOneByOne()
{
    // The head, a deputy, an agent, on days with and without the delegations.
    for (const char *who : {"ag-head", "ag-1", "ag-2", "ag-dir"}) {
        Session session;
        m_desk.logIn(session, QLatin1String(who), QLatin1String(who), {Roles::Agent});
        const LeaveAuthority authority(m_desk.database(), session);
        for (const QDate day : {m_today, m_today.addDays(-3), m_today.addDays(10)}) {
            const QHash<QString, LeaveAuthority::Standing> all
                = authority.standingsTowards(m_everyone, day).valueOr({});
            QCOMPARE(all.size(), m_everyone.size());
            for (const QString &agent : m_everyone) {
                const LeaveAuthority::Standing one = authority.standingTowards(agent, day);
                const QByteArray where = QByteArray(who) + " towards " + agent.toUtf8() + " on "
                                         + day.toString(Qt::ISODate).toUtf8();
                QVERIFY2(all.value(agent).actor == one.actor, where.constData());
                QVERIFY2(all.value(agent).onBehalfOfAgentId == one.onBehalfOfAgentId,
                         where.constData());
            }
        }
    }
    // The delegation of S runs from yesterday: on the 12th ag-1 decides only for O.
    Session deputy;
    m_desk.logIn(deputy, QStringLiteral("deputy"), QStringLiteral("ag-1"), {Roles::Agent});
    const QHash<QString, LeaveAuthority::Standing> before
        = LeaveAuthority(m_desk.database(), deputy)
              .standingsTowards(m_everyone, m_today.addDays(-3))
              .valueOr({});
    QCOMPARE(int(before.value(QStringLiteral("ag-3")).actor), int(LeaveActor::Other));
    QCOMPARE(before.value(QStringLiteral("ag-other")).onBehalfOfAgentId, QStringLiteral("ag-odir"));
}

void tst_LeaveAuthority::hrStandsAsHrWhereNotHead()
{
    Session hr;
    m_desk.logIn(hr, QStringLiteral("hr"), QStringLiteral("ag-head"), {Roles::Agent, Roles::Hr});
    const QHash<QString, LeaveAuthority::Standing> all
        = LeaveAuthority(m_desk.database(), hr).standingsTowards(m_everyone, m_today).valueOr({});
    QCOMPARE(int(all.value(QStringLiteral("ag-head")).actor), int(LeaveActor::Owner));
    QCOMPARE(int(all.value(QStringLiteral("ag-2")).actor), int(LeaveActor::Approver));
    QCOMPARE(all.value(QStringLiteral("ag-2")).onBehalfOfAgentId, QString());
    QCOMPARE(int(all.value(QStringLiteral("ag-dir")).actor), int(LeaveActor::Hr));
    QCOMPARE(int(all.value(QStringLiteral("nobody")).actor), int(LeaveActor::Hr));
}

// As the server judges it (central leave 0002): a delegation counts while its delegator heads
// the unit. O gets a new head; ag-odir's delegation to ag-1 stops counting, and comes back
// with ag-odir.
void tst_LeaveAuthority::aReplacedHeadNoLongerDelegates()
{
    Session deputy;
    m_desk.logIn(deputy, QStringLiteral("deputy"), QStringLiteral("ag-1"), {Roles::Agent});
    const LeaveAuthority authority(m_desk.database(), deputy);
    QCOMPARE(int(authority.standingTowards(QStringLiteral("ag-other"), m_today).actor),
             int(LeaveActor::Approver));
    QVERIFY(m_desk.exec(QStringLiteral(
        "UPDATE org_units SET head_agent_id = 'ag-other' WHERE head_agent_id = 'ag-odir'")));
    QCOMPARE(int(authority.standingTowards(QStringLiteral("ag-3"), m_today).actor),
             int(LeaveActor::Approver));
    QCOMPARE(int(authority.standingTowards(QStringLiteral("ag-other"), m_today).actor),
             int(LeaveActor::Other));
    const QString o
        = m_desk.value(QStringLiteral("SELECT id FROM org_units WHERE head_agent_id = 'ag-other'"))
              .toString();
    QVERIFY(!authority.units(m_today).contains(o));
    QVERIFY(m_desk.exec(QStringLiteral(
        "UPDATE org_units SET head_agent_id = 'ag-odir' WHERE head_agent_id = 'ag-other'")));
    QCOMPARE(int(authority.standingTowards(QStringLiteral("ag-other"), m_today).actor),
             int(LeaveActor::Approver));
    QVERIFY(authority.units(m_today).contains(o));
}

void tst_LeaveAuthority::anUnreadableFileIsAnError()
{
    QVERIFY(m_emptyDir.isValid());
    Database empty;
    QVERIFY(empty.open(m_emptyDir.filePath(QStringLiteral("empty.sqlite")), nullptr));
    Session deputy;
    deputy.setUser(QStringLiteral("u"), QStringLiteral("deputy"), {}, QStringLiteral("ag-1"), {});
    const LeaveAuthority authority(empty, deputy);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("leave authority")));
    const Result<QHash<QString, LeaveAuthority::Standing>> standings
        = authority.standingsTowards({QStringLiteral("ag-3")}, m_today);
    QVERIFY(!standings.ok());
    QVERIFY2(standings.error().contains(QLatin1String("no such table")),
             qPrintable(standings.error()));
    // Their own leave needs no question.
    const Result<QHash<QString, LeaveAuthority::Standing>> own
        = authority.standingsTowards({QStringLiteral("ag-1")}, m_today);
    QVERIFY(own.ok());
    QCOMPARE(int(own.value().value(QStringLiteral("ag-1")).actor), int(LeaveActor::Owner));
}

QTEST_GUILESS_MAIN(tst_LeaveAuthority)
#include "tst_leaveauthority.moc"
