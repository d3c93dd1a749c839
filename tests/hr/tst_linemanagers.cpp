// Whom the agent file offers as line manager: the heads of units and the agent's unit mates,
// never the agent, never a withdrawn agent; and the name of a manager outside that list.

#include "hrtestdesk.h"

#include <hr/store/linemanagers.h>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_LineManagers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headsAndUnitMatesByName();
    void newAgentIsOfferedTheHeads();
    void nameOfAManagerOutsideTheList();
    void failureIsReported();

private:
    bool addAgent(const QString &id,
                  const QString &unitId,
                  const QString &birthName,
                  const QString &usageName,
                  const QString &firstNames,
                  bool deleted = false);
    static QStringList names(const QList<LineManagers::Candidate> &candidates);

    HrTestDesk m_desk;
    QString m_ev;
    QString m_rh;
};

bool tst_LineManagers::addAgent(const QString &id,
                                const QString &unitId,
                                const QString &birthName,
                                const QString &usageName,
                                const QString &firstNames,
                                bool deleted)
{
    QSqlQuery q(m_desk.database().connection());
    q.prepare(QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, usage_name, "
                             "first_names, org_unit_id, entry_date, deleted) "
                             "VALUES (?, ?, ?, ?, ?, ?, '2020-01-01', ?)"));
    for (const QVariant &v : QVariantList{id,
                                          id,
                                          birthName,
                                          usageName.isNull() ? QStringLiteral("") : usageName,
                                          firstNames,
                                          unitId,
                                          deleted ? 1 : 0})
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QStringList tst_LineManagers::names(const QList<LineManagers::Candidate> &candidates)
{
    QStringList list;
    for (const LineManagers::Candidate &c : candidates)
        list << c.name;
    return list;
}

void tst_LineManagers::initTestCase()
{
    QVERIFY(m_desk.open());
    m_ev = m_desk.addUnit(QStringLiteral("EV"), QStringLiteral("Espaces verts"));
    m_rh = m_desk.addUnit(QStringLiteral("RH"), QStringLiteral("Ressources humaines"));
    QVERIFY(addAgent(
        QStringLiteral("a-head"), m_rh, QStringLiteral("ZOLA"), {}, QStringLiteral("Émile")));
    QVERIFY(addAgent(QStringLiteral("a-1"),
                     m_ev,
                     QStringLiteral("DUPONT"),
                     QStringLiteral("BERNARD"),
                     QStringLiteral("Jeanne")));
    QVERIFY(
        addAgent(QStringLiteral("a-2"), m_ev, QStringLiteral("ADAM"), {}, QStringLiteral("Luc")));
    QVERIFY(addAgent(QStringLiteral("a-gone"),
                     m_ev,
                     QStringLiteral("ANCIEN"),
                     {},
                     QStringLiteral("Paul"),
                     true));
    QVERIFY(addAgent(
        QStringLiteral("a-rh"), m_rh, QStringLiteral("MARTIN"), {}, QStringLiteral("Sophie")));
    QSqlQuery q(m_desk.database().connection());
    QVERIFY2(
        q.exec(QStringLiteral("UPDATE org_units SET head_agent_id = 'a-head' WHERE code = 'RH'")),
        qPrintable(q.lastError().text()));
}

void tst_LineManagers::headsAndUnitMatesByName()
{
    const Result<QList<LineManagers::Candidate>> candidates
        = LineManagers(m_desk.database()).candidatesFor(QStringLiteral("a-1"));
    QVERIFY2(candidates.ok(), qPrintable(candidates.error()));
    // The usage name first; the agent itself, the withdrawn agent and another unit's agent are
    // not offered.
    QCOMPARE(names(candidates.value()),
             (QStringList{QStringLiteral("ADAM Luc"), QStringLiteral("ZOLA Émile")}));
    QCOMPARE(candidates->at(0).agentId, QStringLiteral("a-2"));
}

void tst_LineManagers::newAgentIsOfferedTheHeads()
{
    const Result<QList<LineManagers::Candidate>> candidates
        = LineManagers(m_desk.database()).candidatesFor(QString());
    QVERIFY2(candidates.ok(), qPrintable(candidates.error()));
    QCOMPARE(names(candidates.value()), QStringList{QStringLiteral("ZOLA Émile")});
}

void tst_LineManagers::nameOfAManagerOutsideTheList()
{
    LineManagers managers(m_desk.database());
    const Result<std::optional<QString>> name = managers.nameOf(QStringLiteral("a-rh"));
    QVERIFY2(name.ok(), qPrintable(name.error()));
    QCOMPARE(name->value_or(QString()), QStringLiteral("MARTIN Sophie"));
    const Result<std::optional<QString>> unknown = managers.nameOf(QStringLiteral("not-here"));
    QVERIFY(unknown.ok());
    QVERIFY(!unknown->has_value());
}

void tst_LineManagers::failureIsReported()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    QSqlQuery q(desk.database().connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE agents RENAME TO agents_gone")));
    LineManagers managers(desk.database());
    const Result<QList<LineManagers::Candidate>> candidates
        = managers.candidatesFor(QStringLiteral("a-1"));
    QVERIFY(!candidates.ok());
    QVERIFY2(candidates.error().contains(QLatin1String("agents")), qPrintable(candidates.error()));
    QVERIFY(!managers.nameOf(QStringLiteral("a-1")).ok());
}

QTEST_MAIN(tst_LineManagers)
#include "tst_linemanagers.moc"
