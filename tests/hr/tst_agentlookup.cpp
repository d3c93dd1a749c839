// Finding an agent as a field of another module does while the user types: by the words of a
// name or a registration number, withdrawn agents left out, by name; who a registration
// number designates; how an agent is named; and a file that cannot be read is said, never
// taken for "nobody".

#include "hrtestdesk.h"

#include <hr/store/agentlookup.h>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_AgentLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proposalsMatchTheWordsTyped();
    void proposalsAreLimited();
    void registrationNumberOrIdDesignatesAnAgent();
    void labelsAndDisplayNames();
    void anUnreadableFileIsAnError();

private:
    void addAgent(const QString &id,
                  const QString &registrationNumber,
                  const QString &birthName,
                  const QString &firstNames,
                  const QString &usageName = {});

    HrTestDesk m_desk;
    QTemporaryDir m_emptyDir;
};

void tst_AgentLookup::addAgent(const QString &id,
                               const QString &registrationNumber,
                               const QString &birthName,
                               const QString &firstNames,
                               const QString &usageName)
{
    QSqlQuery q(m_desk.database().connection());
    q.prepare(QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, usage_name, "
                             "first_names, entry_date) VALUES (?, ?, ?, ?, ?, '2020-01-01')"));
    for (const QString &v : {id, registrationNumber, birthName, usageName, firstNames})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void tst_AgentLookup::initTestCase()
{
    QVERIFY(m_desk.open());
    addAgent(QStringLiteral("ag-dupont"),
             QStringLiteral("100001"),
             QStringLiteral("DUPONT"),
             QStringLiteral("Jean"));
    addAgent(QStringLiteral("ag-dupuis"),
             QStringLiteral("100002"),
             QStringLiteral("DUPUIS"),
             QStringLiteral("Anne"));
    // Known by her usage name; her birth name still finds her.
    addAgent(QStringLiteral("ag-martin"),
             QStringLiteral("200003"),
             QStringLiteral("DURAND"),
             QStringLiteral("Claire"),
             QStringLiteral("MARTIN"));
    addAgent(QStringLiteral("ag-gone"),
             QStringLiteral("100004"),
             QStringLiteral("DUPRE"),
             QStringLiteral("Paul"));
    QSqlQuery q(m_desk.database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE agents SET deleted = 1 WHERE id = 'ag-gone'")));
}

void tst_AgentLookup::proposalsMatchTheWordsTyped()
{
    const AgentLookup lookup(m_desk.database());

    const Result<QStringList> dup = lookup.proposals(QStringLiteral("dup"));
    QVERIFY2(dup.ok(), qPrintable(dup.error()));
    // By name; the withdrawn DUPRE is not proposed.
    QCOMPARE(dup.value(),
             QStringList(
                 {QStringLiteral("DUPONT Jean (100001)"), QStringLiteral("DUPUIS Anne (100002)")}));

    QCOMPARE(lookup.proposals(QStringLiteral("dup jea")).valueOr({}),
             QStringList{QStringLiteral("DUPONT Jean (100001)")});
    QCOMPARE(lookup.proposals(QStringLiteral("2000")).valueOr({}),
             QStringList{QStringLiteral("MARTIN Claire (200003)")});
    QCOMPARE(lookup.proposals(QStringLiteral("durand")).valueOr({}),
             QStringList{QStringLiteral("MARTIN Claire (200003)")});

    const Result<QStringList> blank = lookup.proposals(QStringLiteral("  "));
    QVERIFY(blank.ok());
    QVERIFY(blank.value().isEmpty());
    QVERIFY(lookup.proposals(QStringLiteral("zzz")).value().isEmpty());
}

void tst_AgentLookup::proposalsAreLimited()
{
    const AgentLookup lookup(m_desk.database());
    QCOMPARE(lookup.proposals(QStringLiteral("dup"), 1).valueOr({}),
             QStringList{QStringLiteral("DUPONT Jean (100001)")});
}

void tst_AgentLookup::registrationNumberOrIdDesignatesAnAgent()
{
    const AgentLookup lookup(m_desk.database());
    QCOMPARE(lookup.agentIdOf(QStringLiteral("100002")).valueOr({}), QStringLiteral("ag-dupuis"));
    QCOMPARE(lookup.agentIdOf(QStringLiteral("ag-martin")).valueOr({}),
             QStringLiteral("ag-martin"));
    const Result<QString> gone = lookup.agentIdOf(QStringLiteral("100004"));
    QVERIFY(gone.ok());
    QVERIFY(gone.value().isEmpty());
    QVERIFY(lookup.agentIdOf(QStringLiteral("999999")).value().isEmpty());
}

void tst_AgentLookup::labelsAndDisplayNames()
{
    const AgentLookup lookup(m_desk.database());
    QCOMPARE(lookup.labelOf(QStringLiteral("ag-martin")).valueOr({}),
             QStringLiteral("MARTIN Claire (200003)"));
    QVERIFY(lookup.labelOf(QStringLiteral("nobody")).value().isEmpty());

    const Result<QHash<QString, QString>> names = lookup.displayNames(
        {QStringLiteral("ag-dupont"), QStringLiteral("ag-martin"), QStringLiteral("nobody")});
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QCOMPARE(names.value().size(), 2);
    QCOMPARE(names.value().value(QStringLiteral("ag-dupont")), QStringLiteral("DUPONT Jean"));
    QCOMPARE(names.value().value(QStringLiteral("ag-martin")), QStringLiteral("MARTIN Claire"));
    QVERIFY(lookup.displayNames({}).value().isEmpty());
}

void tst_AgentLookup::anUnreadableFileIsAnError()
{
    // A file without the HR tables: every question fails, and says so.
    QVERIFY(m_emptyDir.isValid());
    Database empty;
    QVERIFY(empty.open(m_emptyDir.filePath(QStringLiteral("empty.sqlite")), nullptr));
    const AgentLookup lookup(empty);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("agent look-up")));
    const Result<QStringList> proposals = lookup.proposals(QStringLiteral("dup"));
    QVERIFY(!proposals.ok());
    QVERIFY2(proposals.error().contains(QLatin1String("no such table")),
             qPrintable(proposals.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("agent look-up")));
    QVERIFY(!lookup.agentIdOf(QStringLiteral("100001")).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("agent look-up")));
    QVERIFY(!lookup.labelOf(QStringLiteral("ag-dupont")).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("agent look-up")));
    QVERIFY(!lookup.displayNames({QStringLiteral("ag-dupont")}).ok());
}

QTEST_GUILESS_MAIN(tst_AgentLookup)
#include "tst_agentlookup.moc"
